import ArgumentParser

/// `-n/--namespace`: a ruleset library's namespace; empty for the default namespace.
struct NamespaceOption: ParsableArguments {
    @Option(name: .shortAndLong, help: "The library's namespace; the default namespace when omitted.")
    var namespace = ""
}
