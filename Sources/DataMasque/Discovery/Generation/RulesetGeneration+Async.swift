import Foundation

extension DataMasqueClient.RulesetGeneration {
    /// Starts generating a ruleset in the background for the chosen columns or file values of a connection.
    ///
    /// A connection has one generation task at a time.
    /// Collect the result with ``waitForRulesets(connectionID:pollInterval:timeout:onPoll:)``.
    ///
    /// ```swift
    /// try await client.rulesetGeneration.startAsync(
    ///     connectionID: connectionID,
    ///     selection: .columns(ColumnSelection(columns: ["public": ["customers": ["email", "ssn"]]])))
    /// let rulesets = try await client.rulesetGeneration.waitForRulesets(connectionID: connectionID)
    /// ```
    ///
    /// - Parameters:
    ///   - connectionID: The id of the connection the data belongs to.
    ///   - selection: The columns or file values.
    ///   - rgConfigID: The id of a saved ruleset generation config; `nil` for the server's default.
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``,
    ///   before any request, naming the part of the selection that is empty or inconsistent;
    ///   ``DataMasqueError/Code/rgConfigNotFound`` when the generation config does not exist;
    ///   ``DataMasqueError/Code/api`` when the server refuses.
    public func startAsync(connectionID: String, selection: GenerationSelection, rgConfigID: String? = nil) async throws {
        try selection.validate()
        let operation = "rulesetGeneration.startAsync"
        guard let rgConfigID else {
            _ = try await client.send(
                .POST, Self.taskPath(connectionID), body: try .json(try selection.body()), operation: operation)
            return
        }
        _ = try await postWithRGConfig(
            .json(try selection.body(rgConfig: .some(rgConfigID))),
            to: "/api/async-generate-ruleset/v2/\(PathSegment.escape(connectionID))/", operation: operation)
    }

    /// Starts generating rulesets in the background from a discovery report:
    /// a CSV with a `selected` column, or a zip of CSV parts.
    ///
    /// The upload is sent as `ruleset.zip` when its content starts like a zip archive, else as `ruleset.csv`.
    /// Collect the rulesets with ``waitForRulesets(connectionID:pollInterval:timeout:onPoll:)``;
    /// a large report may give several.
    ///
    /// ```swift
    /// try await client.rulesetGeneration.startAsync(connectionID: connectionID, csv: .file(reportURL))
    /// ```
    ///
    /// - Parameters:
    ///   - connectionID: The id of the database connection the report describes.
    ///   - csv: The report; a file is streamed, never held in memory whole.
    ///   - targetSizeBytes: The size each generated ruleset should stay under; `nil` for the server's default.
    ///   - rgConfigID: The id of a saved ruleset generation config; `nil` for the server's default.
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
    ///   for a missing file or a target size below 1, before any request;
    ///   ``DataMasqueError/Code/rgConfigNotFound`` when the generation config does not exist;
    ///   ``DataMasqueError/Code/api`` when the server refuses.
    public func startAsync(
        connectionID: String,
        csv: UploadSource,
        targetSizeBytes: Int? = nil,
        rgConfigID: String? = nil
    ) async throws {
        if let targetSizeBytes, targetSizeBytes < 1 {
            throw DataMasqueError(
                code: .configuration, message: "The target size must be at least 1 byte, not \(targetSizeBytes).")
        }
        let upload = try await csv.asGenerationUpload()
        var fields: [(name: String, value: String)] = []
        if let rgConfigID { fields.append(("rg_config", rgConfigID)) }
        if let targetSizeBytes { fields.append(("target_size_bytes", String(targetSizeBytes))) }
        let body = try RequestBody.multipart(
            fields: fields, files: [(field: "csv_or_zip_file", source: upload.source, contentType: upload.contentType)])
        let operation = "rulesetGeneration.startAsyncFromCSV"
        let segment = PathSegment.escape(connectionID)
        guard rgConfigID != nil else {
            _ = try await client.send(
                .POST, "/api/async-generate-ruleset/\(segment)/from-csv/", body: body, operation: operation)
            return
        }
        _ = try await postWithRGConfig(body, to: "/api/async-generate-ruleset/v2/\(segment)/from-csv/", operation: operation)
    }

    /// The state of the connection's background generation task.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/api`` and status `404`
    ///   when the connection has no task; ``DataMasqueError/Code/unexpectedResponse`` when the answer has no status.
    public func asyncStatus(connectionID: String) async throws -> AsyncRulesetGenerationTaskStatus {
        let path = Self.taskPath(connectionID)
        let response = try await client.send(.GET, path, operation: "rulesetGeneration.asyncStatus")
        guard let status = response.json?["status"]?.stringValue, !status.isEmpty else {
            throw DataMasqueError(
                code: .unexpectedResponse, message: "The ruleset generation task's status is missing.",
                request: .init(method: "GET", path: path), response: response)
        }
        return AsyncRulesetGenerationTaskStatus(rawValue: status)
    }

