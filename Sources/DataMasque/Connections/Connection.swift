/// A DataMasque connection of any kind: a database or a file store.
///
/// The server tags each connection with `mask_type`,
/// then `db_type` for databases or `type` for file stores;
/// each kind has its own case and model:
///
/// ```swift
/// let connection = Connection.database(
///     DatabaseConnection(
///         name: "pg", databaseType: .postgres,
///         host: "db.example.com", port: 5432, database: "app", user: "masker", password: "secret"))
/// ```
///
/// Secrets such as passwords are write-only:
/// they are sent when you set them,
/// and connections read from the server never carry them.
///
/// A connection of a kind this release does not know,
/// or one whose fields do not fit its kind,
/// decodes to ``unknown(_:)`` rather than failing,
/// so one such connection never breaks a whole list.
public enum Connection: Sendable, Hashable {
    /// A generic SQL database: PostgreSQL, MySQL, Oracle, SQL Server, Redshift and others.
    case database(DatabaseConnection)
    /// A table reached through a Microsoft SQL Server linked server.
    case mssqlLinkedServer(MSSQLLinkedServerConnection)
    /// Snowflake.
    case snowflake(SnowflakeConnection)
    /// Amazon DynamoDB.
    case dynamo(DynamoConnection)
    /// MongoDB, Amazon DocumentDB or Azure Cosmos DB for MongoDB, told apart by ``MongoConnection/flavor``.
    case mongo(MongoConnection)
    /// A Databricks SQL Warehouse.
    case databricks(DatabricksConnection)
    /// Apache Cassandra.
    case cassandra(CassandraConnection)
    /// SAP Adaptive Server Enterprise (Sybase).
    case sapASE(SAPASEConnection)
    /// Salesforce.
    case salesforce(SalesforceConnection)
    /// An Amazon S3 bucket.
    case s3(S3Connection)
    /// An Azure Blob Storage container.
    case azureBlob(AzureBlobConnection)
    /// A Google Cloud Storage bucket.
    case gcs(GCSConnection)
    /// A file share mounted on the DataMasque host.
    case mountedShare(MountedShareConnection)
    /// A connection this release cannot model, kept exactly as the server sent it.
    ///
    /// It encodes back to the same JSON,
    /// and its ``requestBody()`` is that JSON,
    /// so you can also build one to create a connection of a kind this release does not know.
    case unknown(JSONValue)
}
