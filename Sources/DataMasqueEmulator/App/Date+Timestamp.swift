import Foundation

extension Date {
    /// The time the way DataMasque writes it: ISO 8601 in UTC with microseconds,
    /// such as `2022-02-13T21:36:23.468892Z`.
    var timestamp: String {
        let seconds = timeIntervalSince1970.rounded(.down)
        let microseconds = Int(((timeIntervalSince1970 - seconds) * 1_000_000).rounded(.down))
        let whole = Date(timeIntervalSince1970: seconds).formatted(.iso8601)
        let fraction = String(microseconds)
        return whole.dropLast() + "." + String(repeating: "0", count: 6 - fraction.count) + fraction + "Z"
    }
}
