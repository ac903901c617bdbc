import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Rulesets over loopback")
struct RulesetIntegrationTests {
    static let valid = "version: '1.0'\ntasks:\n  - type: mask_table\n    table: users\n"

    @Test("create-or-update, list, get and delete round-trip; names are unique per type")
    func lifecycle() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let created = try await client.rulesets.createOrUpdate(Ruleset(name: "customers", yaml: Self.valid))
                let id = try #require(created.id)
                #expect(created.isValid == .valid && created.validationErrors.isEmpty)
                #expect(created.unlicensedFeatureWarnings == [] && created.git == nil && created.created != nil)

                let file = try await client.rulesets.createOrUpdate(
                    Ruleset(name: "customers", yaml: "version: '1.0'\ntasks:\n  - type: mask_file\n", rulesetType: .file))
                #expect(file.id != id)

                var changed = created
                changed.yaml = Self.valid + "  - type: mask_table\n    table: orders\n"
                let updated = try await client.rulesets.createOrUpdate(changed)
                #expect(updated.id == id)
                #expect(try await client.rulesets.get(id: id).yaml == changed.yaml)
                #expect(try await client.rulesets.get(named: "customers", type: .file)?.id == file.id)
                #expect(Set(try await client.rulesets.list().map(\.rulesetType)) == [.database, .file])

                try await client.rulesets.deleteIfExists(named: "customers", type: .file)
                try await client.rulesets.deleteIfExists(id: id)
                try await client.rulesets.deleteIfExists(id: id)
                #expect(try await client.rulesets.list().isEmpty)
            }
        }
    }

    @Test("a bundle streamed to a file imports into another instance, replacing rulesets only when asked")
    func bundles() async throws {
        let zip = FileManager.default.temporaryDirectory.appendingPathComponent("bundle-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: zip) }
        try await withEmulator { source in
            try await source.withClient { client in
                _ = try await client.rulesets.createOrUpdate(Ruleset(name: "customers", yaml: Self.valid))
                try await client.rulesets.exportBundle(to: zip)
                #expect(try Data(contentsOf: zip).prefix(2) == Data("PK".utf8))
                #expect(try await client.rulesets.exportBundle().prefix(2) == Data("PK".utf8))
            }
        }
        try await withEmulator { target in
            try await target.withClient { client in
                let kept = try await client.rulesets.createOrUpdate(Ruleset(name: "customers", yaml: "version: '1.0'\ntasks: []\n"))
                let id = try #require(kept.id)
                _ = try await client.rulesets.importBundle(.file(zip))
                #expect(try await client.rulesets.get(id: id).yaml == kept.yaml)
                _ = try await client.rulesets.importBundle(.file(zip), overwriting: [.rulesets])
                let replaced = try #require(try await client.rulesets.get(named: "customers")?.id)
                #expect(try await client.rulesets.get(id: replaced).yaml == Self.valid)
            }
        }
    }

    @Test("invalid YAML is stored with positioned errors")
    func invalid() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let ruleset = try await client.rulesets.createOrUpdate(
                    Ruleset(name: "bad", yaml: "version: '1.0'\ntasks:\n  - type: mask_table\n"))
                #expect(ruleset.isValid == .invalid)
                let error = try #require(ruleset.validationErrors.first)
                #expect(error.validationErrorType == .ruleset && error.message.contains("table"))
                #expect(error.lineNumber != nil)
            }
        }
    }

    @Test("a large ruleset is validated in the background; waiting returns the verdict")
    func largeRuleset() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, deferredValidationDelay: .milliseconds(200))) { emulator in
            try await emulator.withClient { client in
                let padding = String(repeating: "# padding to make the ruleset large enough\n", count: 1_500)
                let stored = try await client.rulesets.createOrUpdate(Ruleset(name: "large", yaml: Self.valid + padding))
                #expect(stored.yaml.utf8.count >= 61_440)
                #expect(stored.isValid == .inProgress && stored.unlicensedFeatureWarnings == nil)
                let settled = try await client.rulesets.waitForValidation(
                    id: try #require(stored.id), pollInterval: .milliseconds(20), timeout: .seconds(10))
                #expect(settled.isValid == .valid && settled.unlicensedFeatureWarnings == [])
            }
        }
    }
}
