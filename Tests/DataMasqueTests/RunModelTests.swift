@testable import DataMasque
import Foundation
import Testing

@Suite("Runs: decoding and request bodies")
struct RunModelTests {
    /// models.md §19 S6, the run record.
    static let record = """
        {"id": 1, "status": "finished", "mask_type": "database",
         "source_connection": "src-uuid", "source_connection_name": "prod",
         "destination_connection": "dst-uuid", "destination_connection_name": "staging",
         "ruleset_name": "rs"}
        """
    /// models.md §19 S6, the cancel response.
    static let cancelled = """
        {"id": 42, "status": "cancelling", "name": "the-run", "mask_type": "database",
         "source_connection_name": "conn1", "ruleset_name": "rs1"}
        """
    /// server.md §4.1, the full run object.
    static let full = """
        {"id": "42", "name": "my_src_20260101_120000", "status": "running", "mask_type": "database",
         "source_connection": "f0557fb3", "source_connection_name": "my_src",
         "destination_connection": null, "destination_connection_name": "",
         "ruleset": "6659eaef", "ruleset_name": "demo",
         "created_time": "2026-01-01T12:00:00.000000Z", "start_time": "2026-01-01T12:00:02.000000Z", "end_time": null,
         "options": {"batch_size": 1000, "run_secret": null, "has_run_secret": false}, "has_sdd_report": false}
        """

    @Test("flat connection fields fold into source and destination")
    func flattening() throws {
        let run = try decodeJSON(RunInfo.self, Self.record)
        #expect(run.id == 1 && run.status == .finished && run.maskType == .database)
        #expect(run.sourceConnection == RunConnection(id: "src-uuid", name: "prod"))
        #expect(run.destinationConnection == RunConnection(id: "dst-uuid", name: "staging"))
        #expect(run.rulesetName == "rs")
        #expect(run.additionalFields.isEmpty)

        let cancelling = try decodeJSON(RunInfo.self, Self.cancelled)
        #expect(cancelling.sourceConnection == RunConnection(name: "conn1"))
        #expect(cancelling.destinationConnection == nil && cancelling.name == "the-run")
    }

    @Test("the full object: numeric-string id, empty destination, dates, options and unknown keys")
    func fullObject() throws {
        let run = try decodeJSON(RunInfo.self, Self.full)
        #expect(run.id == 42 && run.rulesetID == "6659eaef")
        #expect(run.destinationConnection == nil)
        #expect(run.createdTime?.date == WireDate.parse("2026-01-01T12:00:00Z"))
        #expect(run.startTime?.date == WireDate.parse("2026-01-01T12:00:02Z"))
        #expect(run.endTime == nil)
        #expect(run.options?["batch_size"] == 1000)
        #expect(run.additionalFields == ["has_sdd_report": false])
    }

    @Test("encoding writes the flat shape back, and decodes to the same run")
    func roundTrip() throws {
        for text in [Self.record, Self.cancelled, Self.full] {
            let run = try decodeJSON(RunInfo.self, text)
            let encoded = try JSONEncoder().encode(run)
            #expect(try JSONDecoder().decode(RunInfo.self, from: encoded) == run)
        }
        let flat = try decodeJSON(JSONValue.self, String(decoding: try JSONEncoder().encode(decodeJSON(RunInfo.self, Self.record)), as: UTF8.self))
        #expect(flat["destination_connection_name"] == "staging" && flat["source_connection"] == "src-uuid")
    }

