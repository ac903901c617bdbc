import DataMasque

/// What `dm demo` creates on the emulator: a database connection, a library of masks and a ruleset using it.
enum DemoContent {
    static let libraryName = "customer_masks"
    static let libraryNamespace = "demo"
    static let rulesetName = "demo_customers"
    /// The ruleset generated from what discovery found.
    static let generatedRulesetName = "demo_generated"

    /// A PostgreSQL connection; the emulator stores it without connecting anywhere.
    static let connection = Connection.database(
        DatabaseConnection(
            name: "demo_shop_db", databaseType: .postgres, host: "db.example.internal", port: 5432,
            database: "shop", user: "masker", password: connectionPassword, schema: "public"))

    /// Kept out of everything `dm demo` prints.
    static let connectionPassword = "demo-connection-password"

    /// Reusable masks, imported by the ruleset as `demo/customer_masks`.
    static let libraryYAML = """
        version: "1.0"
        # Masks shared by every ruleset that imports demo/customer_masks.
        masks:
          fake_email:
            - type: from_format
              value_format: "{!a,8}@example.com"
          fake_street:
            - type: from_fixed
              value: "1 Example Street"
        """

    /// Masks the customers and orders tables.
    static let rulesetYAML = """
        version: "1.0"
        imports:
          - demo/customer_masks
        tasks:
          - type: mask_table
            table: customers
            key: id
            rules:
              - column: email
                masks:
                  - type: from_format
                    value_format: "{!a,8}@example.com"
          - type: mask_table
            table: orders
            key: id
            rules:
              - column: shipping_address
                masks:
                  - type: from_fixed
                    value: "1 Example Street"
        """

    static let planName = "demo_customers"

    /// An in-flight masking plan that masks the name and email of each customer record.
    static let planYAML = """
        version: "1.0"
        rules:
          - masks:
              - type: json
                transforms:
                  - path: [name]
                    masks:
                      - type: from_fixed
                        value: "Customer"
                  - path: [email]
                    masks:
                      - type: from_format_string
                        value_format: "{[a-z],8}@example.com"
        """

    /// The records the plan masks.
    static let records: [JSONValue] = [
        ["id": 1, "name": "Ann Smith", "email": "ann.smith@shop.example"],
        ["id": 2, "name": "Bob Jones", "email": "bob.jones@shop.example"],
    ]
}
