import DataMasque
import Foundation
import NIOCore

/// The installed licence: a plausible enterprise licence valid for a year,
/// replaced by each upload.
struct LicenseStore {
    /// The licence as `GET /api/license/` returns it, without `days_until_expiry`.
    private(set) var info: [String: JSONValue]
    private let expiry: Date

    init(now: Date = Date()) {
        expiry = now.addingTimeInterval(365 * 24 * 60 * 60)
        info = [
            "uuid": .string(UUID().uuidString.lowercased()),
            "name": "DataMasque Emulator Licence",
            "type": "enterprise",
            "raw_type": "enterprise",
            "version": "2",
            "is_expired": false,
            "uploadable": true,
            "quota_tb": 10,
            "maximum_node_count": 1,
            "row_limit": .null,
            "platform_name": "Emulator",
            "platform_code": "emulator",
            "is_contract_product": false,
        ]
    }

    /// The licence with its expiry as seen at `now`, unless an upload set those members.
    func current(now: Date = Date()) -> JSONValue {
        var info = info
        info["expiry_date"] = info["expiry_date"] ?? .string(expiry.timestamp)
        info["days_until_expiry"] =
            info["days_until_expiry"] ?? .int(max(0, Int(expiry.timeIntervalSince(now) / (24 * 60 * 60))))
        return .object(info)
    }

    /// Installs an uploaded licence file under a fresh `uuid`.
    ///
    /// A file holding a JSON object sets the members it names, such as `{"name": "Acme", "is_expired": true}`;
    /// any other file names the licence after its file name without the extension.
    mutating func upload(_ contents: ByteBuffer, filename: String?) {
        info["uuid"] = .string(UUID().uuidString.lowercased())
        let json = try? EmulatorJSON.decode(JSONValue.self, from: Data(contents.readableBytesView))
        if let members = json?.objectValue {
            info.merge(members) { $1 }
        } else {
            let stem = (filename ?? "license.lic").split(separator: ".").first.map(String.init)
            info["name"] = .string(stem ?? "license")
        }
    }
}
