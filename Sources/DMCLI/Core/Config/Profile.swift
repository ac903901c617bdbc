/// One saved set of credentials in the config file.
struct Profile: Sendable, Equatable {
    /// The instance's base URL, without a trailing `/`.
    var url = ""
    var username = ""
    /// Stored in plain text, as the official CLI does; the file is readable by its owner only.
    var password = ""
    /// Whether TLS certificates are verified (`verify_ssl`).
    var verifySSL = true
    /// The Snowflake PAT for an SPCS-hosted instance (`spcs_pat`, a key the official CLI ignores).
    var spcsPAT: String?

    /// Whether the URL, username and password are all set.
    var isConfigured: Bool {
        !url.isEmpty && !username.isEmpty && !password.isEmpty
    }
}
