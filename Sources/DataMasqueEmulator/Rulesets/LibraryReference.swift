/// A library as a ruleset names it: `namespace/name`, or `name` in the default namespace.
struct LibraryReference: Hashable, CustomStringConvertible {
    var namespace: String
    var name: String

    /// The reference in `text`; the namespace is everything before the last `/`.
    init(_ text: String) {
        if let slash = text.lastIndex(of: "/") {
            (namespace, name) = (String(text[..<slash]), String(text[text.index(after: slash)...]))
        } else {
            (namespace, name) = ("", text)
        }
    }

    init(namespace: String, name: String) {
        (self.namespace, self.name) = (namespace, name)
    }

    var description: String {
        namespace.isEmpty ? name : namespace + "/" + name
    }
}
