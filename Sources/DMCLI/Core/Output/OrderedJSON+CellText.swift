extension OrderedJSON {
    /// The value as a table cell: strings as they are, `null` as nothing, arrays and objects as compact JSON.
    var cellText: String {
        switch self {
        case .null: ""
        case .string(let string): string
        default: rendered(pretty: false)
        }
    }
}
