import DataMasque
import Foundation

extension IFMMask {
    /// Why a mask could not handle a value; the mask request fails softly with this message in its logs.
    struct Failure: Error, Sendable {
        var message: String
    }

    /// Where a mask sits and which record it masks, from which the emulator derives the mask's randomness.
    struct Seed: Sendable {
        /// The run secret, the instance secret, or a per-request random secret.
        var secret: String
        /// The record's hash value as canonical JSON, or its index in the request when there are no hash values.
        var recordKey: String
        /// The rule, the mask and any JSON path leading to this mask.
        var location: [String]

        func appending(_ step: String) -> Self {
            var seed = self
            seed.location.append(step)
            return seed
        }

        var generator: SplitMixGenerator {
            SplitMixGenerator(hashing: [secret, recordKey] + location)
        }
    }

    /// `value` masked.
    ///
    /// - Throws: ``Failure`` when the mask cannot handle the value, such as `imitate` given an object.
    func apply(to value: JSONValue, seed: Seed) throws(Failure) -> JSONValue {
        var generator = seed.generator
        switch self {
        case .fixed(let fixed):
            return fixed
        case .choices(let choices):
            return choices.randomElement(using: &generator) ?? .null
        case .formatString(let format):
            return .string(format.generate(using: &generator))
        case .imitate(let imitation):
            return try imitation.apply(to: value, using: &generator)
        case .doNothing:
            return value
        case .json(let transforms):
            return try Self.applyJSON(transforms, to: value, seed: seed)
        case .unimplemented(let type):
            throw Failure(message: "The emulator does not implement mask type \(type).")
        }
    }

    /// `masks` applied in order, each seeded by its position.
    static func apply(_ masks: [IFMMask], to value: JSONValue, seed: Seed) throws(Failure) -> JSONValue {
        var value = value
        for (index, mask) in masks.enumerated() {
            value = try mask.apply(to: value, seed: seed.appending("mask \(index)"))
        }
        return value
    }

    private static func applyJSON(_ transforms: [JSONTransform], to value: JSONValue, seed: Seed) throws(Failure)
        -> JSONValue
    {
        switch value {
        case .object, .array:
            var document = value
            for (index, transform) in transforms.enumerated() {
                document = try transform.apply(to: document, seed: seed.appending("transform \(index)"))
            }
            return document
        case .string(let text):
            guard let data = text.data(using: .utf8),
                let document = try? EmulatorJSON.decode(JSONValue.self, from: data),
                document.objectValue != nil || document.arrayValue != nil
            else { throw Failure(message: "json received a string that is not a JSON object or array.") }
            let masked = try applyJSON(transforms, to: document, seed: seed)
            // Encoding a JSONValue cannot fail.
            return .string(String(decoding: (try? EmulatorJSON.encode(masked)) ?? Data(), as: UTF8.self))
        default:
            throw Failure(
                message: "json cannot mask a value of type \(value.kindName); it masks objects, arrays and JSON strings.")
        }
    }
}

extension IFMMask.Imitation {
    /// `value` with each letter and digit replaced by another of its kind; numbers stay numbers.
    func apply(to value: JSONValue, using generator: inout SplitMixGenerator) throws(IFMMask.Failure) -> JSONValue {
        switch value {
        case .string(let text):
            return .string(imitate(text, using: &generator))
        case .int(let number):
            let digits = imitate(String(number.magnitude), using: &generator)
            return .int((Int(digits) ?? 0) * (number < 0 ? -1 : 1))
        case .double(let number):
            return .double(Double(imitate(String(number), using: &generator)) ?? number)
        default:
            throw IFMMask.Failure(
                message: "imitate cannot mask a value of type \(value.kindName); it masks strings and numbers.")
        }
    }

    private func imitate(_ text: String, using generator: inout SplitMixGenerator) -> String {
        String(
            text.map { character -> Character in
                let pool: ClosedRange<Character>? =
                    switch character {
                    case "A"..."Z" where uppercase: "A"..."Z"
                    case "a"..."z" where lowercase: "a"..."z"
                    case "0"..."9" where digits: "0"..."9"
                    default: nil
                    }
                guard let pool, let low = pool.lowerBound.asciiValue, let high = pool.upperBound.asciiValue else {
                    return character
                }
                let choices = (low...high).filter { !forceChange || $0 != character.asciiValue }
                return Character(Unicode.Scalar(choices.randomElement(using: &generator) ?? low))
            })
    }
}

extension JSONValue {
    /// The JSON kind, as messages name it: `string`, `number`, `boolean`, `null`, `array` or `object`.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .int, .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
