import AsyncHTTPClient
import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import NIOSSL
import Testing

@Suite("Transport and server faults over loopback")
struct TransportIntegrationTests {
    @Test("502 while starting up is not-ready, then the server serves")
    func startingUp() async throws {
        try await withEmulator { emulator in
            await emulator.control.setStartingUp(.requests(1))
            try await withDataMasqueClient(try emulator.clientConfiguration(retryPolicy: .none)) { client in
                let error = await #expect(throws: DataMasqueError.self) { try await client.healthcheck() }
                #expect(error?.code == .notReady)
                try await client.healthcheck()
            }
        }
    }

    @Test("with retries on, a GET rides out a short start-up phase")
    func retriedStartUp() async throws {
        try await withEmulator { emulator in
            await emulator.control.setStartingUp(.requests(2))
            let policy = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10))
            try await withDataMasqueClient(try emulator.clientConfiguration(retryPolicy: policy)) { client in
                try await client.healthcheck()
            }
        }
    }

    @Test("a 503 with Retry-After is retried after the given wait")
    func retryAfter() async throws {
        try await withEmulator { emulator in
            await emulator.control.injectFault(EmulatorFault(path: "/api/healthcheck/", status: 503, count: 1, retryAfter: 1))
            let started = ContinuousClock.now
            try await withDataMasqueClient(try emulator.clientConfiguration()) { client in
                try await client.healthcheck()
            }
            #expect(ContinuousClock.now - started >= .seconds(1))
        }
    }

    @Test("nothing listening is a transport error naming the URL, within the timeout")
    func connectionRefused() async throws {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: "http://127.0.0.1:9", username: "admin", password: "x", timeout: .init(request: .seconds(60)),
            retryPolicy: .none)
        try await withDataMasqueClient(configuration) { client in
            let error = await #expect(throws: DataMasqueError.self) { try await client.healthcheck() }
            #expect(error?.code == .transport)
            #expect(error?.message.contains("127.0.0.1:9") == true)
            #expect(error?.underlyingError != nil)
        }
    }

    @Test("a slow server is a timeout, bounded by the configured wait")
    func timeout() async throws {
        try await withEmulator { emulator in
            // The server would answer after 30 s; the client gives up after 0.3 s, well before, even on a loaded machine.
            await emulator.control.injectFault(EmulatorFault(path: "/api/healthcheck/", status: nil, latency: .seconds(30)))
            let started = ContinuousClock.now
            try await withDataMasqueClient(try emulator.clientConfiguration(timeout: .milliseconds(300), retryPolicy: .none)) { client in
                let error = await #expect(throws: DataMasqueError.self) { try await client.healthcheck() }
                #expect(error?.code == .timeout)
            }
            #expect(ContinuousClock.now - started < .seconds(10))
        }
    }

    @Test("verification on refuses a self-signed certificate with a transport error that says so")
    func tlsOn() async throws {
        try await LoopbackTLSServer.run { baseURL in
            let configuration = try DataMasqueClient.Configuration(
                baseURL: baseURL, credential: .password(username: "admin", password: "x"),
                timeout: .init(request: .seconds(30)), retryPolicy: .none)
            try await withDataMasqueClient(configuration) { client in
                let error = await #expect(throws: DataMasqueError.self) { try await client.healthcheck() }
                #expect(error?.code == .transport)
                #expect(error?.underlyingError is NIOSSLError)
                #expect(error?.message.contains("CERTIFICATE_VERIFY_FAILED") == true)
            }
        }
    }

    @Test("verification off accepts the same self-signed certificate, on a client of its own")
    func tlsOff() async throws {
        try await LoopbackTLSServer.run { baseURL in
            let configuration = try DataMasqueClient.Configuration(
                baseURL: baseURL, credential: .password(username: "admin", password: "x"), verifyTLS: false,
                timeout: .init(request: .seconds(30)), retryPolicy: .none)
            try await withDataMasqueClient(configuration) { client in try await client.healthcheck() }
        }
    }

    @Test("downloads stream into a file that appears whole; a failed one leaves nothing")
    func download() async throws {
        try await withEmulator { emulator in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            try await emulator.withClient { client in
                let target = directory.appendingPathComponent("connections.json")
                try await client.download("/api/connections/", to: target)
                #expect(try String(contentsOf: target, encoding: .utf8) == "[]")
                await #expect(throws: DataMasqueError.self) {
                    try await client.download("/api/no-such-thing/", to: directory.appendingPathComponent("missing.json"))
                }
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["connections.json"])
        }
    }

    @Test("an injected HTTP client is used and left running")
    func injectedHTTPClient() async throws {
        try await withEmulator { emulator in
            let client = DataMasqueClient(configuration: try emulator.clientConfiguration(), httpClient: .shared)
            try await client.healthcheck()
            try await client.shutdown()
            try await client.healthcheck()
        }
    }
}
