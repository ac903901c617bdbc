/// A pattern that in-data discovery matches values against.
///
/// ```swift
/// let rule = InDataDiscoveryRule(name: "Staff number", pattern: #"^S\d{6}$"#)
/// ```
public struct InDataDiscoveryRule: Sendable, Hashable, Codable {
    /// A name for the rule, shown with its matches.
    public var name: String?
    /// The regular expression values are matched against.
    public var pattern: String

    /// Creates a rule.
    public init(name: String? = nil, pattern: String) {
        self.name = name
        self.pattern = pattern
    }
}
