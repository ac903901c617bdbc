import Yams

/// The emulator's deterministic stand-in for DataMasque's ruleset and library validation.
///
/// The YAML must parse into a mapping with a `version`.
/// A ruleset also needs `tasks`: a list of mappings, each with a known `type`
/// (``databaseTaskTypes`` or ``fileTaskTypes`` by the ruleset's `mask_type`);
/// `serial` and `parallel` tasks hold their own `tasks`, and `mask_table` needs a `table`.
/// A ruleset's optional `imports` lists libraries by ``LibraryReference``;
/// each must exist (else `library_missing`) and not be invalid (else `library_invalid`).
/// Every error carries the line and column of the offending node.
struct RulesetValidator {
    /// What the YAML configures.
    enum Subject {
        case ruleset(maskType: String)
        case library
    }

    /// What a library reference resolves to.
    enum LibraryStatus {
        case missing, invalid, usable
    }

    static let databaseTaskTypes: Set<String> = [
        "mask_table", "mask_unique_key", "run_sql", "truncate_table", "build_temp_table", "serial", "parallel",
    ]
    static let fileTaskTypes: Set<String> = ["mask_file", "mask_tabular_file"]

    var subject: Subject
    /// Looks up an imported library.
    var library: (LibraryReference) -> LibraryStatus = { _ in .missing }

    /// The problems with `yaml`; empty when it is valid.
    func validate(_ yaml: String) -> [ValidationIssue] {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else { return [issue("The YAML document is empty.")] }
            root = node
        } catch {
            return [Self.parseIssue(error)]
        }
        guard let mapping = root.mapping else { return [issue("The YAML document must be a mapping.", at: root)] }
        var issues: [ValidationIssue] = []
        if mapping["version"] == nil { issues.append(issue("Missing required field: version", at: root)) }
        guard case .ruleset(let maskType) = subject else { return issues }
        let taskTypes = maskType == "file" ? Self.fileTaskTypes : Self.databaseTaskTypes
        if let tasks = mapping["tasks"] {
            validateTasks(tasks, types: taskTypes, into: &issues)
        } else {
            issues.append(issue("Missing required field: tasks", at: root))
        }
        if let imports = mapping["imports"] { validateImports(imports, into: &issues) }
        return issues
    }

    /// The libraries `yaml` imports, or none when it does not parse.
    static func imports(in yaml: String) -> [LibraryReference] {
        let items = (try? Yams.compose(yaml: yaml))??.mapping?["imports"]?.sequence.map(Array.init) ?? []
        return items.compactMap { $0.scalar.map { LibraryReference($0.string) } }
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

    private func validateImports(_ node: Node, into issues: inout [ValidationIssue]) {
        guard let items = node.sequence, items.allSatisfy({ $0.scalar != nil }) else {
            return issues.append(issue("Field imports must be a list of library names.", at: node))
        }
        for item in items {
            let reference = LibraryReference(item.scalar?.string ?? "")
            var found: ValidationIssue
            switch library(reference) {
            case .missing: found = issue("Library \"\(reference)\" does not exist.", kind: .libraryMissing, at: item)
            case .invalid: found = issue("Library \"\(reference)\" is invalid.", kind: .libraryInvalid, at: item)
            case .usable: continue
            }
            found.library = reference
            issues.append(found)
        }
    }

    private func issue(_ message: String, kind: ValidationIssue.Kind = .ruleset, at node: Node? = nil)
        -> ValidationIssue
    {
        ValidationIssue(message: message, kind: kind, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    private static func parseIssue(_ error: any Error) -> ValidationIssue {
        let (problem, mark): (String, Mark?) =
            switch error as? YamlError {
            case .scanner(_, let problem, let mark, _)?, .parser(_, let problem, let mark, _)?,
                .composer(_, let problem, let mark, _)?:
                (problem, mark)
            default:
                ("\(error)", nil)
            }
        return ValidationIssue(
            message: "Invalid YAML: \(problem).", kind: .ruleset, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}
