"""Drive the official client's discovery and ruleset generation calls (datamasque-python 1.5.0) against `dm emulator`.

Every check asserts what came back and the HTTP exchanges the client made.
Runs and generation tasks are moved along with the emulator's `/_emulator/runs/complete`;
the database report's split into parts is provoked with `/_emulator/discovery/report-row-limit`.

    python Conformance/official_client_discovery.py --base-url http://127.0.0.1:8765 \\
        [--username admin --password datamasque]
"""

import io
import zipfile

from datamasque.client import (
    AsyncRulesetGenerationInProgressError,
    DataMasqueException,
    DatabaseConnectionConfig,
    DatabaseType,
    DiscoveryConfigNotFoundError,
    FailedToStartError,
    MountedShareConnectionConfig,
    RGConfigNotFoundError,
    Ruleset,
    RulesetType,
)
from datamasque.client.models.data_selection import (
    HashColumnsTableConfig,
    SelectedColumns,
    SelectedFileData,
    UserSelection,
)
from datamasque.client.models.discovery import (
    FileDataDiscoveryFromConfigRequest,
    FileDataDiscoveryOptions,
    FileDataDiscoveryRequest,
    FileRulesetGenerationRequest,
    FileRulesetGenerationWithRGConfigRequest,
    InDataDiscoveryConfig,
    RulesetGenerationRequest,
    RulesetGenerationWithRGConfigRequest,
    SchemaDiscoveryFromConfigRequest,
    SchemaDiscoveryRequest,
)
from datamasque.client.models.runs import MaskingRunRequest, MaskType
from datamasque.client.models.safe_data_preview import SafeDataPreviewOptions, StringPreview
from datamasque.client.models.status import AsyncRulesetGenerationTaskStatus, MaskingRunStatus, ValidationStatus

from harness import EmulatorControl, Suite, arguments, expect_equal, expect_raises, fail_fast_if_unreachable, unique_name
from official_session import json_body, official_client, quiet_official_logging

quiet_official_logging()
ARGS = arguments(__doc__.splitlines()[0])
suite = Suite("official-client-discovery")
EMULATOR = EmulatorControl(ARGS.base_url)

SELECTION = {"public": {"customers": ["email", "first_name", "dob"], "orders": ["card_number"]}}
FILE_SELECTION = [
    UserSelection(files=["exports/customers/customers_2024.csv"], locators=["email"]),
    UserSelection(files=["exports/hr/staff.json"], locators=[["employees", "*", "ssn"]]),
]


def client():
    """A logged-in official client with its recorder cleared."""
    official, wire = official_client(ARGS)
    official.authenticate()
    wire.clear()
    return official, wire


def database(official) -> DatabaseConnectionConfig:
    connection = DatabaseConnectionConfig(
        name=unique_name("disco-db"), host="db.example.internal", port=5432, database="shop", user="masker",
        password="pw", database_type=DatabaseType.postgres)
    official.create_or_update_connection(connection)
    return connection


def share(official) -> MountedShareConnectionConfig:
    connection = MountedShareConnectionConfig(
        name=unique_name("disco-share"), base_directory="exports", is_file_mask_source=True)
    official.create_or_update_connection(connection)
    return connection


def finish(official, run_id: int) -> None:
    EMULATOR.control("POST", "runs/complete")
    status = official.get_run_info(run_id).status
    expect_equal(status, MaskingRunStatus.finished, f"run {run_id} after /_emulator/runs/complete")


def scanned(official):
    """A database connection with a finished schema discovery, and that run's id."""
    connection = database(official)
    run_id = official.start_schema_discovery_run(SchemaDiscoveryRequest(connection=connection.id))
    finish(official, run_id)
    return connection, run_id


def labelled(results) -> dict:
    return {(row.schema_name, row.table, row.column): [m.label for m in row.data.discovery_matches if m.label]
            for row in results}


# Starting discovery runs


@suite.check
def legacy_schema_discovery_is_a_run_with_results() -> None:
    official, wire = client()
    connection = database(official)
    wire.clear()
    run_id = official.start_schema_discovery_run(SchemaDiscoveryRequest(
        connection=connection.id, custom_keywords=["status"],
        in_data_discovery=InDataDiscoveryConfig(enabled=True, safe_data_preview=SafeDataPreviewOptions(enabled=True))))
    expect_equal(wire.summary(), [("POST", "/api/schema-discovery/", 201)], "start exchanges")
    info = official.get_run_info(run_id)
    expect_equal((info.status, info.mask_type), (MaskingRunStatus.queued, MaskType.database), "run info")
    assert info.ruleset_name.startswith("$auto_schema_discovery"), info.ruleset_name
    finish(official, run_id)
    results = official.list_schema_discovery_results(run_id)
    labels = labelled(results)
    expect_equal(labels[("public", "customers", "email")], ["email", "email"], "email labels (MDD and IDD)")
    expect_equal(labels[("public", "customers", "status")], ["status"], "custom keyword")
    expect_equal(labels[("public", "employees", "ssn")][0], "social_security_number", "ssn")
    expect_equal(labels[("public", "customers", "id")], [], "id is not sensitive")
    email = next(row for row in results if (row.table, row.column) == ("customers", "email"))
    assert isinstance(email.data.safe_data_preview, StringPreview), type(email.data.safe_data_preview)


