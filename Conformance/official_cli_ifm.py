"""Drive the official `dm ifm` commands (datamasque-cli 1.5.1) against `dm emulator`.

The official `dm` runs as in `official_cli.py`: the venv's entry point, agent mode, credentials from the environment.
Its IFM client logs in with a JWT from the emulator's admin routes and reaches the IFM service under `/ifm/`.
Every check asserts exit codes, JSON on stdout, the error envelope or plain `Error:` lines on stderr,
and the plans the emulator ends up with.

    .build/conformance-venv/bin/python Conformance/official_cli_ifm.py --base-url http://127.0.0.1:8765 \\
        [--username admin --password datamasque]
"""

import json
import re

from harness import Suite, expect_equal
from official_cli import ARGS, EMULATOR, dm, expect_error, main, write

suite = Suite("official-cli-ifm")

PLAN_YAML = (
    'version: "1.0"\nrules:\n  - masks:\n      - type: json\n        transforms:\n'
    '          - path: [email]\n            masks:\n              - type: from_fixed\n'
    '                value: "masked@example.com"\n'
)
RECORDS = [{"id": 1, "email": "ann@shop.example"}, {"id": 2, "email": "bob@shop.example"}]
MASKED = [{"email": "masked@example.com", "id": 1}, {"email": "masked@example.com", "id": 2}]
PLAN_KEYS = ["name", "serial", "created", "modified", "enabled"]


class IFM:
    """Raw JWT access to the emulator's IFM service, to check what the CLI changed."""

    token = None

    @classmethod
    def get(cls, path: str):
        if cls.token is None:
            status, _, text = EMULATOR.request(
                "POST", "/api/auth/jwt/login/", {"username": ARGS.username, "password": ARGS.password})
            assert status == 200, f"raw JWT login answered {status}: {text[:200]}"
            cls.token = json.loads(text)["access_token"]
        return EMULATOR.request("GET", "/ifm/" + path, headers={"Authorization": f"Bearer {cls.token}"})


def create_plan(prefix: str = "conf-ifm") -> str:
    """Create a plan with `dm ifm create` and return the name the service gave it, read from the URL line."""
    result = dm("ifm", "create", "--name", prefix, "-f", str(write("plan.yml", PLAN_YAML)), "--enabled")
    match = re.fullmatch(r"\S+/ifm/ruleset-plans/([^/]+)/\n", result.stdout)
    assert match, f"the plan URL should be the only stdout line: {result!r}"
    name = match.group(1)
    assert name.startswith(prefix + "-") and len(name) == len(prefix) + 7, f"suffixed name: {name!r}"
    return name


@suite.check
def create_list_get_update_delete() -> None:
    name = create_plan()
    try:
        rows = [row for row in dm("ifm", "list", "--json").json() if row["name"] == name]
        assert len(rows) == 1 and list(rows[0]) == PLAN_KEYS, f"list rows: {rows}"
        expect_equal((rows[0]["serial"], rows[0]["enabled"]), (1, True), "listed plan")
        detail = dm("ifm", "get", name, "--json").json()
        expect_equal(list(detail), PLAN_KEYS + ["default_log_level", "ruleset_yaml"], "get keys")
        expect_equal(detail["ruleset_yaml"], PLAN_YAML, "stored YAML")
        expect_equal(dm("ifm", "get", name, "--yaml").stdout, PLAN_YAML + "\n", "--yaml echoes the YAML and a newline")
        expect_equal(dm("ifm", "update", name, "--disabled", "--log-level", "error").stdout, "", "update stdout")
        detail = dm("ifm", "get", name, "--json").json()
        expect_equal((detail["serial"], detail["enabled"], detail["default_log_level"]), (2, False, "ERROR"), "updated")
    finally:
        dm("ifm", "delete", name, "-y")
    status, _, _ = IFM.get(f"ruleset-plans/{name}/")
    expect_equal(status, 404, "the plan after delete")
    expect_error(dm("ifm", "get", name, code=3), "not_found", f"Failed to get IFM ruleset plan '{name}'")
    expect_error(dm("ifm", "delete", name, "-y", code=3), "not_found")


@suite.check
def delete_asks_first_and_eof_aborts() -> None:
    result = dm("ifm", "delete", "conf-ifm-never-created", code=1)
    assert "Aborted" in result.stderr, f"{result!r}"


