@testable import DataMasque
import Foundation
import Testing

@Suite("Files: model and types")
struct FileModelTests {
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try WireJSON.decoder().decode(type, from: Data(text.utf8))
    }

    @Test("the §19 S15 upload response decodes, microseconds included")
    func sample() throws {
        let file = try Self.decode(UploadedFile.self, """
            {"id": "7d3f9a2b-5c4e-4b8a-9f1d-2e6a8c0b4d57", "name": "new_file.csv",
             "created_date": "2024-01-01T00:00:00.000000Z", "modified_date": "2024-01-01T00:00:00.000000Z"}
            """)
        #expect(file.name == "new_file.csv")
        #expect(file.id == "7d3f9a2b-5c4e-4b8a-9f1d-2e6a8c0b4d57")
        #expect(file.createdDate == Date(timeIntervalSince1970: 1_704_067_200))
        #expect(file.modifiedDate == file.createdDate)
        #expect(file.type == nil)
    }

    @Test("the name falls back to filename; optional members may be null or absent")
    func filenameFallback() throws {
        let file = try Self.decode(
            UploadedFile.self, #"{"filename": "key.p8", "created_date": "2025-01-01T12:00:00Z", "modified_date": null, "extra": 1}"#)
        #expect(file.name == "key.p8")
        #expect(file.modifiedDate == nil && file.id == nil)
        let encoded = try JSONDecoder().decode(JSONValue.self, from: try WireJSON.encoder().encode(file))
        #expect(encoded == ["name": "key.p8", "created_date": "2025-01-01T12:00:00.000Z"])
    }

    @Test("a file without created_date is a decoding error")
    func createdDateRequired() {
        #expect(throws: DecodingError.self) { try Self.decode(UploadedFile.self, #"{"name": "x.csv"}"#) }
    }

    @Test("each type's collection, upload field and extra form fields")
    func types() {
        #expect(FileType.allCases.map(\.collectionPath) == [
            "/api/seeds/", "/api/oracle-wallets/", "/api/connection-filesets/", "/api/files/snowflake-keys/",
        ])
        #expect(FileType.allCases.map(\.uploadField) == ["seed_file", "zip_archive", "zip_archive", "key_file"])
        #expect(FileType.allCases.map { $0.extraFormFields.map { "\($0.name)=\($0.value)" } } == [[], [], ["database_type=mysql"], []])
        #expect(FileType(rawValue: "snowflake-key") == .snowflakeKey)
    }
}
