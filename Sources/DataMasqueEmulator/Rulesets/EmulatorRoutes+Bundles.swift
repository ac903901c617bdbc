import DataMasque
import Foundation
import Hummingbird
import NIOCore

extension EmulatorRoutes {
    /// Ruleset bundles: a zip export of rulesets, libraries and referenced seed files,
    /// and its import, which skips existing items unless told to overwrite them.
    /// ``RulesetBundle`` describes the zip layout.
    func addBundleRoutes(to router: Router<Context>) {
        router.endpoint(
            "/api/export/v1/",
            [
                .get: { _, _ in
                    let (bundle, now) = try await state.transact { (try $0.exportBundle().entries, $0.clock.now) }
                    return .attachment(
                        ByteBuffer(data: ZipArchive.make(bundle, modified: now)), filename: "datamasque-bundle.zip",
                        contentType: "application/zip")
                }
            ])
        router.endpoint("/api/import/v1/", [.post: { request, _ in try await importBundle(request) }])
    }

    private func importBundle(_ request: Request) async throws -> Response {
        let form = try await multipartBody(of: request)
        var errors: [String: [String]] = [:]
        let archive = form.requiredFile("zip_archive", errors: &errors)
        func flag(_ name: String) -> Bool {
            switch form.value(name)?.lowercased() {
            case nil, "false": return false
            case "true": return true
            default:
                errors[name] = ["Must be a valid boolean."]
                return false
            }
        }
        let overwrite = EmulatorState.BundleOverwrite(
            rulesets: flag("overwrite_rulesets"), libraries: flag("overwrite_libraries"),
            seeds: flag("overwrite_seed_files"))
        guard errors.isEmpty, let archive else { throw APIError.fields(errors) }
        let zip = try archive.bytes(upTo: Request.maximumBodySize)
        let bundle = try RulesetBundle(entries: ZipArchive.entries(of: Data(buffer: zip)))
        let (delay, verdicts) = (configuration.deferredValidationDelay, bundle.verdicts())
        return .json(
            try await state.transact {
                try $0.importBundle(bundle, verdicts: verdicts, overwrite: overwrite, validationDelay: delay)
            })
    }
}
