import Foundation

/// The common form of a DataMasque timestamp, `YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)`, read without a formatter.
///
/// Listing thousands of runs parses thousands of dates,
/// and a formatter costs microseconds each.
/// This reads only fully valid dates in that form, with no fraction or at least three digits of one,
/// to the millisecond as `ISO8601DateFormatter` does;
/// anything else is left to the formatter.
struct InternetDate {
    /// The moment.
    let date: Date

    /// The date `text` names; `nil` when it is not in the common form.
    init?(_ text: String) {
        var text = text
        guard let date = text.withUTF8({ Self.parse($0) }) else { return nil }
        self.date = date
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count >= 20, bytes[4] == 0x2d, bytes[7] == 0x2d, bytes[10] == 0x54 || bytes[10] == 0x74,
            bytes[13] == 0x3a, bytes[16] == 0x3a,
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
            (1...9999).contains(year), (1...12).contains(month), (1...daysIn(month, of: year)).contains(day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        var index = 19
        var milliseconds = 0
        if bytes[index] == 0x2e {
            var digits = 0
            index += 1
            while index < bytes.count, let digit = digit(bytes[index]) {
                if digits < 3 { milliseconds = milliseconds * 10 + digit }
                digits += 1
                index += 1
            }
            guard digits >= 3 else { return nil }
        }
        guard index < bytes.count else { return nil }
        var offset = 0
        switch bytes[index] {
        case 0x5a, 0x7a:
            index += 1
        case 0x2b, 0x2d:
            guard bytes.count - index >= 6, bytes[index + 3] == 0x3a,
                let hours = number(bytes, index + 1, 2), let minutes = number(bytes, index + 4, 2),
                hours < 24, minutes < 60
            else { return nil }
            offset = (hours * 60 + minutes) * 60 * (bytes[index] == 0x2d ? -1 : 1)
            index += 6
        default:
            return nil
        }
        guard index == bytes.count else { return nil }
        let days = daysSince1970(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset
        // As the formatter computes it: whole milliseconds since 1970, then seconds since 2001.
        let interval = Double(seconds * 1_000 + milliseconds) / 1_000 - Date.timeIntervalBetween1970AndReferenceDate
        return Date(timeIntervalSinceReferenceDate: interval)
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (0x30...0x39).contains(byte) ? Int(byte - 0x30) : nil
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<start + count {
            guard let digit = digit(bytes[index]) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = shifted / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
