/// A DataMasque user account.
///
/// ```swift
/// let builder = User(username: "builder", email: "builder@example.com", roles: [.maskBuilder])
/// let created = try await client.users.create(builder)
/// print(created.password ?? "")   // the temporary password the server expects to be changed
/// ```
///
/// The password is client-side only:
/// it is never encoded, never decoded,
/// and left out of the user's description.
public struct User: Sendable, Hashable, Codable, CustomStringConvertible, CustomReflectable {
    /// The login name, unique on the instance.
    public var username: String
    /// The email address.
    public var email: String
    /// The roles that grant the user's permissions (`user_roles`).
    public var roles: [UserRole]
    /// The server's id for the user, or `nil` before it is created.
    public var id: Int?
    /// Whether the account is enabled, when the server says so (`is_active`).
    public var isActive: Bool?
    /// The user's password as this client knows it:
    /// the temporary one after ``DataMasqueClient/Users/create(_:password:)``, or the one chosen there.
    public var password: String?

    /// Creates a user to send to ``DataMasqueClient/Users/create(_:password:)`` or ``DataMasqueClient/Users/update(_:)``.
    public init(
        username: String,
        email: String,
        roles: [UserRole],
        id: Int? = nil,
        isActive: Bool? = nil,
        password: String? = nil
    ) {
        self.username = username
        self.email = email
        self.roles = roles
        self.id = id
        self.isActive = isActive
        self.password = password
    }

    enum CodingKeys: String, CodingKey {
        case username, email, id
        case roles = "user_roles"
        case isActive = "is_active"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        username = try container.decode(String.self, forKey: .username)
        email = try container.decode(String.self, forKey: .email)
        roles = try container.decode([UserRole].self, forKey: .roles)
        id = try container.decodeLenientIntIfPresent(forKey: .id)
        isActive = try container.decodeIfPresent(Bool.self, forKey: .isActive)
    }

    public var description: String {
        "User(id: \(id.map(String.init) ?? "none"), username: \(username), email: \(email), "
            + "roles: [\(roles.map(\.rawValue).joined(separator: ", "))], password: \(password == nil ? "none" : "set"))"
    }

    /// A mirror without the password, so `dump` cannot reveal it.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: ["username": username, "email": email, "roles": roles, "id": id as Any, "isActive": isActive as Any],
            displayStyle: .struct)
    }
}
