import Foundation

extension DataMasqueClient {
    /// The user accounts of a DataMasque instance.
    ///
    /// Reach it through ``DataMasqueClient/users``.
    ///
    /// ```swift
    /// let runner = User(username: "nightly", email: "nightly@example.com", roles: [.maskRunner])
    /// let created = try await client.users.create(runner, password: chosenPassword)
    /// ```
    ///
    /// Role rules are checked before any request:
    /// a user needs at least one role,
    /// and ``UserRole/rulesetLibraryManagers`` only comes with ``UserRole/maskBuilder``.
    public struct Users: Sendable {
        let client: DataMasqueClient
        private static let collection = "/api/users/"

        /// The active users, in the server's order.
        ///
        /// Users the server does not mark active (`is_active`) are left out.
        public func list() async throws -> [User] {
            try await client.get([User].self, Self.collection, operation: "users.list").filter { $0.isActive == true }
        }

        /// The active user with exactly this username, or `nil`.
        public func get(username: String) async throws -> User? {
            try await list().first { $0.username == username }
        }

        /// Creates `user` and returns it with its id and password.
        ///
        /// DataMasque creates accounts with a temporary password,
        /// so the client generates one (see ``TemporaryPassword``) and sends it.
        /// Without `password`, the returned user's ``User/password`` is that temporary password,
        /// which the server asks the user to change at first login.
        /// With `password`, the client then changes the temporary password to it, as the new user would,
        /// and the returned user's ``User/password`` is `password`;
        /// if the server refuses `password`, the new account is deleted again and the error is thrown.
        ///
        /// - Parameters:
        ///   - user: The account to create; its ``User/id`` and ``User/password`` are ignored.
        ///   - password: The password the user should end up with; `nil` or empty keeps the temporary one.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when the roles break the rules above,
        ///   ``DataMasqueError/Code/api`` with status `400` when the server refuses a field or the password,
        ///   ``DataMasqueError/Code/unexpectedResponse`` when the server returns no id.
        public func create(_ user: User, password: String? = nil) async throws -> User {
            try user.validateRoles()
            var created = user
            created.password = TemporaryPassword.generate()
            created.id = nil
            let response = try await client.send(
                .POST, Self.collection, body: try .json(NewUserBody(user: created)), operation: "users.create")
            guard let id = response.json?["id"].flatMap(Self.integer) else {
                throw DataMasqueError(
                    code: .unexpectedResponse,
                    message: "The server created user '\(user.username)' but returned no id.",
                    request: .init(method: "POST", path: Self.collection), response: response)
            }
            created.id = id
            guard let password, !password.isEmpty, let temporary = created.password else { return created }
            do {
                try await changePassword(id: id, from: temporary, to: password)
            } catch {
                try? await deleteIfExists(id: id)
                throw error
            }
            created.password = password
            return created
        }

        /// Saves `user`'s username, email, roles and active flag, and returns the stored user.
        ///
        /// The password is never sent; use ``changePassword(id:from:to:)`` or ``resetPassword(for:)``.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when `user` has no id or its roles break the rules,
        ///   ``DataMasqueError/Code/api`` when the server refuses the change.
        public func update(_ user: User) async throws -> User {
            try user.validateRoles()
            var stored = try await client.sendJSON(
                .PATCH, Self.path(try Self.id(of: user, for: "updated")), body: user, decoding: User.self,
                operation: "users.update")
            stored.password = user.password
            return stored
        }

        /// Changes a user's password, proving the current one.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `400`
        ///   when `current` is wrong or the server finds `new` too weak.
        public func changePassword(id: Int, from current: String, to new: String) async throws {
            let body: JSONValue = [
                "current_password": .string(current), "new_password": .string(new), "re_new_password": .string(new),
            ]
            _ = try await client.send(.PATCH, Self.path(id), body: try .json(body), operation: "users.changePassword")
        }

        /// Gives `user` a new temporary password and returns it.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration`` when `user` has no id,
        ///   ``DataMasqueError/Code/unexpectedResponse`` when the server returns no password.
        public func resetPassword(for user: User) async throws -> String {
            let path = Self.path(try Self.id(of: user, for: "given a new password")) + "reset-password/"
            let response = try await client.send(.POST, path, operation: "users.resetPassword")
            guard let password = response.json?["password"]?.stringValue else {
                throw DataMasqueError(
                    code: .unexpectedResponse,
                    message: "The server reset the password of '\(user.username)' but returned none.",
                    request: .init(method: "POST", path: path))
            }
            return password
        }

        /// Deletes the user with this id; does nothing if there is none.
        public func deleteIfExists(id: Int) async throws {
            try await client.deleteIfExists(Self.path(id), operation: "users.delete")
        }

        /// Deletes every active user with exactly this username; does nothing if there is none.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/unexpectedResponse``
        ///   when a matching user has no id.
        public func deleteIfExists(username: String) async throws {
            let matches = try await list().filter { $0.username == username }
            let ids = matches.compactMap(\.id)
            guard ids.count == matches.count else {
                throw DataMasqueError(
                    code: .unexpectedResponse,
                    message: "The server listed user '\(username)' without an id, so it cannot be deleted.")
            }
            for id in ids { try await deleteIfExists(id: id) }
        }

        private static func path(_ id: Int) -> String {
            collection + "\(id)/"
        }

        private static func id(of user: User, for action: String) throws -> Int {
            guard let id = user.id else {
                throw DataMasqueError(
                    code: .configuration,
                    message: "User '\(user.username)' has no id, so it cannot be \(action); create it or list it first.")
            }
            return id
        }

        private static func integer(_ value: JSONValue) -> Int? {
            value.intValue ?? value.stringValue.flatMap { Int($0) }
        }
    }
}

/// The body of a user creation: the user's fields plus the temporary password, twice.
private struct NewUserBody: Encodable {
    let user: User

    func encode(to encoder: any Encoder) throws {
        try user.encode(to: encoder)
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(user.password, forKey: "password")
        try container.encodeIfPresent(user.password, forKey: "re_password")
    }
}
