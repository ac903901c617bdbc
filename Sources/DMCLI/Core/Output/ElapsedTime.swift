/// Formats a span of whole seconds as `Ns`, `Mm Ss` or `Hh Mm Ss`.
enum ElapsedTime {
    /// `seconds` as text, such as `45s`, `2m 05s` or `1h 02m 03s`.
    static func text(_ seconds: Int) -> String {
        let seconds = max(0, seconds)
        let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        if hours > 0 { return "\(hours)h \(twoDigits(minutes))m \(twoDigits(rest))s" }
        if minutes > 0 { return "\(minutes)m \(twoDigits(rest))s" }
        return "\(rest)s"
    }

    /// The whole seconds in `duration`, rounded down.
    static func text(_ duration: Duration) -> String {
        text(Int(duration.components.seconds))
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
