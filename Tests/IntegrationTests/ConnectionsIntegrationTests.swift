import DataMasque
import DataMasqueEmulator
import DataMasqueTesting
import Foundation
import Testing

@Suite("Connections over loopback")
struct ConnectionsIntegrationTests {
    static let postgres = Connection.database(
        DatabaseConnection(
            name: "customers", databaseType: .postgres, host: "db.internal", port: 5432, database: "crm",
            user: "masker", password: "pg-secret-password"))
    static let share = Connection.mountedShare(
        MountedShareConnection(name: "exports", baseDirectory: "in", isFileMaskSource: true))

    @Test("create, get, list, update and delete round-trip; secrets never come back")
    func lifecycle() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let created = try await client.connections.create(Self.postgres)
                let id = try #require(created.id)

                let fetched = try await client.connections.get(id: id)
                guard case .database(let database) = fetched else {
                    Issue.record("expected a database connection, got \(fetched.kindName)")
                    return
                }
                #expect(database.host == "db.internal")
                #expect(database.port == 5432)
                #expect(database.databaseType == .postgres)
                #expect(database.password == nil)

                guard case .database(var changed) = created else { return }
                changed.host = "db2.internal"
                _ = try await client.connections.update(.database(changed))
                let listed = try await client.connections.list()
                #expect(listed.map(\.name) == ["customers"])
                if case .database(let database) = listed[0] { #expect(database.host == "db2.internal") }

                try await client.connections.deleteIfExists(id: id)
                try await client.connections.deleteIfExists(id: id)
                #expect(try await client.connections.list().isEmpty)
            }
            let stored = await emulator.control.requests.compactMap(\.body)
            #expect(!stored.description.contains("pg-secret-password"))
        }
    }

    @Test("create-or-update finds an existing connection by exact name and replaces it in place")
    func createOrUpdate() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let first = try await client.connections.createOrUpdate(Self.share)
                var again = Self.share
                if case .mountedShare(var share) = again {
                    share.baseDirectory = "out"
                    again = .mountedShare(share)
                }
                let second = try await client.connections.createOrUpdate(again)
                #expect(first.id == second.id)
                let all = try await client.connections.list()
                #expect(all.count == 1)
                #expect(all.first?.isFileMaskSource == true)
                if case .mountedShare(let share) = all.first { #expect(share.baseDirectory == "out") }
            }
        }
    }

    @Test("delete by name removes every exact match and ignores other names")
    func deleteByName() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                _ = try await client.connections.create(Self.share)
                _ = try await client.connections.create(Self.postgres)
                try await client.connections.deleteIfExists(named: "exports")
                try await client.connections.deleteIfExists(named: "no-such-connection")
                #expect(try await client.connections.list().map(\.name) == ["customers"])
            }
        }
    }

    @Test("a connection of a kind this release does not know is kept, not fatal to the list")
    func unknownKinds() async throws {
        try await withEmulator { emulator in
            await emulator.control.insertConnection([
                "name": "future", "mask_type": "database", "db_type": "quantumdb", "host": "q",
            ])
            await emulator.control.insertConnection(["name": "stream", "mask_type": "stream", "type": "kafka"])
            try await emulator.withClient { client in
                _ = try await client.connections.create(Self.share)
                let all = try await client.connections.list()
                #expect(all.map(\.name).sorted() == ["exports", "future", "stream"])
                let future = try #require(all.first { $0.name == "future" })
                guard case .unknown(let raw) = future else {
                    Issue.record("expected .unknown, got \(future.kindName)")
                    return
                }
                #expect(raw["db_type"] == "quantumdb")
            }
        }
    }

    @Test("patch changes only the given fields; test reports reachability; unknown ids are 404")
    func patchAndTest() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                let id = try #require(try await client.connections.create(Self.postgres).id)
                let patched = try await client.connections.patch(id: id, fields: ["host": "db3.internal"])
                if case .database(let database) = patched {
                    #expect(database.host == "db3.internal")
                    #expect(database.database == "crm")
                }
                #expect(try await client.connections.test(id: id) == nil)
                let error = await #expect(throws: DataMasqueError.self) { try await client.connections.get(id: "nope") }
                #expect(error?.status == 404)
                #expect(error?.code == .api)
            }
        }
    }

    @Test("a duplicate name is a 400 naming the field")
    func duplicateName() async throws {
        try await withEmulator { emulator in
            try await emulator.withClient { client in
                _ = try await client.connections.create(Self.share)
                let error = await #expect(throws: DataMasqueError.self) { try await client.connections.create(Self.share) }
                #expect(error?.status == 400)
                #expect(error?.serverMessage?.hasPrefix("name:") == true)
            }
        }
    }

    @Test("connection secrets never reach the log, even at trace level")
    func secretsNotLogged() async throws {
        try await withEmulator { emulator in
            let capture = LogCapture()
            var configuration = try emulator.clientConfiguration()
            configuration.logger = capture.logger
            try await withDataMasqueClient(configuration) { client in
                _ = try await client.connections.create(Self.postgres)
                _ = try await client.connections.list()
            }
            #expect(capture.text.contains("dbpassword"))
            #expect(!capture.text.contains("pg-secret-password"))
            #expect(!capture.text.contains("gAAAA"))
        }
    }
}
