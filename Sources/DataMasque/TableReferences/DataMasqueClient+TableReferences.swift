extension DataMasqueClient {
    /// The table references stored on the instance.
    public var tableReferences: TableReferences { TableReferences(client: self) }
}
