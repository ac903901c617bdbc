import DataMasque
import Foundation

/// Resolves what `dm run start` names, connections and ruleset by name or id, into a run request.
struct RunTargets {
    let connections: [Connection]
    let rulesets: [Ruleset]

    /// Lists the connections and rulesets to resolve against.
    init(client: DataMasqueClient) async throws {
        connections = try await client.connections.list()
        rulesets = try await client.rulesets.list()
    }

    /// The connection called `text`, else the one whose id is `text`.
    ///
    /// - Throws: ``CLIError`` `not_found` with the connection names as a hint.
    func connection(_ text: String) throws -> Connection {
        if let match = connections.first(where: { $0.name == text }) ?? connections.first(where: { $0.id == text }) {
            return match
        }
        let names = connections.map(\.name).joined(separator: ", ")
        throw CLIError(
            .notFound, "Connection '\(text)' not found.",
            hint: names.isEmpty ? "There are no connections yet." : "Available connections: \(names).")
    }

    /// The ruleset called `text` of `type`, else the one whose id is `text`.
    ///
    /// - Throws: ``CLIError`` `invalid_input` when it exists only with the other type,
    ///   `ambiguous` when several of `type` share the name, `not_found` with the ruleset names as a hint.
    func ruleset(_ text: String, type: RulesetKind) throws -> Ruleset {
        let named = rulesets.filter { $0.name == text }
        let ofType = named.filter { $0.rulesetType == type.rulesetType }
        guard ofType.count <= 1 else {
            throw CLIError(
                .ambiguous, "Several \(type.rawValue) rulesets are named '\(text)': "
                    + ofType.map { "\($0.rulesetType.rawValue):\($0.id ?? "?")" }.joined(separator: ", ") + ".",
                hint: "Pass the ruleset's id with --ruleset.")
        }
        if let match = ofType.first { return match }
        if let other = named.first ?? rulesets.first(where: { $0.id == text }) {
            guard other.rulesetType == type.rulesetType else {
                throw CLIError(
                    .invalidInput,
                    "Ruleset '\(text)' is a \(other.rulesetType.rawValue) ruleset, but the connection needs a \(type.rawValue) ruleset.")
            }
            return other
        }
        let names = Set(rulesets.map(\.name)).sorted().joined(separator: ", ")
        throw CLIError(
            .notFound, "Ruleset '\(text)' not found.",
            hint: names.isEmpty ? "There are no rulesets yet." : "Available rulesets: \(names).")
    }

    /// The request to mask `source` with `ruleset` into `destination`.
    ///
    /// - Throws: ``CLIError`` `invalid_input` when a file run lacks a destination or the two kinds differ.
    static func request(
        source: Connection,
        ruleset: Ruleset,
        destination: Connection?,
        options: MaskingRunOptions,
        name: String
    ) throws -> MaskingRunRequest {
        let type = source.maskKind
        if type == .file, destination == nil {
            throw CLIError(
                .invalidInput, "A file masking run needs a destination connection.", hint: "Pass --destination.")
        }
        if let destination, destination.maskKind != type {
            throw CLIError(
                .invalidInput,
                "Connection '\(destination.name)' is a \(destination.maskKind.rawValue) connection, "
                    + "but the source '\(source.name)' is a \(type.rawValue) connection.")
        }
        do {
            return try MaskingRunRequest(
                connection: source, ruleset: ruleset, destination: destination, options: options, name: name)
        } catch let error as DataMasqueError {
            throw CLIError(.error, error.message)
        }
    }

    /// A run name: `prefix` and the UTC time as `_YYYYMMDD_HHMMSS`.
    static func runName(_ prefix: String, at date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd_HHmmss"
        return "\(prefix)_\(formatter.string(from: date))"
    }
}

extension Connection {
    /// The kind of masking run the connection takes part in: `file` for file stores, else `database`.
    var maskKind: RulesetKind {
        isFileMaskSource != nil || isFileMaskDestination != nil ? .file : .database
    }
}
