import DataMasque
import Yams

/// The emulator's deterministic stand-in for DataMasque's ruleset and library validation.
///
/// The YAML must stay within ``YAMLLimits`` and parse into a mapping with a `version`.
/// A ruleset also needs `tasks`: a list of mappings, each with a known `type`
/// (``databaseTaskTypes`` or ``fileTaskTypes`` by the ruleset's `mask_type`);
/// `serial` and `parallel` tasks hold their own `tasks`, and `mask_table` needs a `table`.
/// A library's `tasks` are optional, and checked the same way against both sets of types.
/// A ruleset's optional `imports` lists libraries by ``LibraryReference``;
/// the verdict lists them, and ``EmulatorState`` checks that each exists and is valid.
/// Every error carries the line and column of the offending node.
///
/// Validation runs once, when an item is written, and never on the emulator's state actor.
struct RulesetValidator: Sendable {
    /// What the YAML configures.
    enum Subject {
        case ruleset(maskType: String)
        case library
    }

    static let databaseTaskTypes: Set<String> = [
        "mask_table", "mask_unique_key", "run_sql", "truncate_table", "build_temp_table", "serial", "parallel",
    ]
    static let fileTaskTypes: Set<String> = ["mask_file", "mask_tabular_file"]

    var subject: Subject

    /// The validator for an item of `kind` whose `mask_type` or `namespace` is `scope`.
    init(kind: ConfigKind, scope: String) {
        subject = kind == .library ? .library : .ruleset(maskType: scope)
    }

    /// The verdict on `yaml`.
    func validate(_ yaml: String) -> ConfigVerdict {
        if let issue = YAMLLimits.issue(beforeParsing: yaml) { return ConfigVerdict(issues: [issue]) }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                return ConfigVerdict(issues: [issue("The YAML document is empty.")])
            }
            root = node
        } catch {
            return ConfigVerdict(issues: [Self.parseIssue(error)])
        }
        if let issue = YAMLLimits.issue(afterParsing: root) { return ConfigVerdict(issues: [issue]) }
        guard let mapping = root.mapping else {
            return ConfigVerdict(issues: [issue("The YAML document must be a mapping.", at: root)])
        }
        var issues: [ValidationIssue] = []
        if mapping["version"] == nil { issues.append(issue("Missing required field: version", at: root)) }
        switch subject {
        case .library:
            if let tasks = mapping["tasks"] {
                validateTasks(tasks, types: Self.databaseTaskTypes.union(Self.fileTaskTypes), into: &issues)
            }
            return ConfigVerdict(issues: issues)
        case .ruleset(let maskType):
            let taskTypes = maskType == MaskType.file.rawValue ? Self.fileTaskTypes : Self.databaseTaskTypes
            if let tasks = mapping["tasks"] {
                validateTasks(tasks, types: taskTypes, into: &issues)
            } else {
                issues.append(issue("Missing required field: tasks", at: root))
            }
            let imported = mapping["imports"].map { imports(in: $0, into: &issues) } ?? []
            return ConfigVerdict(issues: issues, imports: imported)
        }
    }

    private func validateTasks(_ node: Node, types: Set<String>, into issues: inout [ValidationIssue]) {
        guard let tasks = node.sequence else { return issues.append(issue("Field tasks must be a list.", at: node)) }
        for task in tasks {
            guard let fields = task.mapping else {
                issues.append(issue("Each task must be a mapping.", at: task))
                continue
            }
            guard let typeNode = fields["type"], let type = typeNode.scalar?.string else {
                issues.append(issue("Missing required field: type", at: task))
                continue
            }
            switch type {
            case _ where !types.contains(type):
                issues.append(issue("Unknown task type \"\(type)\".", at: typeNode))
            case "serial", "parallel":
                if let nested = fields["tasks"] {
                    validateTasks(nested, types: types, into: &issues)
                } else {
                    issues.append(issue("Missing required field: tasks", at: task))
                }
            case "mask_table" where fields["table"] == nil:
                issues.append(issue("Missing required field: table", at: task))
            default:
                break
            }
        }
    }

    private func imports(in node: Node, into issues: inout [ValidationIssue]) -> [ConfigVerdict.Import] {
        guard let items = node.sequence, items.allSatisfy({ $0.scalar != nil }) else {
            issues.append(issue("Field imports must be a list of library names.", at: node))
            return []
        }
        return items.map { item in
            ConfigVerdict.Import(
                reference: LibraryReference(item.scalar?.string ?? ""), line: item.mark?.line ?? 1,
                column: item.mark?.column ?? 1)
        }
    }

    private func issue(_ message: String, kind: ValidationIssue.Kind = .ruleset, at node: Node? = nil)
        -> ValidationIssue
    {
        ValidationIssue(message: message, kind: kind, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    /// The issue for a YAML parse failure, at the position the parser reports.
    static func parseIssue(_ error: any Error, kind: ValidationIssue.Kind = .ruleset) -> ValidationIssue {
        let (problem, mark): (String, Mark?) =
            switch error as? YamlError {
            case .scanner(_, let problem, let mark, _)?, .parser(_, let problem, let mark, _)?,
                .composer(_, let problem, let mark, _)?:
                (problem, mark)
            default:
                ("\(error)", nil)
            }
        return ValidationIssue(
            message: "Invalid YAML: \(problem).", kind: kind, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}
