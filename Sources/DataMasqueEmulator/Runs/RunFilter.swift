import Foundation
import Hummingbird

/// The filters of `GET /api/runs/`; an empty value filters nothing.
///
/// `run_status` and `ruleset_name` match exactly;
/// `connection_ruleset_name` matches, ignoring case, part of the source, destination or ruleset name.
struct RunFilter {
    var status: String?
    var rulesetName: String?
    var search: String?

    init(_ query: Parameters) {
        func value(_ key: String) -> String? {
            query[Substring(key)].flatMap { $0.isEmpty ? nil : String($0) }
        }
        (status, rulesetName, search) = (value("run_status"), value("ruleset_name"), value("connection_ruleset_name"))
    }

    /// Whether it lets every run through.
    var isEmpty: Bool {
        status == nil && rulesetName == nil && search == nil
    }

    func matches(_ timeline: RunTimeline, at now: Date) -> Bool {
        let run = timeline.run
        if let rulesetName, run.ruleset.name != rulesetName { return false }
        if let search {
            let names = [run.source.name, run.destination?.name ?? "", run.ruleset.name]
            guard names.contains(where: { $0.localizedCaseInsensitiveContains(search) }) else { return false }
        }
        if let status, timeline.status(at: now).rawValue != status { return false }
        return true
    }
}
