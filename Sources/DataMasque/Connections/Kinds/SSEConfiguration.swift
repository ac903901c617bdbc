/// How DataMasque encrypts the DynamoDB tables it writes (`dynamo_default_sse`).
///
/// ``kmsKeyID`` is required when ``selection`` is ``SSESelection/accountManaged``
/// and must be `nil` for every other known selection.
/// That rule is checked when a request is built, not when a response is read,
/// so a setting the server sends never fails decoding.
public struct SSEConfiguration: Sendable, Hashable, Codable {
    /// Which key encrypts the tables.
    public var selection: SSESelection
    /// The KMS key, for ``SSESelection/accountManaged`` only (`kms_key_id`).
    public var kmsKeyID: String?

    /// Creates an encryption setting.
    public init(selection: SSESelection, kmsKeyID: String? = nil) {
        self.selection = selection
        self.kmsKeyID = kmsKeyID
    }

    /// Encryption with a key owned by DynamoDB, the default.
    public static let dynamoDBOwned = SSEConfiguration(selection: .dynamodbOwned)

    enum CodingKeys: String, CodingKey {
        case selection
        case kmsKeyID = "kms_key_id"
    }

    /// Throws ``DataMasqueError/Code/configuration`` when ``kmsKeyID`` breaks the rule for ``selection``.
    func validate() throws {
        switch selection {
        case .accountManaged:
            guard kmsKeyID == nil else { return }
            throw DataMasqueError(
                code: .configuration,
                message: "dynamo_default_sse.kms_key_id is required when dynamo_default_sse.selection is 'account_managed'.")
        case .unknown:
            return
        default:
            guard kmsKeyID != nil else { return }
            throw DataMasqueError(
                code: .configuration,
                message: "dynamo_default_sse.kms_key_id must be unset when dynamo_default_sse.selection is '\(selection)'.")
        }
    }

    var jsonValue: JSONValue {
        var members: [String: JSONValue] = [CodingKeys.selection.rawValue: .string(selection.rawValue)]
        members[CodingKeys.kmsKeyID.rawValue] = kmsKeyID.map(JSONValue.string)
        return .object(members)
    }
}
