import Hummingbird

/// Turns every error thrown further in into a response with a Django REST Framework body,
/// so outer middleware (the SPCS gateway) sees and stamps it.
struct DRFErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            let status = error.status
            let apiError = status == .notFound ? APIError.notFound : .detail(status, status.reasonPhrase)
            return try apiError.response(from: request, context: context)
        } catch {
            context.logger.error("Handler failed.", metadata: ["error": "\(error)"])
            return try APIError.detail(.internalServerError, "A server error occurred.").response(
                from: request, context: context)
        }
    }
}
