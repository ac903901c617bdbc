@testable import DataMasque
import NIOHTTP1
import Testing

@Suite("SPCS gateway rejection recognition")
struct SPCSGatewayRecognitionTests {
    static let gatewayBody =
        #"{"responseType": "ERROR_INVALID_TOKEN", "requestId": "12345678-1234-1234-1234-123456789abc", "detail": "Invalid token"}"#

    static func response(_ status: Int, _ body: String, headers: HTTPHeaders = ["Server": "_"]) -> DataMasqueResponse {
        .json(status, body, headers: headers)
    }

    @Test("status, header signature and body shape together are a rejection", arguments: [401, 403])
    func recognised(status: Int) throws {
        let rejection = try #require(SPCSGatewayRejection(response: Self.response(status, Self.gatewayBody)))
        #expect(rejection.status == status)
        #expect(rejection.responseType == "ERROR_INVALID_TOKEN")
        #expect(rejection.requestID == "12345678-1234-1234-1234-123456789abc")
        #expect(rejection.detail == "Invalid token")
    }

    @Test("an sfc-ss- cookie is enough of a header signature")
    func cookieSignature() {
        let headers: HTTPHeaders = ["Set-Cookie": "other=1", "Set-Cookie": "sfc-ss-abc=xyz; Path=/"]
        #expect(SPCSGatewayRejection(response: Self.response(401, Self.gatewayBody, headers: headers)) != nil)
    }

    @Test("a padded Server header still matches")
    func paddedServer() {
        #expect(SPCSGatewayRejection(response: Self.response(401, Self.gatewayBody, headers: ["Server": " _ "])) != nil)
    }

    @Test("not a rejection without the gateway's headers")
    func noSignature() {
        #expect(SPCSGatewayRejection(response: Self.response(401, Self.gatewayBody, headers: ["Server": "nginx"])) == nil)
    }

    @Test("not a rejection for other statuses", arguments: [200, 400, 404, 500, 502])
    func otherStatus(status: Int) {
        #expect(SPCSGatewayRejection(response: Self.response(status, Self.gatewayBody)) == nil)
    }

    @Test(
        "not a rejection when the body has another shape",
        arguments: [
            #"{"detail": "Invalid token."}"#,
            #"{"responseType": "error_invalid", "requestId": "12345678-1234-1234-1234-123456789abc", "detail": "x"}"#,
            #"{"responseType": "ERROR_X", "requestId": "12345678-1234-1234-1234-123456789abc", "detail": "x"}"#,
            #"{"responseType": "ERROR_INVALID", "requestId": "not-a-uuid", "detail": "x"}"#,
            #"{"responseType": "ERROR_INVALID", "requestId": "12345678-1234-1234-1234-123456789abc", "detail": 3}"#,
            #"{"responseType": "ERROR_INVALID", "requestId": "12345678-1234-1234-1234-123456789abc"}"#,
            "<html>Unauthorized</html>",
            "[]",
        ])
    func otherShapes(body: String) {
        #expect(SPCSGatewayRejection(response: Self.response(401, body)) == nil)
    }

    @Test("an upper-case request id matches")
    func upperCaseRequestID() {
        let body = #"{"responseType": "ERROR_EXPIRED", "requestId": "ABCDEF12-1234-1234-1234-123456789ABC", "detail": "x"}"#
        #expect(SPCSGatewayRejection(response: Self.response(401, body)) != nil)
    }

    @Test(
        "the likely cause follows the detail, first match wins",
        arguments: [
            ("Request failed network policy check", SPCSGatewayRejection.LikelyCause.networkPolicy),
            ("Invalid token supplied", .invalidToken),
            ("The token has expired", .expiredToken),
            ("Unauthorized request", .authenticationRejected),
            ("Authentication failed", .authenticationRejected),
            ("Something else", .unknown),
            ("Invalid expired token", .invalidToken),
        ])
    func likelyCause(detail: String, cause: SPCSGatewayRejection.LikelyCause) {
        let rejection = SPCSGatewayRejection(status: 401, responseType: "ERROR_X1", requestID: "id", detail: detail)
        #expect(rejection.likelyCause == cause)
        #expect(!rejection.hint.isEmpty)
    }
}
