/// What validating a ruleset's or library's YAML found, worked out once when it is written.
///
/// The verdict on the libraries a ruleset imports is not part of it:
/// it changes as libraries are written and deleted,
/// so ``EmulatorState`` looks the imports up in the stored libraries' verdicts when it answers.
struct ConfigVerdict: Hashable, Sendable {
    /// The problems with the YAML itself; empty when it is valid.
    var issues: [ValidationIssue]
    /// The libraries the YAML imports, where it names them.
    var imports: [Import]

    /// A library named in a ruleset's `imports` list, and where.
    struct Import: Hashable, Sendable {
        var reference: LibraryReference
        var line: Int
        var column: Int
    }

    init(issues: [ValidationIssue], imports: [Import] = []) {
        (self.issues, self.imports) = (issues, imports)
    }
}
