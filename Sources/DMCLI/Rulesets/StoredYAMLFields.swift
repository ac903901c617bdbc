import DataMasque

/// The members rulesets and ruleset libraries share, as the server returns them.
struct StoredYAMLFields {
    var id: String?
    var name: String
    var yaml: String
    /// `valid`, `invalid`, `in_progress` or `unknown`.
    var status: String
    var issues: [ValidationIssueRecord]

    init(_ json: JSONValue) {
        id = json["id"]?.stringValue ?? json["id"]?.intValue.map(String.init)
        name = json["name"]?.stringValue ?? ""
        yaml = json["config_yaml"]?.stringValue ?? ""
        status = json["is_valid"]?.stringValue ?? "unknown"
        issues = ValidationIssueRecord.list(json["validation_errors"])
    }

    init(id: String?, name: String, yaml: String?, metadata: ServerMetadata) {
        self.id = id
        self.name = name
        self.yaml = yaml ?? ""
        status = metadata.isValid?.rawValue ?? "unknown"
        issues = metadata.validationErrors.map(ValidationIssueRecord.init)
    }
}