    /// The rulesets the connection's background generation task produced, without storing them.
    ///
    /// A generation from columns or file values gives one ruleset named `generated_ruleset`;
    /// one from a CSV gives one per YAML file of the archive the server returns, named after the file.
    /// The rulesets have no id; store them with ``DataMasqueClient/Rulesets/createOrUpdate(_:)``.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/rulesetGenerationInProgress``
    ///   while the task is queued or running;
    ///   ``DataMasqueError/Code/rulesetGenerationFailed`` when it failed, was cancelled, or produced no ruleset.
    public func generatedRulesets(connectionID: String) async throws -> [Ruleset] {
        let status = try await asyncStatus(connectionID: connectionID)
        try Self.requireSuccess(status, connectionID: connectionID)
        let path = Self.taskPath(connectionID) + "download-rulesets/"
        let response = try await client.send(.GET, path, operation: "rulesetGeneration.generatedRulesets")
        let summary = DataMasqueError.RequestSummary(method: "GET", path: path)
        let disposition = response.header("Content-Disposition")?.lowercased() ?? ""
        if disposition.contains("attachment") {
            return try Self.rulesets(inArchive: response, summary: summary)
        }
        guard let yaml = response.json?["generated_ruleset"]?.stringValue, !yaml.isEmpty else {
            throw DataMasqueError(
                code: .rulesetGenerationFailed, message: "The ruleset generation task finished without a generated ruleset.",
                request: summary, response: response)
        }
        return [Ruleset(name: "generated_ruleset", yaml: yaml)]
    }

    /// Waits for the connection's background generation task to end, then returns its rulesets.
    ///
    /// ```swift
    /// let rulesets = try await client.rulesetGeneration.waitForRulesets(
    ///     connectionID: connectionID, timeout: .seconds(900))
    /// for ruleset in rulesets { try await client.rulesets.createOrUpdate(ruleset) }
    /// ```
    ///
    /// - Parameters:
    ///   - connectionID: The id of the connection.
    ///   - pollInterval: The time between status requests.
    ///   - timeout: How long to wait in all.
    ///   - onPoll: Called with the status after each request that finds the task not yet ended,
    ///     for showing progress; an error it throws stops the wait.
    /// - Returns: The rulesets, as ``generatedRulesets(connectionID:)`` returns them.
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/timeout`` when the task outlasts `timeout`;
    ///   ``DataMasqueError/Code/rulesetGenerationFailed`` when it failed or was cancelled;
    ///   `CancellationError` when the waiting task is cancelled (the generation carries on).
    public func waitForRulesets(
        connectionID: String,
        pollInterval: Duration = .seconds(2),
        timeout: Duration = .seconds(1800),
        onPoll: @Sendable (AsyncRulesetGenerationTaskStatus) async throws -> Void = { _ in }
    ) async throws -> [Ruleset] {
        let schedule = PollSchedule(
            interval: pollInterval, timeout: timeout, subject: "ruleset generation for connection \(connectionID) to end")
        let status = try await schedule.poll(
            { () async throws -> AsyncRulesetGenerationTaskStatus in
                let status = try await asyncStatus(connectionID: connectionID)
                if !status.isFinal { try await onPoll(status) }
                return status
            },
            until: \.isFinal)
        try Self.requireSuccess(status, connectionID: connectionID)
        return try await generatedRulesets(connectionID: connectionID)
    }

    static func taskPath(_ connectionID: String) -> String {
        "/api/async-generate-ruleset/\(PathSegment.escape(connectionID))/"
    }

    private static func requireSuccess(_ status: AsyncRulesetGenerationTaskStatus, connectionID: String) throws {
        guard !status.isSuccessful else { return }
        if status == .failed || status == .cancelled {
            throw DataMasqueError(
                code: .rulesetGenerationFailed,
                message: "The ruleset generation task of connection \(connectionID) ended as \(status).")
        }
        throw DataMasqueError(
            code: .rulesetGenerationInProgress,
            message: "The ruleset generation task of connection \(connectionID) is still \(status); try again once it ends.")
    }

    private static func rulesets(inArchive response: DataMasqueResponse, summary: DataMasqueError.RequestSummary) throws -> [Ruleset] {
        let entries = try response.zipEntries(request: summary)
        let rulesets = entries.compactMap { entry -> Ruleset? in
            let file = entry.name.split(separator: "/").last.map(String.init) ?? entry.name
            let lowered = file.lowercased()
            guard let suffix = [".yml", ".yaml"].first(where: lowered.hasSuffix) else { return nil }
            return Ruleset(name: String(file.dropLast(suffix.count)), yaml: String(decoding: entry.contents, as: UTF8.self))
        }
        guard !rulesets.isEmpty else {
            throw DataMasqueError(
                code: .rulesetGenerationFailed, message: "The generated rulesets archive holds no YAML file.",
                request: summary, response: response)
        }
        return rulesets
    }
}
