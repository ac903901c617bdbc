/// Safe Data Preview statistics of a numeric column.
public struct NumericStatistics: Sendable, Hashable, Codable {
    /// The mean and quantiles.
    public var summaries: Summaries
    /// The distribution in bins, at level `histograms`.
    public var histograms: Histograms?

    /// Creates numeric statistics, for example in a test.
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

    /// The mean, quartiles and 5th and 95th percentiles.
    public struct Summaries: Sendable, Hashable, Codable {
        /// The mean.
        public var mean: Double
        /// The first quartile.
        public var q1: Double
        /// The median.
        public var q2: Double
        /// The third quartile.
        public var q3: Double
        /// The 5th percentile.
        public var p5: Double
        /// The 95th percentile.
        public var p95: Double

        /// Creates summaries.
        public init(mean: Double, q1: Double, q2: Double, q3: Double, p5: Double, p95: Double) {
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

    /// How many values fall in `[lowerBound, upperBound)`.
    public struct Bin: Sendable, Hashable, Codable {
        /// The lowest value of the bin (`lower_bound`).
        public var lowerBound: Double
        /// The bin's end, not included (`upper_bound`).
        public var upperBound: Double
        /// How many values fall in the bin.
        public var count: Int

        /// Creates a bin.
        public init(lowerBound: Double, upperBound: Double, count: Int) {
            self.lowerBound = lowerBound
            self.upperBound = upperBound
            self.count = count
        }

        enum CodingKeys: String, CodingKey {
            case lowerBound = "lower_bound"
            case upperBound = "upper_bound"
            case count
        }
    }
}
