/// What the in-flight masking service says about the current JWT.
public struct IFMTokenInfo: Sendable, Hashable, Codable {
    /// The permissions the token grants, such as `ifm/mask` or `ifm/rules:list`.
    public var scopes: [String]
    /// Fields the service sent that this release does not model.
    public var additionalFields: [String: JSONValue]

    /// Creates token information.
    public init(scopes: [String], additionalFields: [String: JSONValue] = [:]) {
        self.scopes = scopes
        self.additionalFields = additionalFields
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        self.init(
            scopes: try container.decode([String].self, forKey: "scopes"),
            additionalFields: try decoder.unmodelledFields(excluding: ["scopes"]))
    }

    /// Writes `scopes` and the additional fields.
    public func encode(to encoder: any Encoder) throws {
        var members = additionalFields
        members["scopes"] = .array(scopes.map(JSONValue.string))
        try JSONValue.object(members).encode(to: encoder)
    }
}
