import DataMasque
import Foundation

/// The user accounts, in creation order, with integer ids counting from 1.
struct UserStore {
    typealias Object = [String: JSONValue]

    /// The roles a user may hold.
    static let roles: Set<String> = ["admin", "mask_builder", "mask_runner", "ruleset_library_managers"]

    private(set) var all: [EmulatorUser] = []
    private var nextID = 1

    /// The configured administrator when ``EmulatorConfiguration/installed``, else no one.
    init(configuration: EmulatorConfiguration) {
        guard configuration.installed else { return }
        insert(
            username: configuration.username, email: "\(configuration.username)@example.com", roles: ["admin"],
            password: configuration.password)
    }

    /// Whether the first administrator exists, so admin-install is closed.
    var isInstalled: Bool { !all.isEmpty }

    /// - Throws: ``APIError/notFound`` when no user has `id`.
    func user(id: Int) throws -> EmulatorUser {
        all[try index(of: id)]
    }

    /// The active user with these credentials, as login checks them.
    func user(username: String, password: String) -> EmulatorUser? {
        all.first { $0.username == username && $0.password == password && $0.isActive }
    }

    /// Stores a user without checking the password rules;
    /// an existing user with the same username is replaced and keeps its id.
    @discardableResult
    mutating func insert(
        username: String, email: String, roles: [String], password: String, isActive: Bool = true
    ) -> EmulatorUser {
        let id = all.first { $0.username == username }?.id ?? nextID
        let user = EmulatorUser(
            id: id, username: username, email: email, roles: roles, isActive: isActive, password: password)
        if let index = all.firstIndex(where: { $0.id == id }) {
            all[index] = user
        } else {
            all.append(user)
            nextID += 1
        }
        return user
    }

    /// Validates `body` (`username`, `email`, `user_roles`, `password`, `re_password`, optional `is_active`)
    /// and stores a new user.
    ///
    /// - Throws: ``APIError`` `400` naming each bad field.
    mutating func create(_ body: Object) throws -> EmulatorUser {
        var errors: [String: [String]] = [:]
        let profile = Self.profile(body, of: nil, others: all, errors: &errors)
        let password = try Self.newPassword(
            in: body, field: "password", confirmation: "re_password", username: profile.username,
            fieldErrors: errors)
        return insert(
            username: profile.username, email: profile.email, roles: profile.roles, password: password,
            isActive: profile.isActive)
    }

    /// Creates the first administrator from `{email, username, password, re_password, allowed_hosts}`.
    ///
    /// - Throws: ``APIError`` `401` once any user exists, `400` naming each bad field.
    mutating func installAdmin(_ body: Object) throws -> EmulatorUser {
        guard !isInstalled else { throw APIError.unauthorized("Authentication credentials were not provided.") }
        var body = body
        body["user_roles"] = ["admin"]
        return try create(body)
    }

    /// Changes the profile fields in `body`,
    /// or the password when `body` has `current_password`, `new_password` and `re_new_password`.
    ///
    /// - Throws: ``APIError/notFound``, or `400` naming each bad field.
    mutating func patch(id: Int, fields body: Object) throws -> EmulatorUser {
        let index = try index(of: id)
        var user = all[index]
        if Self.passwordChangeFields.contains(where: { body[$0] != nil }) {
            var errors: [String: [String]] = [:]
            if let current = Self.string("current_password", in: body, errors: &errors), current != user.password {
                errors["current_password"] = ["Invalid password."]
            }
            user.password = try Self.newPassword(
                in: body, field: "new_password", confirmation: "re_new_password", username: user.username,
                fieldErrors: errors)
            user.hasTemporaryPassword = false
        } else {
            var errors: [String: [String]] = [:]
            var others = all
            others.remove(at: index)
            let profile = Self.profile(body, of: user, others: others, errors: &errors)
            guard errors.isEmpty else { throw APIError.fields(errors) }
            (user.username, user.email, user.roles, user.isActive) =
                (profile.username, profile.email, profile.roles, profile.isActive)
        }
        all[index] = user
        return user
    }

    /// Gives user `id` a fresh temporary password and returns it.
    mutating func resetPassword(id: Int) throws -> String {
        let index = try index(of: id)
        let password = PasswordRules.temporaryPassword()
        all[index].password = password
        all[index].hasTemporaryPassword = true
        return password
    }

    mutating func delete(id: Int) throws {
        all.remove(at: try index(of: id))
    }

    private func index(of id: Int) throws -> Int {
        guard let index = all.firstIndex(where: { $0.id == id }) else { throw APIError.notFound }
        return index
    }
}
