"""Drive the official client's ruleset, library and run calls (datamasque-python 1.5.0) against `dm emulator`.

Every check asserts what came back and the exact HTTP exchanges the client made.
Runs are moved along with the emulator's `/_emulator/runs/advance` and `/_emulator/runs/complete`.

    python Conformance/official_client_runs.py --base-url http://127.0.0.1:8765 \\
        [--username admin --password datamasque]
"""

import csv
import io
import json
from typing import Optional

from datamasque.client import (
    DataMasqueApiError,
    DatabaseConnectionConfig,
    DatabaseType,
    FailedToStartError,
    InvalidLibraryError,
    InvalidRulesetError,
    MountedShareConnectionConfig,
    RunNotCancellableError,
    Ruleset,
    RulesetLibrary,
    RulesetType,
)
from datamasque.client.models.runs import MaskingRunRequest, MaskType, RunInfo, UnfinishedRun
from datamasque.client.models.status import MaskingRunStatus, ValidationErrorType, ValidationStatus

from harness import EmulatorControl, Suite, arguments, expect_equal, expect_raises, fail_fast_if_unreachable, unique_name
from official_session import json_body, official_client, quiet_official_logging

quiet_official_logging()
ARGS = arguments(__doc__.splitlines()[0])
suite = Suite("official-client-runs")
EMULATOR = EmulatorControl(ARGS.base_url)

RULESETS = "/api/rulesets/"
RULESETS_V2 = "/api/v2/rulesets/"
LIBRARIES = "/api/ruleset-libraries/"
RUNS = "/api/runs/"
TERMINAL = {MaskingRunStatus.finished, MaskingRunStatus.finished_with_warnings, MaskingRunStatus.failed,
            MaskingRunStatus.cancelled}


def database_yaml(*tables: str, imports: tuple = ()) -> str:
    lines = ['version: "1.0"']
    if imports:
        lines += ["imports:"] + [f"  - {item}" for item in imports]
    lines.append("tasks:")
    for table in tables or ("customers",):
        lines += ["  - type: mask_table", f"    table: {table}", "    key: id", "    rules: []"]
    return "\n".join(lines) + "\n"


FILE_YAML = 'version: "1.0"\ntasks:\n  - type: mask_file\n    rules: []\n'
LIBRARY_YAML = 'version: "1.0"\nmasks:\n  email: []\n'
INVALID_YAML = 'version: "1.0"\ntasks:\n  - type: mask_table\n    rules: []\n'  # mask_table without a table


def client():
    """A logged-in official client with its recorder cleared."""
    official, wire = official_client(ARGS)
    official.authenticate()
    wire.clear()
    return official, wire


class Fixture:
    """Resources one check creates, deleted again when it ends."""

    def __init__(self, official) -> None:
        self.official = official
        self.rulesets: list = []
        self.libraries: list = []
        self.connections: list = []

    def __enter__(self) -> "Fixture":
        return self

    def __exit__(self, *exc) -> None:
        EMULATOR.control("POST", "runs/complete")
        for ruleset in self.rulesets:
            self.official.delete_ruleset_by_id_if_exists(ruleset.id)
        for library in self.libraries:
            self.official.delete_ruleset_library_by_id_if_exists(library.id, force=True)
        for connection in self.connections:
            self.official.delete_connection_by_id_if_exists(connection.id)

    def ruleset(self, yaml: str, kind: RulesetType = RulesetType.database, name: Optional[str] = None) -> Ruleset:
        ruleset = self.official.create_or_update_ruleset(
            Ruleset(name=name or unique_name("ruleset").replace("-", "_"), yaml=yaml, ruleset_type=kind))
        self.rulesets.append(ruleset)
        return ruleset

    def library(self, yaml: str = LIBRARY_YAML, namespace: str = "") -> RulesetLibrary:
        library = self.official.create_ruleset_library(
            RulesetLibrary(name=unique_name("lib").replace("-", "_"), namespace=namespace, yaml=yaml))
        self.libraries.append(library)
        return library

    def database(self) -> DatabaseConnectionConfig:
        connection = DatabaseConnectionConfig(
            name=unique_name("run-db"), host="db.example.internal", port=5432, database="shop", user="masker",
            password="pw", database_type=DatabaseType.postgres)
        self.official.create_or_update_connection(connection)
        self.connections.append(connection)
        return connection

    def share(self, source: bool, destination: bool) -> MountedShareConnectionConfig:
        connection = MountedShareConnectionConfig(
            name=unique_name("run-share"), base_directory="data",
            is_file_mask_source=source, is_file_mask_destination=destination)
        self.official.create_or_update_connection(connection)
        self.connections.append(connection)
        return connection


