import Foundation
import Hummingbird

/// DataMasque's token authentication (DRF `TokenAuthentication`) for every `/api/` path
/// except the anonymous ones.
///
/// A request without a usable `Authorization: Token <key>` gets `401` with a DRF body
/// and `WWW-Authenticate: Token`, never `403`;
/// a signed-in user whose roles do not allow the request gets `403` (see ``AccessPolicy``).
struct TokenAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Paths served without a token.
    static var anonymousPaths: Set<String> {
        [
            "/api/healthcheck/", "/api/app/check/", "/api/users/admin-install/",
            "/api/auth/token/login/", "/api/auth/jwt/login/", "/api/auth/jwt/refresh/",
        ]
    }

    let state: EmulatorState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let path = request.uri.path
        if path.hasPrefix("/api/"), !Self.anonymousPaths.contains(path) {
            let userID = try await authenticate(request.headers[.authorization])
            if AccessPolicy.isAdminOnly(request.method, path: path),
                await state.transact({ (try? $0.users.user(id: userID))?.isAdmin }) != true
            {
                throw AccessPolicy.forbidden
            }
        }
        return try await next(request, context)
    }

    /// The id of the user whose token `header` presents.
    private func authenticate(_ header: String?) async throws -> Int {
        let words = (header ?? "").split(whereSeparator: \.isWhitespace)
        guard let scheme = words.first, scheme.lowercased() == "token" else {
            throw APIError.unauthorized("Authentication credentials were not provided.")
        }
        guard words.count == 2 else {
            throw APIError.unauthorized(
                words.count == 1
                    ? "Invalid token header. No credentials provided."
                    : "Invalid token header. Token string should not contain spaces.")
        }
        let key = String(words[1])
        switch await state.transact({ $0.tokens.validity(of: key, now: Date()) }) {
        case .valid(let userID): return userID
        case .unknown: throw APIError.unauthorized("Invalid token.")
        case .expired: throw APIError.unauthorized("Token is invalid or expired.")
        }
    }
}
