import DataMasque

extension UserRole {
    /// Other spellings `--role` accepts for each role, besides its wire value.
    private static let aliases: [String: UserRole] = [
        "superuser": .admin, "administrator": .admin,
        "builder": .maskBuilder,
        "runner": .maskRunner,
        "ruleset_library_manager": .rulesetLibraryManagers, "library_manager": .rulesetLibraryManagers,
        "library_managers": .rulesetLibraryManagers,
    ]

    /// The role named by a `--role` value: a wire value such as `mask_builder`,
    /// or a friendly name such as `superuser`, in any case, with `-` or `_`.
    ///
    /// - Throws: ``CLIError`` `invalid_input` listing the accepted values.
    init(argument: String) throws {
        let key = argument.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
        if let role = Self.knownCases.first(where: { $0.rawValue == key }) ?? Self.aliases[key] {
            self = role
            return
        }
        throw CLIError(
            .invalidInput, "Unknown role '\(argument)'.",
            hint: "Use \(Self.knownCases.map(\.rawValue).joined(separator: ", ")) (or superuser for admin).")
    }

    /// Checks a set of roles as DataMasque requires: at least one,
    /// and `ruleset_library_managers` only with `mask_builder`.
    ///
    /// - Throws: ``CLIError`` `invalid_input` saying which rule is broken.
    static func validate(_ roles: [UserRole]) throws {
        guard !roles.isEmpty else { throw CLIError(.invalidInput, "Give at least one --role.") }
        if roles.contains(.rulesetLibraryManagers) && !roles.contains(.maskBuilder) {
            throw CLIError(
                .invalidInput, "The ruleset_library_managers role needs the mask_builder role too.",
                hint: "Add --role mask_builder.")
        }
    }
}
