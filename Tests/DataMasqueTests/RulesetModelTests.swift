@testable import DataMasque
import Foundation
import Testing

@Suite("Rulesets and libraries: decoding and request bodies")
struct RulesetModelTests {
    /// models.md §19 S3.
    static let s3 = """
        [
          {"id": "1", "name": "synced_ruleset", "mask_type": "database", "config_yaml": "version: '1.0'",
           "is_valid": "valid", "git_branch": "main", "git_commit_sha": "abc123",
           "git_repo_url": "https://git.example.com/repo.git", "git_synced_at": "2025-06-01T10:00:00Z"},
          {"id": "2", "name": "file_masking_ruleset", "mask_type": "file",
           "config_yaml": "version: '1.0'", "is_valid": "invalid"}
        ]
        """
    /// models.md §19 S4.
    static let s4 = """
        {"id": "2", "name": "test_ruleset", "is_valid": "invalid",
         "validation_errors": [
           {"message": "Missing required field: table", "validation_error_type": "ruleset",
            "line_number": 5, "column_number": 3}]}
        """
    /// models.md §19 S5.
    static let s5 = """
        {"count": 3, "next": "http://test-server/api/ruleset-libraries/?limit=2&offset=2",
         "previous": null,
         "results": [
           {"id": "aaaaaaaa-1111-2222-3333-444444444444", "name": "lib1", "namespace": "",
            "is_valid": "valid", "created": "2025-01-01T12:00:00Z", "modified": "2025-01-01T12:00:00Z"},
           {"id": "bbbbbbbb-1111-2222-3333-444444444444", "name": "lib2", "namespace": "",
            "is_valid": "valid", "created": "2025-01-01T12:00:00Z", "modified": "2025-01-01T12:00:00Z"}]}
        """

    static func body(_ value: some Encodable) throws -> [String: JSONValue] {
        try #require(try decodeJSON(JSONValue.self, String(decoding: JSONEncoder().encode(value), as: UTF8.self)).objectValue)
    }

    @Test("the S3 list decodes, folding the flat git fields into a snapshot")
    func listWithGit() throws {
        let rulesets = try decodeJSON([Ruleset].self, Self.s3)
        #expect(rulesets.map(\.name) == ["synced_ruleset", "file_masking_ruleset"])
        #expect(rulesets.map(\.rulesetType) == [.database, .file])
        #expect(rulesets.map(\.isValid) == [.valid, .invalid])
        let git = try #require(rulesets[0].git)
        #expect(git.branch == "main" && git.commitSHA == "abc123")
        #expect(git.repoURL == "https://git.example.com/repo.git")
        #expect(git.syncedAt == WireDate.parse("2025-06-01T10:00:00Z"))
        #expect(rulesets[1].git == nil)
        #expect(rulesets.allSatisfy { $0.additionalFields.isEmpty })
    }

    @Test("the S4 upsert response decodes with defaults for what it leaves out")
    func upsertResponse() throws {
        let ruleset = try decodeJSON(Ruleset.self, Self.s4)
        #expect(ruleset.id == "2" && ruleset.yaml == "" && ruleset.rulesetType == .database)
        #expect(ruleset.validationErrors == [
            ValidationErrorDetails(
                message: "Missing required field: table", validationErrorType: .ruleset, lineNumber: 5, columnNumber: 3)
        ])
        #expect(ruleset.validationErrors[0].description == "line 5, column 3: Missing required field: table")
        #expect(ruleset.unlicensedFeatureWarnings == nil)
    }

    @Test("the request body holds name, YAML, type and kept unknown fields, never read-only fields")
    func requestBody() throws {
        let text = """
            {"id": "7", "name": "r", "config_yaml": "version: '1.0'", "mask_type": "file", "is_valid": "valid",
             "validation_errors": [], "unlicensed_feature_warnings": [], "git_branch": "main", "git_commit_sha": "c",
             "git_repo_url": "u", "git_synced_at": "2025-06-01T10:00:00Z", "created": "2025-01-01T12:00:00Z",
             "modified": "2025-01-01T12:00:00.123456Z", "future_flag": true, "dropped": null}
            """
        let ruleset = try decodeJSON(Ruleset.self, text)
        #expect(ruleset.additionalFields == ["future_flag": true])
        #expect(ruleset.unlicensedFeatureWarnings == [])
        #expect(ruleset.modified != nil)
        #expect(try Self.body(ruleset) == [
            "name": "r", "config_yaml": "version: '1.0'", "mask_type": "file", "future_flag": true,
        ])
        #expect(try Self.body(Ruleset(name: "new")) == ["name": "new", "config_yaml": "", "mask_type": "database"])
    }

    @Test("null defaulted fields read as absent; unknown values are kept")
    func lenient() throws {
        let ruleset = try decodeJSON(
            Ruleset.self,
            #"{"name": "r", "config_yaml": null, "mask_type": "stream", "is_valid": "pending", "validation_errors": null, "git_branch": null}"#)
        #expect(ruleset.yaml == "")
        #expect(ruleset.rulesetType == .unknown("stream"))
        #expect(ruleset.isValid == .unknown("pending"))
        #expect(ruleset.validationErrors.isEmpty && ruleset.git == nil)
        #expect(try Self.body(ruleset)["mask_type"] == "stream")
    }

    @Test("a nested git object is used as it is; partial flat fields keep what is there")
    func gitShapes() throws {
        let nested = try decodeJSON(
            Ruleset.self, #"{"name": "r", "git": {"branch": "dev", "commit_sha": "1", "repo_url": "u", "synced_at": "2025-06-01T10:00:00Z"}}"#)
        #expect(nested.git?.branch == "dev" && nested.git?.commitSHA == "1")
        let partial = try decodeJSON(Ruleset.self, #"{"name": "r", "git_branch": "dev"}"#)
        #expect(partial.git == GitSnapshot(branch: "dev"))
        #expect(partial.additionalFields.isEmpty)
    }

    @Test("the S5 page decodes libraries without YAML")
    func libraryPage() throws {
        let page = try decodeJSON(Page<RulesetLibrary>.self, Self.s5)
        #expect(page.results.map(\.name) == ["lib1", "lib2"])
        #expect(page.results.allSatisfy { $0.yaml == nil && $0.namespace == "" && $0.isValid == .valid })
        #expect(page.results[0].created?.date == WireDate.parse("2025-01-01T12:00:00Z"))
        #expect(page.results[0].additionalFields.isEmpty)
    }

    @Test("a library body holds name, namespace and YAML only when set")
    func libraryBody() throws {
        var library = try decodeJSON(
            RulesetLibrary.self,
            #"{"id": "x", "name": "lib", "namespace": null, "is_valid": "invalid", "created": "2025-01-01T12:00:00Z"}"#)
        #expect(library.namespace == "" && library.qualifiedName == "lib")
        #expect(try Self.body(library) == ["name": "lib", "namespace": ""])
        library.yaml = "version: '1.0'"
        library.namespace = "acme/shared"
        #expect(library.qualifiedName == "acme/shared/lib")
        #expect(try Self.body(library) == ["name": "lib", "namespace": "acme/shared", "config_yaml": "version: '1.0'"])
    }
}
