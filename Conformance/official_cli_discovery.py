"""Drive the official `dm discover` and `dm rulesets generate` (datamasque-cli 1.5.1) against `dm emulator`.

The official `dm` is the entry point next to the Python running this script (the conformance venv).
When `DM_CONFORMANCE_SWIFT_DM` names the Swift `dm`, every command also runs through it,
and its exit code and JSON on stdout must equal the official CLI's.
Both run in agent mode (`DM_OUTPUT=json`) with credentials from the environment and `HOME` in a temporary directory.
Runs are moved along with the emulator's `/_emulator/runs/complete`.

    .build/conformance-venv/bin/python Conformance/official_cli_discovery.py --base-url http://127.0.0.1:8765 \\
        [--username admin --password datamasque]
"""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Optional

from harness import EmulatorControl, Suite, arguments, expect_equal, fail_fast_if_unreachable, unique_name

ARGS = arguments(__doc__.splitlines()[0])
suite = Suite("official-cli-discovery")
EMULATOR = EmulatorControl(ARGS.base_url)
OFFICIAL_DM = Path(os.path.abspath(sys.executable)).parent / "dm"
SWIFT_DM = os.environ.get("DM_CONFORMANCE_SWIFT_DM")
WORK = Path(tempfile.mkdtemp(prefix="dm-official-cli-discovery-"))
COMMAND_TIMEOUT_SECONDS = 50


class Result:
    """One finished `dm` invocation."""

    def __init__(self, which: str, argv: list, completed: subprocess.CompletedProcess) -> None:
        self.which = which
        self.argv = argv
        self.code = completed.returncode
        self.stdout = completed.stdout
        self.stderr = completed.stderr

    def __repr__(self) -> str:
        return (f"{self.which} dm {' '.join(self.argv)} → exit {self.code}, "
                f"stdout {self.stdout[:300]!r}, stderr {self.stderr[-300:]!r}")

    def json(self) -> Any:
        try:
            return json.loads(self.stdout)
        except ValueError as error:
            raise AssertionError(f"stdout is not JSON: {self!r}") from error

    def error(self) -> dict:
        """The agent-mode error envelope: the last stderr line that starts with `{`."""
        lines = [line for line in self.stderr.splitlines() if line.startswith("{")]
        assert lines, f"no JSON error envelope on stderr: {self!r}"
        return json.loads(lines[-1])["error"]


def run(binary: str, which: str, argv: tuple, cwd: Path) -> Result:
    home = WORK / f"home-{which}"
    home.mkdir(exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "DATAMASQUE_URL": ARGS.base_url,
        "DATAMASQUE_USERNAME": ARGS.username,
        "DATAMASQUE_PASSWORD": ARGS.password,
        "DM_OUTPUT": "json",
        "COLUMNS": "200",
    }
    completed = subprocess.run(
        [binary, *argv], env=env, cwd=str(cwd), stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=COMMAND_TIMEOUT_SECONDS,
    )
    return Result(which, list(argv), completed)


def dm(*argv: str, code: Optional[int] = 0, compare: bool = True) -> Result:
    """Run the official `dm` with `argv` and require exit `code` (unless `None`).

    With `DM_CONFORMANCE_SWIFT_DM`, run the Swift `dm` too (in its own directory, so `-o` files do not collide)
    and require the same exit code, the same JSON on stdout (or the same text when it is not JSON),
    and the same error code in the envelope.
    `compare=False` skips that for commands that create something, such as a run.
    """
    official = run(str(OFFICIAL_DM), "official", argv, WORK)
    if code is not None:
        assert official.code == code, f"expected exit {code}: {official!r}"
    if SWIFT_DM and compare:
        swift_dir = WORK / "swift"
        swift_dir.mkdir(exist_ok=True)
        ours = run(SWIFT_DM, "swift", argv, swift_dir)
        expect_equal(ours.code, official.code, f"exit code of the Swift dm ({ours!r})")
        try:
            expected: Any = json.loads(official.stdout)
            actual: Any = json.loads(ours.stdout)
        except ValueError:
            expected, actual = official.stdout, ours.stdout
        expect_equal(actual, expected, f"stdout of the Swift dm for {' '.join(argv)}")
        if official.code != 0:
            expect_equal(ours.error()["code"], official.error()["code"], "error code of the Swift dm")
    return official


