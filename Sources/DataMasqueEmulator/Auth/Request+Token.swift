import Hummingbird

extension Request {
    /// The key in `Authorization: Token <key>`, if the header has that shape.
    var presentedTokenKey: String? {
        let words = (headers[.authorization] ?? "").split(whereSeparator: \.isWhitespace)
        guard words.count == 2, words[0].lowercased() == "token" else { return nil }
        return String(words[1])
    }
}
