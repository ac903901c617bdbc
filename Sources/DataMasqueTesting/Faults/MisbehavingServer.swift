public import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// A loopback HTTP server that answers as a test tells it, misbehaving on purpose.
///
/// ``withMisbehavingServer(_:_:)`` starts one;
/// each request is answered by the closure given there, and recorded in ``requests``.
public struct MisbehavingServer: Sendable {
    /// The address to send requests to, such as `http://127.0.0.1:54321`.
    public let baseURL: URL
    let log: Log

    /// Every request received so far, oldest first.
    public var requests: [MisbehavingRequest] {
        get async { await log.requests }
    }

    /// The requests received, and whether the server is stopping, which ends stalls and drips.
    actor Log {
        var requests: [MisbehavingRequest] = []
        var isStopping = false

        func record(_ request: MisbehavingRequest) { requests.append(request) }
        func stop() { isStopping = true }
    }
}

/// Runs `body` with a loopback server that answers every request with `respond`,
/// and stops the server afterwards, even when `body` throws.
///
/// ```swift
/// try await withMisbehavingServer({ _ in .stallAfterHeaders() }) { server in
///     let client = DataMasqueClient(configuration: try .init(baseURL: server.baseURL, credential: .token("t")))
///     // expect a timeout
/// }
/// ```
///
/// - Throws: When the server cannot start, or what `body` throws.
public func withMisbehavingServer<Result: Sendable>(
    _ respond: @escaping @Sendable (MisbehavingRequest) async -> MisbehavingResponse,
    _ body: (MisbehavingServer) async throws -> Result
) async throws -> Result {
    let log = MisbehavingServer.Log()
    let responder = CallbackResponder<BasicRequestContext> { request, _ in
        let received = MisbehavingRequest(
            method: request.method.rawValue, path: request.uri.path, query: request.uri.query,
            origin: "http://" + (request.head.authority ?? "127.0.0.1"),
            headers: request.headers.map { ($0.name.canonicalName, $0.value) })
        await log.record(received)
        return makeResponse(await respond(received), log: log)
    }
    let (ports, bound) = AsyncStream.makeStream(of: Int.self)
    let application = Application(
        responder: responder,
        configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in
            bound.yield(channel.localAddress?.port ?? 0)
            bound.finish()
        },
        logger: Logger(label: "misbehaving-server", factory: { _ in SwiftLogNoOpLogHandler() })
    )
    let task = Task {
        defer { bound.finish() }
        try await application.runService()
    }
    var port: Int?
    for await bound in ports { port = bound }
    guard let port, port > 0, let baseURL = URL(string: "http://127.0.0.1:\(port)") else {
        task.cancel()
        try await task.value
        throw CancellationError()
    }
    let server = MisbehavingServer(baseURL: baseURL, log: log)
    let result: Result
    do {
        result = try await body(server)
    } catch {
        await log.stop()
        task.cancel()
        _ = await task.result
        throw error
    }
    await log.stop()
    task.cancel()
    _ = await task.result
    return result
}

/// Turns a planned answer into a Hummingbird response.
private func makeResponse(_ planned: MisbehavingResponse, log: MisbehavingServer.Log) -> Response {
    var fields = HTTPFields()
    for (name, value) in planned.headers {
        if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
    }
    let status = HTTPResponse.Status(code: planned.status)
    switch planned.body {
    case .complete(let data):
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    case .stall:
        return Response(
            status: status, headers: fields,
            body: ResponseBody { writer in
                while !(await log.isStopping) { try await Task.sleep(for: .milliseconds(50)) }
                try await writer.finish(nil)
            })
    case .drip(let interval):
        return Response(
            status: status, headers: fields,
            body: ResponseBody { writer in
                while !(await log.isStopping) {
                    try await writer.write(ByteBuffer(string: " "))
                    try await Task.sleep(for: interval)
                }
                try await writer.finish(nil)
            })
    case .cutOff(let data, let declaredLength):
        return Response(
            status: status, headers: fields,
            body: ResponseBody(contentLength: declaredLength) { writer in
                try await writer.write(ByteBuffer(bytes: data))
                throw CancellationError()
            })
    }
}
