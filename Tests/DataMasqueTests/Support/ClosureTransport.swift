import DataMasque
import Foundation
import NIOHTTP1
import Synchronization

/// A transport answering from a closure and recording every request it sees.
final class ClosureTransport: DataMasqueTransport {
    private let handler: @Sendable (DataMasqueRequest) async throws -> DataMasqueResponse
    private let recorded = Mutex<[DataMasqueRequest]>([])

    init(_ handler: @escaping @Sendable (DataMasqueRequest) async throws -> DataMasqueResponse) {
        self.handler = handler
    }

    var requests: [DataMasqueRequest] { recorded.withLock { $0 } }

    func send(_ request: DataMasqueRequest, timeout: Duration) async throws -> DataMasqueResponse {
        recorded.withLock { $0.append(request) }
        return try await handler(request)
    }
}

extension DataMasqueResponse {
    static func json(_ status: Int, _ text: String, headers: HTTPHeaders = [:]) -> DataMasqueResponse {
        var headers = headers
        headers.add(name: "Content-Type", value: "application/json")
        return DataMasqueResponse(status: status, headers: headers, body: Data(text.utf8))
    }
}

extension DataMasqueClient.Configuration {
    static func test(spcsPAT: String? = nil, retryPolicy: RetryPolicy = .none) throws -> Self {
        try Self(
            baseURL: "https://dm.example.com", username: "admin", password: "s3cret-pass",
            spcsPAT: spcsPAT, retryPolicy: retryPolicy)
    }
}

/// A response that logs in successfully with a fixed key.
let loginOK = DataMasqueResponse.json(200, #"{"id": 1, "key": "0123456789abcdef0123456789abcdef01234567"}"#)
