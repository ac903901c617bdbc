import Foundation

/// Reads generation requests from JSON a user wrote, naming the field that does not fit.
enum GenerationRequestDecoding {
    static func decode<Request: Decodable>(_ type: Request.Type, from json: Data) throws -> Request {
        do {
            return try WireJSON.decoder().decode(type, from: json)
        } catch let error as DecodingError {
            let failure = DecodingFailure(error)
            throw DataMasqueError(
                code: .configuration,
                message: "Field '\(failure.fieldPath)' \(failure.problem).",
                underlyingError: error)
        }
    }

    /// The required connection id under `key`, a string or a number.
    static func connectionID<Key: CodingKey>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> String {
        guard let id = try container.decodeIdentifierIfPresent(forKey: key) else {
            throw DecodingError.keyNotFound(
                key, DecodingError.Context(codingPath: container.codingPath, debugDescription: "The connection's id is required."))
        }
        return id
    }
}
