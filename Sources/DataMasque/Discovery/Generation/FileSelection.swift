/// Files, and the values in them, to generate masking rules for.
///
/// ```swift
/// let selection = FileSelection(files: ["customers.csv"], locators: [.column("email")])
/// ```
public struct FileSelection: Sendable, Hashable, Codable {
    /// The files' paths.
    public var files: [String]
    /// The values in each file.
    public var locators: [FileLocator]

    /// Creates a selection of files and values.
    public init(files: [String], locators: [FileLocator]) {
        self.files = files
        self.locators = locators
    }
}
