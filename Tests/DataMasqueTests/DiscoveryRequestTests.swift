import DataMasque
import Foundation
import Synchronization
import Testing

@Suite("Discovery: requests, refusals and outputs")
struct DiscoveryRequestTests {
    @Test("a keyword-driven schema discovery sends every list and flag, and returns the new run's id")
    func legacyStart() async throws {
        let server = try ResponderServer(routes: ["POST /api/schema-discovery/": .json(201, #"{"id": 7}"#)])
        let id = try await server.client.discovery.start(SchemaDiscoveryRequest(connectionID: "c-1", schemas: ["public"]))
        #expect(id == 7)
        #expect(server.requests.first?.body.jsonObject == [
            "connection": "c-1", "custom_keywords": [], "ignored_keywords": [], "schemas": ["public"],
            "disable_built_in_keywords": false, "disable_global_custom_keywords": false,
            "disable_global_ignored_keywords": false,
        ])
    }

    @Test("a saved-config start always sends discovery_config, null for the server's defaults")
    func fromConfigBody() async throws {
        let server = try ResponderServer(routes: [
            "POST /api/schema-discovery/v2/": .json(201, #"{"id": "8"}"#),
            "POST /api/run-file-data-discovery/v2/": .json(201, #"{"id": 9}"#),
        ])
        #expect(try await server.client.discovery.start(SchemaDiscoveryFromConfigRequest(connectionID: "c-1")) == 8)
        let options = FileDataDiscoveryOptions(diagnosticLogging: true)
        let file = FileDataDiscoveryFromConfigRequest(connectionID: "f-1", discoveryConfigID: "cfg", options: options)
        #expect(try await server.client.discovery.start(file) == 9)
        #expect(server.requests[0].body.jsonObject == ["connection": "c-1", "discovery_config": nil])
        #expect(server.requests[1].body.jsonObject == [
            "connection": "f-1", "discovery_config": "cfg", "options": ["diagnostic_logging": true],
        ])
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var body: String
        var code: DataMasqueError.Code
        var testDescription: String { body }
    }

    /// The refusals of api.md §3.16.B.
    static let refusals = [
        Refusal(body: #"{"discovery_config": ["Invalid pk \"x\" - object does not exist."]}"#, code: .discoveryConfigNotFound),
        Refusal(
            body: #"{"discovery_config": ["Discovery config \"cfg\" cannot be used: validation status is `invalid`."]}"#,
            code: .invalidDiscoveryConfig),
        Refusal(
            body: #"{"discovery_config": [{"message": "Bad key", "line_number": 4, "column_number": 7}]}"#,
            code: .invalidDiscoveryConfig),
        Refusal(body: #"{"discovery_config": "object does not exist"}"#, code: .discoveryConfigNotFound),
        Refusal(body: #"{"discovery_config": []}"#, code: .failedToStart),
        Refusal(body: #"{"connection": ["Invalid pk \"nope\" - object does not exist."]}"#, code: .failedToStart),
        Refusal(body: "", code: .failedToStart),
    ]

    @Test("saved-config refusals are classified by the discovery_config message", arguments: refusals)
    func refused(_ refusal: Refusal) async throws {
        let server = try ResponderServer { _ in .json(400, refusal.body) }
        let error = try await #require(throws: DataMasqueError.self) {
            try await server.client.discovery.start(FileDataDiscoveryFromConfigRequest(connectionID: "f-1", discoveryConfigID: "x"))
        }
        #expect(error.code == refusal.code)
        #expect(error.code.isFailedToStart && error.code.isAPIError)
        #expect(error.status == 400 && error.message.contains("HTTP 400"))
        #expect(error.request?.description == "POST /api/run-file-data-discovery/v2/")
    }

    @Test("a keyword-driven start never reads discovery_config: any refusal is failed-to-start")
    func legacyRefusal() async throws {
        let server = try ResponderServer { _ in .json(400, #"{"discovery_config": ["object does not exist"]}"#) }
        let error = try await #require(throws: DataMasqueError.self) {
            try await server.client.discovery.start(SchemaDiscoveryRequest(connectionID: "c-1"))
        }
        #expect(error.code == .failedToStart)
    }

    @Test("a file filter without exactly one non-empty pattern fails before any request, naming it")
    func badFilter() async throws {
        let server = try ResponderServer { _ in .json(201, #"{"id": 1}"#) }
        for (filter, field) in [
            (FileFilter.glob(""), "include[1].glob"), (FileFilter(glob: "*", regex: ".*"), "include[1]"),
            (FileFilter(), "include[1]"),
        ] {
            let request = FileDataDiscoveryRequest(connectionID: "f-1", include: [.glob("*.csv"), filter])
            let error = try await #require(throws: DataMasqueError.self) { try await server.client.discovery.start(request) }
            #expect(error.code == .configuration && error.message.contains("'\(field)'"))
        }
        #expect(server.requests.isEmpty)
    }

    @Test("one results page sends exactly limit and offset; the sequence follows next links")
    func resultsPaging() async throws {
        let row = #"{"id": 1, "column": "email", "table": "users", "schema": "public", "data": {}}"#
        let server = try ResponderServer { request in
            let query = request.url.query() ?? ""
            if query == "limit=100&offset=0" {
                return .json(200, #"{"count": 2, "next": "https://dm.example.com/api/schema-discovery/v2/7/?limit=100&offset=1", "results": [\#(row)]}"#)
            }
            return .json(200, #"{"count": 2, "next": null, "results": [\#(row)], "table_metadata": {}}"#)
        }
        let page = try await server.client.discovery.schemaResultsPage(runID: 7, limit: 10, offset: 20)
        #expect(server.requests.last?.url.query() == "limit=10&offset=20")
        #expect(page.results.count == 1 && page.tableMetadata?.isEmpty == true)
        #expect(try await server.client.discovery.schemaResults(runID: 7).count == 2)
        #expect(server.requests.count == 3)
        await #expect(throws: DataMasqueError.self) { try await server.client.discovery.schemaResultsPage(runID: 7, limit: 0) }
    }

    @Test("a database report is text, or a split archive when the server sends a zip")
    func dbReport() async throws {
        let zip = Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3])
        let server = try ResponderServer { request in
            request.url.query() == nil
                ? DataMasqueResponse(status: 200, headers: ["Content-Type": "text/csv"], body: Data("a,selected\n".utf8))
                : DataMasqueResponse(status: 200, headers: ["Content-Type": "application/zip"], body: zip)
        }
        #expect(try await server.client.discovery.dbReport(runID: 3) == .csv("a,selected\n"))
        let split = try await server.client.discovery.dbReport(runID: 3, includeSelectionColumn: false)
        #expect(split == .splitArchive(zip) && split.format == .splitArchive)
        #expect(server.requests.map { $0.url.path() } == Array(repeating: "/api/runs/3/db-discovery-results/report/", count: 2))
        #expect(server.requests.last?.url.query() == "include_selection_column=false")
    }

    @Test("a config snapshot is the first file of the archive, inflated; an empty archive is an error")
    func configSnapshot() async throws {
        let server = try ResponderServer.sequence([
            DataMasqueResponse(status: 200, headers: ["Content-Type": "application/zip"], body: ZipFixtures.snapshot),
            DataMasqueResponse(status: 200, headers: ["Content-Type": "application/zip"], body: ZipFixtures.empty),
            DataMasqueResponse(status: 200, body: Data("not a zip".utf8)),
        ])
        let yaml = try await server.client.discovery.configSnapshot(runID: 7, timezone: "+13:00")
        #expect(yaml == ZipFixtures.snapshotYAML)
        #expect(server.requests.first?.url.path() == "/api/discovery/runs/7/config-snapshot/")
        #expect(server.requests.first?.url.query() == "timezone=%2B13%3A00")
        let empty = try await #require(throws: DataMasqueError.self) { try await server.client.discovery.configSnapshot(runID: 7) }
        #expect(empty.code == .unexpectedResponse && empty.message.contains("empty"))
        let garbage = try await #require(throws: DataMasqueError.self) { try await server.client.discovery.configSnapshot(runID: 7) }
        #expect(garbage.code == .unexpectedResponse && garbage.response?.status == 200)
        let badZone = try await #require(throws: DataMasqueError.self) {
            try await server.client.discovery.configSnapshot(runID: 7, timezone: "NZST")
        }
        #expect(badZone.code == .configuration && server.requests.count == 3)
    }

    @Test("generation with a config goes to the RG-config endpoints; a missing config has its own code")
    func generateWithConfig() async throws {
        let server = try ResponderServer { request in
            switch request.url.path() {
            case "/api/generate-ruleset/v3/":
                return request.body.jsonObject?["rg_config"] == "gone"
                    ? .json(400, #"{"rg_config": ["Invalid pk \"gone\" - object does not exist."]}"#)
                    : DataMasqueResponse(status: 201, body: Data("version: '1.0'\n".utf8))
            case "/api/generate-file-ruleset/v2/":
                return .json(400, #"{"message": "Ruleset generation config \"x\" could not be parsed"}"#)
            default:
                return .json(404, "{}")
            }
        }
        let generation = server.client.rulesetGeneration
        let request = RulesetGenerationRequest(
            connectionID: "c-1",
            selection: ColumnSelection(
                columns: ["public": ["users": ["email", "ssn"]]],
                hashColumns: ["public": ["users": HashColumnsTableConfig(table: ["id"], columns: ["ssn": nil])]]))
        #expect(try await generation.generate(request, rgConfigID: "cfg") == "version: '1.0'\n")
        #expect(server.requests[0].body.jsonObject == [
            "connection": "c-1", "rg_config": "cfg", "selected_columns": ["public": ["users": ["email", "ssn"]]],
            "hash_columns": ["public": ["users": ["table": ["id"], "columns": ["ssn": nil]]]],
        ])
        let missing = try await #require(throws: DataMasqueError.self) { try await generation.generate(request, rgConfigID: "gone") }
        #expect(missing.code == .rgConfigNotFound && missing.code.isAPIError && missing.status == 400)
        let file = FileRulesetGenerationRequest(connectionID: "f-1", selections: [FileSelection(files: ["a.csv"], locators: [.column("email")])])
        let unparsable = try await #require(throws: DataMasqueError.self) { try await generation.generate(file, rgConfigID: "x") }
        #expect(unparsable.code == .api && unparsable.message.contains("could not be parsed"))
    }

    struct BadSelection: Sendable, CustomTestStringConvertible {
        var selection: GenerationSelection
        var field: String
        var testDescription: String { field }
    }

    static let badSelections = [
        BadSelection(selection: .columns(ColumnSelection(columns: [:])), field: "selected_columns"),
        BadSelection(selection: .columns(ColumnSelection(columns: ["public": [:]])), field: "selected_columns.public"),
        BadSelection(selection: .columns(ColumnSelection(columns: ["public": ["users": []]])), field: "selected_columns.public.users"),
        BadSelection(
            selection: .columns(ColumnSelection(
                columns: ["public": ["users": ["email"]]], hashColumns: ["public": ["orders": HashColumnsTableConfig(table: ["id"])]])),
            field: "hash_columns.public.orders"),
        BadSelection(
            selection: .columns(ColumnSelection(
                columns: ["public": ["users": ["email"]]], hashColumns: ["public": ["users": HashColumnsTableConfig(columns: ["ssn": ["id"]])]])),
            field: "hash_columns.public.users.columns.ssn"),
        BadSelection(selection: .files([]), field: "selected_data"),
        BadSelection(selection: .files([FileSelection(files: [], locators: [.column("email")])]), field: "selected_data[0].files"),
        BadSelection(
            selection: .files([FileSelection(files: ["a.csv"], locators: [.column("x")]), FileSelection(files: ["b.json"], locators: [])]),
            field: "selected_data[1].locators"),
        BadSelection(selection: .files([FileSelection(files: ["a.json"], locators: [.path([])])]), field: "selected_data[0].locators[0]"),
    ]

    @Test("a selection is checked before any request, the error naming the field", arguments: badSelections)
    func badSelection(_ bad: BadSelection) async throws {
        let server = try ResponderServer { _ in .json(200, "{}") }
        let error = try await #require(throws: DataMasqueError.self) {
            try await server.client.rulesetGeneration.startAsync(connectionID: "c-1", selection: bad.selection)
        }
        #expect(error.code == .configuration)
        #expect(error.message.contains("'\(bad.field)'"))
        #expect(server.requests.isEmpty)
    }

    @Test("async generation sends the selection without the connection, and rg_config only to v2")
    func asyncBodies() async throws {
        let server = try ResponderServer { _ in .json(200, "{}") }
        let generation = server.client.rulesetGeneration
        let files = GenerationSelection.files([FileSelection(files: ["a.json"], locators: [.path([.key("users"), .key("*"), .index(0)])])])
        try await generation.startAsync(connectionID: "f 1", selection: files)
        try await generation.startAsync(
            connectionID: "c-1", selection: .columns(ColumnSelection(columns: ["s": ["t": ["c"]]])), rgConfigID: "rg")
        #expect(server.requests.map { $0.url.path() } == ["/api/async-generate-ruleset/f%201/", "/api/async-generate-ruleset/v2/c-1/"])
        #expect(server.requests[0].body.jsonObject == ["selected_data": [["files": ["a.json"], "locators": [["users", "*", 0]]]]])
        #expect(server.requests[1].body.jsonObject == ["selected_columns": ["s": ["t": ["c"]]], "rg_config": "rg"])
    }

    @Test("a CSV upload is sent as ruleset.csv, and zip content as ruleset.zip, whatever its own name")
    func csvUpload() async throws {
        let server = try ResponderServer { _ in .json(200, "{}") }
        let generation = server.client.rulesetGeneration
        try await generation.startAsync(connectionID: "c-1", csv: .data(Data("schema,table,column,selected\n".utf8), filename: "x.zip"))
        let zipFile = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).csv")
        try ZipFixtures.readme.write(to: zipFile)
        defer { try? FileManager.default.removeItem(at: zipFile) }
        try await generation.startAsync(connectionID: "c-1", csv: .file(zipFile), targetSizeBytes: 5000, rgConfigID: "rg")
        #expect(server.requests.map { $0.url.path() } == [
            "/api/async-generate-ruleset/c-1/from-csv/", "/api/async-generate-ruleset/v2/c-1/from-csv/",
        ])
        let csv = try await ResponderServer.form(of: server.requests[0])
        #expect(csv.contains(#"name="csv_or_zip_file"; filename="ruleset.csv""#) && csv.contains("Content-Type: text/csv"))
        #expect(!csv.contains("rg_config") && !csv.contains("target_size_bytes"))
        let zip = try await ResponderServer.body(of: server.requests[1])
        let form = String(decoding: zip, as: UTF8.self)
        #expect(form.contains(#"filename="ruleset.zip""#) && form.contains("Content-Type: application/zip"))
        #expect(form.contains("name=\"rg_config\"\r\n\r\nrg\r\n") && form.contains("name=\"target_size_bytes\"\r\n\r\n5000\r\n"))
        #expect(zip.range(of: ZipFixtures.readme) != nil)
        await #expect(throws: DataMasqueError.self) {
            try await generation.startAsync(connectionID: "c-1", csv: .data(Data(), filename: "x"), targetSizeBytes: 0)
        }
    }

    @Test("generated rulesets come from the zip attachment of a CSV generation, named after each YAML file")
    func generatedFromArchive() async throws {
        let server = try ResponderServer(routes: [
            "GET /api/async-generate-ruleset/c-1/": .json(200, #"{"status": "finished_with_warnings"}"#),
            "GET /api/async-generate-ruleset/c-1/download-rulesets/": DataMasqueResponse(
                status: 200, headers: ["Content-Disposition": "Attachment; filename=rulesets.zip"], body: ZipFixtures.rulesets),
        ])
        let rulesets = try await server.client.rulesetGeneration.generatedRulesets(connectionID: "c-1")
        #expect(rulesets.map(\.name) == ["customers", "orders"])
        #expect(rulesets.map(\.yaml) == ["version: '1.0'\ntasks: []\n", "version: '1.0'\n"])
        #expect(rulesets.allSatisfy { $0.id == nil && $0.rulesetType == .database })
    }

    @Test("an archive without YAML is a generation failure")
    func archiveWithoutYAML() async throws {
        let server = try ResponderServer(routes: [
            "GET /api/async-generate-ruleset/c-1/": .json(200, #"{"status": "finished"}"#),
            "GET /api/async-generate-ruleset/c-1/download-rulesets/": DataMasqueResponse(
                status: 200, headers: ["Content-Disposition": "attachment"], body: ZipFixtures.readme),
        ])
        let error = try await #require(throws: DataMasqueError.self) {
            try await server.client.rulesetGeneration.generatedRulesets(connectionID: "c-1")
        }
        #expect(error.code == .rulesetGenerationFailed)
    }

    @Test("a selection generation's download redirects to the status, whose generated_ruleset is the ruleset")
    func generatedFromRedirect() async throws {
        let status = #"{"status": "finished", "generated_ruleset": "version: '1.0'\n"}"#
        let server = try ResponderServer(routes: [
            "GET /api/async-generate-ruleset/c-1/": .json(200, status),
            "GET /api/async-generate-ruleset/c-1/download-rulesets/": DataMasqueResponse(
                status: 303, headers: ["Location": "/api/async-generate-ruleset/c-1/"]),
        ])
        let rulesets = try await server.client.rulesetGeneration.generatedRulesets(connectionID: "c-1")
        #expect(rulesets == [Ruleset(name: "generated_ruleset", yaml: "version: '1.0'\n")])
        #expect(server.requests.count == 3)
    }

    @Test("generated rulesets of an unfinished task are in progress; of a failed or cancelled one, a failure")
    func generatedTooSoon() async throws {
        for (status, code) in [
            ("queued", DataMasqueError.Code.rulesetGenerationInProgress), ("running", .rulesetGenerationInProgress),
            ("failed", .rulesetGenerationFailed), ("cancelled", .rulesetGenerationFailed),
        ] {
            let server = try ResponderServer(routes: ["GET /api/async-generate-ruleset/c-1/": .json(200, #"{"status": "\#(status)"}"#)])
            let error = try await #require(throws: DataMasqueError.self) {
                try await server.client.rulesetGeneration.generatedRulesets(connectionID: "c-1")
            }
            #expect(error.code == code)
            #expect(server.requests.count == 1)
        }
        let missing = try ResponderServer(routes: ["GET /api/async-generate-ruleset/c-1/": .json(200, #"{"status": ""}"#)])
        let error = try await #require(throws: DataMasqueError.self) {
            try await missing.client.rulesetGeneration.asyncStatus(connectionID: "c-1")
        }
        #expect(error.code == .unexpectedResponse)
    }

    @Test("waiting polls until the task ends, then downloads; past the deadline it times out")
    func waitForRulesets() async throws {
        let statuses = Mutex(["queued", "running", "finished"][...])
        let server = try ResponderServer { request in
            if request.url.path().hasSuffix("/download-rulesets/") {
                return .json(200, #"{"status": "finished", "generated_ruleset": "version: '1.0'\n"}"#)
            }
            let status = statuses.withLock { $0.count > 1 ? $0.removeFirst() : $0.first! }
            return .json(200, #"{"status": "\#(status)", "generated_ruleset": "version: '1.0'\n"}"#)
        }
        let seen = Mutex<[AsyncRulesetGenerationTaskStatus]>([])
        let rulesets = try await server.client.rulesetGeneration.waitForRulesets(
            connectionID: "c-1", pollInterval: .milliseconds(10)
        ) { status in seen.withLock { $0.append(status) } }
        #expect(rulesets.map(\.name) == ["generated_ruleset"])
        #expect(seen.withLock { $0 } == [.queued, .running])

        let stuck = try ResponderServer { _ in .json(200, #"{"status": "running"}"#) }
        let error = try await #require(throws: DataMasqueError.self) {
            try await stuck.client.rulesetGeneration.waitForRulesets(
                connectionID: "c-1", pollInterval: .milliseconds(10), timeout: .milliseconds(50))
        }
        #expect(error.code == .timeout)
    }

    @Test("inflating handles long back-references, non-ASCII text and stored deflate blocks")
    func inflating() async throws {
        let server = try ResponderServer.sequence([
            DataMasqueResponse(status: 200, body: ZipFixtures.large),
            DataMasqueResponse(status: 200, body: ZipFixtures.storedBlocks),
        ])
        let expected = (0..<2000).map { "line \($0): " + String(repeating: "xyz", count: $0 % 17) + ($0 % 5 == 0 ? "é" : "") + "\n" }
        #expect(try await server.client.discovery.configSnapshot(runID: 1) == expected.joined())
        #expect(try await server.client.discovery.configSnapshot(runID: 1) == String(repeating: "hello stored deflate\n", count: 10))
    }
}
