/// A control request the emulator cannot carry out, such as scripting a run that does not exist.
public struct EmulatorControlError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
