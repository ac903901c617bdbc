"""Drive the official `dm` CLI (datamasque-cli 1.5.1) against `dm emulator`.

The official `dm` is the entry point next to the Python running this script (the conformance venv),
never the Swift `dm`.
It runs in agent mode (`DM_OUTPUT=json`) with credentials from `DATAMASQUE_URL`/`USERNAME`/`PASSWORD`
and `HOME` in a temporary directory, so no profile on this machine is read or written.
`DM_CONFORMANCE_UNINSTALLED_URL`, when set, is a `dm emulator --uninstalled` for the admin-install check.
Every check asserts exit codes, JSON on stdout, the error envelope on stderr,
and the state the emulator ends up in.

    .build/conformance-venv/bin/python Conformance/official_cli.py --base-url http://127.0.0.1:8765 \\
        [--username admin --password datamasque]
"""

import csv
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any, Optional

from harness import EmulatorControl, Suite, arguments, expect_equal, fail_fast_if_unreachable, unique_name

ARGS = arguments(__doc__.splitlines()[0])
suite = Suite("official-cli")
EMULATOR = EmulatorControl(ARGS.base_url)
OFFICIAL_DM = Path(os.path.abspath(sys.executable)).parent / "dm"
WORK = Path(tempfile.mkdtemp(prefix="dm-official-cli-"))
COMMAND_TIMEOUT_SECONDS = 50

DATABASE_YAML = 'version: "1.0"\ntasks:\n  - type: mask_table\n    table: customers\n    key: id\n    rules: []\n'
FILE_YAML = 'version: "1.0"\ntasks:\n  - type: mask_file\n    rules: []\n'
INVALID_YAML = 'version: "1.0"\ntasks:\n  - type: mask_table\n    rules: []\n'
LIBRARY_YAML = 'version: "1.0"\nmasks:\n  email: []\n'
UNKNOWN_TASK_LIBRARY_YAML = "version: '1.0'\ntasks:\n  - type: not_a_real_task\n"
UNINSTALLED_URL = os.environ.get("DM_CONFORMANCE_UNINSTALLED_URL")


class Result:
    """One finished `dm` invocation."""

    def __init__(self, argv: list, completed: subprocess.CompletedProcess) -> None:
        self.argv = argv
        self.code = completed.returncode
        self.stdout = completed.stdout
        self.stderr = completed.stderr

    def __repr__(self) -> str:
        return f"dm {' '.join(self.argv)} → exit {self.code}, stdout {self.stdout[:300]!r}, stderr {self.stderr[-300:]!r}"

    def json(self) -> Any:
        try:
            return json.loads(self.stdout)
        except ValueError as error:
            raise AssertionError(f"stdout is not JSON: {self!r}") from error

    def envelope(self) -> dict:
        """The agent-mode error envelope: the last stderr line that starts with `{`."""
        lines = [line for line in self.stderr.splitlines() if line.startswith("{")]
        assert lines, f"no JSON error envelope on stderr: {self!r}"
        envelope = json.loads(lines[-1])
        assert set(envelope) == {"error"} and {"code", "message"} <= set(envelope["error"]), f"envelope: {envelope}"
        return envelope["error"]


def dm(
    *argv: str, code: Optional[int] = 0, password: Optional[str] = None, cwd: Optional[Path] = None,
    base_url: Optional[str] = None, stdin: Optional[str] = None,
) -> Result:
    """Run the official `dm` with `argv` against `base_url` (default `--base-url`); require exit `code` (unless `None`).

    `stdin` is the text on standard input; without it, standard input is empty.
    """
    home = WORK / "home"
    home.mkdir(exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "DATAMASQUE_URL": base_url or ARGS.base_url,
        "DATAMASQUE_USERNAME": ARGS.username,
        "DATAMASQUE_PASSWORD": ARGS.password if password is None else password,
        "DM_OUTPUT": "json",
        "COLUMNS": "200",
    }
    completed = subprocess.run(
        [str(OFFICIAL_DM), *argv], env=env, cwd=str(cwd or WORK), input=stdin or "",
        capture_output=True, text=True, timeout=COMMAND_TIMEOUT_SECONDS,
    )
    result = Result(list(argv), completed)
    if code is not None:
        assert result.code == code, f"expected exit {code}: {result!r}"
    return result


