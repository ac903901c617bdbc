import DataMasque
import Foundation

/// The body of `POST /ifm/ruleset-plans/{name}/mask/`, validated.
struct MaskRequest: Sendable {
    /// The shortest `run_secret` the service accepts.
    static let minimumRunSecretLength = 20

    /// The records to mask.
    var data: [JSONValue]
    var runSecret: String?
    var disableInstanceSecret: Bool
    /// One hash value per record, when given.
    var hashValues: [JSONValue]?
    /// The level asked for, upper-cased, when given.
    var logLevel: String?
    var requestID: String?

    /// Validates `body`.
    ///
    /// - Throws: ``APIError`` `422` naming the field that is missing or malformed.
    init(_ body: [String: JSONValue]) throws {
        guard let data = body["data"] else { throw IFMError.invalid(["body", "data"], "Field required", type: "missing") }
        guard let records = data.arrayValue else {
            throw IFMError.invalid(["body", "data"], "Input should be a valid list", type: "list_type")
        }
        self.data = records
        runSecret = try Self.string("run_secret", in: body)
        if let runSecret, runSecret.count < Self.minimumRunSecretLength {
            throw IFMError.invalid(
                ["body", "run_secret"], "run_secret must be at least \(Self.minimumRunSecretLength) characters long")
        }
        switch body["disable_instance_secret"] {
        case nil, .null?: disableInstanceSecret = false
        case .bool(let flag)?: disableInstanceSecret = flag
        case _?:
            throw IFMError.invalid(
                ["body", "disable_instance_secret"], "Input should be a valid boolean", type: "bool_type")
        }
        switch body["hash_values"] {
        case nil, .null?: hashValues = nil
        case .array(let values)? where values.count == records.count: hashValues = values
        case _?:
            throw IFMError.invalid(["body", "hash_values"], "hash_values must be a list with one value per record")
        }
        logLevel = try Self.string("log_level", in: body)?.uppercased()
        if let logLevel, !PlanRequest.logLevels.contains(logLevel) {
            throw IFMError.invalid(
                ["body", "log_level"], "Input should be one of \(PlanRequest.logLevels.sorted().joined(separator: ", "))",
                type: "enum")
        }
        requestID = try Self.string("request_id", in: body)
        _ = try Self.string("ai_engine_url", in: body)
    }

    /// The secret that seeds the masks:
    /// the run secret, else `instanceSecret` unless the request disables it, else a fresh random one.
    func secret(instanceSecret: String) -> String {
        if let runSecret { return runSecret }
        return disableInstanceSecret ? UUID().uuidString : instanceSecret
    }

    /// The key of record `index` for seeding: its hash value as canonical JSON, else its position.
    func recordKey(_ index: Int) -> String {
        guard let value = hashValues?[index] else { return "#\(index)" }
        // Encoding a JSONValue cannot fail.
        return "=" + String(decoding: (try? EmulatorJSON.encode(value)) ?? Data(), as: UTF8.self)
    }

    private static func string(_ key: String, in body: [String: JSONValue]) throws -> String? {
        switch body[key] {
        case nil, .null?: return nil
        case .string(let value)?: return value
        case _?: throw IFMError.invalid(["body", key], "Input should be a valid string", type: "string_type")
        }
    }
}
