import ArgumentParser
import DataMasque

extension FileType {
    /// The types `dm files` offers, by their command-line names.
    static let commandTypes: [FileType] = [.snowflakeKey]

    /// The type `dm files` calls `name`.
    ///
    /// - Throws: `ValidationError` (a usage error) listing the valid types.
    static func named(_ name: String) throws -> FileType {
        guard let type = commandTypes.first(where: { $0.rawValue == name }) else {
            throw ValidationError(
                "Unknown file type '\(name)'. Valid types: \(commandTypes.map(\.rawValue).joined(separator: ", ")).")
        }
        return type
    }

    /// What one file is called in messages, such as `seed file`.
    var noun: String { "\(rawValue) file" }

    /// The title of the list table: `Seed Files`, or `Files (<type>)`.
    var title: String { self == .seed ? "Seed Files" : "Files (\(rawValue))" }
}
