import Foundation

extension MaskingRunRequest {
    /// Creates a request to run a stored ruleset on stored connections.
    ///
    /// The kind of run follows the ruleset's type: a file ruleset makes a file run.
    ///
    /// ```swift
    /// let request = try MaskingRunRequest(connection: source, ruleset: ruleset, destination: target)
    /// ```
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
    ///   when a connection or the ruleset has no id because it was never stored.
    public init(
        connection: Connection,
        ruleset: Ruleset,
        destination: Connection? = nil,
        options: MaskingRunOptions = MaskingRunOptions(),
        name: String? = nil,
        isUserSubscribed: Bool? = nil
    ) throws {
        self.init(
            connectionID: try Self.storedID(connection.id, of: "connection '\(connection.name)'"),
            rulesetID: try Self.storedID(ruleset.id, of: "ruleset '\(ruleset.name)'"),
            maskType: ruleset.rulesetType == .file ? .file : .database,
            destinationConnectionID: try destination.map { try Self.storedID($0.id, of: "connection '\($0.name)'") },
            options: options,
            name: name,
            isUserSubscribed: isUserSubscribed)
    }

    private static func storedID(_ id: String?, of subject: String) throws -> String {
        guard let id else {
            throw DataMasqueError(
                code: .configuration,
                message: "The \(subject) has no id, so a run cannot use it; store it first.")
        }
        return id
    }
}

extension MaskingRunRequest {
    /// Creates a request that runs `run` again:
    /// the same connections, ruleset, kind and named options, under a new `name`.
    ///
    /// The run secret is not reused, so the server makes a new one,
    /// and options this release does not name, or that are `null`, are left out.
    ///
    /// ```swift
    /// let previous = try await client.runs.get(id: 42)
    /// let id = try await client.runs.start(try MaskingRunRequest(repeating: previous, name: "nightly_retry"))
    /// ```
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
    ///   when the run names no source connection or ruleset id,
    ///   or its options do not have the types ``MaskingRunOptions`` expects.
    public init(repeating run: RunInfo, name: String? = nil) throws {
        guard let source = run.sourceConnection.id, let ruleset = run.rulesetID else {
            throw DataMasqueError(
                code: .configuration, message: "Run \(run.id) has no source connection or ruleset, so it cannot be repeated.")
        }
        let named = (run.options?.objectValue ?? [:]).filter { key, value in
            MaskingRunOptions.namedKeys.contains(key) && !value.isNull
        }
        var options: MaskingRunOptions
        do {
            options = try JSONValue.object(named).decoded(as: MaskingRunOptions.self)
        } catch {
            throw DataMasqueError(
                code: .configuration, message: "The options of run \(run.id) cannot be reused: \(error).", underlyingError: error)
        }
        options.runSecret = nil
        self.init(
            connectionID: source, rulesetID: ruleset, maskType: run.maskType,
            destinationConnectionID: run.destinationConnection?.id, options: options, name: name)
    }
}
