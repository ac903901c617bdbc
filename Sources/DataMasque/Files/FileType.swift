/// The kinds of file DataMasque stores, each in its own collection.
///
/// The raw values are the names the `dm` tool uses, such as `snowflake-key`.
public enum FileType: String, CaseIterable, Sendable, Hashable {
    /// A CSV of seed values that rulesets draw from.
    case seed = "seed"
    /// A zipped Oracle wallet.
    case oracleWallet = "oracle-wallet"
    /// A zip of SSL certificates for MySQL connections, stored as a connection fileset.
    case sslZip = "ssl-zip"
    /// A private key for Snowflake key-pair authentication.
    case snowflakeKey = "snowflake-key"

    /// The collection the files are listed from and uploaded to, such as `/api/seeds/`.
    public var collectionPath: String {
        switch self {
        case .seed: "/api/seeds/"
        case .oracleWallet: "/api/oracle-wallets/"
        case .sslZip: "/api/connection-filesets/"
        case .snowflakeKey: "/api/files/snowflake-keys/"
        }
    }

    /// The multipart field that carries the file's content.
    public var uploadField: String {
        switch self {
        case .seed: "seed_file"
        case .oracleWallet, .sslZip: "zip_archive"
        case .snowflakeKey: "key_file"
        }
    }

    /// Form fields sent with every upload besides `name`.
    ///
    /// SSL filesets are MySQL-only, so they carry `database_type=mysql`.
    public var extraFormFields: [(name: String, value: String)] {
        self == .sslZip ? [(name: "database_type", value: "mysql")] : []
    }
}