def expect_error(result: Result, code: str, message_part: str = "") -> dict:
    """Require an empty stdout and an envelope with `code` whose message contains `message_part`."""
    error = result.envelope()
    expect_equal(error["code"], code, f"error code of {result!r}")
    assert message_part in error["message"], f"message should contain {message_part!r}: {error['message']!r}"
    expect_equal(result.stdout, "", "stdout of a failed command")
    return error


class API:
    """Raw authenticated access to the emulator, to check what the CLI changed."""

    token: Optional[str] = None

    @classmethod
    def get(cls, path: str) -> Any:
        if cls.token is None:
            cls.token = EMULATOR.login(ARGS.username, ARGS.password)
        status, _, text = EMULATOR.request("GET", path, headers={"Authorization": f"Token {cls.token}"})
        assert status == 200, f"GET {path} answered {status}: {text[:200]}"
        return json.loads(text)


def write(name: str, content: Any) -> Path:
    path = WORK / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def connection_named(name: str) -> Optional[dict]:
    matches = [item for item in API.get("/api/connections/") if item.get("name") == name]
    return matches[0] if matches else None


def listed(result: Result, key: str, value: Any) -> list:
    items = result.json()
    assert isinstance(items, list), f"expected a JSON array: {result!r}"
    return [item for item in items if item.get(key) == value]


# Authentication and global behaviour


@suite.check
def auth_status_prints_nothing_in_agent_mode() -> None:
    result = dm("auth", "status")
    expect_equal((result.stdout, [l for l in result.stderr.splitlines() if l.startswith("{")]), ("", []), "output")


@suite.check
def auth_status_exits_0_even_when_login_fails() -> None:
    # Quirk (cli.md §4.3): `auth status` reports a failed login but exits 0.
    dm("auth", "status", password="wrong-password")


@suite.check
def wrong_password_is_auth_failed_exit_7() -> None:
    result = dm("connections", "list", code=7, password="wrong-password")
    error = expect_error(result, "auth_failed", "Authentication failed")
    assert ARGS.password not in result.stderr and "wrong-password" not in result.stderr, "a password was printed"
    assert "hint" not in error, f"login failures carry no hint: {error}"


@suite.check
def group_without_subcommand_is_a_usage_error() -> None:
    result = dm("connections", code=2)
    assert not any(line.startswith("{") for line in result.stderr.splitlines()), "usage errors are never enveloped"


# Connections


@suite.check
def connections_create_with_flags_then_list_get_update_test_delete() -> None:
    name = unique_name("cli-pg")
    secret = "cli-secret-" + unique_name("pw")
    try:
        dm("connections", "create", "--name", name, "--type", "database", "--host", "pg.example.internal",
           "--port", "5432", "--database", "shop", "--user", "masker", "--password", secret, "--db-type", "postgres")
        stored = connection_named(name)
        assert stored is not None, "the connection was not created"
        expect_equal((stored.get("host"), stored.get("port"), stored.get("db_type")),
                     ("pg.example.internal", 5432, "postgres"), "stored fields")

        rows = listed(dm("connections", "list"), "name", name)
        expect_equal(rows, [{"id": stored["id"], "name": name, "type": "Database", "role": "source"}], "list row")

        detail = dm("connections", "get", name).json()
        expect_equal((detail.get("id"), detail.get("host"), detail.get("database")),
                     (stored["id"], "pg.example.internal", "shop"), "get")
        assert secret not in json.dumps(detail), "the password came back in plain text"
        for key, value in detail.items():
            if any(word in key.lower() for word in ("password", "secret", "token", "key", "credential")):
                assert value in ("<redacted>", None), f"{key} should be redacted: {value!r}"

        # The CLI sends `--port` as the string "6543" (cli.md §4.17); the server's integer field coerces it.
        dm("connections", "update", name, "--host", "pg2.example.internal", "--port", "6543")
        updated = connection_named(name)
        expect_equal((updated["id"], updated["host"], updated["port"]), (stored["id"], "pg2.example.internal", 6543),
                     "after update (id kept)")
        expect_error(dm("connections", "update", name, code=4), "invalid_input")

        dm("connections", "test", stored["id"])
        dm("connections", "test", name)
        expect_error(dm("connections", "test", name + "-missing", code=3), "not_found")

        dm("connections", "delete", name, "-y")
        expect_equal(connection_named(name), None, "after delete")
        expect_error(dm("connections", "get", name, code=3), "not_found", name)
        expect_error(dm("connections", "delete", name, "-y", code=3), "not_found")
    finally:
        dm("connections", "delete", name, "-y", code=None)


