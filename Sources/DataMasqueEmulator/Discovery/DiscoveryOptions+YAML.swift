import DataMasque

extension DiscoveryOptions {
    /// The options as the YAML of a discovery config, with the keys a keyword-driven request uses.
    var yaml: String {
        var lines = [
            "version: \"1.0\"", "custom_keywords: " + Self.list(customKeywords), "ignored_keywords: " + Self.list(ignoredKeywords),
            "disable_built_in_keywords: \(!builtInKeywords)", "in_data_discovery:", "  enabled: \(inDataDiscovery)",
        ]
        if let preview {
            lines += [
                "  safe_data_preview:", "    enabled: true", "    min_group_size: \(preview.minGroupSize)",
                "    string_level: \(preview.stringLevel)", "    numeric_level: \(preview.numericLevel)",
                "    temporal_level: \(preview.temporalLevel)",
            ]
        }
        lines.append("labels:")
        for rule in rules {
            lines += [
                "  - name: " + Quoting.doubleQuoted(rule.label), "    description: " + Quoting.doubleQuoted(rule.description),
                "    keywords: " + Self.list(rule.keywords), "    categories: " + Self.list(rule.categories),
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map(Quoting.doubleQuoted).joined(separator: ", ") + "]"
    }
}
