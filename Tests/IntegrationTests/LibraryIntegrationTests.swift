import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Ruleset libraries over loopback")
struct LibraryIntegrationTests {
    @Test("same names in two namespaces stay apart; lookups and deletes re-check the namespace")
    func namespaces() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let scoped = try await client.rulesetLibraries.createOrUpdate(
                    RulesetLibrary(name: "common", namespace: "acme", yaml: "version: '1.0'\n"))
                let plain = try await client.rulesetLibraries.createOrUpdate(
                    RulesetLibrary(name: "common", yaml: "version: '1.0'\n"))
                #expect(scoped.id != plain.id && scoped.isValid == .valid && plain.created != nil)

                let found = try #require(try await client.rulesetLibraries.get(named: "common"))
                #expect(found.id == plain.id && found.yaml == "version: '1.0'\n")
                #expect(try await client.rulesetLibraries.get(named: "common", namespace: "acme")?.id == scoped.id)
                #expect(try await client.rulesetLibraries.get(named: "common", namespace: "other") == nil)

                let again = try await client.rulesetLibraries.createOrUpdate(
                    RulesetLibrary(name: "common", yaml: "version: '1.0'\nfunctions: []\n"))
                #expect(again.id == plain.id)
                #expect(try await client.rulesetLibraries.list().count == 2)

                try await client.rulesetLibraries.deleteIfExists(named: "common")
                let left = try await client.rulesetLibraries.list()
                #expect(left.map(\.qualifiedName) == ["acme/common"])
                #expect(left.allSatisfy { $0.yaml == nil })
            }
        }
    }

    @Test("an imported library refuses deletion until forced, which leaves its importers invalid")
    func imports() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let library = try await client.rulesetLibraries.create(
                    RulesetLibrary(name: "common", namespace: "acme", yaml: "version: '1.0'\n"))
                let id = try #require(library.id)
                let ruleset = try await client.rulesets.createOrUpdate(
                    Ruleset(name: "customers", yaml: RunIntegrationTests.oneTable))
                #expect(ruleset.isValid == .valid)
                #expect(try await client.rulesetLibraries.rulesetsUsing(id: id).map(\.name) == ["customers"])

                let refused = try await #require(throws: DataMasqueError.self) {
                    try await client.rulesetLibraries.deleteIfExists(id: id)
                }
                #expect(refused.status == 409)
                try await client.rulesetLibraries.deleteIfExists(id: id, force: true)
                let orphan = try await client.rulesets.get(id: try #require(ruleset.id))
                #expect(orphan.isValid == .invalid)
                #expect(orphan.validationErrors.map(\.validationErrorType) == [.libraryMissing])
            }
        }
    }

    @Test("update and validate report the fresh verdict; update needs an id")
    func updateAndValidate() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                var library = try await client.rulesetLibraries.create(RulesetLibrary(name: "lib", yaml: "functions: []\n"))
                #expect(library.isValid == .invalid && !library.validationErrors.isEmpty)
                library.yaml = "version: '1.0'\n"
                library = try await client.rulesetLibraries.update(library)
                #expect(library.isValid == .valid && library.validationErrors.isEmpty)
                #expect(try await client.rulesetLibraries.validate(id: try #require(library.id)).isValid == .valid)

                let error = try await #require(throws: DataMasqueError.self) {
                    try await client.rulesetLibraries.update(RulesetLibrary(name: "unsaved"))
                }
                #expect(error.code == .configuration)
            }
        }
    }

    @Test("a large library is validated in the background; waiting returns the verdict")
    func largeLibrary() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, deferredValidationDelay: .milliseconds(200))) { emulator in
            try await emulator.withClient { client in
                let yaml = "version: '1.0'\n" + String(repeating: "# a long library needs validating later\n", count: 1_600)
                let stored = try await client.rulesetLibraries.create(RulesetLibrary(name: "large", yaml: yaml))
                #expect(stored.isValid == .inProgress)
                let settled = try await client.rulesetLibraries.waitForValidation(
                    id: try #require(stored.id), pollInterval: .milliseconds(20), timeout: .seconds(10))
                #expect(settled.isValid == .valid)
            }
        }
    }
}
