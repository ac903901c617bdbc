import DataMasque
import Hummingbird

extension EmulatorRoutes {
    /// `POST /_emulator/users`, which adds a user
    /// as ``EmulatorControl/addUser(username:password:roles:email:isActive:)`` does,
    /// and `GET /_emulator/users`, which lists them.
    func addUserControlRoutes(to router: Router<Context>) {
        let control = EmulatorControl(state: state)
        router.endpoint(
            "/_emulator/users",
            [
                .get: { _, _ in .json(.array(await control.users)) },
                .post: { request, _ in
                    let body = try await request.jsonObject()
                    guard let username = body["username"]?.stringValue, let password = body["password"]?.stringValue
                    else { throw APIError.fields(["username": ["Expected username and password strings."]]) }
                    let id = await control.addUser(
                        username: username, password: password,
                        roles: body["user_roles"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                        email: body["email"]?.stringValue, isActive: body["is_active"]?.boolValue ?? true)
                    return .json(["id": .int(id)], status: .created)
                },
            ])
    }
}
