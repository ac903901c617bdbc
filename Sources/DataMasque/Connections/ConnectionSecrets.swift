import Foundation

/// Which connection keys are secrets or server-only, and how to hide them in text.
enum ConnectionSecrets {
    /// Write-only secrets, as sent in request bodies.
    static let writeOnlyKeys: Set<String> = [
        "dbpassword", "password", "access_token", "connection_string", "service_account_key",
        "snowflake_private_key_passphrase", "salesforce_private_key_passphrase",
        "snowflake_azure_connection_string",
    ]

    /// Keys handled apart from the kinds' own fields: identity, discriminators and lock state.
    private static let commonKeys: Set<String> = Set(["name", "id", "mask_type", "db_type", "type"])
        .union(ConnectionLockState.CodingKeys.allCases.map(\.stringValue))

    /// The common and write-only keys, in one set, since every member of every listed connection is looked up in it.
    private static let serverOnlyKeys = commonKeys.union(writeOnlyKeys)

    /// Whether a key from a response is dropped rather than kept as an unmodelled field:
    /// common keys, secrets and the `*_encrypted` echoes of secrets.
    static func isServerOnly(_ key: String) -> Bool {
        serverOnlyKeys.contains(key) || key.hasSuffix("_encrypted")
    }

    /// Compact JSON text of `value` with secrets and secret-looking keys hidden.
    static func redactedText(of value: JSONValue) -> String {
        let hidden = hideWriteOnly(Redaction.redact(value))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(hidden) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func hideWriteOnly(_ value: JSONValue) -> JSONValue {
        guard case .object(var members) = value else { return value }
        for key in members.keys where writeOnlyKeys.contains(key) {
            members[key] = .string(Redaction.placeholder)
        }
        return .object(members)
    }
}
