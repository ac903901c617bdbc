import DataMasque

/// A `POST /api/runs/` body, checked field by field the way DataMasque checks it.
struct RunRequest {
    var name: String?
    var maskType: MaskType
    var source: StoredRun.Endpoint
    var destination: StoredRun.Endpoint?
    var ruleset: StoredConfig
    /// The options as a `GET` echoes them: `run_secret` hidden, `has_run_secret` added.
    var options: [String: JSONValue]

    /// - Throws: ``APIError`` `400` with one message list per bad field.
    init(_ body: [String: JSONValue], connections: ConnectionStore, rulesets: ConfigStore) throws {
        var errors: [String: [String]] = [:]
        func lookup<Item>(_ key: String, required: Bool, _ find: (String) throws -> Item) -> Item? {
            switch body[key] {
            case nil, .null?:
                if required { errors[key] = ["This field is required."] }
                return nil
            case let value?:
                let id = value.stringValue ?? "\(value)"
                guard let item = try? find(id) else {
                    errors[key] = ["Invalid pk \"\(id)\" - object does not exist."]
                    return nil
                }
                return item
            }
        }
        let source = lookup("connection", required: true) { try Self.endpoint(connections.connection(id: $0)) }
        let destination = lookup("destination_connection", required: false) {
            try Self.endpoint(connections.connection(id: $0))
        }
        let ruleset = lookup("ruleset", required: true) { try rulesets.config(id: $0) }
        let maskTypeText = body["mask_type"]?.stringValue ?? MaskType.database.rawValue
        let maskType = MaskType(maskable: maskTypeText)
        if maskType == nil { errors["mask_type"] = ["\"\(maskTypeText)\" is not a valid choice."] }
        let options = Self.options(body["options"], errors: &errors)
        guard errors.isEmpty, let source, let ruleset, let options, let maskType else { throw APIError.fields(errors) }
        if maskType == .file, destination == nil {
            throw APIError.fields(["destination_connection": ["This field is required for file masking."]])
        }
        guard ruleset.scope == maskType.rawValue else {
            throw APIError.fields([
                "ruleset": ["Ruleset type \"\(ruleset.scope)\" does not match mask_type \"\(maskType)\"."]
            ])
        }
        (self.source, self.destination, self.ruleset, self.options) = (source, destination, ruleset, options)
        (self.name, self.maskType) = (body["name"]?.stringValue, maskType)
    }

    private static func endpoint(_ connection: ConnectionStore.Object) -> StoredRun.Endpoint {
        StoredRun.Endpoint(id: connection["id"]?.stringValue ?? "", name: connection["name"]?.stringValue ?? "")
    }

    /// The echoed options, or `nil` with `errors` filled in.
    ///
    /// `run_secret` must be a string of 16 to 256 characters, and `has_run_secret` may not be sent back.
    private static func options(_ value: JSONValue?, errors: inout [String: [String]]) -> [String: JSONValue]? {
        guard let value else {
            errors["options"] = ["This field is required."]
            return nil
        }
        guard var options = value.objectValue else {
            errors["options"] = ["Expected a dictionary of options."]
            return nil
        }
        if options["has_run_secret"] != nil {
            errors["options"] = ["Unknown option \"has_run_secret\"."]
            return nil
        }
        if let secret = options["run_secret"] {
            guard let text = secret.stringValue, (16...256).contains(text.count) else {
                errors["options"] = ["run_secret must be a string of 16 to 256 characters."]
                return nil
            }
        }
        options["has_run_secret"] = .bool(options["run_secret"] != nil)
        options["run_secret"] = .null
        return options
    }
}