def listed_rulesets(official, name: str) -> list:
    return [ruleset for ruleset in official.list_rulesets() if ruleset.name == name]


def finish(official, run_id: int) -> RunInfo:
    EMULATOR.control("POST", "runs/complete")
    info = official.get_run_info(run_id)
    assert info.status in TERMINAL, f"run {run_id} is {info.status} after /_emulator/runs/complete"
    return info


# Rulesets


@suite.check
def ruleset_upsert_creates_then_updates_by_name_and_type() -> None:
    official, wire = client()
    with Fixture(official) as fixture:
        ruleset = fixture.ruleset(database_yaml("customers"))
        expect_equal(wire.summary(), [("POST", RULESETS, 201)], "create exchanges")
        expect_equal(wire.exchanges[0]["query"], "upsert=true", "query")
        expect_equal(json_body(wire.exchanges[0]["request_body"]),
                     {"name": ruleset.name, "config_yaml": ruleset.yaml, "mask_type": "database"}, "body")
        assert ruleset.id, "id copied back"
        expect_equal((ruleset.is_valid, ruleset.validation_errors), (ValidationStatus.valid, []), "verdict")
        first_id = ruleset.id

        again = Ruleset(name=ruleset.name, yaml=database_yaml("orders"))
        wire.clear()
        official.create_or_update_ruleset(again)
        expect_equal(wire.summary(), [("POST", RULESETS, 200)], "update exchanges")
        sent = json_body(wire.exchanges[0]["request_body"])
        assert "id" not in sent and "is_valid" not in sent, f"read-only fields sent: {sorted(sent)}"
        expect_equal(again.id, first_id, "same id after the upsert")

        file_twin = fixture.ruleset(FILE_YAML, RulesetType.file, name=ruleset.name)
        assert file_twin.id != first_id, "a file ruleset of the same name is a separate ruleset"
        listed = {(item.ruleset_type, item.id) for item in listed_rulesets(official, ruleset.name)}
        expect_equal(listed, {(RulesetType.database, first_id), (RulesetType.file, file_twin.id)}, "listed")


@suite.check
def ruleset_list_is_a_bare_array_from_v2() -> None:
    official, wire = client()
    with Fixture(official) as fixture:
        ruleset = fixture.ruleset(database_yaml())
        wire.clear()
        rulesets = official.list_rulesets()
        expect_equal(wire.summary(), [("GET", RULESETS_V2, 200)], "exchanges")
        assert isinstance(json_body(wire.exchanges[0]["response_text"]), list), "v2 list should be a bare array"
        assert any(item.id == ruleset.id and item.is_valid == ValidationStatus.valid for item in rulesets), "listed"


@suite.check
def invalid_ruleset_is_stored_with_positioned_errors() -> None:
    official, _ = client()
    with Fixture(official) as fixture:
        ruleset = fixture.ruleset(INVALID_YAML)
        expect_equal(ruleset.is_valid, ValidationStatus.invalid, "is_valid")
        assert ruleset.validation_errors, "validation_errors should be non-empty"
        error = ruleset.validation_errors[0]
        assert error.message and isinstance(error.line_number, int), f"error: {error!r}"
        expect_equal(error.validation_error_type, ValidationErrorType.ruleset, "error type")
        expect_equal(len(listed_rulesets(official, ruleset.name)), 1, "the invalid ruleset is stored")


