import Foundation

/// The login tokens the emulator has issued.
struct IssuedTokens {
    /// One issued token.
    struct Token {
        var id: Int
        /// The user who logged in.
        var userID: Int
        var created: Date
        var expires: Date
    }

    /// What a presented key is worth.
    enum Validity: Equatable {
        case valid(userID: Int)
        case unknown
        case expired
    }

    private var tokens: [String: Token] = [:]
    private var nextID = 1
    /// How many logins succeeded.
    private(set) var loginCount = 0

    /// A fresh random key of 40 lower-case hex digits.
    static func randomKey() -> String {
        (0..<20).map { _ in
            let byte = UInt8.random(in: 0...255)
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
    }

    /// Issues a new key for user `userID`; earlier keys stay valid.
    mutating func issue(userID: Int, now: Date, lifetime: Duration) -> (key: String, token: Token) {
        let key = Self.randomKey()
        let token = Token(
            id: nextID, userID: userID, created: now, expires: now.addingTimeInterval(lifetime.timeInterval))
        tokens[key] = token
        nextID += 1
        loginCount += 1
        return (key, token)
    }

    func validity(of key: String, now: Date) -> Validity {
        guard let token = tokens[key] else { return .unknown }
        return token.expires > now ? .valid(userID: token.userID) : .expired
    }

    /// The user a valid `key` belongs to.
    func userID(of key: String, now: Date) -> Int? {
        if case .valid(let userID) = validity(of: key, now: now) { userID } else { nil }
    }

    /// Forgets `key`, as logout does.
    mutating func revoke(_ key: String) {
        tokens[key] = nil
    }

    /// Forgets every key of user `userID`, as deleting or deactivating the user does.
    mutating func revokeAll(of userID: Int) {
        tokens = tokens.filter { $0.value.userID != userID }
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
