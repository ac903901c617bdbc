/// Caches the DataMasque API token and makes sure concurrent callers share one login.
///
/// However many tasks find the token missing or expired at the same moment,
/// only one login request goes out; the others wait for its result.
actor TokenStore {
    private var token: String?
    private var pendingLogin: Task<String, any Error>?
    private let obtainToken: @Sendable () async throws -> String

    init(obtainToken: @escaping @Sendable () async throws -> String) {
        self.obtainToken = obtainToken
    }

    /// The cached token, logging in first when there is none.
    func current() async throws -> String {
        if let token { return token }
        return try await refresh(replacing: nil)
    }

    /// A token other than `stale`: the one another caller just obtained, or a fresh one.
    func refresh(replacing stale: String?) async throws -> String {
        if let token, token != stale { return token }
        if let pendingLogin { return try await pendingLogin.value }
        let login = Task { try await obtainToken() }
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

extension TokenStore {
    /// A fresh token, replacing the cached one.
    func renew() async throws -> String {
        try await refresh(replacing: token)
    }
}
