import DataMasque
import Foundation

/// The JSON encoding the emulator writes and reads.
enum EmulatorJSON {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(value)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: data)
    }

    /// `value` encoded and decoded again as a ``JSONValue``.
    static func jsonValue(of value: some Encodable) throws -> JSONValue {
        try decode(JSONValue.self, from: encode(value))
    }
}
