import DataMasque
import Testing

@Suite("Users: temporary passwords")
struct UserPasswordTests {
    static let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".unicodeScalars.map(\.value))

    @Test("2,000 draws: 16 letters and digits, no triple, no run of three stepping by one, all different")
    func rules() {
        let passwords = (0..<2_000).map { _ in TemporaryPassword.generate() }
        #expect(Set(passwords).count == passwords.count)
        for password in passwords {
            let codes = password.unicodeScalars.map { Int($0.value) }
            #expect(codes.count == TemporaryPassword.length)
            #expect(codes.allSatisfy { Self.alphabet.contains(UInt32($0)) })
            for index in 2..<codes.count {
                let (first, second) = (codes[index - 1] - codes[index - 2], codes[index] - codes[index - 1])
                #expect(!(first == second && abs(first) <= 1), "\(password) breaks the rules at \(index)")
            }
        }
    }

    @Test("every character class shows up across draws")
    func coversAlphabet() {
        let seen = Set((0..<500).flatMap { _ in TemporaryPassword.generate().unicodeScalars.map(\.value) })
        #expect(seen == Self.alphabet)
    }
}
