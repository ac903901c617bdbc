/// Safe Data Preview statistics of a text column; more appear at higher disclosure levels.
public struct StringStatistics: Sendable, Hashable, Codable {
    /// The lengths of the values; always present.
    public var lengths: Lengths
    /// The values' character patterns, at level `patterns` and above.
    public var patterns: Patterns?
    /// The values' first characters, the rest masked, at level `first_chars` (`first_chars`).
    public var firstChars: FirstChars?

    /// Creates string statistics, for example in a test.
    public init(lengths: Lengths, patterns: Patterns? = nil, firstChars: FirstChars? = nil) {
        self.lengths = lengths
        self.patterns = patterns
        self.firstChars = firstChars
    }

    enum CodingKeys: String, CodingKey {
        case lengths
        case patterns
        case firstChars = "first_chars"
    }

    /// Writes every field, absent ones as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(lengths, forKey: .lengths)
        try container.encode(patterns, forKey: .patterns)
        try container.encode(firstChars, forKey: .firstChars)
    }

    /// The distribution of value lengths.
    public struct Lengths: Sendable, Hashable, Codable {
        /// The shortest length.
        public var min: Int
        /// The longest length.
        public var max: Int
        /// The mean length.
        public var mean: Double
        /// The median length.
        public var median: Double
        /// The most frequent lengths, most frequent first (`most_common`).
        public var mostCommon: [Length]

        /// Creates length statistics.
        public init(min: Int, max: Int, mean: Double, median: Double, mostCommon: [Length] = []) {
            self.min = min
            self.max = max
            self.mean = mean
            self.median = median
            self.mostCommon = mostCommon
        }

        enum CodingKeys: String, CodingKey {
            case min, max, mean, median
            case mostCommon = "most_common"
        }
    }

    /// How many values have one length.
    public struct Length: Sendable, Hashable, Codable {
        /// The length.
        public var length: Int
        /// How many values have it.
        public var count: Int

        /// Creates a length count.
        public init(length: Int, count: Int) {
            self.length = length
            self.count = count
        }
    }

    /// The most frequent character patterns, and the mix of characters.
    public struct Patterns: Sendable, Hashable, Codable {
        /// The most frequent patterns, most frequent first.
        public var top: [Pattern]
        /// The fractions of letters, digits and other characters.
        public var composition: Composition

        /// Creates pattern statistics.
        public init(top: [Pattern], composition: Composition) {
            self.top = top
            self.composition = composition
        }
    }

    /// How many values share one character pattern, such as `aaaa@aaaa.aaa`.
    public struct Pattern: Sendable, Hashable, Codable {
        /// The pattern, each character replaced by its class.
        public var pattern: String
        /// How many values have it.
        public var count: Int

        /// Creates a pattern count.
        public init(pattern: String, count: Int) {
            self.pattern = pattern
            self.count = count
        }
    }

    /// The fractions of the values' characters that are letters, digits and anything else.
    public struct Composition: Sendable, Hashable, Codable {
        /// The fraction of letters.
        public var letter: Double
        /// The fraction of digits.
        public var digit: Double
        /// The fraction of other characters.
        public var other: Double

        /// Creates a composition.
        public init(letter: Double, digit: Double, other: Double) {
            self.letter = letter
            self.digit = digit
            self.other = other
        }
    }

    /// The most frequent masked first characters.
    public struct FirstChars: Sendable, Hashable, Codable {
        /// The most frequent forms, most frequent first.
        public var top: [MaskedForm]

        /// Creates first-character statistics.
        public init(top: [MaskedForm]) {
            self.top = top
        }
    }

    /// How many values share one masked form, such as `j*******`.
    public struct MaskedForm: Sendable, Hashable, Codable {
        /// The value's first characters, the rest masked.
        public var masked: String
        /// How many values have this form.
        public var count: Int

        /// Creates a masked form count.
        public init(masked: String, count: Int) {
            self.masked = masked
            self.count = count
        }
    }
}
