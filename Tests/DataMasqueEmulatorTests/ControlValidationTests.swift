import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DataMasqueEmulator

/// Control requests with values out of range get `400` naming the field and its range, not a crash.
@Suite struct ControlValidationTests {
    @Test(arguments: [
        ("/_emulator/faults", "status", JSONValue.int(1000), "status must be a whole number between 200 and 599."),
        ("/_emulator/faults", "status", .int(-1), "status must be a whole number between 200 and 599."),
        ("/_emulator/faults", "latency_ms", .double(1e300), "latency_ms must be a whole number between 0 and 600000."),
        ("/_emulator/starting-up", "seconds", .double(1e300), "seconds must be a number between 0 and 86400."),
        ("/_emulator/starting-up", "seconds", .int(-5), "seconds must be a number between 0 and 86400."),
        ("/_emulator/starting-up", "requests", .int(-1), "requests must be a whole number between 0 and 86400."),
        ("/_emulator/clock/advance", "seconds", .int(Int.max), "seconds must be a number between 0 and 315360000."),
        ("/_emulator/clock/advance", "seconds", .double(.greatestFiniteMagnitude),
            "seconds must be a number between 0 and 315360000."),
        ("/_emulator/runs/advance", "steps", .int(Int.max), "steps must be a whole number between 0 and 1000000."),
    ])
    func anOutOfRangeValueIsRefusedWithItsRange(path: String, field: String, value: JSONValue, message: String)
        async throws
    {
        try await withTestEmulator { client, control throws in
            let response = try await client.send(.post, path, json: .object([field: value]))
            #expect(response.status == .badRequest)
            #expect(response.json == .object([field: [.string(message)]]))
            #expect(try await client.send(.get, "/api/healthcheck/").status == .ok)
        }
    }

    @Test func inRangeValuesStillWork() async throws {
        try await withTestEmulator { client, _ throws in
            for (path, body) in [
                ("/_emulator/clock/advance", ["seconds": 1.5]), ("/_emulator/starting-up", ["seconds": 0.001]),
                ("/_emulator/faults", ["status": 599, "count": 0]),
            ] as [(String, JSONValue)] {
                #expect(try await client.send(.post, path, json: body).status == .noContent)
            }
        }
    }

    @Test func anOutOfRangeStatusGivenInSwiftAnswers500() async throws {
        try await withTestEmulator { client, control throws in
            await control.injectFault(EmulatorFault(status: 1000))
            #expect(try await client.send(.get, "/api/healthcheck/").status == .internalServerError)
        }
    }
}

/// A JSON body over the emulator's size limit gets `413`, even without a token,
/// and the body is read once for the request record and the handler alike.
@Suite struct RequestBodyLimitTests {
    @Test func anOversizeUnauthenticatedJSONBodyIsAnswered413() async throws {
        let state = EmulatorState(configuration: EmulatorConfiguration())
        let router = Router()
        router.add(middleware: RequestRecorderMiddleware(state: state, maximumBodySize: 1024))
        router.add(middleware: DRFErrorMiddleware())
        router.add(middleware: TokenAuthMiddleware(state: state))
        router.post("/api/connections/") { request, _ -> Response in
            Response.json(.object(try await request.jsonObject()), status: .created)
        }
        try await Application(router: router).test(.live) { client in
            let body = ByteBuffer(string: "{\"name\": \"" + String(repeating: "a", count: 2048) + "\"}")
            let response = try await client.execute(
                uri: "/api/connections/", method: .post, headers: [.contentType: "application/json"], body: body)
            #expect(response.status == .contentTooLarge)
            #expect(response.json == ["detail": "The request body is larger than 1024 bytes."])
            #expect(await state.recorded.first?.status == 413)
        }
    }

    @Test func aBodyWithinTheLimitIsReadByTheRecordAndTheHandler() async throws {
        let state = EmulatorState(configuration: EmulatorConfiguration())
        let router = Router()
        router.add(middleware: RequestRecorderMiddleware(state: state, maximumBodySize: 1024))
        router.post("/echo/") { request, _ -> Response in Response.json(.object(try await request.jsonObject())) }
        try await Application(router: router).test(.live) { client in
            let response = try await client.execute(
                uri: "/echo/", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: "{\"name\": \"x\"}"))
            #expect(response.json == ["name": "x"])
            #expect(await state.recorded.first?.body == ["name": "x"])
        }
    }
}
