"""Drive the official DataMasque Python client (datamasque-python 1.5.0) against `dm emulator`.

Every check asserts results:
ids, names and fields that round-trip, secrets that never come back in plain text,
exception types and what they carry,
and the exact HTTP exchanges the client made (recorded on its session).

    python Conformance/official_client.py --base-url http://127.0.0.1:8765 \\
        [--spcs-base-url http://127.0.0.1:8766 --spcs-pat <pat>]

The SPCS checks run only when an emulator started with `--spcs-pat` is given.
"""

import json
import logging
import os
import re
import socket
import time
import uuid
from typing import Any, Callable, Optional

import requests
from datamasque.client import (
    AzureConnectionConfig,
    CassandraConnectionConfig,
    CosmosDbConnectionConfig,
    DataMasqueApiError,
    DataMasqueClient,
    DataMasqueException,
    DataMasqueNotReadyError,
    DataMasqueTransportError,
    DataMasqueUserError,
    DatabaseConnectionConfig,
    DatabaseType,
    DatabricksConnectionConfig,
    DocumentDbConnectionConfig,
    DynamoConnectionConfig,
    GcsConnectionConfig,
    MongoConnectionConfig,
    MountedShareConnectionConfig,
    MssqlLinkedServerConnectionConfig,
    S3ConnectionConfig,
    SapAseConnectionConfig,
    SnowflakeConnectionConfig,
    SseConfig,
    SseSelection,
)
from datamasque.client.exceptions import SpcsGatewayAuthError
from datamasque.client.models.dm_instance import DataMasqueInstanceConfig

from harness import (
    EmulatorControl,
    Suite,
    WireRecorder,
    arguments,
    expect_equal,
    expect_raises,
    fail_fast_if_unreachable,
    unique_name,
)

# The official client logs every API error; the checks report what matters.
if not os.environ.get("CONFORMANCE_TRACEBACKS"):
    logging.getLogger("datamasque").setLevel(logging.CRITICAL)

ARGS = arguments(__doc__.splitlines()[0])
suite = Suite("official-client")
EMULATOR = EmulatorControl(ARGS.base_url)
SPCS_EMULATOR = EmulatorControl(ARGS.spcs_base_url, ARGS.spcs_pat) if ARGS.spcs_base_url else None

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
TOKEN_HEADER = re.compile(r"^Token [0-9a-f]{40}$")
LOGIN = "/api/auth/token/login/"
CONNECTIONS = "/api/connections/"
HEALTHCHECK = "/api/healthcheck/"


def make_client(
    base_url: Optional[str] = None,
    *,
    password: Optional[str] = None,
    token_source: Optional[Callable[[], str]] = None,
    spcs_pat: Optional[str] = None,
) -> tuple[DataMasqueClient, WireRecorder]:
    """A fresh official client and a recorder of its HTTP exchanges (password mode unless `token_source`)."""
    if token_source is None and password is None:
        password = ARGS.password
    config = DataMasqueInstanceConfig(
        base_url=base_url or ARGS.base_url,
        username=ARGS.username,
        password=password,
        token_source=token_source,
        spcs_pat=spcs_pat,
    )
    client = DataMasqueClient(config)
    return client, WireRecorder(client._session)


def raw_connection(client: DataMasqueClient, connection_id: str) -> dict:
    """The connection as the list endpoint sends it, before the official model drops anything."""
    items = client.make_request("GET", CONNECTIONS).json()
    assert isinstance(items, list), f"GET {CONNECTIONS} should be a bare JSON array, got {type(items).__name__}"
    matches = [item for item in items if item.get("id") == connection_id]
    assert len(matches) == 1, f"expected one raw connection with id {connection_id}, found {len(matches)}"
    return matches[0]


def listed_named(client: DataMasqueClient, name: str) -> list:
    return [connection for connection in client.list_connections() if connection.name == name]


def expire_tokens(emulator: EmulatorControl) -> None:
    emulator.control("POST", "expire-tokens")


