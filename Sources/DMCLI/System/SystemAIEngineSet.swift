import ArgumentParser
import DataMasque

extension DM.System.AIEngine {
    struct SetURL: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Set the AI engine URL.")

        @Argument(help: "The AI engine's URL.")
        var url: String

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            try await Terminal.current.changeSetting("AI engine URL", to: url, profile: profile.profile) {
                try await $0.setAIEngineURL(url)
            }
        }
    }
}
