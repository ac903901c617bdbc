/// The `value_format` of a `from_format_string` mask, in the emulator's subset of DataMasque's syntax:
/// literal text, and groups `{[set],n}` that stand for `n` characters drawn from `set`,
/// where `set` lists characters and ranges such as `A-Z0-9`.
///
/// `"{[A-Z],2}-{[0-9],4}"` gives values such as `QX-0382`.
struct FormatString: Sendable, Hashable {
    /// A run of literal text or a group of random characters.
    enum Part: Sendable, Hashable {
        case literal(String)
        case random([Character], count: Int)
    }

    /// The most characters one group may ask for.
    static let maximumCount = 1_000

    var parts: [Part]

    /// Parses `format`.
    ///
    /// - Throws: A message saying what is wrong, such as an unclosed group or an empty character set.
    init(_ format: String) throws(FormatError) {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(format)
        while let character = rest.first {
            guard character == "{" else {
                literal.append(character)
                rest = rest.dropFirst()
                continue
            }
            guard let close = rest.firstIndex(of: "}") else { throw FormatError("A `{` group is not closed.") }
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
            parts.append(try Self.group(rest[rest.index(after: rest.startIndex)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// One value, drawn with `generator`.
    func generate(using generator: inout SplitMixGenerator) -> String {
        parts.map { part in
            switch part {
            case .literal(let text): text
            case .random(let set, let count): String((0..<count).map { _ in set.randomElement(using: &generator)! })
            }
        }.joined()
    }

    /// The group `[set],n` without its braces.
    private static func group(_ body: Substring) throws(FormatError) -> Part {
        guard body.first == "[", let close = body.lastIndex(of: "]") else {
            throw FormatError("The group {\(body)} must look like {[A-Z],3}.")
        }
        let countText = body[body.index(after: close)...]
        guard countText.first == ",", let count = Int(countText.dropFirst().trimmingPrefix(" ")),
            (1...maximumCount).contains(count)
        else {
            throw FormatError("The group {\(body)} needs a count from 1 to \(maximumCount) after the set.")
        }
        let set = try characters(in: Array(body[body.index(after: body.startIndex)..<close]))
        return .random(set, count: count)
    }

    /// The characters a set such as `A-Za-z_` lists, ranges expanded.
    private static func characters(in set: [Character]) throws(FormatError) -> [Character] {
        var result: [Character] = []
        var index = 0
        while index < set.count {
            if index + 2 < set.count, set[index + 1] == "-",
                let low = set[index].unicodeScalars.first?.value, let high = set[index + 2].unicodeScalars.first?.value
            {
                guard low <= high, high - low < 0x1_0000 else {
                    throw FormatError("The range \(set[index])-\(set[index + 2]) is not in order.")
                }
                result += (low...high).compactMap { Unicode.Scalar($0).map(Character.init) }
                index += 3
            } else {
                result.append(set[index])
                index += 1
            }
        }
        guard !result.isEmpty else { throw FormatError("A group's character set is empty.") }
        return result
    }

    /// Why a `value_format` cannot be used.
    struct FormatError: Error, Sendable {
        var message: String

        init(_ message: String) {
            self.message = message
        }
    }
}
