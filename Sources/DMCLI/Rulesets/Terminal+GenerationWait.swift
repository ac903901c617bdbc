import DataMasque

extension Terminal {
    /// Waits for the background ruleset generation of connection `connectionID` to end,
    /// showing its status meanwhile, and returns its rulesets.
    ///
    /// - Throws: ``CLIError`` `error` when interrupted, timed out, or when the task failed or was cancelled.
    func waitForGeneratedRulesets(
        _ connectionID: String,
        client: DataMasqueClient,
        schedule: RunWaitSchedule
    ) async throws -> [Ruleset] {
        let display = RunProgressDisplay(terminal: self, subject: "Ruleset generation")
        let subject = "ruleset generation for connection \(connectionID)"
        do {
            let rulesets = try await Interrupt.cancellingOnInterrupt {
                do {
                    return try await display.ticking {
                        try await client.rulesetGeneration.waitForRulesets(
                            connectionID: connectionID, pollInterval: schedule.interval, timeout: schedule.timeout
                        ) { status in
                            await display.markSeen()
                            await display.show(status: status.rawValue, progress: nil)
                        }
                    }
                } catch where Task.isCancelled {
                    throw CancellationError()
                }
            }
            await display.clear()
            return rulesets
        } catch let error as DataMasqueError where error.code == .timeout {
            await display.clear()
            throw CLIError(.error, "Stopped waiting; the \(subject) continues on the server.")
        } catch let error as DataMasqueError where error.code == .rulesetGenerationFailed {
            await display.clear()
            throw CLIError(.error, error.message)
        } catch is CancellationError {
            await display.clear()
            throw CLIError(.error, "Stopped waiting; the \(subject) continues on the server.")
        } catch {
            await display.clear()
            throw error
        }
    }
}