@suite.check
def schema_discovery_from_config_defaults_and_refusals() -> None:
    official, wire = client()
    connection = database(official)
    wire.clear()
    run_id = official.start_schema_discovery_run_from_config(
        SchemaDiscoveryFromConfigRequest(connection=connection.id, discovery_config=None, schemas=["archive"]))
    expect_equal(wire.summary(), [("POST", "/api/schema-discovery/v2/", 201)], "start exchanges")
    expect_equal(json_body(wire.exchanges[0]["request_body"]),
                 {"connection": connection.id, "discovery_config": None, "schemas": ["archive"]}, "body")
    finish(official, run_id)
    tables = {row.table for row in official.list_schema_discovery_results(run_id)}
    expect_equal(tables, {"customers_archive", "audit_log"}, "tables of the archive schema")
    expect_raises(DiscoveryConfigNotFoundError, lambda: official.start_schema_discovery_run_from_config(
        SchemaDiscoveryFromConfigRequest(connection=connection.id, discovery_config="no-such-config")), "unknown config")
    failed = expect_raises(FailedToStartError, lambda: official.start_schema_discovery_run_from_config(
        SchemaDiscoveryFromConfigRequest(connection="no-such-connection", discovery_config=None)), "unknown connection")
    assert not isinstance(failed, DiscoveryConfigNotFoundError), type(failed)
    busy = official.start_schema_discovery_run(SchemaDiscoveryRequest(connection=connection.id))
    expect_raises(FailedToStartError, lambda: official.start_schema_discovery_run(
        SchemaDiscoveryRequest(connection=connection.id)), "second run on a busy connection")
    finish(official, busy)


@suite.check
def file_data_discovery_legacy_and_from_config() -> None:
    official, wire = client()
    connection = share(official)
    wire.clear()
    run_id = official.start_file_data_discovery_run(FileDataDiscoveryRequest(
        connection=connection.id, in_data_discovery=InDataDiscoveryConfig(enabled=True)))
    expect_equal(wire.summary(), [("POST", "/api/run-file-data-discovery/", 201)], "start exchanges")
    expect_equal(official.get_run_info(run_id).mask_type, MaskType.file_data_discovery, "mask type")
    early = expect_raises(Exception, lambda: official.get_file_data_discovery_report(run_id), "report before the end")
    finish(official, run_id)
    wire.clear()
    report = official.get_file_data_discovery_report(run_id)
    expect_equal(wire.summary(), [("GET", f"/api/runs/{run_id}/file-discovery-results/", 200)], "report exchanges")
    expect_equal(len(report), 3, "file groups")
    csv_group = next(group for group in report if group.file_type == "csv")
    expect_equal(csv_group.connection.name, connection.name, "connection")
    email = next(result for result in csv_group.results if result.locator == "email")
    expect_equal(email.matches[0].label, "email", "email locator")
    staff = next(group for group in report if group.file_type == "json")
    ssn = next(result for result in staff.results if result.locator == ["employees", "*", "ssn"])
    expect_equal(ssn.matches[0].label, "social_security_number", "JSON path locator")
    assert staff.files[0].value_counts, "value counts with in-data discovery"

    v2 = official.start_file_data_discovery_run_from_config(FileDataDiscoveryFromConfigRequest(
        connection=connection.id, discovery_config=None, options=FileDataDiscoveryOptions(diagnostic_logging=True)))
    finish(official, v2)
    expect_raises(DiscoveryConfigNotFoundError, lambda: official.start_file_data_discovery_run_from_config(
        FileDataDiscoveryFromConfigRequest(connection=connection.id, discovery_config="nope")), "unknown config")
    del early


# Reading results


