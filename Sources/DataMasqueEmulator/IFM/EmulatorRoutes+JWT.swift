import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// JWT login and refresh on the admin host, for the in-flight masking service.
    func addJWTRoutes(to router: Router<Context>) {
        router.endpoint("/api/auth/jwt/login/", [.post: { request, _ in try await jwtLogin(request) }])
        router.endpoint("/api/auth/jwt/refresh/", [.post: { request, _ in try await jwtRefresh(request) }])
    }

    /// `200 {"access_token", "refresh_token", "token_type": "Bearer"}` for an active user's credentials.
    private func jwtLogin(_ request: Request) async throws -> Response {
        let body = try await request.jsonObject()
        let username = try Self.requiredString("username", in: body)
        let password = try Self.requiredString("password", in: body)
        let settings = configuration.inFlightMasking
        let tokens = await state.transact { state in
            state.users.user(username: username, password: password).map { user in
                state.ifmTokens.login(user, now: state.clock.now, settings: settings)
            }
        }
        guard let tokens else {
            throw IFMError.unauthorized("No active account found with the given credentials")
        }
        return .json([
            "access_token": .string(tokens.access), "refresh_token": .string(tokens.refresh),
            "token_type": "Bearer",
        ])
    }

    /// `200 {"access_token"}` for a valid refresh token of a user who is still active.
    private func jwtRefresh(_ request: Request) async throws -> Response {
        let token = try Self.requiredString("refresh", in: try await request.jsonObject())
        let settings = configuration.inFlightMasking
        let access = await state.transact { state -> String? in
            let now = state.clock.now
            guard case .success(let userID) = state.ifmTokens.holder(ofRefresh: token, now: now),
                let user = try? state.users.user(id: userID), user.isActive
            else { return nil }
            return state.ifmTokens.refresh(for: user, now: now, settings: settings)
        }
        guard let access else { throw IFMError.unauthorized("Token is invalid or expired") }
        return .json(["access_token": .string(access)])
    }

    /// The non-blank string under `field`.
    ///
    /// - Throws: ``APIError`` `400` with DRF's field error when it is missing, `null`, blank or not a string.
    private static func requiredString(_ field: String, in body: [String: JSONValue]) throws -> String {
        switch body[field] {
        case nil: throw APIError.fields([field: ["This field is required."]])
        case .null?: throw APIError.fields([field: ["This field may not be null."]])
        case .string("")?: throw APIError.fields([field: ["This field may not be blank."]])
        case .string(let value)?: return value
        case _?: throw APIError.fields([field: ["Not a valid string."]])
        }
    }
}
