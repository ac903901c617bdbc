import Yams

/// The bounds the emulator puts on ruleset and library YAML before and after parsing it,
/// so that no document, however crafted, keeps it busy:
/// a size limit, a count of aliases, a nesting depth,
/// and a limit on how many nodes aliases may repeat.
///
/// A document over a limit is stored `invalid` with one issue saying which limit, and where.
enum YAMLLimits {
    /// The largest YAML the emulator validates, in UTF-8 bytes.
    static let maximumSize = 8 * 1024 * 1024
    /// The most aliases (`*name`) a document may use.
    static let maximumAliases = 1_000
    /// The deepest nesting of collections, aliases expanded.
    static let maximumDepth = 128
    /// The most nodes the aliases of a document may stand for, all aliases together.
    static let maximumAliasedNodes = 100_000

    /// The first limit `yaml` breaks before it is parsed, if any:
    /// its size, its alias count, its nesting judged from indentation and brackets,
    /// or an alias used inside a mapping key (which the parser would expand to compare keys).
    static func issue(beforeParsing yaml: String) -> ValidationIssue? {
        if yaml.utf8.count > maximumSize {
            return ValidationIssue(
                message: "The YAML document is larger than \(maximumSize) bytes, the most the emulator validates.",
                kind: .ruleset, line: 1, column: 1)
        }
        var scan = Scan()
        let lines = yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            if let issue = scan.read(line, line: number + 1) { return issue }
        }
        return scan.finalIssue
    }

    /// The first limit the parsed document `root` breaks, if any: its depth or the nodes its aliases stand for.
    static func issue(afterParsing root: Node) -> ValidationIssue? {
        var expansion = Expansion()
        _ = expansion.measure(root, depth: 1)
        return expansion.issue
    }

    /// A line-by-line reading of the YAML text that counts aliases, finds those in mapping keys
    /// and bounds nesting from above by indentation, indicators and brackets,
    /// skipping comments, quoted strings and block scalars.
    private struct Scan {
        private var aliases = 0
        private var flowDepth = 0
        private var aliasInFlow = false
        private var quote: UInt8?
        /// The indentation of the line that opened a block scalar still being read.
        private var blockScalarIndent: Int?
        /// Where the first explicit key (`? `) is, if any.
        private var explicitKey: (line: Int, column: Int)?

        /// The issue found once every line is read: an explicit key in a document with aliases.
        var finalIssue: ValidationIssue? {
            guard aliases > 0, let explicitKey else { return nil }
            return keyIssue(line: explicitKey.line, column: explicitKey.column)
        }

        mutating func read(_ text: Substring.UTF8View, line: Int) -> ValidationIssue? {
            let bytes = Array(text)
            let indent = bytes.prefix { $0 == UInt8(ascii: " ") }.count
            if let blockIndent = blockScalarIndent {
                if indent > blockIndent || bytes.allSatisfy(Self.spaces.contains) { return nil }
                blockScalarIndent = nil
            }
            var depth = indent
            var index = indent
            while index < bytes.count {
                let byte = bytes[index]
                let atTokenStart = index == 0 || Self.separators.contains(bytes[index - 1])
                let followedBySpace = index + 1 == bytes.count || Self.spaces.contains(bytes[index + 1])
                index += 1
                if let open = quote {
                    if byte == open, open == UInt8(ascii: "'"), index < bytes.count, bytes[index] == open {
                        index += 1
                    } else if byte == open {
                        quote = nil
                    } else if byte == UInt8(ascii: "\\"), open == UInt8(ascii: "\"") {
                        index += 1
                    }
                    continue
                }
                guard atTokenStart || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") else { continue }
                switch byte {
                case UInt8(ascii: "#"):
                    index = bytes.count
                case UInt8(ascii: "'"), UInt8(ascii: "\""):
                    quote = byte
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flowDepth += 1
                    depth = max(depth, indent + flowDepth)
                case UInt8(ascii: "]") where flowDepth > 0, UInt8(ascii: "}") where flowDepth > 0:
                    flowDepth -= 1
                    if flowDepth == 0, aliasInFlow, Self.colonFollows(bytes, from: index) {
                        return keyIssue(line: line, column: index)
                    }
                    if flowDepth == 0 { aliasInFlow = false }
                case UInt8(ascii: "-") where followedBySpace:
                    depth += 1
                case UInt8(ascii: "?") where followedBySpace:
                    depth += 1
                    if explicitKey == nil { explicitKey = (line, index) }
                case UInt8(ascii: "|") where flowDepth == 0, UInt8(ascii: ">") where flowDepth == 0:
                    let rest = bytes[index...].prefix { $0 != UInt8(ascii: "#") }
                    if rest.allSatisfy(Self.blockScalarModifiers.contains) {
                        blockScalarIndent = indent
                        index = bytes.count
                    }
                case UInt8(ascii: "*") where !followedBySpace:
                    let column = index
                    aliases += 1
                    if aliases > maximumAliases {
                        return ValidationIssue(
                            message: "The YAML document uses more than \(maximumAliases) aliases.", kind: .ruleset,
                            line: line, column: column)
                    }
                    while index < bytes.count, !Self.separators.contains(bytes[index]) { index += 1 }
                    if flowDepth > 0 { aliasInFlow = true }
                    if Self.colonFollows(bytes, from: index) { return keyIssue(line: line, column: column) }
                default:
                    break
                }
            }
            guard depth <= 2 * maximumDepth else {
                return ValidationIssue(
                    message: "The YAML document is nested more than \(maximumDepth) levels deep.", kind: .ruleset,
                    line: line, column: 1)
            }
            return nil
        }

        /// Whether a `:` that makes what precedes it a key comes next, after spaces.
        private static func colonFollows(_ bytes: [UInt8], from start: Int) -> Bool {
            guard let colon = bytes[start...].firstIndex(where: { !spaces.contains($0) }),
                bytes[colon] == UInt8(ascii: ":")
            else { return false }
            return colon + 1 == bytes.count || separators.contains(bytes[colon + 1])
        }

        private func keyIssue(line: Int, column: Int) -> ValidationIssue {
            ValidationIssue(
                message: "Aliases cannot be used in mapping keys.", kind: .ruleset, line: line, column: column)
        }

        private static let spaces: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")]
        private static let separators: Set<UInt8> = spaces.union([
            UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"),
        ])
        private static let blockScalarModifiers = Set("+-0123456789 \t\r".utf8)
    }

    /// A walk of the parsed document that measures each collection once
    /// and adds up what the aliases to one stand for.
    ///
    /// An alias is the very node it names, so a collection met again, at the same place in the text, is an alias.
    private struct Expansion {
        private struct Place: Hashable {
            var isMapping: Bool
            var line: Int
            var column: Int
        }

        /// Nodes and depth of each collection, once measured.
        private var measured: [Place: (nodes: Int, depth: Int)] = [:]
        private var aliasedNodes = 0
        private(set) var issue: ValidationIssue?

        /// The number of nodes under `node`, itself included, and its depth, aliases expanded.
        mutating func measure(_ node: Node, depth: Int) -> (nodes: Int, depth: Int) {
            guard issue == nil else { return (0, 0) }
            let children: [Node]
            switch node {
            case .mapping(let mapping): children = mapping.flatMap { [$0.key, $0.value] }
            case .sequence(let sequence): children = Array(sequence)
            default: return (1, 1)
            }
            let place = node.mark.map { Place(isMapping: node.mapping != nil, line: $0.line, column: $0.column) }
            if let place, let size = measured[place] {
                aliasedNodes += size.nodes
                if aliasedNodes > maximumAliasedNodes {
                    fail("The aliases of the YAML document stand for more than \(maximumAliasedNodes) nodes.", node)
                } else if depth + size.depth - 1 > maximumDepth {
                    fail("The YAML document is nested more than \(maximumDepth) levels deep.", node)
                }
                return size
            }
            guard depth <= maximumDepth else {
                fail("The YAML document is nested more than \(maximumDepth) levels deep.", node)
                return (0, 0)
            }
            var size = (nodes: 1, depth: 1)
            for child in children {
                let measuredChild = measure(child, depth: depth + 1)
                size = (size.nodes + measuredChild.nodes, max(size.depth, measuredChild.depth + 1))
            }
            if let place { measured[place] = size }
            return size
        }

        private mutating func fail(_ message: String, _ node: Node) {
            issue = ValidationIssue(
                message: message, kind: .ruleset, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
    }
}
