/// Where a Snowflake connection stages data, as servers before 3.26.18 report it.
///
/// Newer servers no longer send a stage location.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum SnowflakeStageLocation: OpenEnum {
    /// Local staging, not for production use (`local`).
    case local
    /// An external stage in an Amazon S3 bucket (`aws_s3`).
    case awsS3
    /// An external stage in Azure Blob Storage (`azure_blob_storage`).
    case azureBlobStorage
    /// The container's own storage, when DataMasque runs inside Snowflake SPCS; it has no storage fields (`spcs`).
    case spcs
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .local,
        .awsS3,
        .azureBlobStorage,
        .spcs,
    ]

    public var rawValue: String {
        switch self {
        case .local: "local"
        case .awsS3: "aws_s3"
        case .azureBlobStorage: "azure_blob_storage"
        case .spcs: "spcs"
        case .unknown(let rawValue): rawValue
        }
    }
}
