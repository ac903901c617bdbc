/// How the simulated Snowflake SPCS gateway treats a request that carries the right PAT.
///
/// The gateway exists only when ``EmulatorConfiguration/spcsPAT`` is set.
/// A missing or wrong PAT is always rejected.
public enum SPCSGatewayMode: String, Sendable, Hashable, CaseIterable, Codable {
    /// Requests with the right PAT reach DataMasque.
    case accepting
    /// Every request gets `401` with `ERROR_EXPIRED_TOKEN`, as if the PAT had expired.
    case expired
    /// Every request gets `403` with `ERROR_NETWORK_POLICY`,
    /// as if the caller's address failed the PAT user's network policy.
    case networkPolicy = "network_policy"
}
