import DataMasque
import Foundation
import Hummingbird

extension EmulatorRoutes {
    /// Token login for any active user, and logout (djoser).
    func addAuthRoutes(to router: Router<Context>) {
        router.endpoint("/api/auth/token/login/", [.post: { request, _ in try await login(request) }])
        router.endpoint(
            "/api/auth/token/logout/",
            [
                .post: { request, _ in
                    let key = request.presentedTokenKey ?? ""
                    await state.transact { $0.tokens.revoke(key) }
                    return .noContent
                }
            ])
    }

    private func login(_ request: Request) async throws -> Response {
        let body = try await request.jsonObject()
        var errors: [String: [String]] = [:]
        var credentials: [String: String] = [:]
        for field in ["username", "password"] {
            switch body[field] {
            case nil: errors[field] = ["This field is required."]
            case .null?: errors[field] = ["This field may not be null."]
            case .string("")?: errors[field] = ["This field may not be blank."]
            case .string(let value)?: credentials[field] = value
            case let value?: credentials[field] = "\(value)"
            }
        }
        guard errors.isEmpty else { throw APIError.fields(errors) }
        let (username, password) = (credentials["username"] ?? "", credentials["password"] ?? "")
        let lifetime = configuration.tokenLifetime
        let issued = await state.transact { state in
            state.users.user(username: username, password: password).map {
                state.tokens.issue(userID: $0.id, now: Date(), lifetime: lifetime)
            }
        }
        guard let (key, token) = issued else {
            throw APIError.fields(["non_field_errors": ["Unable to log in with provided credentials."]])
        }
        return .json(
            [
                "id": .int(token.id),
                "key": .string(key),
                "client_ip": "127.0.0.1",
                "client_browser": "Other",
                "client_os": "Other",
                "client_device": "Other",
                "date_time_created": .string(token.created.timestamp),
                "date_time_expires": .string(token.expires.timestamp),
            ])
    }
}
