@testable import DataMasque
import Foundation
import Testing

@Suite("Connections: per-kind encoding rules")
struct ConnectionEncodingRulesTests {
    static func sql(_ type: DatabaseType, schema: String? = "s") -> Connection {
        .database(
            DatabaseConnection(
                name: "x", databaseType: type, host: "h", port: 1, database: "d", user: "u", schema: schema,
                engineOptions: ["a": 1], dataEncoding: "utf8", s3BucketName: "b", s3RedshiftIAMRole: "r", iamRoleARN: "arn"))
    }

    /// Engine, then whether it sends schema as given, data_encoding, the Redshift S3 fields, the tagging role.
    static let matrix: [(DatabaseType, Bool, Bool, Bool, Bool)] = [
        (.postgres, true, true, false, true),
        (.mysql, false, true, false, true),
        (.mariadb, false, true, false, true),
        (.oracle, true, true, false, true),
        (.mssql, true, false, false, true),
        (.redshift, true, false, true, true),
        (.db2Luw, true, false, false, true),
        (.db2i, true, false, false, false),
        (.informix, true, false, false, false),
        (.sapHana, true, false, false, false),
        (.databricksLakebase, true, false, false, false),
        (.mssqlLinked, true, false, false, false),
        (.unknown("newsql"), true, false, false, false),
    ]

    @Test("generic SQL sends each optional field only for the engines that use it", arguments: matrix)
    func genericMatrix(type: DatabaseType, keepsSchema: Bool, dataEncoding: Bool, redshift: Bool, tagging: Bool) throws {
        let body = try requestMembers(Self.sql(type))
        #expect(body["db_type"] == .string(type.rawValue))
        #expect(body["schema"] == (keepsSchema ? "s" : ""))
        #expect((body["data_encoding"] != nil) == dataEncoding)
        #expect((body["s3_bucket_name"] != nil) == redshift)
        #expect((body["s3_redshift_iam_role"] != nil) == redshift)
        #expect((body["iam_role_arn"] != nil) == tagging)
        #expect(body["engine_options"] == ["a": 1])
        #expect(body["version"] == "1.0")
    }

    @Test("schema is sent as an empty string when unset, and engine options only when not empty")
    func schemaAndEngineOptions() throws {
        var postgres = DatabaseConnection(name: "x", databaseType: .postgres, host: "h", port: 1, database: "d", user: "u")
        #expect(try requestMembers(.database(postgres))["schema"] == "")
        #expect(try requestMembers(.database(postgres))["engine_options"] == nil)
        postgres.engineOptions = [:]
        #expect(try requestMembers(.database(postgres))["engine_options"] == nil)
    }

    @Test("a MySQL or MariaDB schema from the server is dropped", arguments: ["mysql", "mariadb"])
    func schemalessDecode(dbType: String) throws {
        let connection = try decodeJSON(
            DatabaseConnection.self,
            #"{"name": "x", "db_type": "\#(dbType)", "host": "h", "port": 1, "database": "d", "user": "u", "schema": "public"}"#)
        #expect(connection.schema == nil)
        #expect(connection.additionalFields["schema"] == nil)
    }

    @Test(
        "generic SQL refuses engines that have their own model",
        arguments: [DatabaseType.dynamoDB, .snowflake, .mongoDB, .documentDB, .cosmosDB, .databricks, .cassandra, .sapASE, .salesforce])
    func dedicatedEnginesRejected(type: DatabaseType) {
        let error = #expect(throws: DataMasqueError.self) { try Self.sql(type).requestBody() }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains(type.rawValue) == true)
        #expect(throws: DataMasqueError.self) { try JSONEncoder().encode(Self.sql(type)) }
    }

    @Test("the MongoDB family leaves out values equal to its flavor's defaults")
    func mongoPruning() throws {
        let mongo = try requestMembers(.mongo(MongoConnection(name: "m", host: "h")))
        #expect(mongo == [
            "version": "1.0", "name": "m", "mask_type": "database", "db_type": "mongodb",
            "host": "h", "port": 27017, "database": "", "auth_source": "admin", "is_read_only": false,
        ])
        let cosmos = try requestMembers(.mongo(MongoConnection(name: "c", flavor: .cosmosDB, host: "h")))
        #expect(cosmos["port"] == 10255)
        #expect(cosmos["tls"] == nil && cosmos["retry_writes"] == nil)

