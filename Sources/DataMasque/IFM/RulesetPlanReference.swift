/// The plan and the version of it that masked a request.
public struct RulesetPlanReference: Sendable, Hashable, Codable {
    /// The plan's name.
    public var name: String
    /// The plan's ``RulesetPlan/serial`` when it masked the request.
    public var serial: Int

    /// Creates a reference.
    public init(name: String, serial: Int) {
        self.name = name
        self.serial = serial
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try container.decode(String.self, forKey: .name), serial: try container.decodeLenientInt(.serial))
    }

    enum CodingKeys: String, CodingKey {
        case name
        case serial
    }
}
