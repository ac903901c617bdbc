import DataMasque
import Foundation

/// The in-flight masking plans, in creation order.
struct PlanStore {
    /// The characters of the random name suffix.
    static let suffixAlphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    /// The suffix length.
    static let suffixLength = 6

    private(set) var all: [StoredPlan] = []
    private var suffixes: SplitMixGenerator?

    /// A store whose name suffixes follow `nameSeed`, or are random when it is `nil`.
    init(nameSeed: UInt64?) {
        suffixes = nameSeed.map(SplitMixGenerator.init(seed:))
    }

    /// - Throws: ``IFMError/planNotFound(_:)`` when no plan has `name`.
    func plan(named name: String) throws -> StoredPlan {
        all[try index(of: name)]
    }

    /// Stores a new plan named `name` plus `-` and a random 6-character suffix.
    mutating func create(
        name: String, ruleset: StoredPlan.Ruleset, options: [String: JSONValue], now: Date
    ) throws -> StoredPlan {
        let fullName = "\(name)-\(nextSuffix())"
        guard !all.contains(where: { $0.name == fullName }) else { throw IFMError.planExists(fullName) }
        let plan = StoredPlan(
            name: fullName, created: now, modified: now, options: options, ruleset: ruleset)
        all.append(plan)
        return plan
    }

    /// Changes plan `name`: a new ruleset when one is given, `options` merged (patch) or replaced (put);
    /// `serial` goes up by one.
    mutating func update(
        name: String, ruleset: StoredPlan.Ruleset?, options: [String: JSONValue]?, mergingOptions: Bool, now: Date
    ) throws -> StoredPlan {
        let index = try index(of: name)
        var plan = all[index]
        if let ruleset { plan.ruleset = ruleset }
        if let options {
            plan.options = mergingOptions ? plan.options.merging(options) { $1 } : options
        } else if !mergingOptions {
            plan.options = [:]
        }
        plan.serial += 1
        plan.modified = now
        all[index] = plan
        return plan
    }

    mutating func delete(name: String) throws {
        all.remove(at: try index(of: name))
    }

    private func index(of name: String) throws -> Int {
        guard let index = all.firstIndex(where: { $0.name == name }) else { throw IFMError.planNotFound(name) }
        return index
    }

    private mutating func nextSuffix() -> String {
        var system = SystemRandomNumberGenerator()
        return String(
            (0..<Self.suffixLength).map { _ in
                if suffixes != nil {
                    Self.suffixAlphabet.randomElement(using: &suffixes!)!
                } else {
                    Self.suffixAlphabet.randomElement(using: &system)!
                }
            })
    }
}