@suite.check
def connections_create_from_file_and_file_roles() -> None:
    s3, share = unique_name("cli-s3"), unique_name("cli-share")
    try:
        path = write("s3.json", {"type": "s3", "name": s3, "bucket": "masking-bucket", "base_directory": "in",
                                 "is_file_mask_source": True})
        dm("connections", "create", "--file", str(path), "--name", "ignored-" + s3)
        stored = connection_named(s3)
        assert stored is not None and connection_named("ignored-" + s3) is None, "--file wins over the flags"
        expect_equal((stored.get("bucket"), stored.get("base_directory")), ("masking-bucket", "in"), "stored")

        dm("connections", "create", "--name", share, "--type", "mounted_share", "--base-dir", "data",
           "--source", "--destination")
        rows = dm("connections", "list")
        expect_equal([(row["type"], row["role"]) for row in listed(rows, "name", s3)], [("S3", "source")], "s3 row")
        expect_equal([(row["type"], row["role"]) for row in listed(rows, "name", share)],
                     [("MountedShare", "source+destination")], "share row")

        dm("connections", "create", "--name", share, "--type", "mounted_share", "--base-dir", "other")
        expect_equal(connection_named(share)["base_directory"], "other", "create of an existing name updates it")
        expect_equal([row["role"] for row in listed(dm("connections", "list"), "name", share)], ["—"], "no role")

        expect_error(dm("connections", "create", "--name", share, "--type", "s3", code=4), "invalid_input")
        expect_error(dm("connections", "create", "--name", share, "--type", "nosuch", code=4), "invalid_input")
        expect_error(dm("connections", "create", "--file", str(WORK / "missing.json"), code=3), "not_found")
    finally:
        for name in (s3, share):
            dm("connections", "delete", name, "-y", code=None)


# Users


@suite.check
def users_list_create_reset_password_delete() -> None:
    name = unique_name("cli-user")
    try:
        admins = listed(dm("users", "list"), "username", ARGS.username)
        assert len(admins) == 1 and set(admins[0]) == {"id", "username", "email", "roles"}, f"admin row: {admins}"
        expect_equal(admins[0]["roles"], "admin", "admin roles")

        result = dm("users", "create", "--username", name, "--email", f"{name}@example.com",
                    "--role", "mask_builder", "--role", "ruleset_library_managers")
        expect_equal(result.stdout, "", "create prints nothing on stdout (quirk §4.2: the password is invisible)")
        rows = listed(dm("users", "list"), "username", name)
        expect_equal([(row["email"], row["roles"]) for row in rows],
                     [(f"{name}@example.com", "mask_builder, ruleset_library_managers")], "created row")

        dm("users", "reset-password", name)
        expect_error(dm("users", "reset-password", name + "-missing", code=3), "not_found")

        dm("users", "delete", name, "-y")
        expect_equal(listed(dm("users", "list"), "username", name), [], "after delete")
        expect_error(dm("users", "delete", name, "-y", code=3), "not_found")

        # ruleset_library_managers without mask_builder is a client-side error: exit 1 (cli.md §2.10).
        expect_error(dm("users", "create", "--username", name, "--email", f"{name}@example.com",
                        "--role", "ruleset_library_managers", code=1), "error")
    finally:
        dm("users", "delete", name, "-y", code=None)