@suite.check
def mask_from_a_file_and_from_stdin() -> None:
    name = create_plan()
    try:
        data = write("records.json", RECORDS)
        expect_equal(dm("ifm", "mask", name, "-d", str(data)).json(), MASKED, "masked array")
        piped = dm("ifm", "mask", name, "-d", "-", stdin=json.dumps(RECORDS))
        expect_equal(piped.json(), MASKED, "masked from stdin")
        lines = dm("ifm", "mask", name, "-d", "-", "--no-json", stdin=json.dumps(RECORDS)).stdout.splitlines()
        expect_equal([json.loads(line) for line in lines], MASKED, "one record per line")
        assert all(", " in line and ": " in line for line in lines), f"compact lines keep Python's separators: {lines}"
        expect_equal(dm("ifm", "mask", name, "-d", "-", "--no-json", stdin="[]").stdout, "", "nothing for no records")
        with_options = dm("ifm", "mask", name, "-d", "-", "--request-id", "conf-req", "--log-level", "debug",
                          "--run-secret", "a-run-secret-of-at-least-20", "--disable-instance-secret",
                          stdin=json.dumps(RECORDS))
        expect_equal(len(with_options.json()), 2, "masked with options")
    finally:
        dm("ifm", "delete", name, "-y")


@suite.check
def mask_input_is_checked_before_login() -> None:
    wrong = {"password": "wrong-password"}
    error = expect_error(dm("ifm", "mask", "p", "-d", "-", stdin="{oops", code=4, **wrong), "invalid_input")
    assert error["message"].startswith("Failed to parse mask input as JSON"), error
    expect_error(dm("ifm", "mask", "p", "-d", str(write("object.json", {"id": 1})), code=4, **wrong),
                 "invalid_input", "Mask input must be a JSON list (array) of records.")
    expect_error(dm("ifm", "mask", "p", "-d", "/nonexistent/records.json", code=3, **wrong), "not_found")
    expect_error(dm("ifm", "update", "p", code=4, **wrong), "invalid_input", "Pass at least one of")
    dm("ifm", "mask", "p", "-d", "-", "--log-level", "loud", code=2)


@suite.check
def soft_failure_prints_error_lines_and_exits_1() -> None:
    name = create_plan()
    try:
        result = dm("ifm", "mask", name, "-d", "-", code=1, stdin="[1, 2]")
        expect_equal(result.stdout, "", "stdout of a soft failure")
        lines = result.stderr.splitlines()
        assert lines[:1] == ["Error: Mask failed."], f"{result!r}"
        # Quirk: Rich reads the `[error]` level as a markup tag and drops it, so the official lines are
        # `Error:    <timestamp> <message>`; `dm` prints the level, as cli.md §2.14 describes.
        assert len(lines) == 3 and all(line.startswith("Error:   ") for line in lines[1:]), f"log lines: {lines}"
        assert all("json cannot mask" in line for line in lines[1:]), f"one line per record's log: {lines}"
        assert not any(line.startswith("{") for line in lines), f"a soft failure is never enveloped: {result!r}"
    finally:
        dm("ifm", "delete", name, "-y")


@suite.check
def mask_errors_use_the_mask_prefix() -> None:
    expect_error(dm("ifm", "mask", "conf-ifm-missing", "-d", "-", stdin="[1]", code=3), "not_found",
                 "Mask request failed")


@suite.check
def verify_token_json_and_agent_shapes() -> None:
    scopes = dm("ifm", "verify-token", "--json").json()
    assert list(scopes) == ["scopes"] and "ifm/mask" in scopes["scopes"], f"scopes: {scopes}"
    rows = dm("ifm", "verify-token").json()
    expect_equal(rows, [{"scope": scope} for scope in scopes["scopes"]], "agent-mode table")


@suite.check
def wrong_password_is_ifm_auth_failed() -> None:
    result = dm("ifm", "list", code=7, password="wrong-password")
    expect_error(result, "auth_failed", "IFM authentication failed")
    assert "wrong-password" not in result.stderr and ARGS.password not in result.stderr, "a password was printed"


@suite.check
def list_covers_every_plan() -> None:
    names = [create_plan("conf-page") for _ in range(3)]
    try:
        listed = {row["name"] for row in dm("ifm", "list", "--json").json()}
        assert set(names) <= listed, f"{names} not all in {sorted(listed)}"
    finally:
        for name in names:
            dm("ifm", "delete", name, "-y")


if __name__ == "__main__":
    main(suite)
