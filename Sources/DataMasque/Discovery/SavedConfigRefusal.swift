/// What the server said about a saved config it refused, read from the error body's field for it.
///
/// Discovery starts report under `discovery_config`, generation under `rg_config`:
/// a list whose first item is a message string or a `{"message", "line_number", "column_number"}` object,
/// or a single such value.
struct SavedConfigRefusal {
    /// The first message under the field.
    let message: String

    /// The refusal under `field` in the response, if the body is an object with a truthy value there.
    init?(_ response: DataMasqueResponse, field: String) {
        guard let value = response.json?[field], Self.isTruthy(value) else { return nil }
        let item = value.arrayValue?.first ?? value
        if let text = item["message"]?.stringValue ?? item.stringValue {
            message = text
        } else {
            message = WireJSON.excerpt(of: (try? WireJSON.encoder().encode(item)) ?? .init())
        }
    }

    /// Whether the server said the config does not exist (unknown, archived or of the wrong type).
    var isNotFound: Bool { message.contains("object does not exist") }

    private static func isTruthy(_ value: JSONValue) -> Bool {
        switch value {
        case .null: false
        case .bool(let flag): flag
        case .int(let number): number != 0
        case .double(let number): number != 0
        case .string(let text): !text.isEmpty
        case .array(let items): !items.isEmpty
        case .object(let members): !members.isEmpty
        }
    }
}
