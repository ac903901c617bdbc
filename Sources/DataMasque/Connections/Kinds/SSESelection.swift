/// How a masked DynamoDB table is encrypted at rest.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum SSESelection: OpenEnum {
    /// With a key owned by DynamoDB (`dynamodb_owned`).
    case dynamodbOwned
    /// With the AWS-managed KMS key (`aws_managed`).
    case awsManaged
    /// With a KMS key of your account, named by ``SSEConfiguration/kmsKeyID`` (`account_managed`).
    case accountManaged
    /// With the same settings as the source table (`use_source`).
    case useSource
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .dynamodbOwned,
        .awsManaged,
        .accountManaged,
        .useSource,
    ]

    public var rawValue: String {
        switch self {
        case .dynamodbOwned: "dynamodb_owned"
        case .awsManaged: "aws_managed"
        case .accountManaged: "account_managed"
        case .useSource: "use_source"
        case .unknown(let rawValue): rawValue
        }
    }
}
