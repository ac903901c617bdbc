import Foundation

/// Decodes DataMasque's JSON responses into the wire models.
///
/// It reads what `JSONDecoder` reads, with DataMasque's date format,
/// and reports a value that does not fit with the same `DecodingError`s and coding paths,
/// but parses the body once into a flat list of nodes
/// and finds an object's members by comparing their bytes in place,
/// so long listings decode several times faster.
struct WireDecoder {
    func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        try JSONDocument(parsing: data).decode(type, at: 0, parent: nil, key: nil)
    }
}
