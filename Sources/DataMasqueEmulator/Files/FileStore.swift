import DataMasque
import Foundation

/// The uploaded files of every kind, in upload order, with their bytes on disk in the emulator's ``UploadSpool``.
struct FileStore {
    /// One uploaded file.
    struct StoredFile: Sendable {
        var id: String
        var kind: FileType
        var name: String
        /// The extra form fields the kind requires, such as `database_type`.
        var fields: [String: String]
        var uploaded: Date
        var contents: SpooledFile

        /// The file as its collection lists it.
        var json: JSONValue {
            var members: [String: JSONValue] = [
                "id": .string(id),
                "name": .string(name),
                "created_date": .string(uploaded.timestamp),
                "modified_date": .string(uploaded.timestamp),
            ]
            for (field, value) in fields { members[field] = .string(value) }
            return .object(members)
        }
    }

    private(set) var all: [StoredFile] = []

    func files(of kind: FileType) -> [StoredFile] {
        all.filter { $0.kind == kind }
    }

    /// - Throws: ``APIError/notFound`` when no file of `kind` has `id`.
    func file(of kind: FileType, id: String) throws -> StoredFile {
        all[try index(of: kind, id: id)]
    }

    /// Stores a file under a fresh UUID; names need not be unique.
    mutating func add(_ kind: FileType, name: String, fields: [String: String], contents: SpooledFile)
        -> StoredFile
    {
        let file = StoredFile(
            id: UUID().uuidString.lowercased(), kind: kind, name: name, fields: fields, uploaded: Date(),
            contents: contents)
        all.append(file)
        return file
    }

    mutating func delete(of kind: FileType, id: String) throws {
        all.remove(at: try index(of: kind, id: id))
    }

    private func index(of kind: FileType, id: String) throws -> Int {
        guard let index = all.firstIndex(where: { $0.kind == kind && $0.id == id }) else { throw APIError.notFound }
        return index
    }
}
