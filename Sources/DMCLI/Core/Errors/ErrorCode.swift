/// The kinds of failure `dm` reports, each with a stable exit status.
///
/// The raw value is the `code` of the agent-mode error envelope.
enum ErrorCode: String, Sendable, CaseIterable {
    /// An unclassified failure.
    case error
    /// A resource, or an input file, does not exist; HTTP 404.
    case notFound = "not_found"
    /// Bad argument values or file content; HTTP 400 or 422.
    case invalidInput = "invalid_input"
    /// A name matched several resources.
    case ambiguous
    /// No usable credentials or URL are configured.
    case authRequired = "auth_required"
    /// The login was rejected; HTTP 401; or the Snowflake gateway refused the PAT.
    case authFailed = "auth_failed"
    /// The server's state refuses the operation; HTTP 409.
    case conflict
    /// The server could not be reached: network, TLS or timeout.
    case transportError = "transport_error"
    /// The user declined at a prompt.
    case cancelled
    /// The user may not do this; HTTP 403.
    case forbidden

    /// The process exit status.
    var exitStatus: Int32 {
        switch self {
        case .error: 1
        case .notFound: 3
        case .invalidInput: 4
        case .ambiguous: 5
        case .authRequired: 6
        case .authFailed: 7
        case .conflict: 8
        case .transportError: 9
        case .cancelled: 10
        case .forbidden: 11
        }
    }

    /// The code for an HTTP error status: 400 and 422 invalid input, 401, 403, 404, 409, anything else `error`.
    init(httpStatus: Int) {
        switch httpStatus {
        case 400, 422: self = .invalidInput
        case 401: self = .authFailed
        case 403: self = .forbidden
        case 404: self = .notFound
        case 409: self = .conflict
        default: self = .error
        }
    }
}
