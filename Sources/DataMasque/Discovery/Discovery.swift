public import Foundation

extension DataMasqueClient {
    /// Discovery: find sensitive columns in databases and sensitive values in files, and read what was found.
    ///
    /// Reach it through ``DataMasqueClient/discovery``.
    /// Discovery runs are runs: follow them with ``DataMasqueClient/Runs/wait(id:pollInterval:timeout:onPoll:)``
    /// or ``DataMasqueClient/Runs/statusChanges(id:pollInterval:timeout:)``.
    ///
    /// ```swift
    /// let id = try await client.discovery.start(SchemaDiscoveryRequest(connectionID: connectionID))
    /// _ = try await client.runs.wait(id: id)
    /// for try await result in client.discovery.schemaResultsPaginated(runID: id) {
    ///     print(result.table, result.column, result.data.discoveryMatches.compactMap(\.label))
    /// }
    /// ```
    public struct Discovery: Sendable {
        let client: DataMasqueClient

        /// Starts a keyword-driven schema discovery run on a database connection.
        ///
        /// - Returns: The run's id.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/failedToStart`` when the server refuses,
        ///   carrying its response.
        public func start(_ request: SchemaDiscoveryRequest) async throws -> RunID {
            try await start(request, path: "/api/schema-discovery/", subject: "Schema discovery", savedConfig: false)
        }

        /// Starts a schema discovery run with a saved database discovery config, or the server's defaults.
        ///
        /// - Returns: The run's id.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/discoveryConfigNotFound``
        ///   when the config does not exist or is a file config;
        ///   ``DataMasqueError/Code/invalidDiscoveryConfig`` when it exists but cannot be used;
        ///   ``DataMasqueError/Code/failedToStart`` for any other refusal. All carry the server's response.
        public func start(_ request: SchemaDiscoveryFromConfigRequest) async throws -> RunID {
            try await start(request, path: "/api/schema-discovery/v2/", subject: "Schema discovery", savedConfig: true)
        }

        /// Starts a keyword-driven file data discovery run on a file connection.
        ///
        /// - Returns: The run's id.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``,
        ///   before any request, naming a file filter without exactly one non-empty pattern;
        ///   ``DataMasqueError/Code/failedToStart`` when the server refuses.
        public func start(_ request: FileDataDiscoveryRequest) async throws -> RunID {
            try request.validate()
            return try await start(
                request, path: "/api/run-file-data-discovery/", subject: "File data discovery", savedConfig: false)
        }

        /// Starts a file data discovery run with a saved file discovery config, or the server's defaults.
        ///
        /// - Returns: The run's id.
        /// - Throws: ``DataMasqueError`` as ``start(_:)-(SchemaDiscoveryFromConfigRequest)``.
        public func start(_ request: FileDataDiscoveryFromConfigRequest) async throws -> RunID {
            try await start(
                request, path: "/api/run-file-data-discovery/v2/", subject: "File data discovery", savedConfig: true)
        }

        /// Every column a schema discovery run found, all pages fetched.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404`
        ///   when the run does not exist or has no results yet.
        public func schemaResults(runID: RunID) async throws -> [SchemaDiscoveryResult] {
            try await schemaResultsPaginated(runID: runID).collect()
        }

        /// The columns a schema discovery run found, fetched page by page as you iterate.
        ///
        /// ```swift
        /// for try await result in client.discovery.schemaResultsPaginated(runID: id) {
        ///     print(result.column)
        /// }
        /// ```
        public func schemaResultsPaginated(runID: RunID) -> PagedSequence<SchemaDiscoveryResult> {
            client.paged(SchemaDiscoveryResult.self, Self.resultsPath(runID))
        }

        /// One page of a schema discovery run's results, with the keys and row counts of their tables.
        ///
        /// - Parameters:
        ///   - runID: The run's id.
        ///   - limit: How many results the page holds at most, at least 1.
        ///   - offset: How many results to skip first.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   for a limit below 1 or a negative offset, before any request.
        public func schemaResultsPage(runID: RunID, limit: Int = 50, offset: Int = 0) async throws -> SchemaDiscoveryPage {
            guard limit >= 1, offset >= 0 else {
                throw DataMasqueError(
                    code: .configuration, message: "A page needs a limit of at least 1 and an offset of at least 0.")
            }
            let query = [("limit", String(limit)), ("offset", String(offset))]
            return try await client.get(
                SchemaDiscoveryPage.self, Self.resultsPath(runID), query: query, operation: "discovery.schemaResultsPage")
        }

        /// What a file data discovery run found, one result per group of similar files.
        ///
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404`
        ///   when the run does not exist or has no results yet.
        public func fileResults(runID: RunID) async throws -> [FileDiscoveryResult] {
            try await client.get(
                [FileDiscoveryResult].self, Self.runPath(runID) + "file-discovery-results/",
                operation: "discovery.fileResults")
        }

        /// The database discovery report of a schema discovery run:
        /// CSV text, or a zip of CSV parts when the server split a large report.
        ///
        /// - Parameters:
        ///   - runID: The run's id.
        ///   - includeSelectionColumn: Whether the CSV has the `selected` column.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404`
        ///   when the run has no report.
        public func dbReport(runID: RunID, includeSelectionColumn: Bool = true) async throws -> DiscoveryReport {
            let response = try await client.send(
                .GET, Self.dbReportPath(runID), query: Self.selectionQuery(includeSelectionColumn),
                operation: "discovery.dbReport")
            switch DiscoveryReport.format(of: response) {
            case .csv: return .csv(response.text)
            case .splitArchive: return .splitArchive(response.body)
            }
        }