@suite.check
def ruleset_delete_by_id_and_by_name_and_type() -> None:
    official, wire = client()
    with Fixture(official) as fixture:
        database = fixture.ruleset(database_yaml())
        wire.clear()
        official.delete_ruleset_by_id_if_exists(database.id)
        expect_equal(wire.summary(), [("DELETE", f"{RULESETS}{database.id}/", 204)], "delete by id")
        wire.clear()
        official.delete_ruleset_by_id_if_exists(database.id)
        expect_equal(wire.summary(), [("DELETE", f"{RULESETS}{database.id}/", 404)], "second delete tolerated")

        database = fixture.ruleset(database_yaml())
        file_twin = fixture.ruleset(FILE_YAML, RulesetType.file, name=database.name)
        wire.clear()
        official.delete_ruleset_by_name_if_exists(database.name, RulesetType.file)
        expect_equal(wire.summary(), [("GET", RULESETS_V2, 200), ("DELETE", f"{RULESETS}{file_twin.id}/", 204)],
                     "delete by name and type")
        expect_equal([item.id for item in listed_rulesets(official, database.name)], [database.id], "left")


# Ruleset libraries


@suite.check
def library_create_get_and_get_by_name() -> None:
    official, wire = client()
    with Fixture(official) as fixture:
        library = fixture.library(namespace="conf")
        expect_equal(wire.summary(), [("POST", LIBRARIES, 201)], "create exchanges")
        expect_equal(json_body(wire.exchanges[0]["request_body"]),
                     {"name": library.name, "namespace": "conf", "config_yaml": LIBRARY_YAML}, "body")
        assert library.id and library.created and library.modified, f"copied back: {library!r}"
        expect_equal(library.is_valid, ValidationStatus.valid, "is_valid")

        fetched = official.get_ruleset_library(library.id)
        expect_equal((fetched.name, fetched.namespace, fetched.yaml), (library.name, "conf", LIBRARY_YAML), "get")

        wire.clear()
        found = official.get_ruleset_library_by_name(library.name, "conf")
        expect_equal([(m, p) for m, p, _ in wire.summary()], [("GET", LIBRARIES), ("GET", f"{LIBRARIES}{library.id}/")],
                     "lookup exchanges")
        query = dict(part.split("=", 1) for part in wire.exchanges[0]["query"].split("&"))
        expect_equal(query, {"name_exact": library.name, "namespace_exact": "conf", "limit": "1"}, "lookup query")
        assert found is not None and found.id == library.id and found.yaml == LIBRARY_YAML, f"found: {found!r}"
        # Quirk (server.md, library lookups): an empty `namespace_exact` is ignored by the server,
        # and the official client trusts the first hit, so a default-namespace lookup finds the `conf` library.
        quirk = official.get_ruleset_library_by_name(library.name)
        expect_equal(quirk.namespace if quirk else None, "conf", "default-namespace lookup (empty filter ignored)")
        expect_equal(official.get_ruleset_library_by_name(library.name + "x", "conf"), None, "unknown name")


@suite.check
def library_update_and_create_or_update() -> None:
    official, wire = client()
    with Fixture(official) as fixture:
        library = fixture.library()
        created_modified = library.modified
        library.yaml = LIBRARY_YAML + "  phone: []\n"
        wire.clear()
        official.update_ruleset_library(library)
        expect_equal(wire.summary(), [("PUT", f"{LIBRARIES}{library.id}/", 200)], "update exchanges")
        assert library.modified >= created_modified, "modified copied back"
        expect_equal(official.get_ruleset_library(library.id).yaml, library.yaml, "stored yaml")

        same_name = RulesetLibrary(name=library.name, yaml=LIBRARY_YAML)
        wire.clear()
        official.create_or_update_ruleset_library(same_name)
        expect_equal([m for m, _, _ in wire.summary()], ["GET", "GET", "PUT"], "lookup then PUT")
        expect_equal(same_name.id, library.id, "id found by name")

        unsaved = RulesetLibrary(name=library.name + "_new", yaml=LIBRARY_YAML)
        wire.clear()
        official.create_or_update_ruleset_library(unsaved)
        fixture.libraries.append(unsaved)
        expect_equal([m for m, _, _ in wire.summary()], ["GET", "POST"], "lookup miss then POST")
        assert unsaved.id and unsaved.id != library.id, "a new library"

        expect_raises(Exception, lambda: official.update_ruleset_library(RulesetLibrary(name="x")), "update without id")


