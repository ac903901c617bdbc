import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Discovery configs, their libraries, RG configs and table references over loopback")
struct DiscoveryConfigIntegrationTests {
    static let yaml = "version: '1.0'\nlabels:\n  - name: Email\n    keywords: [email]\n"

    @Test("configs are unique per name and type; upsert, lookup, paging and delete by name")
    func discoveryConfigs() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let database = try await client.discoveryConfigs.createOrUpdate(
                    DiscoveryConfig(name: "cfg", yaml: Self.yaml, configType: .database))
                let file = try await client.discoveryConfigs.createOrUpdate(
                    DiscoveryConfig(name: "cfg", yaml: Self.yaml, configType: .file))
                #expect(database.id != nil && database.id != file.id && database.isValid == .valid)
                #expect(database.created != nil && database.validationError == nil)

                let updated = try await client.discoveryConfigs.createOrUpdate(
                    DiscoveryConfig(name: "cfg", yaml: "version: '1.0'\nbogus: 1\n", configType: .file))
                #expect(updated.id == file.id && updated.isValid == .invalid)
                #expect(updated.validationErrorDetails.first?.lineNumber == 2)

                let found = try #require(try await client.discoveryConfigs.get(named: "cfg", type: .file))
                #expect(found.yaml == "version: '1.0'\nbogus: 1\n")
                #expect(try await client.discoveryConfigs.get(named: "nope", type: .file) == nil)

                var pages = 0
                for try await _ in client.paged(DiscoveryConfig.self, "/api/discovery/configs/", pageSize: 1) { pages += 1 }
                #expect(pages == 2)
                #expect(try await client.discoveryConfigs.list().allSatisfy { $0.yaml == nil })

                try await client.discoveryConfigs.deleteIfExists(named: "cfg", type: .file)
                #expect(try await client.discoveryConfigs.list().map(\.configType) == [.database])
                try await client.discoveryConfigs.deleteIfExists(id: try #require(database.id))
                try await client.discoveryConfigs.deleteIfExists(id: try #require(database.id))
                #expect(try await client.discoveryConfigs.list().isEmpty)

                let defaults = try await client.discoveryConfigs.defaultYAML(for: .file)
                #expect(defaults.contains("labels:"))
            }
        }
    }

    @Test("large YAML validates in the background and waiting returns the verdict")
    func waitForValidation() async throws {
        try await withEmulator(EmulatorConfiguration(port: 0, deferredValidationDelay: .milliseconds(200))) { emulator in
            try await emulator.withClient { client in
                let large = Self.yaml + String(repeating: "# padding\n", count: 6_200)
                let config = try await client.discoveryConfigs.create(
                    DiscoveryConfig(name: "big", yaml: large, configType: .database))
                #expect(config.isValid == .inProgress)
                let settled = try await client.discoveryConfigs.waitForValidation(
                    id: try #require(config.id), pollInterval: .milliseconds(50), timeout: .seconds(10))
                #expect(settled.isValid == .valid)
            }
        }
    }

    @Test("a library imported by a config refuses deletion until forced, which leaves the config invalid")
    func libraries() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let library = try await client.discoveryConfigLibraries.createOrUpdate(
                    DiscoveryConfigLibrary(name: "fin", namespace: "org", yaml: Self.yaml))
                let plain = try await client.discoveryConfigLibraries.createOrUpdate(
                    DiscoveryConfigLibrary(name: "fin", yaml: Self.yaml))
                #expect(library.id != plain.id && library.isValid == .valid && library.usageCount == 0)
                #expect(try await client.discoveryConfigLibraries.get(named: "fin", namespace: "org")?.yaml == Self.yaml)
                let config = try await client.discoveryConfigs.create(
                    DiscoveryConfig(name: "uses", yaml: "version: '1.0'\nimports: [org/fin]\n", configType: .database))
                #expect(config.isValid == .valid)
                #expect(try await client.discoveryConfigLibraries.list().map(\.usageCount) == [1, 0])

                let refused = try await #require(throws: DataMasqueError.self) {
                    try await client.discoveryConfigLibraries.deleteIfExists(named: "fin", namespace: "org")
                }
                #expect(refused.status == 409 && refused.serverMessage?.contains("used by 1 active config") == true)
                try await client.discoveryConfigLibraries.deleteIfExists(named: "fin", namespace: "org", force: true)
                let orphan = try await client.discoveryConfigs.get(id: try #require(config.id))
                #expect(orphan.isValid == .invalid && orphan.validationError?.contains("org/fin") == true)
                #expect(try await client.discoveryConfigLibraries.list().map(\.qualifiedName) == ["fin"])
            }
        }
    }

    @Test("RG configs validate, and deleting one frees its name")
    func rgConfigs() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let yaml = try await client.rgConfigs.defaultYAML()
                let config = try await client.rgConfigs.createOrUpdate(RGConfig(name: "strict", yaml: yaml))
                #expect(config.isValid == .valid && config.validationErrors.isEmpty)
                var broken = config
                broken.yaml = "labels: []\n"
                broken = try await client.rgConfigs.createOrUpdate(broken)
                #expect(broken.id == config.id && broken.isValid == .invalid)
                #expect(broken.validationErrors.allSatisfy { $0.validationErrorType == .rgConfig })
                #expect(try await client.rgConfigs.get(named: "strict")?.yaml == "labels: []\n")

                try await client.rgConfigs.deleteIfExists(named: "strict")
                #expect(try await client.rgConfigs.list().isEmpty)
                let again = try await client.rgConfigs.create(RGConfig(name: "strict", yaml: yaml))
                #expect(again.id != config.id)
            }
        }
    }

    @Test("table references get the server's default options, keep them on update, and free their name when deleted")
    func tableReferences() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let connection = try await client.connections.create(ConnectionsIntegrationTests.postgres)
                let connectionID = try #require(connection.id)
                var reference = try await client.tableReferences.createOrUpdate(
                    TableReference(name: "accounts", connectionID: connectionID, source: "public.accounts"))
                #expect(reference.options == TableReferenceOptions())
                reference.options?.nullString = "NULL"
                reference = try await client.tableReferences.createOrUpdate(reference)
                reference.options = nil
                reference.source = "public.other"
                reference = try await client.tableReferences.update(reference)
                #expect(reference.options?.nullString == "NULL")
                #expect(try await client.tableReferences.get(named: "accounts")?.source == "public.other")

                let id = try #require(reference.id)
                try await client.tableReferences.deleteIfExists(named: "accounts")
                try await client.tableReferences.deleteIfExists(id: id)
                #expect(try await client.tableReferences.list().isEmpty)
                let fresh = try await client.tableReferences.create(
                    TableReference(name: "accounts", connectionID: connectionID, source: "public.accounts"))
                #expect(fresh.id != id)
            }
        }
    }
}
