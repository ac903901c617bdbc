import ArgumentParser
import DataMasque
import Foundation

extension DM.Connections {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a connection, or replace the one with the same name.",
            discussion: """
                Use --file for any type (a JSON object; - reads standard input), or flags for quick ones:
                  dm connections create --name pg --type database --db-type postgres \\
                    --host db.example.com --port 5432 --database app --user masker --password secret
                  dm connections create --name input --type mounted_share --base-dir data --source
                A file holds "type" (default database) and the connection's fields, for example
                  {"type": "databricks", "name": "dbx", "server_hostname": "…", "http_path": "…",
                   "access_token": "…", "catalog": "main", "schema": "default"}
                Types: database, s3, azure, mounted_share, snowflake, dynamodb, databricks, mongodb.
                """
        )

        @Option(
            name: .shortAndLong,
            help: "A JSON file defining the connection, or - for standard input; other options are ignored.")
        var file: String?

        @Option(help: "The connection's name.")
        var name: String?

        @Option(name: .shortAndLong, help: "database, mounted_share or s3 (other types need --file).")
        var type: String?

        @OptionGroup var fields: DM.Connections.FieldOptions

        @Option(help: "The database engine: postgres, mysql, oracle, mssql, mariadb, redshift, db2_luw, db2i, …")
        var dbType: String?

        @Flag(name: .customLong("source"), help: "The file connection may be a masking source.")
        var isSource = false

        @Flag(name: .customLong("destination"), help: "The file connection may be a masking destination.")
        var isDestination = false

        @Option(help: "The S3 bucket.")
        var bucket: String?

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            let terminal = Terminal.current
            let connection =
                try file.map { try definition(from: $0, in: terminal).connection() } ?? connectionFromFlags()
            let created = try await terminal.withClient(profile: profile.profile) { client in
                try await CLIError.translating("Could not save connection '\(connection.name)'") {
                    var connection = connection
                    let existing = try await client.connections.get(named: connection.name)
                    connection.id = existing?.id
                    _ =
                        try await
                        (existing == nil
                        ? client.connections.create(connection) : client.connections.update(connection))
                    return existing == nil
                }
            }
            terminal.success("Connection '\(connection.name)' \(created ? "created" : "updated").")
        }

        private func definition(from path: String, in terminal: Terminal) throws -> Definition {
            guard path == "-" else { return Definition(source: path, fields: try InputFile(path: path).jsonObject()) }
            let text = terminal.readStandardInputText()
            guard case .object(let fields)? = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else {
                throw CLIError(.invalidInput, "Standard input must hold a JSON object.")
            }
            return Definition(source: "standard input", fields: fields)
        }
    }
}
