import DataMasque

extension StoredConfig {
    /// A discovery config as DataMasque returns it, with `issues` as its verdict (`nil` while validation is pending):
    /// a one-line `validation_error` and the positioned errors under `errors.config_yaml`.
    func discoveryConfigJSON(issues: [ValidationIssue]?, includeYAML: Bool) -> JSONValue {
        var object = discoveryJSON(issues: issues, includeYAML: includeYAML)
        object["config_type"] = .string(scope)
        object["errors"] =
            issues.map { $0.isEmpty ? [:] : ["config_yaml": .array($0.map(\.positionJSON))] } ?? [:]
        object["archived"] = false
        return .object(object)
    }

    /// A discovery config library as DataMasque returns it, with `issues` as its verdict
    /// and `usageCount` configs importing it.
    func discoveryLibraryJSON(issues: [ValidationIssue]?, usageCount: Int, includeYAML: Bool) -> JSONValue {
        var object = discoveryJSON(issues: issues, includeYAML: includeYAML)
        object["namespace"] = .string(scope)
        object["usage_count"] = .int(usageCount)
        return .object(object)
    }

    /// An RG config as DataMasque returns it, with `issues` as its `validation_errors`.
    func rgConfigJSON(issues: [ValidationIssue]?, includeYAML: Bool) -> JSONValue {
        var object = commonJSON(issues: issues, includeYAML: includeYAML)
        object["validation_errors"] = .array((issues ?? []).map(\.json))
        object["archived"] = false
        return .object(object)
    }

    private func discoveryJSON(issues: [ValidationIssue]?, includeYAML: Bool) -> [String: JSONValue] {
        var object = commonJSON(issues: issues, includeYAML: includeYAML)
        let messages = (issues ?? []).map(\.message)
        object["validation_error"] = messages.isEmpty ? .null : .string(messages.joined(separator: "; "))
        return object
    }

    private func commonJSON(issues: [ValidationIssue]?, includeYAML: Bool) -> [String: JSONValue] {
        var object: [String: JSONValue] = [
            "id": .string(id), "name": .string(name),
            "is_valid": .string(issues.map { $0.isEmpty ? "valid" : "invalid" } ?? "in_progress"),
            "created": .string(created.timestamp), "modified": .string(modified.timestamp),
        ]
        if includeYAML { object["config_yaml"] = .string(yaml) }
        return object
    }
}