# Seeds and files


@suite.check
def seeds_list_upload_delete() -> None:
    name = unique_name("cli-seed") + ".csv"
    path = write(name, "id,name\n1,Ada\n")
    try:
        dm("seeds", "upload", str(path))
        rows = listed(dm("seeds", "list"), "name", name)
        assert len(rows) == 1 and set(rows[0]) == {"id", "name"}, f"rows: {rows}"
        assert any(item.get("name") == name for item in API.get("/api/seeds/")), "not stored"
        dm("seeds", "delete", name, "-y")
        expect_equal(listed(dm("seeds", "list"), "name", name), [], "after delete")
        expect_error(dm("seeds", "delete", name, "-y", code=3), "not_found")
    finally:
        dm("seeds", "delete", name, "-y", code=None)


@suite.check
def files_list_upload_delete_snowflake_keys() -> None:
    name = unique_name("cli-key")
    path = write("key.p8", "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n")
    try:
        dm("files", "upload", "snowflake-key", "-f", str(path), "--name", name)
        rows = listed(dm("files", "list", "snowflake-key"), "name", name)
        assert len(rows) == 1 and set(rows[0]) == {"id", "name"}, f"rows: {rows}"
        assert any(item.get("name") == name for item in API.get("/api/files/snowflake-keys/")), "not stored"
        dm("files", "delete", "snowflake-key", name, "-y")
        expect_equal(listed(dm("files", "list", "snowflake-key"), "name", name), [], "after delete")
        expect_error(dm("files", "delete", "snowflake-key", name, "-y", code=3), "not_found")
        dm("files", "list", "oracle-wallet", code=2)
    finally:
        dm("files", "delete", "snowflake-key", name, "-y", code=None)


# System


@suite.check
def system_health_licence_locality_logs() -> None:
    expect_equal(dm("system", "health").json(), {"status": "healthy"}, "health")
    licence = dm("system", "licence").json()
    expect_equal(list(licence), ["uuid", "name", "type", "is_expired", "expiry_date", "days_until_expiry",
                                 "platform_name"], "licence keys")
    raw = API.get("/api/license/")
    expect_equal((licence["uuid"], licence["name"], licence["is_expired"]), (raw["uuid"], raw["name"], False), "licence")
    assert re.match(r"^\d{4}-\d{2}-\d{2}T", licence["expiry_date"] or ""), f"expiry_date: {licence['expiry_date']!r}"

    for locality in ("en_GB", "en_AU"):
        dm("system", "set-locality", locality)
        expect_equal(API.get("/api/settings/").get("locality"), locality, "stored locality")

    target = WORK / "logs.tar.gz"
    dm("system", "logs", "-o", str(target))
    with tarfile.open(target, mode="r:gz") as archive:
        assert archive.getnames(), "the log archive is empty"
    dm("system", "logs", cwd=WORK)
    assert (WORK / "datamasque-logs.tar.gz").stat().st_size > 0, "default output file"


@suite.check
def system_health_needs_only_the_url() -> None:
    result = dm("system", "health", password="")
    expect_equal(result.json(), {"status": "healthy"}, "health with only DATAMASQUE_URL usable")


# Rulesets


def ruleset_row(name: str, kind: str) -> list:
    return [row for row in listed(dm("rulesets", "list"), "name", name) if row["type"] == kind]


