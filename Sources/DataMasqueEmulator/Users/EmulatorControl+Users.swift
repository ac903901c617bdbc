public import DataMasque

extension EmulatorControl {
    /// Adds a user who can log in at once, skipping the password rules, and returns the user's id.
    ///
    /// An existing user with the same username is replaced and keeps its id.
    ///
    /// ```swift
    /// let id = await emulator.control.addUser(username: "runner", password: "pw", roles: ["mask_runner"])
    /// ```
    ///
    /// - Parameters:
    ///   - roles: Role names: `admin`, `mask_builder`, `mask_runner`, `ruleset_library_managers`;
    ///     only `admin` may manage users, settings and the licence.
    ///   - email: The address; `<username>@example.com` when `nil`.
    ///   - isActive: Whether the user may log in.
    @discardableResult
    public func addUser(
        username: String, password: String, roles: [String], email: String? = nil, isActive: Bool = true
    ) async -> Int {
        await state.transact {
            $0.users.insert(
                username: username, email: email ?? "\(username)@example.com", roles: roles, password: password,
                isActive: isActive
            ).id
        }
    }

    /// The users as `GET /api/users/` returns them, inactive ones included, oldest first.
    public var users: [JSONValue] {
        get async { await state.transact { $0.users.all.map { $0.json() } } }
    }
}
