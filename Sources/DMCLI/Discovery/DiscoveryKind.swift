import DataMasque

/// Schema discovery or file data discovery, with the words `dm discover` uses for each.
enum DiscoveryKind {
    case schema
    case file

    /// Such as `Schema discovery`.
    var title: String {
        switch self {
        case .schema: "Schema discovery"
        case .file: "File data discovery"
        }
    }

    /// The command that reads the run's output once it has finished.
    func followUp(_ id: RunID) -> String {
        switch self {
        case .schema: "Once finished, list results with: dm discover schema-results \(id)"
        case .file: "Once finished, download the report with: dm discover file-report \(id)"
        }
    }
}
