/// The id of an item the server listed, which the client needs to act on it.
enum ListedID {
    /// `id`, or an ``DataMasqueError/Code/unexpectedResponse`` error naming `subject`, such as `ruleset 'x'`.
    static func required(_ id: String?, of subject: String) throws -> String {
        guard let id else {
            throw DataMasqueError(
                code: .unexpectedResponse,
                message: "The server listed \(subject) without an id, so the client cannot act on it.")
        }
        return id
    }
}
