import DataMasque
import HTTPTypes
import Hummingbird

/// Answers for DataMasque while it is starting up or a fault is planned.
///
/// Start-up and `5xx` faults answer with nginx's HTML error page;
/// a `429` answers with DRF's throttling body.
struct FaultInjectionMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: EmulatorState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard !request.isControlRequest else { return try await next(request, context) }
        let path = request.uri.path
        switch await state.transact({ $0.faults.next(for: path, now: .now) }) {
        case nil:
            return try await next(request, context)
        case .startingUp:
            return .html(status: .badGateway)
        case .fault(let fault):
            if let latency = fault.latency { try await Task.sleep(for: latency) }
            guard let code = fault.status else { return try await next(request, context) }
            let status = EmulatorFault.statusRange.contains(code) ? HTTPResponse.Status(code: code) : .internalServerError
            return Self.response(status: status, retryAfter: fault.retryAfter)
        }
    }

    private static func response(status: HTTPResponse.Status, retryAfter: Int?) -> Response {
        var headers: HTTPFields = [:]
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        guard status == .tooManyRequests else { return .html(status: status, headers: headers) }
        let wait = retryAfter.map { " Expected available in \($0) second\($0 == 1 ? "" : "s")." } ?? ""
        return .json(["detail": .string("Request was throttled.\(wait)")], status: status, headers: headers)
    }
}
