extension JSONValue {
    /// The JSON form of `value`, in DataMasque's wire format.
    init(encoding value: some Encodable) throws {
        self = try WireJSON.decoder().decode(JSONValue.self, from: WireJSON.encoder().encode(value))
    }

    /// This value read as `type`.
    func decoded<Value: Decodable>(as type: Value.Type) throws -> Value {
        try WireJSON.decoder().decode(type, from: WireJSON.encoder().encode(self))
    }
}
