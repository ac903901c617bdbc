import DataMasque
import Yams

extension StoredRun {
    /// The files every emulated file run masks.
    static let maskedFiles = ["customers.csv", "orders.json", "invoices.parquet"]
    /// The tables a database run masks when its ruleset names none.
    static let defaultTables = ["customers", "orders", "payments"]

    /// What a run of `maskType` with ruleset `yaml` masks:
    /// the `table` of each `mask_table` task (nested ones included) for a database run,
    /// or ``maskedFiles`` for a file run.
    static func items(maskType: MaskType, yaml: String) -> [String] {
        guard maskType == .database else { return maskedFiles }
        let tasks = (try? Yams.compose(yaml: yaml))??.mapping?["tasks"]
        let tables = tables(in: tasks)
        return tables.isEmpty ? defaultTables : tables
    }

    private static func tables(in tasks: Node?) -> [String] {
        (tasks?.sequence.map(Array.init) ?? []).flatMap { task -> [String] in
            let fields = task.mapping
            if let table = fields?["table"]?.scalar?.string, fields?["type"]?.scalar?.string == "mask_table" {
                return [table]
            }
            return tables(in: fields?["tasks"])
        }
    }
}
