import Foundation

/// The login tokens the emulator has issued.
struct TokenStore {
    /// One issued token.
    struct Token {
        var id: Int
        var created: Date
        var expires: Date
    }

    /// What a presented key is worth.
    enum Validity: Equatable {
        case valid
        case unknown
        case expired
    }

    private var tokens: [String: Token] = [:]
    private var nextID = 1
    /// How many logins succeeded.
    private(set) var loginCount = 0

    /// Issues a new 40-hex-digit key; earlier keys stay valid.
    mutating func issue(now: Date, lifetime: Duration) -> (key: String, token: Token) {
        let key = (0..<20).map { _ in
            let byte = UInt8.random(in: 0...255)
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
        let token = Token(id: nextID, created: now, expires: now.addingTimeInterval(lifetime.timeInterval))
        tokens[key] = token
        nextID += 1
        loginCount += 1
        return (key, token)
    }

    func validity(of key: String, now: Date) -> Validity {
        guard let token = tokens[key] else { return .unknown }
        return token.expires > now ? .valid : .expired
    }

    /// Forgets `key`, as logout does.
    mutating func revoke(_ key: String) {
        tokens[key] = nil
    }

    /// Forgets every key.
    mutating func revokeAll() {
        tokens = [:]
    }

    /// Makes every key count as expired.
    mutating func expireAll(now: Date) {
        for key in tokens.keys { tokens[key]?.expires = now }
    }
}
