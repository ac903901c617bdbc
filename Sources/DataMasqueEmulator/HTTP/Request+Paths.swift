import Hummingbird

extension Request {
    /// The prefix of the emulator's own control endpoints.
    static let controlPrefix = "/_emulator/"

    /// Whether the request is for a control endpoint,
    /// which bypasses the gateway, faults, authentication and recording.
    var isControlRequest: Bool {
        (uri.path + "/").hasPrefix(Self.controlPrefix)
    }
}
