"""Small test harness shared by the conformance scripts.

Standard library only.
A suite is a list of check functions run in order;
an `AssertionError` or any other exception fails the check with its reason.
The run ends with the line `N passed, N failed`
and the process exits non-zero when anything failed.
"""

import argparse
import json
import os
import signal
import sys
import traceback
import urllib.error
import urllib.request
import uuid
from typing import Any, Callable, Optional
from urllib.parse import urlsplit

CHECK_TIMEOUT_SECONDS = 60


class CheckTimedOut(Exception):
    """A check ran longer than `CHECK_TIMEOUT_SECONDS`."""


class Suite:
    """An ordered list of named checks with a tiny runner."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.checks: list[tuple[str, Callable[[], None]]] = []

    def check(self, function: Callable[[], None]) -> Callable[[], None]:
        """Register `function` as a check; its name is the check's name."""
        self.checks.append((function.__name__, function))
        return function

    def add(self, name: str, function: Callable[[], None]) -> None:
        """Register `function` as a check called `name` (for generated checks)."""
        self.checks.append((name, function))

    def run(self, only: Optional[str] = None) -> int:
        """Run every check (or those whose name contains `only`); return the exit status."""
        passed = 0
        failures: list[tuple[str, str]] = []
        signal.signal(signal.SIGALRM, _raise_timeout)
        for name, function in self.checks:
            if only and only not in name:
                continue
            signal.alarm(CHECK_TIMEOUT_SECONDS)
            try:
                function()
            except Exception as error:  # noqa: BLE001 - every failure is reported, never raised
                failures.append((name, _reason(error)))
                print(f"FAIL {self.name}: {name}: {_reason(error)}", flush=True)
                if os.environ.get("CONFORMANCE_TRACEBACKS"):
                    traceback.print_exc()
            else:
                passed += 1
                print(f"ok   {self.name}: {name}", flush=True)
            finally:
                signal.alarm(0)
        if failures:
            print(f"\n{self.name}: failures", flush=True)
            for name, reason in failures:
                print(f"  {name}: {reason}", flush=True)
        print(f"{passed} passed, {len(failures)} failed", flush=True)
        return 1 if failures else 0


def _raise_timeout(signum: int, frame: Any) -> None:
    raise CheckTimedOut(f"no result after {CHECK_TIMEOUT_SECONDS}s")


def _reason(error: BaseException) -> str:
    text = str(error).strip().replace("\n", " | ")
    if isinstance(error, AssertionError):
        return text or "assertion failed"
    return f"{type(error).__name__}: {text}"


def expect_raises(expected: type, action: Callable[[], Any], what: str) -> Any:
    """Run `action`, require it to raise `expected` (exact type or subclass), and return the exception."""
    try:
        result = action()
    except expected as error:
        return error
    except Exception as error:  # noqa: BLE001
        raise AssertionError(f"{what}: expected {expected.__name__}, got {type(error).__name__}: {error}") from error
    raise AssertionError(f"{what}: expected {expected.__name__}, but it returned {result!r}")


def expect_equal(actual: Any, expected: Any, what: str) -> None:
    assert actual == expected, f"{what}: expected {expected!r}, got {actual!r}"


def unique_name(prefix: str) -> str:
    """A connection or resource name no other check uses."""
    return f"conf-{prefix}-{uuid.uuid4().hex[:8]}"


class WireRecorder:
    """Records every HTTP exchange a `requests.Session` makes, seen from the client side.

    It is installed as the first response hook,
    so it also sees responses that a later hook turns into an exception
    (the SPCS gateway check).
    """

    def __init__(self, session: Any) -> None:
        self.exchanges: list[dict] = []
        session.hooks["response"].insert(0, self._record)

    def _record(self, response: Any, *args: Any, **kwargs: Any) -> None:
        request = response.request
        body = request.body
        if isinstance(body, bytes):
            body = body.decode("utf-8", "replace")
        self.exchanges.append(
            {
                "method": request.method,
                "path": urlsplit(request.url).path,
                "query": urlsplit(request.url).query,
                "status": response.status_code,
                "request_headers": dict(request.headers),
                "request_body": body,
                "response_headers": dict(response.headers),
                "response_text": response.text,
            }
        )

    def summary(self) -> list[tuple[str, str, int]]:
        """(method, path, status) per exchange, in order."""
        return [(e["method"], e["path"], e["status"]) for e in self.exchanges]

    def clear(self) -> None:
        self.exchanges.clear()


class EmulatorControl:
    """HTTP access to a running `dm emulator`, including its `/_emulator/` control endpoints."""

    def __init__(self, base_url: str, spcs_pat: Optional[str] = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.spcs_pat = spcs_pat

    def request(
        self,
        method: str,
        path: str,
        body: Optional[Any] = None,
        headers: Optional[dict] = None,
    ) -> tuple[int, dict, str]:
        """Send one raw request; return (status, headers with lower-case names, body text)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base_url + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self.spcs_pat is not None:
            request.add_header("X-SF-SPCS-Authorization", f'Snowflake Token="{self.spcs_pat}"')
        for key, value in (headers or {}).items():
            request.add_header(key, value)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, _lower(response.headers), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, _lower(error.headers), error.read().decode()

    def control(self, method: str, path: str, body: Optional[Any] = None) -> Any:
        """Call a `/_emulator/` endpoint; require a 2xx and return the parsed body (or None)."""
        status, _, text = self.request(method, "/_emulator/" + path, body)
        assert 200 <= status < 300, f"emulator control {method} /_emulator/{path} answered {status}: {text[:200]}"
        return json.loads(text) if text.strip() else None

    def login(self, username: str, password: str) -> str:
        """Log in over raw HTTP and return the bare token key."""
        status, _, text = self.request(
            "POST", "/api/auth/token/login/", {"username": username, "password": password}
        )
        assert status == 200, f"raw login answered {status}: {text[:200]}"
        return json.loads(text)["key"]


def _lower(headers: Any) -> dict:
    merged: dict = {}
    for key, value in headers.items():
        key = key.lower()
        merged[key] = f"{merged[key]}, {value}" if key in merged else value
    return merged


def arguments(description: str) -> argparse.Namespace:
    """Command-line arguments every conformance script takes; environment variables are the fallbacks."""
    parser = argparse.ArgumentParser(description=description)
    env = os.environ.get
    parser.add_argument("--base-url", default=env("DM_CONFORMANCE_URL"), required=env("DM_CONFORMANCE_URL") is None)
    parser.add_argument("--spcs-base-url", default=env("DM_CONFORMANCE_SPCS_URL"))
    parser.add_argument("--spcs-pat", default=env("DM_CONFORMANCE_SPCS_PAT"))
    parser.add_argument("--username", default=env("DM_CONFORMANCE_USERNAME", "admin"))
    parser.add_argument("--password", default=env("DM_CONFORMANCE_PASSWORD", "datamasque"))
    parser.add_argument("--request-log", default=env("DM_CONFORMANCE_REQUEST_LOG"),
                        help="the --request-log file of the emulator at --base-url")
    parser.add_argument("--only", help="run only checks whose name contains this text")
    parsed = parser.parse_args()
    if bool(parsed.spcs_base_url) != bool(parsed.spcs_pat):
        parser.error("--spcs-base-url and --spcs-pat go together")
    return parsed


def fail_fast_if_unreachable(base_url: str) -> None:
    """Exit with a summary line when the emulator does not answer its healthcheck."""
    try:
        EmulatorControl(base_url).request("GET", "/api/healthcheck/")
    except OSError as error:
        print(f"emulator at {base_url} unreachable: {error}")
        print("0 passed, 1 failed")
        sys.exit(1)
