@testable import DataMasque
import Foundation
import Testing

@Suite("Users: model")
struct UserModelTests {
    @Test("the §19 S11 list decodes, inactive and role-less users included")
    func listSample() throws {
        let users = try decodeJSON([User].self, UserRequestTests.s11)
        #expect(users.map(\.id) == [1, 2, 4, 5])
        #expect(users.map(\.isActive) == [true, true, false, true])
        #expect(users[0].roles == [.admin])
        #expect(users[3].roles.isEmpty)
        #expect(users.allSatisfy { $0.password == nil })
    }

    @Test("a create response without is_active, an id as a string, a null flag and an unknown role all decode")
    func lenient() throws {
        let user = try decodeJSON(
            User.self, #"{"id": "7", "username": "u", "email": "u@example.com", "user_roles": ["mask_builder", "auditor"], "is_active": null}"#)
        #expect(user.id == 7)
        #expect(user.isActive == nil)
        #expect(user.roles == [.maskBuilder, .unknown("auditor")])
        let encoded = try JSONDecoder().decode(JSONValue.self, from: try WireJSON.encoder().encode(user))
        #expect(encoded["user_roles"] == ["mask_builder", "auditor"])
    }

    @Test("the password is never encoded, described or dumped")
    func passwordStaysLocal() throws {
        let user = User(username: "u", email: "u@example.com", roles: [.admin], id: 3, isActive: true, password: "Sup3r-S3cret")
        let encoded = try JSONDecoder().decode(JSONValue.self, from: try WireJSON.encoder().encode(user))
        #expect(encoded == ["username": "u", "email": "u@example.com", "user_roles": ["admin"], "id": 3, "is_active": true])
        var dumped = ""
        dump(user, to: &dumped)
        for text in [user.description, String(describing: user), String(reflecting: user), dumped] {
            #expect(!text.contains("Sup3r-S3cret"))
        }
    }
}