@suite.check
def library_validate_list_iter_and_usage() -> None:
    official, wire = client()
    with Fixture(official) as fixture:
        library = fixture.library(namespace="conf")
        wire.clear()
        validated = official.validate_ruleset_library(library.id)
        expect_equal(wire.summary(), [("PATCH", f"{LIBRARIES}{library.id}/", 200)], "validate exchanges")
        expect_equal(json_body(wire.exchanges[0]["request_body"]), {}, "validate body")
        assert validated is not library and validated.is_valid == ValidationStatus.valid, f"{validated!r}"

        listed = [item for item in official.list_ruleset_libraries() if item.id == library.id]
        expect_equal([(item.name, item.namespace, item.yaml) for item in listed], [(library.name, "conf", None)],
                     "listed without yaml")
        wire.clear()
        iterator = official.iter_ruleset_libraries()
        expect_equal(wire.summary(), [], "iter makes no request before the first item")
        assert any(item.id == library.id for item in iterator), "iterated"

        importer = fixture.ruleset(database_yaml(imports=(f"conf/{library.name}",)))
        expect_equal(importer.is_valid, ValidationStatus.valid, "a ruleset importing a valid library")
        fixture.ruleset(database_yaml())
        wire.clear()
        using = official.list_rulesets_using_library(library.id)
        expect_equal(wire.summary()[0][:2], ("GET", f"{LIBRARIES}{library.id}/rulesets/"), "usage request")
        expect_equal([(item.id, item.name, item.yaml) for item in using], [(importer.id, importer.name, "")], "usage")
        expect_equal([item.id for item in official.iter_rulesets_using_library(library.id)], [importer.id], "iter")


@suite.check
def library_delete_in_use_is_409_until_forced() -> None:
    official, wire = client()
    with Fixture(official) as fixture:
        library = fixture.library()
        importer = fixture.ruleset(database_yaml(imports=(library.name,)))
        wire.clear()
        error = expect_raises(DataMasqueApiError, lambda: official.delete_ruleset_library_by_id_if_exists(library.id),
                              "delete of an imported library")
        expect_equal(error.response.status_code, 409, "status")
        expect_equal(wire.summary(), [("DELETE", f"{LIBRARIES}{library.id}/", 409)], "exchanges")
        assert official.get_ruleset_library(library.id).id == library.id, "still there after a refused delete"
        wire.clear()
        official.delete_ruleset_library_by_id_if_exists(library.id, force=True)
        expect_equal(wire.summary(), [("DELETE", f"{LIBRARIES}{library.id}/", 204)], "forced delete")
        expect_equal(wire.exchanges[0]["query"], "force=true", "force query")
        expect_equal(official.get_ruleset_library_by_name(library.name), None, "deleted")
        after = [item for item in official.list_rulesets() if item.id == importer.id]
        expect_equal([item.is_valid for item in after], [ValidationStatus.invalid],
                     "the importer is invalid once its library is gone")
        assert any(e.validation_error_type == ValidationErrorType.library_missing for e in after[0].validation_errors), (
            f"expected a library_missing error: {after[0].validation_errors}"
        )


@suite.check
def library_delete_by_name_matches_name_and_namespace() -> None:
    official, wire = client()
    with Fixture(official) as fixture:
        default = fixture.library()
        named = official.create_ruleset_library(RulesetLibrary(name=default.name, namespace="other", yaml=LIBRARY_YAML))
        fixture.libraries.append(named)
        official.delete_ruleset_library_by_name_if_exists(default.name, "other")
        expect_equal(official.get_ruleset_library_by_name(default.name, "other"), None, "namespaced one deleted")
        remaining = official.get_ruleset_library_by_name(default.name)
        assert remaining is not None and remaining.id == default.id, "the default-namespace one is kept"


# Runs


def start(official, connection, ruleset, **extra) -> int:
    return official.start_masking_run(MaskingRunRequest(connection=connection, ruleset=ruleset, **extra))


