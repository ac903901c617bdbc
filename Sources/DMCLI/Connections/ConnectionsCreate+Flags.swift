import DataMasque

extension DM.Connections.Create {
    /// The connection the flags describe: a database, mounted share or S3 connection.
    ///
    /// - Throws: ``CLIError`` `invalid_input` for a missing name or type, a missing required flag,
    ///   a non-numeric port, an unknown engine, or a type that needs `--file`.
    func connectionFromFlags() throws -> Connection {
        guard let name, let type else {
            throw CLIError(.invalidInput, "Provide either --file or both --name and --type.")
        }
        switch try Kind(argument: type) {
        case .database:
            guard let host = given(fields.host), let port = given(fields.port), let database = given(fields.database),
                let user = given(fields.user), let password = given(fields.password), let dbType = given(dbType)
            else {
                throw CLIError(
                    .invalidInput,
                    "Database connections require --host, --port, --database, --user, --password and --db-type.")
            }
            let portNumber = try WholeNumber.port(port)
            return .database(
                DatabaseConnection(
                    name: name, databaseType: try Kind.engine(dbType), host: host, port: portNumber, database: database,
                    user: user, password: password, schema: fields.schema))
        case .mountedShare:
            guard let baseDirectory = fields.baseDirectory else {
                throw CLIError(.invalidInput, "Mounted share connections require --base-dir.")
            }
            return .mountedShare(
                MountedShareConnection(
                    name: name, baseDirectory: baseDirectory, isFileMaskSource: isSource,
                    isFileMaskDestination: isDestination))
        case .s3:
            guard let baseDirectory = fields.baseDirectory, let bucket else {
                throw CLIError(.invalidInput, "S3 connections require --base-dir and --bucket.")
            }
            return .s3(
                S3Connection(
                    name: name, bucket: bucket, baseDirectory: baseDirectory, isFileMaskSource: isSource,
                    isFileMaskDestination: isDestination))
        case let kind:
            throw CLIError(
                .invalidInput, "Use --file for '\(kind.rawValue)' connections; they have too many fields for flags.")
        }
    }

    private func given(_ value: String?) -> String? {
        value.flatMap { $0.isEmpty ? nil : $0 }
    }
}
