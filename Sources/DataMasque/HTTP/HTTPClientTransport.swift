public import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// The default transport: AsyncHTTPClient, with one connection pool per client.
public struct HTTPClientTransport: DataMasqueTransport {
    /// The HTTP client that sends the requests.
    public let httpClient: HTTPClient
    /// The largest response body held in memory; larger ones fail with a transport error.
    public var maxBodySize: Int

    public init(httpClient: HTTPClient, maxBodySize: Int = 512 * 1024 * 1024) {
        self.httpClient = httpClient
        self.maxBodySize = maxBodySize
    }

    /// Sends `request`, and fails when the whole response, body included, has not arrived within `timeout`.
    ///
    /// - Throws: ``DataMasqueError``: ``DataMasqueError/Code/timeout`` when time runs out,
    ///   ``DataMasqueError/Code/transport`` when the connection fails,
    ///   ``DataMasqueError/Code/unexpectedResponse`` when the body is larger than ``maxBodySize``.
    public func send(_ request: DataMasqueRequest, timeout: Duration) async throws -> DataMasqueResponse {
        let limit = min(max(timeout, .zero), DataMasqueClient.Configuration.Timeout.longest)
        let deadline = ContinuousClock.now + limit
        do {
            if !request.isTransfer {
                return try await exchangeInMemory(request, deadline: NIODeadline.now() + TimeAmount(limit))
            }
            return try await withDeadline(deadline, for: request) { [self] in
                try await exchange(request, deadline: NIODeadline.now() + TimeAmount(limit))
            }
        } catch let error as DataMasqueError {
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch let error as HTTPClientError where error == .cancelled && Task.isCancelled {
            throw CancellationError()
        } catch is NIOTooManyBytesError, is ResponseAccumulator.ResponseTooBigError {
            throw DataMasqueError(
                code: .unexpectedResponse,
                message: "The response to \(request.summary) is larger than the \(Self.describe(bytes: maxBodySize)) "
                    + "the client holds in memory; the transfer was stopped.",
                request: request.summary)
        } catch {
            throw Self.transportError(error, request: request)
        }
    }

    /// Sends a request whose body and response are held in memory.
    ///
    /// AsyncHTTPClient's deadline covers the whole exchange here, response body included,
    /// so the call runs in the caller's task, with no task of its own to time it.
    private func exchangeInMemory(_ request: DataMasqueRequest, deadline: NIODeadline) async throws -> DataMasqueResponse {
        var headers = request.headers
        var body: HTTPClient.Body?
        if case .data(let data, let contentType) = request.body {
            headers.replaceOrAdd(name: "Content-Type", value: contentType)
            body = .byteBuffer(ByteBuffer(data: data))
        }
        let clientRequest = try HTTPClient.Request(
            url: request.url, method: request.method, headers: headers, body: body, tlsConfiguration: nil)
        let task = httpClient.execute(
            request: clientRequest, delegate: ResponseAccumulator(request: clientRequest, maxBodySize: maxBodySize),
            deadline: deadline)
        let response = try await withTaskCancellationHandler {
            try await task.futureResult.get()
        } onCancel: {
            task.cancel()
        }
        return DataMasqueResponse(
            status: Int(response.status.code), headers: response.headers, body: response.body.map { Data(buffer: $0) } ?? Data())
    }

    private func exchange(_ request: DataMasqueRequest, deadline: NIODeadline) async throws -> DataMasqueResponse {
        let response = try await httpClient.execute(makeClientRequest(request), deadline: deadline)
        let status = Int(response.status.code)
        if let destination = request.downloadDestination, (200..<300).contains(status) {
            try await DownloadFile.write(response.body, to: destination)
            return DataMasqueResponse(status: status, headers: response.headers)
        }
        let body = try await response.body.collect(upTo: maxBodySize)
        try Task.checkCancellation()
        return DataMasqueResponse(status: status, headers: response.headers, body: Data(buffer: body))
    }

    /// The error for a call whose deadline passed.
    static func deadlineError(for request: DataMasqueRequest) -> DataMasqueError {
        DataMasqueError(
            code: .timeout,
            message: "\(request.summary) did not complete before its deadline.",
            request: request.summary)
    }

    private func makeClientRequest(_ request: DataMasqueRequest) -> HTTPClientRequest {
        var clientRequest = HTTPClientRequest(url: request.url.absoluteString)
        clientRequest.method = request.method
        clientRequest.headers = request.headers
        switch request.body {
        case .empty:
            break
        case .data(let data, let contentType):
            clientRequest.headers.replaceOrAdd(name: "Content-Type", value: contentType)
            clientRequest.body = .bytes(ByteBuffer(data: data))
        case .stream(let length, let contentType, let makeChunks):
            clientRequest.headers.replaceOrAdd(name: "Content-Type", value: contentType)
            let chunks = ChunkSequence(makeChunks: makeChunks)
            clientRequest.body = .stream(chunks, length: length.map { .known(Int64($0)) } ?? .unknown)
        }
        return clientRequest
    }

    static func transportError(_ error: any Error, request: DataMasqueRequest) -> DataMasqueError {
        let clientError = error as? HTTPClientError
        if clientError == .deadlineExceeded { return deadlineError(for: request) }
        let timedOut = clientError.map {
            [.readTimeout, .connectTimeout, .writeTimeout].contains($0)
        } ?? false
        let target = "\(request.method.rawValue) \(Origin(request.url).map(\.description) ?? "")\(request.summary.path)"
        let why = clientError == .readTimeout ? "the server stopped sending" : "no response in time"
        return DataMasqueError(
            code: timedOut ? .timeout : .transport,
            message: timedOut
                ? "\(target) timed out: \(why)."
                : "\(target) failed before a response arrived: \(error)",
            request: request.summary,
            underlyingError: error
        )
    }

    /// `bytes` in MiB when a whole number of them, else in bytes.
    private static func describe(bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MiB" : "\(bytes) bytes"
    }
}

/// Adapts a request body's chunk factory to the byte buffers AsyncHTTPClient streams.
private struct ChunkSequence: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let makeChunks: @Sendable () throws -> AsyncThrowingStream<Data, any Error>

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: AsyncThrowingStream<Data, any Error>.AsyncIterator?
        let failure: (any Error)?

        mutating func next() async throws -> ByteBuffer? {
            if let failure { throw failure }
            guard let chunk = try await base?.next() else { return nil }
            return ByteBuffer(data: chunk)
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        do {
            return AsyncIterator(base: try makeChunks().makeAsyncIterator(), failure: nil)
        } catch {
            return AsyncIterator(base: nil, failure: error)
        }
    }
}
