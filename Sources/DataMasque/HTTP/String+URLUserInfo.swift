import Foundation

extension String {
    /// This URL text without any `user:password@` part, so it can appear in messages.
    var removingURLUserInfo: String {
        guard let schemeEnd = range(of: "://") else { return self }
        let rest = self[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { "/?#".contains($0) } ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@") else { return self }
        return String(self[..<schemeEnd.upperBound]) + rest[rest.index(after: at)...]
    }
}
