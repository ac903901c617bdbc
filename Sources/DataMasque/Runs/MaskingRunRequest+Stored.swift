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
