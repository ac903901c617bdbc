import AsyncHTTPClient
import BenchmarkWorkloads
import DataMasque
import Foundation

/// `dm-bench`: runs one workload and prints `seconds peak-resident-bytes`,
/// or serves the emulator or the replay server for `compare.sh`.
///
///     dm-bench serve [--connections N] [--runs N] [--log-archive-bytes N] [--port P]
///                                                       emulator with N stored connections and N finished runs,
///                                                       whose log archive holds that many bytes; prints its URL
///     dm-bench replay --body FILE [--port P]            replays FILE as the connection list; prints its URL
///     dm-bench capture --url URL --out FILE             saves the connection list's body
///     dm-bench run WORKLOAD --url URL [--count N] [--body FILE]
///         sequential, raw-sequential, concurrent, raw-concurrent, list, raw-list, list-runs, raw-list-runs,
///         decode, upload (--file FILE), download (the log archive, into a temporary file)
///     dm-bench smoke                                    every workload in-process with small counts
@main
struct DMBench {
    static func main() async {
        do {
            try await run(Arguments(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("dm-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ arguments: Arguments) async throws {
        switch arguments.command {
        case "serve":
            let logArchiveBytes = try arguments.int("log-archive-bytes", default: 0)
            let emulator = try await SeededEmulator.start(
                connections: try arguments.int("connections", default: 10_000), runs: try arguments.int("runs", default: 0),
                logArchiveSize: logArchiveBytes > 0 ? logArchiveBytes : nil, port: try arguments.int("port", default: 0))
            announce(emulator.baseURL)
            try await Task.sleep(for: .seconds(24 * 60 * 60))
        case "replay":
            let server = try await ReplayServer.start(
                body: try Data(contentsOf: URL(fileURLWithPath: try arguments.string("body"))),
                port: try arguments.int("port", default: 0))
            announce(server.baseURL)
            try await server.wait()
        case "capture":
            guard let url = URL(string: try arguments.string("url")) else { throw BenchmarkError("--url is not a URL") }
            let body = try await RawClient.captureConnections(
                baseURL: url,
                username: arguments.values["username"] ?? SeededEmulator.username,
                password: arguments.values["password"] ?? SeededEmulator.password)
            try body.write(to: URL(fileURLWithPath: try arguments.string("out")))
        case "run":
            let seconds = try await measure(arguments)
            print(String(format: "%.6f %d", seconds, peakResidentBytes()))
        case "smoke":
            try await smoke()
        default:
            throw BenchmarkError("unknown command '\(arguments.command)'; see the comment at the top of DMBench.swift")
        }
    }

    static func measure(_ arguments: Arguments) async throws -> Double {
        let count = try arguments.int("count", default: 2_000)
        let clock = ContinuousClock()
        switch try arguments.string("workload") {
        case "decode":
            let body = try Data(contentsOf: URL(fileURLWithPath: try arguments.string("body")))
            return try seconds(clock.measure { try Workloads.decodeConnections(body) })
        case "sequential":
            return try await withClient(arguments) { client in
                try await client.authenticate()
                return try await seconds(clock.measure { try await Workloads.sequential(client, count: count) })
            }
        case "concurrent":
            return try await withClient(arguments) { client in
                try await client.authenticate()
                return try await seconds(clock.measure { try await Workloads.concurrent(client, count: count) })
            }
        case "list":
            return try await withClient(arguments) { client in
                try await client.authenticate()
                return try await seconds(clock.measure { try await Workloads.listConnections(client) })
            }
        case "upload":
            let file = URL(fileURLWithPath: try arguments.string("file"))
            return try await withClient(arguments) { client in
                try await client.authenticate()
                return try await seconds(clock.measure { try await Workloads.upload(client, file: file) })
            }
        case "list-runs":
            return try await withClient(arguments) { client in
                try await client.authenticate()
                return try await seconds(clock.measure { try await Workloads.listRuns(client) })
            }
        case "download":
            let destination = FileManager.default.temporaryDirectory
                .appendingPathComponent("dm-bench-download-\(getpid())-\(UUID().uuidString).tar.gz")
            return try await withClient(arguments) { client in
                try await client.authenticate()
                return try await seconds(clock.measure { try await Workloads.download(client, to: destination) })
            }
        case "raw-list-runs":
            return try await withRaw(arguments) { raw in
                try await seconds(clock.measure { try await Workloads.listRuns(raw) })
            }
        case "raw-sequential":
            return try await withRaw(arguments) { raw in
                try await seconds(clock.measure { try await Workloads.sequential(raw, count: count) })
            }
        case "raw-concurrent":
            return try await withRaw(arguments) { raw in
                try await seconds(clock.measure { try await Workloads.concurrent(raw, count: count) })
            }
        case "raw-list":
            return try await withRaw(arguments) { raw in
                try await seconds(clock.measure { try await Workloads.listConnections(raw) })
            }
        case let other:
            throw BenchmarkError("unknown workload '\(other)'")
        }
    }

    /// Each workload once against an in-process emulator and replay server, small counts, checking only that it works.
    static func smoke() async throws {
        let emulator = try await SeededEmulator.start(connections: 200, runs: 150, logArchiveSize: 1 << 20)
        let url = ["--url", emulator.baseURL.absoluteString]
        let body = FileManager.default.temporaryDirectory.appendingPathComponent("dm-bench-smoke-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: body) }
        try await run(Arguments(["capture"] + url + ["--out", body.path]))
        let replay = try await ReplayServer.start(body: try Data(contentsOf: body))
        let seed = FileManager.default.temporaryDirectory.appendingPathComponent("dm-bench-smoke-\(getpid()).csv")
        defer { try? FileManager.default.removeItem(at: seed) }
        try Data(String(repeating: "city,country\nWellington,New Zealand\n", count: 30_000).utf8).write(to: seed)
        report("upload 1 MiB", try await measure(Arguments(["run", "upload"] + url + ["--file", seed.path])))
        report("download 1 MiB", try await measure(Arguments(["run", "download"] + url)))
        let workloads = [
            "sequential", "raw-sequential", "concurrent", "raw-concurrent", "list", "raw-list", "list-runs", "raw-list-runs",
        ]
        for workload in workloads {
            let seconds = try await measure(Arguments(["run", workload] + url + ["--count", "100"]))
            report(workload, seconds)
        }
        let replayed = try await measure(Arguments(["run", "list", "--url", replay.baseURL.absoluteString]))
        report("replay-list", replayed)
        let decoded = try await measure(Arguments(["run", "decode", "--body", body.path]))
        report("decode", decoded)
        await replay.stop()
        await emulator.stop()
        print(String(format: "peak resident   %8.1f MiB", Double(peakResidentBytes()) / 1_048_576))
    }

    /// Prints `url` unbuffered, for a script waiting on it.
    static func announce(_ url: URL) {
        FileHandle.standardOutput.write(Data((url.absoluteString + "\n").utf8))
    }

    static func report(_ workload: String, _ seconds: Double) {
        print(workload.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%8.4f s", seconds))
    }

    static func withClient<T: Sendable>(_ arguments: Arguments, _ body: (DataMasqueClient) async throws -> T) async throws -> T {
        let configuration = try DataMasqueClient.Configuration(
            baseURL: try arguments.string("url"),
            credential: .password(
                username: arguments.values["username"] ?? SeededEmulator.username,
                password: arguments.values["password"] ?? SeededEmulator.password),
            timeout: .init(request: .seconds(120), transfer: .seconds(120), idle: .seconds(120)),
            retryPolicy: .none)
        return try await withDataMasqueClient(configuration, body)
    }

    static func withRaw<T: Sendable>(_ arguments: Arguments, _ body: (RawClient) async throws -> T) async throws -> T {
        guard let url = URL(string: try arguments.string("url")) else { throw BenchmarkError("--url is not a URL") }
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            let raw = try await RawClient.login(
                http: http, baseURL: url,
                username: arguments.values["username"] ?? SeededEmulator.username,
                password: arguments.values["password"] ?? SeededEmulator.password)
            let result = try await body(raw)
            try await http.shutdown()
            return result
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// `COMMAND [WORKLOAD] --name value ...`.
struct Arguments {
    let command: String
    var values: [String: String] = [:]

    init(_ words: some Collection<String>) throws {
        var words = Array(words)
        guard !words.isEmpty else { throw BenchmarkError("no command; see the comment at the top of DMBench.swift") }
        command = words.removeFirst()
        if let first = words.first, !first.hasPrefix("--") { values["workload"] = words.removeFirst() }
        while let name = words.first {
            guard name.hasPrefix("--"), words.count >= 2 else { throw BenchmarkError("expected '--name value' at '\(name)'") }
            values[String(name.dropFirst(2))] = words[1]
            words.removeFirst(2)
        }
    }

    func string(_ name: String) throws -> String {
        guard let value = values[name] else { throw BenchmarkError("--\(name) is required") }
        return value
    }

    func int(_ name: String, default fallback: Int) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), value >= 0 else { throw BenchmarkError("--\(name) must be a whole number, not '\(text)'") }
        return value
    }
}
