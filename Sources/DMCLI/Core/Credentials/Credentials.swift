import DataMasque
import Foundation

/// What a command logs in with, once resolved from `--profile`, the environment or the active profile.
struct Credentials: Sendable, Equatable {
    /// Where they came from: a profile name, or `(env)`.
    var source: String
    var url: String
    var username: String
    var password: String
    var verifyTLS: Bool
    var spcsPAT: String?

    /// The client configuration for these credentials,
    /// with the request timeout and logger of `terminal`'s ``Terminal/clientSettings``.
    ///
    /// - Throws: ``CLIError`` (`invalid_input`) when the URL is unusable.
    func clientConfiguration(in terminal: Terminal) throws -> DataMasqueClient.Configuration {
        var configuration: DataMasqueClient.Configuration
        do {
            configuration = try DataMasqueClient.Configuration(
                baseURL: url, username: username, password: password, verifyTLS: verifyTLS, spcsPAT: spcsPAT)
        } catch let error as DataMasqueError {
            throw CLIError(.invalidInput, "The URL of \(source) is unusable: \(error.message)")
        }
        terminal.clientSettings.apply(to: &configuration, terminal: terminal)
        return configuration
    }
}
