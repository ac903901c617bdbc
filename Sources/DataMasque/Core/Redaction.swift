/// Hides the values of secret-looking keys before anything is logged or shown.
package enum Redaction {
    /// The text that replaces a hidden value.
    package static let placeholder = "<redacted>"

    /// Fragments that mark a key as secret, compared case-insensitively.
    ///
    /// DataMasque's own list, plus `connection_string`, which holds an Azure account key.
    package static let sensitiveFragments = ["password", "secret", "token", "key", "credential", "connection_string"]

    /// Keys whose value is secret although no fragment marks them, compared whole and case-insensitively:
    /// `refresh`, which holds an in-flight masking refresh token.
    package static let sensitiveKeys: Set<String> = ["refresh"]

    /// Whether a key's value must be hidden, such as `dbpassword`, `api_token`, `PublicKey` or `refresh`.
    package static func isSensitive(_ key: String) -> Bool {
        let lowered = key.lowercased()
        return sensitiveKeys.contains(lowered) || sensitiveFragments.contains { lowered.contains($0) }
    }

    /// `value` with every secret-looking key's value replaced by ``placeholder``, at any depth.
    package static func redact(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            .object(
                Dictionary(
                    uniqueKeysWithValues: members.map { key, member in
                        (key, isSensitive(key) ? .string(placeholder) : redact(member))
                    }))
        case .array(let elements):
            .array(elements.map(redact))
        default:
            value
        }
    }
}
