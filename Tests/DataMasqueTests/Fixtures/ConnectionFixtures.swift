import DataMasque
import Foundation

/// Connection payloads from models.md §19 (S1, S2) and §4, with the request bodies they should produce.
enum ConnectionFixtures {
    /// §19 S1: a connection list page, trimmed to four kinds.
    static let listPage = #"""
        [
          {"name": "s3", "bucket": "my-s3-bucket", "base_directory": "", "type": "s3_connection",
           "mask_type": "file", "version": "1.0", "id": "88dabb63-aca5-4cc4-8f76-f78736a42f39",
           "oracle_wallet": null, "connection_fileset": null,
           "is_file_mask_source": true, "is_file_mask_destination": false},
          {"name": "azure", "type": "azure_blob_connection", "base_directory": "", "mask_type": "file",
           "container": "mycontainer", "version": "1.0", "connection_string_encrypted": "some_base64_here",
           "id": "490502e5-5bf6-4abb-b67b-c6091d40ecf0", "oracle_wallet": null, "connection_fileset": null,
           "is_file_mask_source": true, "is_file_mask_destination": true},
          {"version": "1.0", "host": "my-mysql-host", "port": 3306, "user": "me", "db_type": "mysql",
           "database": "mydatabase", "name": "mysql", "schema": "", "is_read_only": false,
           "password_encrypted": "some_base64_here", "id": "f0557fb3-1c9a-4cb1-bcf4-9699cf496bf7",
           "oracle_wallet": null, "connection_fileset": null, "mask_type": "database",
           "is_file_mask_source": false, "is_file_mask_destination": false},
          {"version": "1.0", "mask_type": "database", "name": "db_dynamo",
           "s3_bucket_name": "my-dynamo-staging-bucket", "dynamo_append_datetime": false,
           "dynamo_append_suffix": "-masked", "dynamo_replace_tables": true, "dynamo_default_region": null,
           "dynamo_default_sse": {"selection": "account_managed",
             "kms_key_id": "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"},
           "db_type": "dynamo_db", "host": "", "port": null, "user": "", "password": "", "database": "",
           "schema": "", "id": "d7257552-0485-4806-b0fb-d72b4d268073", "oracle_wallet": null,
           "connection_fileset": null, "is_file_mask_source": false, "is_file_mask_destination": false}
        ]
        """#

    /// §19 S2: Snowflake connections from a server before 3.26.18, with the legacy stage fields.
    static let legacySnowflake = #"""
        [
          {"version": "1.0", "user": "s3_user", "db_type": "snowflake", "database": "s3_db",
           "name": "snowflake_s3", "snowflake_account_id": "S3-ACCOUNT",
           "snowflake_warehouse": "s3_warehouse", "snowflake_storage_integration_name": "s3_integration",
           "s3_bucket_name": "s3-bucket", "iam_role_arn": "arn:aws:iam::123456789012:role/s3-role",
           "snowflake_stage_location": "aws_s3", "password_encrypted": "encrypted",
           "id": "s3-connection-id", "mask_type": "database"},
          {"id": "a1b2c3d4-0000-0000-0000-000000000000", "name": "snowflake_spcs",
           "mask_type": "database", "db_type": "snowflake", "user": "snowman", "database": "icicle",
           "snowflake_account_id": "ABCDEF-123456", "snowflake_warehouse": "warehouse1",
           "snowflake_storage_integration_name": "mysi", "snowflake_stage_location": "spcs"},
          {"version": "1.0", "user": "frosty", "db_type": "snowflake", "database": "igloo",
           "name": "snowflake_minimal_with_key", "snowflake_account_id": "ACCOUNT-1234",
           "snowflake_warehouse": "clothing_store", "snowflake_storage_integration_name": "kennards",
           "s3_bucket_name": "champagne-bucket",
           "snowflake_private_key": "2831289a-4398-abcd-4112-fe09a1239f89",
           "snowflake_private_key_passphrase_encrypted": "some base64 here",
           "id": "f0557fb3-1c9a-4cb1-bcf4-9699cf496bf7", "mask_type": "database"},
          {"version": "1.0", "user": "azure_user", "db_type": "snowflake", "database": "azure_db",
           "name": "snowflake_azure", "snowflake_account_id": "AZ-ACCOUNT", "snowflake_warehouse": "az_wh",
           "snowflake_storage_integration_name": "az_integration",
           "snowflake_stage_location": "azure_blob_storage", "snowflake_azure_container_name": "azure-container",
           "snowflake_azure_connection_string_encrypted": "encrypted_azure_string",
           "id": "azure-connection-id", "mask_type": "database"}
        ]
        """#

    /// A server payload of one kind and the request body it should re-encode to.
    struct RoundTrip: Sendable, CustomStringConvertible {
        let description: String
        let kindName: String
        let response: String
        let requestBody: String
    }

    /// One server payload per connection kind, and its expected request body.
    static let roundTrips: [RoundTrip] = [
        RoundTrip(
            description: "generic SQL (postgres)", kindName: "Database",
            response: #"""
                {"version": "1.0", "id": 7, "name": "pg", "mask_type": "database", "db_type": "postgres",
                 "host": "h", "port": "5432", "database": "d", "user": "u", "schema": null,
                 "password_encrypted": "x", "dbpassword": "should-not-stay", "data_encoding": "utf8",
                 "s3_bucket_name": "b", "s3_redshift_iam_role": "r", "iam_role_arn": "arn:tag", "engine_options": {},
                 "is_read_only": false, "oracle_wallet": null, "connection_fileset": null,
                 "is_file_mask_source": false, "is_file_mask_destination": false,
                 "license_lock": {"locked_at": "2025-01-01T00:00:00Z", "editable_from": "2025-02-01T00:00:00.000000Z"},
                 "target_frozen": true, "frozen_target_fields": ["schema"], "deletion_frozen": false}
                """#,
            requestBody: #"""
                {"version": "1.0", "id": "7", "name": "pg", "mask_type": "database", "db_type": "postgres",
                 "host": "h", "port": 5432, "database": "d", "user": "u", "schema": "", "data_encoding": "utf8",
                 "iam_role_arn": "arn:tag", "is_read_only": false,
                 "is_file_mask_source": false, "is_file_mask_destination": false}
                """#),
        RoundTrip(
            description: "generic SQL (mysql, §19 S1)", kindName: "Database",
            response: #"""
                {"version": "1.0", "host": "my-mysql-host", "port": 3306, "user": "me", "db_type": "mysql",
                 "database": "mydatabase", "name": "mysql", "schema": "ignored", "is_read_only": false,
                 "password_encrypted": "some_base64_here", "id": "f0557fb3-1c9a-4cb1-bcf4-9699cf496bf7",
                 "oracle_wallet": null, "connection_fileset": null, "mask_type": "database",
                 "is_file_mask_source": false, "is_file_mask_destination": false}
                """#,
            requestBody: #"""
                {"version": "1.0", "host": "my-mysql-host", "port": 3306, "user": "me", "db_type": "mysql",
                 "database": "mydatabase", "name": "mysql", "schema": "", "is_read_only": false,
                 "id": "f0557fb3-1c9a-4cb1-bcf4-9699cf496bf7", "mask_type": "database",
                 "is_file_mask_source": false, "is_file_mask_destination": false}
                """#),
        RoundTrip(
            description: "MSSQL linked server", kindName: "MssqlLinkedServer",
            response: #"""
                {"version": "1.0", "name": "linked", "mask_type": "database", "db_type": "mssql_linked",
                 "host": "h", "port": 1433, "database": "d", "user": "u", "schema": "dbo",
                 "linked_server": "name.database.schema", "is_read_only": false, "password_encrypted": "x",
                 "data_encoding": "utf8", "iam_role_arn": "arn:tag", "id": "l1"}
                """#,
            requestBody: #"""
                {"version": "1.0", "name": "linked", "id": "l1", "mask_type": "database", "db_type": "mssql_linked",
                 "host": "h", "port": 1433, "database": "d", "user": "u", "schema": "dbo",
                 "linked_server": "name.database.schema", "is_read_only": false}
                """#),
        RoundTrip(
            description: "Snowflake (§19 S2, legacy stage fields)", kindName: "Snowflake",
            response: #"""
                {"version": "1.0", "user": "s3_user", "db_type": "snowflake", "database": "s3_db",
                 "name": "snowflake_s3", "snowflake_account_id": "S3-ACCOUNT",
                 "snowflake_warehouse": "s3_warehouse", "snowflake_storage_integration_name": "s3_integration",
                 "s3_bucket_name": "s3-bucket", "iam_role_arn": "arn:aws:iam::123456789012:role/s3-role",
                 "snowflake_stage_location": "aws_s3", "password_encrypted": "encrypted",
                 "snowflake_role": null, "host": null,
                 "id": "s3-connection-id", "mask_type": "database"}
                """#,
            requestBody: #"""
                {"version": "1.0", "user": "s3_user", "db_type": "snowflake", "database": "s3_db",
                 "name": "snowflake_s3", "snowflake_account_id": "S3-ACCOUNT", "snowflake_warehouse": "s3_warehouse",
                 "id": "s3-connection-id", "mask_type": "database",
                 "host": "", "schema": "", "snowflake_role": "", "is_read_only": false}
                """#),
        RoundTrip(
            description: "DynamoDB (§19 S1)", kindName: "Dynamo",
            response: #"""
                {"version": "1.0", "mask_type": "database", "name": "db_dynamo",
                 "s3_bucket_name": "my-dynamo-staging-bucket", "dynamo_append_datetime": false,
                 "dynamo_append_suffix": "-masked", "dynamo_replace_tables": true, "dynamo_default_region": null,
                 "dynamo_default_sse": {"selection": "account_managed", "kms_key_id": "arn:kms"},
                 "db_type": "dynamo_db", "host": "", "port": null, "user": "", "password": "", "database": "",
                 "schema": "", "id": "d7257552-0485-4806-b0fb-d72b4d268073", "oracle_wallet": null,
                 "connection_fileset": null, "is_file_mask_source": false, "is_file_mask_destination": false}
                """#,
            requestBody: #"""
                {"version": "1.0", "mask_type": "database", "name": "db_dynamo",
                 "s3_bucket_name": "my-dynamo-staging-bucket", "dynamo_append_datetime": false,
                 "dynamo_append_suffix": "-masked", "dynamo_replace_tables": true,
                 "dynamo_default_sse": {"selection": "account_managed", "kms_key_id": "arn:kms"},
                 "db_type": "dynamo_db", "host": "", "port": null, "user": "", "password": "", "database": "",
                 "schema": "", "id": "d7257552-0485-4806-b0fb-d72b4d268073",
                 "is_file_mask_source": false, "is_file_mask_destination": false}
                """#),
        RoundTrip(
            description: "MongoDB", kindName: "Mongo",
            response: #"""
                {"name": "m", "mask_type": "database", "db_type": "mongodb", "host": "mh", "port": 27017,
                 "database": "md", "user": null, "auth_source": "admin", "tls": false, "tls_ca_file": "/ca.pem",
                 "tls_allow_invalid_certificates": true, "direct_connection": false, "retry_writes": true,
                 "replica_set": "", "is_read_only": false, "password_encrypted": "x", "id": "m1"}
                """#,
            requestBody: #"""
                {"version": "1.0", "name": "m", "id": "m1", "mask_type": "database", "db_type": "mongodb",
                 "host": "mh", "port": 27017, "database": "md", "auth_source": "admin", "is_read_only": false}
                """#),
        RoundTrip(
            description: "Amazon DocumentDB", kindName: "DocumentDb",
            response: #"""
                {"name": "d", "mask_type": "database", "db_type": "documentdb", "host": "dh", "port": 27017,
                 "retry_writes": false, "tls": true, "tls_allow_invalid_certificates": true, "id": "d1"}
                """#,
            requestBody: #"""
                {"version": "1.0", "name": "d", "id": "d1", "mask_type": "database", "db_type": "documentdb",
                 "host": "dh", "port": 27017, "database": "", "auth_source": "admin", "tls": true,
                 "tls_allow_invalid_certificates": true, "retry_writes": false, "is_read_only": false}
                """#),
        RoundTrip(
            description: "Azure Cosmos DB", kindName: "CosmosDb",
            response: #"""
                {"name": "c", "mask_type": "database", "db_type": "cosmosdb", "host": "ch", "user": "cu",
                 "tls": true, "tls_ca_file": "/ca.pem", "retry_writes": false, "replica_set": "rs0",
                 "direct_connection": true, "id": "c1"}
                """#,
            requestBody: #"""
                {"version": "1.0", "name": "c", "id": "c1", "mask_type": "database", "db_type": "cosmosdb",
                 "host": "ch", "port": 10255, "database": "", "user": "cu", "auth_source": "admin",
                 "tls_ca_file": "/ca.pem", "direct_connection": true, "replica_set": "rs0", "is_read_only": false}
                """#),
        RoundTrip(
            description: "Databricks SQL Warehouse", kindName: "Databricks",
            response: #"""
                {"name": "dbx", "mask_type": "database", "db_type": "databricks",
                 "server_hostname": "x.cloud.databricks.com", "http_path": "/sql/1.0/warehouses/abc",
                 "access_token_encrypted": "e", "catalog": "main", "schema": null, "is_read_only": true,
                 "version": "1.0", "id": "b1"}
                """#,
            requestBody: #"""
                {"version": "1.0", "name": "dbx", "id": "b1", "mask_type": "database", "db_type": "databricks",
                 "server_hostname": "x.cloud.databricks.com", "http_path": "/sql/1.0/warehouses/abc",
                 "catalog": "main", "is_read_only": true}
                """#),
        RoundTrip(
            description: "Cassandra", kindName: "Cassandra",
            response: #"""
                {"name": "cas", "mask_type": "database", "db_type": "cassandra", "host": "ch", "port": 9042,
                 "database": "ks", "user": "cu", "password_encrypted": "e", "local_datacenter": "dc1",
                 "tls": false, "direct_connection": true, "is_read_only": false, "id": "k1"}
                """#,
            requestBody: #"""
                {"version": "1.0", "name": "cas", "id": "k1", "mask_type": "database", "db_type": "cassandra",
                 "host": "ch", "port": 9042, "database": "ks", "user": "cu", "local_datacenter": "dc1",
                 "tls": false, "direct_connection": true, "is_read_only": false}
                """#),
        RoundTrip(
            description: "SAP ASE", kindName: "SapAse",
            response: #"""
                {"name": "ase", "mask_type": "database", "db_type": "sap_ase", "host": "ah", "database": "adb",
                 "user": "sa", "tls": true, "tls_server_name": "cert.example.com", "connect_timeout": "30",
                 "id": "a1"}
                """#,
            requestBody: #"""
                {"version": "1.0", "name": "ase", "id": "a1", "mask_type": "database", "db_type": "sap_ase",
                 "host": "ah", "port": 5000, "database": "adb", "user": "sa", "tls": true,
                 "tls_server_name": "cert.example.com", "connect_timeout": 30, "is_read_only": false}
                """#),
        RoundTrip(
            description: "Salesforce", kindName: "Salesforce",
            response: #"""
                {"name": "sf", "mask_type": "database", "db_type": "salesforce",
                 "instance_url": "https://org.my.salesforce.com", "login_url": "https://org.my.salesforce.com",
                 "client_id": "cid", "user": "u@example.com", "salesforce_private_key_path": "keys/sf.pem",
                 "salesforce_private_key_passphrase_encrypted": "e", "api_version": null,
                 "is_read_only": false, "id": "s1"}
                """#,
            requestBody: #"""
                {"version": "1.0", "name": "sf", "id": "s1", "mask_type": "database", "db_type": "salesforce",
                 "instance_url": "https://org.my.salesforce.com", "login_url": "https://org.my.salesforce.com",
                 "client_id": "cid", "user": "u@example.com", "salesforce_private_key_path": "keys/sf.pem",
                 "is_read_only": false}
                """#),
        RoundTrip(
            description: "S3 (§19 S1)", kindName: "S3",
            response: #"""
                {"name": "s3", "bucket": "my-s3-bucket", "base_directory": "", "type": "s3_connection",
                 "mask_type": "file", "version": "1.0", "id": "88dabb63-aca5-4cc4-8f76-f78736a42f39",
                 "oracle_wallet": null, "connection_fileset": null,
                 "is_file_mask_source": true, "is_file_mask_destination": false}
                """#,
            requestBody: #"""
                {"name": "s3", "bucket": "my-s3-bucket", "base_directory": "", "type": "s3_connection",
                 "mask_type": "file", "version": "1.0", "id": "88dabb63-aca5-4cc4-8f76-f78736a42f39",
                 "is_file_mask_source": true, "is_file_mask_destination": false}
                """#),
        RoundTrip(
            description: "Azure Blob (§19 S1)", kindName: "Azure",
            response: #"""
                {"name": "azure", "type": "azure_blob_connection", "base_directory": "", "mask_type": "file",
                 "container": "mycontainer", "version": "1.0", "connection_string_encrypted": "some_base64_here",
                 "id": "490502e5-5bf6-4abb-b67b-c6091d40ecf0", "oracle_wallet": null, "connection_fileset": null,
                 "is_file_mask_source": true, "is_file_mask_destination": true}
                """#,
            requestBody: #"""
                {"name": "azure", "type": "azure_blob_connection", "base_directory": "", "mask_type": "file",
                 "container": "mycontainer", "version": "1.0", "id": "490502e5-5bf6-4abb-b67b-c6091d40ecf0",
                 "is_file_mask_source": true, "is_file_mask_destination": true}
                """#),
        RoundTrip(
            description: "Google Cloud Storage", kindName: "Gcs",
            response: #"""
                {"name": "gcs", "mask_type": "file", "type": "gcs_connection", "bucket": "gb",
                 "base_directory": "in", "service_account_key_encrypted": "e",
                 "is_file_mask_source": true, "is_file_mask_destination": false, "id": "g1"}
                """#,
            requestBody: #"""
                {"version": "1.0", "name": "gcs", "id": "g1", "mask_type": "file", "type": "gcs_connection",
                 "bucket": "gb", "base_directory": "in", "is_file_mask_source": true, "is_file_mask_destination": false}
                """#),
        RoundTrip(
            description: "mounted share", kindName: "MountedShare",
            response: #"""
                {"name": "share", "mask_type": "file", "type": "mounted_share_connection",
                 "base_directory": null, "id": "ms1"}
                """#,
            requestBody: #"""
                {"version": "1.0", "name": "share", "id": "ms1", "mask_type": "file",
                 "type": "mounted_share_connection", "base_directory": "",
                 "is_file_mask_source": false, "is_file_mask_destination": false}
                """#),
    ]

    /// Connection objects this release cannot model.
    static let unmodelled: [String] = [
        #"{"name": "quantum", "mask_type": "database", "db_type": "quantumdb", "host": "q", "port": 1, "password_encrypted": "e"}"#,
        #"{"name": "ftp", "mask_type": "file", "type": "ftp_connection", "base_directory": "x"}"#,
        #"{"name": "stream", "mask_type": "stream", "id": 3}"#,
        #"{"name": "no-mask-type", "db_type": "postgres"}"#,
        #"{"name": "no-db-type", "mask_type": "database"}"#,
        #"{"name": "no-file-type", "mask_type": "file"}"#,
        #"{"name": "broken-postgres", "mask_type": "database", "db_type": "postgres", "port": 5432}"#,
    ]
}
