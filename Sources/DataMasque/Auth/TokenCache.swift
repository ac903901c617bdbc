/// Caches the tokens of a login and makes sure concurrent callers share one login.
///
/// However many tasks find the token missing or expired at the same moment,
/// only one login request goes out; the others wait for its result.
actor TokenCache {
    /// Obtains tokens, finishing by the deadline it is given, if any.
    ///
    /// It gets the tokens the server just rejected, which may hold a refresh token,
    /// or `nil` for a login from scratch.
    typealias ObtainTokens = @Sendable (_ rejected: SessionTokens?, _ deadline: ContinuousClock.Instant?) async throws -> SessionTokens

    private var tokens: SessionTokens?
    private var pendingLogin: Task<SessionTokens, any Error>?
    private let obtainTokens: ObtainTokens

    init(obtainTokens: @escaping ObtainTokens) {
        self.obtainTokens = obtainTokens
    }

    /// The cached token, logging in first when there is none.
    ///
    /// A login started here must finish by `deadline`;
    /// callers that join a login already under way wait for it.
    func current(deadline: ContinuousClock.Instant?) async throws -> String {
        if let tokens { return tokens.access }
        return try await obtain(after: nil, deadline: deadline)
    }

    /// A token other than `stale`: the one another caller just obtained, or a fresh one.
    func refresh(replacing stale: String?, deadline: ContinuousClock.Instant?) async throws -> String {
        if let tokens, tokens.access != stale { return tokens.access }
        return try await obtain(after: stale == nil ? nil : tokens, deadline: deadline)
    }

    /// A fresh token from a login from scratch, replacing the cached one.
    func renew(deadline: ContinuousClock.Instant?) async throws -> String {
        try await obtain(after: nil, deadline: deadline)
    }

    /// Joins the login under way, or starts one given the `rejected` tokens.
    ///
    /// Each caller waits no later than its own deadline,
    /// even for a login another caller started or a token provider that never answers;
    /// a login that outlives the caller who started it is then abandoned, and the next caller starts afresh.
    private func obtain(after rejected: SessionTokens?, deadline: ContinuousClock.Instant?) async throws -> String {
        if let pendingLogin { return try await pendingLogin.value(by: deadline, timeoutError: Self.timeoutError).access }
        let login = Task { [obtainTokens] in try await obtainTokens(rejected, deadline) }
        pendingLogin = login
        defer { pendingLogin = nil }
        do {
            let fresh = try await login.value(by: deadline, timeoutError: Self.timeoutError)
            tokens = fresh
            return fresh.access
        } catch {
            tokens = nil
            throw error
        }
    }

    private static func timeoutError() -> any Error {
        DataMasqueError(code: .timeout, message: "Logging in did not complete before the call's deadline.")
    }
}