@suite.check
def rulesets_create_list_get_status_delete() -> None:
    name = unique_name("cli-rs").replace("-", "_")
    database, file = write("db.yml", DATABASE_YAML), write("file.yml", FILE_YAML)
    try:
        expect_error(dm("rulesets", "create", "--name", name, "-f", str(database), code=3), "not_found")
        dm("rulesets", "create", "--name", name, "-f", str(database), "-t", "database")
        rows = ruleset_row(name, "database")
        assert len(rows) == 1 and set(rows[0]) == {"id", "name", "type"}, f"rows: {rows}"
        dm("rulesets", "create", "--name", name, "-f", str(database))  # one existing: updates its type
        dm("rulesets", "create", "--name", name, "-f", str(file), "-t", "file")
        expect_error(dm("rulesets", "get", name, code=5), "ambiguous")

        detail = dm("rulesets", "get", name, "-t", "database").json()
        expect_equal(detail, {"id": rows[0]["id"], "name": name, "type": "database", "yaml": DATABASE_YAML}, "get")
        expect_equal(dm("rulesets", "get", name, "-t", "file", "--yaml").stdout, FILE_YAML + "\n",
                     "--yaml prints the YAML and a newline")

        status = dm("rulesets", "status", name, "-t", "database").json()
        expect_equal(status, {"name": name, "type": "database", "status": "valid", "errors": []}, "status")

        dm("rulesets", "create", "--name", name, "-f", str(write("bad.yml", INVALID_YAML)), "-t", "database")
        status = dm("rulesets", "status", name, "-t", "database").json()
        expect_equal(status["status"], "invalid", "status of an invalid ruleset (create still exits 0)")
        assert status["errors"] and set(status["errors"][0]) == {
            "message", "validation_error_type", "line_number", "column_number"}, f"errors: {status['errors']}"

        dm("rulesets", "delete", name, "-t", "file", "-y")
        expect_equal(ruleset_row(name, "file"), [], "file ruleset deleted")
        expect_equal(len(ruleset_row(name, "database")), 1, "database ruleset kept")
        dm("rulesets", "delete", name, "-y")
        expect_error(dm("rulesets", "get", name, code=3), "not_found")
    finally:
        for kind in ("database", "file"):
            dm("rulesets", "delete", name, "-t", kind, "-y", code=None)


@suite.check
def rulesets_create_without_type_when_both_kinds_exist_is_ambiguous() -> None:
    name = unique_name("cli-amb").replace("-", "_")
    database, file = write("db.yml", DATABASE_YAML), write("file.yml", FILE_YAML)
    try:
        dm("rulesets", "create", "--name", name, "-f", str(database), "-t", "database")
        dm("rulesets", "create", "--name", name, "-f", str(file), "-t", "file")
        error = expect_error(dm("rulesets", "create", "--name", name, "-f", str(database), code=5), "ambiguous")
        assert error["message"].startswith("Multiple rulesets"), f"message: {error['message']!r}"
        assert name in error["message"], f"the message should name the ruleset: {error['message']!r}"
    finally:
        for kind in ("database", "file"):
            dm("rulesets", "delete", name, "-t", kind, "-y", code=None)


def leftover_validation_rulesets() -> list:
    return [item["name"] for item in API.get("/api/v2/rulesets/") if item["name"].startswith("__dm_cli_validate_")]


@suite.check
def rulesets_validate_reports_and_cleans_up() -> None:
    dm("rulesets", "validate", "-f", str(write("ok.yml", DATABASE_YAML)), "-t", "database")
    result = dm("rulesets", "validate", "-f", str(write("bad.yml", INVALID_YAML)), "-t", "database", code=4)
    error = expect_error(result, "invalid_input", "bad.yml")
    assert re.search(r"\(line \d+", error["message"]), f"errors should carry line numbers: {error['message']!r}"
    expect_equal(leftover_validation_rulesets(), [], "temporary rulesets left behind")
    dm("rulesets", "validate", "-f", str(write("ok.yml", DATABASE_YAML)), code=2)  # --type is required
    big = write("big.yml", DATABASE_YAML + "#" * 61440 + "\n")
    expect_error(dm("rulesets", "validate", "-f", str(big), "-t", "database", code=4), "invalid_input")


# Libraries


