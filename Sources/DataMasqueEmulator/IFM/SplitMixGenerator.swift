/// A small, fast random number generator (SplitMix64) whose output depends only on its seed,
/// so the emulator's masks and plan names can be repeated exactly.
///
/// It is not cryptographically secure, and need not be: it stands in for DataMasque's generators in tests.
struct SplitMixGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator seeded from `parts`, hashed with 64-bit FNV-1a and separated so that
    /// `["ab", "c"]` and `["a", "bc"]` give different seeds.
    init(hashing parts: [String]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 + [0x1F] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        self.init(seed: hash)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
