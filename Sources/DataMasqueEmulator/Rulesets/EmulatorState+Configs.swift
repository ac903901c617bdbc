import DataMasque
import Foundation

extension EmulatorState {
    /// The verdict on `config`, an item of `kind`, now: its stored verdict,
    /// then, for an item that imports libraries, one issue for each library it imports that does not exist or is invalid now;
    /// `nil` while its validation is pending.
    ///
    /// Nothing is validated again: the libraries' stored verdicts are looked up.
    func issues(of config: StoredConfig, kind: ConfigKind) -> [ValidationIssue]? {
        let now = clock.now
        guard let own = Self.storedIssues(of: config, now: now) else { return nil }
        guard let libraryKind = kind.importedKind else { return own }
        let libraries = withStore(libraryKind) { $0 }
        return own
            + config.verdict.imports.compactMap { item -> ValidationIssue? in
                var issue: ValidationIssue
                if let library = libraries.config(name: item.reference.name, scope: item.reference.namespace) {
                    guard let issues = Self.storedIssues(of: library, now: now), !issues.isEmpty else { return nil }
                    issue = ValidationIssue(
                        message: "Library \"\(item.reference)\" is invalid.", kind: .libraryInvalid,
                        line: item.line, column: item.column)
                } else {
                    issue = ValidationIssue(
                        message: "Library \"\(item.reference)\" does not exist.", kind: .libraryMissing,
                        line: item.line, column: item.column)
                }
                issue.library = item.reference
                return issue
            }
    }

    /// `config`, an item of `kind`, as DataMasque returns it.
    func json(of config: StoredConfig, kind: ConfigKind, includeYAML: Bool = true) -> JSONValue {
        let issues = issues(of: config, kind: kind)
        switch kind {
        case .ruleset, .library:
            return config.rulesetJSON(scopeKey: kind.scopeKey ?? "", issues: issues, includeYAML: includeYAML)
        case .discoveryConfig:
            return config.discoveryConfigJSON(issues: issues, includeYAML: includeYAML)
        case .discoveryLibrary:
            return config.discoveryLibraryJSON(
                issues: issues, usageCount: importers(of: config, kind: kind).count, includeYAML: includeYAML)
        case .rgConfig:
            return config.rgConfigJSON(issues: issues, includeYAML: includeYAML)
        }
    }

    /// Runs `body` on the store of `kind`.
    func withStore<Result>(_ kind: ConfigKind, _ body: (inout ConfigStore) throws -> Result) rethrows -> Result {
        switch kind {
        case .ruleset: try body(&rulesets)
        case .library: try body(&libraries)
        case .discoveryConfig: try body(&discoveryConfigs)
        case .discoveryLibrary: try body(&discoveryLibraries)
        case .rgConfig: try body(&rgConfigs)
        }
    }

    /// The items that import `library`, a library of `kind`, in creation order.
    func importers(of library: StoredConfig, kind: ConfigKind) -> [StoredConfig] {
        let reference = LibraryReference(namespace: library.scope, name: library.name)
        let importerKind: ConfigKind = kind == .discoveryLibrary ? .discoveryConfig : .ruleset
        return withStore(importerKind) { $0 }.all.filter { $0.verdict.imports.contains { $0.reference == reference } }
    }

    /// Deletes library `id` of `kind`; while items import it, only with `force`, which leaves them `library_missing`.
    ///
    /// - Throws: ``APIError`` `404` for an unknown library,
    ///   `409` with the importers under `rulesets` or `configs` when not forced.
    func deleteLibrary(id: String, kind: ConfigKind, force: Bool) throws {
        let library = try withStore(kind) { try $0.config(id: id) }
        let importers = importers(of: library, kind: kind)
        guard importers.isEmpty || force else {
            let (noun, key) = kind == .discoveryLibrary ? ("config", "configs") : ("ruleset", "rulesets")
            let detail = "Cannot delete library \"\(library.name)\": used by \(importers.count) active \(noun)(s)"
            let dependents = importers.map { JSONValue.object(["id": .string($0.id), "name": .string($0.name)]) }
            throw APIError(status: .conflict, body: ["detail": .string(detail), key: .array(dependents)])
        }
        try withStore(kind) { try $0.delete(id: id) }
    }

    private static func storedIssues(of config: StoredConfig, now: Date) -> [ValidationIssue]? {
        if let until = config.pendingUntil, now < until { return nil }
        return config.verdict.issues
    }
}
