/// The YAML the emulator serves as DataMasque's built-in defaults:
/// the discovery labels for database and file discovery, and the default RG config.
///
/// Each passes ``DiscoveryYAMLValidator`` for its subject.
enum DefaultConfigYAML {
    /// The built-in discovery config for `configType` (`database` or `file`).
    static func discovery(configType: String) -> String {
        """
        # Built-in \(configType == "file" ? "file data" : "schema") discovery defaults of the DataMasque emulator.
        # Copy this file, change the labels, and store it with `dm discover configs create`.
        version: "1.0"
        labels:
        \(labels)
        """
    }

    /// The default RG config: the mask ruleset generation assigns to each built-in label.
    static let rgConfig = """
        # Default ruleset generation config of the DataMasque emulator: a mask for each discovery label.
        version: "1.0"
        labels:
          Email: {type: from_format_string, value_format: "user{[0-9],6}@example.com"}
          First Name: {type: from_file, seed_file: DataMasque_firstNames_mixed.csv}
          Last Name: {type: from_file, seed_file: DataMasque_lastNames.csv}
          US_SSN: {type: from_format_string, value_format: "{[0-9],3}-{[0-9],2}-{[0-9],4}"}
          Date of Birth: {type: from_random_date, min: "1940-01-01", max: "2005-12-31"}
          Credit Card: {type: credit_card}
          Phone: {type: from_format_string, value_format: "555-{[0-9],4}"}
        """

    private static let labels = """
          - name: Email
            categories: [PII]
            keywords: [email, e_mail, email_address]
          - name: First Name
            categories: [PII]
            keywords: [first_name, firstname, given_name]
          - name: Last Name
            categories: [PII]
            keywords: [last_name, lastname, surname, family_name]
          - name: US_SSN
            categories: [PII]
            keywords: [ssn, social_security_number]
          - name: Date of Birth
            categories: [PII]
            keywords: [dob, date_of_birth, birth_date]
          - name: Credit Card
            categories: [PCI]
            keywords: [card_number, credit_card, ccn]
          - name: Phone
            categories: [PII]
            keywords: [phone, phone_number, mobile]
        """
}
