import ArgumentParser
import DataMasque

extension DM.Connections {
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Change some fields of a connection, keeping its id.",
            discussion: "Only the fields given are sent; rulesets and runs that refer to the connection stay linked.")

        @Argument(help: "The connection's exact name or id.")
        var nameOrID: String

        @OptionGroup var fields: DM.Connections.FieldOptions

        @OptionGroup var profile: ProfileOption

        /// The given fields by their names in messages, with their wire names and values, in a fixed order.
        private func changes() throws -> [(name: String, wireKey: String, value: JSONValue)] {
            let port = try fields.port.map { JSONValue.int(try WholeNumber.port($0)) }
            let given: [(String, String, JSONValue?)] = [
                ("host", "host", fields.host.map(JSONValue.string)), ("port", "port", port),
                ("database", "database", fields.database.map(JSONValue.string)),
                ("user", "user", fields.user.map(JSONValue.string)),
                ("password", "dbpassword", fields.password.map(JSONValue.string)),
                ("schema", "schema", fields.schema.map(JSONValue.string)),
                ("base_directory", "base_directory", fields.baseDirectory.map(JSONValue.string)),
            ]
            return given.compactMap { name, key, value in value.map { (name, key, $0) } }
        }

        func run() async throws {
            let terminal = Terminal.current
            let changes = try changes()
            guard !changes.isEmpty else {
                throw CLIError(.invalidInput, "Pass at least one field to update, such as --password or --host.")
            }
            let name = try await terminal.withClient(profile: profile.profile) { client in
                let (connection, id) = try await DM.Connections.resolve(nameOrID, in: client)
                let fields = Dictionary(uniqueKeysWithValues: changes.map { ($0.wireKey, $0.value) })
                try await CLIError.translating("Could not update connection '\(connection.name)'") {
                    _ = try await client.connections.patch(id: id, fields: fields)
                }
                return connection.name
            }
            terminal.success("Connection '\(name)' updated: \(changes.map(\.name).joined(separator: ", ")).")
        }
    }
}
