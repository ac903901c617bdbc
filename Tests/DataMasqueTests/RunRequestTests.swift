import DataMasque
import Foundation
import Synchronization
import Testing

@Suite("Runs: requests")
struct RunRequestTests {
    static func run(_ status: String, id: Int = 7, destination: String = "") -> String {
        #"{"id": \#(id), "status": "\#(status)", "mask_type": "database", "source_connection": "s", "source_connection_name": "src", "destination_connection_name": "\#(destination)", "ruleset_name": "rs"}"#
    }

    @Test("cancel posts no body and returns the cancelling run")
    func cancel() async throws {
        let server = try ResponderServer { _ in .json(200, RunModelTests.cancelled) }
        let run = try await server.client.runs.cancel(id: 42)
        #expect(run.status == .cancelling)
        let request = try #require(server.requests.first)
        #expect(request.summary.description == "POST /api/runs/42/cancel/")
        guard case .empty = request.body else { Issue.record("cancel sent a body"); return }
    }

    @Test("cancel: 400 is not-cancellable, 500 an API error, 502 not-ready", arguments: [
        (400, DataMasqueError.Code.runNotCancellable), (500, .api), (502, .notReady), (404, .api),
    ])
    func cancelRefused(status: Int, code: DataMasqueError.Code) async throws {
        let server = try ResponderServer { _ in .json(status, #"{"detail": "Run is already finished."}"#) }
        let error = try await #require(throws: DataMasqueError.self) { try await server.client.runs.cancel(id: 1) }
        #expect(error.code == code)
        if status == 400 {
            #expect(error.code.isUsageError && error.serverMessage == "Run is already finished.")
        }
    }

    @Test("unfinished asks once per state with limit 1 and keys runs by connection name")
    func unfinished() async throws {
        let server = try ResponderServer { request in
            let status = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?
                .first { $0.name == "run_status" }?.value ?? ""
            let index = ["queued", "running", "validating", "cancelling"].firstIndex(of: status) ?? 9
            let destination = index == 3 ? "" : "dst\(index)"
            return .json(200, #"{"count": 1, "results": [\#(Self.run(status, id: index, destination: destination))]}"#)
        }
        let busy = try await server.client.runs.unfinished()
        #expect(server.requests.map { $0.url.query() } == ["queued", "running", "validating", "cancelling"].map {
            "connection_ruleset_name=&ruleset_name=&run_status=\($0)&limit=1&offset=0"
        })
        #expect(busy.count == 4)
        #expect(busy["src"]?.status == .cancelling)
        #expect(busy["dst0"]?.id == 0 && busy["dst2"]?.status == .validating)
    }

    @Test("unfinished gives 7 keys for 4 runs, 3 with a destination, and tolerates a page without results")
    func unfinishedKeys() async throws {
        let server = try ResponderServer { request in
            let query = request.url.query() ?? ""
            let n = ["queued", "running", "validating", "cancelling"].firstIndex { query.contains($0) } ?? 0
            let run = Self.run("queued", id: n, destination: n == 3 ? "" : "d\(n)")
                .replacingOccurrences(of: "\"src\"", with: "\"s\(n)\"")
            return .json(200, #"{"results": [\#(run)]}"#)
        }
        #expect(Set(try await server.client.runs.unfinished().keys) == ["s0", "d0", "s1", "d1", "s2", "d2", "s3"])
        let empty = try ResponderServer { _ in .json(200, "{}") }
        #expect(try await empty.client.runs.unfinished().isEmpty)
    }

    @Test("the log comes back as raw text, and as entries")
    func log() async throws {
        let server = try ResponderServer { request in
            request.url.path().hasSuffix("/log/")
                ? .json(200, #"[{"timestamp": "2026-01-01T12:00:00Z", "log_level": 20, "message": "Run queued."}]"#)
                : .json(404, "{}")
        }
        #expect(try await server.client.runs.log(id: 1).contains("Run queued."))
        #expect(try await server.client.runs.logEntries(id: 1).map(\.message) == ["Run queued."])
        let single = try ResponderServer { _ in .json(200, #"{"log": "test_log"}"#) }
        #expect(try await single.client.runs.log(id: 1) == #"{"log": "test_log"}"#)
        #expect(try await single.client.runs.logEntries(id: 1).count == 1)
    }

    @Test("list sends the filters that are set and decodes run records")
    func list() async throws {
        let server = try ResponderServer { _ in .json(200, #"{"count": 1, "next": null, "results": [\#(Self.run("running", id: 3))]}"#) }
        let runs = try await server.client.runs.list(status: .running, search: "src")
        #expect(runs.map(\.id) == [3])
        #expect(server.requests.first?.url.query() == "limit=100&offset=0&run_status=running&connection_ruleset_name=src")
    }

    @Test("page asks for one page only, and reads a bare array or a page without results")
    func page() async throws {
        let server = try ResponderServer { _ in .json(200, #"{"count": 9, "next": "https://dm.example.com/api/runs/?offset=2", "results": [\#(Self.run("failed", id: 4))]}"#) }
        let page = try await server.client.runs.page(status: .failed, limit: 2)
        #expect(page.results.map(\.id) == [4] && page.count == 9 && page.next != nil)
        #expect(server.requests.map { $0.url.query() } == ["run_status=failed&limit=2"])
        let bare = try ResponderServer { _ in .json(200, "[\(Self.run("queued", id: 5))]") }
        #expect(try await bare.client.runs.page(limit: 20, offset: 40).results.map(\.id) == [5])
        #expect(bare.requests.first?.url.query() == "limit=20&offset=40")
        let empty = try ResponderServer { _ in .json(200, #"{"count": 0}"#) }
        #expect(try await empty.client.runs.page(limit: 20).results.isEmpty)
        let wrong = try ResponderServer { _ in .json(200, #"[{"id": 1}]"#) }
        let error = try await #require(throws: DataMasqueError.self) { try await wrong.client.runs.page(limit: 1) }
        #expect(error.code == .decoding)
    }

    @Test("listPaginated fetches lazily, page by page")
    func listPaginated() async throws {
        let server = try ResponderServer { _ in .json(200, #"{"count": 1, "next": null, "results": [\#(Self.run("running", id: 3))]}"#) }
        let runs = server.client.runs.listPaginated(rulesetName: "rs")
        #expect(server.requests.isEmpty)
        #expect(try await runs.collect().map(\.id) == [3])
        #expect(server.requests.first?.url.query() == "limit=100&offset=0&ruleset_name=rs")
    }

    @Test("wait calls onPoll with each unfinished run, not with the final one")
    func waitOnPoll() async throws {
        let server = try ResponderServer.sequence(["queued", "running", "finished"].map { .json(200, Self.run($0)) })
        let seen = Mutex<[MaskingRunStatus]>([])
        let run = try await server.client.runs.wait(id: 7, pollInterval: .milliseconds(1)) { run in
            seen.withLock { $0.append(run.status) }
        }
        #expect(run.status == .finished)
        #expect(seen.withLock { $0 } == [.queued, .running])
    }

    @Test("start sends options the client does not name beside the named ones")
    func startWithAdditionalOptions() async throws {
        let server = try ResponderServer { _ in .json(201, #"{"id": 12}"#) }
        let options = MaskingRunOptions(batchSize: 10, additional: ["turbo": true, "batch_size": 99])
        let id = try await server.client.runs.start(MaskingRunRequest(connectionID: "c", rulesetID: "r", options: options))
        #expect(id == 12)
        let body = try await ResponderServer.json(of: try #require(server.requests.first))
        #expect(body["options"] == ["batch_size": 10, "turbo": true])
    }

    @Test("status changes yield each new status once and end at a final one")
    func statusChanges() async throws {
        let server = try ResponderServer.sequence(
            ["queued", "queued", "validating", "running", "running", "finished"].map { .json(200, Self.run($0)) })
        var seen: [MaskingRunStatus] = []
        for try await run in server.client.runs.statusChanges(id: 7, pollInterval: .milliseconds(1)) {
            seen.append(run.status)
        }
        #expect(seen == [.queued, .validating, .running, .finished])
        #expect(server.requests.count == 6)
    }

    @Test("wait returns the final run, and gives up with a timeout")
    func wait() async throws {
        let finishing = try ResponderServer.sequence(
            ["running", "failed"].map { .json(200, Self.run($0)) })
        #expect(try await finishing.client.runs.wait(id: 7, pollInterval: .milliseconds(1)).status == .failed)

        let stuck = try ResponderServer { _ in .json(200, Self.run("running")) }
        let error = try await #require(throws: DataMasqueError.self) {
            try await stuck.client.runs.wait(id: 7, pollInterval: .milliseconds(5), timeout: .milliseconds(30))
        }
        #expect(error.code == .timeout && error.message.contains("run 7"))
        let changes = stuck.client.runs.statusChanges(id: 7, pollInterval: .milliseconds(5), timeout: .milliseconds(30))
        await #expect(throws: DataMasqueError.self) { for try await _ in changes {} }
    }

    @Test("cancelling the waiting task stops polling")
    func cancellation() async throws {
        let server = try ResponderServer { _ in .json(200, Self.run("running")) }
        let task = Task { try await server.client.runs.wait(id: 7, pollInterval: .seconds(60)) }
        for _ in 0..<1_500 where server.requests.isEmpty {
            try await Task.sleep(for: .milliseconds(10))
        }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(server.requests.count == 1)
    }

    @Test("following the log yields new entries, survives a shrinking log, and ends with the run")
    func followLog() async throws {
        func log(_ messages: [String]) -> DataMasqueResponse {
            .json(200, "[" + messages.map { #"{"log_level": 20, "message": "\#($0)"}"# }.joined(separator: ",") + "]")
        }
        let responses: [DataMasqueResponse] = [
            .json(200, Self.run("running")), log(["a"]),
            .json(200, Self.run("running")), log(["a", "b", "c"]),
            .json(200, Self.run("running")), log(["a"]),
            .json(200, Self.run("finished")), log(["a", "d"]),
        ]
        let server = try ResponderServer.sequence(responses)
        var messages: [String] = []
        for try await entry in server.client.runs.followLog(id: 7, pollInterval: .milliseconds(1)) {
            messages.append(entry.message)
        }
        #expect(messages == ["a", "b", "c", "d"])
        #expect(server.requests.count == 8)
    }

    @Test("reports are read as text and downloaded to a file")
    func reports() async throws {
        let csv = "path,file_size,file_type,skip_reason\na.csv,1000,csv,\n"
        let server = try ResponderServer { request in
            request.url.path().hasSuffix("/run-report/")
                ? DataMasqueResponse(status: 200, headers: ["Content-Type": "text/csv"], body: Data(csv.utf8))
                : .json(404, #"{"detail": "This run has no sensitive data discovery report."}"#)
        }
        #expect(try await server.client.runs.report(id: 3) == csv)
        let error = try await #require(throws: DataMasqueError.self) { try await server.client.runs.sddReport(id: 3) }
        #expect(error.status == 404)
        #expect(server.requests.map(\.summary.description) == ["GET /api/runs/3/run-report/", "GET /api/runs/3/sdd-report/"])
    }
}

/// A closure transport answering every request but the logins, for the request tests.
struct ResponderServer {
    let client: DataMasqueClient
    let transport: ClosureTransport

    init(
        configuration: DataMasqueClient.Configuration? = nil,
        _ respond: @escaping @Sendable (DataMasqueRequest) -> DataMasqueResponse
    ) throws {
        transport = ClosureTransport { request in
            request.url.path() == "/api/auth/token/login/" ? loginOK : respond(request)
        }
        client = DataMasqueClient(configuration: try configuration ?? .test(), transport: transport)
    }

    /// A server giving `responses` in turn, then repeating the last.
    static func sequence(_ responses: [DataMasqueResponse]) throws -> ResponderServer {
        let remaining = Mutex(responses[...])
        return try ResponderServer { _ in
            remaining.withLock { queue in queue.count > 1 ? queue.removeFirst() : queue.first! }
        }
    }

    /// Every request but the logins.
    var requests: [DataMasqueRequest] {
        transport.requests.filter { $0.url.path() != "/api/auth/token/login/" }
    }
}
