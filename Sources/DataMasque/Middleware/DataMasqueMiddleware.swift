/// A step that every request passes through on its way to the transport.
///
/// A middleware may change the request, inspect or replace the response,
/// or throw instead of calling `next`.
/// Middlewares given in ``DataMasqueClient/init(configuration:httpClient:middlewares:)``
/// run first, before retries, authentication and logging.
public protocol DataMasqueMiddleware: Sendable {
    /// Handles `request`, usually by calling `next` with it.
    func intercept(
        _ request: DataMasqueRequest,
        next: @Sendable (DataMasqueRequest) async throws -> DataMasqueResponse
    ) async throws -> DataMasqueResponse
}

/// A middleware whose own waits, apart from `next`, all end by the request's deadline.
///
/// The package's own steps are; a pipeline made only of them over ``HTTPClientTransport``,
/// whose exchanges end by the deadline too, runs each call in the caller's task with no timer of its own.
protocol DeadlineBoundedMiddleware: DataMasqueMiddleware {}

/// A chain of middlewares ending in a transport.
struct Pipeline: Sendable {
    let middlewares: [any DataMasqueMiddleware]
    let transport: any DataMasqueTransport
    let timeout: DataMasqueClient.Configuration.Timeout
    /// A deadline for every call, replacing ``timeout``, as ``DataMasqueClient/with(timeout:logger:)`` sets.
    var callTimeout: Duration?
    /// Whether every step ends its waits by the deadline, so no timer needs to race the call.
    private let boundsEveryWait: Bool

    init(
        middlewares: [any DataMasqueMiddleware], transport: any DataMasqueTransport,
        timeout: DataMasqueClient.Configuration.Timeout, callTimeout: Duration? = nil
    ) {
        self.middlewares = middlewares
        self.transport = transport
        self.timeout = timeout
        self.callTimeout = callTimeout
        boundsEveryWait = transport is HTTPClientTransport && middlewares.allSatisfy { $0 is any DeadlineBoundedMiddleware }
    }

    /// Sends `request` through every step, with a deadline set now unless it has one,
    /// and throws ``DataMasqueError/Code/timeout`` when the deadline passes first.
    ///
    /// A caller's middleware or transport, which may wait on anything, runs in a task raced by a timer.
    func send(_ request: DataMasqueRequest) async throws -> DataMasqueResponse {
        var request = request
        let deadline = request.deadline ?? deadline(for: request)
        request.deadline = deadline
        if boundsEveryWait { return try await send(request, from: middlewares[...]) }
        return try await withDeadline(deadline, for: request) { [self, request] in
            try await send(request, from: middlewares[...])
        }
    }

    /// The deadline of a call starting now with `request`, or of an ordinary call.
    func deadline(for request: DataMasqueRequest?) -> ContinuousClock.Instant {
        let limit = callTimeout ?? (request?.isTransfer == true ? timeout.transfer : timeout.request)
        return .now + min(limit, DataMasqueClient.Configuration.Timeout.longest)
    }

    private func send(
        _ request: DataMasqueRequest,
        from remaining: ArraySlice<any DataMasqueMiddleware>
    ) async throws -> DataMasqueResponse {
        guard let first = remaining.first else {
            let left = (request.deadline ?? .now) - .now
            guard left > .zero else { throw HTTPClientTransport.deadlineError(for: request) }
            return try await transport.send(request, timeout: left)
        }
        let rest = remaining.dropFirst()
        return try await first.intercept(request) { try await self.send($0, from: rest) }
    }
}
