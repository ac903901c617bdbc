import DataMasque

extension JSONValue {
    /// The element at `index`, if this value is an array that long.
    subscript(index: Int) -> JSONValue? {
        arrayValue.flatMap { $0.indices.contains(index) ? $0[index] : nil }
    }
}
