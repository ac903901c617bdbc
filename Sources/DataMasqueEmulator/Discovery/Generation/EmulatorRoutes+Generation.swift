import DataMasque
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension EmulatorRoutes {
    /// The default `target_size_bytes` of a generation from CSV.
    static let defaultGenerationTargetSize = 500_000

    /// Ruleset generation: synchronous from a selection, and asynchronous tasks per connection
    /// from a selection or a discovery report CSV, with their status and downloads.
    func addGenerationRoutes(to router: Router<Context>) {
        for (path, files, withRGConfig) in [
            ("/api/generate-ruleset/v2/", false, false), ("/api/generate-ruleset/v3/", false, true),
            ("/api/generate-file-ruleset/", true, false), ("/api/generate-file-ruleset/v2/", true, true),
        ] {
            router.endpoint(
                path,
                [
                    .post: { request, _ in
                        let body = try await request.jsonObject()
                        let yaml = try await state.transact {
                            try $0.generateRuleset(body, files: files, withRGConfig: withRGConfig)
                        }
                        return Response(
                            status: .created, headers: [.contentType: "application/x-yaml"],
                            body: .init(byteBuffer: ByteBuffer(string: yaml)))
                    }
                ])
        }
        for (prefix, withRGConfig) in [("/api/async-generate-ruleset/", false), ("/api/async-generate-ruleset/v2/", true)] {
            var handlers: [HTTPRequest.Method: Router<Context>.Handler] = [.post: startFromSelection(withRGConfig: withRGConfig)]
            if !withRGConfig {
                handlers[.get] = { _, context in
                        let id = try context.parameters.require("connection")
                        return .json(try await state.transact { try $0.generationStatus(connectionID: id) })
                }
                handlers[.delete] = { _, context in
                        let id = try context.parameters.require("connection")
                        try await state.transact { try $0.cancelGeneration(connectionID: id) }
                        return .noContent
                }
            }
            router.endpoint(prefix + ":connection/", handlers)
            router.endpoint(prefix + ":connection/from-csv/", [.post: startFromCSV(withRGConfig: withRGConfig)])
        }
        router.endpoint(
            "/api/async-generate-ruleset/:connection/download-rulesets/",
            [
                .get: { request, context in
                    let id = try context.parameters.require("connection")
                    let (rulesets, now) = try await state.transact { (try $0.generatedRulesets(connectionID: id), $0.clock.now) }
                    guard let rulesets else {
                        let status = Pagination(request).origin + "/api/async-generate-ruleset/\(id)/"
                        return Response(status: .seeOther, headers: [.location: status])
                    }
                    let entries = rulesets.map { ZipArchive.Entry(name: $0.name + ".yml", contents: Data($0.yaml.utf8)) }
                    return .attachment(
                        ByteBuffer(data: ZipArchive.make(entries, modified: now)), filename: "rulesets.zip",
                        contentType: "application/zip")
                }
            ])
    }

    private func startFromSelection(withRGConfig: Bool) -> Router<Context>.Handler {
        { request, context in
            let id = try context.parameters.require("connection")
            let body = try await request.jsonObject()
            let task = try await state.transact {
                try $0.startGeneration(connectionID: id, body: body, withRGConfig: withRGConfig)
            }
            return .json(task, status: .created)
        }
    }

    private func startFromCSV(withRGConfig: Bool) -> Router<Context>.Handler {
        { request, context in
            let id = try context.parameters.require("connection")
            let form = try await multipartBody(of: request)
            var errors: [String: [String]] = [:]
            let upload = form.requiredFile(GenerationCSV.field, errors: &errors)
            var targetSize = Self.defaultGenerationTargetSize
            if let text = form.value("target_size_bytes") {
                if let number = Int(text.trimmingCharacters(in: .whitespaces)), (1...1_000_000_000).contains(number) {
                    targetSize = number
                } else {
                    errors["target_size_bytes"] = ["Ensure this value is a whole number between 1 and 1000000000."]
                }
            }
            guard errors.isEmpty, let upload else { throw APIError.fields(errors) }
            let columns = try GenerationCSV.selectedColumns(in: Data(buffer: try upload.bytes(upTo: Request.maximumBodySize)))
            let (rgConfig, target) = (form.value("rg_config"), targetSize)
            let task = try await state.transact {
                try $0.startGeneration(
                    connectionID: id, columns: columns, rgConfigField: rgConfig, withRGConfig: withRGConfig,
                    targetSize: target)
            }
            return .json(task, status: .created)
        }
    }
}