def json_body(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as error:
        raise AssertionError(f"body is not JSON: {text[:200]!r}") from error


# Construction rules


@suite.check
def construction_rejects_both_password_and_token_source() -> None:
    error = expect_raises(
        DataMasqueUserError,
        lambda: DataMasqueInstanceConfig(
            base_url=ARGS.base_url, username="u", password="p", token_source=lambda: "t"
        ),
        "password and token_source together",
    )
    assert "password" in str(error) and "token_source" in str(error), f"message should name both fields: {error}"


@suite.check
def construction_rejects_neither_password_nor_token_source() -> None:
    expect_raises(
        DataMasqueUserError,
        lambda: DataMasqueInstanceConfig(base_url=ARGS.base_url, username="u"),
        "neither password nor token_source",
    )


@suite.check
def construction_accepts_empty_password_and_spcs_pat_with_either_source() -> None:
    DataMasqueInstanceConfig(base_url=ARGS.base_url, username="u", password="")
    DataMasqueInstanceConfig(base_url=ARGS.base_url, username="u", password="p", spcs_pat="pat")
    DataMasqueInstanceConfig(base_url=ARGS.base_url, username="u", token_source=lambda: "t", spcs_pat="pat")
    client, wire = make_client()
    expect_equal(client.token, "", "token before any request")
    expect_equal(wire.summary(), [], "requests made by construction")


# Authentication


@suite.check
def authenticate_posts_login_and_caches_token() -> None:
    client, wire = make_client()
    assert client.authenticate() is None, "authenticate() returns None"
    assert TOKEN_HEADER.match(client.token), f"cached credential should be 'Token <40 hex>', got {client.token!r}"
    expect_equal(wire.summary(), [("POST", LOGIN, 200)], "exchanges")
    login = wire.exchanges[0]
    assert "Authorization" not in login["request_headers"], "login must go without an Authorization header"
    expect_equal(
        json_body(login["request_body"]),
        {"username": ARGS.username, "password": ARGS.password},
        "login body",
    )
    expect_equal(client.token, f"Token {json_body(login['response_text'])['key']}", "token equals login key")


@suite.check
def every_login_issues_a_new_token_and_old_ones_stay_valid() -> None:
    client, _ = make_client()
    client.authenticate()
    first = client.token
    client.authenticate()
    assert client.token != first, "a second login should issue a different token"
    status, _, text = EMULATOR.request("GET", CONNECTIONS, headers={"Authorization": first})
    expect_equal(status, 200, f"GET {CONNECTIONS} with the earlier token ({text[:120]})")


@suite.check
def authenticate_with_wrong_password_raises_api_error_with_login_response() -> None:
    client, wire = make_client(password="not-the-password")
    error = expect_raises(DataMasqueApiError, client.authenticate, "wrong password")
    expect_equal(error.response.status_code, 400, "login status for bad credentials")
    body = error.response.json()
    assert "non_field_errors" in body, f"bad-credentials body should carry non_field_errors, got {body}"
    expect_equal(client.token, "", "token after failed login")
    expect_equal(wire.summary(), [("POST", LOGIN, 400)], "exchanges")


@suite.check
def first_request_is_lazy_401_then_login_then_replay() -> None:
    client, wire = make_client()
    connections = client.list_connections()
    assert isinstance(connections, list), "list_connections returns a list"
    expect_equal(
        wire.summary(),
        [("GET", CONNECTIONS, 401), ("POST", LOGIN, 200), ("GET", CONNECTIONS, 200)],
        "exchanges",
    )
    first, _, replay = wire.exchanges
    expect_equal(first["request_headers"].get("Authorization"), "", "first request's Authorization")
    expect_equal(replay["request_headers"].get("Authorization"), client.token, "replay's Authorization")
    assert TOKEN_HEADER.match(client.token), f"token after lazy login: {client.token!r}"


@suite.check
def missing_credentials_get_drf_401_with_token_challenge() -> None:
    client, _ = make_client()
    response = client.make_request("GET", CONNECTIONS, requires_authorization=False, require_status_check=False)
    expect_equal(response.status_code, 401, "status without Authorization")
    expect_equal(response.headers.get("WWW-Authenticate"), "Token", "WWW-Authenticate")
    expect_equal(
        response.json(), {"detail": "Authentication credentials were not provided."}, "body without Authorization"
    )
    status, headers, text = EMULATOR.request("GET", CONNECTIONS, headers={"Authorization": ""})
    expect_equal((status, json_body(text)), (401, response.json()), "empty Authorization value")
    expect_equal(headers.get("www-authenticate"), "Token", "WWW-Authenticate for an empty Authorization")


@suite.check
def unknown_token_gets_401_invalid_token() -> None:
    status, headers, text = EMULATOR.request("GET", CONNECTIONS, headers={"Authorization": "Token " + "0" * 40})
    expect_equal(status, 401, "status for an unknown token")
    expect_equal(json_body(text), {"detail": "Invalid token."}, "body for an unknown token")
    expect_equal(headers.get("www-authenticate"), "Token", "WWW-Authenticate")


@suite.check
def healthcheck_is_anonymous_and_returns_none() -> None:
    client, wire = make_client()
    assert client.healthcheck() is None, "healthcheck() returns None"
    expect_equal(wire.summary(), [("GET", HEALTHCHECK, 200)], "exchanges")
    assert "Authorization" not in wire.exchanges[0]["request_headers"], "healthcheck must not send Authorization"
    expect_equal(client.token, "", "healthcheck must not log in")


@suite.check
def unreachable_server_raises_transport_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{closed_port}"
    client, _ = make_client(url)
    error = expect_raises(DataMasqueTransportError, client.healthcheck, "closed port")
    assert url in str(error), f"message should name the URL: {error}"
    assert isinstance(error.__cause__, requests.RequestException), f"cause: {error.__cause__!r}"


# Connections: create, read back, secrets


class Kind:
    """One connection kind: how to build it, what it decodes to, what must round-trip."""

    def __init__(
        self,
        label: str,
        build: Callable[[str, str], Any],
        decoded_type: type,
        fields: dict,
        secret_field: Optional[str],
    ) -> None:
        self.label = label
        self.build = build
        self.decoded_type = decoded_type
        self.fields = fields
        self.secret_field = secret_field


KINDS = [
    Kind(
        "postgres",
        lambda name, secret: DatabaseConnectionConfig(
            name=name, host="pg.example.internal", port=5432, database="sales", user="masker",
            password=secret, database_type=DatabaseType.postgres, schema="public", is_read_only=True,
        ),
        DatabaseConnectionConfig,
        {"host": "pg.example.internal", "port": 5432, "database": "sales", "user": "masker",
         "database_type": DatabaseType.postgres, "db_schema": "public", "is_read_only": True},
        "password",
    ),
    Kind(
        "mysql",
        lambda name, secret: DatabaseConnectionConfig(
            name=name, host="mysql.example.internal", port=3306, database="shop", user="root",
            password=secret, database_type=DatabaseType.mysql,
        ),
        DatabaseConnectionConfig,
        {"host": "mysql.example.internal", "port": 3306, "database": "shop", "user": "root",
         "database_type": DatabaseType.mysql, "db_schema": None, "is_read_only": False},
        "password",
    ),
    Kind(
        "mssql-linked",
        lambda name, secret: MssqlLinkedServerConnectionConfig(
            name=name, host="sql.example.internal", port=1433, database="hr", user="sa",
            password=secret, database_type=DatabaseType.mssql_linked, schema="dbo", linked_server="REMOTE1",
        ),
        MssqlLinkedServerConnectionConfig,
        {"host": "sql.example.internal", "port": 1433, "database": "hr", "user": "sa",
         "database_type": DatabaseType.mssql_linked, "db_schema": "dbo", "linked_server": "REMOTE1"},
        "password",
    ),
    Kind(
        "s3",
        lambda name, secret: S3ConnectionConfig(
            name=name, bucket="masking-input", base_directory="incoming/", is_file_mask_source=True,
            iam_role_arn="arn:aws:iam::123456789012:role/datamasque",
        ),
        S3ConnectionConfig,
        {"bucket": "masking-input", "base_directory": "incoming/", "is_file_mask_source": True,
         "is_file_mask_destination": False, "iam_role_arn": "arn:aws:iam::123456789012:role/datamasque",
         "type": "s3_connection", "mask_type": "file"},
        None,
    ),
    Kind(
        "mounted-share",
        lambda name, secret: MountedShareConnectionConfig(
            name=name, base_directory="/mnt/masked", is_file_mask_destination=True,
        ),
        MountedShareConnectionConfig,
        {"base_directory": "/mnt/masked", "is_file_mask_source": False, "is_file_mask_destination": True,
         "type": "mounted_share_connection", "mask_type": "file"},
        None,
    ),
    Kind(
        "azure",
        lambda name, secret: AzureConnectionConfig(
            name=name, container="blobs", base_directory="out", is_file_mask_destination=True,
            connection_string=f"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={secret}",
        ),
        AzureConnectionConfig,
        {"container": "blobs", "base_directory": "out", "is_file_mask_destination": True,
         "type": "azure_blob_connection"},
        "connection_string",
    ),
    Kind(
        "gcs",
        lambda name, secret: GcsConnectionConfig(
            name=name, bucket="gcs-bucket", is_file_mask_source=True,
            service_account_key=json.dumps({"type": "service_account", "private_key": secret}),
        ),
        GcsConnectionConfig,
        {"bucket": "gcs-bucket", "is_file_mask_source": True, "type": "gcs_connection"},
        "service_account_key",
    ),
    Kind(
        "dynamodb",
        lambda name, secret: DynamoConnectionConfig(
            name=name, s3_bucket_name="dynamo-exports", dynamo_default_region="ap-southeast-2",
            dynamo_append_suffix="-COPY", dynamo_replace_tables=False,
            dynamo_default_sse=SseConfig(selection=SseSelection.account_managed, kms_key_id="kms-key-1"),
        ),
        DynamoConnectionConfig,
        {"s3_bucket_name": "dynamo-exports", "dynamo_default_region": "ap-southeast-2",
         "dynamo_append_suffix": "-COPY", "dynamo_replace_tables": False, "dynamo_append_datetime": False,
         "dynamo_default_sse": SseConfig(selection=SseSelection.account_managed, kms_key_id="kms-key-1"),
         "db_type": "dynamo_db"},
        None,
    ),
    Kind(
        "mongodb",
        lambda name, secret: MongoConnectionConfig(
            name=name, host="mongo.example.internal", port=27018, database="app", user="mongo",
            password=secret, replica_set="rs0", tls=True, tls_ca_file="ca.pem",
        ),
        MongoConnectionConfig,
        {"host": "mongo.example.internal", "port": 27018, "database": "app", "user": "mongo",
         "auth_source": "admin", "replica_set": "rs0", "tls": True, "tls_ca_file": "ca.pem",
         "retry_writes": True, "db_type": "mongodb"},
        "password",
    ),
    Kind(
        "documentdb",
        lambda name, secret: DocumentDbConnectionConfig(
            name=name, host="docdb.example.internal", database="catalog", user="doc", password=secret,
        ),
        DocumentDbConnectionConfig,
        {"host": "docdb.example.internal", "port": 27017, "database": "catalog", "user": "doc",
         "tls": False, "db_type": "documentdb"},
        "password",
    ),
    Kind(
        "cosmosdb",
        lambda name, secret: CosmosDbConnectionConfig(
            name=name, host="acct.mongo.cosmos.azure.com", database="orders", user="acct", password=secret,
        ),
        CosmosDbConnectionConfig,
        {"host": "acct.mongo.cosmos.azure.com", "port": 10255, "database": "orders", "tls": True,
         "retry_writes": False, "db_type": "cosmosdb"},
        "password",
    ),
    Kind(
        "snowflake",
        lambda name, secret: SnowflakeConnectionConfig(
            name=name, database="ANALYTICS", user="MASKER", snowflake_account_id="ab12345.ap-southeast-2",
            snowflake_warehouse="COMPUTE_WH", snowflake_role="MASKING", schema="PUBLIC", password=secret,
        ),
        SnowflakeConnectionConfig,
        {"database": "ANALYTICS", "user": "MASKER", "snowflake_account_id": "ab12345.ap-southeast-2",
         "snowflake_warehouse": "COMPUTE_WH", "snowflake_role": "MASKING", "db_schema": "PUBLIC",
         "db_type": "snowflake"},
        "password",
    ),
    Kind(
        "databricks",
        lambda name, secret: DatabricksConnectionConfig(
            name=name, server_hostname="dbc-1234.cloud.databricks.com", http_path="/sql/1.0/warehouses/abc",
            access_token=secret, catalog="main", schema="default",
        ),
        DatabricksConnectionConfig,
        {"server_hostname": "dbc-1234.cloud.databricks.com", "http_path": "/sql/1.0/warehouses/abc",
         "catalog": "main", "db_schema": "default", "db_type": "databricks"},
        "access_token",
    ),
    Kind(
        "cassandra",
        lambda name, secret: CassandraConnectionConfig(
            name=name, host="cassandra.example.internal", database="keyspace1", user="cass", password=secret,
            local_datacenter="dc1",
        ),
        CassandraConnectionConfig,
        {"host": "cassandra.example.internal", "port": 9042, "database": "keyspace1", "user": "cass",
         "local_datacenter": "dc1", "db_type": "cassandra"},
        "password",
    ),
    Kind(
        "sap-ase",
        lambda name, secret: SapAseConnectionConfig(
            name=name, host="ase.example.internal", database="pubs2", user="sa", password=secret, tls=True,
        ),
        SapAseConnectionConfig,
        {"host": "ase.example.internal", "port": 5000, "database": "pubs2", "user": "sa", "tls": True,
         "db_type": "sap_ase"},
        "password",
    ),
]


def round_trip(kind: Kind, client: DataMasqueClient, wire: WireRecorder) -> None:
    name = unique_name(kind.label)
    secret = f"plain-secret-{uuid.uuid4().hex}"
    config = kind.build(name, secret)
    try:
        wire.clear()
        returned = client.create_or_update_connection(config)
        assert returned is config, "create_or_update_connection returns the object it was given"
        assert isinstance(config.id, str) and UUID.match(config.id), f"id should be a UUID string, got {config.id!r}"
        expect_equal(wire.summary()[-1], ("POST", CONNECTIONS, 201), "create request")
        sent = json_body(wire.exchanges[-1]["request_body"])
        expect_equal(sent.get("version"), "1.0", "version in the create body")
        created = json_body(wire.exchanges[-1]["response_text"])
        expect_equal(created.get("name"), name, "name in the create response")

        listed = listed_named(client, name)
        assert len(listed) == 1, f"expected one listed connection named {name}, found {len(listed)}"
        connection = listed[0]
        assert type(connection) is kind.decoded_type, (
            f"list_connections decoded {type(connection).__name__}, expected {kind.decoded_type.__name__}"
        )
        expect_equal(connection.id, config.id, "listed id")
        for field, expected in kind.fields.items():
            expect_equal(getattr(connection, field, "<absent>"), expected, f"listed {field}")
        if kind.secret_field:
            expect_equal(getattr(connection, kind.secret_field), None, f"listed {kind.secret_field}")

        raw = raw_connection(client, config.id)
        assert secret not in json.dumps(raw), f"the plain-text secret came back in the list: {sorted(raw)}"
        assert secret not in wire.exchanges[-1]["response_text"], "the plain-text secret came back from the create"
        assert "dbpassword" not in raw, f"the write-only dbpassword key came back: {sorted(raw)}"
    finally:
        if config.id:
            client.delete_connection_by_id_if_exists(config.id)


def round_trip_check(kind: Kind) -> Callable[[], None]:
    def check() -> None:
        client, wire = make_client()
        client.authenticate()
        round_trip(kind, client, wire)

    return check


for _kind in KINDS:
    suite.add(f"create_{_kind.label.replace('-', '_')}_connection_round_trips", round_trip_check(_kind))


@suite.check
def password_secrets_come_back_only_as_password_encrypted() -> None:
    client, _ = make_client()
    name = unique_name("encrypted")
    secret = f"plain-secret-{uuid.uuid4().hex}"
    config = KINDS[0].build(name, secret)
    client.create_or_update_connection(config)
    try:
        raw = raw_connection(client, config.id)
        encrypted = raw.get("password_encrypted")
        assert isinstance(encrypted, str) and encrypted and encrypted != secret, (
            f"password_encrypted should be a non-empty opaque string, got {encrypted!r}"
        )
    finally:
        client.delete_connection_by_id_if_exists(config.id)


@suite.check
def list_connections_is_a_bare_array_of_typed_models() -> None:
    client, _ = make_client()
    names = [unique_name("list-db"), unique_name("list-s3")]
    postgres = KINDS[0].build(names[0], "pw")
    s3 = S3ConnectionConfig(name=names[1], bucket="b")
    for config in (postgres, s3):
        client.create_or_update_connection(config)
    try:
        raw = client.make_request("GET", CONNECTIONS).json()
        assert isinstance(raw, list), f"expected a bare JSON array, got {type(raw).__name__}"
        by_name = {connection.name: connection for connection in client.list_connections()}
        assert type(by_name.get(names[0])) is DatabaseConnectionConfig, f"{names[0]} decoded as {by_name.get(names[0])!r}"
        assert type(by_name.get(names[1])) is S3ConnectionConfig, f"{names[1]} decoded as {by_name.get(names[1])!r}"
        expect_equal(len(by_name), len(raw), "decoded count vs raw count (names are unique)")
    finally:
        for config in (postgres, s3):
            client.delete_connection_by_id_if_exists(config.id)


# Connections: update


@suite.check
def create_or_update_by_name_puts_to_the_existing_id() -> None:
    client, wire = make_client()
    name = unique_name("update")
    original = KINDS[0].build(name, "first-password")
    client.create_or_update_connection(original)
    try:
        changed = DatabaseConnectionConfig(
            name=name, host="pg2.example.internal", port=6543, database="sales", user="masker",
            password="second-password", database_type=DatabaseType.postgres,
        )
        assert changed.id is None
        wire.clear()
        client.create_or_update_connection(changed)
        expect_equal(
            wire.summary(),
            [("GET", CONNECTIONS, 200), ("PUT", f"{CONNECTIONS}{original.id}/", 200)],
            "exchanges for an update by name",
        )
        expect_equal(changed.id, original.id, "id after update by name")
        listed = listed_named(client, name)
        expect_equal(len(listed), 1, "connections with that name after update")
        expect_equal((listed[0].host, listed[0].port, listed[0].db_schema), ("pg2.example.internal", 6543, ""),
                     "updated host, port, schema")
        assert "second-password" not in json.dumps(raw_connection(client, original.id)), "updated secret came back"
    finally:
        client.delete_connection_by_id_if_exists(original.id)


@suite.check
def create_or_update_with_own_id_renames_the_connection() -> None:
    client, wire = make_client()
    old_name, new_name = unique_name("rename-old"), unique_name("rename-new")
    original = S3ConnectionConfig(name=old_name, bucket="one", is_file_mask_source=True)
    client.create_or_update_connection(original)
    try:
        renamed = S3ConnectionConfig(id=original.id, name=new_name, bucket="two", is_file_mask_destination=True)
        wire.clear()
        client.create_or_update_connection(renamed)
        expect_equal(wire.summary()[-1], ("PUT", f"{CONNECTIONS}{original.id}/", 200), "update request")
        expect_equal(renamed.id, original.id, "id after rename")
        names = {connection.name: connection for connection in client.list_connections()}
        assert old_name not in names, "the old name is still listed"
        listed = names.get(new_name)
        assert listed is not None, "the new name is not listed"
        expect_equal(
            (listed.id, listed.bucket, listed.is_file_mask_source, listed.is_file_mask_destination),
            (original.id, "two", False, True),
            "renamed connection",
        )
    finally:
        client.delete_connection_by_id_if_exists(original.id)


@suite.check
def posting_a_duplicate_name_is_a_400_on_name() -> None:
    client, _ = make_client()
    name = unique_name("duplicate")
    config = MountedShareConnectionConfig(name=name)
    client.create_or_update_connection(config)
    try:
        body = {"version": "1.0"} | MountedShareConnectionConfig(name=name).model_dump(
            exclude_none=True, by_alias=True, mode="json"
        )
        error = expect_raises(
            DataMasqueApiError, lambda: client.make_request("POST", CONNECTIONS, data=body), "duplicate POST"
        )
        expect_equal(error.response.status_code, 400, "duplicate-name status")
        assert "name" in error.response.json(), f"duplicate-name body should have a 'name' error: {error.response.text}"
        expect_equal(len(listed_named(client, name)), 1, "connections with that name")
    finally:
        client.delete_connection_by_id_if_exists(config.id)


# Connections: delete


@suite.check
def delete_by_id_removes_and_tolerates_404() -> None:
    client, wire = make_client()
    config = MountedShareConnectionConfig(name=unique_name("delete-id"))
    client.create_or_update_connection(config)
    wire.clear()
    assert client.delete_connection_by_id_if_exists(config.id) is None
    expect_equal(wire.summary(), [("DELETE", f"{CONNECTIONS}{config.id}/", 204)], "delete exchange")
    assert not listed_named(client, config.name), "deleted connection is still listed"
    error = expect_raises(
        DataMasqueApiError, lambda: client.make_request("GET", f"{CONNECTIONS}{config.id}/"), "GET deleted"
    )
    expect_equal(error.response.status_code, 404, "GET of the deleted id")
    wire.clear()
    client.delete_connection_by_id_if_exists(config.id)
    expect_equal(wire.summary(), [("DELETE", f"{CONNECTIONS}{config.id}/", 404)], "second delete")


@suite.check
def delete_by_name_deletes_only_the_exact_name() -> None:
    client, wire = make_client()
    name = unique_name("delete-name")
    target = MountedShareConnectionConfig(name=name)
    neighbour = MountedShareConnectionConfig(name=name + "-neighbour")
    client.create_or_update_connection(target)
    client.create_or_update_connection(neighbour)
    try:
        wire.clear()
        assert client.delete_connection_by_name_if_exists(name) is None
        expect_equal(
            wire.summary(),
            [("GET", CONNECTIONS, 200), ("DELETE", f"{CONNECTIONS}{target.id}/", 204)],
            "delete-by-name exchanges",
        )
        names = {connection.name for connection in client.list_connections()}
        assert name not in names, "the named connection is still listed"
        assert neighbour.name in names, "a connection whose name only starts with the same text was deleted"
        wire.clear()
        client.delete_connection_by_name_if_exists(name)
        expect_equal(wire.summary(), [("GET", CONNECTIONS, 200)], "deleting a missing name only lists")
    finally:
        client.delete_connection_by_id_if_exists(neighbour.id)


# make_request


@suite.check
def make_request_for_a_missing_connection_raises_api_error_404() -> None:
    client, _ = make_client()
    missing = str(uuid.uuid4())
    error = expect_raises(
        DataMasqueApiError, lambda: client.make_request("GET", f"{CONNECTIONS}{missing}/"), "GET unknown id"
    )
    expect_equal(error.response.status_code, 404, "status")
    assert "404" in str(error) and missing in str(error), f"message should name the URL and status: {error}"
    body = error.response.json()
    assert isinstance(body.get("detail"), str), f"404 body should be DRF {{'detail': ...}}, got {body}"
    response = client.make_request("GET", "/api/no-such-endpoint/", require_status_check=False)
    expect_equal(response.status_code, 404, "status of an unknown endpoint")
    response = client.make_request("GET", CONNECTIONS.rstrip("/"), require_status_check=False)
    expect_equal((response.status_code, response.json()), (404, {"detail": "Not found."}), "path without trailing /")


@suite.check
def make_request_with_a_wrong_method_gets_drf_405() -> None:
    client, _ = make_client()
    error = expect_raises(
        DataMasqueApiError, lambda: client.make_request("PATCH", CONNECTIONS, data={}), "PATCH on the list"
    )
    expect_equal(error.response.status_code, 405, "status")
    expect_equal(error.response.json(), {"detail": 'Method "PATCH" not allowed.'}, "body")


# Token-source mode


def fresh_token() -> str:
    return EMULATOR.login(ARGS.username, ARGS.password)


@suite.check
def token_source_replaces_the_login_post() -> None:
    calls: list[str] = []

    def source() -> str:
        calls.append(fresh_token())
        return calls[-1]

    client, wire = make_client(token_source=source)
    client.list_connections()
    expect_equal(wire.summary(), [("GET", CONNECTIONS, 401), ("GET", CONNECTIONS, 200)], "exchanges")
    expect_equal(len(calls), 1, "token_source calls")
    expect_equal(wire.exchanges[1]["request_headers"].get("Authorization"), f"Token {calls[0]}", "Authorization")
    wire.clear()
    client.authenticate()
    expect_equal(wire.summary(), [], "authenticate() in token-source mode makes no request")
    expect_equal(len(calls), 2, "token_source calls after authenticate()")


@suite.check
def token_source_exceptions_propagate_unchanged() -> None:
    class VaultDown(Exception):
        pass

    raised = VaultDown("vault unreachable")

    def source() -> str:
        raise raised

    client, wire = make_client(token_source=source)
    error = expect_raises(VaultDown, client.list_connections, "token source failure")
    assert error is raised, "the token source's own exception object should propagate"
    expect_equal(wire.summary(), [("GET", CONNECTIONS, 401)], "exchanges")


@suite.check
def a_second_401_is_final_and_raises_api_error() -> None:
    calls: list[int] = []

    def source() -> str:
        calls.append(1)
        return "0" * 40

    client, wire = make_client(token_source=source)
    error = expect_raises(DataMasqueApiError, client.list_connections, "unknown token from token_source")
    expect_equal(error.response.status_code, 401, "status")
    expect_equal(wire.summary(), [("GET", CONNECTIONS, 401), ("GET", CONNECTIONS, 401)], "exactly one replay")
    expect_equal(len(calls), 1, "token_source calls")


# Expired tokens


@suite.check
def expired_token_triggers_one_transparent_relogin() -> None:
    client, wire = make_client()
    client.authenticate()
    old = client.token
    expire_tokens(EMULATOR)
    wire.clear()
    client.list_connections()
    expect_equal(
        wire.summary(),
        [("GET", CONNECTIONS, 401), ("POST", LOGIN, 200), ("GET", CONNECTIONS, 200)],
        "exchanges after expiry",
    )
    assert client.token != old and TOKEN_HEADER.match(client.token), "a new token should be cached"
    expired = json_body(wire.exchanges[0]["response_text"])
    assert set(expired) == {"detail"} and isinstance(expired["detail"], str), f"expired-token body: {expired}"
    status, _, _ = EMULATOR.request("GET", CONNECTIONS, headers={"Authorization": old})
    expect_equal(status, 401, "the expired token stays rejected")


@suite.check
def expired_token_in_token_source_mode_calls_the_source_again() -> None:
    calls: list[str] = []

    def source() -> str:
        calls.append(fresh_token())
        return calls[-1]

    client, wire = make_client(token_source=source)
    client.authenticate()
    expire_tokens(EMULATOR)
    client.list_connections()
    expect_equal(len(calls), 2, "token_source calls")
    expect_equal(wire.summary(), [("GET", CONNECTIONS, 401), ("GET", CONNECTIONS, 200)], "exchanges")


@suite.check
def failed_relogin_raises_the_login_api_error() -> None:
    client, wire = make_client(password="wrong-password")
    client.token = f"Token {fresh_token()}"
    expire_tokens(EMULATOR)
    error = expect_raises(DataMasqueApiError, client.list_connections, "re-login with a wrong password")
    expect_equal(error.response.status_code, 400, "the login's status")
    expect_equal(wire.summary(), [("GET", CONNECTIONS, 401), ("POST", LOGIN, 400)], "exchanges")


# Starting up (502)


@suite.check
def starting_server_raises_not_ready() -> None:
    EMULATOR.control("POST", "starting-up", {"requests": 2})
    client, wire = make_client()
    error = expect_raises(DataMasqueNotReadyError, client.healthcheck, "healthcheck while starting")
    assert not isinstance(error, DataMasqueApiError), "NotReady must not be an ApiError"
    login = expect_raises(DataMasqueApiError, client.authenticate, "login while starting")
    expect_equal(login.response.status_code, 502, "login status while starting (login maps every non-200 to ApiError)")
    client.healthcheck()
    expect_equal(
        wire.summary(), [("GET", HEALTHCHECK, 502), ("POST", LOGIN, 502), ("GET", HEALTHCHECK, 200)], "exchanges"
    )


@suite.check
def injected_503_surfaces_once_as_api_error_with_retry_after() -> None:
    client, wire = make_client()
    client.authenticate()
    EMULATOR.control("POST", "faults", {"path": CONNECTIONS, "status": 503, "count": 1, "retry_after": 2})
    wire.clear()
    error = expect_raises(DataMasqueApiError, client.list_connections, "list during an injected 503")
    expect_equal(error.response.status_code, 503, "status")
    expect_equal(error.response.headers.get("Retry-After"), "2", "Retry-After")
    expect_equal(wire.summary(), [("GET", CONNECTIONS, 503)], "the official client does not retry")
    client.list_connections()


# SPCS gateway


def spcs_client(pat: Optional[str], **kwargs: Any) -> tuple[DataMasqueClient, WireRecorder]:
    return make_client(ARGS.spcs_base_url, spcs_pat=pat, **kwargs)


def has_gateway_signature(exchange: dict) -> bool:
    headers = {key.lower(): value for key, value in exchange["response_headers"].items()}
    return headers.get("server", "").strip() == "_" or "sfc-ss-" in headers.get("set-cookie", "")


def gateway_body(exchange: dict) -> dict:
    body = json_body(exchange["response_text"])
    assert isinstance(body, dict) and set(body) >= {"responseType", "requestId", "detail"}, f"gateway body: {body}"
    assert re.match(r"^ERROR_[A-Z][A-Z0-9_]+$", body["responseType"]), f"responseType: {body['responseType']!r}"
    assert UUID.match(body["requestId"]), f"requestId: {body['requestId']!r}"
    assert isinstance(body["detail"], str), f"detail: {body['detail']!r}"
    return body


def spcs_check(function: Callable[[], None]) -> Callable[[], None]:
    if SPCS_EMULATOR is not None:
        suite.check(function)
    return function


@spcs_check
def spcs_right_pat_passes_the_gateway_on_every_request() -> None:
    client, wire = spcs_client(ARGS.spcs_pat)
    client.healthcheck()
    client.list_connections()
    expect_equal(
        wire.summary(),
        [("GET", HEALTHCHECK, 200), ("GET", CONNECTIONS, 401), ("POST", LOGIN, 200), ("GET", CONNECTIONS, 200)],
        "exchanges through the gateway",
    )
    for exchange in wire.exchanges:
        expect_equal(
            exchange["request_headers"].get("X-SF-SPCS-Authorization"),
            f'Snowflake Token="{ARGS.spcs_pat}"',
            f"SPCS header on {exchange['method']} {exchange['path']}",
        )
        assert has_gateway_signature(exchange), f"no Server: _ / sfc-ss- cookie on {exchange['method']} {exchange['path']}"


@spcs_check
def spcs_datamasque_401_behind_the_gateway_still_relogs_in() -> None:
    client, wire = spcs_client(ARGS.spcs_pat)
    client.authenticate()
    expire_tokens(SPCS_EMULATOR)
    wire.clear()
    client.list_connections()
    expect_equal(
        wire.summary(),
        [("GET", CONNECTIONS, 401), ("POST", LOGIN, 200), ("GET", CONNECTIONS, 200)],
        "exchanges after expiry behind the gateway",
    )
    rejected = wire.exchanges[0]
    assert has_gateway_signature(rejected), "the DataMasque 401 should carry the gateway signature"
    body = json_body(rejected["response_text"])
    assert set(body) == {"detail"}, f"a DataMasque 401 keeps its DRF body behind the gateway, got {body}"


@spcs_check
def spcs_connections_round_trip_through_the_gateway() -> None:
    client, wire = spcs_client(ARGS.spcs_pat)
    client.authenticate()
    round_trip(KINDS[0], client, wire)


@spcs_check
def spcs_token_source_with_pat_works() -> None:
    client, wire = spcs_client(ARGS.spcs_pat, token_source=lambda: SPCS_EMULATOR.login(ARGS.username, ARGS.password))
    client.list_connections()
    expect_equal(wire.summary(), [("GET", CONNECTIONS, 401), ("GET", CONNECTIONS, 200)], "exchanges")


def expect_gateway_rejection(action: Callable[[], Any], wire: WireRecorder, what: str) -> tuple[Exception, dict]:
    error = expect_raises(SpcsGatewayAuthError, action, what)
    assert isinstance(error, DataMasqueException) and not isinstance(error, DataMasqueApiError), (
        "SpcsGatewayAuthError must be a DataMasqueException outside the ApiError tree"
    )
    assert len(wire.exchanges) == 1, f"{what}: expected exactly one request, got {wire.summary()}"
    exchange = wire.exchanges[0]
    assert exchange["status"] in (401, 403), f"gateway status {exchange['status']}"
    assert has_gateway_signature(exchange), "gateway rejection without Server: _ / sfc-ss- cookie"
    body = gateway_body(exchange)
    message = str(error)
    for part in (f"HTTP {exchange['status']}", body["responseType"], body["requestId"], body["detail"]):
        assert part in message, f"{what}: message should include {part!r}: {message}"
    return error, body


@spcs_check
def spcs_wrong_pat_raises_gateway_error_on_healthcheck() -> None:
    client, wire = spcs_client("wrong-pat")
    error, body = expect_gateway_rejection(client.healthcheck, wire, "healthcheck with a wrong PAT")
    expect_equal((wire.exchanges[0]["status"], body["responseType"]), (401, "ERROR_INVALID_TOKEN"), "rejection")
    assert "revoked" in str(error), f"a wrong PAT should get the invalid-token hint: {error}"


@spcs_check
def spcs_wrong_pat_never_triggers_a_relogin() -> None:
    client, wire = spcs_client("wrong-pat")
    expect_gateway_rejection(client.list_connections, wire, "list_connections with a wrong PAT")
    expect_equal(wire.summary()[0][:2], ("GET", CONNECTIONS), "the single request")
    expect_equal(client.token, "", "no token after a gateway rejection")
    wire.clear()
    expect_gateway_rejection(client.authenticate, wire, "authenticate with a wrong PAT")
    expect_equal(wire.summary()[0][:2], ("POST", LOGIN), "the single request")


@spcs_check
def spcs_each_rejection_has_a_fresh_request_id() -> None:
    client, wire = spcs_client("wrong-pat")
    _, first = expect_gateway_rejection(client.healthcheck, wire, "first rejection")
    wire.clear()
    _, second = expect_gateway_rejection(client.healthcheck, wire, "second rejection")
    assert first["requestId"] != second["requestId"], "requestId repeated across rejections"


@spcs_check
def spcs_missing_pat_is_rejected_by_the_gateway() -> None:
    client, wire = spcs_client(None)
    response = client.make_request("GET", HEALTHCHECK, requires_authorization=False, require_status_check=False)
    expect_equal(response.status_code, 401, "status without the SPCS header")
    assert has_gateway_signature(wire.exchanges[0]), "gateway rejection without signature"
    gateway_body(wire.exchanges[0])
    error = expect_raises(DataMasqueApiError, client.healthcheck, "healthcheck without a PAT (no hook installed)")
    expect_equal(error.response.status_code, 401, "status")


@spcs_check
def spcs_gateway_rejections_never_reach_datamasque() -> None:
    before = SPCS_EMULATOR.control("GET", "status")["login_count"]
    client, wire = spcs_client("wrong-pat")
    expect_gateway_rejection(client.authenticate, wire, "login with a wrong PAT")
    expect_equal(SPCS_EMULATOR.control("GET", "status")["login_count"], before, "logins after a rejected login")
    good, _ = spcs_client(ARGS.spcs_pat)
    good.authenticate()
    expect_equal(SPCS_EMULATOR.control("GET", "status")["login_count"], before + 1, "logins after a good login")


def gateway_mode_check(mode: str, status: int, response_type: str, hint_word: str) -> Callable[[], None]:
    def check() -> None:
        client, wire = spcs_client(ARGS.spcs_pat)
        SPCS_EMULATOR.control("POST", "spcs-mode", {"mode": mode})
        try:
            error, body = expect_gateway_rejection(client.healthcheck, wire, f"healthcheck in gateway mode {mode}")
        finally:
            SPCS_EMULATOR.control("POST", "spcs-mode", {"mode": "accepting"})
        expect_equal((wire.exchanges[0]["status"], body["responseType"]), (status, response_type), "rejection")
        hint = str(error).lower().split(body["detail"].lower(), 1)[-1]
        assert hint_word in hint, f"the likely-cause hint should mention {hint_word!r}: {error}"
        client.healthcheck()

    return check


if SPCS_EMULATOR is not None:
    suite.add("spcs_expired_pat_gets_the_expired_hint", gateway_mode_check("expired", 401, "ERROR_EXPIRED_TOKEN", "expired"))
    suite.add(
        "spcs_network_policy_gets_the_network_policy_hint",
        gateway_mode_check("network_policy", 403, "ERROR_NETWORK_POLICY", "network policy"),
    )


# The emulator's own request log


@suite.check
def emulator_request_log_holds_no_secrets() -> None:
    client, _ = make_client()
    client.authenticate()
    secrets = {}
    for kind in (kind for kind in KINDS if kind.label in ("postgres", "azure", "databricks")):
        secret = f"plain-secret-{uuid.uuid4().hex}"
        config = kind.build(unique_name(f"log-{kind.label}"), secret)
        client.create_or_update_connection(config)
        client.delete_connection_by_id_if_exists(config.id)
        secrets[f"{kind.label} {kind.secret_field}"] = (config.name, secret)
    sources = {"GET /_emulator/requests": EMULATOR.control("GET", "requests")}
    if ARGS.request_log:
        sources[f"--request-log {ARGS.request_log}"] = read_request_log(list(name for name, _ in secrets.values()))
    problems = []
    for source, recorded in sources.items():
        text = json.dumps(recorded)
        for label, (name, secret) in secrets.items():
            if name not in text:
                problems.append(f"the POST of {name} is missing from {source}")
            if secret in text:
                problems.append(f"{source} shows the {label} in plain text")
        logins = [entry for entry in recorded if entry.get("path") == LOGIN]
        if not logins:
            problems.append(f"no login recorded in {source}")
        if any((entry.get("body") or {}).get("password") == ARGS.password for entry in logins):
            problems.append(f"{source} shows the login password")
        if client.token.split()[-1] in text:
            problems.append(f"{source} shows the login token")
    assert not problems, "; ".join(problems)


def read_request_log(expected_names: list) -> list:
    """The emulator's JSON-lines request log, once it mentions every expected name (it may lag a little)."""
    deadline = time.monotonic() + 5
    while True:
        with open(ARGS.request_log, encoding="utf-8") as log:
            text = log.read()
        if all(name in text for name in expected_names) or time.monotonic() > deadline:
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        time.sleep(0.1)


@spcs_check
def emulator_request_log_shows_the_spcs_header_but_not_the_pat() -> None:
    client, _ = spcs_client(ARGS.spcs_pat)
    client.healthcheck()
    recorded = SPCS_EMULATOR.control("GET", "requests")
    assert recorded and recorded[-1].get("spcs_header") is True, f"last recorded request: {recorded[-1:]}"
    assert ARGS.spcs_pat not in json.dumps(recorded), "GET /_emulator/requests shows the SPCS PAT"


if __name__ == "__main__":
    fail_fast_if_unreachable(ARGS.base_url)
    raise SystemExit(suite.run(ARGS.only))
