import AsyncHTTPClient
import NIOCore
import NIOSSL

/// An HTTP client the DataMasque client created for itself, and therefore shuts down.
///
/// If the owner is dropped without ``shutdown()``, the client is shut down in the background,
/// so forgetting to call it leaks nothing and never crashes.
final class HTTPClientLease: Sendable {
    let httpClient: HTTPClient

    /// Creates an HTTP client that verifies TLS as asked, reports a refused connection at once,
    /// leaves redirects to ``RedirectMiddleware``, and gives up on a response silent for `idleTimeout`.
    init(verifyTLS: Bool, idleTimeout: Duration) {
        var tls = TLSConfiguration.makeClientConfiguration()
        if !verifyTLS { tls.certificateVerification = .none }
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls,
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(10), read: TimeAmount(idleTimeout))
        )
        configuration.connectionPool.retryConnectionEstablishment = false
        httpClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    func shutdown() async throws {
        try await httpClient.shutdown()
    }

    deinit {
        let httpClient = httpClient
        Task { try? await httpClient.shutdown() }
    }
}
