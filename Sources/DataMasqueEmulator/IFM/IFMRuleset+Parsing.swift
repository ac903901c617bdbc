import DataMasque
import Yams

extension IFMRuleset {
    /// DataMasque masks that in-flight masking accepts but the emulator does not implement.
    static let unimplementedTypes: Set<String> = [
        "from_file", "from_random_text", "from_random_number", "from_random_date", "from_random_datetime",
        "from_random_boolean", "from_json_path", "transform_case", "take_substring", "replace_substring",
        "replace_regex", "typecast", "concat", "credit_card", "brazilian_cpf", "numeric_bucket", "retain_age",
        "retain_date_component", "from_unique_imitate", "imitate_unique", "xml", "hash_columns", "substitute",
    ]
    /// Database masks that in-flight masking does not support.
    static let unsupportedTypes: Set<String> = ["from_column", "from_unique", "secure_shuffle", "from_blob"]

    /// The verdict on `yaml`: the ruleset when it has no errors, and the plan's validation logs.
    static func parse(_ yaml: String) -> (ruleset: IFMRuleset?, logs: [IFMLog]) {
        var parser = Parser()
        let ruleset = parser.ruleset(yaml)
        let hasErrors = parser.logs.contains { $0.level == .error }
        return (hasErrors ? nil : ruleset, parser.logs)
    }

    /// A walk of the YAML that collects every problem, each with its line and column.
    private struct Parser {
        var logs: [IFMLog] = []

        mutating func ruleset(_ yaml: String) -> IFMRuleset? {
            if let issue = YAMLLimits.issue(beforeParsing: yaml) {
                logs.append(.error("Line \(issue.line), column \(issue.column): \(issue.message)"))
                return nil
            }
            let root: Node
            do {
                guard let node = try Yams.compose(yaml: yaml) else {
                    logs.append(.error("The ruleset YAML is empty."))
                    return nil
                }
                root = node
            } catch {
                logs.append(.error("The ruleset is not valid YAML: \(Self.describe(error))"))
                return nil
            }
            if let issue = YAMLLimits.issue(afterParsing: root) {
                logs.append(.error("Line \(issue.line), column \(issue.column): \(issue.message)"))
                return nil
            }
            guard let mapping = root.mapping else { return fail("The ruleset must be a mapping.", at: root) }
            checkVersion(mapping["version"], in: root)
            guard let rulesNode = mapping["rules"] else { return fail("Missing required field: rules", at: root) }
            guard let rules = rulesNode.sequence else { return fail("Field rules must be a list.", at: rulesNode) }
            var parsed: [[IFMMask]] = []
            for rule in rules {
                guard let masks = rule.mapping?["masks"] else {
                    logs.append(error("Each rule needs a masks list.", at: rule))
                    continue
                }
                parsed.append(self.masks(masks))
            }
            return IFMRuleset(rules: parsed)
        }

        private mutating func checkVersion(_ node: Node?, in root: Node) {
            guard let node else { return logs.append(error("Missing required field: version", at: root)) }
            guard let scalar = node.scalar, scalar.style == .singleQuoted || scalar.style == .doubleQuoted else {
                return logs.append(error("Field version must be the quoted string \"1.0\".", at: node))
            }
            if scalar.string != "1.0" {
                logs.append(error("Unsupported version \"\(scalar.string)\"; the only version is \"1.0\".", at: node))
            }
        }

        private mutating func masks(_ node: Node) -> [IFMMask] {
            guard let list = node.sequence, !list.isEmpty else {
                logs.append(error("Field masks must be a non-empty list.", at: node))
                return []
            }
            var masks: [IFMMask] = []
            for node in list {
                if let mask = mask(node) { masks.append(mask) }
            }
            return masks
        }