        let flipped = try requestMembers(.mongo(MongoConnection(name: "m", tls: true, retryWrites: false)))
        #expect(flipped["tls"] == true && flipped["retry_writes"] == false)
        let cosmosFlipped = try requestMembers(.mongo(MongoConnection(name: "c", flavor: .cosmosDB, tls: false, retryWrites: true)))
        #expect(cosmosFlipped["tls"] == false && cosmosFlipped["retry_writes"] == true)
    }

    @Test("TLS options are sent only with TLS on, which Cosmos DB has by default")
    func mongoTLSOptions() throws {
        let off = MongoConnection(name: "m", tlsCAFile: "/ca.pem", tlsAllowInvalidCertificates: true)
        #expect(try requestMembers(.mongo(off))["tls_ca_file"] == nil)
        #expect(try requestMembers(.mongo(off))["tls_allow_invalid_certificates"] == nil)
        let cosmos = MongoConnection(name: "c", flavor: .cosmosDB, tlsCAFile: "/ca.pem", tlsAllowInvalidCertificates: true)
        let body = try requestMembers(.mongo(cosmos))
        #expect(body["tls"] == nil)
        #expect(body["tls_ca_file"] == "/ca.pem")
        #expect(body["tls_allow_invalid_certificates"] == true)
    }

    @Test("DynamoDB sends its placeholders, with an explicit null port, and the default encryption")
    func dynamoPlaceholders() throws {
        let body = try requestMembers(.dynamo(DynamoConnection(name: "d")))
        #expect(body == [
            "version": "1.0", "name": "d", "mask_type": "database", "db_type": "dynamo_db",
            "dynamo_append_datetime": false, "dynamo_append_suffix": "-MASKED", "dynamo_replace_tables": true,
            "dynamo_default_sse": ["selection": "dynamodb_owned"],
            "host": "", "port": .null, "user": "", "password": "", "database": "", "schema": "",
        ])
        let text = String(decoding: try JSONEncoder().encode(Connection.dynamo(DynamoConnection(name: "d"))), as: UTF8.self)
        #expect(text.contains(#""port":null"#))
    }

    @Test("a DynamoDB connection without encryption settings gets the default")
    func dynamoDefaultSSE() throws {
        let connection = try decodeJSON(DynamoConnection.self, #"{"name": "d", "dynamo_default_sse": null}"#)
        #expect(connection.defaultSSE == .dynamoDBOwned)
        #expect(connection.appendSuffix == "-MASKED" && connection.replaceTables)
    }

    @Test("Databricks sends its own version and leaves an unset schema out")
    func databricksVersion() throws {
        let body = try requestMembers(
            .databricks(DatabricksConnection(name: "x", serverHostname: "h", httpPath: "/p", catalog: "c", version: "2.0")))
        #expect(body["version"] == "2.0")
        #expect(body["schema"] == nil)
    }
}

@Suite("Connections: DynamoDB encryption rule")
struct ConnectionSSERuleTests {
    static let broken: [SSEConfiguration] = [
        SSEConfiguration(selection: .accountManaged),
        SSEConfiguration(selection: .dynamodbOwned, kmsKeyID: "k"),
        SSEConfiguration(selection: .awsManaged, kmsKeyID: ""),
        SSEConfiguration(selection: .useSource, kmsKeyID: "k"),
    ]

    @Test("a broken setting from the server decodes, and fails only when a request is built", arguments: broken)
    func brokenRule(sse: SSEConfiguration) throws {
        var members: [String: JSONValue] = ["selection": .string(sse.selection.rawValue)]
        members["kms_key_id"] = sse.kmsKeyID.map(JSONValue.string)
        let payload: JSONValue = [
            "name": "d", "mask_type": "database", "db_type": "dynamo_db", "dynamo_default_sse": .object(members),
        ]
        let connection = try decodeJSON(Connection.self, String(decoding: try JSONEncoder().encode(payload), as: UTF8.self))
        guard case .dynamo(let dynamo) = connection else { Issue.record("not DynamoDB"); return }
        #expect(dynamo.defaultSSE == sse)
        let error = #expect(throws: DataMasqueError.self) { try connection.requestBody() }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("kms_key_id") == true)
    }

    @Test("valid settings and unknown selections are sent", arguments: [
        SSEConfiguration(selection: .accountManaged, kmsKeyID: "k"),
        SSEConfiguration(selection: .awsManaged),
        SSEConfiguration(selection: .unknown("customer_vault"), kmsKeyID: "k"),
    ])
    func validRule(sse: SSEConfiguration) throws {
        let body = try requestMembers(.dynamo(DynamoConnection(name: "d", defaultSSE: sse)))
        #expect(body["dynamo_default_sse"]?["selection"] == .string(sse.selection.rawValue))
        #expect(body["dynamo_default_sse"]?["kms_key_id"] == sse.kmsKeyID.map(JSONValue.string))
    }
}
