import ArgumentParser

extension DM {
    struct Files: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "files",
            abstract: "List, upload and delete key files that connections refer to.",
            discussion: "FILE_TYPE is snowflake-key: a private key for Snowflake key-pair authentication.",
            subcommands: [List.self, Delete.self, Upload.self]
        )
    }
}
