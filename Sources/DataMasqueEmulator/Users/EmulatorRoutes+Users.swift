import DataMasque
import Foundation
import Hummingbird

extension EmulatorRoutes {
    /// Users: a bare-array list including inactive users, CRUD by integer id, password reset,
    /// the caller's own account, and the one-time admin install.
    ///
    /// Who may call them is decided by ``AccessPolicy``.
    func addUserRoutes(to router: Router<Context>) {
        router.endpoint(
            "/api/users/",
            [
                .get: { _, _ in .json(.array(await state.transact { $0.users.all.map { $0.json() } })) },
                .post: { request, _ in
                    let body = try await request.jsonObject()
                    return .json(try await state.transact { try $0.users.create(body) }.json(), status: .created)
                },
            ])
        router.endpoint(
            "/api/users/me/",
            [
                .get: { request, _ in
                    let key = request.presentedTokenKey ?? ""
                    let user = try await state.transact { state in
                        guard let id = state.tokens.userID(of: key, now: Date()) else { throw APIError.notFound }
                        return try state.users.user(id: id)
                    }
                    return .json(user.json(withAPIToken: true))
                }
            ])
        router.endpoint(
            "/api/users/admin-install/",
            [
                .post: { request, _ in
                    let body = try await request.jsonObject()
                    return .json(
                        try await state.transact { try $0.users.installAdmin(body) }.json(), status: .created)
                }
            ])
        addUserRoutesByID(to: router)
    }

    private func addUserRoutesByID(to router: Router<Context>) {
        router.endpoint(
            "/api/users/:id/",
            [
                .get: { _, context in
                    let id = try Self.userID(context)
                    return .json(try await state.transact { try $0.users.user(id: id) }.json())
                },
                .patch: { request, context in
                    let (id, body) = (try Self.userID(context), try await request.jsonObject())
                    let user = try await state.transact { state in
                        let user = try state.users.patch(id: id, fields: body)
                        if !user.isActive { state.tokens.revokeAll(of: id) }
                        return user
                    }
                    return .json(user.json())
                },
                .delete: { _, context in
                    let id = try Self.userID(context)
                    try await state.transact { state in
                        try state.users.delete(id: id)
                        state.tokens.revokeAll(of: id)
                    }
                    return .noContent
                },
            ])
        router.endpoint(
            "/api/users/:id/reset-password/",
            [
                .post: { _, context in
                    let id = try Self.userID(context)
                    return .json(["password": .string(try await state.transact { try $0.users.resetPassword(id: id) })])
                }
            ])
    }

    /// The integer user id in the path; `404` when it is not a number.
    private static func userID(_ context: Context) throws -> Int {
        guard let id = Int(try context.parameters.require("id")) else { throw APIError.notFound }
        return id
    }
}
