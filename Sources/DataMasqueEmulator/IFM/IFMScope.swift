/// What an in-flight masking token allows, from the roles of the user who logged in.
///
/// | Role | Scopes |
/// |---|---|
/// | `admin`, `mask_builder` | `ifm/mask`, `ifm/rules:list`, `ifm/rules:read`, `ifm/rules:write` |
/// | `mask_runner` | `ifm/mask`, `ifm/rules:list` |
/// | any other | none |
enum IFMScope: String, CaseIterable, Sendable {
    /// Sending records to `ruleset-plans/{name}/mask/`.
    case mask = "ifm/mask"
    /// Listing plans: their names, serials, times and options.
    case list = "ifm/rules:list"
    /// Reading a plan with its YAML.
    case read = "ifm/rules:read"
    /// Creating, changing and deleting plans.
    case write = "ifm/rules:write"

    /// The scopes of a user with `roles`, in a fixed order.
    static func scopes(forRoles roles: [String]) -> [IFMScope] {
        if roles.contains("admin") || roles.contains("mask_builder") { return allCases }
        if roles.contains("mask_runner") { return [.mask, .list] }
        return []
    }
}
