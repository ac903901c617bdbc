import ArgumentParser

extension DM {
    struct System: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "system",
            abstract: "Check and set up the DataMasque instance: health, licence, logs and settings.",
            subcommands: [
                Health.self, Licence.self, Logs.self, UploadLicence.self, AdminInstall.self, SetLocality.self,
                AIEngine.self,
            ]
        )
    }
}
