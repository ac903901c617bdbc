import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Records every request except control ones, with secrets redacted,
/// in memory and in the request log.
///
/// It reads a JSON or form body once, for the record and the handlers alike,
/// and answers `413` itself when that body is larger than ``maximumBodySize``.
struct RequestRecorderMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Headers whose values are never recorded.
    static var secretHeaders: Set<HTTPField.Name> {
        [.authorization, .proxyAuthorization, .cookie, .spcsAuthorization]
    }

    let state: EmulatorState
    /// The largest JSON or form body it reads.
    var maximumBodySize = Request.maximumBodySize

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard !request.isControlRequest else { return try await next(request, context) }
        var request = request
        let date = Date()
        var body: JSONValue?
        let response: Response
        do {
            if request.hasStructuredBody {
                do {
                    body = try await request.parsedBody(upTo: maximumBodySize)
                } catch let error as APIError where error.status == .badRequest {
                    // Not JSON; the handler answers that, from the body now held in memory.
                }
            }
            response = try await next(request, context)
        } catch is NIOTooManyBytesError {
            let tooLarge = APIError.bodyTooLarge(maximumBodySize)
            await state.record(record(request, body: nil, date: date, status: tooLarge.status))
            return try tooLarge.response(from: request, context: context)
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            await state.record(record(request, body: body, date: date, status: status))
            throw error
        }
        await state.record(record(request, body: body, date: date, status: response.status))
        return response
    }

    private func record(_ request: Request, body: JSONValue?, date: Date, status: HTTPResponse.Status)
        -> RecordedRequest
    {
        var headers: [String: String] = [:]
        if let authority = request.head.authority { headers["host"] = authority }
        for field in request.headers {
            let value = Self.secretHeaders.contains(field.name) ? Redaction.placeholder : field.value
            headers[field.name.canonicalName] = headers[field.name.canonicalName].map { "\($0), \(value)" } ?? value
        }
        let query = request.uri.query.map { query in
            FormEncoding.encode(
                FormEncoding.decode(query).map {
                    ($0.name, Redaction.isSensitive($0.name) ? Redaction.placeholder : $0.value)
                })
        }
        return RecordedRequest(
            date: date, method: request.method.rawValue, path: request.uri.path, query: query, headers: headers,
            body: body.map(Self.redact), hadSPCSHeader: request.headers[.spcsAuthorization] != nil,
            status: Int(status.code)
        )
    }

    /// `body` with secrets redacted, including the JWT refresh token under `refresh`.
    private static func redact(_ body: JSONValue) -> JSONValue {
        let redacted = Redaction.redact(body)
        guard case .object(var members) = redacted, members["refresh"] != nil else { return redacted }
        members["refresh"] = .string(Redaction.placeholder)
        return .object(members)
    }
}
