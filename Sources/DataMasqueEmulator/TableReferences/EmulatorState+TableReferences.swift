import DataMasque

extension EmulatorState {
    /// The ids of the connections that exist, which a table reference may point at.
    var liveConnectionIDs: Set<String> {
        Set(connections.all.compactMap { $0["id"]?.stringValue })
    }
}
