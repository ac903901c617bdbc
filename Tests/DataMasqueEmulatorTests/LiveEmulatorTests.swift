import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

@Suite struct LiveEmulatorTests {
    @Test func startReportsTheBoundPortAndStopCloses() async throws {
        let emulator = DataMasqueEmulator(configuration: EmulatorConfiguration(port: 0))
        let url = try await emulator.start()
        let port = try #require(url.port)
        #expect(url.host == "127.0.0.1" && port > 0)
        #expect(await emulator.baseURL == url)
        #expect(try await emulator.start() == url)

        let response = try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
            try await client.get("/api/healthcheck/")
        }
        #expect(response.status == .ok)

        await emulator.stop()
        #expect(await emulator.baseURL == nil)
        await #expect(throws: (any Error).self) {
            try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
                try await client.get("/api/healthcheck/")
            }
        }
    }

    @Test func runServesUntilItsTaskIsCancelled() async throws {
        let emulator = DataMasqueEmulator(configuration: EmulatorConfiguration(port: 0))
        let (urls, started) = AsyncStream.makeStream(of: URL.self)
        let running = Task { try await emulator.run { url in started.yield(url) } }
        var iterator = urls.makeAsyncIterator()
        let port = try #require(await iterator.next()?.port)
        let response = try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
            try await client.get("/api/app/check/")
        }
        #expect(response.status == .ok)
        running.cancel()
        try await running.value
    }

    @Test func aTakenPortFailsToStart() async throws {
        let first = DataMasqueEmulator(configuration: EmulatorConfiguration(port: 0))
        let url = try await first.start()
        let second = DataMasqueEmulator(configuration: EmulatorConfiguration(port: try #require(url.port)))
        await #expect(throws: (any Error).self) { try await second.start() }
        await first.stop()
    }

    @Test func paginationLinksPointBackAtTheLiveServer() async throws {
        let state = EmulatorState(configuration: EmulatorConfiguration(port: 0))
        let router = buildRouter(configuration: state.configuration, state: state)
        router.get("/page/") { request, _ in Response.json(Pagination(request).page([1, 2, 3])) }
        try await Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0))).test(
            .live
        ) {
            client in
            let port = try #require(client.port)
            let response = try await TestClient.withClient(host: "127.0.0.1", port: port) { direct in
                try await direct.execute(.init("/page/?limit=1", method: .get, authority: "127.0.0.1:\(port)"))
            }
            let next = try JSONDecoder().decode(
                JSONValue.self, from: Data(try #require(response.body).readableBytesView))["next"]
            #expect(next == .string("http://127.0.0.1:\(port)/page/?limit=1&offset=1"))
        }
    }
}
