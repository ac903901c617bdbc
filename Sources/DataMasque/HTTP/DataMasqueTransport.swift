/// Sends one HTTP request and returns its response; the last step of every request.
///
/// The client's default transport uses AsyncHTTPClient.
/// Provide your own to route requests elsewhere, or as a test double.
public protocol DataMasqueTransport: Sendable {
    /// Sends `request` and waits at most `timeout` for the complete response, body included.
    ///
    /// `timeout` is what is left of the call's deadline, ``DataMasqueRequest/deadline``.
    ///
    /// - Throws: ``DataMasqueError`` with code ``DataMasqueError/Code/transport``
    ///   or ``DataMasqueError/Code/timeout`` when no response arrives.
    func send(_ request: DataMasqueRequest, timeout: Duration) async throws -> DataMasqueResponse
}
