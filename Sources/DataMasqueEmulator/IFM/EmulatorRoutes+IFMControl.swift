import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// The `/_emulator/ifm/` control endpoints documented on ``DataMasqueEmulator``.
    func addIFMControlRoutes(to router: Router<Context>) {
        let control = EmulatorControl(state: state)
        router.endpoint(
            "/_emulator/ifm/expire-tokens",
            [
                .post: { request, _ in
                    let body = try await request.jsonObject()
                    let includingRefresh: Bool
                    switch body["refresh_tokens"] {
                    case nil, .null?: includingRefresh = false
                    case .bool(let flag)?: includingRefresh = flag
                    case _?: throw APIError.fields(["refresh_tokens": ["refresh_tokens must be true or false."]])
                    }
                    await control.expireIFMTokens(includingRefreshTokens: includingRefresh)
                    return .noContent
                }
            ])
        router.endpoint(
            "/_emulator/ifm/status",
            [
                .get: { _, _ in
                    .json([
                        "login_count": .int(await control.ifmLoginCount),
                        "refresh_count": .int(await control.ifmRefreshCount),
                    ])
                }
            ])
    }
}
