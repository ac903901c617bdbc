import DataMasque

/// The masking run endpoints `dm` calls.
struct RunRequests {
    let client: DataMasqueClient

    /// The run with this id.
    ///
    /// - Throws: ``CLIError`` `not_found` "Run <id> not found." for an unknown run.
    func info(_ id: Int) async throws -> RunRecord {
        try await Self.reading(id, "Could not read run \(id)") {
            RunRecord(try await client.send(.GET, "/api/runs/\(id)/", operation: "runs.get").requireJSON())
        }
    }

    /// The run's log text, as the server sends it.
    func log(_ id: Int) async throws -> String {
        try await Self.reading(id, "Could not read the log of run \(id)") {
            try await client.runs.log(id: id)
        }
    }

    /// One page of runs, newest first, optionally with one status.
    func list(status: String?, limit: Int) async throws -> [RunRecord] {
        let json = try await client.send(
            .GET, "/api/runs/", query: [("run_status", status), ("limit", String(limit))], operation: "runs.list"
        ).requireJSON()
        return (json.arrayValue ?? json["results"]?.arrayValue ?? []).map(RunRecord.init)
    }

    /// Starts a masking run from a `POST /api/runs/` body and returns its id.
    func start(_ body: JSONValue) async throws -> Int {
        try await CLIError.translating("Failed to start the run") {
            let json = try await client.send(.POST, "/api/runs/", body: try .json(body), operation: "runs.start")
                .requireJSON()
            guard let id = json["id"]?.intValue ?? json["id"]?.stringValue.flatMap(Int.init) else {
                throw CLIError(.error, "The server started the run but returned no id.")
            }
            return id
        }
    }

    /// Asks the server to stop the run.
    ///
    /// - Throws: ``CLIError`` `conflict` when the run cannot be cancelled now, `not_found` for an unknown run.
    func cancel(_ id: Int) async throws {
        do {
            _ = try await client.runs.cancel(id: id)
        } catch let error as DataMasqueError where error.code == .runNotCancellable {
            throw CLIError(
                .conflict, "Run \(id) cannot be cancelled: \(error.serverMessage ?? "it is not queued or running").",
                hint: "Check it with `dm run status \(id)`.")
        } catch let error as DataMasqueError {
            throw CLIError.prefixed(error, "Could not cancel run \(id)", notFound: Self.notFound(id))
        }
    }

    /// The run report CSV of a finished run.
    func report(_ id: Int) async throws -> String {
        let missing = CLIError(
            .notFound, "No report available for run \(id).",
            hint: "Reports exist once a run has ended; check it with `dm run status \(id)`.")
        return try await CLIError.translating("Could not read the report of run \(id)", notFound: missing) {
            try await client.runs.report(id: id)
        }
    }

    static func notFound(_ id: Int) -> CLIError {
        CLIError(.notFound, "Run \(id) not found.", hint: "Run `dm run list` to see recent runs.")
    }

    private static func reading<Result>(_ id: Int, _ prefix: String, _ body: () async throws -> Result) async throws
        -> Result
    {
        try await CLIError.translating(prefix, notFound: notFound(id), body)
    }
}
