import ArgumentParser

extension DM.Discover {
    struct File: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "file",
            abstract: "Start a file data discovery run on a file connection.",
            discussion: """
                Prints the run's id; read what it found with `dm discover file-report <id>` once it has finished \
                (follow it with `dm run status <id>`, or pass --wait).
                """)

        @OptionGroup var options: DiscoveryStart

        func run() async throws {
            try await options.run(.file)
        }
    }
}
