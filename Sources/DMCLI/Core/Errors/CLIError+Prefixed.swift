import DataMasque

extension CLIError {
    /// Translates a client error as ``init(_:verifyingTLS:)`` does, with `prefix` instead of "Request failed"
    /// and `notFound` for a `404` when given.
    static func prefixed(_ error: DataMasqueError, _ prefix: String, notFound: CLIError? = nil) -> CLIError {
        if error.status == 404, let notFound { return notFound }
        var translated = CLIError(error)
        if error.code.isAPIError, let status = error.status, status != 409 {
            translated.message = "\(prefix): \(error.serverMessage ?? error.message)"
        }
        return translated
    }

    /// Runs `body`, translating a client error it throws with ``prefixed(_:_:notFound:)``.
    static func translating<Result>(
        _ prefix: String,
        notFound: CLIError? = nil,
        _ body: () async throws -> Result
    ) async throws -> Result {
        do {
            return try await body()
        } catch let error as DataMasqueError {
            throw prefixed(error, prefix, notFound: notFound)
        }
    }

    /// `not_found` "Run <id> not found.", with a hint to list recent runs.
    static func runNotFound(_ id: Int) -> CLIError {
        CLIError(.notFound, "Run \(id) not found.", hint: "Run `dm run list` to see recent runs.")
    }
}
