import Foundation

/// The contents of a ruleset bundle, as `GET /api/export/v1/` writes it and `POST /api/import/v1/` reads it.
///
/// Zip layout:
/// - `rulesets/<mask_type>/<name>.yml`: a ruleset's YAML.
/// - `libraries/<namespace>/<name>.yml`: a library's YAML; `_default` stands for the empty namespace,
///   and a namespace with `/` spans several folders.
/// - `seeds/<name>`: a seed file's bytes.
struct RulesetBundle {
    /// A ruleset or library: its name, its `mask_type` or `namespace`, and its YAML.
    struct Config: Equatable {
        var name: String
        var scope: String
        var yaml: String
    }

    /// The folder name of the empty library namespace.
    static let defaultNamespace = "_default"

    var rulesets: [Config] = []
    var libraries: [Config] = []
    var seeds: [ZipArchive.Entry] = []

    init(rulesets: [Config], libraries: [Config], seeds: [ZipArchive.Entry]) {
        (self.rulesets, self.libraries, self.seeds) = (rulesets, libraries, seeds)
    }

    /// The bundle in the zip entries `entries`; folder entries are ignored.
    ///
    /// - Throws: ``APIError`` `400` for an entry outside the layout.
    init(entries: [ZipArchive.Entry]) throws {
        for entry in entries where !entry.name.hasSuffix("/") {
            var parts = entry.name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            let folder = parts.removeFirst()
            if folder == "seeds", parts.count == 1, !parts[0].isEmpty {
                seeds.append(ZipArchive.Entry(name: parts[0], contents: entry.contents))
                continue
            }
            guard parts.count >= 2, let last = parts.last, last.hasSuffix(".yml"), last.count > 4,
                !parts.contains(where: \.isEmpty)
            else { throw Self.unexpected(entry.name) }
            let yaml = String(decoding: entry.contents, as: UTF8.self)
            let name = String(last.dropLast(4))
            switch folder {
            case "rulesets" where parts.count == 2:
                rulesets.append(Config(name: name, scope: parts[0], yaml: yaml))
            case "libraries":
                let namespace = parts.dropLast().joined(separator: "/")
                libraries.append(
                    Config(name: name, scope: namespace == Self.defaultNamespace ? "" : namespace, yaml: yaml))
            default:
                throw Self.unexpected(entry.name)
            }
        }
    }

    /// The verdicts on the YAML of a bundle's items, in the bundle's order.
    struct Verdicts: Sendable {
        var rulesets: [ConfigVerdict]
        var libraries: [ConfigVerdict]
    }

    /// Validates every item's YAML; called off the state actor, since validation may take a while.
    func verdicts() -> Verdicts {
        func validate(_ configs: [Config], _ kind: ConfigKind) -> [ConfigVerdict] {
            configs.map { RulesetValidator(kind: kind, scope: $0.scope).validate($0.yaml) }
        }
        return Verdicts(rulesets: validate(rulesets, .ruleset), libraries: validate(libraries, .library))
    }

    /// The zip entries of the bundle: libraries, then rulesets, then seed files.
    var entries: [ZipArchive.Entry] {
        libraries.map { library in
            let folder = library.scope.isEmpty ? Self.defaultNamespace : library.scope
            return ZipArchive.Entry(name: "libraries/\(folder)/\(library.name).yml", contents: Data(library.yaml.utf8))
        }
            + rulesets.map {
                ZipArchive.Entry(name: "rulesets/\($0.scope)/\($0.name).yml", contents: Data($0.yaml.utf8))
            }
            + seeds.map { ZipArchive.Entry(name: "seeds/\($0.name)", contents: $0.contents) }
    }

    private static func unexpected(_ name: String) -> APIError {
        APIError.detail(.badRequest, "The bundle entry \(name) is not a ruleset, library or seed file.")
    }
}
