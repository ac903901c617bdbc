import DataMasque
import Foundation

/// The live table references, in creation order.
///
/// Deleting a reference archives it: it leaves the list and every lookup, and its name is free again.
struct TableReferenceStore {
    typealias Object = [String: JSONValue]

    /// The options DataMasque fills in for any the client leaves out.
    static let defaultOptions: Object = [
        "format": "csv", "delimiter": ",", "encoding": "utf-8", "quotechar": "\"", "null_string": .null,
    ]
    private static let formats: Set<String> = ["csv", "parquet"]

    private(set) var all: [Object] = []

    /// - Throws: ``APIError/notFound`` when no live reference has `id`.
    func reference(id: String) throws -> Object {
        all[try index(of: id)]
    }

    /// Stores a new reference from `body`, whose `connection` must be one of `connectionIDs`.
    ///
    /// - Throws: ``APIError`` `400` naming each bad field, or a name already in use.
    mutating func create(_ body: Object, connectionIDs: Set<String>, now: Date) throws -> Object {
        let stamp = JSONValue.string(now.timestamp)
        var reference = try Self.checked(body, previous: nil, connectionIDs: connectionIDs, others: all)
        reference["id"] = .string(UUID().uuidString.lowercased())
        (reference["created"], reference["modified"]) = (stamp, stamp)
        all.append(reference)
        return reference
    }

    /// Replaces reference `id` with `body`; without `options`, the stored ones are kept.
    ///
    /// - Throws: ``APIError`` `404` for an unknown `id`, `400` for bad fields or a name in use.
    mutating func replace(id: String, with body: Object, connectionIDs: Set<String>, now: Date) throws -> Object {
        let index = try index(of: id)
        var others = all
        let previous = others.remove(at: index)
        var reference = try Self.checked(body, previous: previous, connectionIDs: connectionIDs, others: others)
        (reference["id"], reference["created"]) = (previous["id"], previous["created"])
        reference["modified"] = .string(now.timestamp)
        all[index] = reference
        return reference
    }

    /// Archives reference `id`.
    ///
    /// - Throws: ``APIError/notFound`` when no live reference has `id`.
    mutating func archive(id: String) throws {
        all.remove(at: try index(of: id))
    }

    /// The stored members of `body`: `name`, `connection`, `source` and the options with defaults filled in.
    private static func checked(
        _ body: Object, previous: Object?, connectionIDs: Set<String>, others: [Object]
    ) throws -> Object {
        var errors: [String: [String]] = [:]
        for key in ["name", "source", "connection"] {
            switch body[key] {
            case nil: errors[key] = ["This field is required."]
            case .null?: errors[key] = ["This field may not be null."]
            case .string(let text)? where text.trimmingCharacters(in: .whitespaces).isEmpty:
                errors[key] = ["This field may not be blank."]
            case .string?: break
            case .some: errors[key] = ["Not a valid string."]
            }
        }
        let name = body["name"]?.stringValue
        if let name, others.contains(where: { $0["name"]?.stringValue == name }) {
            errors["name"] = ["table reference with this name already exists."]
        }
        if let connection = body["connection"]?.stringValue, errors["connection"] == nil,
            !connectionIDs.contains(connection)
        {
            errors["connection"] = ["Invalid pk \"\(connection)\" - object does not exist."]
        }
        let options = options(body["options"], previous: previous?["options"], errors: &errors)
        guard errors.isEmpty else { throw APIError.fields(errors) }
        return [
            "name": body["name"] ?? .null, "connection": body["connection"] ?? .null,
            "source": body["source"] ?? .null, "options": options,
        ]
    }

    /// The options to store: those sent over the defaults, the previous ones when none are sent.
    private static func options(_ value: JSONValue?, previous: JSONValue?, errors: inout [String: [String]])
        -> JSONValue
    {
        switch value {
        case nil, .null?:
            return previous ?? .object(defaultOptions)
        case .object(let sent)?:
            let options = defaultOptions.merging(sent) { $1 }
            if let format = options["format"]?.stringValue, !formats.contains(format) {
                errors["options"] = ["\"\(format)\" is not a valid choice for format."]
            } else if options["format"]?.stringValue == nil {
                errors["options"] = ["format must be a string."]
            }
            return .object(options)
        case .some:
            errors["options"] = ["Expected a dictionary of items."]
            return .null
        }
    }

    private func index(of id: String) throws -> Int {
        guard let index = all.firstIndex(where: { $0["id"]?.stringValue == id }) else { throw APIError.notFound }
        return index
    }
}
