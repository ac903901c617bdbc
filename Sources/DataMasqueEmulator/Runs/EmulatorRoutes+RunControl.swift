import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// The furthest one control request may move the emulator clock: ten years, in seconds.
    static let clockAdvanceLimit = 315_360_000

    /// The `/_emulator/` endpoints that move the emulator clock and script masking runs.
    func addRunControlRoutes(to router: Router<Context>) {
        let control = EmulatorControl(state: state)
        router.endpoint(
            "/_emulator/clock/advance",
            [
                .post: { request, _ in
                    let body = try await request.jsonObject()
                    guard let duration = try ControlValue.seconds(body, "seconds", in: 0...Self.clockAdvanceLimit) else {
                        throw APIError.fields(["seconds": ["Expected a number."]])
                    }
                    await control.advanceClock(by: duration)
                    return .noContent
                }
            ])
        router.endpoint(
            "/_emulator/runs/advance",
            [
                .post: { request, _ in
                    let body = try await request.jsonObject()
                    await control.advanceRuns(steps: try ControlValue.integer(body, "steps", in: 0...1_000_000) ?? 1)
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
