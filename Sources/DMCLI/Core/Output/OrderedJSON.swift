import DataMasque

/// A JSON value whose object keys keep the order they were given in,
/// so output follows the documented column order.
enum OrderedJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([OrderedJSON])
    case object([Field])

    /// One member of an object.
    struct Field: Sendable, Equatable {
        var key: String
        var value: OrderedJSON

        init(_ key: String, _ value: OrderedJSON) {
            self.key = key
            self.value = value
        }
    }

    /// Converts a `JSONValue`, ordering object keys alphabetically.
    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let bool): self = .bool(bool)
        case .int(let int): self = .int(int)
        case .double(let double): self = .double(double)
        case .string(let string): self = .string(string)
        case .array(let items): self = .array(items.map(OrderedJSON.init))
        case .object(let members):
            self = .object(members.keys.sorted().map { Field($0, OrderedJSON(members[$0]!)) })
        }
    }

    /// A string, or `null` for `nil`.
    static func optional(_ value: String?) -> OrderedJSON {
        value.map(OrderedJSON.string) ?? .null
    }
}
