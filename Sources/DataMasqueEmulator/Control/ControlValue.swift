import DataMasque

/// Reads the numbers of a control request's JSON body,
/// refusing a value of the wrong type or out of range with `400` naming the field and its range.
enum ControlValue {
    /// The number of seconds under `key`, whole or not, in `range`; `nil` when the key is absent or `null`.
    ///
    /// - Throws: ``APIError`` `400` when the value is not a number or lies outside `range`.
    static func seconds(_ body: [String: JSONValue], _ key: String, in range: ClosedRange<Int>) throws -> Duration? {
        let seconds: Double
        switch body[key] {
        case nil, .null?: return nil
        case .int(let value)?: seconds = Double(value)
        case .double(let value)?: seconds = value
        default: throw outOfRange(key, range)
        }
        guard seconds.isFinite, seconds >= Double(range.lowerBound), seconds <= Double(range.upperBound) else {
            throw outOfRange(key, range)
        }
        return .milliseconds(Int((seconds * 1000).rounded(.down)))
    }

    /// The whole number under `key` in `range`; `nil` when the key is absent or `null`.
    ///
    /// - Throws: ``APIError`` `400` when the value is not a whole number or lies outside `range`.
    static func integer(_ body: [String: JSONValue], _ key: String, in range: ClosedRange<Int>) throws -> Int? {
        switch body[key] {
        case nil, .null?: return nil
        case let value?:
            guard let number = value.intValue, range.contains(number) else {
                throw outOfRange(key, range, whole: true)
            }
            return number
        }
    }

    private static func outOfRange(_ key: String, _ range: ClosedRange<Int>, whole: Bool = false) -> APIError {
        let kind = whole ? "a whole number" : "a number"
        return APIError.fields([key: ["\(key) must be \(kind) between \(range.lowerBound) and \(range.upperBound)."]])
    }
}
