import DataMasqueTesting

extension RunningEmulator {
    /// The variables that point `dm` at this emulator with its administrator.
    var cliEnvironment: [String: String] {
        [
            "DATAMASQUE_URL": baseURL.absoluteString, "DATAMASQUE_USERNAME": configuration.username,
            "DATAMASQUE_PASSWORD": configuration.password,
        ]
    }
}
