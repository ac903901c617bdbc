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
        let settings = terminal.clientSettings
        do {
            var configuration = try DataMasqueClient.Configuration(
                baseURL: url, username: username, password: password, verifyTLS: verifyTLS, spcsPAT: spcsPAT,
                timeout: settings.timeout)
            if let logger = settings.logger(for: terminal) { configuration.logger = logger }
            return configuration
        } catch let error as DataMasqueError {
            throw CLIError(.invalidInput, "The URL of \(source) is unusable: \(error.message)")
        }
    }
}
