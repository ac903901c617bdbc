import AsyncHTTPClient
import NIOCore
import NIOSSL

/// An HTTP client the DataMasque client created for itself, and therefore shuts down.
///
/// If the owner is dropped without ``shutdown()``, the client is shut down in the background,
/// so forgetting to call it leaks nothing and never crashes.
final class HTTPClientLease: Sendable {
    let httpClient: HTTPClient

    init(verifyTLS: Bool, connectTimeout: Duration) {
        var tls = TLSConfiguration.makeClientConfiguration()
        if !verifyTLS { tls.certificateVerification = .none }
        let configuration = HTTPClient.Configuration(
            tlsConfiguration: tls,
            redirectConfiguration: .follow(max: 5, allowCycles: false),
            timeout: .init(connect: TimeAmount(connectTimeout))
        )
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
