/// The reason a DataMasque error body gives, in one line.
///
/// Reads DRF's `{"detail": "…"}`, in-flight masking's `{"error": "…"}` and `{"detail": [{loc, msg}]}`,
/// `{"message": "…"}`, and field errors such as `{"name": ["…"]}`.
struct ServerReason {
    let text: String

    init?(response: DataMasqueResponse) {
        guard let body = response.json?.objectValue else { return nil }
        if let detail = body["detail"]?.stringValue {
            text = detail
        } else if let items = body["detail"]?.arrayValue, !items.isEmpty {
            text = items.compactMap(Self.describeFieldProblem).joined(separator: "; ")
        } else if let error = body["error"]?.stringValue {
            text = error
        } else if let message = body["message"]?.stringValue {
            text = message
        } else {
            let fieldErrors = body.keys.sorted().flatMap { key in
                (body[key]?.arrayValue ?? []).compactMap { item -> String? in
                    guard let message = item.stringValue ?? item["message"]?.stringValue else { return nil }
                    return key == "non_field_errors" ? message : "\(key): \(message)"
                }
            }
            guard !fieldErrors.isEmpty else { return nil }
            text = fieldErrors.joined(separator: "; ")
        }
    }

    private static func describeFieldProblem(_ item: JSONValue) -> String? {
        guard let message = item["msg"]?.stringValue else { return item.stringValue }
        let location = (item["loc"]?.arrayValue ?? [])
            .compactMap { $0.stringValue ?? $0.intValue.map(String.init) }
            .filter { $0 != "body" }
        return location.isEmpty ? message : "\(location.joined(separator: ".")): \(message)"
    }
}
