import DataMasque
import Foundation
import HTTPTypes
import Hummingbird

/// A refusal the simulated SPCS gateway answers itself; DataMasque never sees the request.
struct GatewayRejection: Equatable {
    var status: HTTPResponse.Status
    var responseType: String
    var detail: String

    static let missingToken = Self(
        status: .unauthorized, responseType: "ERROR_MISSING_TOKEN", detail: "Unauthorized request")
    static let invalidToken = Self(status: .unauthorized, responseType: "ERROR_INVALID_TOKEN", detail: "Invalid token")
    static let expiredToken = Self(
        status: .unauthorized, responseType: "ERROR_EXPIRED_TOKEN", detail: "The token has expired")
    static let networkPolicy = Self(
        status: .forbidden, responseType: "ERROR_NETWORK_POLICY", detail: "Request failed network policy check")

    var response: Response {
        .json(
            [
                "responseType": .string(responseType), "requestId": .string(UUID().uuidString.lowercased()),
                "detail": .string(detail),
            ],
            status: status)
    }
}
