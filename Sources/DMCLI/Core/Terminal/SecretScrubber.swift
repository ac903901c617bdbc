import Foundation

/// Secrets of one invocation that must never be written, such as the SPCS PAT,
/// and the means to replace them in text that might echo them.
///
/// Only long, random secrets belong here:
/// a short or common password would mangle ordinary text that happens to contain it.
///
/// `@unchecked Sendable`: the only state, `secrets`, is read and written under `lock`.
package final class SecretScrubber: @unchecked Sendable {
    private let lock = NSLock()
    private var secrets: Set<String> = []

    /// Creates an empty list.
    package init() {}

    /// Adds a value to hide; `nil` and empty values are ignored.
    func add(_ secret: String?) {
        guard let secret, !secret.isEmpty else { return }
        lock.withLock { _ = secrets.insert(secret) }
    }

    /// `text` with every known secret replaced by `<redacted>`, longest first.
    func scrub(_ text: String) -> String {
        let known = lock.withLock { secrets }.sorted { $0.count > $1.count }
        return known.reduce(text) { $0.replacingOccurrences(of: $1, with: "<redacted>") }
    }
}
