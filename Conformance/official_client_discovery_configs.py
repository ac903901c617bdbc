"""Drive the official client's discovery config, config library, RG config and table reference calls against `dm emulator`.

Covers every method of api.md §3.8, §3.9, §3.13 and §3.14 of datamasque-python 1.5.0:
what came back, and the exact HTTP exchanges the client made.

    python Conformance/official_client_discovery_configs.py --base-url http://127.0.0.1:8765 \\
        [--username admin --password datamasque]
"""

from urllib.parse import parse_qs

from datamasque.client import DataMasqueApiError
from datamasque.client.models.connection import DatabaseConnectionConfig, DatabaseType
from datamasque.client.models.discovery_config import DiscoveryConfig, DiscoveryConfigType
from datamasque.client.models.discovery_config_library import DiscoveryConfigLibrary
from datamasque.client.models.rg_config import RGConfig
from datamasque.client.models.status import ValidationStatus
from datamasque.client.models.table_reference import TableReference, TableReferenceFormat, TableReferenceOptions

from harness import Suite, arguments, expect_equal, expect_raises, fail_fast_if_unreachable, unique_name
from official_session import json_body, official_client, quiet_official_logging

quiet_official_logging()
ARGS = arguments(__doc__.splitlines()[0])
suite = Suite("official-client-discovery-configs")

CONFIGS = "/api/discovery/configs/"
LIBRARIES = "/api/discovery/config-libraries/"
RG_CONFIGS = "/api/ruleset-generation-configs/"
TABLE_REFERENCES = "/api/table-references/"
YAML = "version: '1.0'\nlabels:\n  - name: Email\n    keywords: [email]\n"
INVALID_YAML = "version: '1.0'\nmasks: []\n"


def client():
    """A logged-in official client as the script's administrator, with its recorder cleared."""
    official, wire = official_client(ARGS)
    official.authenticate()
    wire.clear()
    return official, wire


def query(exchange: dict) -> dict:
    return {key: values[0] for key, values in parse_qs(exchange["query"], keep_blank_values=True).items()}


# Discovery configs (§3.8)


@suite.check
def discovery_config_create_get_update_and_delete() -> None:
    official, wire = client()
    name = unique_name("dcfg")
    created = official.create_discovery_config(
        DiscoveryConfig(name=name, yaml=YAML, config_type=DiscoveryConfigType.database))
    expect_equal(wire.summary(), [("POST", CONFIGS, 201)], "create exchanges")
    expect_equal(json_body(wire.exchanges[0]["request_body"]),
                 {"name": name, "config_yaml": YAML, "config_type": "database"}, "create body")
    assert created.id and created.created and created.is_valid is ValidationStatus.valid, repr(created)

    fetched = official.get_discovery_config(created.id)
    expect_equal((fetched.name, fetched.yaml, fetched.config_type), (name, YAML, DiscoveryConfigType.database), "get")

    created.yaml = INVALID_YAML
    wire.clear()
    updated = official.update_discovery_config(created)
    expect_equal(wire.summary(), [("PUT", f"{CONFIGS}{created.id}/", 200)], "update exchanges")
    expect_equal(updated.is_valid, ValidationStatus.invalid, "is_valid after an invalid update")
    assert updated.validation_error, "validation_error should say what is wrong"
    expect_equal([(d.line_number, d.column_number) for d in updated.validation_error_details], [(2, 1)], "positions")

    wire.clear()
    official.delete_discovery_config_by_id_if_exists(created.id)
    official.delete_discovery_config_by_id_if_exists(created.id)
    expect_equal(wire.summary(), [("DELETE", f"{CONFIGS}{created.id}/", 204), ("DELETE", f"{CONFIGS}{created.id}/", 404)],
                 "delete twice, the second a tolerated 404")


