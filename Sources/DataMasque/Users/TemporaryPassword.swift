/// Temporary passwords of the kind DataMasque accepts for a new account.
///
/// Each is 16 letters and digits drawn from the system's cryptographically secure generator,
/// with no character three times in a row
/// and no three characters stepping up or down by one, such as `abc` or `321`.
public enum TemporaryPassword {
    /// The number of characters in a temporary password.
    public static let length = 16

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

    /// A fresh temporary password.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(length)
        while bytes.count < length {
            let candidate = alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            if bytes.count < 2 || fits(candidate, after: bytes[bytes.count - 2], bytes[bytes.count - 1]) {
                bytes.append(candidate)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `third` may follow `first` and `second`:
    /// the two steps between them are neither both zero nor both the same step of one.
    private static func fits(_ third: UInt8, after first: UInt8, _ second: UInt8) -> Bool {
        let step = Int(second) - Int(first)
        guard Int(third) - Int(second) == step else { return true }
        return abs(step) > 1
    }
}
