import Foundation
public import NIOHTTP1

extension DataMasqueClient {
    /// Sends a request to any endpoint, with the client's authentication, retries and error handling.
    ///
    /// Use it for endpoints this package does not wrap yet;
    /// prefer the resource groups, such as ``runs``, which check their input and decode typed models.
    ///
    /// ```swift
    /// let response = try await client.send(.GET, "/api/users/me/")
    /// let me = response.json
    /// ```
    ///
    /// - Parameters:
    ///   - method: The HTTP method.
    ///   - path: A path such as `/api/connections/`, resolved against the base URL, or an absolute URL.
    ///   - query: Query parameters; those whose value is `nil` are left out.
    ///   - body: The request body.
    ///   - requiresAuthorization: Whether to attach DataMasque's token (and re-login once on a `401`).
    ///   - checkStatus: Whether a status of 400 or more throws.
    ///   - operation: A name for the request in logs.
    /// - Returns: The response, whose status is below 400 when `checkStatus` is true.
    /// - Throws: ``DataMasqueError``: ``DataMasqueError/Code/api`` for an error status,
    ///   ``DataMasqueError/Code/notReady`` for `502`, ``DataMasqueError/Code/transport`` without a response.
    public func send(
        _ method: HTTPMethod,
        _ path: String,
        query: [(String, String?)] = [],
        body: RequestBody = .empty,
        requiresAuthorization: Bool = true,
        checkStatus: Bool = true,
        operation: String = "request"
    ) async throws -> DataMasqueResponse {
        try await core.exchange(
            method, path, query: query, body: body, requiresAuthorization: requiresAuthorization,
            checkStatus: checkStatus, operation: operation
        ).response
    }

    /// Sends a request and decodes its JSON response.
    func get<Value: Decodable>(
        _ type: Value.Type,
        _ path: String,
        query: [(String, String?)] = [],
        operation: String
    ) async throws -> Value {
        try await core.get(type, path, query: query, operation: operation)
    }

    /// Sends `value` as JSON and decodes the JSON response.
    func sendJSON<Value: Decodable>(
        _ method: HTTPMethod,
        _ path: String,
        query: [(String, String?)] = [],
        body: some Encodable,
        decoding type: Value.Type,
        operation: String
    ) async throws -> Value {
        try await core.sendJSON(method, path, query: query, body: body, decoding: type, operation: operation)
    }

    /// Deletes a resource, treating a `404` as already deleted.
    func deleteIfExists(_ path: String, query: [(String, String?)] = [], operation: String) async throws {
        let response = try await send(.DELETE, path, query: query, checkStatus: false, operation: operation)
        guard response.status != 404 else { return }
        _ = try Self.checked(response, for: .init(method: "DELETE", path: path))
    }

    /// Passes a successful response through; turns an error status into a ``DataMasqueError``.
    static func checked(
        _ response: DataMasqueResponse,
        for request: DataMasqueError.RequestSummary
    ) throws -> DataMasqueResponse {
        switch response.status {
        case ..<400:
            return response
        case 502:
            throw notReadyError(for: request)
        default:
            throw apiError(response, for: request)
        }
    }

    /// The error for a `502` while the server starts.
    static func notReadyError(for request: DataMasqueError.RequestSummary) -> DataMasqueError {
        DataMasqueError(
            code: .notReady,
            message: "DataMasque is not ready yet (HTTP 502 for \(request)); it is probably still starting up.",
            request: request
        )
    }

    /// The error for a response with an error status.
    static func apiError(
        _ response: DataMasqueResponse,
        for request: DataMasqueError.RequestSummary,
        code: DataMasqueError.Code = .api,
        prefix: String? = nil
    ) -> DataMasqueError {
        var message = "\(prefix ?? "\(request) failed") with HTTP \(response.status)"
        if let reason = ServerReason(response: response) { message += ": \(reason.text)" }
        return DataMasqueError(code: code, message: message, request: request, response: response)
    }

    /// Decodes a JSON response, naming the field and quoting the body when it does not fit.
    static func decode<Value: Decodable>(
        _ type: Value.Type,
        from response: DataMasqueResponse,
        for request: DataMasqueError.RequestSummary
    ) throws -> Value {
        do {
            return try WireJSON.decoder().decode(type, from: response.body)
        } catch let error as DecodingError {
            throw DecodingFailure(error).error(for: request, response: response)
        }
    }
}

extension DataMasqueClient.Configuration {
    /// The admin API, for building its URLs and requests.
    var root: ServiceRoot { ServiceRoot(baseURL) }

    /// A request to the admin API with the client's default headers.
    func request(
        _ method: HTTPMethod,
        _ path: String,
        query: [(String, String?)] = [],
        body: RequestBody = .empty,
        requiresAuthorization: Bool = true,
        operation: String
    ) -> DataMasqueRequest {
        root.request(
            method, path, query: query, body: body, requiresAuthorization: requiresAuthorization, operation: operation)
    }
}

extension RequestBody {
    /// `value` encoded as a JSON body, with DataMasque's date format.
    ///
    /// - Throws: `EncodingError` when `value` cannot be encoded.
    public static func json(_ value: some Encodable) throws -> RequestBody {
        .data(try WireJSON.encoder().encode(value), contentType: "application/json")
    }
}
