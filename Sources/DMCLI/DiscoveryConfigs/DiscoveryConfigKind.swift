import ArgumentParser
import DataMasque

/// The `-t/--type` of a discovery config: `database` or `file`, spelled exactly.
enum DiscoveryConfigKind: String, CaseIterable, ExpressibleByArgument {
    case database
    case file

    /// The client's discovery config type.
    var configType: DiscoveryConfigType {
        switch self {
        case .database: .database
        case .file: .file
        }
    }
}
