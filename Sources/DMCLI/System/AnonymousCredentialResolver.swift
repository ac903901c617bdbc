import Foundation

/// Chooses the instance for a command that does not log in (`system health`, `system admin-install`):
/// only a URL is needed.
///
/// In order: the profile named by `--profile`; else `DATAMASQUE_URL` alone; else the active profile.
/// `DATAMASQUE_VERIFY_SSL` and `DATAMASQUE_SPCS_PAT` override the chosen source, as for other commands.
struct AnonymousCredentialResolver {
    let terminal: Terminal

    /// Credentials with the URL, TLS choice and SPCS PAT, and no username or password.
    ///
    /// - Throws: ``CLIError`` `auth_required` when no URL is configured, or the config file's errors.
    func resolve(profile name: String?) throws -> Credentials {
        var credentials = Credentials(source: "(env)", url: "", username: "", password: "", verifyTLS: true)
        if name == nil, let url = terminal.variable("DATAMASQUE_URL") {
            credentials.url = url
        } else {
            let configuration = try ConfigFile(for: terminal).load()
            let source = name ?? configuration.activeProfile
            let profile = configuration.profile(named: source)
            (credentials.source, credentials.url) = (source, profile.url)
            (credentials.verifyTLS, credentials.spcsPAT) = (profile.verifySSL, profile.spcsPAT)
        }
        guard !credentials.url.isEmpty else {
            throw CLIError(
                .authRequired, "No DataMasque URL is configured.",
                hint: "Set DATAMASQUE_URL or run `dm auth login`.")
        }
        credentials.url = CredentialResolver.trimmingSlashes(credentials.url)
        CredentialResolver.applyOverrides(to: &credentials, from: terminal)
        return credentials
    }
}
