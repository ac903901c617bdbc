import Foundation
import NIOHTTP1

/// Follows redirects within the configured origin, and refuses any to another origin,
/// so the token and the SPCS PAT never leave it.
///
/// A `303`, or a `301` or `302` after a `POST`, continues with a `GET` without a body;
/// other redirects repeat the request as it was.
struct RedirectMiddleware: DeadlineBoundedMiddleware {
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]
    static let maxRedirects = 5

    func intercept(
        _ request: DataMasqueRequest,
        next: @Sendable (DataMasqueRequest) async throws -> DataMasqueResponse
    ) async throws -> DataMasqueResponse {
        var request = request
        var redirects = 0
        while true {
            let response = try await next(request)
            guard Self.redirectStatuses.contains(response.status), let location = response.header("Location") else {
                return response
            }
            guard let target = URL(string: location, relativeTo: request.url)?.absoluteURL,
                let from = Origin(request.url), let to = Origin(target)
            else {
                throw DataMasqueError(
                    code: .unexpectedResponse,
                    message: "\(request.summary) was redirected (HTTP \(response.status)) to an unusable location.",
                    request: request.summary, response: response)
            }
            guard from == to else {
                throw DataMasqueError(
                    code: .redirectRefused,
                    message: "\(request.summary) was redirected (HTTP \(response.status)) from \(from) to \(to); "
                        + "the client follows redirects only within the configured origin, "
                        + "so credentials are never sent elsewhere. Configure the base URL of the new origin instead.",
                    request: request.summary, response: response)
            }
            redirects += 1
            guard redirects <= Self.maxRedirects else {
                throw DataMasqueError(
                    code: .unexpectedResponse,
                    message: "\(request.summary) was redirected more than \(Self.maxRedirects) times.",
                    request: request.summary, response: response)
            }
            request.url = target
            if response.status == 303 || (request.method == .POST && [301, 302].contains(response.status)) {
                request.method = .GET
                request.body = .empty
            }
        }
    }
}