@suite.check
def schema_results_page_iterate_and_list() -> None:
    official, wire = client()
    _, run_id = scanned(official)
    wire.clear()
    page = official.get_schema_discovery_page(run_id, limit=5, offset=5)
    expect_equal(wire.exchanges[0]["query"], "limit=5&offset=5", "page query")
    expect_equal(len(page.results), 5, "page size")
    assert page.next, "a next link"
    assert page.table_metadata, "table metadata"
    for schema, tables in page.table_metadata.items():
        for name, metadata in tables.items():
            assert metadata.row_count and metadata.primary_keys, (schema, name)
    everything = official.list_schema_discovery_results(run_id)
    expect_equal(len(everything), page.count, "list drains every page")
    expect_equal([row.id for row in official.iter_schema_discovery_results(run_id)], [row.id for row in everything],
                 "iterator order")
    masking_run = expect_raises(Exception, lambda: official.get_schema_discovery_page(999999), "unknown run")
    del masking_run


# Reports and config snapshot


@suite.check
def reports_and_split_report() -> None:
    official, wire = client()
    _, run_id = scanned(official)
    sdd = official.get_sdd_report(run_id)
    assert "social_security_number" in sdd, sdd[:200]
    report = official.get_db_discovery_result_report(run_id)
    assert isinstance(report, str) and report.splitlines()[0].endswith(",selected"), report[:200]
    plain = official.get_db_discovery_result_report(run_id, include_selection_column=False)
    assert "selected" not in plain.splitlines()[0], plain[:200]
    wire.clear()
    EMULATOR.control("POST", "discovery/report-row-limit", {"rows": 5})
    try:
        split = official.get_db_discovery_result_report(run_id)
    finally:
        EMULATOR.control("POST", "discovery/report-row-limit", {"rows": 100000})
    assert isinstance(split, bytes), type(split)
    with zipfile.ZipFile(io.BytesIO(split)) as archive:
        names = archive.namelist()
        lines = sum(len(archive.read(name).decode().splitlines()) - 1 for name in names)
    expect_equal(lines, len(report.splitlines()) - 1, "lines across the parts")
    assert len(names) > 1 and all(name.endswith(".csv") for name in names), names


@suite.check
def config_snapshot_yaml_with_timezone() -> None:
    official, wire = client()
    connection = database(official)
    run_id = official.start_schema_discovery_run_from_config(
        SchemaDiscoveryFromConfigRequest(connection=connection.id, discovery_config=None))
    wire.clear()
    yaml = official.get_discovery_run_config_snapshot_yaml(run_id, timezone="+05:30")
    expect_equal(wire.summary(), [("GET", f"/api/discovery/runs/{run_id}/config-snapshot/", 200)], "exchanges")
    expect_equal(wire.exchanges[0]["query"], "timezone=%2B05%3A30", "query")
    first = yaml.splitlines()[0]
    assert first.startswith("#") and "+05:30" in first, first
    assert "built-in database discovery defaults" in yaml, yaml[:300]
    finish(official, run_id)


# Synchronous generation


@suite.check
def generate_then_mask_with_the_generated_ruleset() -> None:
    official, wire = client()
    connection, _ = scanned(official)
    wire.clear()
    yaml = official.generate_ruleset(RulesetGenerationRequest(
        connection=connection.id, selected_columns=SELECTION,
        hash_columns={"public": {"customers": HashColumnsTableConfig(table=["id"])}}))
    expect_equal(wire.summary(), [("POST", "/api/generate-ruleset/v2/", 201)], "exchanges")
    ruleset = official.create_or_update_ruleset(Ruleset(name=unique_name("generated").replace("-", "_"), yaml=yaml))
    expect_equal(ruleset.is_valid, ValidationStatus.valid, "generated ruleset validates")
    run_id = official.start_masking_run(MaskingRunRequest(connection=connection.id, ruleset=ruleset.id))
    finish(official, run_id)
    official.delete_ruleset_by_id_if_exists(ruleset.id)

    again = official.generate_ruleset_with_rg_config(RulesetGenerationWithRGConfigRequest(
        connection=connection.id, selected_columns=SELECTION, rg_config=None))
    expect_equal(json_body(wire.exchanges[-1]["request_body"])["rg_config"], None, "explicit null rg_config")
    assert "version:" in again
    expect_raises(RGConfigNotFoundError, lambda: official.generate_ruleset_with_rg_config(
        RulesetGenerationWithRGConfigRequest(connection=connection.id, selected_columns=SELECTION, rg_config="nope")),
        "unknown RG config")


