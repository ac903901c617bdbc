import ArgumentParser

extension DM.Discover {
    struct Schema: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Start a schema discovery run on a database connection.",
            discussion: """
                Prints the run's id; list what it found with `dm discover schema-results <id>` once it has finished \
                (follow it with `dm run status <id>`, or pass --wait).
                """)

        @OptionGroup var options: DiscoveryStart

        func run() async throws {
            try await options.run(.schema)
        }
    }
}
