import Foundation
import Logging

/// Logs each request and response: lines at `debug`, bodies at `trace`, secrets redacted.
struct LoggingMiddleware: DeadlineBoundedMiddleware {
    let logger: Logger

    func intercept(
        _ request: DataMasqueRequest,
        next: @Sendable (DataMasqueRequest) async throws -> DataMasqueResponse
    ) async throws -> DataMasqueResponse {
        guard logger.logLevel <= .debug else { return try await next(request) }
        var logger = logger
        logger[metadataKey: "datamasque.operation"] = "\(request.operation)"
        logger[metadataKey: "datamasque.request-id"] = "\(UUID().uuidString.prefix(8).lowercased())"
        logger.debug("→ \(request.summary)")
        if logger.logLevel <= .trace, case .data(let body, _) = request.body {
            logger.trace("request body: \(Self.describe(body))")
        }
        let started = ContinuousClock.now
        do {
            let response = try await next(request)
            let elapsed = ContinuousClock.now - started
            logger.debug("← \(response.status) \(request.summary) in \(elapsed)")
            if response.status >= 400 || logger.logLevel <= .trace {
                logger.log(
                    level: response.status >= 400 ? .debug : .trace,
                    "response body: \(Self.describe(response.body))")
            }
            return response
        } catch {
            logger.debug("✕ \(request.summary): \(error)")
            throw error
        }
    }

    /// A JSON body with secrets redacted, or only the size of anything else.
    private static func describe(_ body: Data) -> String {
        guard !body.isEmpty else { return "(empty)" }
        guard (try? WireJSON.decoder().decode(JSONValue.self, from: body)) != nil else {
            return "(\(body.count) bytes)"
        }
        return WireJSON.excerpt(of: body, limit: 2000)
    }
}
