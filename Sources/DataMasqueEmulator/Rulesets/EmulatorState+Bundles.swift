import DataMasque
import Foundation
import NIOCore

extension EmulatorState {
    /// Which existing items an import replaces; the others are skipped.
    struct BundleOverwrite {
        var rulesets = false
        var libraries = false
        var seeds = false
    }

    /// Every ruleset and library, and the seed files whose names appear in a ruleset's YAML.
    ///
    /// - Throws: When a seed file cannot be read from disk.
    func exportBundle() throws -> RulesetBundle {
        let rulesets = rulesets.all.map { RulesetBundle.Config(name: $0.name, scope: $0.scope, yaml: $0.yaml) }
        return RulesetBundle(
            rulesets: rulesets,
            libraries: libraries.all.map { RulesetBundle.Config(name: $0.name, scope: $0.scope, yaml: $0.yaml) },
            seeds: try files.files(of: .seed).filter { seed in rulesets.contains { $0.yaml.contains(seed.name) } }
                .map { ZipArchive.Entry(name: $0.name, contents: try Data(contentsOf: $0.contents.url)) })
    }

    /// Stores the bundle's items, all or none, and returns how many of each were created, overwritten or skipped.
    ///
    /// `verdicts` holds the verdict on each item's YAML, worked out off the actor with ``RulesetBundle/verdicts()``.
    ///
    /// - Throws: ``APIError`` `400` when an item is invalid; nothing is stored then.
    func importBundle(
        _ bundle: RulesetBundle, verdicts: RulesetBundle.Verdicts, overwrite: BundleOverwrite,
        validationDelay: Duration
    ) throws -> JSONValue {
        let now = clock.now
        var (libraries, rulesets, files) = (libraries, rulesets, files)
        func save(
            _ configs: [RulesetBundle.Config], verdicts: [ConfigVerdict], into store: inout ConfigStore,
            overwrite: Bool
        ) throws -> JSONValue {
            var counts = Counts()
            for (config, verdict) in zip(configs, verdicts) {
                if store.config(name: config.name, scope: config.scope) != nil, !overwrite {
                    counts.skipped += 1
                    continue
                }
                let body = store.kind.body(name: config.name, scope: config.scope, yaml: config.yaml)
                let created = try store.save(
                    body, verdict: verdict, upsert: true, now: now, validationDelay: validationDelay
                ).created
                created ? (counts.created += 1) : (counts.overwritten += 1)
            }
            return counts.json
        }
        var seeds = Counts()
        for seed in bundle.seeds {
            let existing = files.files(of: .seed).filter { $0.name == seed.name }
            if !existing.isEmpty, !overwrite.seeds {
                seeds.skipped += 1
                continue
            }
            for file in existing { try files.delete(of: .seed, id: file.id) }
            _ = files.add(.seed, name: seed.name, fields: [:], contents: try spool.store(seed.contents))
            existing.isEmpty ? (seeds.created += 1) : (seeds.overwritten += 1)
        }
        let summary: JSONValue = [
            "libraries": try save(
                bundle.libraries, verdicts: verdicts.libraries, into: &libraries, overwrite: overwrite.libraries),
            "rulesets": try save(
                bundle.rulesets, verdicts: verdicts.rulesets, into: &rulesets, overwrite: overwrite.rulesets),
            "seed_files": seeds.json,
        ]
        (self.libraries, self.rulesets, self.files) = (libraries, rulesets, files)
        return summary
    }

    private struct Counts {
        var created = 0
        var overwritten = 0
        var skipped = 0

        var json: JSONValue {
            ["created": .int(created), "overwritten": .int(overwritten), "skipped": .int(skipped)]
        }
    }
}
