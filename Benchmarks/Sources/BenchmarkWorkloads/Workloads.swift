public import DataMasque
public import Foundation

/// The measured work, shared by `dm-bench` and the package-benchmark suite so both time the same thing.
public enum Workloads {
    /// `count` `license.info()` calls, one after another.
    public static func sequential(_ client: DataMasqueClient, count: Int) async throws {
        for _ in 0..<count { _ = try await client.license.info() }
    }

    /// The same requests as ``sequential(_:count:)`` with AsyncHTTPClient alone.
    public static func sequential(_ raw: RawClient, count: Int) async throws {
        for _ in 0..<count { try await raw.get("/api/license/") }
    }

    /// `count` `license.info()` calls from one client, `width` at a time.
    public static func concurrent(_ client: DataMasqueClient, count: Int, width: Int = 64) async throws {
        try await inParallel(count: count, width: width) { _ = try await client.license.info() }
    }

    /// The same requests as ``concurrent(_:count:width:)`` with AsyncHTTPClient alone.
    public static func concurrent(_ raw: RawClient, count: Int, width: Int = 64) async throws {
        try await inParallel(count: count, width: width) { try await raw.get("/api/license/") }
    }

    /// Every connection, decoded; returns how many.
    @discardableResult
    public static func listConnections(_ client: DataMasqueClient) async throws -> Int {
        try await client.connections.list().count
    }

    /// The connection list's body with AsyncHTTPClient alone, not decoded; returns its size.
    @discardableResult
    public static func listConnections(_ raw: RawClient) async throws -> Int {
        try await raw.get("/api/connections/").readableBytes
    }

    /// Decodes a captured connection list as the client does, no network; returns how many.
    @discardableResult
    public static func decodeConnections(_ body: Data) throws -> Int {
        try DataMasqueResponse(status: 200, body: body).decode([Connection].self).count
    }

    /// Every masking run, decoded, all pages fetched; returns how many.
    @discardableResult
    public static func listRuns(_ client: DataMasqueClient) async throws -> Int {
        try await client.runs.list().count
    }

    /// The same pages as ``listRuns(_:)`` with AsyncHTTPClient alone, not decoded; returns their total size.
    @discardableResult
    public static func listRuns(_ raw: RawClient, pageSize: Int = 100) async throws -> Int {
        var (offset, bytes) = (0, 0)
        while true {
            let page = try await raw.get("/api/runs/?limit=\(pageSize)&offset=\(offset)")
            bytes += page.readableBytes
            if page.readableBytesView.firstRange(of: Array(#""next":null"#.utf8)) != nil { return bytes }
            offset += pageSize
        }
    }

    /// Downloads the application log archive into `destination`; returns its size.
    @discardableResult
    public static func download(_ client: DataMasqueClient, to destination: URL) async throws -> Int {
        try await client.settings.downloadApplicationLogs(to: destination)
        let size = try FileManager.default.attributesOfItem(atPath: destination.path)[.size] as? Int ?? 0
        try FileManager.default.removeItem(at: destination)
        return size
    }

    /// Uploads `file` as a seed file under a fresh name.
    public static func upload(_ client: DataMasqueClient, file: URL) async throws {
        _ = try await client.files.upload(
            type: .seed, name: "bench-\(UUID().uuidString.lowercased()).csv", source: .file(file))
    }

    private static func inParallel(
        count: Int, width: Int, _ call: @escaping @Sendable () async throws -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            var started = 0
            while started < min(width, count) {
                group.addTask(operation: call)
                started += 1
            }
            while try await group.next() != nil {
                if started < count {
                    group.addTask(operation: call)
                    started += 1
                }
            }
        }
    }
}
