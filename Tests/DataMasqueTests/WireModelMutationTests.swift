@testable import DataMasque
import DataMasqueTesting
import Foundation
import Testing

/// Seeded mutations of the sample payloads in models.md §19, fed to the client's own decoding.
@Suite("Wire models: seeded mutations of the sample payloads", .serialized)
struct WireModelMutationTests {
    /// Mutations per model, spread over its samples.
    ///
    /// A decode that fails costs about a millisecond in a debug build (Swift Testing records a backtrace per thrown error),
    /// so the default keeps this suite to a second or two beside the timing-sensitive tests it runs with;
    /// set `DATAMASQUE_MUTATIONS=10000` for the full count.
    static let mutationsPerModel = SeededGenerator.mutationCount(default: 200)
    static let seed: UInt64 = 0x00DA_7A3A_5C0E

    /// A wire model, its sample payloads, and how the client decodes a response into it.
    struct Model: Sendable, CustomStringConvertible {
        let description: String
        let samples: [String]
        let decode: @Sendable (DataMasqueResponse) throws -> Void

        init<Value: Decodable>(_ type: Value.Type, _ samples: [String]) {
            description = String(describing: type)
            self.samples = samples
            decode = { response in
                _ = try DataMasqueClient.decode(type, from: response, for: .init(method: "GET", path: "/mutated/"))
            }
        }
    }

    static let models: [Model] = [
        Model(
            [Connection].self,
            [ConnectionFixtures.listPage, ConnectionFixtures.legacySnowflake]),
        Model(Connection.self, ConnectionFixtures.roundTrips.map(\.response)),
        Model([Ruleset].self, [RulesetModelTests.s3]),
        Model(Ruleset.self, [RulesetModelTests.s4]),
        Model(Page<RulesetLibrary>.self, [RulesetModelTests.s5]),
        Model(RunInfo.self, [RunModelTests.record, RunModelTests.cancelled, RunModelTests.full]),
        Model(Page<UnfinishedRun>.self, [Self.s7]),
        Model([User].self, [UserRequestTests.s11]),
        Model(LicenseInfo.self, [Self.s12]),
        Model(UploadedFile.self, [Self.s15]),
    ]

    /// models.md §19 S7.
    static let s7 = """
        {"results": [
          {"source_connection_name": "cancelling_src", "destination_connection_name": "", "id": 4,
           "ruleset_name": "ruleset_4", "status": "cancelling"}]}
        """
    /// models.md §19 S12.
    static let s12 = """
        {"uuid": "3f0a2c9e-6b1d-4e7a-9c55-0d8e2b7f4a11", "name": "Test License", "type": "enterprise",
         "is_expired": false, "uploadable": true}
        """
    /// models.md §19 S15, the uploaded file.
    static let s15 = """
        {"id": "7d3f9a2b-5c4e-4b8a-9f1d-2e6a8c0b4d57", "name": "new_file.csv",
         "created_date": "2024-01-01T00:00:00.000000Z",
         "modified_date": "2024-01-01T00:00:00.000000Z"}
        """

    @Test(
        "decoding never crashes, fails only with a decoding error, and names a field the mutation explains",
        arguments: models)
    func mutations(of model: Model) async throws {
        for sample in model.samples {
            try model.decode(DataMasqueResponse(status: 200, body: Data(sample.utf8)))
        }
        let mutators = try model.samples.map(JSONMutator.init)
        var generator = SeededGenerator(seed: Self.seed)
        var failures = 0
        var unexplained: [String] = []
        for round in 0..<Self.mutationsPerModel {
            if round.isMultiple(of: 64) { await Task.yield() }
            let mutation = mutators[round % mutators.count].mutation(using: &generator)
            do {
                try model.decode(DataMasqueResponse(status: 200, body: mutation.data))
            } catch let error as DataMasqueError {
                failures += 1
                #expect(error.code == .decoding, "\(mutation.summary): \(error)")
                guard mutation.isWellFormed else { continue }
                let path = Self.fieldPath(in: error.message)
                if path == nil || !mutation.explains(errorPath: path!) {
                    unexplained.append("\(mutation.summary) → \(error.message.prefix(160))")
                }
            } catch {
                Issue.record("\(mutation.summary): not a DataMasqueError: \(error)")
            }
        }
        #expect(unexplained.isEmpty, "\(unexplained.count) errors name no field the mutation explains, such as \(unexplained.prefix(3))")
        #expect(failures > 0, "no mutation was refused, so the mutations do not reach the decoder")
    }

    /// The field path in a decoding error's message, such as `[0].status`.
    static func fieldPath(in message: String) -> String? {
        guard let start = message.range(of: "field '")?.upperBound,
            let end = message[start...].firstIndex(of: "'")
        else { return nil }
        return String(message[start..<end])
    }
}
