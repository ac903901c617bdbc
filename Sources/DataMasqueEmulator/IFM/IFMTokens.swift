import DataMasque
import Foundation

/// The access and refresh tokens the emulator has issued for in-flight masking.
///
/// Tokens are JWT-shaped but unsigned:
/// `base64url(header).base64url(claims).base64url(32 random bytes)`,
/// with the header `{"alg": "none", "typ": "JWT"}`.
/// The emulator never verifies a signature;
/// it looks each presented token up, so a token it did not issue, or one changed by a single character, is unknown.
struct IFMTokens {
    /// One issued token.
    struct Token {
        var userID: Int
        var isRefresh: Bool
        var expires: Date
    }

    /// What a presented token is worth.
    enum Validity: Equatable {
        case valid(userID: Int)
        case unknown
        case expired
    }

    private var tokens: [String: Token] = [:]
    /// How many JWT logins succeeded.
    private(set) var loginCount = 0
    /// How many refreshes succeeded.
    private(set) var refreshCount = 0

    /// Issues an access token and a refresh token for `user`; earlier tokens stay valid.
    mutating func login(
        _ user: EmulatorUser, now: Date, settings: EmulatorConfiguration.InFlightMasking
    ) -> (access: String, refresh: String) {
        loginCount += 1
        let access = issue(for: user, isRefresh: false, now: now, lifetime: settings.accessTokenLifetime)
        let refresh = issue(for: user, isRefresh: true, now: now, lifetime: settings.refreshTokenLifetime)
        return (access, refresh)
    }

    /// The user refresh token `token` belongs to, or why it is refused.
    func holder(ofRefresh token: String, now: Date) -> Result<Int, RefreshFailure> {
        guard let record = tokens[token], record.isRefresh else { return .failure(.unknown) }
        return record.expires > now ? .success(record.userID) : .failure(.expired)
    }

    /// A new access token for `user`, who presented a valid refresh token.
    mutating func refresh(
        for user: EmulatorUser, now: Date, settings: EmulatorConfiguration.InFlightMasking
    ) -> String {
        refreshCount += 1
        return issue(for: user, isRefresh: false, now: now, lifetime: settings.accessTokenLifetime)
    }

    /// Why a refresh token was refused.
    enum RefreshFailure: Error {
        case unknown, expired
    }

    /// What access token `token` is worth at `now`.
    func validity(ofAccess token: String, now: Date) -> Validity {
        guard let record = tokens[token], !record.isRefresh else { return .unknown }
        return record.expires > now ? .valid(userID: record.userID) : .expired
    }

    /// Makes every access token expired, and every refresh token too when `includingRefresh` is set.
    mutating func expire(includingRefresh: Bool, now: Date) {
        for (key, token) in tokens where includingRefresh || !token.isRefresh {
            tokens[key]?.expires = now
        }
    }

    private mutating func issue(for user: EmulatorUser, isRefresh: Bool, now: Date, lifetime: Duration) -> String {
        let expires = now.addingTimeInterval(lifetime.timeInterval)
        let claims: JSONValue = [
            "token_type": .string(isRefresh ? "refresh" : "access"),
            "sub": .string(String(user.id)),
            "username": .string(user.username),
            "scope": .string(IFMScope.scopes(forRoles: user.roles).map(\.rawValue).joined(separator: " ")),
            "iat": .int(Int(now.timeIntervalSince1970.rounded(.down))),
            "exp": .int(Int(expires.timeIntervalSince1970.rounded(.down))),
            "jti": .string(UUID().uuidString.lowercased()),
        ]
        let header: JSONValue = ["alg": "none", "typ": "JWT"]
        let nonce = Data((0..<32).map { _ in UInt8.random(in: 0...255) })
        // Encoding a JSONValue cannot fail.
        let parts = [(try? EmulatorJSON.encode(header)) ?? Data(), (try? EmulatorJSON.encode(claims)) ?? Data(), nonce]
        let token = parts.map(Self.base64URL).joined(separator: ".")
        tokens[token] = Token(userID: user.id, isRefresh: isRefresh, expires: expires)
        return token
    }

    /// `data` in unpadded base64url.
    private static func base64URL(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
