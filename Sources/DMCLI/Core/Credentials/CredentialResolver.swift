import Foundation

/// Chooses the credentials of a command that logs in.
///
/// In order: the profile named by `--profile`;
/// else `DATAMASQUE_URL`, `DATAMASQUE_USERNAME` and `DATAMASQUE_PASSWORD` when all three are set;
/// else the active profile of the config file.
/// `DATAMASQUE_VERIFY_SSL` and `DATAMASQUE_SPCS_PAT` then override the chosen source in every case.
struct CredentialResolver {
    let terminal: Terminal

    /// The credentials to use, the SPCS PAT registered for redaction.
    ///
    /// - Throws: ``CLIError`` `auth_required` when the chosen profile lacks a URL, username or password,
    ///   or the config file's errors.
    func resolve(profile name: String?) throws -> Credentials {
        var credentials = try environmentCredentials(ignoring: name) ?? profileCredentials(named: name)
        Self.applyOverrides(to: &credentials, from: terminal)
        return credentials
    }

    /// Applies `DATAMASQUE_VERIFY_SSL` and `DATAMASQUE_SPCS_PAT` to `credentials`,
    /// and registers the PAT for redaction.
    ///
    /// `DATAMASQUE_VERIFY_SSL`: `false`, `0`, `no` or `off` turn verification off, any other value on; unset, no override.
    static func applyOverrides(to credentials: inout Credentials, from terminal: Terminal) {
        if let value = terminal.environment["DATAMASQUE_VERIFY_SSL"] {
            credentials.verifyTLS = !["false", "0", "no", "off"].contains(value.trimmingCharacters(in: .whitespaces).lowercased())
        }
        if let pat = terminal.variable("DATAMASQUE_SPCS_PAT") { credentials.spcsPAT = pat }
        terminal.secrets.add(credentials.spcsPAT)
    }

    /// The environment's credentials, unless a profile was named or one of the three variables is missing.
    private func environmentCredentials(ignoring profile: String?) -> Credentials? {
        guard profile == nil,
            let url = terminal.variable("DATAMASQUE_URL"),
            let username = terminal.variable("DATAMASQUE_USERNAME"),
            let password = terminal.variable("DATAMASQUE_PASSWORD")
        else { return nil }
        return Credentials(
            source: "(env)", url: Self.trimmingSlashes(url), username: username, password: password, verifyTLS: true)
    }

    private func profileCredentials(named name: String?) throws -> Credentials {
        let configuration = try ConfigFile(for: terminal).load()
        let name = name ?? configuration.activeProfile
        let profile = configuration.profile(named: name)
        guard profile.isConfigured else {
            throw CLIError(
                .authRequired, "Profile '\(name)' is not configured.",
                hint: "Run `dm auth login --profile \(name)`, "
                    + "or set DATAMASQUE_URL, DATAMASQUE_USERNAME and DATAMASQUE_PASSWORD.")
        }
        return Credentials(
            source: name, url: Self.trimmingSlashes(profile.url), username: profile.username,
            password: profile.password, verifyTLS: profile.verifySSL, spcsPAT: profile.spcsPAT)
    }

    /// `url` without trailing `/` characters.
    static func trimmingSlashes(_ url: String) -> String {
        String(url.reversed().drop { $0 == "/" }.reversed())
    }
}
