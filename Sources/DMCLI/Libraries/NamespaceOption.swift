import ArgumentParser
import DataMasque

/// `-n/--namespace`: a ruleset library's namespace; empty for the default namespace.
struct NamespaceOption: ParsableArguments {
    @Option(name: .shortAndLong, help: "The library's namespace; the default namespace when omitted.")
    var namespace = ""

    /// How messages name library `name` in this namespace: `namespace/name`, or `name` in the default namespace.
    func label(_ name: String) -> String {
        RulesetLibrary(name: name, namespace: namespace).qualifiedName
    }
}
