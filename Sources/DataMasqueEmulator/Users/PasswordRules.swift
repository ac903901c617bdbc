/// The password rules the emulator enforces,
/// which the official client's temporary-password generator is built to pass.
enum PasswordRules {
    static let minimumLength = 8
    /// The length of a temporary password.
    static let temporaryLength = 16

    /// What is wrong with `password`, in Django's wording; empty when it is acceptable.
    static func problems(in password: String, username: String) -> [String] {
        var problems: [String] = []
        if password.lowercased() == username.lowercased() {
            problems.append("The password is too similar to the username.")
        }
        if password.count < minimumLength {
            problems.append("This password is too short. It must contain at least \(minimumLength) characters.")
        }
        if !password.isEmpty, password.allSatisfy(\.isNumber) {
            problems.append("This password is entirely numeric.")
        }
        let scalars = Array(password.unicodeScalars).map(\.value)
        if hasTriple(scalars, where: isRepeat) {
            problems.append("This password contains the same character three times in a row.")
        }
        if hasTriple(scalars, where: isRun) {
            problems.append("This password contains three characters in sequence, such as \"abc\" or \"321\".")
        }
        return problems
    }

    /// A fresh password of 16 letters and digits that passes every rule.
    static func temporaryPassword() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".unicodeScalars)
        var password: [Unicode.Scalar] = []
        while password.count < temporaryLength {
            let next = alphabet.randomElement()!
            if password.count >= 2 {
                let (first, second) = (password[password.count - 2].value, password[password.count - 1].value)
                if isRepeat(first, second, next.value) || isRun(first, second, next.value) { continue }
            }
            password.append(next)
        }
        return String(String.UnicodeScalarView(password))
    }

    private static func isRepeat(_ first: UInt32, _ second: UInt32, _ third: UInt32) -> Bool {
        first == second && second == third
    }

    private static func isRun(_ first: UInt32, _ second: UInt32, _ third: UInt32) -> Bool {
        (Int(second) - Int(first) == 1 && Int(third) - Int(second) == 1)
            || (Int(first) - Int(second) == 1 && Int(second) - Int(third) == 1)
    }

    private static func hasTriple(_ values: [UInt32], where test: (UInt32, UInt32, UInt32) -> Bool) -> Bool {
        values.count >= 3 && (2..<values.count).contains { test(values[$0 - 2], values[$0 - 1], values[$0]) }
    }
}
