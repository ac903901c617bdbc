import ArgumentParser
import Foundation

/// One parameter of a command, read from ArgumentParser's JSON description of the command.
struct DumpedArgument: Decodable {
    struct Name: Decodable {
        /// `long`, `short` or `longWithSingleDash`.
        var kind: String
        var name: String
    }

    /// `positional`, `option` or `flag`.
    var kind: String
    var shouldDisplay: Bool
    var isOptional: Bool
    var names: [Name]?
    var valueName: String?
    var abstract: String?

    /// The visible parameters of `command`, in declaration order, without `--help`.
    static func arguments(of command: any ParsableCommand.Type) -> [DumpedArgument] {
        struct Tool: Decodable {
            struct Command: Decodable { var arguments: [DumpedArgument]? }
            var command: Command
        }
        let tool = try? JSONDecoder().decode(Tool.self, from: Data(command._dumpHelp().utf8))
        return (tool?.command.arguments ?? []).filter { argument in
            argument.shouldDisplay && !(argument.names ?? []).contains { $0.kind == "long" && $0.name == "help" }
        }
    }

    /// The spellings, long ones first, such as `["--profile", "-p"]`.
    var flags: [String] {
        let spelled = (names ?? []).map { name in
            (name.kind == "short" ? "-" : name.kind == "long" ? "--" : "-") + name.name
        }
        return spelled.filter { $0.hasPrefix("--") } + spelled.filter { !$0.hasPrefix("--") }
    }
}
