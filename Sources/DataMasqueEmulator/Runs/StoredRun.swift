import DataMasque
import Foundation

/// A masking run as started; its status follows from ``RunTimeline``.
struct StoredRun {
    /// A connection as a run names it.
    struct Endpoint {
        var id: String
        var name: String
    }

    /// What a run does.
    enum Purpose {
        case masking
        case schemaDiscovery
        case fileDataDiscovery
    }

    let id: Int
    let name: String?
    let maskType: MaskType
    let source: Endpoint
    let destination: Endpoint?
    let ruleset: Endpoint
    /// The options as `GET` echoes them, with `run_secret` hidden.
    let options: [String: JSONValue]
    let created: Date
    /// The tables or files the run masks, one per step while `running`.
    let items: [String]
    var outcome: RunOutcome
    /// The step at which a cancel arrived, if one did.
    var cancelledAtStep: Int?
    var purpose = Purpose.masking

    var isFileRun: Bool { maskType == .file }

    /// Whether the run uses the connection `id`, as source or destination.
    func uses(connection id: String) -> Bool {
        source.id == id || destination?.id == id
    }
}
