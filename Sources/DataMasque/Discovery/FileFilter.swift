/// A pattern that picks the files a file data discovery run includes or skips.
///
/// ```swift
/// let csvFiles = FileFilter.glob("*.csv", matchAgainst: .filename)
/// ```
///
/// Exactly one of ``glob`` and ``regex`` is set, and it is not empty;
/// ``DataMasqueClient/Discovery/start(_:)-(FileDataDiscoveryRequest)`` checks this before sending.
public struct FileFilter: Sendable, Hashable, Codable {
    /// A shell-style pattern such as `*.csv`.
    public var glob: String?
    /// A regular expression.
    public var regex: String?
    /// What the pattern is matched against; `nil` for the full path (`match_against`).
    public var matchAgainst: FileFilterMatchAgainst?

    /// Creates a filter; set exactly one of `glob` and `regex`.
    public init(glob: String? = nil, regex: String? = nil, matchAgainst: FileFilterMatchAgainst? = nil) {
        self.glob = glob
        self.regex = regex
        self.matchAgainst = matchAgainst
    }

    /// A filter with a shell-style pattern.
    public static func glob(_ pattern: String, matchAgainst: FileFilterMatchAgainst? = nil) -> FileFilter {
        FileFilter(glob: pattern, matchAgainst: matchAgainst)
    }

    /// A filter with a regular expression.
    public static func regex(_ pattern: String, matchAgainst: FileFilterMatchAgainst? = nil) -> FileFilter {
        FileFilter(regex: pattern, matchAgainst: matchAgainst)
    }

    enum CodingKeys: String, CodingKey {
        case glob
        case regex
        case matchAgainst = "match_against"
    }

    /// Throws a configuration error naming `field` unless exactly one non-empty pattern is set.
    func validate(field: String) throws {
        let patterns = [glob, regex].compactMap { $0 }
        guard patterns.count == 1 else {
            throw DataMasqueError(
                code: .configuration, message: "Field '\(field)' needs exactly one of 'glob' and 'regex'.")
        }
        guard !patterns[0].isEmpty else {
            throw DataMasqueError(
                code: .configuration, message: "Field '\(field).\(glob == nil ? "regex" : "glob")' must not be empty.")
        }
    }
}
