@testable import DataMasque
import Foundation
import Testing

@Suite("In-flight masking: decoding, bodies and descriptions")
struct IFMModelTests {
    /// models.md S13, the create response.
    static let created = """
        {"name": "p1", "created_time": "2025-01-01T00:00:00Z", "modified_time": "2025-01-01T00:00:00Z",
         "serial": 1, "options": {}, "ruleset_yaml": "version: '1.0'", "logs": [],
         "url": "http://ifm.test/ruleset-plans/p1/"}
        """
    /// models.md S13, the list page.
    static let listed = """
        {"items": [{"name": "p1", "created_time": "2025-01-01T00:00:00Z",
                    "modified_time": "2025-01-02T00:00:00Z", "serial": 1, "options": {}}],
         "total": 2, "limit": 100, "offset": 0}
        """
    /// models.md S13, the soft failure.
    static let softFailure = """
        {"request_id": "req-soft", "ruleset_plan": {"name": "p1", "serial": 1},
         "logs": [{"log_level": "error", "timestamp": "2026-04-20T12:00:00Z",
                   "message": "replace_regex received a non-string value"}]}
        """
    /// models.md S13, the success.
    static let masked = """
        {"request_id": "req-1", "ruleset_plan": {"name": "p1", "serial": 1},
         "logs": [], "data": [{"id": 1, "email": "***@***.***"}]}
        """

    struct Customer: Codable, Sendable, Equatable {
        var id: Int
        var email: String
    }

    @Test("the S13 create response decodes with its YAML, logs and URL")
    func createResponse() throws {
        let plan = try decodeJSON(RulesetPlan.self, Self.created)
        #expect(plan.name == "p1" && plan.serial == 1)
        #expect(plan.createdTime.text == "2025-01-01T00:00:00Z")
        #expect(plan.options == RulesetPlanOptions())
        #expect(plan.yaml == "version: '1.0'")
        #expect(plan.logs == [])
        #expect(plan.url?.absoluteString == "http://ifm.test/ruleset-plans/p1/")
        #expect(plan.additionalFields.isEmpty)
    }

    @Test("the S13 list page decodes with its envelope; listed plans have no YAML")
    func listPage() throws {
        let page = try decodeJSON(IFMPage<RulesetPlan>.self, Self.listed)
        #expect(page.total == 2 && page.limit == 100 && page.offset == 0)
        #expect(page.items.map(\.name) == ["p1"])
        #expect(page.items[0].yaml == nil && page.items[0].logs == nil && page.items[0].url == nil)
        #expect(page.items[0].modifiedTime.text == "2025-01-02T00:00:00Z")
    }

