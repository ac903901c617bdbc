import Benchmark
import BenchmarkWorkloads
import DataMasque
import Foundation

/// The suite for `swift package benchmark`: each workload against an in-process emulator on loopback,
/// with package-benchmark's wall-clock, CPU and malloc statistics.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(10), maxIterations: 20)

    Benchmark("license.info() x 100, sequential") { benchmark in
        try await withSeededClient(connections: 0) { client in
            benchmark.startMeasurement()
            try await Workloads.sequential(client, count: 100)
        }
    }

    Benchmark("license.info() x 640, 64 at a time") { benchmark in
        try await withSeededClient(connections: 0) { client in
            benchmark.startMeasurement()
            try await Workloads.concurrent(client, count: 640)
        }
    }

    Benchmark("connections.list(), 10,000 connections") { benchmark in
        try await withSeededClient(connections: 10_000) { client in
            benchmark.startMeasurement()
            try await Workloads.listConnections(client)
        }
    }

    Benchmark("connections.list() from a replay server, 10,000 connections") { benchmark in
        let body = try await capturedConnections(10_000)
        let replay = try await ReplayServer.start(body: body)
        let configuration = try DataMasqueClient.Configuration(
            baseURL: replay.baseURL, credential: .password(username: "replay", password: "replay"), retryPolicy: .none)
        try await withDataMasqueClient(configuration) { client in
            try await client.authenticate()
            benchmark.startMeasurement()
            try await Workloads.listConnections(client)
            benchmark.stopMeasurement()
        }
        await replay.stop()
    }

    Benchmark("runs.list(), 10,000 runs") { benchmark in
        try await withSeededClient(connections: 0, runs: 10_000) { client in
            benchmark.startMeasurement()
            try await Workloads.listRuns(client)
        }
    }

    Benchmark("download a 64 MiB log archive") { benchmark in
        try await withSeededClient(connections: 0, logArchiveSize: 64 << 20) { client in
            let destination = FileManager.default.temporaryDirectory
                .appendingPathComponent("benchmark-download-\(UUID().uuidString).tar.gz")
            benchmark.startMeasurement()
            try await Workloads.download(client, to: destination)
        }
    }

    Benchmark("decode 10,000 connections, no network") { benchmark in
        let body = try await capturedConnections(10_000)
        benchmark.startMeasurement()
        try Workloads.decodeConnections(body)
    }
}

/// A client of an emulator holding `connections` connections and `runs` finished runs, already logged in.
func withSeededClient(
    connections: Int, runs: Int = 0, logArchiveSize: Int? = nil, _ body: (DataMasqueClient) async throws -> Void
) async throws {
    let emulator = try await SeededEmulator.start(connections: connections, runs: runs, logArchiveSize: logArchiveSize)
    do {
        try await withDataMasqueClient(try emulator.clientConfiguration()) { client in
            try await client.authenticate()
            try await body(client)
        }
    } catch {
        await emulator.stop()
        throw error
    }
    await emulator.stop()
}

/// The emulator's `GET /api/connections/` body with `count` connections.
func capturedConnections(_ count: Int) async throws -> Data {
    let emulator = try await SeededEmulator.start(connections: count)
    let body = try await RawClient.captureConnections(
        baseURL: emulator.baseURL, username: SeededEmulator.username, password: SeededEmulator.password)
    await emulator.stop()
    return body
}
