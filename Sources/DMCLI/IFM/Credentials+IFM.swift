import DataMasque

extension Credentials {
    /// The in-flight masking configuration for these credentials:
    /// the IFM service at the URL followed by `/ifm`, and the request timeout and logger of `terminal`.
    ///
    /// - Throws: ``CLIError`` (`invalid_input`) when the URL is unusable.
    func ifmConfiguration(in terminal: Terminal) throws -> DataMasqueIFMClient.Configuration {
        let admin = try clientConfiguration(in: terminal)
        do {
            return try DataMasqueIFMClient.Configuration(
                adminURL: admin.baseURL, credential: admin.credential, verifyTLS: admin.verifyTLS,
                timeout: admin.timeout, logger: admin.logger)
        } catch let error as DataMasqueError {
            throw CLIError(.invalidInput, "The URL of \(source) is unusable: \(error.message)")
        }
    }
}
