import ArgumentParser
import DataMasque

/// The `-t/--type` of a ruleset: `database` or `file`, spelled exactly.
enum RulesetKind: String, CaseIterable, ExpressibleByArgument {
    case database
    case file

    /// The client's ruleset type.
    var rulesetType: RulesetType {
        switch self {
        case .database: .database
        case .file: .file
        }
    }
}
