extension Connection {
    /// The model of a known kind; `nil` for ``unknown(_:)``.
    var shape: (any ConnectionShape)? {
        switch self {
        case .database(let connection): connection
        case .mssqlLinkedServer(let connection): connection
        case .snowflake(let connection): connection
        case .dynamo(let connection): connection
        case .mongo(let connection): connection
        case .databricks(let connection): connection
        case .cassandra(let connection): connection
        case .sapASE(let connection): connection
        case .salesforce(let connection): connection
        case .s3(let connection): connection
        case .azureBlob(let connection): connection
        case .gcs(let connection): connection
        case .mountedShare(let connection): connection
        case .unknown: nil
        }
    }

    /// The connection's name, which DataMasque keeps unique.
    ///
    /// For ``unknown(_:)``, the raw `name`, or an empty string if there is none.
    public var name: String {
        shape?.name ?? unknownMember("name")?.stringValue ?? ""
    }

    /// The server-assigned identifier; `nil` until the connection is created.
    public var id: String? {
        get {
            guard let shape else { return unknownMember("id").flatMap { $0.stringValue ?? $0.intValue.map(String.init) } }
            return shape.id
        }
        set {
            if var shape {
                shape.id = newValue
                self = shape.connection
            } else if case .unknown(.object(var members)) = self {
                members["id"] = newValue.map(JSONValue.string)
                self = .unknown(.object(members))
            }
        }
    }

    /// The kind's label, such as `Database`, `Snowflake`, `Mongo`, `CosmosDb` or `S3`; `Unknown` for ``unknown(_:)``.
    public var kindName: String {
        shape?.kindName ?? "Unknown"
    }

    /// Whether a file connection may be the source of a file masking run; `nil` for database connections.
    public var isFileMaskSource: Bool? {
        guard let shape else { return unknownFileFlag("is_file_mask_source") }
        return (shape as? any FileConnectionShape)?.isFileMaskSource
    }

    /// Whether a file connection may be the destination of a file masking run; `nil` for database connections.
    public var isFileMaskDestination: Bool? {
        guard let shape else { return unknownFileFlag("is_file_mask_destination") }
        return (shape as? any FileConnectionShape)?.isFileMaskDestination
    }

    /// The JSON object to send to create or update this connection.
    ///
    /// It starts with `"version": "1.0"`,
    /// sends secrets under their wire names (a password as `dbpassword`),
    /// leaves out fields without a value,
    /// and follows each kind's rules, described on its model.
    /// Fields the server sent that this release does not model are sent back, except `null` ones.
    /// For ``unknown(_:)`` it is the raw JSON, unchanged.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
    ///   when the connection cannot be sent as it is,
    ///   such as a ``DatabaseConnection`` for an engine with its own model,
    ///   or a DynamoDB encryption setting that breaks the KMS key rule.
    public func requestBody() throws -> JSONValue {
        if case .unknown(let raw) = self { return raw }
        return try shape?.requestBody() ?? .null
    }

    /// Every field of the connection, for showing it whole:
    /// what the server sent and this release does not model, `null`s included,
    /// then `id`, `name` and every field of the kind that applies to its engine, an unset one as `null`.
    ///
    /// Unlike ``requestBody()``, it adds no `version`, and it leaves out a password that is not set.
    /// Secrets that are set are included: redact before printing.
    /// For ``unknown(_:)`` it is the raw JSON object's members.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/configuration``
    ///   for the same connections ``requestBody()`` refuses.
    public func allFields() throws -> [String: JSONValue] {
        if case .unknown(let raw) = self { return raw.objectValue ?? [:] }
        return try shape?.allFields() ?? [:]
    }

    private func unknownMember(_ key: String) -> JSONValue? {
        guard case .unknown(let raw) = self else { return nil }
        return raw[key]
    }

    private func unknownFileFlag(_ key: String) -> Bool? {
        guard unknownMember("mask_type") == "file" else { return nil }
        return unknownMember(key)?.boolValue
    }
}

extension Connection: CustomStringConvertible {
    /// A description of the connection with every secret hidden.
    public var description: String {
        if let shape { return shape.description }
        guard case .unknown(let raw) = self else { return "" }
        return "Connection.unknown(\(ConnectionSecrets.redactedText(of: raw)))"
    }
}
