public import DataMasque
public import DataMasqueEmulator
public import Foundation

/// A started emulator, as ``withEmulator(_:_:)`` hands it to the test.
public struct RunningEmulator: Sendable {
    /// The address to send requests to, such as `http://127.0.0.1:54321`.
    public let baseURL: URL
    /// Switches for tokens, faults, the start-up phase and the SPCS gateway, and the recorded requests.
    public let control: EmulatorControl
    /// The settings the emulator runs with, including its username, password and SPCS PAT.
    public let configuration: EmulatorConfiguration

    /// Creates a handle; ``withEmulator(_:_:)`` makes these for you.
    public init(baseURL: URL, control: EmulatorControl, configuration: EmulatorConfiguration) {
        self.baseURL = baseURL
        self.control = control
        self.configuration = configuration
    }

    /// A client configuration that logs in to this emulator with its user
    /// and passes its SPCS gateway, if it has one.
    ///
    /// Change the returned value to test other situations,
    /// for example set `spcsPAT` to a wrong token.
    ///
    /// - Parameters:
    ///   - credential: How to log in; by default the emulator's user and password.
    ///   - timeout: The deadline of each call, retries included; 30 seconds by default.
    ///   - retryPolicy: How the client retries; ``RetryPolicy/none`` makes faults surface at once.
    public func clientConfiguration(
        credential: DataMasqueClient.Credential? = nil,
        timeout: Duration = .seconds(30),
        retryPolicy: RetryPolicy = .default
    ) throws -> DataMasqueClient.Configuration {
        try DataMasqueClient.Configuration(
            baseURL: baseURL,
            credential: credential ?? .password(username: configuration.username, password: configuration.password),
            spcsPAT: configuration.spcsPAT,
            timeout: .init(request: timeout, transfer: max(timeout, .seconds(60)), idle: timeout),
            retryPolicy: retryPolicy
        )
    }

    /// Runs `body` with a client of this emulator, made from ``clientConfiguration(credential:timeout:retryPolicy:)``,
    /// and shuts the client down afterwards.
    public func withClient<Result: Sendable>(_ body: (DataMasqueClient) async throws -> Result) async throws -> Result {
        try await withDataMasqueClient(try clientConfiguration(), body)
    }
}
