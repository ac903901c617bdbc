import Foundation

/// A rejection by the Snowflake SPCS ingress gateway, which DataMasque itself never saw.
///
/// Found in ``DataMasqueError/gatewayRejection``
/// when the error's code is ``DataMasqueError/Code/spcsGatewayRejected``.
public struct SPCSGatewayRejection: Hashable, Sendable {
    /// The HTTP status of the rejection: `401` or `403`.
    public var status: Int
    /// Snowflake's error type, such as `ERROR_INVALID_TOKEN`.
    public var responseType: String
    /// Snowflake's id for the rejected request; quote it to Snowflake support.
    public var requestID: String
    /// Snowflake's explanation.
    public var detail: String

    public init(status: Int, responseType: String, requestID: String, detail: String) {
        self.status = status
        self.responseType = responseType
        self.requestID = requestID
        self.detail = detail
    }

    /// The most likely cause, judged from ``detail``.
    public var likelyCause: LikelyCause {
        let text = detail.lowercased()
        if text.contains("network policy") { return .networkPolicy }
        if text.contains("invalid") && text.contains("token") { return .invalidToken }
        if text.contains("expired") { return .expiredToken }
        if text.contains("authentication") || text.contains("unauthorized") { return .authenticationRejected }
        return .unknown
    }

    /// One line of advice for ``likelyCause``.
    public var hint: String { likelyCause.hint }

    /// Why a Snowflake gateway may reject a Programmatic Access Token.
    public enum LikelyCause: String, Hashable, Sendable, CaseIterable {
        /// No network policy on the PAT's user admits this machine's public IP address.
        case networkPolicy
        /// The PAT is malformed, revoked or unknown.
        case invalidToken
        /// The PAT is past its expiry.
        case expiredToken
        /// The gateway refused the PAT without saying why.
        case authenticationRejected
        /// The detail matches no known cause.
        case unknown

        /// One line of advice for this cause.
        public var hint: String {
            switch self {
            case .networkPolicy:
                "Add a network policy to the PAT's Snowflake user that allows this machine's public IP address."
            case .invalidToken:
                "The PAT is malformed, revoked or expired; issue a new one in Snowflake."
            case .expiredToken:
                "The PAT has expired; issue a new one in Snowflake."
            case .authenticationRejected:
                "Check that the PAT's user may use this service and that the account's network policy admits this IP address."
            case .unknown:
                "See the detail above and Snowflake's documentation on programmatic access tokens."
            }
        }
    }
}

extension SPCSGatewayRejection {
    /// Recognises a gateway rejection: status, header signature and body shape must all match.
    ///
    /// A DataMasque error passed through the gateway (`{"detail": "…"}`) is not a rejection.
    init?(response: DataMasqueResponse) {
        guard response.status == 401 || response.status == 403 else { return nil }
        let fromGateway =
            response.headers["Server"].contains { $0.trimmingCharacters(in: .whitespaces) == "_" }
            || response.headers["Set-Cookie"].contains { $0.contains("sfc-ss-") }
        guard fromGateway,
            let body = response.json?.objectValue,
            let responseType = body["responseType"]?.stringValue,
            let requestID = body["requestId"]?.stringValue,
            let detail = body["detail"]?.stringValue,
            Self.matches(responseType, "^ERROR_[A-Z][A-Z0-9_]+\\n?$", caseInsensitive: false),
            Self.matches(
                requestID, "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\n?$", caseInsensitive: true)
        else { return nil }
        self.init(status: response.status, responseType: responseType, requestID: requestID, detail: detail)
    }

    private static func matches(_ text: String, _ pattern: String, caseInsensitive: Bool) -> Bool {
        var options: String.CompareOptions = [.regularExpression]
        if caseInsensitive { options.insert(.caseInsensitive) }
        return text.range(of: pattern, options: options) != nil
    }

    /// The error thrown for this rejection.
    func error(for request: DataMasqueRequest) -> DataMasqueError {
        DataMasqueError(
            code: .spcsGatewayRejected,
            message: "The Snowflake SPCS gateway rejected \(request.summary) before it reached DataMasque "
                + "(HTTP \(status), \(responseType)): \(detail) [request id \(requestID)]. Likely cause: \(hint)",
            request: request.summary,
            gatewayRejection: self
        )
    }
}
