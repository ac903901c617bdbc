/// The four kinds of uploaded file, each with its own collection and upload field.
enum FileKind: CaseIterable, Sendable {
    /// CSV seed files.
    case seed
    /// Oracle wallets (zip).
    case oracleWallet
    /// Connection filesets such as SSL certificates (zip).
    case connectionFileset
    /// Snowflake private keys.
    case snowflakeKey

    /// Where the kind is listed and uploaded; wallets and filesets answer under both path forms.
    var collectionPaths: [String] {
        switch self {
        case .seed: ["/api/seeds/"]
        case .oracleWallet: ["/api/oracle-wallets/", "/api/files/oracle-wallets/"]
        case .connectionFileset: ["/api/connection-filesets/", "/api/files/connection-filesets/"]
        case .snowflakeKey: ["/api/files/snowflake-keys/"]
        }
    }

    /// The multipart field that carries the file.
    var fileField: String {
        switch self {
        case .seed: "seed_file"
        case .oracleWallet, .connectionFileset: "zip_archive"
        case .snowflakeKey: "key_file"
        }
    }

    /// Form fields the upload requires besides `name` and the file; they are echoed in the file's JSON.
    var requiredFields: [String] {
        self == .connectionFileset ? ["database_type"] : []
    }

    /// Whether `GET {collection}{id}/download/` returns the bytes.
    var isDownloadable: Bool {
        self == .oracleWallet || self == .connectionFileset
    }
}
