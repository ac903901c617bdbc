public import Foundation

extension DataMasqueClient {
    /// Masking runs: start them, follow them, cancel them, and read their logs and reports.
    ///
    /// Reach it through ``DataMasqueClient/runs``.
    ///
    /// ```swift
    /// let id = try await client.runs.start(MaskingRunRequest(connectionID: sourceID, rulesetID: rulesetID))
    /// let run = try await client.runs.wait(id: id)
    /// print(run.status)
    /// ```
    public struct Runs: Sendable {
        let client: DataMasqueClient
        private static let collection = "/api/runs/"

        /// Starts a masking run.
        ///
        /// - Returns: The new run's id.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   when the options are invalid (nothing is sent);
        ///   ``DataMasqueError/Code/invalidRuleset`` when the ruleset is invalid;
        ///   ``DataMasqueError/Code/invalidLibrary`` when a library it imports is invalid,
        ///   naming it in ``DataMasqueError/libraryName`` when the server did;
        ///   ``DataMasqueError/Code/failedToStart`` for any other refusal.
        ///   All three carry the server's response.
        public func start(_ request: MaskingRunRequest) async throws -> RunID {
            try request.options.validate()
            let response = try await client.send(
                .POST, Self.collection, body: try .json(request), checkStatus: false, operation: "runs.start")
            let summary = DataMasqueError.RequestSummary(method: "POST", path: Self.collection)
            if response.status == 502 { throw DataMasqueClient.notReadyError(for: summary) }
            guard response.status == 201 else {
                throw RunStartFailure(response: response).error(for: request, summary: summary)
            }
            return try Self.startedID(in: response, for: summary)
        }

        /// The id in a run-start response, a number or a numeric string.
        static func startedID(in response: DataMasqueResponse, for summary: DataMasqueError.RequestSummary) throws -> RunID {
            let id = response.json?["id"]
            guard let number = id?.intValue ?? id?.stringValue.flatMap({ Int($0) }) else {
                throw DataMasqueError(
                    code: .unexpectedResponse,
                    message: "The server started a run but returned no numeric id.",
                    request: summary, response: response)
            }
            return number
        }

        /// The run with this id.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404` when there is none.
        public func get(id: RunID) async throws -> RunInfo {
            try await client.get(RunInfo.self, Self.path(id), operation: "runs.get")
        }

        /// Asks a queued, validating or running run to stop.
        ///
        /// - Returns: The run, usually `cancelling`.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/runNotCancellable``
        ///   when the run is already stopping or has ended.
        public func cancel(id: RunID) async throws -> RunInfo {
            let path = Self.path(id) + "cancel/"
            let summary = DataMasqueError.RequestSummary(method: "POST", path: path)
            let response = try await client.send(.POST, path, checkStatus: false, operation: "runs.cancel")
            if response.status == 400 {
                throw DataMasqueClient.apiError(
                    response, for: summary, code: .runNotCancellable, prefix: "Run \(id) cannot be cancelled in its current state")
            }
            return try DataMasqueClient.decode(RunInfo.self, from: try DataMasqueClient.checked(response, for: summary), for: summary)
        }

        /// The run's log, as the server returns it (JSON text).
        public func log(id: RunID) async throws -> String {
            try await text(Self.path(id) + "log/", operation: "runs.log")
        }

        /// The run's log, one entry per line written so far.
        public func logEntries(id: RunID) async throws -> [RunLogEntry] {
            let path = Self.path(id) + "log/"
            let response = try await client.send(.GET, path, operation: "runs.logEntries")
            let summary = DataMasqueError.RequestSummary(method: "GET", path: path)
            if case .object? = response.json {
                return [try DataMasqueClient.decode(RunLogEntry.self, from: response, for: summary)]
            }
            return try DataMasqueClient.decode([RunLogEntry].self, from: response, for: summary)
        }

        /// The run report of a file-masking run that has ended: CSV, one row per file considered.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404`
        ///   when the run has no report (database runs never do).
        public func report(id: RunID) async throws -> String {
            try await text(Self.path(id) + "run-report/", operation: "runs.report")
        }

        /// Saves the run report to `destination` as it arrives, without holding it in memory.
        ///
        /// The file appears only once the whole report has arrived.
        public func downloadReport(id: RunID, to destination: URL) async throws {
            try await client.download(Self.path(id) + "run-report/", to: destination, operation: "runs.downloadReport")
        }