    @Test("the S13 soft failure decodes as a result without records, its reason in the logs")
    func softFailureBody() throws {
        let result = try decodeJSON(IFMWireMaskResult<JSONValue>.self, Self.softFailure).result(success: false)
        #expect(!result.success)
        #expect(result.requestID == "req-soft")
        #expect(result.rulesetPlan == RulesetPlanReference(name: "p1", serial: 1))
        #expect(result.records.isEmpty)
        #expect(result.logs == [
            IFMLogEntry(logLevel: .error, timestamp: "2026-04-20T12:00:00Z", message: "replace_regex received a non-string value")
        ])
        #expect(result.logs[0].logLevel.rawValue == "error")
    }

    @Test("the S13 success decodes as JSON values and as the caller's own type")
    func successBody() throws {
        let json = try decodeJSON(IFMWireMaskResult<JSONValue>.self, Self.masked).result(success: true)
        #expect(json.records == [["id": 1, "email": "***@***.***"]])
        let typed = try decodeJSON(IFMWireMaskResult<Customer>.self, Self.masked).result(success: true)
        #expect(typed.records == [Customer(id: 1, email: "***@***.***")])
        #expect(typed.success && typed.requestID == "req-1" && typed.logs.isEmpty)
    }

    @Test("token information keeps its scopes and unknown fields")
    func tokenInfo() throws {
        let info = try decodeJSON(IFMTokenInfo.self, #"{"scopes": ["ifm/mask"], "expires": 12}"#)
        #expect(info.scopes == ["ifm/mask"])
        #expect(info.additionalFields == ["expires": 12])
        #expect(try decodeJSON(IFMTokenInfo.self, String(decoding: JSONEncoder().encode(info), as: UTF8.self)) == info)
    }

    @Test("unknown plan fields and options are kept, null options count as none, a new log level survives")
    func forwardCompatible() throws {
        let plan = try decodeJSON(
            RulesetPlan.self,
            """
            {"name": "p", "serial": "3", "created_time": "2025-01-01T00:00:00Z", "modified_time": "2025-01-01T00:00:00Z",
             "options": {"enabled": true, "default_log_level": "TRACE", "burst": 5}, "owner": "ann"}
            """)
        #expect(plan.serial == 3)
        #expect(plan.options.enabled == true)
        #expect(plan.options.defaultLogLevel?.rawValue == "TRACE")
        #expect(plan.options.defaultLogLevel?.isKnown == false)
        #expect(plan.options.additionalFields == ["burst": 5])
        #expect(plan.additionalFields == ["owner": "ann"])
        let encoded = try decodeJSON(RulesetPlan.self, String(decoding: JSONEncoder().encode(plan), as: UTF8.self))
        #expect(encoded == plan)
        let nullOptions = try decodeJSON(
            RulesetPlan.self,
            #"{"name": "p", "serial": 1, "created_time": "2025-01-01T00:00:00Z", "modified_time": "2025-01-01T00:00:00Z", "options": null}"#)
        #expect(nullOptions.options == RulesetPlanOptions())
    }

    @Test("log levels compare without regard to case and keep their text")
    func logLevels() throws {
        #expect(IFMLogLevel(rawValue: "error") == .error)
        #expect(Set([IFMLogLevel(rawValue: "Warning"), .warning]).count == 1)
        #expect(IFMLogLevel(rawValue: "error").rawValue == "error")
        #expect(IFMLogLevel.knownLevels.map(\.rawValue) == ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"])
        #expect(!IFMLogLevel(rawValue: "TRACE").isKnown)
    }

    @Test("options send only what is set")
    func optionsBody() throws {
        #expect(try RulesetModelTests.body(RulesetPlanOptions()) == [:])
        #expect(
            try RulesetModelTests.body(RulesetPlanOptions(enabled: false, defaultLogLevel: .warning))
                == ["enabled": false, "default_log_level": "WARNING"])
    }

    @Test("a mask body holds the records, then only the options that are set")
    func maskBody() throws {
        let options = IFMMaskOptions(runSecret: "a-run-secret-of-20-chars", hashValues: ["k": 1], requestID: "r-1")
        let body = try RulesetModelTests.body(IFMMaskBody(records: [Customer(id: 1, email: "a@b.c")], options: options))
        #expect(
            body == [
                "data": [["id": 1, "email": "a@b.c"]], "run_secret": "a-run-secret-of-20-chars", "hash_values": ["k": 1],
                "request_id": "r-1",
            ])
        #expect(try RulesetModelTests.body(IFMMaskBody(records: [JSONValue](), options: IFMMaskOptions())) == ["data": []])
    }

    @Test("descriptions and mirrors never show a password, run secret or token")
    func secretsHidden() throws {
        let configuration = try DataMasqueIFMClient.Configuration(
            adminURL: "https://dm.example.com", credential: .password(username: "ifm", password: "pw-IFM-secret"))
        let options = IFMMaskOptions(runSecret: "run-secret-value-1234567")
        let tokens = SessionTokens(access: "jwt-access-value", refresh: "jwt-refresh-value")
        var dumped = ""
        dump(configuration, to: &dumped)
        dump(options, to: &dumped)
        dump(tokens, to: &dumped)
        let text = "\(configuration) \(options) \(tokens) \(String(reflecting: tokens)) \(dumped)"
        for secret in ["pw-IFM-secret", "run-secret-value-1234567", "jwt-access-value", "jwt-refresh-value"] {
            #expect(!text.contains(secret))
        }
        #expect(text.contains("<redacted>"))
    }

    @Test("a refresh request body is redacted like a password")
    func refreshRedacted() {
        #expect(Redaction.isSensitive("refresh"))
        #expect(!Redaction.isSensitive("refresh_interval"))
        #expect(WireJSON.excerpt(of: Data(#"{"refresh": "jwt-refresh-value"}"#.utf8)).contains("<redacted>"))
    }

    @Test("the IFM URL defaults to the admin URL followed by /ifm, and both are checked")
    func configurationURLs() throws {
        let credential = DataMasqueIFMClient.Credential.token("t")
        let derived = try DataMasqueIFMClient.Configuration(adminURL: "https://dm.example.com//", credential: credential)
        #expect(derived.ifmURL.absoluteString == "https://dm.example.com/ifm")
        let own = try DataMasqueIFMClient.Configuration(
            adminURL: "https://dm.example.com", ifmURL: "https://ifm.example.com:8443/v1/", credential: credential)
        #expect(own.ifmURL.absoluteString == "https://ifm.example.com:8443/v1/")
        let error = #expect(throws: DataMasqueError.self) {
            try DataMasqueIFMClient.Configuration(adminURL: "https://dm.example.com", ifmURL: "ftp://x", credential: credential)
        }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("ifmURL") == true)
    }
}
