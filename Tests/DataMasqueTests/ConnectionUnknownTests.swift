@testable import DataMasque
import Foundation
import Testing

@Suite("Connections: unknown kinds and the Connection API")
struct ConnectionUnknownTests {
    @Test("unmodelled connections decode to unknown and re-encode unchanged", arguments: ConnectionFixtures.unmodelled)
    func unknownKinds(json: String) throws {
        let raw = try decodeJSON(JSONValue.self, json)
        let connection = try decodeJSON(Connection.self, json)
        #expect(connection == .unknown(raw))
        #expect(connection.kindName == "Unknown")
        #expect(connection.name == raw["name"]?.stringValue)
        #expect(try connection.requestBody() == raw)
        #expect(try decodeJSON(JSONValue.self, String(decoding: try JSONEncoder().encode(connection), as: UTF8.self)) == raw)
        #expect(!connection.description.contains("\"e\""))
    }

    @Test("one unknown or broken element does not fail a list")
    func mixedList() throws {
        let list = "[" + (ConnectionFixtures.unmodelled + [ConnectionFixtures.roundTrips[0].response]).joined(separator: ",") + "]"
        let connections = try decodeJSON([Connection].self, list)
        #expect(connections.count == ConnectionFixtures.unmodelled.count + 1)
        #expect(connections.last?.kindName == "Database")
    }

    @Test("a connection that is not an object fails to decode")
    func notAnObject() {
        #expect(throws: DecodingError.self) { try decodeJSON(Connection.self, #""postgres""#) }
    }

    @Test("name, id, kind and file flags")
    func connectionAPI() throws {
        var connection = Connection.s3(S3Connection(name: "files", bucket: "b", isFileMaskSource: true))
        #expect(connection.name == "files")
        #expect(connection.id == nil)
        connection.id = "abc"
        #expect(connection.id == "abc")
        #expect(try requestMembers(connection)["id"] == "abc")
        #expect(connection.isFileMaskSource == true)
        #expect(connection.isFileMaskDestination == false)

        var database = Connection.database(DatabaseConnection(name: "pg", databaseType: .postgres, host: "h", port: 5432, database: "d", user: "u", password: "p"))
        #expect(database.isFileMaskSource == nil && database.isFileMaskDestination == nil)
        database.id = "9"
        guard case .database(let postgres) = database else { Issue.record("case changed"); return }
        #expect(postgres.id == "9")

        var unknown = try decodeJSON(Connection.self, ConnectionFixtures.unmodelled[2])
        #expect(unknown.id == "3")
        unknown.id = "4"
        #expect(unknown.id == "4")
        #expect(unknown.isFileMaskSource == nil)
        let unknownFile = try decodeJSON(Connection.self, #"{"name": "f", "mask_type": "file", "type": "ftp", "is_file_mask_source": true}"#)
        #expect(unknownFile.isFileMaskSource == true)
    }

    @Test("kind names of the MongoDB flavors", arguments: zip(MongoConnection.Flavor.allCases, ["Mongo", "DocumentDb", "CosmosDb"]))
    func mongoKindNames(flavor: MongoConnection.Flavor, kindName: String) {
        #expect(Connection.mongo(MongoConnection(name: "m", flavor: flavor)).kindName == kindName)
    }

    @Test("unmodelled fields are kept as sent; sent back except nulls, the envelope and encrypted echoes")
    func additionalFields() throws {
        let connection = try decodeJSON(
            Connection.self,
            #"""
            {"name": "s", "mask_type": "file", "type": "mounted_share_connection", "version": "9.9",
             "connection_fileset": "fs-1", "oracle_wallet": null, "secret_encrypted": "x", "password": "y"}
            """#)
        guard case .mountedShare(let share) = connection else { Issue.record("not a mounted share"); return }
        #expect(share.additionalFields == ["connection_fileset": "fs-1", "oracle_wallet": nil, "version": "9.9"])
        let body = try requestMembers(connection)
        #expect(body["connection_fileset"] == "fs-1")
        #expect(body["version"] == "1.0")
        #expect(body["oracle_wallet"] == nil && body["secret_encrypted"] == nil && body["password"] == nil)
    }
}

@Suite("Connections: every field for display")
struct ConnectionAllFieldsTests {
    @Test("allFields keeps the server's extras and nulls, shows unset fields as null, and leaves out what does not apply")
    func allFieldsOfAPostgresConnection() throws {
        let connection = try decodeJSON(
            Connection.self,
            #"""
            {"version": "1.0", "id": "c1", "name": "pg", "mask_type": "database", "db_type": "postgres",
             "host": "h", "port": 5432, "database": "d", "user": "u", "schema": "",
             "oracle_wallet": null, "password_encrypted": "x"}
            """#)
        let fields = try connection.allFields()
        #expect(fields["version"] == "1.0")
        #expect(fields["oracle_wallet"] == .null)
        #expect(fields["data_encoding"] == .null)
        #expect(fields["iam_role_arn"] == .null)
        #expect(fields["id"] == "c1" && fields["db_type"] == "postgres")
        for absent in ["dbpassword", "password", "password_encrypted", "engine_options", "s3_bucket_name"] {
            #expect(fields[absent] == nil, "\(absent) should not be shown")
        }
        let body = try requestMembers(connection)
        #expect(body["oracle_wallet"] == nil && body["data_encoding"] == nil)
    }
}
