import DataMasque

/// The steps `dm seeds` and `dm files` share, for any type of uploaded file.
extension Terminal {
    /// Prints the files of `type` as a table of `id` and `name`, or as JSON.
    func listFiles(_ type: FileType, profile: String?, json: Bool) async throws {
        let files = try await withClient(profile: profile) { client in try await client.files.list(type: type) }
        render(
            TableOutput(
                title: type.title, columns: ["id", "name"], rows: files.map { [.optional($0.id), .string($0.name)] }),
            json: json)
    }

    /// Uploads `input` as a file of `type` called `name`.
    func uploadFile(_ type: FileType, name: String, input: UploadInput, profile: String?) async throws {
        let source = try input.source(in: self, filename: input.filename(orElse: name))
        try await withClient(profile: profile) { client in
            try await CLIError.translating("Could not upload \(type.noun) '\(name)'") {
                _ = try await client.files.upload(type: type, name: name, source: source)
            }
        }
        success("Uploaded \(type.noun) '\(name)'.")
    }

    /// Deletes the first file of `type` called `name`, after confirming unless `yes`.
    ///
    /// - Parameter listCommand: The command that lists the names, for the hint when there is no such file.
    func deleteFile(_ type: FileType, name: String, yes: Bool, profile: String?, listCommand: String) async throws {
        try await withClient(profile: profile) { client in
            guard let file = try await client.files.get(type: type, named: name) else {
                throw CLIError(
                    .notFound, "\(type.noun.prefix(1).uppercased() + type.noun.dropFirst()) '\(name)' not found.",
                    hint: "Run `\(listCommand)` to see the names.")
            }
            try confirm("Delete \(type.noun) '\(name)'?", yes: yes)
            try await CLIError.translating("Could not delete \(type.noun) '\(name)'") {
                try await client.files.deleteIfExists(file)
            }
        }
        success("Deleted \(type.noun) '\(name)'.")
    }
}
