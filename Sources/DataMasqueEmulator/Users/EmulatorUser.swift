import DataMasque
import Foundation

/// A DataMasque user account as the emulator keeps it.
struct EmulatorUser: Sendable {
    var id: Int
    var username: String
    var email: String
    /// Role names such as `admin` or `mask_builder`.
    var roles: [String]
    var isActive = true
    var password: String
    /// Whether the password was set by an administrator's reset and not changed since.
    var hasTemporaryPassword = false
    var dateJoined = Date()
    /// The long-lived API token shown by `GET /api/users/me/`.
    var apiToken = IssuedTokens.randomKey()

    /// Whether the user manages users, settings and the licence.
    var isAdmin: Bool { roles.contains("admin") }

    /// The user as `GET /api/users/` returns it, never with the password;
    /// `GET /api/users/me/` adds the API token.
    func json(withAPIToken: Bool = false) -> JSONValue {
        var members: [String: JSONValue] = [
            "id": .int(id),
            "username": .string(username),
            "email": .string(email),
            "user_roles": .array(roles.map(JSONValue.string)),
            "is_active": .bool(isActive),
            "date_joined": .string(dateJoined.timestamp),
            "has_temporary_password": .bool(hasTemporaryPassword),
            "is_sso_user": false,
        ]
        if withAPIToken { members["api_token"] = .string(apiToken) }
        return .object(members)
    }
}
