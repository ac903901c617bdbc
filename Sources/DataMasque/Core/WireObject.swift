/// A JSON object for a request body, built member by member.
///
/// Setting `nil` leaves the member out, because request bodies omit absent values,
/// unless the object keeps nulls, as a dump of every field does.
/// A member set with a condition that does not hold is left out either way.
struct WireObject<Key: CodingKey> {
    private(set) var members: [String: JSONValue] = [:]
    private let keepsNulls: Bool

    init(keepingNulls: Bool = false) {
        keepsNulls = keepingNulls
    }

    mutating func set(_ key: Key, _ value: JSONValue?) {
        if let value {
            members[key.stringValue] = value
        } else if keepsNulls {
            members[key.stringValue] = JSONValue.null
        } else {
            members.removeValue(forKey: key.stringValue)
        }
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
        if condition { set(key, value) }
    }

    /// Sets `value` only when `condition` holds.
    mutating func set(_ key: Key, _ value: Bool?, when condition: Bool) {
        if condition { set(key, value) }
    }
}
