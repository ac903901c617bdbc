extension User {
    /// Checks the role rules DataMasque enforces, before any request is made.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
    ///   when the user has no role,
    ///   or has ``UserRole/rulesetLibraryManagers`` without ``UserRole/maskBuilder``.
    func validateRoles() throws {
        guard !roles.isEmpty else {
            throw DataMasqueError(code: .configuration, message: "User '\(username)' needs at least one role.")
        }
        if roles.contains(.rulesetLibraryManagers), !roles.contains(.maskBuilder) {
            throw DataMasqueError(
                code: .configuration,
                message: "User '\(username)' has the ruleset_library_managers role, which requires mask_builder too.")
        }
    }
}
