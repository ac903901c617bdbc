import Foundation
import DataMasque

/// The server-wide settings, starting with locality `en_US` and no AI Engine.
struct SettingsStore {
    typealias Object = [String: JSONValue]

    private(set) var values: Object = ["locality": "en_US", "dm_ai_engine_url": ""]

    /// Changes the settings named in `body`; other members are ignored.
    ///
    /// `locality` must look like `en_GB`;
    /// `dm_ai_engine_url` must be an `http` or `https` URL, or empty or `null` for none.
    ///
    /// - Throws: ``APIError`` `400` naming each bad field; nothing changes then.
    mutating func patch(_ body: Object) throws -> Object {
        var errors: [String: [String]] = [:]
        var changed = values
        switch body["locality"] {
        case nil: break
        case .string(let locality)? where Self.isLocality(locality): changed["locality"] = .string(locality)
        case let other?: errors["locality"] = ["\"\(other.stringValue ?? "\(other)")\" is not a valid choice."]
        }
        switch body["dm_ai_engine_url"] {
        case nil: break
        case .null?: changed["dm_ai_engine_url"] = ""
        case .string(let url)? where url.isEmpty || Self.isWebURL(url): changed["dm_ai_engine_url"] = .string(url)
        case .some: errors["dm_ai_engine_url"] = ["Enter a valid URL."]
        }
        guard errors.isEmpty else { throw APIError.fields(errors) }
        values = changed
        return values
    }

    /// Whether `text` is a language and region such as `en_US`.
    private static func isLocality(_ text: String) -> Bool {
        let parts = text.split(separator: "_", omittingEmptySubsequences: false)
        return parts.count == 2
            && (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLowercase }
            && parts[1].count == 2 && parts[1].allSatisfy { $0.isASCII && $0.isUppercase }
    }

    private static func isWebURL(_ text: String) -> Bool {
        guard let schemeEnd = text.range(of: "://") else { return false }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        let host = text[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return (scheme == "http" || scheme == "https") && !host.isEmpty && !host.contains(where: \.isWhitespace)
    }
}
