import DataMasque

extension DM.Connections.Create {
    /// The connection types `--type` and a definition file's `type` accept.
    enum Kind: String, CaseIterable {
        case database, s3, azure
        case mountedShare = "mounted_share"
        case snowflake, dynamodb, databricks, mongodb

        /// The engines a `database` connection may use; the others have their own type.
        static let genericEngines: [DatabaseType] = [
            .postgres, .mysql, .oracle, .mariadb, .mssql, .redshift, .db2Luw, .db2i, .databricksLakebase, .informix,
            .sapHana,
        ]

        /// The type called `name`.
        ///
        /// - Throws: ``CLIError`` `invalid_input` listing the valid types.
        init(argument name: String) throws {
            guard let kind = Self(rawValue: name) else {
                throw CLIError(
                    .invalidInput, "Unknown connection type '\(name)'.",
                    hint: "Valid types: \(Self.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            self = kind
        }

        /// The engine called `name` for a `database` connection.
        ///
        /// - Throws: ``CLIError`` `invalid_input` listing the valid engines.
        static func engine(_ name: String) throws -> DatabaseType {
            guard let engine = genericEngines.first(where: { $0.rawValue == name }) else {
                throw CLIError(
                    .invalidInput, "Unknown database type '\(name)'.",
                    hint: "Valid database types: \(genericEngines.map(\.rawValue).joined(separator: ", ")).")
            }
            return engine
        }
    }
}
