import DataMasque

extension DM.Discover {
    /// Reads one output of run `id` with `body`, explaining a `404` or `400` from the run's own state.
    ///
    /// - Throws: ``CLIError`` `not_found` when the run does not exist, or has not ended yet;
    ///   otherwise the server's reason, prefixed with "No <label> available for run <id>"
    ///   for a `404` or `400`, else with "Failed to download <label> for run <id>".
    static func readOutput<Result>(
        _ label: String,
        of id: RunID,
        client: DataMasqueClient,
        failure: String? = nil,
        _ body: () async throws -> Result
    ) async throws -> Result {
        do {
            return try await body()
        } catch let error as DataMasqueError where error.code.isAPIError && [400, 404].contains(error.status) {
            let run: RunInfo?
            do {
                run = try await client.runs.get(id: id)
            } catch let lookup as DataMasqueError where lookup.code.isAPIError && lookup.status == 404 {
                throw CLIError(.notFound, "Run \(id) not found.")
            } catch {
                run = nil
            }
            if let run, !run.status.isFinal {
                throw CLIError(
                    .notFound, "No \(label) available for run \(id) yet; the run is \(run.status).",
                    hint: "Check progress with `dm run status \(id)`.")
            }
            throw CLIError.prefixed(error, "No \(label) available for run \(id)")
        } catch let error as DataMasqueError {
            throw CLIError.prefixed(error, failure ?? "Failed to download \(label) for run \(id)")
        }
    }
}
