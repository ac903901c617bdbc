import DataMasque

extension Terminal {
    /// Logs in, changes one server setting with `change` and reports it: "`setting` set to `value`."
    func changeSetting(
        _ setting: String, to value: String, profile: String?, _ change: (DataMasqueClient.Settings) async throws -> Void
    ) async throws {
        try await withClient(profile: profile) { client in
            try await CLIError.translating("Could not set the \(setting)") { try await change(client.settings) }
        }
        success("\(setting.prefix(1).uppercased() + setting.dropFirst()) set to \(value).")
    }
}
