import DataMasque
import DataMasqueTesting
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import DataMasqueEmulator

/// Seeded mutations of well-formed requests: JSON bodies, multipart forms and query strings.
///
/// Whatever arrives, the emulator answers, and never with a 5xx.
@Suite("Request parsing: seeded mutations of bodies, forms and query strings", .serialized)
struct RequestMutationTests {
    /// Mutations per endpoint; by default about 2,000 requests in all, two seconds in a debug build.
    /// Set `DATAMASQUE_MUTATIONS` for more.
    static let mutationsPerEndpoint = SeededGenerator.mutationCount(default: 120)
    static let seed: UInt64 = 0x00DA_7A3A_5C0E

    /// What the endpoints need to exist before they are fed: a token, a connection, a ruleset,
    /// a library, a user, a run and an exported bundle.
    struct Fixture: Sendable {
        var key: String
        var connection: String
        var ruleset: String
        var library: String
        var user: Int
        var run: Int
        var bundle: [UInt8]
    }

    /// A well-formed request, before mutation.
    struct Request: Sendable {
        enum Body: Sendable {
            case none
            case json(JSONValue)
            case multipart(fields: [(name: String, value: String)], file: (field: String, contents: [UInt8]))
        }

        var method: HTTPRequest.Method
        var path: String
        var query: [(name: String, value: String)] = []
        var body: Body = .none
        var authorized = true
    }

    /// An endpoint and the well-formed request it is fed, made from the fixture.
    struct Endpoint: Sendable, CustomStringConvertible {
        let description: String
        /// Where to delete what a successful request created, so the next one is not refused as a duplicate.
        let cleanup: String?
        let request: @Sendable (Fixture) -> Request

        init(_ description: String, cleanup: String? = nil, _ request: @escaping @Sendable (Fixture) -> Request) {
            self.description = description
            self.cleanup = cleanup
            self.request = request
        }
    }

