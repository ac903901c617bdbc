import DataMasque
import Hummingbird
import NIOCore

extension EmulatorRoutes {
    /// Seed files, Oracle wallets, connection filesets and Snowflake keys:
    /// multipart upload, bare-array list, delete, and download for wallets and filesets.
    func addFileRoutes(to router: Router<Context>) {
        for kind in FileType.allCases {
            for collection in kind.collectionPaths {
                router.endpoint(
                    collection,
                    [
                        .get: { _, _ in .json(.array(await state.transact { $0.files.files(of: kind).map(\.json) })) },
                        .post: { request, _ in try await upload(kind, request) },
                    ])
                router.endpoint(
                    collection + ":id/",
                    [
                        .delete: { _, context in
                            let id = try context.parameters.require("id")
                            try await state.transact { try $0.files.delete(of: kind, id: id) }
                            return .noContent
                        }
                    ])
                guard kind.isDownloadable else { continue }
                router.endpoint(
                    collection + ":id/download/",
                    [
                        .get: { _, context in
                            let id = try context.parameters.require("id")
                            let file = try await state.transact { try $0.files.file(of: kind, id: id) }
                            return .attachment(file.contents.responseBody, filename: file.name)
                        }
                    ])
            }
        }
    }

    /// Stores the file in field ``DataMasque/FileType/uploadField`` under the form field `name`.
    private func upload(_ kind: FileType, _ request: Request) async throws -> Response {
        let form = try await multipartBody(of: request)
        var errors: [String: [String]] = [:]
        let name = form.requiredValue("name", errors: &errors)
        let file = form.requiredFile(kind.uploadField, errors: &errors)
        var fields: [String: String] = [:]
        for field in kind.requiredFields { fields[field] = form.requiredValue(field, errors: &errors) }
        guard errors.isEmpty, let name, let file, case .file(let contents) = file.contents else {
            throw APIError.fields(errors)
        }
        let stored = await state.transact { [fields] in
            $0.files.add(kind, name: name, fields: fields, contents: contents)
        }
        return .json(stored.json, status: .created)
    }
}
