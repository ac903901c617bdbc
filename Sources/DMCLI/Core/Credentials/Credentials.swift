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

    /// The client configuration for these credentials.
    ///
    /// - Throws: ``CLIError`` (`invalid_input`) when the URL is unusable.
    func clientConfiguration() throws -> DataMasqueClient.Configuration {
        do {
            return try DataMasqueClient.Configuration(
                baseURL: url, username: username, password: password, verifyTLS: verifyTLS, spcsPAT: spcsPAT)
        } catch let error as DataMasqueError {
            throw CLIError(.invalidInput, "The URL of \(source) is unusable: \(error.message)")
        }
    }
}
