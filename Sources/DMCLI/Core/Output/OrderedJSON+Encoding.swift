import DataMasque
import Foundation

extension OrderedJSON {
    /// The JSON form of a wire model, object keys in alphabetical order; `null` if it cannot be encoded.
    init(encoding value: some Encodable) {
        let json = (try? JSONEncoder().encode(value)).flatMap { try? JSONDecoder().decode(JSONValue.self, from: $0) }
        self = json.map(OrderedJSON.init) ?? .null
    }
}
