extension EmulatorConfiguration {
    /// How the emulator's in-flight masking (IFM) service issues tokens, names plans and seeds masks.
    ///
    /// ```swift
    /// var configuration = EmulatorConfiguration(port: 0)
    /// configuration.inFlightMasking.accessTokenLifetime = .seconds(30)
    /// configuration.inFlightMasking.nameSeed = 42   // the same plan-name suffixes on every start
    /// ```
    public struct InFlightMasking: Sendable, Hashable {
        /// How long an access token from `POST /api/auth/jwt/login/` or `/api/auth/jwt/refresh/` stays valid,
        /// on the emulator clock.
        public var accessTokenLifetime: Duration
        /// How long a refresh token stays valid, on the emulator clock.
        public var refreshTokenLifetime: Duration
        /// The seed of the random 6-character suffixes of plan names,
        /// or `nil` for suffixes that differ on every start.
        ///
        /// With a seed, the n-th plan created after a start or reset gets the same suffix every time.
        public var nameSeed: UInt64?
        /// The instance secret that seeds masks when a mask request has no `run_secret`.
        ///
        /// Keep the default for output that is the same on every emulator.
        public var instanceSecret: String

        /// Creates the settings; see the properties for what each one does.
        public init(
            accessTokenLifetime: Duration = .seconds(15 * 60),
            refreshTokenLifetime: Duration = .seconds(24 * 60 * 60),
            nameSeed: UInt64? = nil,
            instanceSecret: String = "datamasque-emulator-instance-secret"
        ) {
            self.accessTokenLifetime = accessTokenLifetime
            self.refreshTokenLifetime = refreshTokenLifetime
            self.nameSeed = nameSeed
            self.instanceSecret = instanceSecret
        }
    }
}
