import Foundation

/// Describes a `DecodingError` by the path of the field that did not fit.
struct DecodingFailure {
    let underlying: DecodingError

    init(_ error: DecodingError) { underlying = error }

    /// The field path, such as `[2].dynamo_default_sse.selection`, or `(root)`.
    var fieldPath: String {
        let path: [any CodingKey]
        switch underlying {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        @unknown default: path = []
        }
        let text = path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
        return text.isEmpty ? "(root)" : String(text.drop { $0 == "." })
    }

    var problem: String {
        switch underlying {
        case .keyNotFound: "is missing"
        case .typeMismatch(let type, _): "is not a \(type)"
        case .valueNotFound(let type, _): "is null where a \(type) is required"
        case .dataCorrupted(let context): "is invalid: \(context.debugDescription)"
        @unknown default: "does not fit"
        }
    }

    func error(for request: DataMasqueError.RequestSummary, response: DataMasqueResponse) -> DataMasqueError {
        DataMasqueError(
            code: .decoding,
            message: "The response to \(request) does not fit: field '\(fieldPath)' \(problem). "
                + "Body: \(WireJSON.excerpt(of: response.body))",
            request: request,
            response: response,
            underlyingError: underlying
        )
    }
}
