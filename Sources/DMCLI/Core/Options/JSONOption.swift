import ArgumentParser

/// `--json`: print JSON on standard output, as agent mode does.
struct JSONOption: ParsableArguments {
    @Flag(help: "Print JSON instead of a table.")
    var json = false
}