@suite.check
def start_masking_run_and_follow_it_to_finished() -> None:
    official, wire = client()
    with Fixture(official) as fixture:
        connection = fixture.database()
        ruleset = fixture.ruleset(database_yaml("customers", "orders"))
        name = unique_name("run")
        run_id = start(official, connection, ruleset, name=name, options={"batch_size": 500, "dry_run": True})
        expect_equal(wire.summary()[-1], ("POST", RUNS, 201), "start exchange")
        expect_equal(json_body(wire.exchanges[-1]["request_body"]), {
            "connection": connection.id, "ruleset": ruleset.id, "mask_type": "database",
            "options": {"batch_size": 500, "dry_run": True}, "name": name,
        }, "start body")
        assert isinstance(run_id, int), f"run id should be an int, got {run_id!r}"

        info = official.get_run_info(run_id)
        expect_equal((info.id, info.name, info.mask_type, info.ruleset, info.ruleset_name),
                     (run_id, name, MaskType.database, ruleset.id, ruleset.name), "run info")
        expect_equal((info.source_connection.id, info.source_connection.name), (connection.id, connection.name),
                     "source connection")
        expect_equal(info.destination_connection, None, "no destination")
        assert info.status in {MaskingRunStatus.queued, MaskingRunStatus.validating, MaskingRunStatus.running}, (
            f"a fresh run is {info.status}"
        )
        expect_equal((info.options or {}).get("batch_size"), 500, "options echoed")

        EMULATOR.control("POST", "runs/advance", {"steps": 2})
        expect_equal(official.get_run_info(run_id).status, MaskingRunStatus.running, "status two steps later")

        done = finish(official, run_id)
        expect_equal(done.status, MaskingRunStatus.finished, "final status")
        assert done.start_time and done.end_time and done.end_time >= done.start_time, f"times: {done!r}"

        log = official.get_run_log(run_id)
        assert isinstance(log, str), "get_run_log returns text"
        entries = json.loads(log)
        messages = [entry["message"] for entry in entries]
        for table in ("customers", "orders"):
            assert any(table in message for message in messages), f"no log line for {table}: {messages}"
        assert all({"timestamp", "log_level", "message"} <= set(entry) for entry in entries), "log entry keys"


def outcome_check(suffix: str, expected: MaskingRunStatus):
    def check() -> None:
        official, _ = client()
        with Fixture(official) as fixture:
            ruleset = fixture.ruleset(database_yaml(), name=unique_name("outcome").replace("-", "_") + suffix)
            run_id = start(official, fixture.database(), ruleset)
            expect_equal(finish(official, run_id).status, expected, f"a ruleset named *{suffix}")

    return check


suite.add("run_of_a_warn_ruleset_ends_finished_with_warnings",
          outcome_check("_warn", MaskingRunStatus.finished_with_warnings))
suite.add("run_of_a_fail_ruleset_ends_failed", outcome_check("_fail", MaskingRunStatus.failed))


@suite.check
def start_with_an_invalid_ruleset_raises_invalid_ruleset_error() -> None:
    official, _ = client()
    with Fixture(official) as fixture:
        ruleset = fixture.ruleset(INVALID_YAML)
        error = expect_raises(InvalidRulesetError, lambda: start(official, fixture.database(), ruleset), "start")
        expect_equal(error.response.status_code, 400, "status")
        first = error.response.json()["ruleset"][0]
        assert first.lower().startswith("cannot start run") and "library" not in first.lower(), f"body: {first!r}"


@suite.check
def start_with_an_invalid_library_raises_invalid_library_error_naming_it() -> None:
    official, _ = client()
    with Fixture(official) as fixture:
        library = fixture.library(yaml="masks: []\n")  # no version: invalid
        expect_equal(library.is_valid, ValidationStatus.invalid, "library verdict")
        ruleset = fixture.ruleset(database_yaml(imports=(library.name,)))
        expect_equal(ruleset.is_valid, ValidationStatus.invalid, "importer verdict")
        assert any(e.validation_error_type == ValidationErrorType.library_invalid for e in ruleset.validation_errors), (
            f"expected library_invalid: {ruleset.validation_errors}"
        )
        error = expect_raises(InvalidLibraryError, lambda: start(official, fixture.database(), ruleset), "start")
        expect_equal(error.response.status_code, 400, "status")
        assert f'"{library.name}"' in str(error), f"the error should name the library: {error}"


