public import Foundation
import Hummingbird
import Logging
import NIOCore

/// A minimal loopback server that answers a login and replays one captured `GET /api/connections/` body from memory,
/// so listing from it measures the client's own share of the work.
public struct ReplayServer: Sendable {
    public let baseURL: URL
    let task: Task<Void, any Error>

    /// Starts serving `body` on `port` (`0` picks a free one).
    public static func start(body: Data, port: Int = 0) async throws -> ReplayServer {
        let captured = ByteBuffer(bytes: body)
        let login = ByteBuffer(string: #"{"key":"replay-token"}"#)
        let router = Router()
        router.post("/api/auth/token/login/") { _, _ in Self.json(login) }
        router.get("/api/connections/") { _, _ in Self.json(captured) }
        let (ports, bound) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { channel in
                bound.yield(channel.localAddress?.port ?? 0)
                bound.finish()
            },
            logger: Logger(label: "replay", factory: { _ in SwiftLogNoOpLogHandler() }))
        let task = Task {
            defer { bound.finish() }
            try await app.runService(gracefulShutdownSignals: [])
        }
        for await port in ports {
            return ReplayServer(baseURL: URL(string: "http://127.0.0.1:\(port)")!, task: task)
        }
        try await task.value
        throw BenchmarkError("the replay server did not start")
    }

    /// Serves until the task is cancelled.
    public func wait() async throws { try await task.value }

    public func stop() async {
        task.cancel()
        _ = await task.result
    }

    private static func json(_ body: ByteBuffer) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: body))
    }
}