@suite.check
def libraries_create_list_get_status_usage_delete() -> None:
    name = unique_name("cli-lib").replace("-", "_")
    ruleset = unique_name("cli-importer").replace("-", "_")
    path = write("lib.yml", LIBRARY_YAML)
    try:
        dm("libraries", "create", "--name", name, "-f", str(path), "-n", "conf")
        rows = [row for row in listed(dm("libraries", "list"), "name", name)]
        expect_equal([(row["namespace"], row["valid"]) for row in rows], [("conf", "valid")], "list rows")
        expect_equal(set(rows[0]), {"id", "namespace", "name", "valid"}, "list keys")

        detail = dm("libraries", "get", name, "-n", "conf").json()
        expect_equal(list(detail), ["id", "namespace", "name", "valid", "created", "modified"], "get keys")
        expect_equal((detail["id"], detail["namespace"], detail["valid"]), (rows[0]["id"], "conf", "valid"), "get")
        expect_equal(dm("libraries", "get", name, "-n", "conf", "--yaml").stdout, LIBRARY_YAML + "\n", "--yaml")
        expect_equal(dm("libraries", "status", name, "-n", "conf").json(),
                     {"namespace": "conf", "name": name, "status": "valid", "errors": []}, "status")
        dm("libraries", "validate", name, "-n", "conf")

        expect_equal(dm("libraries", "usage", name, "-n", "conf").json(), [], "usage before any importer")
        importer = write("importer.yml", DATABASE_YAML.replace("tasks:", f"imports:\n  - conf/{name}\ntasks:"))
        dm("rulesets", "create", "--name", ruleset, "-f", str(importer), "-t", "database")
        usage = dm("libraries", "usage", name, "-n", "conf").json()
        expect_equal([(row["name"], row["type"]) for row in usage], [(ruleset, "database")], "usage")

        expect_error(dm("libraries", "delete", name, "-n", "conf", "-y", code=8), "conflict")
        dm("libraries", "delete", name, "-n", "conf", "--force", "-y")
        expect_error(dm("libraries", "get", name, "-n", "conf", code=3), "not_found")
        expect_equal(dm("rulesets", "status", ruleset, "-t", "database").json()["status"], "invalid",
                     "the importer after a forced delete")
    finally:
        dm("libraries", "delete", name, "-n", "conf", "--force", "-y", code=None)
        dm("rulesets", "delete", ruleset, "-t", "database", "-y", code=None)


@suite.check
def libraries_with_an_unknown_task_type_are_invalid_with_positions() -> None:
    name = unique_name("cli-badlib").replace("-", "_")
    try:
        dm("libraries", "create", "--name", name, "-f", str(write("badlib.yml", UNKNOWN_TASK_LIBRARY_YAML)))
        error = expect_error(dm("libraries", "validate", name, code=4), "invalid_input", f"Library '{name}' is invalid: ")
        assert "not_a_real_task" in error["message"] and re.search(r"\(line 3", error["message"]), \
            f"the error should name the task type and its line: {error['message']!r}"
        status = dm("libraries", "status", name).json()
        expect_equal(status["status"], "invalid", "status of a library with an unknown task type")
        assert status["errors"] and status["errors"][0]["line_number"] == 3, f"errors: {status['errors']}"
    finally:
        dm("libraries", "delete", name, "--force", "-y", code=None)


# Installation


def app_check_installed(base_url: str) -> Any:
    status, _, text = EmulatorControl(base_url).request("GET", "/api/app/check/")
    assert status == 200, f"GET /api/app/check/ answered {status}: {text[:200]}"
    return json.loads(text)["installed"]


@suite.check
def admin_install_on_an_uninstalled_emulator() -> None:
    assert UNINSTALLED_URL, "DM_CONFORMANCE_UNINSTALLED_URL is not set: start `dm emulator --uninstalled` for this check"
    expect_equal(app_check_installed(UNINSTALLED_URL), False, "installed before admin-install")
    password = "Inst4ll-Pw-q7x2"
    install = ("system", "admin-install", "--email", "root@example.com", "--username", "root", "--password", password)
    dm(*install, password="", base_url=UNINSTALLED_URL)
    expect_equal(app_check_installed(UNINSTALLED_URL), True, "installed after admin-install")
    expect_error(dm(*install, password="", base_url=UNINSTALLED_URL, code=8), "conflict")
    token = EmulatorControl(UNINSTALLED_URL).login("root", password)
    assert token, "the installed administrator can log in"


