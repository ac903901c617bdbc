import DataMasque

extension DiscoveryStart {
    /// The id of the saved discovery config `--config` names for `kind`: the value as given.
    static func resolveConfig(_ name: String, kind: DiscoveryKind, client: DataMasqueClient) async throws -> String {
        name
    }
}
