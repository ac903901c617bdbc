/// The kinds of item a bundle import replaces when they already exist.
///
/// ```swift
/// try await client.rulesets.importBundle(.file(zipURL), overwriting: [.rulesets, .libraries])
/// ```
public struct RulesetBundleOverwrites: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Rulesets with the same name and type.
    public static let rulesets = RulesetBundleOverwrites(rawValue: 1 << 0)
    /// Ruleset libraries with the same name and namespace.
    public static let libraries = RulesetBundleOverwrites(rawValue: 1 << 1)
    /// Seed files with the same name.
    public static let seedFiles = RulesetBundleOverwrites(rawValue: 1 << 2)
}
