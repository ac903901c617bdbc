import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// The `/_emulator/` endpoints for discovery reports and asynchronous ruleset generation.
    func addDiscoveryControlRoutes(to router: Router<Context>) {
        let control = EmulatorControl(state: state)
        router.endpoint(
            "/_emulator/discovery/report-row-limit",
            [
                .post: { request, _ in
                    let body = try await request.jsonObject()
                    guard let lines = try ControlValue.integer(body, "rows", in: 1...10_000_000) else {
                        throw APIError.fields(["rows": ["This field is required."]])
                    }
                    await control.setDiscoveryReportRowLimit(lines)
                    return .noContent
                }
            ])
        router.endpoint(
            "/_emulator/async-generation/:connection/outcome",
            [
                .post: { request, context in
                    let id = try context.parameters.require("connection")
                    let name = try await request.jsonObject()["outcome"]?.stringValue
                    guard let outcome = name.flatMap(RunOutcome.init(rawValue:)) else {
                        throw APIError.fields([
                            "outcome": ["Expected one of: finished, finished_with_warnings, failed."]
                        ])
                    }
                    do {
                        try await control.setGenerationOutcome(outcome, forConnection: id)
                    } catch let error as EmulatorControlError {
                        throw APIError.detail(.badRequest, error.description)
                    }
                    return .noContent
                }
            ])
    }
}
