import Hummingbird

/// Answers `404 {"detail": "Not found."}` for an unknown DataMasque path,
/// or one without its trailing slash, before authentication is checked.
struct KnownRouteMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.isControlRequest || (context.endpointPath != nil && request.uri.path.hasSuffix("/")) else {
            throw APIError.notFound
        }
        return try await next(request, context)
    }
}
