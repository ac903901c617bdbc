import DataMasque
import Yams

extension JSONValue {
    /// The YAML `node` as JSON: mappings as objects with their keys as text, sequences as arrays,
    /// and scalars as booleans, whole numbers, numbers, `null` or text, as YAML reads them.
    ///
    /// Nodes deeper than `depth` become `null`.
    init(yaml node: Node, depth: Int = 64) {
        guard depth > 0 else {
            self = .null
            return
        }
        switch node {
        case .mapping(let mapping):
            var object: [String: JSONValue] = [:]
            for (key, value) in mapping { object[key.string ?? ""] = JSONValue(yaml: value, depth: depth - 1) }
            self = .object(object)
        case .sequence(let sequence):
            self = .array(sequence.map { JSONValue(yaml: $0, depth: depth - 1) })
        case .scalar(let scalar):
            if scalar.style != .plain {
                self = .string(scalar.string)
            } else if let bool = Bool.construct(from: scalar) {
                self = .bool(bool)
            } else if let int = Int.construct(from: scalar) {
                self = .int(int)
            } else if let double = Double.construct(from: scalar) {
                self = .double(double)
            } else if ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                self = .null
            } else {
                self = .string(scalar.string)
            }
        case .alias:
            self = .null
        }
    }
}
