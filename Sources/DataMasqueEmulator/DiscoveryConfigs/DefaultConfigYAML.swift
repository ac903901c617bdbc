/// The YAML the emulator serves as DataMasque's built-in defaults:
/// the discovery labels for database and file discovery, and the default RG config,
/// both written from ``DiscoveryKeyword/builtIn``, so a saved copy of the defaults discovers and generates
/// exactly as no config does.
///
/// Each passes ``DiscoveryYAMLValidator`` for its subject.
enum DefaultConfigYAML {
    /// The built-in discovery config for `configType` (`database` or `file`).
    static func discovery(configType: String) -> String {
        """
        # Built-in \(configType == "file" ? "file data" : "schema") discovery defaults of the DataMasque emulator.
        # Copy this file, change the labels, and store it with `dm discover configs create`.
        version: "1.0"
        labels:

        """ + labels
    }

    /// The default RG config: the mask ruleset generation assigns to each built-in label.
    static let rgConfig = """
        # Default ruleset generation config of the DataMasque emulator: a mask for each discovery label.
        version: "1.0"
        labels:

        """
        + DiscoveryKeyword.builtIn.map { rule in
            // The generator's mask list item, `- type: …` and its indented keys, as the label's mapping.
            let mask = RulesetGenerator.builtInMasks(label: rule.label, type: nil).map { "    " + $0.dropFirst(2) }
            return (["  \(rule.label):"] + mask).joined(separator: "\n") + "\n"
        }.joined()

    private static let labels = DiscoveryKeyword.builtIn.map { rule in
        """
          - name: \(rule.label)
            description: "\(rule.description)"
            categories: [\(rule.categories.map { "\"\($0)\"" }.joined(separator: ", "))]
            keywords: [\(rule.keywords.joined(separator: ", "))]

        """
    }.joined()
}
