import DataMasque
import Yams

/// The emulator's deterministic stand-in for DataMasque's validation of discovery configs,
/// discovery config libraries and ruleset generation (RG) configs.
///
/// The YAML must stay within ``YAMLLimits`` and parse into a mapping with a `version`,
/// using only the top-level fields its subject knows:
///
/// - A discovery config or library may list `labels`, each a mapping with a `name`
///   and optional lists of `keywords` and `categories` and a `description`.
///   A config may also list `imports`: discovery config libraries by `namespace/name`,
///   which ``EmulatorState`` checks exist and are valid,
///   and an `in_data_discovery` mapping as a keyword-driven discovery request sends it.
/// - An RG config may map `labels` to masks: each label names a mapping with a mask `type`.
///
/// Every error carries the line and column of the offending node.
/// Validation runs once, when an item is written, and never on the emulator's state actor.
struct DiscoveryYAMLValidator: Sendable {
    /// What the YAML configures.
    enum Subject {
        case config
        case library
        case rgConfig
    }

    var subject: Subject

    private var knownFields: Set<String> {
        switch subject {
        case .config: ["version", "imports", "labels", "in_data_discovery"]
        case .library, .rgConfig: ["version", "labels"]
        }
    }

    private var issueKind: ValidationIssue.Kind {
        subject == .rgConfig ? .rgConfig : .ruleset
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
            return ConfigVerdict(issues: [RulesetValidator.parseIssue(error, kind: issueKind)])
        }
        if let issue = YAMLLimits.issue(afterParsing: root) { return ConfigVerdict(issues: [issue]) }
        guard let mapping = root.mapping else {
            return ConfigVerdict(issues: [issue("The YAML document must be a mapping.", at: root)])
        }
        var issues: [ValidationIssue] = []
        if mapping["version"] == nil { issues.append(issue("Missing required field: version", at: root)) }
        for (key, _) in mapping where !knownFields.contains(key.scalar?.string ?? "") {
            issues.append(issue("Unknown field: \(key.scalar?.string ?? "?")", at: key))
        }
        if let labels = mapping["labels"] {
            subject == .rgConfig ? validateMasks(labels, into: &issues) : validateLabels(labels, into: &issues)
        }
        let imported = subject == .config ? mapping["imports"].map { imports(in: $0, into: &issues) } ?? [] : []
        return ConfigVerdict(issues: issues, imports: imported)
    }

    private func validateLabels(_ node: Node, into issues: inout [ValidationIssue]) {
        guard let labels = node.sequence else { return issues.append(issue("Field labels must be a list.", at: node)) }
        for label in labels {
            guard let fields = label.mapping else {
                issues.append(issue("Each label must be a mapping.", at: label))
                continue
            }
            if fields["name"]?.scalar == nil { issues.append(issue("Missing required field: name", at: label)) }
            for key in ["keywords", "categories"] {
                guard let list = fields[key] else { continue }
                if list.sequence?.allSatisfy({ $0.scalar != nil }) != true {
                    issues.append(issue("Field \(key) must be a list of strings.", at: list))
                }
            }
            for (key, _) in fields where !["name", "keywords", "categories", "description"].contains(key.scalar?.string ?? "") {
                issues.append(issue("Unknown field: \(key.scalar?.string ?? "?")", at: key))
            }
        }
    }

    private func validateMasks(_ node: Node, into issues: inout [ValidationIssue]) {
        guard let labels = node.mapping else {
            return issues.append(issue("Field labels must map label names to masks.", at: node))
        }
        for (label, mask) in labels where mask.mapping?["type"]?.scalar == nil {
            issues.append(issue("The mask for label \"\(label.scalar?.string ?? "?")\" needs a type.", at: mask))
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

    private func issue(_ message: String, at node: Node? = nil) -> ValidationIssue {
        ValidationIssue(message: message, kind: issueKind, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }
}
