public import DataMasque
public import DataMasqueEmulator
public import Foundation

/// An in-process emulator on a free loopback port, holding stored connections and finished runs.
public struct SeededEmulator: Sendable {
    public let emulator: DataMasqueEmulator
    public let baseURL: URL

    public static let username = "bench"
    public static let password = "bench-password"

    /// Starts an emulator listening on `port` (`0` picks a free one) with `connections` PostgreSQL connections
    /// and `runs` finished runs, whose log archive holds a log file of `logArchiveSize` bytes when set.
    public static func start(
        connections: Int, runs: Int = 0, logArchiveSize: Int? = nil, port: Int = 0
    ) async throws -> SeededEmulator {
        let emulator = DataMasqueEmulator(
            configuration: EmulatorConfiguration(
                port: port, username: username, password: password, logArchiveSize: logArchiveSize))
        let baseURL = try await emulator.start()
        for index in 0..<connections {
            await emulator.control.insertConnection(Self.connection(index))
        }
        let seeded = SeededEmulator(emulator: emulator, baseURL: baseURL)
        if runs > 0 { try await seeded.startRuns(runs) }
        return seeded
    }

    /// Stores a ruleset over HTTP and starts `count` runs of it at once, then ends them.
    private func startRuns(_ count: Int) async throws {
        let connection = await emulator.control.insertConnection(Self.connection(-1))
        let ruleset = try await withDataMasqueClient(try clientConfiguration()) { client in
            try await client.rulesets.createOrUpdate(
                Ruleset(name: "bench_ruleset", yaml: "version: '1.0'\ntasks:\n  - type: mask_table\n    table: customers\n"))
        }
        guard let connectionID = connection["id"]?.stringValue, let rulesetID = ruleset.id else {
            throw BenchmarkError("the emulator gave the run's connection or ruleset no id")
        }
        try await emulator.control.startRuns(
            ["connection": .string(connectionID), "ruleset": .string(rulesetID), "name": "bench_run", "options": [:]], count: count)
        await emulator.control.completeRuns()
    }

    public func stop() async { await emulator.stop() }

    /// A client configuration for this emulator, without retries, so a failure shows at once.
    public func clientConfiguration() throws -> DataMasqueClient.Configuration {
        try DataMasqueClient.Configuration(
            baseURL: baseURL, credential: .password(username: Self.username, password: Self.password),
            timeout: .init(request: .seconds(120), transfer: .seconds(120), idle: .seconds(120)),
            retryPolicy: .none)
    }

    /// A PostgreSQL connection in the form the server stores and lists it.
    static func connection(_ index: Int) -> [String: JSONValue] {
        [
            "id": .string(String(format: "00000000-0000-4000-8000-%012d", max(0, index))),
            "name": .string("bench-postgres-\(index)"),
            "version": "1.0",
            "mask_type": "database",
            "db_type": "postgres",
            "host": .string("db-\(index % 16).example.internal"),
            "port": 5432,
            "database": "app",
            "user": "masker",
            "schema": "public",
            "password_encrypted": "gAAAAABbenchmarkOpaqueEncryptedPasswordValue==",
            "engine_options": .null,
            "data_encoding": .null,
            "is_read_only": false,
            "s3_bucket_name": .null,
            "s3_redshift_iam_role": .null,
            "iam_role_arn": .null,
            "oracle_wallet": .null,
            "connection_fileset": .null,
            "is_file_mask_source": false,
            "is_file_mask_destination": false,
            "license_lock": .null,
            "target_frozen": false,
            "frozen_target_fields": [],
            "deletion_frozen": false,
        ]
    }
}
