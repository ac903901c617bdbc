import Foundation
import TOMLKit

/// The TOML file holding the saved profiles, in the official CLI's format:
///
/// ```toml
/// active_profile = "default"
///
/// [profiles.default]
/// url = "https://dm.example.com"
/// username = "admin"
/// password = "secret"
/// verify_ssl = true
/// ```
///
/// `spcs_pat` is an extra profile key; keys `dm` does not know are ignored when loading and kept when saving.
struct ConfigFile {
    /// The file's path.
    let path: String

    /// The file for `terminal`: `DM_CONFIG_FILE`, else `~/.config/datamasque-cli/config.toml` under `HOME`.
    init(for terminal: Terminal) {
        if let override = terminal.variable("DM_CONFIG_FILE") {
            path = override
        } else {
            let home = terminal.variable("HOME") ?? FileManager.default.homeDirectoryForCurrentUser.path
            path = home + "/.config/datamasque-cli/config.toml"
        }
    }

    /// Reads the profiles; a missing file has none, with `default` active.
    ///
    /// - Throws: ``CLIError`` (`invalid_input`) naming the file when it cannot be read, is not TOML,
    ///   or has a value of the wrong type.
    func load() throws -> CLIConfiguration {
        guard let document = try readDocument() else { return CLIConfiguration() }
        var configuration = CLIConfiguration()
        if let active = document["active_profile"] {
            configuration.activeProfile = try value(active.string, "active_profile", "a string")
        }
        guard let profiles = document["profiles"] else { return configuration }
        let table = try value(profiles.table, "profiles", "a table")
        for name in table.keys {
            let entry = try value(table[name]?.table, "profiles.\(name)", "a table")
            configuration.set(try profile(from: entry, named: name), named: name)
        }
        return configuration
    }

    /// Reads the profiles, lets `change` change them and writes them back,
    /// holding a lock on the file throughout, so that concurrent `dm` processes each keep their change.
    ///
    /// - Throws: ``CLIError`` as ``load()`` and ``save(_:)`` do, or what `change` throws; nothing is written then.
    func update<Result>(_ change: (inout CLIConfiguration) throws -> Result) throws -> Result {
        try locked {
            var configuration = try load()
            let result = try change(&configuration)
            try write(configuration)
            return result
        }
    }

    /// Replaces the profiles, keeping keys `dm` does not know, atomically and readable by the owner only.
    ///
    /// - Throws: ``CLIError`` (`error`) naming the file when it cannot be written.
    func save(_ configuration: CLIConfiguration) throws {
        try locked { try write(configuration) }
    }

    private func locked<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try FileLock.withExclusiveLock(onDirectoryOf: path, body)
        } catch let error as AtomicFile.Failure {
            throw CLIError(.error, "Could not lock the config file \(path): \(error)")
        }
    }

    private func write(_ configuration: CLIConfiguration) throws {
        let old = try? readDocument()
        let document = TOMLTable()
        for key in old?.keys ?? [] where key != "active_profile" && key != "profiles" {
            document[key] = old?[key]
        }
        document["active_profile"] = configuration.activeProfile
        let profiles = TOMLTable()
        for name in configuration.profileNames {
            profiles[name] = profileTable(
                configuration.profile(named: name), keeping: old?["profiles"]?.table?[name]?.table)
        }
        document["profiles"] = profiles
        do {
            try AtomicFile.write(
                Data((document.convert(to: .toml, options: [.allowUnicodeStrings]) + "\n").utf8), to: path)
        } catch {
            throw CLIError(.error, "Could not save the config file \(path): \(error)")
        }
    }

    private static let profileKeys: Set = ["url", "username", "password", "verify_ssl", "spcs_pat"]

    private func profileTable(_ profile: Profile, keeping old: TOMLTable?) -> TOMLTable {
        let table = TOMLTable()
        for key in old?.keys ?? [] where !Self.profileKeys.contains(key) {
            table[key] = old?[key]
        }
        table["url"] = profile.url
        table["username"] = profile.username
        table["password"] = profile.password
        table["verify_ssl"] = profile.verifySSL
        if let pat = profile.spcsPAT { table["spcs_pat"] = pat }
        return table
    }

    private func profile(from table: TOMLTable, named name: String) throws -> Profile {
        var profile = Profile()
        let key = "profiles.\(name)"
        if let url = table["url"] { profile.url = try value(url.string, "\(key).url", "a string") }
        if let username = table["username"] {
            profile.username = try value(username.string, "\(key).username", "a string")
        }
        if let password = table["password"] {
            profile.password = try value(password.string, "\(key).password", "a string")
        }
        if let verify = table["verify_ssl"] {
            profile.verifySSL = try value(verify.bool, "\(key).verify_ssl", "true or false")
        }
        if let pat = table["spcs_pat"] { profile.spcsPAT = try value(pat.string, "\(key).spcs_pat", "a string") }
        return profile
    }

    private func readDocument() throws -> TOMLTable? {
        switch PathKind(of: path) {
        case .missing: return nil
        case .directory: throw malformed("is a directory, not a file")
        case .other: throw malformed("is not a regular file")
        case .regularFile: break
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw malformed("cannot be read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw malformed("cannot be read as UTF-8 text") }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw malformed("is not valid TOML: \(error.description) (\(error.source.begin))")
        }
    }

    private func value<Value>(_ value: Value?, _ key: String, _ expected: String) throws -> Value {
        guard let value else { throw malformed("has a bad value: \(key) must be \(expected)") }
        return value
    }

    private func malformed(_ problem: String) -> CLIError {
        CLIError(
            .invalidInput, "The config file \(path) \(problem).",
            hint: "Correct the file, or delete it and run `dm auth login` again.")
    }
}