        /// Saves the database discovery report to `destination` as it arrives, without holding it in memory.
        ///
        /// The file appears only once the whole report has arrived.
        ///
        /// - Returns: Whether the file holds CSV text or a zip of CSV parts;
        ///   the file is written under `destination` as given either way.
        public func downloadDBReport(
            runID: RunID, includeSelectionColumn: Bool = true, to destination: URL
        ) async throws -> DiscoveryReport.Format {
            let response = try await client.download(
                Self.dbReportPath(runID), query: Self.selectionQuery(includeSelectionColumn), to: destination,
                operation: "discovery.downloadDBReport")
            return DiscoveryReport.format(of: response)
        }

        /// The discovery config a run used, as YAML with a comment header saying where it came from.
        ///
        /// - Parameters:
        ///   - runID: The run's id.
        ///   - timezone: The UTC offset for the header's times, such as `+13:00`; the server's default is UTC.
        /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
        ///   for a timezone that is not `±HH:MM`, before any request;
        ///   ``DataMasqueError/Code/unexpectedResponse`` when the archive is empty or unreadable.
        public func configSnapshot(runID: RunID, timezone: String? = nil) async throws -> String {
            let path = Self.snapshotPath(runID)
            let response = try await client.send(
                .GET, path, query: try Self.timezoneQuery(timezone), operation: "discovery.configSnapshot")
            let summary = DataMasqueError.RequestSummary(method: "GET", path: path)
            guard let first = try response.zipEntries(request: summary).first else {
                throw DataMasqueError(
                    code: .unexpectedResponse, message: "The config snapshot of run \(runID) is an empty archive.",
                    request: summary, response: response)
            }
            return String(decoding: first.contents, as: UTF8.self)
        }

        /// Saves the zip archive holding the discovery config a run used to `destination`, as it arrives.
        ///
        /// - Throws: ``DataMasqueError`` as ``configSnapshot(runID:timezone:)``.
        public func downloadConfigSnapshot(runID: RunID, timezone: String? = nil, to destination: URL) async throws {
            try await client.download(
                Self.snapshotPath(runID), query: try Self.timezoneQuery(timezone), to: destination,
                operation: "discovery.downloadConfigSnapshot")
        }

        private func start(
            _ body: some Encodable, path: String, subject: String, savedConfig: Bool
        ) async throws -> RunID {
            let operation = savedConfig ? "discovery.startFromConfig" : "discovery.start"
            let response = try await client.send(.POST, path, body: try .json(body), checkStatus: false, operation: operation)
            let summary = DataMasqueError.RequestSummary(method: "POST", path: path)
            if response.status == 502 { throw DataMasqueClient.notReadyError(for: summary) }
            guard response.status == 201 else {
                throw Self.startError(response, subject: subject, savedConfig: savedConfig, summary: summary)
            }
            return try DataMasqueClient.Runs.startedID(in: response, for: summary)
        }

        /// The error for a refused start, by api.md §3.16.B when a saved config was asked for.
        static func startError(
            _ response: DataMasqueResponse, subject: String, savedConfig: Bool, summary: DataMasqueError.RequestSummary
        ) -> DataMasqueError {
            let detail = "(HTTP \(response.status)): \(WireJSON.excerpt(of: response.body))"
            let refusal = savedConfig ? SavedConfigRefusal(response, field: "discovery_config") : nil
            let (code, message): (DataMasqueError.Code, String) =
                switch refusal {
                case let refusal? where refusal.isNotFound:
                    (.discoveryConfigNotFound, "\(subject) was refused because its discovery config does not exist \(detail)")
                case .some:
                    (.invalidDiscoveryConfig, "\(subject) was refused because its discovery config cannot be used \(detail)")
                case nil:
                    (.failedToStart, "\(subject) failed to start \(detail)")
                }
            return DataMasqueError(code: code, message: message, request: summary, response: response)
        }

        static func runPath(_ id: RunID) -> String { "/api/runs/\(id)/" }
        static func resultsPath(_ id: RunID) -> String { "/api/schema-discovery/v2/\(id)/" }
        static func dbReportPath(_ id: RunID) -> String { runPath(id) + "db-discovery-results/report/" }
        static func snapshotPath(_ id: RunID) -> String { "/api/discovery/runs/\(id)/config-snapshot/" }

        static func selectionQuery(_ include: Bool) -> [(String, String?)] {
            include ? [] : [("include_selection_column", "false")]
        }

        static func timezoneQuery(_ timezone: String?) throws -> [(String, String?)] {
            guard let timezone else { return [] }
            guard timezone.wholeMatch(of: #/[+-](?:[01]\d|2[0-3]):[0-5]\d/#) != nil else {
                throw DataMasqueError(
                    code: .configuration, message: "Timezone '\(timezone)' is not a UTC offset such as +13:00 or -05:30.")
            }
            return [("timezone", timezone)]
        }
    }
}
