public import DataMasqueEmulator

/// Runs `body` against a fresh emulator and stops the emulator afterwards, even when `body` throws.
///
/// By default the emulator listens on `127.0.0.1` on a free port,
/// so tests can run in parallel.
///
/// ```swift
/// @Test func listsConnections() async throws {
///     try await withEmulator { emulator in
///         try await emulator.withClient { client in
///             #expect(try await client.connections.list().isEmpty)
///         }
///     }
/// }
/// ```
///
/// - Throws: When the emulator cannot start, or what `body` throws.
public func withEmulator<Result: Sendable>(
    _ configuration: EmulatorConfiguration = EmulatorConfiguration(port: 0),
    _ body: (RunningEmulator) async throws -> Result
) async throws -> Result {
    let emulator = DataMasqueEmulator(configuration: configuration)
    let baseURL = try await emulator.start()
    let running = RunningEmulator(baseURL: baseURL, control: emulator.control, configuration: configuration)
    let result: Result
    do {
        result = try await body(running)
    } catch {
        await emulator.stop()
        throw error
    }
    await emulator.stop()
    return result
}
