@testable import DataMasque
import Foundation
import Testing

/// One server enum, checked without knowing its type.
struct EnumSample: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let rawValues: [String]
    /// Decodes a JSON string and returns the value's raw value, whether it is known, and its JSON encoding.
    let roundTrip: @Sendable (String) throws -> (rawValue: String, isKnown: Bool, encoded: String)

    static func of<E: OpenEnum>(_ type: E.Type) -> EnumSample {
        EnumSample(testDescription: "\(E.self)", rawValues: E.knownCases.map(\.rawValue)) { raw in
            let value = try JSONDecoder().decode(E.self, from: JSONEncoder().encode(raw))
            #expect(value == E(rawValue: raw))
            return (value.rawValue, value.isKnown, String(decoding: try JSONEncoder().encode(value), as: UTF8.self))
        }
    }
}

@Suite("Server enums")
struct EnumTests {
    static let all: [EnumSample] = [
        .of(DatabaseType.self), .of(SSESelection.self), .of(SnowflakeStageLocation.self), .of(RulesetType.self),
        .of(MaskType.self), .of(MaskingRunStatus.self), .of(AsyncRulesetGenerationTaskStatus.self),
        .of(ValidationStatus.self), .of(ValidationErrorType.self), .of(DiscoveryConfigType.self),
        .of(FileFilterMatchAgainst.self), .of(LengthUnit.self), .of(ValueCountStatus.self),
        .of(StringDisclosureLevel.self), .of(NumericTemporalDisclosureLevel.self), .of(ColumnKind.self),
        .of(TableReferenceFormat.self), .of(UserRole.self),
    ]

    @Test("known values round-trip and have distinct raw values", arguments: all)
    func knownValues(sample: EnumSample) throws {
        #expect(Set(sample.rawValues).count == sample.rawValues.count)
        for raw in sample.rawValues {
            let result = try sample.roundTrip(raw)
            #expect(result.rawValue == raw)
            #expect(result.isKnown)
            #expect(result.encoded == "\"\(raw)\"")
        }
    }

    @Test("an unknown value decodes and encodes back unchanged", arguments: all)
    func unknownValue(sample: EnumSample) throws {
        let result = try sample.roundTrip("added_in_a_later_release")
        #expect(result.rawValue == "added_in_a_later_release")
        #expect(!result.isKnown)
        #expect(result.encoded == #""added_in_a_later_release""#)
    }

    @Test("raw values are the server's")
    func rawValues() {
        #expect(DatabaseType.knownCases.count == 21)
        #expect(DatabaseType.dynamoDB.rawValue == "dynamo_db")
        #expect(DatabaseType.db2Luw.rawValue == "db2_luw")
        #expect(DatabaseType.sapHana.rawValue == "saphana")
        #expect(DatabaseType.sapASE.rawValue == "sap_ase")
        #expect(UserRole.admin.rawValue == "admin")
        #expect(UserRole.rulesetLibraryManagers.rawValue == "ruleset_library_managers")
        #expect(ValidationStatus.undetermined.rawValue == "unknown")
        #expect(ValidationStatus(rawValue: "unknown") == .undetermined)
        #expect(SnowflakeStageLocation(rawValue: "spcs") == .spcs)
        #expect(MaskType.fileDataDiscovery.rawValue == "file_data_discovery")
        #expect(ValueCountStatus.inDataDiscoveryDisabled.rawValue == "in_data_discovery_disabled")
    }

    @Test("run statuses: final and successful")
    func runStatuses() {
        let final = MaskingRunStatus.knownCases.filter(\.isFinal)
        #expect(final == [.finished, .finishedWithWarnings, .failed, .cancelled])
        #expect(MaskingRunStatus.knownCases.filter(\.isSuccessful) == [.finished, .finishedWithWarnings])
        #expect(!MaskingRunStatus.unknown("paused").isFinal)
        #expect(!MaskingRunStatus.unknown("finished").isSuccessful)
    }

    @Test("ruleset-generation task statuses: final and successful")
    func taskStatuses() {
        let final = AsyncRulesetGenerationTaskStatus.knownCases.filter(\.isFinal)
        #expect(final == [.finished, .finishedWithWarnings, .failed, .cancelled])
        #expect(AsyncRulesetGenerationTaskStatus.knownCases.filter(\.isSuccessful) == [.finished, .finishedWithWarnings])
        #expect(!AsyncRulesetGenerationTaskStatus.unknown("paused").isFinal)
    }
}