# Runs


class RunFixture:
    """A source (and for file runs a destination) connection and a ruleset, deleted afterwards."""

    def __init__(self, kind: str = "database") -> None:
        self.kind = kind
        self.source = unique_name("cli-run-src")
        self.destination = unique_name("cli-run-dst") if kind == "file" else None
        self.ruleset = unique_name("cli-run-rs").replace("-", "_")

    def __enter__(self) -> "RunFixture":
        if self.kind == "database":
            dm("connections", "create", "--name", self.source, "--type", "database", "--host", "h", "--port", "5432",
               "--database", "d", "--user", "u", "--password", "p", "--db-type", "postgres")
            dm("rulesets", "create", "--name", self.ruleset, "-f", str(write("run.yml", DATABASE_YAML)),
               "-t", "database")
        else:
            dm("connections", "create", "--name", self.source, "--type", "mounted_share", "--base-dir", "in",
               "--source")
            dm("connections", "create", "--name", self.destination, "--type", "mounted_share", "--base-dir", "out",
               "--destination")
            dm("rulesets", "create", "--name", self.ruleset, "-f", str(write("run.yml", FILE_YAML)), "-t", "file")
        return self

    def __exit__(self, *exc) -> None:
        EMULATOR.control("POST", "runs/complete")
        dm("rulesets", "delete", self.ruleset, "-t", self.kind, "-y", code=None)
        for name in (self.source, self.destination):
            if name:
                dm("connections", "delete", name, "-y", code=None)

    def start(self, *extra: str) -> int:
        argv = ["run", "start", "-c", self.source, "-r", self.ruleset, "--background", *extra]
        if self.destination:
            argv += ["-d", self.destination]
        started = dm(*argv).json()
        assert set(started) == {"id"} and isinstance(started["id"], int), f"--background output: {started}"
        return started["id"]


RUN_KEYS = ["id", "status", "ruleset", "source", "destination", "created"]


@suite.check
def run_start_background_status_list_logs_wait() -> None:
    with RunFixture() as fixture:
        run_id = fixture.start("--options", "batch_size=500", "--options", "dry_run=true")
        run = API.get(f"/api/runs/{run_id}/")
        expect_equal(run["options"].get("batch_size"), 500, "options reached the server as an integer")
        expect_equal(run["options"].get("dry_run"), True, "options reached the server as a boolean")
        assert run["name"].startswith(fixture.source + "_"), f"run name: {run['name']!r}"

        status = dm("run", "status", str(run_id)).json()
        expect_equal(list(status), RUN_KEYS, "status keys")
        expect_equal((status["id"], status["ruleset"], status["source"], status["destination"]),
                     (run_id, fixture.ruleset, fixture.source, None), "status")
        assert status["status"] in ("queued", "validating", "running"), f"fresh run status {status['status']}"

        rows = listed(dm("run", "list", "-l", "50"), "id", run_id)
        expect_equal([(row["ruleset"], row["source"]) for row in rows], [(fixture.ruleset, fixture.source)], "list")
        expect_equal(list(rows[0]), RUN_KEYS, "list keys")

        EMULATOR.control("POST", "runs/complete")
        waited = dm("run", "wait", str(run_id))
        expect_equal((waited.json()["id"], waited.json()["status"]), (run_id, "finished"), "wait output")
        expect_equal([row["id"] for row in listed(dm("run", "list", "-s", "finished", "-l", "50"), "id", run_id)],
                     [run_id], "list filtered by status")

        logs = dm("run", "logs", str(run_id))
        entries = json.loads(logs.stdout)
        assert any("customers" in entry["message"] for entry in entries), f"log: {logs.stdout[:300]!r}"

        expect_error(dm("run", "status", "999999", code=3), "not_found", "999999")
        expect_error(dm("run", "logs", "999999", code=3), "not_found")
        dm("run", "status", "not-a-number", code=2)


