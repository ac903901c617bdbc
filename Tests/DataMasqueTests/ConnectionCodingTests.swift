@testable import DataMasque
import Foundation
import Testing

/// Decodes one JSON value of type `T` from text.
func decodeJSON<T: Decodable>(_ type: T.Type = T.self, _ text: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(text.utf8))
}

/// The members of a connection's request body.
func requestMembers(_ connection: Connection) throws -> [String: JSONValue] {
    try #require(try connection.requestBody().objectValue)
}

@Suite("Connections: decoding and request bodies")
struct ConnectionCodingTests {
    @Test("the §19 S1 list decodes every element to its kind")
    func listPage() throws {
        let connections = try decodeJSON([Connection].self, ConnectionFixtures.listPage)
        #expect(connections.map(\.kindName) == ["S3", "Azure", "Database", "Dynamo"])
        #expect(connections.map(\.name) == ["s3", "azure", "mysql", "db_dynamo"])

        guard case .s3(let s3) = connections[0] else { Issue.record("not S3"); return }
        #expect(s3.bucket == "my-s3-bucket")
        #expect(s3.isFileMaskSource && !s3.isFileMaskDestination)
        #expect(s3.id == "88dabb63-aca5-4cc4-8f76-f78736a42f39")

        guard case .azureBlob(let azure) = connections[1] else { Issue.record("not Azure"); return }
        #expect(azure.container == "mycontainer")
        #expect(azure.connectionString == nil)
        #expect(azure.additionalFields == ["version": "1.0", "connection_fileset": nil, "oracle_wallet": nil])

        guard case .database(let mysql) = connections[2] else { Issue.record("not generic SQL"); return }
        #expect(mysql.databaseType == .mysql)
        #expect(mysql.port == 3306)
        #expect(mysql.password == nil)
        #expect(mysql.schema == nil)
        #expect(mysql.additionalFields == [
            "is_file_mask_source": false, "is_file_mask_destination": false,
            "version": "1.0", "connection_fileset": nil, "oracle_wallet": nil,
        ])

        guard case .dynamo(let dynamo) = connections[3] else { Issue.record("not DynamoDB"); return }
        #expect(dynamo.appendSuffix == "-masked")
        #expect(dynamo.defaultSSE.selection == .accountManaged)
        #expect(dynamo.defaultSSE.kmsKeyID?.hasPrefix("arn:aws:kms:") == true)
        #expect(dynamo.defaultRegion == nil)
    }

    @Test("the §19 S2 Snowflake connections decode, keeping only the stage location")
    func legacySnowflake() throws {
        let connections = try decodeJSON([Connection].self, ConnectionFixtures.legacySnowflake)
        let snowflakes = connections.compactMap { connection -> SnowflakeConnection? in
            if case .snowflake(let snowflake) = connection { return snowflake }
            return nil
        }
        try #require(snowflakes.count == 4)
        #expect(snowflakes.map(\.stageLocation) == [.awsS3, .spcs, nil, .azureBlobStorage])
        #expect(snowflakes[2].privateKeyFileID == "2831289a-4398-abcd-4112-fe09a1239f89")
        #expect(snowflakes.map(\.additionalFields) == [["version": "1.0"], [:], ["version": "1.0"], ["version": "1.0"]])
        #expect(snowflakes.allSatisfy { $0.password == nil && $0.privateKeyPassphrase == nil })
        for connection in connections {
            let body = try requestMembers(connection)
            for key in ["snowflake_stage_location", "s3_bucket_name", "iam_role_arn", "snowflake_storage_integration_name",
                "snowflake_azure_container_name", "snowflake_azure_connection_string_encrypted",
                "snowflake_private_key_passphrase_encrypted", "password_encrypted"]
            {
                #expect(body[key] == nil, "\(connection.name) sends \(key)")
            }
        }
        #expect(try requestMembers(connections[2])["snowflake_private_key"] == "2831289a-4398-abcd-4112-fe09a1239f89")
    }

    @Test("a future stage location does not fail decoding")
    func futureStageLocation() throws {
        let connection = try decodeJSON(
            Connection.self,
            #"{"name": "s", "mask_type": "database", "db_type": "snowflake", "database": "d", "snowflake_stage_location": "gcs"}"#)
        guard case .snowflake(let snowflake) = connection else { Issue.record("not Snowflake"); return }
        #expect(snowflake.stageLocation == .unknown("gcs"))
    }

    @Test("every kind decodes and re-encodes to its documented request body", arguments: ConnectionFixtures.roundTrips)
    func roundTrip(_ sample: ConnectionFixtures.RoundTrip) throws {
        let connection = try decodeJSON(Connection.self, sample.response)
        #expect(connection.kindName == sample.kindName)
        #expect(try connection.requestBody() == decodeJSON(JSONValue.self, sample.requestBody))
        let encoded = try JSONEncoder().encode(connection)
        #expect(try decodeJSON(JSONValue.self, String(decoding: encoded, as: UTF8.self)) == connection.requestBody())
        let reread = try decodeJSON(Connection.self, String(decoding: encoded, as: UTF8.self))
        #expect(try reread.requestBody() == connection.requestBody())
    }

    @Test("read-only lock fields decode and are never sent")
    func lockState() throws {
        let connection = try decodeJSON(Connection.self, ConnectionFixtures.roundTrips[0].response)
        guard case .database(let postgres) = connection else { Issue.record("not generic SQL"); return }
        #expect(postgres.lockState.isTargetFrozen)
        #expect(postgres.lockState.frozenTargetFields == ["schema"])
        #expect(!postgres.lockState.isDeletionFrozen)
        #expect(postgres.lockState.licenseLock?.lockedAt == Date(timeIntervalSince1970: 1_735_689_600))
        #expect(postgres.lockState.licenseLock?.editableFrom == Date(timeIntervalSince1970: 1_738_368_000))
        let body = try requestMembers(connection)
        for key in ["license_lock", "target_frozen", "frozen_target_fields", "deletion_frozen"] {
            #expect(body[key] == nil)
        }
    }

    @Test("an integer id is kept as a string and a numeric-string port as an integer")
    func lenientScalars() throws {
        let connection = try decodeJSON(Connection.self, ConnectionFixtures.roundTrips[0].response)
        #expect(connection.id == "7")
        guard case .database(let postgres) = connection else { Issue.record("not generic SQL"); return }
        #expect(postgres.port == 5432)
        #expect(throws: DecodingError.self) {
            try decodeJSON(DatabaseConnection.self, #"{"name": "x", "db_type": "postgres", "host": "h", "port": "abc", "database": "d", "user": "u"}"#)
        }
    }

    @Test("null means the default for defaulted fields")
    func nullIsDefault() throws {
        let connection = try decodeJSON(
            Connection.self,
            #"""
            {"name": "m", "mask_type": "database", "db_type": "cosmosdb", "host": null, "port": null, "user": null,
             "tls": null, "retry_writes": null, "auth_source": null, "is_read_only": null, "tls_ca_file": null}
            """#)
        guard case .mongo(let cosmos) = connection else { Issue.record("not Mongo"); return }
        #expect(cosmos == MongoConnection(name: "m", flavor: .cosmosDB))
        #expect(cosmos.port == 10255 && cosmos.tls && !cosmos.retryWrites && cosmos.authSource == "admin")
    }
}

@Suite("Connections: secrets")
struct ConnectionSecretTests {
    static let withSecrets: [(Connection, String, String)] = [
        (.database(DatabaseConnection(name: "pg", databaseType: .postgres, host: "h", port: 5432, database: "d", user: "u", password: "p1")), "dbpassword", "p1"),
        (.mssqlLinkedServer(MSSQLLinkedServerConnection(name: "l", host: "h", port: 1433, database: "d", user: "u", password: "p2")), "dbpassword", "p2"),
        (.snowflake(SnowflakeConnection(name: "sf", database: "d", password: "p3")), "dbpassword", "p3"),
        (.snowflake(SnowflakeConnection(name: "sf", database: "d", privateKeyFileID: "f", privateKeyPassphrase: "p4")), "snowflake_private_key_passphrase", "p4"),
        (.mongo(MongoConnection(name: "m", password: "p5")), "dbpassword", "p5"),
        (.databricks(DatabricksConnection(name: "x", serverHostname: "h", httpPath: "/p", accessToken: "p6", catalog: "c")), "access_token", "p6"),
        (.cassandra(CassandraConnection(name: "c", host: "h", database: "k", user: "u", password: "p7")), "dbpassword", "p7"),
        (.sapASE(SAPASEConnection(name: "a", host: "h", database: "d", user: "u", password: "p8")), "dbpassword", "p8"),
        (.salesforce(SalesforceConnection(name: "s", instanceURL: "i", loginURL: "l", clientID: "c", user: "u", privateKeyPath: "k", privateKeyPassphrase: "p9")), "salesforce_private_key_passphrase", "p9"),
        (.azureBlob(AzureBlobConnection(name: "az", container: "c", connectionString: "p10")), "connection_string", "p10"),
        (.gcs(GCSConnection(name: "g", bucket: "b", serviceAccountKey: "p11")), "service_account_key", "p11"),
    ]

    @Test("secrets are sent under their wire names, hidden from descriptions, and dropped when read back", arguments: withSecrets)
    func secrets(connection: Connection, wireKey: String, secret: String) throws {
        let body = try requestMembers(connection)
        #expect(body[wireKey] == .string(secret))
        #expect(body["password"] == nil)
        #expect(!connection.description.contains(secret))
        #expect(!String(describing: connection).contains(secret))
        #expect(!String(reflecting: connection).contains(secret))

        var echoed = body
        echoed[wireKey + "_encrypted"] = "ciphertext"
        let decoded = try decodeJSON(Connection.self, String(decoding: try JSONEncoder().encode(JSONValue.object(echoed)), as: UTF8.self))
        let resent = try requestMembers(decoded)
        #expect(resent[wireKey] == nil)
        #expect(resent[wireKey + "_encrypted"] == nil)
        #expect(decoded.kindName == connection.kindName)
    }

    @Test("an empty password is sent for SQL but not for the MongoDB family")
    func emptyPassword() throws {
        let sql = Connection.database(DatabaseConnection(name: "pg", databaseType: .postgres, host: "h", port: 1, database: "d", user: "u", password: ""))
        #expect(try requestMembers(sql)["dbpassword"] == "")
        #expect(try requestMembers(.mongo(MongoConnection(name: "m", password: "")))["dbpassword"] == nil)
    }
}
