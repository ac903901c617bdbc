@testable import DataMasque
import Foundation
import Testing

@Suite("Users: requests")
struct UserRequestTests {
    static let s11 = """
        [{"id": 1, "username": "admin", "is_active": true, "email": "admin@example.com", "user_roles": ["admin"]},
         {"id": 2, "username": "builder", "is_active": true, "email": "builder@example.com", "user_roles": ["mask_builder"]},
         {"id": 4, "username": "disabled", "is_active": false, "email": "disabled@example.com", "user_roles": ["mask_builder"]},
         {"id": 5, "username": "no_role", "is_active": true, "email": "no_role@example.com", "user_roles": []}]
        """
    static let libraryBuilder = User(
        username: "lib_builder", email: "lib@example.com", roles: [.maskBuilder, .rulesetLibraryManagers])
    static let created = DataMasqueResponse.json(
        201, #"{"id": 1, "email": "lib@example.com", "username": "lib_builder", "user_roles": ["mask_builder", "ruleset_library_managers"]}"#)

    @Test("list keeps only active users")
    func listDropsInactive() async throws {
        let server = try ResponderServer(routes: ["GET /api/users/": .json(200, Self.s11)])
        let users = try await server.client.users.list()
        #expect(users.map(\.username) == ["admin", "builder", "no_role"])
    }

    @Test("create sends the user with a generated temporary password twice and returns it")
    func createWithTemporaryPassword() async throws {
        let server = try ResponderServer(routes: ["POST /api/users/": Self.created])
        let user = try await server.client.users.create(Self.libraryBuilder)
        let body = try await ResponderServer.json(of: try #require(server.requests.first))
        let temporary = try #require(body["password"]?.stringValue)
        #expect(temporary.count == 16)
        #expect(body["re_password"]?.stringValue == temporary)
        #expect(body["username"] == "lib_builder" && body["email"] == "lib@example.com")
        #expect(body["user_roles"] == ["mask_builder", "ruleset_library_managers"])
        #expect(body["id"] == nil)
        #expect(user.id == 1)
        #expect(user.password == temporary)
        #expect(server.requests.count == 1)
    }

    @Test("create with a password changes the temporary one with exactly the three password-change fields")
    func createWithPassword() async throws {
        let server = try ResponderServer(routes: [
            "POST /api/users/": Self.created,
            "PATCH /api/users/1/": .json(200, #"{"id": 1, "username": "lib_builder", "email": "lib@example.com", "user_roles": ["mask_builder"]}"#),
        ])
        let user = try await server.client.users.create(Self.libraryBuilder, password: "Chosen-Pass-4821")
        #expect(server.requests.map(\.summary.description) == ["POST /api/users/", "PATCH /api/users/1/"])
        let temporary = try await ResponderServer.json(of: server.requests[0])["password"]
        let change = try #require(try await ResponderServer.json(of: server.requests[1]).objectValue)
        #expect(change == [
            "current_password": try #require(temporary), "new_password": "Chosen-Pass-4821", "re_new_password": "Chosen-Pass-4821",
        ])
        #expect(user.password == "Chosen-Pass-4821")
    }

    @Test("create deletes the new user again when the server refuses the chosen password")
    func createRollsBack() async throws {
        let server = try ResponderServer(routes: [
            "POST /api/users/": Self.created,
            "PATCH /api/users/1/": .json(400, #"{"new_password": ["This password is too short."]}"#),
            "DELETE /api/users/1/": DataMasqueResponse(status: 204),
        ])
        let error = await #expect(throws: DataMasqueError.self) {
            try await server.client.users.create(Self.libraryBuilder, password: "short")
        }
        #expect(error?.code == .api)
        #expect(error?.response?.status == 400)
        #expect(server.requests.map(\.summary.description).last == "DELETE /api/users/1/")
    }

    @Test("role rules fail before any request", arguments: [[], [UserRole.rulesetLibraryManagers], [.maskRunner, .rulesetLibraryManagers]])
    func roleRules(roles: [UserRole]) async throws {
        let server = try ResponderServer(routes: [:])
        let user = User(username: "u", email: "u@example.com", roles: roles, id: 3)
        let created = await #expect(throws: DataMasqueError.self) { try await server.client.users.create(user) }
        let updated = await #expect(throws: DataMasqueError.self) { try await server.client.users.update(user) }
        #expect(created?.code == .configuration && updated?.code == .configuration)
        #expect(server.transport.requests.isEmpty)
    }

    @Test("update patches the user's fields without any password; it needs an id")
    func update() async throws {
        let server = try ResponderServer(routes: [
            "PATCH /api/users/2/": .json(200, #"{"id": 2, "username": "builder", "email": "new@example.com", "user_roles": ["mask_builder"], "is_active": true}"#),
        ])
        var user = User(username: "builder", email: "new@example.com", roles: [.maskBuilder], id: 2, password: "known")
        let stored = try await server.client.users.update(user)
        let body = try await ResponderServer.json(of: try #require(server.requests.first))
        #expect(body == ["id": 2, "username": "builder", "email": "new@example.com", "user_roles": ["mask_builder"]])
        #expect(stored.isActive == true && stored.password == "known")

        user.id = nil
        let error = await #expect(throws: DataMasqueError.self) { try await server.client.users.update(user) }
        #expect(error?.code == .configuration)
    }

    @Test("reset-password posts no body and returns the server's temporary password")
    func resetPassword() async throws {
        let server = try ResponderServer(routes: ["POST /api/users/2/reset-password/": .json(200, #"{"password": "temp_password1"}"#)])
        let user = User(username: "builder", email: "b@example.com", roles: [.maskBuilder], id: 2)
        #expect(try await server.client.users.resetPassword(for: user) == "temp_password1")
        guard case .empty = try #require(server.requests.first).body else { Issue.record("expected no body"); return }

        let error = await #expect(throws: DataMasqueError.self) {
            try await server.client.users.resetPassword(for: User(username: "x", email: "x@example.com", roles: [.admin]))
        }
        #expect(error?.code == .configuration)
    }

    @Test("delete by username removes active matches only, and a 404 counts as deleted")
    func deleteByUsername() async throws {
        let server = try ResponderServer(routes: [
            "GET /api/users/": .json(200, Self.s11),
            "DELETE /api/users/2/": .json(404, #"{"detail": "Not found."}"#),
        ])
        try await server.client.users.deleteIfExists(username: "builder")
        try await server.client.users.deleteIfExists(username: "disabled")
        #expect(server.requests.map(\.summary.description) == ["GET /api/users/", "DELETE /api/users/2/", "GET /api/users/"])
    }
}

extension ResponderServer {
    /// A server answering `"METHOD /path/"` keys, and `404` to anything else,
    /// for the user, file, licence and settings request tests.
    init(routes: [String: DataMasqueResponse]) throws {
        try self.init { routes[$0.summary.description] ?? .json(404, #"{"detail": "Not found."}"#) }
    }

    /// The bytes of a request body, draining a stream.
    static func body(of request: DataMasqueRequest) async throws -> Data {
        switch request.body {
        case .empty: return Data()
        case .data(let data, _): return data
        case .stream(_, _, let makeChunks):
            var data = Data()
            for try await chunk in try makeChunks() { data.append(chunk) }
            return data
        }
    }

    /// A request's JSON body.
    static func json(of request: DataMasqueRequest) async throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: try await body(of: request))
    }

    /// A request's multipart body as text.
    static func form(of request: DataMasqueRequest) async throws -> String {
        String(decoding: try await body(of: request), as: UTF8.self)
    }
}
