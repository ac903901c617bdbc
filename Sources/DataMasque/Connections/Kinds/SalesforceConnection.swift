/// A connection to Salesforce (`salesforce`); needs server 3.26.19 or later.
///
/// DataMasque signs in with the OAuth 2.0 JWT-bearer flow,
/// so there is no host, port, database or password.
/// Salesforce is a preview feature:
/// creating one fails until an administrator enables preview features.
public struct SalesforceConnection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The connection's unique name.
    public var name: String
    /// The server-assigned identifier; `nil` until created.
    public var id: String?
    /// The org's instance URL (`instance_url`).
    public var instanceURL: String
    /// The org's My Domain URL (`login_url`), used verbatim as the JWT audience.
    public var loginURL: String
    /// The connected app's client identifier (`client_id`).
    public var clientID: String
    /// The user name.
    public var user: String
    /// The private key's path in DataMasque's file sandbox or the connection's fileset
    /// (`salesforce_private_key_path`).
    public var privateKeyPath: String
    /// The private key's passphrase, for an encrypted key (`salesforce_private_key_passphrase`); write-only.
    public var privateKeyPassphrase: String?
    /// The Salesforce API version; when unset, the server applies and stores its default.
    public var apiVersion: String?
    /// Whether DataMasque may only read from Salesforce.
    public var isReadOnly: Bool
    /// Fields the server sent that this release does not model, sent back on update.
    public var additionalFields: [String: JSONValue]
    /// The server's edit and delete locks; read-only.
    public internal(set) var lockState: ConnectionLockState

    /// Creates a Salesforce connection.
    public init(
        name: String,
        instanceURL: String,
        loginURL: String,
        clientID: String,
        user: String,
        privateKeyPath: String,
        privateKeyPassphrase: String? = nil,
        apiVersion: String? = nil,
        isReadOnly: Bool = false,
        id: String? = nil,
        additionalFields: [String: JSONValue] = [:]
    ) {
        self.name = name
        self.id = id
        self.instanceURL = instanceURL
        self.loginURL = loginURL
        self.clientID = clientID
        self.user = user
        self.privateKeyPath = privateKeyPath
        self.privateKeyPassphrase = privateKeyPassphrase
        self.apiVersion = apiVersion
        self.isReadOnly = isReadOnly
        self.additionalFields = additionalFields
        self.lockState = ConnectionLockState()
    }
}

extension SalesforceConnection: DatabaseConnectionShape {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, user
        case instanceURL = "instance_url"
        case loginURL = "login_url"
        case clientID = "client_id"
        case privateKeyPath = "salesforce_private_key_path"
        case privateKeyPassphrase = "salesforce_private_key_passphrase"
        case apiVersion = "api_version"
        case isReadOnly = "is_read_only"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            name: container.decode(String.self, forKey: .name),
            instanceURL: container.decode(String.self, forKey: .instanceURL),
            loginURL: container.decode(String.self, forKey: .loginURL),
            clientID: container.decode(String.self, forKey: .clientID),
            user: container.decode(String.self, forKey: .user),
            privateKeyPath: container.decode(String.self, forKey: .privateKeyPath),
            apiVersion: container.decodeIfPresent(String.self, forKey: .apiVersion),
            isReadOnly: container.decode(.isReadOnly, default: false)
        )
        try decodeServerFields(from: decoder, modelled: CodingKeys.self)
    }

    var kindName: String { "Salesforce" }
    var connection: Connection { .salesforce(self) }
    var wireDatabaseType: DatabaseType { .salesforce }

    func modelledFields(keepingNulls: Bool) -> [String: JSONValue] {
        var body = WireObject<CodingKeys>(keepingNulls: keepingNulls)
        body.set(.instanceURL, instanceURL)
        body.set(.loginURL, loginURL)
        body.set(.clientID, clientID)
        body.set(.user, user)
        body.set(.privateKeyPath, privateKeyPath)
        body.set(.privateKeyPassphrase, privateKeyPassphrase)
        body.set(.apiVersion, apiVersion)
        body.set(.isReadOnly, isReadOnly)
        return body.members
    }
}
