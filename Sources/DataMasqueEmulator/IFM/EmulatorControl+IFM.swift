extension EmulatorControl {
    /// Makes every issued in-flight masking access token expired,
    /// so the next IFM request gets `401` and the client must refresh;
    /// with `includingRefreshTokens`, refresh tokens expire too, so the client must log in again.
    ///
    /// ```swift
    /// await emulator.control.expireIFMTokens()                              // refresh path
    /// await emulator.control.expireIFMTokens(includingRefreshTokens: true)  // re-login path
    /// ```
    public func expireIFMTokens(includingRefreshTokens: Bool = false) async {
        await state.transact { $0.ifmTokens.expire(includingRefresh: includingRefreshTokens, now: $0.clock.now) }
    }

    /// How many JWT logins (`POST /api/auth/jwt/login/`) have succeeded.
    public var ifmLoginCount: Int {
        get async { await state.transact { $0.ifmTokens.loginCount } }
    }

    /// How many JWT refreshes (`POST /api/auth/jwt/refresh/`) have succeeded.
    public var ifmRefreshCount: Int {
        get async { await state.transact { $0.ifmTokens.refreshCount } }
    }
}