def expect_error(result: Result, code: str, message_part: str = "") -> dict:
    error = result.error()
    expect_equal(error["code"], code, f"error code of {result!r}")
    assert message_part in error["message"], f"message should contain {message_part!r}: {error['message']!r}"
    expect_equal(result.stdout, "", "stdout of a failed command")
    return error


def create_database(name: str) -> None:
    dm("connections", "create", "--name", name, "--type", "database", "--host", "db.example.internal",
       "--port", "5432", "--database", "shop", "--user", "masker", "--password", "pw", "--db-type", "postgres",
       compare=False)


def create_share(name: str) -> None:
    dm("connections", "create", "--name", name, "--type", "mounted_share", "--base-dir", "data", "--source",
       compare=False)


def delete_connection(name: str) -> None:
    dm("connections", "delete", name, "--yes", code=None, compare=False)


def finish_runs() -> None:
    EMULATOR.control("POST", "runs/complete")


def start(kind: str, connection: str, *extra: str) -> int:
    result = dm("discover", kind, connection, *extra, compare=False)
    body = result.json()
    assert set(body) == {"id"} and isinstance(body["id"], int), f"start answer: {body!r}"
    return body["id"]


# Starting discovery runs


@suite.check
def schema_discovery_starts_a_run_that_run_status_follows() -> None:
    name = unique_name("disco-db")
    create_database(name)
    try:
        run_id = start("schema", name)
        status = dm("run", "status", str(run_id), compare=False).json()
        assert status["status"] in ("queued", "validating", "running"), f"fresh run: {status!r}"
        finish_runs()
        assert dm("run", "status", str(run_id), compare=False).json()["status"] in ("finished", "finished_with_warnings")
    finally:
        delete_connection(name)


@suite.check
def discovery_on_an_unknown_connection_is_not_found() -> None:
    for kind in ("schema", "file"):
        expect_error(dm("discover", kind, unique_name("nope"), code=3), "not_found", "not found")


@suite.check
def discovery_with_a_missing_config_is_not_found() -> None:
    name = unique_name("disco-db")
    create_database(name)
    try:
        expect_error(dm("discover", "schema", name, "--config", unique_name("no-config"), code=3), "not_found")
    finally:
        delete_connection(name)


# Reading the outputs


@suite.check
def schema_results_rows_have_the_documented_keys() -> None:
    name = unique_name("disco-db")
    create_database(name)
    try:
        run_id = start("schema", name)
        finish_runs()
        rows = dm("discover", "schema-results", str(run_id)).json()
        assert isinstance(rows, list) and rows, f"no results: {rows!r}"
        for row in rows:
            expect_equal(list(row), ["id", "schema", "table", "column", "data_type", "matches", "constraint",
                                     "safe_data_preview"], "row keys")
        flagged = [row for row in rows if row["matches"] != "-"]
        assert flagged, "nothing was flagged as sensitive"
    finally:
        delete_connection(name)


@suite.check
def output_of_an_unknown_run_is_not_found() -> None:
    for argv in (("schema-results", "999999"), ("sdd-report", "999999"), ("db-report", "999999"),
                 ("file-report", "999999"), ("config-snapshot", "999999")):
        expect_error(dm("discover", *argv, code=3), "not_found", "Run 999999 not found.")


@suite.check
def db_report_is_csv_with_a_selected_column_and_saves_with_o() -> None:
    name = unique_name("disco-db")
    create_database(name)
    try:
        run_id = start("schema", name)
        finish_runs()
        report = dm("discover", "db-report", str(run_id)).stdout
        header = next(csv.reader(io.StringIO(report)))
        assert "selected" in [column.lower() for column in header], f"header: {header!r}"
        target = WORK / "db-report.csv"
        dm("discover", "db-report", str(run_id), "-o", str(target))
        expect_equal(target.read_text(encoding="utf-8"), report[:-1], "-o holds the CSV (stdout adds a newline)")
    finally:
        delete_connection(name)


