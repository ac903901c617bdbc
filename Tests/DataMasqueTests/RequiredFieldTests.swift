import DataMasque
import Foundation
import Testing

/// A field that models.md marks required, missing from a response, is a decoding error naming it.
@Suite("Required fields")
struct RequiredFieldTests {
    /// A model, and the required fields one of which the error must name.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let fields: Set<String>
        let decode: @Sendable (Data) throws -> Void
        var testDescription: String { name }

        init<Model: Decodable>(_ type: Model.Type, _ fields: Set<String>) {
            name = "\(Model.self)"
            self.fields = fields
            decode = { _ = try JSONDecoder().decode(Model.self, from: $0) }
        }
    }

    static let cases: [Case] = [
        Case(RunInfo.self, ["id", "status", "mask_type", "ruleset_name"]),
        Case(UnfinishedRun.self, ["id", "status", "ruleset_name", "source_connection"]),
        Case(RunConnection.self, ["name"]),
        Case(Ruleset.self, ["name"]),
        Case(RulesetLibrary.self, ["name"]),
        Case(User.self, ["username", "email", "user_roles"]),
        Case(UploadedFile.self, ["name", "created_date"]),
        Case(LicenseInfo.self, ["uuid", "name", "type", "is_expired", "uploadable"]),
        Case(ValidationErrorDetails.self, ["message"]),
        Case(LicenseLock.self, ["locked_at", "editable_from"]),
        Case(Page<JSONValue>.self, ["count", "results"]),
        Case(Connection.self, ["name", "db_type", "type"]),
    ]

    @Test("a wrong-shape body is a decoding error naming a required field", arguments: cases)
    func wrongShape(_ model: Case) throws {
        let error = #expect(throws: DecodingError.self) { try model.decode(Data(#"{"unexpected": true}"#.utf8)) }
        let key: String? =
            switch error {
            case .keyNotFound(let key, _)?: key.stringValue
            case .valueNotFound(_, let context)?, .typeMismatch(_, let context)?, .dataCorrupted(let context)?:
                context.codingPath.last?.stringValue
            default: nil
            }
        #expect(key.map(model.fields.contains) == true, "named \(key ?? "nothing")")
    }

    @Test("over HTTP, the error names the field path")
    func overHTTP() async throws {
        let transport = ClosureTransport { request in
            request.url.path() == "/api/auth/token/login/" ? loginOK : .json(200, #"{"unexpected": true}"#)
        }
        let client = DataMasqueClient(configuration: try .test(), transport: transport)
        let error = await #expect(throws: DataMasqueError.self) { try await client.runs.get(id: 1) }
        #expect(error?.code == .decoding)
        #expect(error?.message.contains("field 'id'") == true)
    }
}
