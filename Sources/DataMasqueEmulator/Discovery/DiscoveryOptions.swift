import DataMasque
import Yams

/// What a discovery run looks for: keywords, in-data discovery and Safe Data Preview.
///
/// A keyword-driven request sends them in its body;
/// a run from a saved discovery config reads the same keys from the config's YAML.
struct DiscoveryOptions: Hashable {
    /// Which Safe Data Preview statistics a run shows, by disclosure level.
    struct Preview: Hashable {
        /// Entries seen fewer times than this are left out of the top lists.
        var minGroupSize = 1
        /// `lengths`, `patterns` or `first_chars`.
        var stringLevel = "lengths"
        /// `summaries` or `histograms`.
        var numericLevel = "summaries"
        /// `summaries` or `histograms`.
        var temporalLevel = "summaries"

        static let stringLevels = ["lengths", "patterns", "first_chars"]
        static let numericLevels = ["summaries", "histograms"]
    }

    /// The labelling rules; the built-in ones unless a saved config lists its own `labels`.
    var rules = DiscoveryKeyword.builtIn
    var customKeywords: [String] = []
    var ignoredKeywords: [String] = []
    var builtInKeywords = true
    /// Whether sampled values are checked too, adding `IDD` matches and file value counts.
    var inDataDiscovery = false
    /// `nil` when previews are off.
    var preview: Preview?

    /// The built-in discovery: built-in keywords only.
    init() {}

    /// The options of a keyword-driven request body.
    ///
    /// - Throws: ``APIError`` `400` naming each member of the wrong type or with an unknown level.
    init(request body: [String: JSONValue]) throws {
        var errors: [String: JSONValue] = [:]
        func strings(_ key: String) -> [String] {
            switch body[key] {
            case nil, .null?: return []
            case .array(let items)? where items.allSatisfy({ $0.stringValue != nil }): return items.compactMap(\.stringValue)
            default:
                errors[key] = ["Expected a list of strings."]
                return []
            }
        }
        func flag(_ key: String) -> Bool {
            switch body[key] {
            case nil, .null?: return false
            case .bool(let value)?: return value
            default:
                errors[key] = ["Must be a valid boolean."]
                return false
            }
        }
        customKeywords = strings("custom_keywords")
        ignoredKeywords = strings("ignored_keywords")
        builtInKeywords = !flag("disable_built_in_keywords")
        switch body["in_data_discovery"] {
        case nil, .null?:
            break
        case .object(let settings)?:
            inDataDiscovery = settings["enabled"]?.boolValue ?? false
            do {
                preview = try Self.preview(settings["safe_data_preview"])
            } catch let error as APIError {
                errors["in_data_discovery"] = ["safe_data_preview": error.body]
            }
        default:
            errors["in_data_discovery"] = ["Expected a dictionary of items."]
        }
        guard errors.isEmpty else { throw APIError(status: .badRequest, body: .object(errors)) }
    }

    /// The options a saved config's YAML sets:
    /// its `labels` (each with a `name` and optional `keywords`, `categories` and `description`) replace the built-in rules,
    /// a label without keywords matching its name in snake case;
    /// `in_data_discovery` is read as in a keyword-driven request, and ignored when it is malformed.
    init(configYAML yaml: String) {
        guard let node = try? Yams.compose(yaml: yaml), let body = JSONValue(yaml: node).objectValue else { return }
        self = (try? DiscoveryOptions(request: ["in_data_discovery": body["in_data_discovery"] ?? .null])) ?? DiscoveryOptions()
        guard let labels = body["labels"]?.arrayValue else { return }
        rules = labels.compactMap { label in
            guard let name = label["name"]?.stringValue, !name.isEmpty else { return nil }
            let strings = { (key: String) in label[key]?.arrayValue?.compactMap(\.stringValue) ?? [] }
            let keywords = strings("keywords").map { $0.lowercased() }.filter { !$0.isEmpty }
            return DiscoveryKeyword(
                keywords: keywords.isEmpty ? [name.lowercased().replacingOccurrences(of: " ", with: "_")] : keywords,
                label: name, description: label["description"]?.stringValue ?? name, categories: strings("categories"))
        }
    }

    /// The preview settings of a `safe_data_preview` member; `nil` when absent or not enabled.
    private static func preview(_ value: JSONValue?) throws -> Preview? {
        guard let value, !value.isNull else { return nil }
        guard let settings = value.objectValue else {
            throw APIError(status: .badRequest, body: ["non_field_errors": ["Expected a dictionary of items."]])
        }
        var errors: [String: JSONValue] = [:]
        var preview = Preview()
        func level(_ key: String, _ choices: [String], _ keyPath: WritableKeyPath<Preview, String>) {
            guard let member = settings[key], !member.isNull else { return }
            guard let text = member.stringValue, choices.contains(text) else {
                errors[key] = [.string("\"\(member.stringValue ?? "\(member)")\" is not a valid choice.")]
                return
            }
            preview[keyPath: keyPath] = text
        }
        level("string_level", Preview.stringLevels, \.stringLevel)
        level("numeric_level", Preview.numericLevels, \.numericLevel)
        level("temporal_level", Preview.numericLevels, \.temporalLevel)
        if let size = settings["min_group_size"], !size.isNull {
            if let number = size.intValue, (1...1_000_000).contains(number) {
                preview.minGroupSize = number
            } else {
                errors["min_group_size"] = ["Ensure this value is a whole number between 1 and 1000000."]
            }
        }
        guard errors.isEmpty else { throw APIError(status: .badRequest, body: .object(errors)) }
        return settings["enabled"]?.boolValue == false ? nil : preview
    }

    /// The matches for a column or field called `name`, most specific first.
    ///
    /// A name containing an ignored keyword has none.
    /// Otherwise the first rule that matches gives an `MDD` match
    /// (and, with in-data discovery, an `IDD` match whose hit ratio follows from `seed`),
    /// and each custom keyword it contains gives an `MDD` match labelled with the keyword.
    func matches(name: String, seed: String) -> [DiscoveryMatch] {
        let lowercased = name.lowercased()
        guard !ignoredKeywords.contains(where: { !$0.isEmpty && lowercased.contains($0.lowercased()) }) else { return [] }
        var matches: [DiscoveryMatch] = []
        if builtInKeywords, let rule = rules.first(where: { $0.matches(name) }) {
            matches.append(
                DiscoveryMatch(
                    label: rule.label, categories: rule.categories, flaggedBy: "MDD", description: rule.description))
            if inDataDiscovery {
                matches.append(
                    DiscoveryMatch(
                        label: rule.label, categories: rule.categories, flaggedBy: "IDD", description: rule.description,
                        hitRatio: StableHash.number(seed, in: 60...100)))
            }
        }
        for keyword in customKeywords where !keyword.isEmpty && lowercased.contains(keyword.lowercased()) {
            matches.append(
                DiscoveryMatch(
                    label: keyword, categories: ["Custom"], flaggedBy: "MDD", description: "Custom keyword \"\(keyword)\""))
        }
        return matches
    }
}
