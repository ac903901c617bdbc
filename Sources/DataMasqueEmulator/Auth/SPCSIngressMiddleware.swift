import DataMasque
import Foundation
import HTTPTypes
import Hummingbird

/// The Snowflake SPCS ingress gateway in front of DataMasque.
///
/// It requires `X-SF-SPCS-Authorization: Snowflake Token="<PAT>"` on every request,
/// answers rejections itself with `{"responseType", "requestId", "detail"}`,
/// removes its credentials before DataMasque sees the request,
/// and stamps its headers on every response.
struct SPCSIngressMiddleware<Context: RequestContext>: RouterMiddleware {
    let pat: String
    let state: EmulatorState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard !request.isControlRequest else { return try await next(request, context) }
        var response: Response
        if let rejection = await rejection(of: request) {
            response = rejection.response
        } else {
            response = try await next(Self.forwarded(request), context)
        }
        Self.stamp(&response)
        return response
    }

    private func rejection(of request: Request) async -> GatewayRejection? {
        guard let presented = Self.presentedToken(in: request) else { return .missingToken }
        guard presented == "Snowflake Token=\"\(pat)\"" else { return .invalidToken }
        return switch await state.transact({ $0.gatewayMode }) {
        case .accepting: nil
        case .expired: .expiredToken
        case .networkPolicy: .networkPolicy
        }
    }

    /// The gateway credential: the dedicated header, else a Snowflake token in `Authorization`.
    private static func presentedToken(in request: Request) -> String? {
        request.headers[.spcsAuthorization]
            ?? request.headers[.authorization].flatMap { isSnowflakeToken($0) ? $0 : nil }
    }

    private static func isSnowflakeToken(_ value: String) -> Bool {
        value.hasPrefix("Snowflake Token=")
    }

    /// `request` without the gateway's credentials, as DataMasque receives it.
    private static func forwarded(_ request: Request) -> Request {
        var head = request.head
        head.headerFields[.spcsAuthorization] = nil
        if let authorization = head.headerFields[.authorization], isSnowflakeToken(authorization) {
            head.headerFields[.authorization] = nil
        }
        return Request(head: head, body: request.body)
    }

    /// Adds the headers the gateway puts on every response and drops those it strips.
    private static func stamp(_ response: inout Response) {
        for name in ["X-Powered-By", "X-XSS-Protection", "Public-Key-Pins"] {
            response.headers[HTTPField.Name(name)!] = nil
        }
        response.headers[.server] = "_"
        response.headers.append(
            HTTPField(
                name: .setCookie,
                value: "sfc-ss-emulator=\(UUID().uuidString.lowercased()); Path=/; Secure; HttpOnly; SameSite=Lax"))
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        response.headers[.crossOriginResourcePolicy] = "same-origin"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Cross-Origin-Embedder-Policy")!] = "credentialless"
        response.headers[.contentSecurityPolicy] = "default-src 'self'; object-src 'none'; frame-ancestors 'none'"
    }
}

extension HTTPField.Name {
    /// `X-SF-SPCS-Authorization`, where the Snowflake gateway expects its token.
    static var spcsAuthorization: Self { Self("X-SF-SPCS-Authorization")! }
}
