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

/// A chain of middlewares ending in a transport.
struct Pipeline: Sendable {
    let middlewares: [any DataMasqueMiddleware]
    let transport: any DataMasqueTransport
    let timeout: DataMasqueClient.Configuration.Timeout
    /// A deadline for every call, replacing ``timeout``, as ``DataMasqueClient/with(timeout:logger:)`` sets.
    var callTimeout: Duration?

    /// Sends `request` through every step, with a deadline set now unless it has one,
    /// and throws ``DataMasqueError/Code/timeout`` when the deadline passes first.
    func send(_ request: DataMasqueRequest) async throws -> DataMasqueResponse {
        var request = request
        let deadline = request.deadline ?? deadline(for: request)
        request.deadline = deadline
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