@suite.check
def start_refused_for_other_reasons_raises_failed_to_start() -> None:
    official, _ = client()
    with Fixture(official) as fixture:
        ruleset = fixture.ruleset(database_yaml())
        missing = "00000000-0000-4000-8000-000000000000"
        error = expect_raises(FailedToStartError, lambda: start(official, missing, ruleset), "unknown connection")
        assert type(error) is FailedToStartError, f"expected plain FailedToStartError, got {type(error).__name__}"
        expect_equal(error.response.status_code, 400, "status")
        assert "connection" in error.response.json(), f"body: {error.response.text}"
        assert "400" in str(error), f"message should include the status: {error}"

        connection = fixture.database()
        start(official, connection, ruleset)
        busy = expect_raises(FailedToStartError, lambda: start(official, connection, ruleset), "busy connection")
        assert type(busy) is FailedToStartError, f"got {type(busy).__name__}"


@suite.check
def cancel_run_then_not_cancellable() -> None:
    official, wire = client()
    with Fixture(official) as fixture:
        run_id = start(official, fixture.database(), fixture.ruleset(database_yaml("a", "b", "c")))
        wire.clear()
        info = official.cancel_run(run_id)
        expect_equal(wire.summary(), [("POST", f"{RUNS}{run_id}/cancel/", 200)], "cancel exchanges")
        expect_equal(wire.exchanges[0]["request_body"], None, "cancel sends no body")
        expect_equal((info.id, info.status), (run_id, MaskingRunStatus.cancelling), "cancel answer")
        EMULATOR.control("POST", "runs/advance", {"steps": 1})
        expect_equal(official.get_run_info(run_id).status, MaskingRunStatus.cancelled, "status one step later")
        error = expect_raises(RunNotCancellableError, lambda: official.cancel_run(run_id), "cancel a cancelled run")
        assert not hasattr(error, "response"), "RunNotCancellableError carries no response"
        missing = expect_raises(DataMasqueApiError, lambda: official.cancel_run(999999), "cancel an unknown run")
        expect_equal(missing.response.status_code, 404, "unknown run status")


@suite.check
def get_unfinished_runs_keys_by_connection_names() -> None:
    official, wire = client()
    with Fixture(official) as fixture:
        EMULATOR.control("POST", "runs/complete")
        source, destination = fixture.share(True, False), fixture.share(False, True)
        run_id = start(official, source, fixture.ruleset(FILE_YAML, RulesetType.file),
                       mask_type=MaskType.file, destination_connection=destination)
        wire.clear()
        unfinished = official.get_unfinished_runs()
        expect_equal(len(wire.exchanges), 4, "one request per unfinished status")
        statuses = [dict(p.split("=", 1) for p in e["query"].split("&"))["run_status"] for e in wire.exchanges]
        expect_equal(statuses, ["queued", "running", "validating", "cancelling"], "statuses asked")
        assert source.name in unfinished and destination.name in unfinished, f"keys: {sorted(unfinished)}"
        run = unfinished[source.name]
        assert isinstance(run, UnfinishedRun) and run.id == run_id, f"{run!r}"
        expect_equal(unfinished[destination.name].id, run_id, "keyed by destination too")
        finish(official, run_id)
        remaining = official.get_unfinished_runs()
        assert source.name not in remaining, "a finished run is no longer unfinished"


@suite.check
def file_run_has_a_run_report_once_ended() -> None:
    official, _ = client()
    with Fixture(official) as fixture:
        source, destination = fixture.share(True, False), fixture.share(False, True)
        run_id = start(official, source, fixture.ruleset(FILE_YAML, RulesetType.file),
                       mask_type=MaskType.file, destination_connection=destination)
        early = expect_raises(DataMasqueApiError, lambda: official.get_run_report(run_id), "report before the end")
        expect_equal(early.response.status_code, 404, "status before the end")
        info = finish(official, run_id)
        expect_equal((info.mask_type, info.destination_connection.name), (MaskType.file, destination.name), "info")
        report = official.get_run_report(run_id)
        rows = list(csv.DictReader(io.StringIO(report)))
        assert rows and set(rows[0]) == {"path", "file_size", "file_type", "skip_reason"}, f"report: {report[:200]!r}"
        database_run = start(official, fixture.database(), fixture.ruleset(database_yaml()))
        finish(official, database_run)
        missing = expect_raises(DataMasqueApiError, lambda: official.get_run_report(database_run), "database run")
        expect_equal(missing.response.status_code, 404, "a database run has no run report")


if __name__ == "__main__":
    fail_fast_if_unreachable(ARGS.base_url)
    raise SystemExit(suite.run(ARGS.only))
