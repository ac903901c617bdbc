/// What the server reports about a stored ruleset or library: its verdict on the YAML, git provenance and dates.
///
/// Every field is read-only and never sent back.
/// Read them straight from the ruleset or library, as in `ruleset.isValid`.
public struct ServerMetadata: Sendable, Hashable {
    /// The server's verdict on the YAML; `nil` when it did not say.
    public internal(set) var isValid: ValidationStatus?
    /// What is wrong with the YAML; empty when it is valid.
    public internal(set) var validationErrors: [ValidationErrorDetails] = []
    /// Features the YAML uses that the licence does not allow.
    ///
    /// `[]` means nothing is withheld; `nil` means the server does not know yet, for example before validation.
    public internal(set) var unlicensedFeatureWarnings: [String]?
    /// Where the YAML was synced from git; `nil` when it was not.
    public internal(set) var git: GitSnapshot?
    /// When it was created, when the server said, with the server's exact text.
    public internal(set) var created: Timestamp?
    /// When it was last changed, when the server said, with the server's exact text.
    public internal(set) var modified: Timestamp?

    /// Metadata with nothing reported yet.
    init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case isValid = "is_valid"
        case validationErrors = "validation_errors"
        case unlicensedFeatureWarnings = "unlicensed_feature_warnings"
        case created
        case modified
    }

    /// The wire keys read into metadata (and `id`), including the git ones.
    static let wireKeys = Set(CodingKeys.allCases.map(\.stringValue)).union(GitSnapshot.wireKeys)

    /// Reads the read-only fields, folding the flat `git_*` fields into ``git``.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        isValid = try container.decodeIfPresent(ValidationStatus.self, forKey: .isValid)
        validationErrors = try container.decode(.validationErrors, default: [])
        unlicensedFeatureWarnings = try container.decodeIfPresent([String].self, forKey: .unlicensedFeatureWarnings)
        created = try container.decodeIfPresent(Timestamp.self, forKey: .created)
        modified = try container.decodeIfPresent(Timestamp.self, forKey: .modified)
        git = try GitSnapshot.folded(from: try decoder.container(keyedBy: AnyCodingKey.self))
    }
}
