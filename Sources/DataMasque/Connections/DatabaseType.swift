/// The database engine of a connection, sent as `db_type`.
///
/// A value added by a newer server decodes to ``unknown(_:)`` and encodes back unchanged.
public enum DatabaseType: OpenEnum {
    /// PostgreSQL (`postgres`).
    case postgres
    /// MySQL (`mysql`).
    case mysql
    /// Oracle Database (`oracle`).
    case oracle
    /// MariaDB (`mariadb`).
    case mariadb
    /// Microsoft SQL Server (`mssql`).
    case mssql
    /// Amazon Redshift (`redshift`).
    case redshift
    /// Amazon DynamoDB (`dynamo_db`).
    case dynamoDB
    /// IBM Db2 for Linux, Unix and Windows (`db2_luw`).
    case db2Luw
    /// IBM Db2 for i (`db2i`).
    case db2i
    /// A table reached through a Microsoft SQL Server linked server (`mssql_linked`).
    case mssqlLinked
    /// Snowflake (`snowflake`).
    case snowflake
    /// MongoDB (`mongodb`).
    case mongoDB
    /// Amazon DocumentDB (`documentdb`).
    case documentDB
    /// Azure Cosmos DB for MongoDB (`cosmosdb`).
    case cosmosDB
    /// Databricks Lakebase (PostgreSQL-compatible) (`databricks_lakebase`).
    case databricksLakebase
    /// A Databricks SQL Warehouse (`databricks`).
    case databricks
    /// IBM Informix (`informix`).
    case informix
    /// SAP HANA (`saphana`).
    case sapHana
    /// Apache Cassandra (`cassandra`).
    case cassandra
    /// SAP Adaptive Server Enterprise (Sybase) (`sap_ase`).
    case sapASE
    /// Salesforce (`salesforce`).
    case salesforce
    /// A value this release does not know, kept as the server sent it.
    case unknown(String)

    public static let knownCases: [Self] = [
        .postgres,
        .mysql,
        .oracle,
        .mariadb,
        .mssql,
        .redshift,
        .dynamoDB,
        .db2Luw,
        .db2i,
        .mssqlLinked,
        .snowflake,
        .mongoDB,
        .documentDB,
        .cosmosDB,
        .databricksLakebase,
        .databricks,
        .informix,
        .sapHana,
        .cassandra,
        .sapASE,
        .salesforce,
    ]

    public var rawValue: String {
        switch self {
        case .postgres: "postgres"
        case .mysql: "mysql"
        case .oracle: "oracle"
        case .mariadb: "mariadb"
        case .mssql: "mssql"
        case .redshift: "redshift"
        case .dynamoDB: "dynamo_db"
        case .db2Luw: "db2_luw"
        case .db2i: "db2i"
        case .mssqlLinked: "mssql_linked"
        case .snowflake: "snowflake"
        case .mongoDB: "mongodb"
        case .documentDB: "documentdb"
        case .cosmosDB: "cosmosdb"
        case .databricksLakebase: "databricks_lakebase"
        case .databricks: "databricks"
        case .informix: "informix"
        case .sapHana: "saphana"
        case .cassandra: "cassandra"
        case .sapASE: "sap_ase"
        case .salesforce: "salesforce"
        case .unknown(let rawValue): rawValue
        }
    }
}
