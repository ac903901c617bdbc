import DataMasque

extension FileType {
    /// Where the emulator lists and accepts files of this type:
    /// the library's ``FileType/collectionPath``, and for wallets and filesets also their `/api/files/…` form.
    var collectionPaths: [String] {
        switch self {
        case .oracleWallet: [collectionPath, "/api/files/oracle-wallets/"]
        case .sslZip: [collectionPath, "/api/files/connection-filesets/"]
        default: [collectionPath]
        }
    }

    /// Form fields an upload requires besides `name` and the file; they are echoed in the file's JSON.
    var requiredFields: [String] {
        extraFormFields.map(\.name)
    }

    /// Whether `GET {collection}{id}/download/` returns the bytes.
    var isDownloadable: Bool {
        self == .oracleWallet || self == .sslZip
    }
}
