/// Where a value lives in a file: a column name, or a path into a JSON document.
///
/// A column name is sent as a string, a path as an array of keys and indexes,
/// such as `["users", "*", "email"]`.
public enum FileLocator: Sendable, Hashable, Codable {
    /// A column of a CSV, Parquet or fixed-width file.
    case column(String)
    /// A path into a JSON document.
    case path([PathComponent])

    /// One step of a ``FileLocator/path(_:)``.
    public enum PathComponent: Sendable, Hashable, Codable {
        /// An object key, or `*` for every member.
        case key(String)
        /// An array index.
        case index(Int)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let index = try? container.decode(Int.self) {
                self = .index(index)
            } else {
                self = .key(try container.decode(String.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .key(let key): try container.encode(key)
            case .index(let index): try container.encode(index)
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let column = try? container.decode(String.self) {
            self = .column(column)
        } else {
            self = .path(try container.decode([PathComponent].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .column(let column): try container.encode(column)
        case .path(let path): try container.encode(path)
        }
    }
}
