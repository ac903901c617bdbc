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
    /// The discovery config `id`, unless it does not exist or is archived.
    func savedDiscoveryConfig(id: String) -> SavedDiscoveryConfig? {
        nil
    }

    /// The ruleset generation config `id`, unless it does not exist or is archived.
    func savedRGConfig(id: String) -> SavedRGConfig? {
        nil
    }

    /// The YAML of the built-in discovery config of `configType`, `database` or `file`.
    func defaultDiscoveryConfigYAML(configType: String) -> String {
        DiscoveryOptions().yaml
    }
}
