"""Drive the official `dm discover configs|libraries` commands (datamasque-cli 1.5.1) against `dm emulator`.

Runs the official `dm` as `official_cli.py` does (agent mode, credentials from the environment, a scratch `HOME`)
and asserts exit codes, JSON on stdout, the error envelope on stderr, and the state the emulator ends up in.

    .build/conformance-venv/bin/python Conformance/official_cli_discovery_configs.py --base-url http://127.0.0.1:8765 \\
        [--username admin --password datamasque]
"""

import sys

from harness import Suite, expect_equal, fail_fast_if_unreachable, unique_name
from official_cli import API, ARGS, OFFICIAL_DM, WORK, dm, expect_error, write

suite = Suite("official-cli-discovery-configs")

YAML = "version: '1.0'\nlabels:\n  - name: Email\n    keywords: [email]\n"
INVALID_YAML = "version: '1.0'\nmasks: []\n"


def configs_named(name: str) -> list:
    return [c for c in API.get("/api/discovery/configs/?limit=1000")["results"] if c["name"] == name]


@suite.check
def config_create_get_list_and_delete() -> None:
    name = unique_name("cli-dcfg")
    path = write("cfg.yaml", YAML)
    expect_error(dm("discover", "configs", "create", "--name", name, "-f", str(path), code=3), "not_found")
    dm("discover", "configs", "create", "--name", name, "-f", str(path), "-t", "database")
    expect_equal(dm("discover", "configs", "get", name, "--yaml").stdout, YAML + "\n", "get --yaml")
    detail = dm("discover", "configs", "get", name, "--json").json()
    expect_equal(list(detail), ["id", "name", "type", "valid", "created", "modified"], "get keys")
    expect_equal((detail["type"], detail["valid"]), ("database", "valid"), "type and validity")
    listed = [row for row in dm("discover", "configs", "list", "--json").json() if row["name"] == name]
    expect_equal(listed, [{"id": detail["id"], "name": name, "type": "database", "valid": "valid"}], "list row")
    dm("discover", "configs", "delete", name, "-y")
    expect_equal(configs_named(name), [], "deleted on the emulator")
    expect_error(dm("discover", "configs", "get", name, code=3), "not_found")


@suite.check
def same_name_as_both_types_needs_type() -> None:
    name = unique_name("cli-dboth")
    path = write("both.yaml", YAML)
    for kind in ("database", "file"):
        dm("discover", "configs", "create", "--name", name, "-f", str(path), "-t", kind)
    expect_error(dm("discover", "configs", "create", "--name", name, "-f", str(path), code=5), "ambiguous",
                 "Multiple discovery configs")
    expect_error(dm("discover", "configs", "get", name, code=5), "ambiguous")
    files = [row for row in dm("discover", "configs", "list", "-t", "file", "--json").json() if row["name"] == name]
    expect_equal([row["type"] for row in files], ["file"], "type filter")
    dm("discover", "configs", "delete", name, "-t", "file", "-y")
    expect_equal([c["config_type"] for c in configs_named(name)], ["database"], "only the file config deleted")
    dm("discover", "configs", "delete", name, "-y")


@suite.check
def defaults_validate_and_status() -> None:
    target = WORK / "defaults.yaml"
    dm("discover", "configs", "defaults", "-t", "file", "-o", str(target))
    text = target.read_text(encoding="utf-8")
    assert "labels:" in text, text[:200]
    assert "labels:" in dm("discover", "configs", "defaults").stdout
    dm("discover", "configs", "validate", "-f", str(target), "-t", "file")
    bad = write("bad.yaml", INVALID_YAML)
    expect_error(dm("discover", "configs", "validate", "-f", str(bad), "-t", "database", code=4), "invalid_input",
                 'Discovery config "bad.yaml" is invalid: ')
    assert not [c for c in API.get("/api/discovery/configs/?limit=1000")["results"]
                if c["name"].startswith("__dm_cli_validate_")], "temporary configs are cleaned up"
    large = write("large.yaml", YAML + "#" * 70_000)
    error = expect_error(dm("discover", "configs", "validate", "-f", str(large), "-t", "file", code=4), "invalid_input")
    assert "asynchronously" in error["message"] and "dm discover configs status" in error.get("hint", ""), error

    name = unique_name("cli-dstatus")
    dm("discover", "configs", "create", "--name", name, "-f", str(bad), "-t", "database")
    status = dm("discover", "configs", "status", name, "--json").json()
    expect_equal(list(status), ["name", "type", "status", "validation_error"], "status keys")
    assert status["status"] == "invalid" and status["validation_error"], status
    dm("discover", "configs", "delete", name, "-y")


@suite.check
def library_lifecycle_force_delete_and_validate() -> None:
    name = unique_name("cli-dlib")
    path = write("lib.yaml", YAML)
    dm("discover", "libraries", "create", "--name", name, "-n", "org", "-f", str(path))
    expect_equal(dm("discover", "libraries", "get", name, "-n", "org", "--yaml").stdout, YAML + "\n", "get --yaml")
    expect_error(dm("discover", "libraries", "get", name, code=3), "not_found")
    config_name = unique_name("cli-dimp")
    importing = write("imp.yaml", f"version: '1.0'\nimports: [org/{name}]\n")
    dm("discover", "configs", "create", "--name", config_name, "-f", str(importing), "-t", "database")

    rows = [row for row in dm("discover", "libraries", "list", "--json").json() if row["name"] == name]
    expect_equal([(row["namespace"], row["valid"], row["used_by"]) for row in rows], [("org", "valid", 1)], "list")
    detail = dm("discover", "libraries", "get", name, "-n", "org", "--json").json()
    expect_equal(list(detail), ["id", "namespace", "name", "valid", "used_by", "created", "modified"], "get keys")
    status = dm("discover", "libraries", "status", name, "-n", "org", "--json").json()
    expect_equal(status, {"namespace": "org", "name": name, "status": "valid", "validation_error": None}, "status")

    error = expect_error(dm("discover", "libraries", "delete", name, "-n", "org", "-y", code=8), "conflict")
    assert "--force" in error.get("hint", ""), error
    dm("discover", "libraries", "delete", name, "-n", "org", "-y", "--force")
    expect_equal(dm("discover", "configs", "status", config_name, "--json").json()["status"], "invalid",
                 "the importing config after a forced delete")
    dm("discover", "configs", "delete", config_name, "-y")

    dm("discover", "libraries", "validate", "-f", str(path))
    bad = write("badlib.yaml", "labels: 3\n")
    expect_error(dm("discover", "libraries", "validate", "-f", str(bad), code=4), "invalid_input",
                 'Discovery config library "badlib.yaml" is invalid: ')
    assert not [lib for lib in API.get("/api/discovery/config-libraries/")
                if lib["name"].startswith("__dm_cli_validate_")], "temporary libraries are cleaned up"


if __name__ == "__main__":
    fail_fast_if_unreachable(ARGS.base_url)
    if not OFFICIAL_DM.exists():
        print(f"the official dm is not installed next to {sys.executable}")
        print("0 passed, 1 failed")
        raise SystemExit(1)
    raise SystemExit(suite.run(ARGS.only))