@suite.check
def discovery_configs_are_unique_per_name_and_type() -> None:
    official, wire = client()
    name = unique_name("dtyped")
    database = official.create_or_update_discovery_config(
        DiscoveryConfig(name=name, yaml=YAML, config_type=DiscoveryConfigType.database))
    file = official.create_or_update_discovery_config(
        DiscoveryConfig(name=name, yaml=YAML, config_type=DiscoveryConfigType.file))
    assert database.id != file.id, "one config per type"
    lookup = [e for e in wire.exchanges if e["method"] == "GET"][0]
    expect_equal(query(lookup), {"name_exact": name, "config_type": "database", "limit": "1"}, "lookup")

    again = official.create_or_update_discovery_config(
        DiscoveryConfig(name=name, yaml=INVALID_YAML, config_type=DiscoveryConfigType.file))
    expect_equal(again.id, file.id, "upsert by name and type updates the file config")
    expect_equal(wire.summary()[-1][:2], ("PUT", f"{CONFIGS}{file.id}/"), "last exchange")

    found = official.get_discovery_config_by_name(name, DiscoveryConfigType.file)
    expect_equal((found.id, found.yaml), (file.id, INVALID_YAML), "get by name and type")
    assert official.get_discovery_config_by_name(unique_name("none"), DiscoveryConfigType.file) is None

    listed = [c for c in official.list_discovery_configs() if c.name == name]
    expect_equal(sorted(c.config_type.value for c in listed), ["database", "file"], "listed types")
    assert all(c.yaml is None for c in listed), "listings leave out the YAML"
    expect_equal(len([c for c in official.iter_discovery_configs() if c.name == name]), 2, "iterated")

    official.delete_discovery_config_by_name_if_exists(name, DiscoveryConfigType.file)
    remaining = [c.config_type for c in official.list_discovery_configs() if c.name == name]
    expect_equal(remaining, [DiscoveryConfigType.database], "only the database config is left")
    official.delete_discovery_config_by_name_if_exists(name, DiscoveryConfigType.database)


@suite.check
def discovery_config_with_empty_yaml_fails_before_any_request() -> None:
    official, wire = client()
    expect_raises(Exception, lambda: official.create_discovery_config(
        DiscoveryConfig(name="x", yaml="", config_type=DiscoveryConfigType.file)), "empty yaml")
    expect_equal(wire.summary(), [], "requests")


@suite.check
def default_discovery_config_yaml_is_served_as_yaml() -> None:
    official, wire = client()
    text = official.get_default_discovery_config_yaml()
    assert "labels:" in text, text[:200]
    expect_equal(wire.exchanges[0]["response_headers"].get("Content-Type"), "application/x-yaml", "content type")
    created = official.create_discovery_config(
        DiscoveryConfig(name=unique_name("ddef"), yaml=text, config_type=DiscoveryConfigType.database))
    expect_equal(created.is_valid, ValidationStatus.valid, "the defaults validate")
    official.delete_discovery_config_by_id_if_exists(created.id)


# Discovery config libraries (§3.9)


@suite.check
def config_library_lifecycle_and_namespaces() -> None:
    official, wire = client()
    name = unique_name("dlib")
    scoped = official.create_discovery_config_library(DiscoveryConfigLibrary(name=name, namespace="org", yaml=YAML))
    expect_equal(json_body(wire.exchanges[0]["request_body"]), {"name": name, "namespace": "org", "config_yaml": YAML},
                 "create body")
    assert scoped.id and scoped.is_valid is ValidationStatus.valid and scoped.usage_count == 0, repr(scoped)
    plain = official.create_or_update_discovery_config_library(DiscoveryConfigLibrary(name=name, yaml=YAML))
    assert plain.id != scoped.id, "namespaces are separate"

    expect_equal(official.get_discovery_config_library_by_name(name, "org").id, scoped.id, "lookup in org")
    expect_equal(official.get_discovery_config_library_by_name(name).id, plain.id, "lookup in the default namespace")
    assert official.get_discovery_config_library_by_name(name, "elsewhere") is None
    expect_equal(official.get_discovery_config_library(scoped.id).yaml, YAML, "get by id")

    plain.yaml = "labels: 3\n"
    updated = official.update_discovery_config_library(plain)
    expect_equal(updated.is_valid, ValidationStatus.invalid, "invalid YAML is stored invalid")
    assert updated.validation_error, "validation_error should be set"
    wire.clear()
    again = official.create_or_update_discovery_config_library(DiscoveryConfigLibrary(name=name, yaml=YAML))
    expect_equal(again.id, plain.id, "upsert by name and namespace")
    expect_equal([(e["method"], query(e)) for e in wire.exchanges][0], ("GET", {"name_exact": name}), "lookup")

    listed = [lib for lib in official.list_discovery_config_libraries() if lib.name == name]
    expect_equal(sorted(lib.namespace for lib in listed), ["", "org"], "listed namespaces")
    official.delete_discovery_config_library_by_name_if_exists(name)
    official.delete_discovery_config_library_by_id_if_exists(scoped.id)
    assert not [lib for lib in official.list_discovery_config_libraries() if lib.name == name], "both deleted"


