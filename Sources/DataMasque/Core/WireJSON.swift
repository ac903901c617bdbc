import Foundation

/// The JSON encoder and decoder settings of DataMasque's wire format.
enum WireJSON {
    static func decoder() -> WireDecoder { WireDecoder() }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(WireDate.format(date))
        }
        return encoder
    }

    /// A short, redacted excerpt of a body, for error messages.
    static func excerpt(of body: Data, limit: Int = 300) -> String {
        let text: String
        if let json = try? decoder().decode(JSONValue.self, from: body),
            let redacted = try? encoder().encode(Redaction.redact(json))
        {
            text = String(decoding: redacted, as: UTF8.self)
        } else {
            text = String(decoding: body.prefix(limit * 4), as: UTF8.self)
        }
        return text.count > limit ? String(text.prefix(limit)) + "…" : text
    }
}

/// ISO 8601 dates as DataMasque sends them: with or without fractional seconds, `Z` or an offset.
///
/// The formatters are made once: decoding a long listing parses many dates.
/// `ISO8601DateFormatter` is documented as thread-safe, and these are never mutated after creation.
enum WireDate {
    nonisolated(unsafe) private static let withFraction: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()

    nonisolated(unsafe) private static let plain: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }()

    static func parse(_ text: String) -> Date? {
        InternetDate(text)?.date ?? withFraction.date(from: text) ?? plain.date(from: text)
            ?? parseLongFraction(text)
    }

    static func format(_ date: Date) -> String {
        withFraction.string(from: date)
    }

    /// Microsecond fractions (`.233400`) are cut to milliseconds, which the formatter reads.
    private static func parseLongFraction(_ text: String) -> Date? {
        guard let dot = text.firstIndex(of: ".") else { return nil }
        let digits = text[text.index(after: dot)...].prefix { $0.isNumber }
        guard digits.count > 3 else { return nil }
        let trimmed = text[..<dot] + "." + digits.prefix(3) + text[digits.endIndex...]
        return withFraction.date(from: String(trimmed))
    }
}
