import DataMasque
import Foundation
import Hummingbird
import NIOCore

extension EmulatorRoutes {
    /// Server settings and the application log archive.
    func addSettingsRoutes(to router: Router<Context>) {
        router.endpoint(
            "/api/settings/",
            [
                .get: { _, _ in .json(.object(await state.transact { $0.settings.values })) },
                .patch: { request, _ in
                    let body = try await request.jsonObject()
                    return .json(.object(try await state.transact { try $0.settings.patch(body) }))
                },
            ])
        router.endpoint("/api/logs/download/", [.get: { request, _ in try logArchive(request) }])
    }

    /// A `.tar.gz` holding `<log_service>.log` with a few canned lines,
    /// repeated to ``EmulatorConfiguration/logArchiveSize`` bytes when that is set,
    /// generated as it is sent.
    ///
    /// - Throws: ``APIError`` `400` when `log_service` is missing.
    private func logArchive(_ request: Request) throws -> Response {
        let service = FormEncoding.decode(request.uri.query ?? "").last { $0.name == "log_service" }?.value ?? ""
        guard !service.isEmpty else { throw APIError.fields(["log_service": ["This field is required."]]) }
        let now = Date()
        let lines = [
            "\(now.timestamp) INFO [\(service)] DataMasque emulator log.",
            "\(now.timestamp) INFO [\(service)] The emulator keeps no real logs; this archive is a placeholder.",
        ]
        let text = Array((lines.joined(separator: "\n") + "\n").utf8)
        let archive = TarGzArchive(
            name: "\(service).log", repeating: text, size: configuration.logArchiveSize ?? text.count, modified: now)
        return .attachment(
            archive.responseBody, filename: "\(service)_logs.tar.gz", contentType: "application/gzip")
    }
}
