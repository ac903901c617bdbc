import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// The `/_emulator/` endpoints that move the emulator clock and script masking runs.
    func addRunControlRoutes(to router: Router<Context>) {
        let control = EmulatorControl(state: state)
        router.endpoint(
            "/_emulator/clock/advance",
            [
                .post: { request, _ in
                    let body = try await request.jsonObject()
                    let milliseconds: Int? =
                        switch body["seconds"] {
                        case .int(let seconds)?: seconds * 1000
                        case .double(let seconds)?: Int(seconds * 1000)
                        default: nil
                        }
                    guard let milliseconds else { throw APIError.fields(["seconds": ["Expected a number."]]) }
                    await control.advanceClock(by: .milliseconds(milliseconds))
                    return .noContent
                }
            ])
        router.endpoint(
            "/_emulator/runs/advance",
            [
                .post: { request, _ in
                    await control.advanceRuns(steps: try await request.jsonObject()["steps"]?.intValue ?? 1)
                    return .noContent
                }
            ])
        router.endpoint(
            "/_emulator/runs/complete",
            [
                .post: { _, _ in
                    await control.completeRuns()
                    return .noContent
                }
            ])
        router.endpoint(
            "/_emulator/runs/:id/outcome",
            [
                .post: { request, context in
                    let id = try context.parameters.require("id", as: Int.self)
                    let name = try await request.jsonObject()["outcome"]?.stringValue
                    guard let outcome = name.flatMap(RunOutcome.init(rawValue:)) else {
                        throw APIError.fields([
                            "outcome": ["Expected one of: finished, finished_with_warnings, failed."]
                        ])
                    }
                    do {
                        try await control.setOutcome(outcome, forRun: id)
                    } catch let error as EmulatorControlError {
                        throw APIError.detail(.badRequest, error.description)
                    }
                    return .noContent
                }
            ])
    }
}