@suite.check
def imported_config_library_needs_force_and_leaves_the_config_invalid() -> None:
    official, _ = client()
    name = unique_name("dimp")
    library = official.create_discovery_config_library(DiscoveryConfigLibrary(name=name, namespace="team", yaml=YAML))
    config = official.create_discovery_config(DiscoveryConfig(
        name=unique_name("duses"), yaml=f"version: '1.0'\nimports: [team/{name}]\n",
        config_type=DiscoveryConfigType.database))
    expect_equal(config.is_valid, ValidationStatus.valid, "the importing config")
    expect_equal(official.get_discovery_config_library(library.id).usage_count, 1, "usage_count")
    error = expect_raises(DataMasqueApiError,
                          lambda: official.delete_discovery_config_library_by_id_if_exists(library.id), "unforced delete")
    expect_equal(error.response.status_code, 409, "status")
    assert json_body(error.response.text)["configs"][0]["id"] == config.id, error.response.text
    official.delete_discovery_config_library_by_name_if_exists(name, "team", force=True)
    expect_equal(official.get_discovery_config(config.id).is_valid, ValidationStatus.invalid, "after a forced delete")
    official.delete_discovery_config_by_id_if_exists(config.id)


# RG configs (§3.14)


@suite.check
def rg_config_lifecycle_and_archive() -> None:
    official, wire = client()
    name = unique_name("rg")
    default_yaml = official.get_default_rg_config_yaml()
    assert "labels:" in default_yaml, default_yaml[:200]
    created = official.create_rg_config(RGConfig(name=name, yaml=default_yaml))
    assert created.id and created.is_valid is ValidationStatus.valid and created.validation_errors == [], repr(created)
    expect_equal(official.get_rg_config(created.id).yaml, default_yaml, "get by id")
    expect_equal(official.get_rg_config_by_name(name).id, created.id, "get by name")
    assert official.get_rg_config_by_name(unique_name("none")) is None

    created.yaml = "labels: []\n"
    updated = official.update_rg_config(created)
    expect_equal(updated.is_valid, ValidationStatus.invalid, "invalid after update")
    assert updated.validation_errors and updated.validation_errors[0].line_number, repr(updated.validation_errors)
    wire.clear()
    again = official.create_or_update_rg_config(RGConfig(name=name, yaml=default_yaml))
    expect_equal(again.id, created.id, "upsert by name")
    expect_equal([(m, p) for m, p, _ in wire.summary()], [("GET", RG_CONFIGS), ("PUT", f"{RG_CONFIGS}{created.id}/")],
                 "lookup then update, no detail GET")
    assert name in [c.name for c in official.list_rg_configs()]
    assert name in [c.name for c in official.iter_rg_configs()]

    official.delete_rg_config_by_name_if_exists(name)
    assert official.get_rg_config_by_name(name) is None, "archived configs are not listed"
    official.delete_rg_config_by_id_if_exists(created.id)
    fresh = official.create_rg_config(RGConfig(name=name, yaml=default_yaml))
    assert fresh.id != created.id, "the name is free again"
    official.delete_rg_config_by_id_if_exists(fresh.id)


# Table references (§3.13)


@suite.check
def table_reference_lifecycle() -> None:
    official, wire = client()
    connection = DatabaseConnectionConfig(
        name=unique_name("tref-db"), database_type=DatabaseType.postgres, host="db", port=5432, database="app",
        user="masker", password="secret-password")
    official.create_or_update_connection(connection)
    connection_id = next(c.id for c in official.list_connections() if c.name == connection.name)
    name = unique_name("tref")
    wire.clear()
    created = official.create_table_reference(TableReference(name=name, connection=connection_id, source="public.t"))
    expect_equal(json_body(wire.exchanges[0]["request_body"]),
                 {"name": name, "connection": connection_id, "source": "public.t"}, "create body without options")
    expect_equal(created.options, TableReferenceOptions(), "server-filled option defaults")

    created.options = TableReferenceOptions(format=TableReferenceFormat.parquet, null_string="NULL")
    updated = official.update_table_reference(created)
    expect_equal(updated.options.format, TableReferenceFormat.parquet, "options replaced")
    updated.options = None
    updated.source = "public.other"
    kept = official.update_table_reference(updated)
    expect_equal(kept.options.null_string, "NULL", "options kept when left out")
    expect_equal(official.get_table_reference(created.id).source, "public.other", "get by id")
    expect_equal(official.get_table_reference_by_name(name).id, created.id, "get by name")
    again = official.create_or_update_table_reference(
        TableReference(name=name, connection=connection_id, source="public.third"))
    expect_equal(again.id, created.id, "upsert by name")
    assert name in [r.name for r in official.list_table_references()]

    official.delete_table_reference_by_name_if_exists(name)
    official.delete_table_reference_by_id_if_exists(created.id)
    assert official.get_table_reference_by_name(name) is None, "archived references are not listed"
    fresh = official.create_or_update_table_reference(
        TableReference(name=name, connection=connection_id, source="public.t"))
    assert fresh.id != created.id, "the name is free again"
    official.delete_table_reference_by_id_if_exists(fresh.id)
    official.delete_connection_by_name_if_exists(connection.name)


if __name__ == "__main__":
    fail_fast_if_unreachable(ARGS.base_url)
    raise SystemExit(suite.run(ARGS.only))
