import Foundation

/// A seeded random number generator (SplitMix64), so mutation tests repeat exactly.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// How many mutations a test makes per subject: `DATAMASQUE_MUTATIONS` (1 to 1,000,000) if set, else `fallback`.
    ///
    /// `swift test` keeps the default, a few seconds in all;
    /// a dedicated run sets `DATAMASQUE_MUTATIONS=10000 swift test --filter Mutation`.
    package static func mutationCount(default fallback: Int) -> Int {
        guard let text = ProcessInfo.processInfo.environment["DATAMASQUE_MUTATIONS"], let count = Int(text) else {
            return fallback
        }
        return min(max(count, 1), 1_000_000)
    }

    private var state: UInt64

    /// Creates a generator whose sequence is fixed by `seed`.
    package init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
