import Foundation

/// What the emulator keeps about a discovery run besides its ``StoredRun``.
struct DiscoveryRecord {
    /// The findings of either kind of discovery.
    enum Findings {
        case schema(SchemaScan)
        case files(FileScan)
    }

    let runID: Int
    let connectionID: String
    let findings: Findings
    let snapshot: DiscoveryConfigSnapshot
}

/// The discovery runs' findings and config snapshots, by run id.
struct DiscoveryStore {
    private(set) var records: [Int: DiscoveryRecord] = [:]

    mutating func add(_ record: DiscoveryRecord) {
        records[record.runID] = record
    }

    func record(runID: Int) -> DiscoveryRecord? {
        records[runID]
    }
}
