/// A JSON object for a request body, built member by member.
///
/// Setting `nil` leaves the member out, because request bodies omit absent values.
struct WireObject<Key: CodingKey> {
    private(set) var members: [String: JSONValue] = [:]

    mutating func set(_ key: Key, _ value: JSONValue?) {
        members[key.stringValue] = value
    }

    mutating func set(_ key: Key, _ value: String?) {
        set(key, value.map(JSONValue.string))
    }

    mutating func set(_ key: Key, _ value: Int?) {
        set(key, value.map(JSONValue.int))
    }

    mutating func set(_ key: Key, _ value: Bool?) {
        set(key, value.map(JSONValue.bool))
    }

    /// Sets `value` only when `condition` holds.
    mutating func set(_ key: Key, _ value: String?, when condition: Bool) {
        set(key, condition ? value : nil)
    }

    /// Sets `value` only when `condition` holds.
    mutating func set(_ key: Key, _ value: Bool?, when condition: Bool) {
        set(key, condition ? value : nil)
    }
}
