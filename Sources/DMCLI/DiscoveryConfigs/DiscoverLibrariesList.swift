import ArgumentParser
import DataMasque

extension DM.Discover.Libraries {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the discovery config libraries with their validity and use.")

        @OptionGroup var profile: ProfileOption
        @OptionGroup var output: JSONOption

        func run() async throws {
            let terminal = Terminal.current
            let libraries = try await terminal.withClient(profile: profile.profile) { client in
                try await client.discoveryConfigLibraries.list()
            }
            terminal.render(
                TableOutput(
                    title: "Discovery Config Libraries", columns: ["id", "namespace", "name", "valid", "used_by"],
                    rows: libraries.map {
                        [
                            .optional($0.id), .string($0.namespace), .string($0.name), .string($0.isValid.statusText),
                            $0.usageCount.map(OrderedJSON.int) ?? .null,
                        ]
                    }),
                json: output.json)
        }
    }
}
