import Foundation

/// The discovery config a run started with, as `GET /api/discovery/runs/{run_id}/config-snapshot/` returns it.
struct DiscoveryConfigSnapshot {
    /// Where the configuration came from.
    enum Source {
        /// The built-in defaults (`discovery_config: null`).
        case defaults
        /// The keyword options of a keyword-driven request.
        case request
        /// A saved discovery config.
        case saved(id: String, name: String)
    }

    /// What happened to a saved config since the run started.
    enum Fate {
        case unchanged, changed, deleted

        var sentence: String {
            switch self {
            case .unchanged: "unchanged since."
            case .changed: "changed since."
            case .deleted: "deleted since."
            }
        }
    }

    var source: Source
    /// `database` or `file`.
    var configType: String
    var yaml: String
    var taken: Date

    /// The one-member zip: `config-<run id>.yaml`, a provenance comment header and the YAML.
    ///
    /// - Parameters:
    ///   - fate: For a saved config, whether it has changed or gone since.
    ///   - offset: The offset from UTC of the header's timestamp, in seconds.
    func archive(runID: Int, fate: Fate, offset: Int, now: Date) -> Data {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: offset)
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss xxx"
        let origin =
            switch source {
            case .defaults: "the built-in \(configType) discovery defaults."
            case .request: "the keyword options of the request, on top of the built-in \(configType) discovery defaults."
            case .saved(let id, let name):
                "\(configType) discovery config \"\(name)\" (id \(id)), \(fate.sentence)"
            }
        let header = [
            "# Discovery configuration of run \(runID), taken \(formatter.string(from: taken)) when the run started.",
            "# Source: \(origin)",
        ]
        let contents = header.joined(separator: "\n") + "\n" + yaml
        return ZipArchive.make([ZipArchive.Entry(name: "config-\(runID).yaml", contents: Data(contents.utf8))], modified: now)
    }

    /// The offset in seconds of a `±HH:MM` text, between -12:00 and +14:00;
    /// a leading space stands for `+`, as an unencoded `+` in a query arrives.
    static func offset(_ text: String) -> Int? {
        let characters = Array(text)
        guard characters.count == 6, characters[3] == ":", let sign = ["+": 1, " ": 1, "-": -1][String(characters[0])],
            let hours = Int(String(characters[1...2])), let minutes = Int(String(characters[4...5])),
            (characters[1...2] + characters[4...5]).allSatisfy({ $0.isASCII && $0.isNumber }), (0...59).contains(minutes)
        else { return nil }
        let seconds = sign * (hours * 3600 + minutes * 60)
        return (-12 * 3600...14 * 3600).contains(seconds) ? seconds : nil
    }
}