        /// The run's sensitive data discovery report.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404`
        ///   when the run produced none.
        public func sddReport(id: RunID) async throws -> String {
            try await text(Self.path(id) + "sdd-report/", operation: "runs.sddReport")
        }

        /// Saves the run's sensitive data discovery report to `destination` as it arrives.
        public func downloadSDDReport(id: RunID, to destination: URL) async throws {
            try await client.download(Self.path(id) + "sdd-report/", to: destination, operation: "runs.downloadSDDReport")
        }

        /// Every run, newest first, all pages fetched; discovery runs included.
        ///
        /// ```swift
        /// let failed = try await client.runs.list(status: .failed)
        /// ```
        ///
        /// - Parameters:
        ///   - status: Only runs in this state.
        ///   - rulesetName: Only runs of the ruleset with exactly this name.
        ///   - search: Only runs whose connection or ruleset name contains this text.
        public func list(
            status: MaskingRunStatus? = nil,
            rulesetName: String? = nil,
            search: String? = nil
        ) async throws -> [RunInfo] {
            try await listPaginated(status: status, rulesetName: rulesetName, search: search).collect()
        }

        /// The runs, newest first, fetched page by page as you iterate; discovery runs included.
        ///
        /// ```swift
        /// for try await run in client.runs.listPaginated(status: .running) {
        ///     print(run.id, run.rulesetName)
        /// }
        /// ```
        ///
        /// - Parameters:
        ///   - status: Only runs in this state.
        ///   - rulesetName: Only runs of the ruleset with exactly this name.
        ///   - search: Only runs whose connection or ruleset name contains this text.
        public func listPaginated(
            status: MaskingRunStatus? = nil,
            rulesetName: String? = nil,
            search: String? = nil
        ) -> PagedSequence<RunInfo> {
            client.paged(RunInfo.self, Self.collection, query: Self.filters(status, rulesetName, search))
        }

        /// One page of runs, newest first, without fetching the rest.
        ///
        /// A server that answers with a bare array gives a page of that array;
        /// one whose page has no `results` gives an empty page.
        ///
        /// ```swift
        /// let latest = try await client.runs.page(limit: 20).results
        /// ```
        ///
        /// - Parameters:
        ///   - status: Only runs in this state.
        ///   - rulesetName: Only runs of the ruleset with exactly this name.
        ///   - search: Only runs whose connection or ruleset name contains this text.
        ///   - limit: How many runs the page holds at most.
        ///   - offset: How many runs to skip first.
        public func page(
            status: MaskingRunStatus? = nil,
            rulesetName: String? = nil,
            search: String? = nil,
            limit: Int,
            offset: Int? = nil
        ) async throws -> Page<RunInfo> {
            let query = Self.filters(status, rulesetName, search) + [("limit", String(limit)), ("offset", offset.map { String($0) })]
            return try await client.get(RunListPage.self, Self.collection, query: query, operation: "runs.page").page
        }

        /// The connections busy with a run that has not ended, keyed by connection name.
        ///
        /// Asks once per unfinished state (queued, running, validating, cancelling) for the newest such run,
        /// and files it under its source connection's name and its destination's, if any.
        public func unfinished() async throws -> [String: UnfinishedRun] {
            var busy: [String: UnfinishedRun] = [:]
            for status in [MaskingRunStatus.queued, .running, .validating, .cancelling] {
                let query = [
                    ("connection_ruleset_name", ""), ("ruleset_name", ""), ("run_status", status.rawValue),
                    ("limit", "1"), ("offset", "0"),
                ]
                let page = try await client.get(UnfinishedRunPage.self, Self.collection, query: query, operation: "runs.unfinished")
                for run in page.results.prefix(1) {
                    for name in run.connectionNames { busy[name] = run }
                }
            }
            return busy
        }

        private static func filters(
            _ status: MaskingRunStatus?, _ rulesetName: String?, _ search: String?
        ) -> [(String, String?)] {
            [("run_status", status?.rawValue), ("ruleset_name", rulesetName), ("connection_ruleset_name", search)]
        }

        private static func path(_ id: RunID) -> String {
            collection + String(id) + "/"
        }

        private func text(_ path: String, operation: String) async throws -> String {
            try await client.send(.GET, path, operation: operation).text
        }
    }
}

/// A page of the runs list whose `results` may be missing.
private struct UnfinishedRunPage: Decodable {
    var results: [UnfinishedRun]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        results = try container.decode("results", default: [])
    }
}
