import DataMasque
import Foundation

extension ConnectionStore {
    /// Write-only secrets and the opaque member DataMasque returns instead of each.
    static let secrets: [(secret: String, echo: String)] = [
        ("password", "password_encrypted"),
        ("dbpassword", "password_encrypted"),
        ("connection_string", "connection_string_encrypted"),
        ("service_account_key", "service_account_key_encrypted"),
        ("access_token", "access_token_encrypted"),
        ("salesforce_private_key_passphrase", "salesforce_private_key_passphrase_encrypted"),
        ("snowflake_private_key_passphrase", "snowflake_private_key_passphrase_encrypted"),
        ("snowflake_azure_connection_string", "snowflake_azure_connection_string_encrypted"),
    ]

    /// Members only the server sets; a client sending them back is ignored.
    static let serverOwned: Object = [
        "license_lock": .null, "target_frozen": false, "frozen_target_fields": [], "deletion_frozen": false,
    ]

    /// Members the server fills in when the client leaves them out.
    static let defaults: Object = [
        "version": "1.0", "oracle_wallet": .null, "connection_fileset": .null,
        "is_file_mask_source": false, "is_file_mask_destination": false,
    ]

    /// `body` validated against `others` and turned into the stored form:
    /// secrets replaced by their opaque echoes (kept from `previous` when not sent),
    /// defaults and server-owned members added.
    ///
    /// - Throws: ``APIError`` `400` naming each bad field.
    static func stored(_ body: Object, id: String, previous: Object?, others: [Object]) throws -> Object {
        try validate(body, others: others)
        let body = try coercingIntegers(body)
        let echoes = Set(secrets.map(\.echo))
        var stored = body.filter { !echoes.contains($0.key) && serverOwned[$0.key] == nil }
        for echo in echoes { stored[echo] = previous?[echo] }
        for (secret, echo) in secrets {
            switch stored.removeValue(forKey: secret) {
            case .string("") where secret == "password":
                stored[secret] = ""  // DynamoDB's placeholder, echoed as sent
            case .string?:
                stored[echo] = .string(opaqueEcho())
            case .some:
                stored[echo] = nil
            case nil:
                break
            }
        }
        stored.merge(defaults) { current, _ in current }
        stored.merge(serverOwned) { _, server in server }
        stored["id"] = .string(id)
        return stored
    }

    /// Integer fields sent as text (`"port": "6543"`) become numbers, as the server's integer fields do.
    ///
    /// - Throws: ``APIError`` `400` for text that is not a whole number.
    private static func coercingIntegers(_ body: Object) throws -> Object {
        var body = body
        for key in ["port", "connect_timeout"] {
            guard case .string(let text)? = body[key] else { continue }
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw APIError.fields([key: ["A valid integer is required."]])
            }
            body[key] = .int(number)
        }
        return body
    }

    private static func validate(_ body: Object, others: [Object]) throws {
        var errors: [String: [String]] = [:]
        switch body["name"] {
        case nil: errors["name"] = ["This field is required."]
        case .null?: errors["name"] = ["This field may not be null."]
        case .string(let name)? where name.trimmingCharacters(in: .whitespaces).isEmpty:
            errors["name"] = ["This field may not be blank."]
        case .string(let name)? where others.contains(where: { $0["name"]?.stringValue == name }):
            errors["name"] = ["connection with this name already exists."]
        case .string?: break
        case .some: errors["name"] = ["Not a valid string."]
        }
        switch body["mask_type"] {
        case nil: errors["mask_type"] = ["This field is required."]
        case "database"?: requireKind("db_type", in: body, errors: &errors)
        case "file"?: requireKind("type", in: body, errors: &errors)
        case let other?: errors["mask_type"] = ["\"\(other.stringValue ?? "\(other)")\" is not a valid choice."]
        }
        guard errors.isEmpty else { throw APIError.fields(errors) }
    }

    private static func requireKind(_ key: String, in body: Object, errors: inout [String: [String]]) {
        if body[key]?.stringValue?.isEmpty ?? true { errors[key] = ["This field is required."] }
    }

    /// A fresh opaque value in the style of a Fernet token; it reveals nothing about the secret.
    private static func opaqueEcho() -> String {
        "gAAAAA" + Data((0..<48).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
    }
}
