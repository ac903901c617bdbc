/// Safe Data Preview statistics of a date or time column, the dates kept as the server wrote them.
public struct TemporalStatistics: Sendable, Hashable, Codable {
    /// The mean and quantiles.
    public var summaries: Summaries
    /// The distribution in bins, at level `histograms`.
    public var histograms: Histograms?

    /// Creates temporal statistics, for example in a test.
    public init(summaries: Summaries, histograms: Histograms? = nil) {
        self.summaries = summaries
        self.histograms = histograms
    }

    enum CodingKeys: String, CodingKey {
        case summaries
        case histograms
    }

    /// Writes every field, absent histograms as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(summaries, forKey: .summaries)
        try container.encode(histograms, forKey: .histograms)
    }

    /// The mean, quartiles and 5th and 95th percentiles, as ISO 8601 text such as `1987-04-12`.
    public struct Summaries: Sendable, Hashable, Codable {
        /// The mean.
        public var mean: String
        /// The first quartile.
        public var q1: String
        /// The median.
        public var q2: String
        /// The third quartile.
        public var q3: String
        /// The 5th percentile.
        public var p5: String
        /// The 95th percentile.
        public var p95: String

        /// Creates summaries.
        public init(mean: String, q1: String, q2: String, q3: String, p5: String, p95: String) {
            self.mean = mean
            self.q1 = q1
            self.q2 = q2
            self.q3 = q3
            self.p5 = p5
            self.p95 = p95
        }
    }

    /// The distribution of values in bins.
    public struct Histograms: Sendable, Hashable, Codable {
        /// The bins, in order.
        public var bins: [Bin]

        /// Creates histograms.
        public init(bins: [Bin]) {
            self.bins = bins
        }
    }

    /// How many values fall between two dates.
    public struct Bin: Sendable, Hashable, Codable {
        /// The bin's start (`lower_bound`).
        public var lowerBound: String
        /// The bin's end (`upper_bound`).
        public var upperBound: String
        /// A name for the bin, such as `1970s`.
        public var label: String
        /// How many values fall in the bin.
        public var count: Int

        /// Creates a bin.
        public init(lowerBound: String, upperBound: String, label: String, count: Int) {
            self.lowerBound = lowerBound
            self.upperBound = upperBound
            self.label = label
            self.count = count
        }

        enum CodingKeys: String, CodingKey {
            case lowerBound = "lower_bound"
            case upperBound = "upper_bound"
            case label
            case count
        }
    }
}
