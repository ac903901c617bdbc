/// A built-in rule of the emulator's keyword discovery:
/// a column or field whose lowercased name contains one of ``keywords`` is flagged with ``label``.
struct DiscoveryKeyword: Sendable, Hashable {
    var keywords: [String]
    var label: String
    var description: String
    var categories: [String]

    /// The built-in rules, tried in this order; the first that matches flags the name.
    static let builtIn: [DiscoveryKeyword] = [
        DiscoveryKeyword(keywords: ["email"], label: "email", description: "Email address", categories: ["PII", "Contact"]),
        DiscoveryKeyword(
            keywords: ["first_name", "firstname", "given_name"], label: "first_name", description: "First name",
            categories: ["PII"]),
        DiscoveryKeyword(
            keywords: ["last_name", "lastname", "surname"], label: "last_name", description: "Last name",
            categories: ["PII"]),
        DiscoveryKeyword(
            keywords: ["ssn", "social_security"], label: "social_security_number",
            description: "US Social Security number", categories: ["PII", "Government ID"]),
        DiscoveryKeyword(
            keywords: ["dob", "birth"], label: "date_of_birth", description: "Date of birth", categories: ["PII"]),
        DiscoveryKeyword(
            keywords: ["card_number", "credit_card", "card_no"], label: "credit_card_number",
            description: "Payment card number", categories: ["PCI"]),
        DiscoveryKeyword(
            keywords: ["phone", "mobile"], label: "phone_number", description: "Phone number",
            categories: ["PII", "Contact"]),
        DiscoveryKeyword(
            keywords: ["street_address", "address"], label: "street_address", description: "Street address",
            categories: ["PII", "Contact"]),
        DiscoveryKeyword(keywords: ["salary"], label: "salary", description: "Salary", categories: ["Financial"]),
    ]

    /// Whether `name` contains one of the keywords, ignoring case.
    func matches(_ name: String) -> Bool {
        let name = name.lowercased()
        return keywords.contains { name.contains($0) }
    }

    /// The built-in rule with `label`, if any.
    static func rule(label: String) -> DiscoveryKeyword? {
        builtIn.first { $0.label == label }
    }
}
