@testable import DataMasque
import Foundation
import Testing

@Suite("Discovery configs, their libraries, RG configs and table references: decoding and request bodies")
struct DiscoveryConfigModelTests {
    /// models.md §19 S15: a discovery config with positioned errors.
    static let config = """
        {"id": "aaaaaaaa-1111-2222-3333-444444444444", "name": "test_config",
         "config_type": "database", "is_valid": "invalid", "validation_error": "Unknown mask 'foo'",
         "errors": {"config_yaml": [{"message": "Unknown mask 'foo'", "line_number": 3,
                                     "column_number": 5}]}}
        """
    /// models.md §19 S15: a discovery config library list item.
    static let library = """
        {"id": "bbbbbbbb-1111-2222-3333-444444444444", "name": "another_library", "namespace": "",
         "is_valid": "invalid", "validation_error": "bad yaml", "usage_count": 2,
         "created": "2025-02-01T12:00:00Z", "modified": "2025-02-02T12:00:00Z"}
        """
    /// models.md §19 S15: a table reference list item.
    static let reference = """
        {"id": "bbbbbbbb-1111-2222-3333-444444444444", "name": "account_identities",
         "connection": "dddddddd-1111-2222-3333-444444444444", "source": "OPS.ACCOUNTS",
         "options": {"format": "parquet", "delimiter": ";", "encoding": "latin-1", "quotechar": "'",
                     "null_string": "NULL"},
         "created": "2025-02-01T12:00:00Z", "modified": "2025-02-02T12:00:00Z"}
        """

    @Test("a discovery config reads its positioned errors from errors.config_yaml")
    func discoveryConfig() throws {
        let config = try decodeJSON(DiscoveryConfig.self, Self.config)
        #expect(config.id == "aaaaaaaa-1111-2222-3333-444444444444" && config.configType == .database)
        #expect(config.isValid == .invalid && config.validationError == "Unknown mask 'foo'")
        #expect(config.validationErrorDetails == [
            ValidationErrorDetails(message: "Unknown mask 'foo'", lineNumber: 3, columnNumber: 5)
        ])
        #expect(config.yaml == nil && config.additionalFields.isEmpty)
        let body = try RulesetModelTests.body(config)
        #expect(body == ["name": "test_config", "config_type": "database"])
    }

    @Test("flat validation_error_details, empty errors and unknown values decode; unknown fields go back")
    func forwardCompatible() throws {
        let flat = try decodeJSON(
            DiscoveryConfig.self,
            #"{"name": "c", "config_type": "stream", "is_valid": "pending", "errors": {}, "archived": false, "#
                + #""validation_error_details": [{"message": "m", "validation_error_type": "brand_new"}]}"#)
        #expect(flat.configType == .unknown("stream") && flat.isValid == .unknown("pending"))
        #expect(flat.validationErrorDetails.map(\.validationErrorType) == [.unknown("brand_new")])
        #expect(flat.additionalFields == ["archived": false])
        #expect(try RulesetModelTests.body(flat)["config_type"] == "stream")

        let list = try decodeJSON(
            [RGConfig].self,
            #"[{"id": "1", "name": "a", "is_valid": "valid"}, {"id": 2, "name": "b", "is_valid": "someday"}]"#)
        #expect(list.map(\.id) == ["1", "2"] && list[1].isValid == .unknown("someday"))
    }

    @Test("a discovery config library list item decodes its usage count")
    func discoveryLibrary() throws {
        let library = try decodeJSON(DiscoveryConfigLibrary.self, Self.library)
        #expect(library.usageCount == 2 && library.validationError == "bad yaml" && library.qualifiedName == "another_library")
        #expect(library.created?.text == "2025-02-01T12:00:00Z")
        #expect(try RulesetModelTests.body(library) == ["name": "another_library", "namespace": ""])
    }

    @Test("an RG config sends only its name and YAML")
    func rgConfig() throws {
        let config = try decodeJSON(
            RGConfig.self,
            #"{"id": "r", "name": "rg", "config_yaml": "v", "is_valid": "invalid", "archived": false, "#
                + #""validation_errors": [{"message": "bad", "validation_error_type": "rg_config", "line_number": 2}]}"#)
        #expect(config.validationErrors.first?.validationErrorType == .rgConfig)
        var unsent = config
        unsent.additionalFields = [:]
        #expect(try RulesetModelTests.body(unsent) == ["name": "rg", "config_yaml": "v"])
    }

    @Test("a table reference decodes its options; options encode whole, null_string as null")
    func tableReference() throws {
        let reference = try decodeJSON(TableReference.self, Self.reference)
        #expect(reference.connectionID == "dddddddd-1111-2222-3333-444444444444" && reference.source == "OPS.ACCOUNTS")
        #expect(reference.options == TableReferenceOptions(
            format: .parquet, delimiter: ";", encoding: "latin-1", quoteCharacter: "'", nullString: "NULL"))

        let bare = TableReference(name: "t", connectionID: "c", source: "s.t")
        #expect(try RulesetModelTests.body(bare) == ["name": "t", "connection": "c", "source": "s.t"])
        let withOptions = TableReference(name: "t", connectionID: "c", source: "s.t", options: TableReferenceOptions())
        #expect(try RulesetModelTests.body(withOptions)["options"] == [
            "format": "csv", "delimiter": ",", "encoding": "utf-8", "quotechar": "\"", "null_string": nil,
        ])
        let nested = try decodeJSON(TableReference.self, #"{"name": "t", "connection": {"id": "c9", "name": "pg"}, "source": "x"}"#)
        #expect(nested.connectionID == "c9" && nested.options == nil)
    }
}
