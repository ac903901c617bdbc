import ArgumentParser

/// Every visible leaf command of a command tree, with its help and parameters.
struct CommandCatalog {
    /// One leaf command.
    struct Entry {
        /// The names from the root, space-joined, such as `auth login`.
        var path: String
        /// The command's one-line description.
        var help: String
        var arguments: [DumpedArgument]
    }

    var entries: [Entry]

    /// Walks the subcommands of `root` recursively, alphabetically at each level, skipping hidden ones.
    init(root: any ParsableCommand.Type) {
        entries = Self.leaves(of: root, path: [])
    }

    private static func leaves(of command: any ParsableCommand.Type, path: [String]) -> [Entry] {
        let children = command.configuration.subcommands
            .filter { $0.configuration.shouldDisplay }
            .sorted { $0._commandName < $1._commandName }
        guard children.isEmpty else {
            return children.flatMap { leaves(of: $0, path: path + [$0._commandName]) }
        }
        let help = command.configuration.abstract.split(separator: "\n").joined(separator: " ")
        return [Entry(path: path.joined(separator: " "), help: help, arguments: DumpedArgument.arguments(of: command))]
    }

    /// The JSON form: `{"commands": [{path, help, options}]}`, or entries of `{path, help}` when compact.
    func json(compact: Bool) -> OrderedJSON {
        .object([
            .init(
                "commands",
                .array(
                    entries.map { entry in
                        var fields: [OrderedJSON.Field] = [
                            .init("path", .string(entry.path)), .init("help", .string(entry.help)),
                        ]
                        if !compact { fields.append(.init("options", .array(entry.arguments.map(Self.json)))) }
                        return .object(fields)
                    }))
        ])
    }

    /// A parameter: `{name, required, is_argument}` for a positional one, else `{flags, help, required, is_flag}`.
    private static func json(_ argument: DumpedArgument) -> OrderedJSON {
        if argument.kind == "positional" {
            return .object([
                .init("name", .string((argument.valueName ?? "").replacingOccurrences(of: "-", with: "_"))),
                .init("required", .bool(!argument.isOptional)),
                .init("is_argument", .bool(true)),
            ])
        }
        return .object([
            .init("flags", .array(argument.flags.map(OrderedJSON.string))),
            .init("help", .string(argument.abstract ?? "")),
            .init("required", .bool(!argument.isOptional)),
            .init("is_flag", .bool(argument.kind == "flag")),
        ])
    }
}
