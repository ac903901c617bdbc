import ArgumentParser

extension DM.Connections {
    /// The connection fields `create` and `update` take as flags.
    struct FieldOptions: ParsableArguments {
        @Option(help: "The database server's host name.")
        var host: String?

        @Option(parsing: .unconditional, help: "The database server's port.")
        var port: String?

        @Option(help: "The database name.")
        var database: String?

        @Option(help: "The database user.")
        var user: String?

        @Option(help: "The database user's password.")
        var password: String?

        @Option(help: "The database schema.")
        var schema: String?

        @Option(name: .customLong("base-dir"), help: "The base directory of a file connection.")
        var baseDirectory: String?
    }
}
