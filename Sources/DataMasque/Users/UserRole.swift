/// A role that grants a DataMasque user permissions.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum UserRole: OpenEnum {
    /// Administrator (`admin`).
    case admin
    /// Builds rulesets and connections (`mask_builder`).
    case maskBuilder
    /// Manages ruleset libraries; only together with ``maskBuilder`` (`ruleset_library_managers`).
    case rulesetLibraryManagers
    /// Runs masking jobs (`mask_runner`).
    case maskRunner
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .admin,
        .maskBuilder,
        .rulesetLibraryManagers,
        .maskRunner,
    ]

    public var rawValue: String {
        switch self {
        case .admin: "admin"
        case .maskBuilder: "mask_builder"
        case .rulesetLibraryManagers: "ruleset_library_managers"
        case .maskRunner: "mask_runner"
        case .unknown(let rawValue): rawValue
        }
    }
}
