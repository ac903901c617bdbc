import Foundation
import Hummingbird
import HummingbirdTLS
import HummingbirdTesting
import NIOSSL
import Testing

/// A loopback HTTPS server with the test-only self-signed certificate for `localhost` in `Tests/Certificates`.
///
/// It answers `GET /api/healthcheck/` with `200`, which is all a TLS check needs.
enum LoopbackTLSServer {
    /// Where the test-only certificate and key live.
    static let certificates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Certificates")

    /// Runs `body` with the base URL of a fresh server, `https://localhost:<port>`, and stops the server afterwards.
    static func run<Result: Sendable>(_ body: @escaping @Sendable (URL) async throws -> Result) async throws -> Result {
        let chain = try NIOSSLCertificate.fromPEMFile(certificates.appendingPathComponent("localhost.pem").path)
        let key = try NIOSSLPrivateKey(file: certificates.appendingPathComponent("localhost-key.pem").path, format: .pem)
        let tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        let router = Router()
        router.get("/api/healthcheck/") { _, _ in HTTPResponse.Status.ok }
        let app = Application(
            router: router,
            server: try .tls(.http1(), tlsConfiguration: tls),
            configuration: .init(address: .hostname("127.0.0.1", port: 0))
        )
        return try await app.test(.ahc(.https)) { client in
            let port = try #require(client.port)
            return try await body(try #require(URL(string: "https://localhost:\(port)")))
        }
    }
}
