/// Safe Data Preview statistics of a numeric column: its values are numbers.
public typealias NumericStatistics = DistributionStatistics<Double>

/// Safe Data Preview statistics of a date or time column:
/// its values are ISO 8601 text such as `1987-04-12`.
public typealias TemporalStatistics = DistributionStatistics<String>

/// Safe Data Preview statistics of a column whose values have an order:
/// summaries and, at level `histograms`, the distribution in bins.
///
/// `Value` is `Double` for numeric columns and ISO 8601 text for temporal ones.
public struct DistributionStatistics<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The mean and quantiles.
    public var summaries: Summaries
    /// The distribution in bins, at level `histograms`.
    public var histograms: Histograms?

    /// Creates statistics, for example in a test.
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
        public var mean: Value
        /// The first quartile.
        public var q1: Value
        /// The median.
        public var q2: Value
        /// The third quartile.
        public var q3: Value
        /// The 5th percentile.
        public var p5: Value
        /// The 95th percentile.
        public var p95: Value

        /// Creates summaries.
        public init(mean: Value, q1: Value, q2: Value, q3: Value, p5: Value, p95: Value) {
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
        public var lowerBound: Value
        /// The bin's end, not included (`upper_bound`).
        public var upperBound: Value
        /// A name for the bin, such as `1970s`; temporal bins have one.
        public var label: String?
        /// How many values fall in the bin.
        public var count: Int

        /// Creates a bin.
        public init(lowerBound: Value, upperBound: Value, label: String? = nil, count: Int) {
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
