import ArgumentParser
import DataMasque

/// A `--log-level` value: `DEBUG`, `INFO`, `WARNING`, `ERROR` or `CRITICAL`, in any case.
struct LogLevelArgument: ExpressibleByArgument {
    /// The level, spelt as the service spells it.
    let level: IFMLogLevel

    init?(argument: String) {
        guard let level = IFMLogLevel.knownLevels.first(where: { $0 == IFMLogLevel(rawValue: argument) }) else {
            return nil
        }
        self.level = level
    }

    static var allValueStrings: [String] { IFMLogLevel.knownLevels.map(\.rawValue) }
}
