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
    let timeout: Duration

    func send(_ request: DataMasqueRequest) async throws -> DataMasqueResponse {
        try await send(request, from: middlewares[...])
    }

    private func send(
        _ request: DataMasqueRequest,
        from remaining: ArraySlice<any DataMasqueMiddleware>
    ) async throws -> DataMasqueResponse {
        guard let first = remaining.first else {
            return try await transport.send(request, timeout: timeout)
        }
        let rest = remaining.dropFirst()
        return try await first.intercept(request) { try await self.send($0, from: rest) }
    }
}
