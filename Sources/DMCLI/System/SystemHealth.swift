import ArgumentParser

extension DM.System {
    struct Health: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "health",
            abstract: "Check that the instance is up, without logging in.",
            discussion: "Needs only a URL: --profile's, else DATAMASQUE_URL, else the active profile's.")

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let url = try await terminal.withAnonymousClient(profile: profile.profile) { client, credentials in
                try await client.healthcheck()
                return credentials.url
            }
            if terminal.wantsJSON(output.json) { terminal.printJSON(.object([.init("status", .string("healthy"))])) }
            terminal.success("DataMasque at \(url) is healthy.")
        }
    }
}
