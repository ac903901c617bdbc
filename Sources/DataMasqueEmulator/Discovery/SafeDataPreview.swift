import DataMasque

/// The made-up Safe Data Preview of a column or file field:
/// plausible statistics that follow from its type, label and name, at the disclosure levels asked for.
struct SafeDataPreview {
    var type: FakeColumnType
    /// The built-in label the field matched, which shapes its patterns and ranges.
    var label: String?
    /// Seeds every number, so the same field always shows the same statistics.
    var seed: String
    var options: DiscoveryOptions.Preview
    /// The file sampled, for file discovery; `nil` for a database column.
    var sampledFrom: String?
    /// How many rows or records were sampled.
    var sampled: Int

    var json: JSONValue {
        let nulls = type.previewKind == "unsupported" ? 0 : number(0...sampled / 20, "nulls")
        let distinct: JSONValue =
            switch type {
            case .binary: .null
            case .boolean: 2
            default: .int(max(1, sampled - nulls - number(0...sampled / 4, "repeats")))
            }
        return [
            "kind": .string(type.previewKind), "sampled_from": sampledFrom.map(JSONValue.string) ?? .null,
            "statistics_common": ["count_row": .int(sampled), "count_null": .int(nulls), "count_distinct": distinct],
            "statistics_kind": statistics(nonNull: sampled - nulls),
        ]
    }

    private func statistics(nonNull: Int) -> JSONValue {
        switch type {
        case .text(let length): string(maxLength: length, count: nonNull)
        case .integer: numeric(lower: 1, upper: Double(max(2, sampled)), count: nonNull)
        case .decimal: numeric(lower: 5, upper: label == "salary" ? 250_000 : 2_000, count: nonNull)
        case .date, .timestamp: temporal(count: nonNull)
        case .boolean:
            ["count_true": .int(nonNull - nonNull / 3), "count_false": .int(nonNull / 3)]
        case .binary: ["reason": "Binary data isn't previewed"]
        }
    }

    private func string(maxLength: Int, count: Int) -> JSONValue {
        let sample = Self.samples[label ?? ""] ?? ("Aaaaaaaa", "a*******")
        let typical = min(maxLength, sample.pattern.count)
        let shortest = max(1, typical - number(0...3, "min"))
        let longest = min(maxLength, typical + number(0...12, "max"))
        var statistics: [String: JSONValue] = [
            "lengths": [
                "min": .int(shortest), "max": .int(longest), "mean": .double(Double(shortest + longest) / 2),
                "median": .double(Double(typical)),
                "most_common": top([(["length": .int(typical)], count / 3), (["length": .int(typical + 1)], count / 5)]),
            ]
        ]
        let level = DiscoveryOptions.Preview.stringLevels.firstIndex(of: options.stringLevel) ?? 0
        if level >= 1 {
            let digits = sample.pattern.filter { $0 == "9" }.count
            let letters = sample.pattern.filter { $0 == "a" || $0 == "A" }.count
            let total = Double(max(1, sample.pattern.count))
            statistics["patterns"] = [
                "top": top([(["pattern": .string(sample.pattern)], count / 2), (["pattern": .string(sample.pattern + "a")], count / 8)]),
                "composition": [
                    "letter": .double(Double(letters) / total), "digit": .double(Double(digits) / total),
                    "other": .double(Double(sample.pattern.count - letters - digits) / total),
                ],
            ]
        }
        if level >= 2 {
            statistics["first_chars"] = [
                "top": top([(["masked": .string(sample.masked)], count / 10), (["masked": "s*******"], count / 12)])
            ]
        }
        return .object(statistics)
    }

    private func numeric(lower: Double, upper: Double, count: Int) -> JSONValue {
        let span = upper - lower
        let point = { (fraction: Double) in JSONValue.double(((lower + span * fraction) * 100).rounded() / 100) }
        var statistics: [String: JSONValue] = [
            "summaries": [
                "mean": point(0.5), "q1": point(0.25), "q2": point(0.5), "q3": point(0.75), "p5": point(0.05),
                "p95": point(0.95),
            ]
        ]
        if options.numericLevel == "histograms" {
            let bins = (0..<4).map { index -> (JSONValue, Int) in
                let low = lower + span * Double(index) / 4
                return (
                    ["lower_bound": .double(low), "upper_bound": .double(low + span / 4)],
                    [count / 6, count / 3, count / 3, count - count / 6 - 2 * (count / 3)][index]
                )
            }
            statistics["histograms"] = ["bins": top(bins)]
        }
        return .object(statistics)
    }

    private func temporal(count: Int) -> JSONValue {
        let (first, decades) = label == "date_of_birth" ? (1950, 6) : (1990, 4)
        let day = { (year: Int) in JSONValue.string("\(year)-0\(1 + self.number(0...8, "month\(year)"))-15") }
        var statistics: [String: JSONValue] = [
            "summaries": [
                "mean": day(first + decades * 5), "q1": day(first + decades * 2), "q2": day(first + decades * 5),
                "q3": day(first + decades * 7), "p5": day(first + 1), "p95": day(first + decades * 10 - 1),
            ]
        ]
        if options.temporalLevel == "histograms" {
            let bins = (0..<decades).map { index -> (JSONValue, Int) in
                let year = first + 10 * index
                return (
                    ["lower_bound": .string("\(year)-01-01"), "upper_bound": .string("\(year + 10)-01-01"), "label": .string("\(year)s")],
                    index == decades - 1 ? count - (decades - 1) * (count / decades) : count / decades
                )
            }
            statistics["histograms"] = ["bins": top(bins)]
        }
        return .object(statistics)
    }

    /// `entries` with their counts, leaving out those seen fewer than `min_group_size` times.
    private func top(_ entries: [(JSONValue, Int)]) -> JSONValue {
        let kept = entries.filter { $0.1 >= options.minGroupSize && $0.1 > 0 }
        return .array(
            kept.map { entry, count in
                var object = entry.objectValue ?? [:]
                object["count"] = .int(count)
                return .object(object)
            })
    }

    private func number(_ range: ClosedRange<Int>, _ salt: String) -> Int {
        StableHash.number(seed + "|" + salt, in: range)
    }

    /// Character-class patterns (`a` letter, `A` capital, `9` digit) and masked first characters, by label.
    private static let samples: [String: (pattern: String, masked: String)] = [
        "email": ("aaaa.aaaa@aaaa.aaa", "j*******"),
        "first_name": ("Aaaaa", "J****"),
        "last_name": ("Aaaaaaa", "S******"),
        "social_security_number": ("999-99-9999", "5**********"),
        "credit_card_number": ("9999 9999 9999 9999", "4******************"),
        "phone_number": ("+9 999 999 9999", "+*************"),
        "street_address": ("99 Aaaaa Aa", "1**********"),
    ]
}