    @Test("nested connections are accepted; unknown statuses and kinds are kept")
    func nestedAndUnknown() throws {
        let run = try decodeJSON(
            RunInfo.self,
            #"{"id": 3, "status": "paused", "mask_type": "stream", "source_connection": {"id": 9, "name": "a"}, "destination_connection": {"name": "b"}, "ruleset_name": "r"}"#)
        #expect(run.status == .unknown("paused") && !run.status.isFinal)
        #expect(run.maskType == .unknown("stream"))
        #expect(run.sourceConnection == RunConnection(id: "9", name: "a"))
        #expect(run.destinationConnection == RunConnection(name: "b"))
    }

    @Test("a run without its source connection's name does not decode")
    func sourceRequired() {
        #expect(throws: DecodingError.self) {
            try decodeJSON(RunInfo.self, #"{"id": 3, "status": "queued", "mask_type": "database", "source_connection": "x", "ruleset_name": "r"}"#)
        }
        #expect(throws: DecodingError.self) {
            try decodeJSON(RunInfo.self, #"{"id": "x3", "status": "queued", "mask_type": "database", "source_connection_name": "x", "ruleset_name": "r"}"#)
        }
    }

    @Test("the S7 unfinished run has no destination when its name is empty")
    func unfinished() throws {
        let page = try decodeJSON(
            Page<UnfinishedRun>.self,
            #"{"results": [{"source_connection_name": "cancelling_src", "destination_connection_name": "", "id": 4, "ruleset_name": "ruleset_4", "status": "cancelling"}]}"#)
        let run = try #require(page.results.first)
        #expect(run.id == 4 && run.status == .cancelling && run.rulesetName == "ruleset_4")
        #expect(run.destinationConnection == nil)
        #expect(run.connectionNames == ["cancelling_src"])
    }

    @Test("the minimal run request is connection, ruleset, mask type and empty options")
    func minimalRequest() throws {
        let request = MaskingRunRequest(connectionID: "conn-1", rulesetID: "rs-1")
        #expect(try RulesetModelTests.body(request) == [
            "connection": "conn-1", "ruleset": "rs-1", "mask_type": "database", "options": [:],
        ])
    }

    @Test("a full run request sends every field set, and options only when set")
    func fullRequest() throws {
        let request = MaskingRunRequest(
            connectionID: "src", rulesetID: "rs", maskType: .file, destinationConnectionID: "dst",
            options: MaskingRunOptions(batchSize: 500, dryRun: false, runSecret: "0123456789abcdef", autoPullBranch: "main"),
            name: "nightly", isUserSubscribed: true)
        #expect(try RulesetModelTests.body(request) == [
            "connection": "src", "ruleset": "rs", "mask_type": "file", "destination_connection": "dst",
            "name": "nightly", "is_user_subscribed": true,
            "options": ["batch_size": 500, "dry_run": false, "run_secret": "0123456789abcdef", "auto_pull_branch": "main"],
        ])
        #expect(try decodeJSON(MaskingRunRequest.self, String(decoding: JSONEncoder().encode(request), as: UTF8.self)) == request)
    }

    @Test("a request from stored objects takes their ids and the ruleset's type")
    func fromStoredObjects() throws {
        let source = Connection.mountedShare(MountedShareConnection(name: "in", id: "c1"))
        let target = Connection.mountedShare(MountedShareConnection(name: "out", id: "c2"))
        let request = try MaskingRunRequest(
            connection: source, ruleset: Ruleset(name: "files", rulesetType: .file, id: "r1"), destination: target)
        #expect(request.connectionID == "c1" && request.rulesetID == "r1")
        #expect(request.destinationConnectionID == "c2" && request.maskType == .file)
        let error = try #require(throws: DataMasqueError.self) {
            try MaskingRunRequest(connection: source, ruleset: Ruleset(name: "unsaved"))
        }
        #expect(error.code == .configuration && error.message.contains("unsaved"))
    }

    @Test("the run secret is hidden from descriptions and checked for length", arguments: [15, 16, 256, 257])
    func runSecret(length: Int) throws {
        let secret = String(repeating: "s", count: length)
        let options = MaskingRunOptions(dryRun: true, runSecret: secret)
        #expect(!"\(options)".contains(secret) && !String(reflecting: options).contains(secret))
        #expect(!"\(MaskingRunRequest(connectionID: "c", rulesetID: "r", options: options))".contains(secret))
        #expect("\(options)" == "MaskingRunOptions(dryRun: true, runSecret: <redacted>)")
        if (16...256).contains(length) {
            try options.validate()
        } else {
            let error = try #require(throws: DataMasqueError.self) { try options.validate() }
            #expect(error.code == .configuration && !error.message.contains(secret))
        }
    }

    @Test("options keep unknown members in additional, encode them back, and hide secret-looking ones")
    func additionalOptions() throws {
        let options = try decodeJSON(
            MaskingRunOptions.self, #"{"batch_size": 5, "dry_run": true, "turbo": "yes", "api_token": "t0ps3cret", "gone": null}"#)
        #expect(options.batchSize == 5 && options.dryRun == true)
        #expect(options.additional == ["turbo": "yes", "api_token": "t0ps3cret"])
        let encoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(options))
        #expect(encoded == ["batch_size": 5, "dry_run": true, "turbo": "yes", "api_token": "t0ps3cret"])
        #expect(!"\(options)".contains("t0ps3cret") && "\(options)".contains("turbo"))
        #expect(MaskingRunOptions.namedKeys.contains("auto_pull_branch") && !MaskingRunOptions.namedKeys.contains("turbo"))
    }

    @Test("timestamps keep the server's text beside the date, and encode it back")
    func timestamps() throws {
        let run = try decodeJSON(
            RunInfo.self,
            #"{"id": 1, "status": "running", "mask_type": "database", "source_connection_name": "s", "ruleset_name": "r", "created_time": "2026-01-01T12:00:00.123456+00:00"}"#)
        #expect(run.createdTime?.text == "2026-01-01T12:00:00.123456+00:00")
        #expect(run.createdTime?.date == WireDate.parse("2026-01-01T12:00:00.123Z"))
        let encoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(run))
        #expect(encoded["created_time"] == "2026-01-01T12:00:00.123456+00:00")
        #expect(Timestamp(text: "yesterday") == nil)
        #expect(Timestamp(Date(timeIntervalSince1970: 0)).text == "1970-01-01T00:00:00.000Z")
        #expect(throws: DecodingError.self) {
            try decodeJSON(RunInfo.self, #"{"id": 1, "status": "running", "mask_type": "database", "source_connection_name": "s", "ruleset_name": "r", "end_time": "soon"}"#)
        }
    }

    @Test("log entries decode with their level; a missing level reads as info")
    func logEntries() throws {
        let entries = try decodeJSON(
            [RunLogEntry].self,
            #"[{"timestamp": "2026-01-01T12:00:00.123456Z", "log_level": 30, "message": "careful"}, {"message": "plain", "log_level": null}, {"log_level": 45, "message": "odd", "timestamp": "yesterday"}]"#)
        #expect(entries.map(\.logLevel) == [.warning, .info, RunLogLevel(rawValue: 45)])
        #expect(entries[0].timestamp?.date == WireDate.parse("2026-01-01T12:00:00.123Z"))
        #expect(entries[0].timestamp?.text == "2026-01-01T12:00:00.123456Z")
        #expect(entries[2].timestamp == nil)
        #expect(entries.map(\.logLevel.description) == ["WARN", "INFO", "LEVEL 45"])
        #expect(entries[1].description == "INFO plain")
        #expect(RunLogLevel.error > .warning)
    }
}

