/// What a validation error is about.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum ValidationErrorType: OpenEnum {
    /// The ruleset's own YAML (`ruleset`).
    case ruleset
    /// A ruleset library it refers to does not exist (`library_missing`).
    case libraryMissing
    /// A ruleset library it refers to is invalid (`library_invalid`).
    case libraryInvalid
    /// The ruleset is invalid once its library references are expanded (`expansion`).
    case expansion
    /// A ruleset-generation configuration (`rg_config`).
    case rgConfig
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .ruleset,
        .libraryMissing,
        .libraryInvalid,
        .expansion,
        .rgConfig,
    ]

    public var rawValue: String {
        switch self {
        case .ruleset: "ruleset"
        case .libraryMissing: "library_missing"
        case .libraryInvalid: "library_invalid"
        case .expansion: "expansion"
        case .rgConfig: "rg_config"
        case .unknown(let rawValue): rawValue
        }
    }
}
