/// Caches the DataMasque API token and makes sure concurrent callers share one login.
///
/// However many tasks find the token missing or expired at the same moment,
/// only one login request goes out; the others wait for its result.
actor TokenCache {
    private var token: String?
    private var pendingLogin: Task<String, any Error>?
    private let obtainToken: @Sendable (ContinuousClock.Instant?) async throws -> String

    /// - Parameter obtainToken: Logs in, finishing by the deadline it is given, if any.
    init(obtainToken: @escaping @Sendable (ContinuousClock.Instant?) async throws -> String) {
        self.obtainToken = obtainToken
    }

    /// The cached token, logging in first when there is none.
    ///
    /// A login started here must finish by `deadline`;
    /// callers that join a login already under way wait for it.
    func current(deadline: ContinuousClock.Instant?) async throws -> String {
        if let token { return token }
        return try await refresh(replacing: nil, deadline: deadline)
    }

    /// A token other than `stale`: the one another caller just obtained, or a fresh one.
    func refresh(replacing stale: String?, deadline: ContinuousClock.Instant?) async throws -> String {
        if let token, token != stale { return token }
        if let pendingLogin { return try await pendingLogin.value }
        let login = Task { [obtainToken] in try await obtainToken(deadline) }
        pendingLogin = login
        defer { pendingLogin = nil }
        do {
            let fresh = try await login.value
            token = fresh
            return fresh
        } catch {
            token = nil
            throw error
        }
    }
}

extension TokenCache {
    /// A fresh token, replacing the cached one.
    func renew(deadline: ContinuousClock.Instant?) async throws -> String {
        try await refresh(replacing: token, deadline: deadline)
    }
}
