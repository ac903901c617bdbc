import DataMasque
import Foundation
import Hummingbird
import NIOCore

extension EmulatorRoutes {
    /// Discovery runs: keyword-driven and saved-config starts, schema and file results,
    /// the reports and the config snapshot.
    func addDiscoveryRoutes(to router: Router<Context>) {
        let starts: [(path: String, purpose: StoredRun.Purpose, fromConfig: Bool)] = [
            ("/api/schema-discovery/", .schemaDiscovery, false),
            ("/api/schema-discovery/v2/", .schemaDiscovery, true),
            ("/api/run-file-data-discovery/", .fileDataDiscovery, false),
            ("/api/run-file-data-discovery/v2/", .fileDataDiscovery, true),
        ]
        for (path, purpose, fromConfig) in starts {
            router.endpoint(
                path,
                [
                    .post: { request, _ in
                        let body = try await request.jsonObject()
                        let run = try await state.transact {
                            try $0.startDiscovery(purpose, body: body, fromConfig: fromConfig)
                        }
                        return .json(run, status: .created)
                    }
                ])
        }
        router.endpoint(
            "/api/schema-discovery/v2/:id/",
            [
                .get: { request, context in
                    let id = try context.parameters.require("id")
                    let scan = try await state.transact { try $0.schemaFindings(runID: id) }
                    let page = Pagination(request).page(scan.rows.map(scan.json))
                    guard case .object(var envelope) = page else { return .json(page) }
                    envelope["table_metadata"] = scan.tableMetadata(of: envelope["results"]?.arrayValue ?? [])
                    return .json(.object(envelope))
                }
            ])
        router.endpoint(
            "/api/runs/:id/file-discovery-results/",
            [
                .get: { _, context in
                    let id = try context.parameters.require("id")
                    return .json(try await state.transact { try $0.fileFindings(runID: id) }.json)
                }
            ])
        router.endpoint(
            "/api/runs/:id/sdd-report/",
            [
                .get: { _, context in
                    let id = try context.parameters.require("id")
                    let scan = try await state.transact { try $0.schemaReportFindings(runID: id) }
                    return Self.csv(DiscoveryReport.sensitiveData(of: scan))
                }
            ])
        router.endpoint(
            "/api/runs/:id/db-discovery-results/report/",
            [
                .get: { request, context in
                    let id = try context.parameters.require("id")
                    let selection = request.uri.queryParameters["include_selection_column"]?.lowercased() != "false"
                    // The parts carry the run's start as their time, so the same report is the same bytes every time.
                    let (scan, limit, started) = try await state.transact { state in
                        (try state.schemaReportFindings(runID: id), state.discoveryReportRowLimit, try state.runs.run(id: id).created)
                    }
                    let header = DiscoveryReport.header(selectionColumn: selection)
                    let lines = DiscoveryReport.lines(of: scan, selectionColumn: selection)
                    guard lines.count > limit else { return Self.csv(([header] + lines).joined(separator: "\n") + "\n") }
                    let parts = stride(from: 0, to: lines.count, by: limit).enumerated().map { index, start in
                        let part = ([header] + lines[start..<min(lines.count, start + limit)]).joined(separator: "\n") + "\n"
                        let number = String(index + 1)
                        return ZipArchive.Entry(
                            name: "discovery_report_\(id)_part_\(String(repeating: "0", count: max(0, 3 - number.count)) + number).csv",
                            contents: Data(part.utf8))
                    }
                    return .attachment(
                        ByteBuffer(data: ZipArchive.make(parts, modified: started)), filename: "discovery_report_\(id).zip",
                        contentType: "application/zip")
                }
            ])
        router.endpoint(
            "/api/discovery/runs/:id/config-snapshot/",
            [
                .get: { request, context in
                    let id = try context.parameters.require("id")
                    var offset = 0
                    if let timezone = request.uri.queryParameters["timezone"].map({ String($0) }) {
                        guard let seconds = DiscoveryConfigSnapshot.offset(timezone) else {
                            throw APIError.fields(["timezone": ["Expected an offset from UTC such as +13:00 or -05:30."]])
                        }
                        offset = seconds
                    }
                    let seconds = offset
                    let (archive, filename) = try await state.transact { try $0.configSnapshot(runID: id, offset: seconds) }
                    return .attachment(ByteBuffer(data: archive), filename: filename, contentType: "application/zip")
                }
            ])
    }

    /// A `text/csv` response.
    private static func csv(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/csv"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