@suite.check
def run_start_failed_run_exits_1() -> None:
    with RunFixture() as fixture:
        fixture.ruleset += "_fail"
        dm("rulesets", "create", "--name", fixture.ruleset, "-f", str(write("run.yml", DATABASE_YAML)),
           "-t", "database")
        run_id = fixture.start()
        EMULATOR.control("POST", "runs/complete")
        result = dm("run", "wait", str(run_id), code=1)
        # Quirk (cli.md §4.9): a failed run prints a plain `Error:` line, never the envelope.
        expect_equal(result.json()["status"], "failed", "the run object is still printed")
        assert not any(line.startswith("{") for line in result.stderr.splitlines()), f"enveloped: {result!r}"


@suite.check
def run_start_refusals_map_to_exit_codes() -> None:
    with RunFixture() as fixture:
        dm("rulesets", "create", "--name", fixture.ruleset, "-f", str(write("bad.yml", INVALID_YAML)))
        error = expect_error(dm("run", "start", "-c", fixture.source, "-r", fixture.ruleset, "-b", code=4),
                             "invalid_input")
        assert "Cannot start run" in error["message"], f"message: {error['message']!r}"
        expect_error(dm("run", "start", "-c", fixture.source + "-missing", "-r", fixture.ruleset, "-b", code=3),
                     "not_found")
        expect_error(dm("run", "start", "-c", fixture.source, "-r", fixture.ruleset, "--options", "dry_run", "-b",
                        code=4), "invalid_input", "dry_run")


@suite.check
def run_cancel_then_conflict() -> None:
    with RunFixture() as fixture:
        run_id = fixture.start()
        result = dm("run", "cancel", str(run_id))
        expect_equal(result.stdout, "", "cancel prints nothing on stdout")
        expect_equal(API.get(f"/api/runs/{run_id}/")["status"], "cancelling", "status after cancel")
        EMULATOR.control("POST", "runs/advance", {"steps": 1})
        expect_equal(dm("run", "status", str(run_id)).json()["status"], "cancelled", "one step later")
        expect_error(dm("run", "cancel", str(run_id), code=8), "conflict")
        expect_error(dm("run", "cancel", "999999", code=3), "not_found")
        expect_equal(dm("run", "wait", str(run_id), code=1).json()["status"], "cancelled", "wait on a cancelled run")


@suite.check
def run_report_of_a_file_run() -> None:
    with RunFixture("file") as fixture:
        run_id = fixture.start()
        expect_error(dm("run", "report", str(run_id), code=3), "not_found")
        EMULATOR.control("POST", "runs/complete")
        status = dm("run", "status", str(run_id)).json()
        expect_equal((status["status"], status["destination"]), ("finished", fixture.destination), "final status")
        report = dm("run", "report", str(run_id)).stdout
        rows = list(csv.DictReader(io.StringIO(report.rstrip("\n") + "\n")))
        assert rows and set(rows[0]) == {"path", "file_size", "file_type", "skip_reason"}, f"report: {report[:200]!r}"
        target = WORK / "report.csv"
        dm("run", "report", str(run_id), "-o", str(target))
        expect_equal(target.read_text(encoding="utf-8"), report[:-1], "-o holds the exact CSV (stdout adds a newline)")


def main(cli_suite: Suite) -> None:
    """Run `cli_suite` with the official `dm` against `--base-url`, exiting with its status."""
    fail_fast_if_unreachable(ARGS.base_url)
    if not OFFICIAL_DM.exists():
        print(f"the official dm is not installed next to {sys.executable}")
        print("0 passed, 1 failed")
        raise SystemExit(1)
    raise SystemExit(cli_suite.run(ARGS.only))


if __name__ == "__main__":
    main(suite)