@suite.check
def config_snapshot_prints_the_yaml_of_the_first_member() -> None:
    name = unique_name("disco-db")
    create_database(name)
    try:
        run_id = start("schema", name)
        finish_runs()
        yaml = dm("discover", "config-snapshot", str(run_id)).stdout
        assert yaml.strip(), "empty snapshot"
        target = WORK / "snapshot.yaml"
        dm("discover", "config-snapshot", str(run_id), "-o", str(target))
        expect_equal(target.read_text(encoding="utf-8"), yaml[:-1], "-o holds the YAML")
    finally:
        delete_connection(name)


@suite.check
def file_discovery_report_as_json_and_to_a_file() -> None:
    name = unique_name("disco-share")
    create_share(name)
    try:
        run_id = start("file", name)
        finish_runs()
        report = dm("discover", "file-report", str(run_id)).json()
        assert isinstance(report, list), f"report: {report!r}"
        for group in report:
            assert {"id", "connection", "file_type", "files", "results"} <= set(group), f"group keys: {list(group)}"
        target = WORK / "file-report.json"
        dm("discover", "file-report", str(run_id), "-o", str(target))
        expect_equal(json.loads(target.read_text(encoding="utf-8")), report, "-o holds the same JSON")
    finally:
        delete_connection(name)


@suite.check
def results_of_a_run_that_has_not_ended_are_not_available_yet() -> None:
    name = unique_name("disco-db")
    create_database(name)
    try:
        run_id = start("schema", name)
        error = expect_error(dm("discover", "schema-results", str(run_id), code=3), "not_found", "yet; the run is")
        assert f"dm run status {run_id}" in error.get("hint", ""), f"hint: {error!r}"
        finish_runs()
    finally:
        delete_connection(name)


@suite.check
def a_split_db_report_needs_o_and_is_saved_as_a_zip() -> None:
    name = unique_name("disco-db")
    create_database(name)
    EMULATOR.control("POST", "discovery/report-row-limit", {"rows": 2})
    try:
        run_id = start("schema", name)
        finish_runs()
        error = expect_error(dm("discover", "db-report", str(run_id), code=4), "invalid_input", "split into a zip")
        assert f"discovery_report_{run_id}.zip" in error.get("hint", ""), f"hint: {error!r}"
        dm("discover", "db-report", str(run_id), "-o", "split.csv")
        archive = zipfile.ZipFile(WORK / "split.csv.zip")
        assert len(archive.namelist()) > 1, f"parts: {archive.namelist()}"
        if SWIFT_DM:
            expect_equal((WORK / "swift" / "split.csv.zip").read_bytes(), (WORK / "split.csv.zip").read_bytes(),
                         "the zip the Swift dm saved")
    finally:
        EMULATOR.control("POST", "discovery/report-row-limit", {"rows": 100_000})
        delete_connection(name)


# Generation


@suite.check
def rulesets_generate_from_discovered_columns() -> None:
    name = unique_name("disco-db")
    create_database(name)
    try:
        run_id = start("schema", name)
        finish_runs()
        rows = dm("discover", "schema-results", str(run_id), compare=False).json()
        flagged = [row for row in rows if row["matches"] != "-"]
        assert flagged, "nothing was flagged as sensitive"
        selected: dict = {}
        for row in flagged:
            selected.setdefault(row["schema"], {}).setdefault(row["table"], []).append(row["column"])
        connections = dm("connections", "list", compare=False).json()
        connection_id = next(item["id"] for item in connections if item["name"] == name)
        request = WORK / "generate.json"
        request.write_text(json.dumps({"connection": connection_id, "selected_columns": selected}), encoding="utf-8")
        yaml = dm("rulesets", "generate", "-f", str(request)).stdout
        assert "version" in yaml and "tasks" in yaml, f"generated: {yaml[:200]!r}"
    finally:
        delete_connection(name)


@suite.check
def rulesets_generate_refuses_a_request_of_the_wrong_shape() -> None:
    request = WORK / "bad-generate.json"
    request.write_text(json.dumps({"connection": "c1"}), encoding="utf-8")
    expect_error(dm("rulesets", "generate", "-f", str(request), code=4), "invalid_input")


if __name__ == "__main__":
    fail_fast_if_unreachable(ARGS.base_url)
    if not OFFICIAL_DM.exists():
        print(f"the official dm is not installed next to {sys.executable}")
        print("0 passed, 1 failed")
        raise SystemExit(1)
    raise SystemExit(suite.run(ARGS.only))