        private mutating func mask(_ node: Node) -> IFMMask? {
            guard let fields = node.mapping else { return fail("Each mask must be a mapping.", at: node) }
            guard let type = fields["type"]?.string else { return fail("Missing required field: type", at: node) }
            switch type {
            case "from_fixed":
                guard let value = fields["value"] else { return fail("from_fixed needs a value.", at: node) }
                return .fixed(Self.json(value))
            case "from_choices":
                guard let choices = fields["choices"]?.sequence, !choices.isEmpty else {
                    return fail("from_choices needs a non-empty choices list.", at: node)
                }
                return .choices(choices.map(Self.json))
            case "from_format_string":
                guard let format = fields["value_format"]?.string else {
                    return fail("from_format_string needs a value_format string.", at: node)
                }
                do {
                    return .formatString(try FormatString(format))
                } catch {
                    return fail("Invalid value_format: \(error.message)", at: node)
                }
            case "imitate":
                var imitation = IFMMask.Imitation()
                let flags: [(String, WritableKeyPath<IFMMask.Imitation, Bool>)] = [
                    ("uppercase", \.uppercase), ("lowercase", \.lowercase), ("digits", \.digits),
                    ("force_change", \.forceChange),
                ]
                for (key, path) in flags {
                    guard let flag = fields[key] else { continue }
                    guard let value = flag.bool else { return fail("imitate's \(key) must be true or false.", at: flag) }
                    imitation[keyPath: path] = value
                }
                return .imitate(imitation)
            case "do_nothing":
                return .doNothing
            case "json":
                guard let transforms = fields["transforms"]?.sequence, !transforms.isEmpty else {
                    return fail("json needs a non-empty transforms list.", at: node)
                }
                var parsed: [JSONTransform] = []
                for node in transforms {
                    if let transform = transform(node) { parsed.append(transform) }
                }
                return .json(parsed)
            case _ where IFMRuleset.unsupportedTypes.contains(type):
                return fail("Mask type \(type) is not supported by in-flight masking.", at: node)
            case _ where IFMRuleset.unimplementedTypes.contains(type):
                logs.append(
                    .warning(
                        "\(Self.place(node))The emulator does not implement mask type \(type); masking with it fails."
                    ))
                return .unimplemented(type)
            default:
                return fail("Unknown mask type \(type).", at: node)
            }
        }

        private mutating func transform(_ node: Node) -> JSONTransform? {
            guard let fields = node.mapping else { return fail("Each transform must be a mapping.", at: node) }
            guard let pathNode = fields["path"], let steps = pathNode.sequence, !steps.isEmpty else {
                return fail("A transform needs a non-empty path list.", at: node)
            }
            var path: [JSONTransform.Step] = []
            for step in steps {
                if step.scalar?.style == .plain, let index = step.int, index >= 0 {
                    path.append(.index(index))
                } else if let key = step.scalar?.string {
                    path.append(key == "*" ? .every : .key(key))
                } else {
                    return fail("Each path step must be a key or an index.", at: step)
                }
            }
            guard let masksNode = fields["masks"] else { return fail("A transform needs a masks list.", at: node) }
            var transform = JSONTransform(path: path, masks: masks(masksNode))
            if let value = fields["on_null"] {
                guard let choice = value.string.flatMap(JSONTransform.OnNull.init(rawValue:)) else {
                    return fail("on_null must be skip, error or mask.", at: value)
                }
                transform.onNull = choice
            }
            if let value = fields["on_missing"] {
                guard let choice = value.string.flatMap(JSONTransform.OnMissing.init(rawValue:)) else {
                    return fail("on_missing must be skip or error.", at: value)
                }
                transform.onMissing = choice
            }
            return transform
        }

        private mutating func fail<Value>(_ message: String, at node: Node) -> Value? {
            logs.append(error(message, at: node))
            return nil
        }

        private func error(_ message: String, at node: Node) -> IFMLog {
            .error(Self.place(node) + message)
        }

        /// `Line l, column c: ` for `node`, or nothing when its place is unknown.
        private static func place(_ node: Node) -> String {
            node.mark.map { "Line \($0.line), column \($0.column): " } ?? ""
        }

        /// The YAML parser's message without the excerpt it adds.
        private static func describe(_ error: any Error) -> String {
            String(String(describing: error).split(separator: "\n").first ?? "")
        }

        /// `node` as JSON: plain scalars resolved to `null`, booleans and numbers, quoted ones kept as strings.
        static func json(_ node: Node) -> JSONValue {
            switch node {
            case .scalar(let scalar):
                guard scalar.style == .plain else { return .string(scalar.string) }
                if node.null != nil { return .null }
                if let bool = node.bool { return .bool(bool) }
                if let int = node.int { return .int(int) }
                if let double = node.float, double.isFinite { return .double(double) }
                return .string(scalar.string)
            case .sequence(let sequence):
                return .array(sequence.map(json))
            case .mapping(let mapping):
                return .object(
                    Dictionary(
                        mapping.map { (key: $0.key.string ?? "", value: json($0.value)) }, uniquingKeysWith: { $1 }))
            case .alias:
                return .null
            }
        }
    }
}
