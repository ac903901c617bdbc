import DataMasque
import Foundation
import Hummingbird
import NIOCore

extension EmulatorRoutes {
    /// Connections: a bare-array list, CRUD by UUID, and a connection test that always succeeds.
    func addConnectionRoutes(to router: Router<Context>) {
        router.endpoint(
            "/api/connections/",
            [
                .get: { _, _ in
                    Self.jsonArray(await state.transact { $0.connections.encoded })
                },
                .post: { request, _ in
                    let body = try await request.jsonObject()
                    return .json(
                        .object(try await state.transact { try $0.connections.create(body) }), status: .created)
                },
            ])
        router.endpoint(
            "/api/connections/:id/",
            [
                .get: { _, context in
                    let id = try context.parameters.require("id")
                    return .json(.object(try await state.transact { try $0.connections.connection(id: id) }))
                },
                .put: { request, context in
                    let (id, body) = (try context.parameters.require("id"), try await request.jsonObject())
                    return .json(.object(try await state.transact { try $0.connections.replace(id: id, with: body) }))
                },
                .patch: { request, context in
                    let (id, body) = (try context.parameters.require("id"), try await request.jsonObject())
                    return .json(.object(try await state.transact { try $0.connections.patch(id: id, fields: body) }))
                },
                .delete: { _, context in
                    let id = try context.parameters.require("id")
                    try await state.transact { try $0.connections.delete(id: id) }
                    return .noContent
                },
            ])
        router.endpoint(
            "/api/connections/:id/test/",
            [
                .post: { _, context in
                    let id = try context.parameters.require("id")
                    _ = try await state.transact { try $0.connections.connection(id: id) }
                    return .json([:])
                }
            ])
    }

    /// A `200` JSON array of elements already encoded, copied into one buffer outside the state actor.
    private static func jsonArray(_ elements: [Data]) -> Response {
        var body = ByteBuffer()
        body.reserveCapacity(elements.reduce(2) { $0 + $1.count + 1 })
        body.writeStaticString("[")
        for (index, element) in elements.enumerated() {
            if index > 0 { body.writeStaticString(",") }
            body.writeBytes(element)
        }
        body.writeStaticString("]")
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: body))
    }
}
