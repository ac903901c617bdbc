import DataMasque

/// A saved discovery config as a discovery start sees it.
struct SavedDiscoveryConfig {
    var id: String
    var name: String
    /// `database` or `file`.
    var configType: String
    var yaml: String
    /// `valid`, `invalid`, `in_progress` or `unknown`.
    var status: String
}

/// A ruleset generation config as ruleset generation sees it.
struct SavedRGConfig {
    var id: String
    var name: String
    var yaml: String
    /// Why the stored YAML cannot be used, or `nil` when it can.
    var problem: String?
}

extension EmulatorState {
    /// The discovery config `id`, unless it does not exist or has been deleted.
    func savedDiscoveryConfig(id: String) -> SavedDiscoveryConfig? {
        guard let config = try? discoveryConfigs.config(id: id) else { return nil }
        let status = issues(of: config, kind: .discoveryConfig).map { $0.isEmpty ? "valid" : "invalid" } ?? "in_progress"
        return SavedDiscoveryConfig(
            id: config.id, name: config.name, configType: config.scope, yaml: config.yaml, status: status)
    }

    /// The ruleset generation config `id`, unless it does not exist or has been deleted (archived).
    func savedRGConfig(id: String) -> SavedRGConfig? {
        guard let config = try? rgConfigs.config(id: id) else { return nil }
        let issues = issues(of: config, kind: .rgConfig)
        let problem = issues == nil ? "its validation is still in progress" : issues?.first?.message
        return SavedRGConfig(id: config.id, name: config.name, yaml: config.yaml, problem: problem)
    }

    /// The YAML of the built-in discovery config of `configType`, `database` or `file`.
    func defaultDiscoveryConfigYAML(configType: String) -> String {
        DefaultConfigYAML.discovery(configType: configType)
    }
}