@suite.check
def generate_file_rulesets() -> None:
    official, wire = client()
    connection = share(official)
    wire.clear()
    yaml = official.generate_file_ruleset(FileRulesetGenerationRequest(connection=connection.id, selected_data=FILE_SELECTION))
    expect_equal(wire.summary(), [("POST", "/api/generate-file-ruleset/", 201)], "exchanges")
    ruleset = official.create_or_update_ruleset(Ruleset(
        name=unique_name("generated-file").replace("-", "_"), yaml=yaml, ruleset_type=RulesetType.file))
    expect_equal(ruleset.is_valid, ValidationStatus.valid, "generated file ruleset validates")
    official.delete_ruleset_by_id_if_exists(ruleset.id)
    official.generate_file_ruleset_with_rg_config(FileRulesetGenerationWithRGConfigRequest(
        connection=connection.id, selected_data=FILE_SELECTION, rg_config=None))
    expect_raises(RGConfigNotFoundError, lambda: official.generate_file_ruleset_with_rg_config(
        FileRulesetGenerationWithRGConfigRequest(connection=connection.id, selected_data=FILE_SELECTION, rg_config="x")),
        "unknown RG config")


# Asynchronous generation


@suite.check
def async_generation_from_a_selection() -> None:
    official, wire = client()
    connection, _ = scanned(official)
    wire.clear()
    official.start_async_ruleset_generation(connection.id, SelectedColumns(columns=SELECTION))
    expect_equal(wire.summary(), [("POST", f"/api/async-generate-ruleset/{connection.id}/", 201)], "start")
    expect_equal(official.get_async_ruleset_generation_task_status(connection.id),
                 AsyncRulesetGenerationTaskStatus.queued, "status")
    expect_raises(AsyncRulesetGenerationInProgressError, lambda: official.get_generated_rulesets(connection.id),
                  "rulesets before the end")
    EMULATOR.control("POST", "runs/complete")
    wire.clear()
    rulesets = official.get_generated_rulesets(connection.id)
    expect_equal([ruleset.name for ruleset in rulesets], ["generated_ruleset"], "one ruleset")
    assert "mask_table" in rulesets[0].yaml
    expect_equal([status for _, _, status in wire.summary()], [200, 303, 200], "status, redirect, status")

    official.start_async_ruleset_generation_with_rg_config(connection.id, SelectedColumns(columns=SELECTION), None)
    EMULATOR.control("POST", "runs/complete")
    expect_equal(official.get_async_ruleset_generation_task_status(connection.id),
                 AsyncRulesetGenerationTaskStatus.finished, "v2 status")
    expect_raises(RGConfigNotFoundError, lambda: official.start_async_ruleset_generation_with_rg_config(
        connection.id, SelectedColumns(columns=SELECTION), "nope"), "unknown RG config")

    files = share(official)
    official.start_async_ruleset_generation(files.id, SelectedFileData(user_selections=FILE_SELECTION))
    EMULATOR.control("POST", "async-generation/" + files.id + "/outcome", {"outcome": "failed"})
    EMULATOR.control("POST", "runs/complete")
    expect_raises(DataMasqueException, lambda: official.get_generated_rulesets(files.id), "failed task")


@suite.check
def async_generation_from_csv_and_zip() -> None:
    official, wire = client()
    connection, run_id = scanned(official)
    report = official.get_db_discovery_result_report(run_id)
    wire.clear()
    official.start_async_ruleset_generation_from_csv(connection.id, report, target_size_bytes=700)
    expect_equal(wire.summary(), [("POST", f"/api/async-generate-ruleset/{connection.id}/from-csv/", 201)], "start")
    EMULATOR.control("POST", "runs/complete")
    rulesets = official.get_generated_rulesets(connection.id)
    assert len(rulesets) > 1, [ruleset.name for ruleset in rulesets]
    assert all(len(ruleset.name) <= 64 and "mask_table" in ruleset.yaml for ruleset in rulesets)
    stored = official.create_or_update_ruleset(Ruleset(name=rulesets[0].name, yaml=rulesets[0].yaml))
    expect_equal(stored.is_valid, ValidationStatus.valid, "a CSV-generated ruleset validates")
    official.delete_ruleset_by_id_if_exists(stored.id)

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("part_1.csv", report)
    wire.clear()
    official.start_async_ruleset_generation_from_csv_with_rg_config(connection.id, buffer.getvalue(), None)
    body = wire.exchanges[0]["request_body"]
    body = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    assert 'name="rg_config"' in body and 'filename="ruleset.zip"' in body, body[:300]
    EMULATOR.control("POST", "runs/complete")
    expect_equal(len(official.get_generated_rulesets(connection.id)), 1, "one ruleset at the default target size")
    expect_raises(RGConfigNotFoundError, lambda: official.start_async_ruleset_generation_from_csv_with_rg_config(
        connection.id, report, "nope"), "unknown RG config")


if __name__ == "__main__":
    fail_fast_if_unreachable(ARGS.base_url)
    raise SystemExit(suite.run(ARGS.only))
