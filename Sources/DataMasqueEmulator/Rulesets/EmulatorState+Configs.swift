import DataMasque
import Foundation

extension EmulatorState {
    /// The verdict on `library` now; `nil` while its validation is pending.
    func issues(ofLibrary library: StoredConfig) -> [ValidationIssue]? {
        Self.issues(ofLibrary: library, now: clock.now)
    }

    /// The verdict on `ruleset` now: its stored verdict,
    /// then one issue for each library it imports that does not exist or is invalid now;
    /// `nil` while its validation is pending.
    ///
    /// Nothing is validated again: the libraries' stored verdicts are looked up.
    func issues(ofRuleset ruleset: StoredConfig) -> [ValidationIssue]? {
        let now = clock.now
        if let until = ruleset.pendingUntil, now < until { return nil }
        return ruleset.verdict.issues
            + ruleset.verdict.imports.compactMap { item -> ValidationIssue? in
                var issue: ValidationIssue
                if let library = libraries.config(name: item.reference.name, scope: item.reference.namespace) {
                    guard let issues = Self.issues(ofLibrary: library, now: now), !issues.isEmpty else { return nil }
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

    /// `config`, a ruleset or library as `kind` says, as DataMasque returns it.
    func json(of config: StoredConfig, kind: ConfigKind, includeYAML: Bool = true) -> JSONValue {
        let issues = kind == .ruleset ? issues(ofRuleset: config) : issues(ofLibrary: config)
        return config.json(kind: kind, issues: issues, includeYAML: includeYAML)
    }

    /// Runs `body` on the store of `kind`.
    func withStore<Result>(_ kind: ConfigKind, _ body: (inout ConfigStore) throws -> Result) rethrows -> Result {
        switch kind {
        case .ruleset: try body(&rulesets)
        case .library: try body(&libraries)
        }
    }

    /// The rulesets that import `library`, in creation order.
    func importers(of library: StoredConfig) -> [StoredConfig] {
        let reference = LibraryReference(namespace: library.scope, name: library.name)
        return rulesets.all.filter { $0.verdict.imports.contains { $0.reference == reference } }
    }

    /// Deletes library `id`; while rulesets import it, only with `force`, which leaves them `library_missing`.
    ///
    /// - Throws: ``APIError`` `404` for an unknown library,
    ///   `409` with the importing rulesets under `rulesets` when not forced.
    func deleteLibrary(id: String, force: Bool) throws {
        let library = try libraries.config(id: id)
        let importers = importers(of: library)
        guard importers.isEmpty || force else {
            let detail = "Cannot delete library \"\(library.name)\": used by \(importers.count) active ruleset(s)"
            let dependents = importers.map { JSONValue.object(["id": .string($0.id), "name": .string($0.name)]) }
            throw APIError(status: .conflict, body: ["detail": .string(detail), "rulesets": .array(dependents)])
        }
        try libraries.delete(id: id)
    }

    private static func issues(ofLibrary library: StoredConfig, now: Date) -> [ValidationIssue]? {
        if let until = library.pendingUntil, now < until { return nil }
        return library.verdict.issues
    }
}
