import ArgumentParser
import DataMasque

extension DM.System.AIEngine {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show the AI engine URL.",
            discussion: "JSON: {\"dm_ai_engine_url\": <url or null>}.")

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let settings = try await terminal.withClient(profile: profile.profile) { client in
                try await client.settings.get()
            }
            let url = settings.dmAIEngineURL.flatMap { $0.isEmpty ? nil : $0 }
            if terminal.wantsJSON(output.json) {
                return terminal.printJSON(.object([.init("dm_ai_engine_url", .optional(url))]))
            }
            terminal.render(
                DetailOutput(
                    title: "AI Engine", fields: [.init("dm_ai_engine_url", .string(url ?? "<not configured>"))]),
                json: false)
        }
    }
}
