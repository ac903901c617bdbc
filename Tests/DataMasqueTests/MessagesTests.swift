@testable import DataMasque
import Foundation
import Testing

@Suite("Error messages, redaction and URLs")
struct MessagesTests {
    @Test(
        "the server's reason is read from DataMasque's error shapes",
        arguments: [
            (#"{"detail": "Not found."}"#, "Not found."),
            (#"{"detail": [{"loc": ["body", "name"], "msg": "field required", "type": "x"}]}"#, "name: field required"),
            (#"{"error": "Ruleset plan 'p1' not found."}"#, "Ruleset plan 'p1' not found."),
            (#"{"message": "could not be parsed"}"#, "could not be parsed"),
            (#"{"name": ["connection with this name already exists."]}"#, "name: connection with this name already exists."),
            (#"{"non_field_errors": ["Unable to log in."]}"#, "Unable to log in."),
            (#"{"a": ["x"], "b": ["y"]}"#, "a: x; b: y"),
        ])
    func serverReason(body: String, reason: String) {
        #expect(ServerReason(response: .json(400, body))?.text == reason)
    }

    @Test("no reason from bodies without one", arguments: ["{}", "[]", "\"text\"", "<html>", #"{"x": 1}"#])
    func noReason(body: String) {
        #expect(ServerReason(response: .json(400, body)) == nil)
    }

    @Test(
        "secret-looking keys are redacted at any depth",
        arguments: ["password", "re_password", "api_token", "access_key_id", "PublicKey", "my_credential", "aws_secret_access_key", "connection_string"])
    func redacts(key: String) {
        let value: JSONValue = ["username": "bob", .init(stringLiteral: key): "hidden", "nested": [.init(stringLiteral: key): "hidden"]]
        let redacted = Redaction.redact(value)
        #expect(redacted["username"] == "bob")
        #expect(redacted[key] == "<redacted>")
        #expect(redacted["nested"]?[key] == "<redacted>")
    }

    @Test("decoding errors name the field path and quote a redacted excerpt")
    func decodingFailure() throws {
        struct Item: Decodable { var name: String; var port: Int }
        let response = DataMasqueResponse.json(200, #"[{"name": "a", "port": 1}, {"name": "b", "port": "x", "dbpassword": "pw"}]"#)
        let error = #expect(throws: DataMasqueError.self) {
            try DataMasqueClient.decode([Item].self, from: response, for: .init(method: "GET", path: "/api/x/"))
        }
        #expect(error?.code == .decoding)
        #expect(error?.message.contains("[1].port") == true)
        #expect(error?.message.contains("\"name\":\"b\"") == true)
        #expect(error?.message.contains("pw\"") == false)
    }

    @Test("paths resolve against the base URL, keeping its path prefix; absolute URLs pass through")
    func urls() throws {
        let plain = try DataMasqueClient.Configuration(baseURL: "https://dm.example.com/", username: "a", password: "p")
        #expect(plain.root.url("/api/connections/").absoluteString == "https://dm.example.com/api/connections/")
        #expect(plain.root.url("api/runs/1/log/").absoluteString == "https://dm.example.com/api/runs/1/log/")
        let prefixed = try DataMasqueClient.Configuration(baseURL: "https://host/dm", username: "a", password: "p")
        #expect(prefixed.root.url("/api/x/").absoluteString == "https://host/dm/api/x/")
        #expect(plain.root.url("https://other/api/x/?limit=2&offset=2").absoluteString == "https://other/api/x/?limit=2&offset=2")
    }

    @Test("a link naming the instance's host under another scheme or port stays on the configured origin")
    func proxiedLinks() throws {
        let configuration = try DataMasqueClient.Configuration(baseURL: "https://dm.example.com:8443", username: "a", password: "p")
        #expect(
            configuration.root.url("http://dm.example.com/api/runs/?limit=1&offset=1").absoluteString
                == "https://dm.example.com:8443/api/runs/?limit=1&offset=1")
    }

    @Test("query values are escaped, nil values left out, empty values kept")
    func query() throws {
        let configuration = try DataMasqueClient.Configuration(baseURL: "https://h", username: "a", password: "p")
        let url = configuration.root.url("/api/x/", query: [("name_exact", "a b&c+d"), ("namespace_exact", ""), ("skip", nil)])
        #expect(url.absoluteString == "https://h/api/x/?name_exact=a%20b%26c%2Bd&namespace_exact=")
    }

    @Test(
        "dates parse with or without fractions, with Z or an offset",
        arguments: [
            "2022-02-24T22:52:58.233400Z", "2022-02-24T22:52:58.233Z", "2022-02-24T22:52:58Z",
            "2022-02-25T00:52:58.233400+02:00",
        ])
    func dates(text: String) throws {
        let date = try #require(WireDate.parse(text))
        #expect(abs(date.timeIntervalSince1970 - 1_645_743_178) < 1)
    }

    @Test("a date that is not ISO 8601 does not parse")
    func badDate() {
        #expect(WireDate.parse("24/02/2022") == nil)
    }
}
