package import Foundation

/// A JSON document with one change, and where the change was made.
package struct JSONMutation: Sendable {
    /// The changed document; not always well-formed JSON.
    package var data: Data
    /// The path of the changed value in the form decoding errors use,
    /// such as `[2].dynamo_default_sse.selection`, or `(root)`;
    /// `nil` for a change to the raw bytes.
    package var path: String?
    /// What was changed, for test failure messages.
    package var summary: String
    /// Whether ``data`` is still well-formed JSON.
    package var isWellFormed: Bool {
        (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
    }

    /// Whether a decoding error reported at `errorPath` can have been caused by this change:
    /// the path is the changed value, lies inside it, or is one of its parents.
    package func explains(errorPath: String) -> Bool {
        guard let path else { return true }
        if path == "(root)" || errorPath == "(root)" { return true }
        return errorPath == path
            || errorPath.hasPrefix(path + ".") || errorPath.hasPrefix(path + "[")
            || path.hasPrefix(errorPath + ".") || path.hasPrefix(errorPath + "[")
    }
}