/// The formatter-free reading of common timestamps gives the same moment as the formatter.
@Suite struct InternetDateTests {
    static func viaFormatter(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text) ?? plain.date(from: text)
    }

    @Test(arguments: [
        "2026-01-01T12:00:00Z", "2026-01-01T12:00:00.123Z", "1999-12-31T23:59:59.999Z", "2024-02-29T00:00:00Z",
        "2026-06-30T08:15:42.001+12:00", "2026-06-30T08:15:42-05:30", "1970-01-01T00:00:00Z", "1900-03-01T10:20:30Z",
        "2100-12-31T23:59:59.500Z",
    ])
    func agreesWithTheFormatter(text: String) throws {
        let fast = try #require(WireDate.parse(text))
        #expect(fast == Self.viaFormatter(text))
    }

    @Test func agreesWithTheFormatterOnManyMoments() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let milliseconds = Int.random(in: -2_000_000_000_000...4_000_000_000_000, using: &generator)
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1_000)
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            let text = formatter.string(from: date)
            #expect(WireDate.parse(text) == Self.viaFormatter(text), "\(text)")
        }
    }

    @Test(arguments: [
        "2026-02-30T12:00:00Z", "2026-13-01T12:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01 12:00:00Z",
        "2026-01-01T12:00:00", "2026-01-01T12:00:00.1234567890Zjunk", "yesterday", "",
    ])
    func leavesOtherTextToTheFormatter(text: String) {
        #expect(WireDate.parse(text) == Self.viaFormatter(text))
    }
}
