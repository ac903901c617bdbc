import HTTPTypes

/// Which signed-in users may call which endpoints.
///
/// The emulator keeps DataMasque's role model minimal:
///
/// | Endpoints | `admin` | `mask_builder`, `mask_runner`, `ruleset_library_managers`, no role |
/// |---|---|---|
/// | `/api/users/…` (except `/api/users/me/`) | all methods | `403` |
/// | `/api/settings/` | all methods | `GET` only |
/// | `/api/license/` | `GET` | `GET` |
/// | `/api/license-upload/`, `/api/logs/download/` | all methods | `403` |
/// | `/api/users/me/` and every other endpoint | all methods | all methods |
///
/// A refusal is `403 {"detail": "You do not have permission to perform this action."}`.
enum AccessPolicy {
    /// Whether only administrators may send `method` to `path`.
    static func isAdminOnly(_ method: HTTPRequest.Method, path: String) -> Bool {
        switch path {
        case "/api/users/me/": false
        case "/api/settings/": method != .get && method != .head
        case "/api/license-upload/", "/api/logs/download/": true
        default: path.hasPrefix("/api/users/")
        }
    }

    /// The refusal for a user whose roles do not allow the request.
    static var forbidden: APIError {
        .detail(.forbidden, "You do not have permission to perform this action.")
    }
}