    static let endpoints: [Endpoint] = [
        Endpoint("POST /api/auth/token/login/") { _ in
            Request(
                method: .post, path: "/api/auth/token/login/", body: .json(["username": "admin", "password": "datamasque"]),
                authorized: false)
        },
        Endpoint("POST /api/connections/", cleanup: "/api/connections/") { _ in
            var connection = ConnectionTests.postgres.objectValue ?? [:]
            connection["name"] = "fuzz_pg"
            return Request(method: .post, path: "/api/connections/", body: .json(.object(connection)))
        },
        Endpoint("PATCH /api/connections/{id}/") { fixture in
            Request(
                method: .patch, path: "/api/connections/\(fixture.connection)/",
                body: .json(["port": 6543, "dbpassword": "new", "schema": "public"]))
        },
        Endpoint("POST /api/users/", cleanup: "/api/users/") { _ in
            Request(method: .post, path: "/api/users/", body: .json(UsersTests.newUser("fuzz")))
        },
        Endpoint("PATCH /api/users/{id}/") { fixture in
            Request(
                method: .patch, path: "/api/users/\(fixture.user)/",
                body: .json([
                    "email": "new@example.com", "user_roles": ["mask_builder", "ruleset_library_managers"], "is_active": true,
                ]))
        },
        Endpoint("POST /api/rulesets/?upsert=true") { _ in
            Request(
                method: .post, path: "/api/rulesets/", query: [("upsert", "true")],
                body: .json([
                    "name": "fuzz", "mask_type": "database",
                    "config_yaml": "version: '1.0'\ntasks:\n  - type: mask_table\n    table: users\n",
                ]))
        },
        Endpoint("PUT /api/ruleset-libraries/{id}/") { fixture in
            Request(
                method: .put, path: "/api/ruleset-libraries/\(fixture.library)/",
                body: .json(["name": "lib", "namespace": "team", "config_yaml": "version: '1.0'\nfunctions: []\n"]))
        },
        Endpoint("POST /api/runs/") { fixture in
            Request(
                method: .post, path: "/api/runs/",
                body: .json([
                    "connection": .string(fixture.connection), "ruleset": .string(fixture.ruleset),
                    "mask_type": "database", "name": "fuzz_run",
                    "options": ["batch_size": 1000, "dry_run": false, "max_rows": 10],
                ]))
        },
        Endpoint("PATCH /api/settings/") { _ in
            Request(
                method: .patch, path: "/api/settings/",
                body: .json(["locality": "en_GB", "dm_ai_engine_url": "https://ai.example.com:8443/"]))
        },
        Endpoint("POST /api/seeds/ (multipart)") { _ in
            Request(
                method: .post, path: "/api/seeds/",
                body: .multipart(fields: [("name", "cities.csv")], file: ("seed_file", Array("a,b\n1,2\n".utf8))))
        },
        Endpoint("POST /api/connection-filesets/ (multipart)") { _ in
            Request(
                method: .post, path: "/api/connection-filesets/",
                body: .multipart(
                    fields: [("name", "fileset"), ("database_type", "oracle")],
                    file: ("zip_archive", Array("PK\u{3}\u{4}not really a zip".utf8))))
        },
        Endpoint("POST /api/license-upload/ (multipart, JSON licence)") { _ in
            Request(
                method: .post, path: "/api/license-upload/",
                body: .multipart(
                    fields: [], file: ("license_file", Array(#"{"name": "Trial", "is_expired": true, "quota_tb": 2}"#.utf8))))
        },
        Endpoint("POST /api/import/v1/ (multipart, zip)") { fixture in
            Request(
                method: .post, path: "/api/import/v1/",
                body: .multipart(
                    fields: [
                        ("overwrite_rulesets", "true"), ("overwrite_libraries", "false"), ("overwrite_seed_files", "false"),
                    ],
                    file: ("zip_archive", fixture.bundle)))
        },
        Endpoint("GET /api/runs/?…") { _ in
            Request(
                method: .get, path: "/api/runs/",
                query: [
                    ("run_status", "running"), ("ruleset_name", "demo"), ("connection_ruleset_name", "pg"),
                    ("limit", "10"), ("offset", "0"),
                ])
        },
        Endpoint("GET /api/runs/{id}/log/") { fixture in
            Request(method: .get, path: "/api/runs/\(fixture.run)/log/")
        },
        Endpoint("GET /api/ruleset-libraries/?…") { _ in
            Request(
                method: .get, path: "/api/ruleset-libraries/",
                query: [("name_exact", "lib"), ("namespace_exact", "team"), ("limit", "2"), ("offset", "0")])
        },
        Endpoint("GET /api/ruleset-libraries/{id}/rulesets/?…") { fixture in
            Request(
                method: .get, path: "/api/ruleset-libraries/\(fixture.library)/rulesets/",
                query: [("limit", "10"), ("offset", "0")])
        },
        Endpoint("GET /api/logs/download/?…") { _ in
            Request(method: .get, path: "/api/logs/download/", query: [("log_service", "application")])
        },
    ]

    @Test("the emulator answers every mutation, never with a 5xx", arguments: endpoints)
    func mutations(of endpoint: Endpoint) async throws {
        try await withTestEmulator(RunTests.manualClock) { client, control in
            let fixture = try await Self.fixture(client, control)
            let original = endpoint.request(fixture)
            let accepted = try await Self.send(Self.encode(original, key: fixture.key), client)
            #expect(accepted.status.code < 400, "the unmutated request is refused: \(accepted.status) \(accepted.text)")
            try await Self.cleanUp(after: accepted, of: endpoint, fixture, client, control)
            var generator = SeededGenerator(seed: Self.seed)
            for _ in 0..<Self.mutationsPerEndpoint {
                let (request, summary) = try Self.mutate(original, key: fixture.key, using: &generator)
                let response = try await Self.send(request, client)
                #expect(response.status.code < 500, "\(summary) → \(response.status): \(response.text.prefix(200))")
                try await Self.cleanUp(after: response, of: endpoint, fixture, client, control)
            }
        }
    }

    /// Ends the runs a request started and deletes what it created,
    /// so the next request is not refused as a duplicate or a busy connection.
    static func cleanUp(
        after response: TestResponse, of endpoint: Endpoint, _ fixture: Fixture,
        _ client: any TestClientProtocol, _ control: EmulatorControl
    ) async throws {
        guard response.status == .created else { return }
        await control.completeRuns()
        guard let cleanup = endpoint.cleanup, let id = response.json?["id"] else { return }
        let path = cleanup + (id.stringValue ?? id.intValue.map(String.init) ?? "") + "/"
        _ = try await client.send(.delete, path, token: fixture.key)
    }

    static func fixture(_ client: any TestClientProtocol, _ control: EmulatorControl) async throws -> Fixture {
        let run = try await RunTests.fixture(client)
        let library = try #require(
            try await LibraryTests.create(client, run.key, name: "lib", namespace: "team", yaml: "version: '1.0'\n")
                .json?["id"]?.stringValue)
        let user = try #require(
            try await client.send(.post, "/api/users/", token: run.key, json: UsersTests.newUser("someone")).json?["id"]?
                .intValue)
        let started = try #require(try await RunTests.start(client, run).json?["id"]?.intValue)
        await control.completeRuns()
        let bundle = try await client.send(.get, "/api/export/v1/", token: run.key)
        #expect(bundle.status == .ok)
        return Fixture(
            key: run.key, connection: run.connection, ruleset: run.ruleset, library: library, user: user, run: started,
            bundle: Array(bundle.body.readableBytesView))
    }

    // MARK: Encoding and sending

    /// A request as bytes on the wire.
    struct Encoded {
        var method: HTTPRequest.Method
        var uri: String
        var headers: HTTPFields
        var body: [UInt8]?
    }

    static let boundary = "mutation-boundary-7391"

    static func send(_ request: Encoded, _ client: any TestClientProtocol) async throws -> TestResponse {
        try await client.execute(
            uri: request.uri, method: request.method, headers: request.headers, body: request.body.map { ByteBuffer(bytes: $0) })
    }

    static func encode(_ request: Request, key: String, query: String? = nil) throws -> Encoded {
        var headers: HTTPFields = [:]
        if request.authorized { headers[.authorization] = "Token \(key)" }
        let queryText = query ?? request.query.map { "\(escape($0.name))=\(escape($0.value))" }.joined(separator: "&")
        let uri = request.path + (queryText.isEmpty ? "" : "?\(queryText)")
        switch request.body {
        case .none:
            return Encoded(method: request.method, uri: uri, headers: headers, body: nil)
        case .json(let value):
            headers[.contentType] = "application/json"
            return Encoded(method: request.method, uri: uri, headers: headers, body: Array(try JSONEncoder().encode(value)))
        case .multipart(let fields, let file):
            headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
            return Encoded(method: request.method, uri: uri, headers: headers, body: multipart(fields, file))
        }
    }

    static func multipart(_ fields: [(name: String, value: String)], _ file: (field: String, contents: [UInt8])) -> [UInt8] {
        var body: [UInt8] = []
        for field in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field.name)\"\r\n\r\n\(field.value)\r\n".utf8)
        }
        body += Array(
            ("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"upload.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").utf8)
        body += file.contents + Array("\r\n--\(boundary)--\r\n".utf8)
        return body
    }

    private static let unreserved = CharacterSet(charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    // MARK: Mutations

    /// Values that replace a query value, form field or path segment.
    static let values = [
        "", "-1", "0", "-0", "1.5", "1e300", "-1e300", "inf", "NaN", "9223372036854775807", "9223372036854775808",
        "99999999999999999999999", "true", "null", "[]", "{}", "../..", "💥", "ünï", "a b", "%", "\u{0}",
        String(repeating: "x", count: 5_000),
    ]

    /// Raw query texts, sent unescaped.
    static let rawQueries = [
        "&", "=", "&&=&", "limit", "limit=", "=10", "limit=10&limit=-5", "offset=%zz", "%", "%FF%FE", "a=%00",
        "limit=1&offset=99999999999999999999", "run_status=%E2%82", "+++=+++",
    ]

    static func mutate(
        _ request: Request, key: String, using generator: inout SeededGenerator
    ) throws -> (Encoded, String) {
        var request = request
        switch (request.body, Int.random(in: 0..<10, using: &generator)) {
        case (_, 0...1) where request.query.isEmpty == false || request.body.isNone:
            if Bool.random(using: &generator) {
                let raw = rawQueries.randomElement(using: &generator) ?? "&"
                return (try encode(request, key: key, query: raw), "query '\(raw)'")
            }
            return mutateQuery(request, key: key, using: &generator)
        case (_, 2) where request.path.split(separator: "/").count > 2:
            var segments = request.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            let index = segments.count - 2
            let value = values.randomElement(using: &generator) ?? ""
            segments[index] = escape(value)
            request.path = segments.joined(separator: "/")
            return (try encode(request, key: key), "path segment '\(value.prefix(40))'")
        case (.json(let value), _):
            let mutation = try JSONMutator(JSONEncoder().encode(value)).mutation(using: &generator)
            var encoded = try encode(request, key: key)
            encoded.body = Array(mutation.data)
            return (encoded, "JSON body \(mutation.summary)")
        case (.multipart(let fields, let file), let choice):
            var encoded = try encode(request, key: key)
            switch choice {
            case 3...4:
                let (bytes, summary) = ByteMutator.mutate(encoded.body ?? [], using: &generator)
                encoded.body = bytes
                return (encoded, "multipart bytes \(summary)")
            case 5...6:
                let contents: [UInt8]
                let summary: String
                if let mutator = try? JSONMutator(Data(file.contents)) {
                    let mutation = mutator.mutation(using: &generator)
                    (contents, summary) = (Array(mutation.data), mutation.summary)
                } else {
                    (contents, summary) = ByteMutator.mutate(file.contents, using: &generator)
                }
                encoded.body = multipart(fields, (file.field, contents))
                return (encoded, "file contents \(summary)")
            case 7 where !fields.isEmpty:
                var fields = fields
                let index = Int.random(in: 0..<fields.count, using: &generator)
                fields[index].value = values.randomElement(using: &generator) ?? ""
                encoded.body = multipart(fields, file)
                return (encoded, "field \(fields[index].name) = '\(fields[index].value.prefix(40))'")
            default:
                let contentType = [
                    "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\(boundary)\"",
                    "multipart/form-data; boundary=other", "application/json", "text/plain",
                    "multipart/form-data; boundary=\(boundary); boundary=x",
                ].randomElement(using: &generator) ?? ""
                encoded.headers[.contentType] = contentType
                return (encoded, "content type '\(contentType)'")
            }
        default:
            return mutateQuery(request, key: key, using: &generator)
        }
    }

    static func mutateQuery(
        _ request: Request, key: String, using generator: inout SeededGenerator
    ) -> (Encoded, String) {
        var request = request
        let summary: String
        if request.query.isEmpty || Int.random(in: 0..<4, using: &generator) == 0 {
            let name = ["limit", "offset", "run_status", "name_exact", "force", "log_service", "upsert", "x"]
                .randomElement(using: &generator) ?? "x"
            let value = values.randomElement(using: &generator) ?? ""
            request.query.append((name, value))
            summary = "added \(name)='\(value.prefix(40))'"
        } else {
            let index = Int.random(in: 0..<request.query.count, using: &generator)
            if Bool.random(using: &generator) {
                request.query[index].value = values.randomElement(using: &generator) ?? ""
                summary = "\(request.query[index].name)='\(request.query[index].value.prefix(40))'"
            } else {
                summary = "removed \(request.query.remove(at: index).name)"
            }
        }
        return ((try? encode(request, key: key)) ?? Encoded(method: request.method, uri: request.path, headers: [:]), summary)
    }
}

extension RequestMutationTests.Request.Body {
    var isNone: Bool {
        if case .none = self { true } else { false }
    }
}
