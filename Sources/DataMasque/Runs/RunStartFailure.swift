/// Why the server refused to start a run, read from its error body.
///
/// DataMasque puts the reason first under `ruleset`:
/// `Cannot start run on invalid ruleset.` or `Cannot start run. Library "name" is invalid.`;
/// any other body is a general refusal.
struct RunStartFailure {
    enum Reason: Equatable {
        case invalidRuleset
        case invalidLibrary(String?)
        case other
    }

    let response: DataMasqueResponse

    /// The reason, by the first message under `ruleset`.
    var reason: Reason {
        guard let first = response.json?["ruleset"]?.arrayValue?.first?.stringValue,
            first.lowercased().hasPrefix("cannot start run")
        else { return .other }
        if let match = first.firstMatch(of: #/library "(.*)" /#.ignoresCase()) {
            return .invalidLibrary(String(match.1))
        }
        return first.lowercased().contains("library") ? .invalidLibrary(nil) : .invalidRuleset
    }

    /// The error for this refusal of `request`, with the status and body in its message.
    func error(for request: MaskingRunRequest, summary: DataMasqueError.RequestSummary) -> DataMasqueError {
        let run = request.name.map { "Masking run '\($0)'" } ?? "The masking run"
        let detail = "(HTTP \(response.status)): \(WireJSON.excerpt(of: response.body))"
        let (code, message, library): (DataMasqueError.Code, String, String?) =
            switch reason {
            case .invalidRuleset:
                (.invalidRuleset, "\(run) was refused because its ruleset is invalid \(detail)", nil)
            case .invalidLibrary(let name?):
                (.invalidLibrary, "\(run) was refused because ruleset library '\(name)' is invalid \(detail)", name)
            case .invalidLibrary(nil):
                (.invalidLibrary, "\(run) was refused because a ruleset library it imports is invalid \(detail)", nil)
            case .other:
                (.failedToStart, "\(run) failed to start \(detail)", nil)
            }
        return DataMasqueError(code: code, message: message, request: summary, response: response, libraryName: library)
    }
}
