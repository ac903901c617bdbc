import DataMasque
import Foundation

extension DM.Connections.Create {
    /// A connection read from a JSON definition:
    /// `type` (default `database`) and the connection's fields,
    /// by their wire names or the official CLI's names (`database_type`, `password`, `db_schema`).
    struct Definition {
        /// Where the definition came from, for messages.
        let source: String
        let fields: [String: JSONValue]

        /// The connection the definition describes, secrets included.
        ///
        /// - Throws: ``CLIError`` `invalid_input` for a bad `type` or engine, or a missing or mistyped field.
        func connection() throws -> Connection {
            var fields = fields
            let type = fields.removeValue(forKey: "type") ?? "database"
            guard let typeName = type.stringValue else {
                throw CLIError(.invalidInput, "\(source): \"type\" must be a string.")
            }
            let kind = try Kind(argument: typeName)
            rename("database_type", to: "db_type", in: &fields)
            rename("db_schema", to: "schema", in: &fields)
            if [.database, .snowflake, .mongodb].contains(kind) { rename("password", to: "dbpassword", in: &fields) }
            fields.merge(try discriminators(of: kind, given: fields["db_type"])) { _, fixed in fixed }
            do {
                return try decode(kind, from: fields)
            } catch let error as DecodingError {
                throw CLIError(
                    .invalidInput, "\(source) is not a valid \(kind.rawValue) connection: \(Self.describe(error))")
            }
        }

        private func rename(_ key: String, to wireKey: String, in fields: inout [String: JSONValue]) {
            guard let value = fields.removeValue(forKey: key), fields[wireKey] == nil else { return }
            fields[wireKey] = value
        }

        private func discriminators(of kind: Kind, given engine: JSONValue?) throws -> [String: JSONValue] {
            switch kind {
            case .database:
                guard let engine = engine?.stringValue else {
                    throw CLIError(
                        .invalidInput, "\(source): a database connection needs \"database_type\", such as postgres.")
                }
                return ["mask_type": "database", "db_type": .string(try Kind.engine(engine).rawValue)]
            case .snowflake: return ["mask_type": "database", "db_type": "snowflake"]
            case .dynamodb: return ["mask_type": "database", "db_type": "dynamo_db"]
            case .databricks: return ["mask_type": "database", "db_type": "databricks"]
            case .mongodb: return ["mask_type": "database", "db_type": "mongodb"]
            case .s3: return ["mask_type": "file", "type": "s3_connection"]
            case .azure: return ["mask_type": "file", "type": "azure_blob_connection"]
            case .mountedShare: return ["mask_type": "file", "type": "mounted_share_connection"]
            }
        }

        /// Decodes the kind's model, then sets the secrets, which models never read from JSON.
        private func decode(_ kind: Kind, from fields: [String: JSONValue]) throws -> Connection {
            let data = try JSONEncoder().encode(JSONValue.object(fields))
            func model<Model: Decodable>(_ type: Model.Type) throws -> Model {
                try JSONDecoder().decode(type, from: data)
            }
            let secret = { (key: String) in fields[key]?.stringValue }
            switch kind {
            case .database:
                var connection = try model(DatabaseConnection.self)
                connection.password = secret("dbpassword")
                return .database(connection)
            case .snowflake:
                var connection = try model(SnowflakeConnection.self)
                (connection.password, connection.privateKeyPassphrase) =
                    (secret("dbpassword"), secret("snowflake_private_key_passphrase"))
                return .snowflake(connection)
            case .mongodb:
                var connection = try model(MongoConnection.self)
                connection.password = secret("dbpassword")
                return .mongo(connection)
            case .databricks:
                var connection = try model(DatabricksConnection.self)
                connection.accessToken = secret("access_token")
                return .databricks(connection)
            case .azure:
                var connection = try model(AzureBlobConnection.self)
                connection.connectionString = secret("connection_string")
                return .azureBlob(connection)
            case .dynamodb: return .dynamo(try model(DynamoConnection.self))
            case .s3: return .s3(try model(S3Connection.self))
            case .mountedShare: return .mountedShare(try model(MountedShareConnection.self))
            }
        }

        /// What is wrong, naming the field.
        private static func describe(_ error: DecodingError) -> String {
            func field(_ path: [any CodingKey]) -> String { path.map(\.stringValue).joined(separator: ".") }
            switch error {
            case .keyNotFound(let key, let context):
                return "the field \"\(field(context.codingPath + [key]))\" is missing."
            case .valueNotFound(_, let context), .typeMismatch(_, let context), .dataCorrupted(let context):
                return "the field \"\(field(context.codingPath))\" has an unusable value: \(context.debugDescription)"
            @unknown default:
                return "\(error)"
            }
        }
    }
}
