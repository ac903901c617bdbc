import ArgumentParser
import DataMasque

extension DM.System {
    struct SetLocality: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-locality",
            abstract: "Set the locality that generated values follow, such as en_GB.")

        @Argument(help: "The locality, such as en_US or en_GB.")
        var locality: String

        @OptionGroup var profile: ProfileOption

        func run() async throws {
            try await Terminal.current.changeSetting("locality", to: locality, profile: profile.profile) {
                try await $0.setLocality(locality)
            }
        }
    }
}
