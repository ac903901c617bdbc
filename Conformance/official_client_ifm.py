"""Drive every method of the official IFM client (datamasque-python 1.5.0, `DataMasqueIfmClient`) against `dm emulator`.

Every check asserts what came back and the exact HTTP exchanges the client made,
including the refresh after `/_emulator/ifm/expire-tokens`, the re-login when refresh tokens expire too,
a soft mask failure, and `502` while the emulator is starting up.

    python Conformance/official_client_ifm.py --base-url http://127.0.0.1:8765 \\
        [--username admin --password datamasque]
"""

from typing import Callable, Optional

from datamasque.client import (
    DataMasqueApiError,
    DataMasqueIfmClient,
    DataMasqueIfmInstanceConfig,
    DataMasqueNotReadyError,
    IfmAuthError,
    IfmMaskRequest,
    IfmMaskResult,
    IfmTokenInfo,
)
from datamasque.client.models.ifm import (
    RulesetPlan,
    RulesetPlanCreateRequest,
    RulesetPlanOptions,
    RulesetPlanPartialUpdateRequest,
    RulesetPlanUpdateRequest,
)

from harness import EmulatorControl, Suite, WireRecorder, arguments, expect_equal, expect_raises, fail_fast_if_unreachable
from official_session import json_body, quiet_official_logging

quiet_official_logging()
ARGS = arguments(__doc__.splitlines()[0])
suite = Suite("official-client-ifm")
EMULATOR = EmulatorControl(ARGS.base_url)

LOGIN = "/api/auth/jwt/login/"
REFRESH = "/api/auth/jwt/refresh/"
PLANS = "/ifm/ruleset-plans/"
VERIFY = "/ifm/verify-token/"

EMAIL_YAML = """version: "1.0"
rules:
  - masks:
      - type: json
        transforms:
          - path: [email]
            masks:
              - type: from_fixed
                value: "***@***.***"
          - path: [code]
            on_missing: skip
            masks:
              - type: from_format_string
                value_format: "{[A-Z],3}-{[0-9],3}"
"""
IMITATE_YAML = 'version: "1.0"\nrules:\n  - masks:\n      - type: imitate\n'
SECRET = "conformance-run-secret-0001"


def ifm_client(
    username: Optional[str] = None,
    password: Optional[str] = None,
    token_source: Optional[Callable[[], str]] = None,
) -> tuple[DataMasqueIfmClient, WireRecorder]:
    """A fresh official IFM client for the emulator's admin host and its `/ifm` service, and its recorder."""
    if token_source is None and password is None:
        password = ARGS.password
    config = DataMasqueIfmInstanceConfig(
        admin_server_base_url=ARGS.base_url,
        ifm_base_url=ARGS.base_url.rstrip("/") + "/ifm",
        username=username or ARGS.username,
        password=password,
        token_source=token_source,
    )
    client = DataMasqueIfmClient(config)
    return client, WireRecorder(client._session)


def logged_in() -> tuple[DataMasqueIfmClient, WireRecorder]:
    client, wire = ifm_client()
    client.authenticate()
    wire.clear()
    return client, wire


class Plans:
    """Plans one check creates, deleted again when it ends."""

    def __init__(self, client: DataMasqueIfmClient) -> None:
        self.client = client
        self.names: list[str] = []

    def __enter__(self) -> "Plans":
        return self

    def __exit__(self, *exc: object) -> None:
        for name in self.names:
            try:
                self.client.delete_ruleset_plan(name)
            except DataMasqueApiError:
                pass

    def create(self, name: str = "conf", yaml: str = EMAIL_YAML, options: Optional[RulesetPlanOptions] = None) -> RulesetPlan:
        plan = self.client.create_ruleset_plan(RulesetPlanCreateRequest(name=name, ruleset_yaml=yaml, options=options))
        self.names.append(plan.name)
        return plan


@suite.check
def authenticate_logs_in_on_the_admin_host_with_jwt() -> None:
    client, wire = ifm_client()
    client.authenticate()
    expect_equal(wire.summary(), [("POST", LOGIN, 200)], "exchanges")
    expect_equal(len(client.access_token.split(".")), 3, "JWT-shaped access token")
    assert client.refresh_token and client.refresh_token != client.access_token, "a separate refresh token"
    body = json_body(wire.exchanges[0]["response_text"])
    expect_equal(body["token_type"], "Bearer", "token_type")


@suite.check
def bad_credentials_raise_ifm_auth_error() -> None:
    client, wire = ifm_client(password="not-the-password")
    error = expect_raises(IfmAuthError, client.verify_token, "wrong password")
    assert "401" in str(error), f"message names the status: {error}"
    expect_equal(wire.summary(), [("POST", LOGIN, 401)], "no IFM request after a failed login")


@suite.check
def verify_token_authenticates_eagerly_and_lists_scopes() -> None:
    client, wire = ifm_client()
    info = client.verify_token()
    assert isinstance(info, IfmTokenInfo), f"{info!r}"
    expect_equal(info.scopes, ["ifm/mask", "ifm/rules:list", "ifm/rules:read", "ifm/rules:write"], "admin scopes")
    expect_equal(wire.summary(), [("POST", LOGIN, 200), ("GET", VERIFY, 200)], "exchanges")
    expect_equal(wire.exchanges[1]["request_headers"]["Authorization"], f"Bearer {client.access_token}", "header")


@suite.check
def create_get_update_patch_and_delete_a_plan() -> None:
    client, wire = logged_in()
    with Plans(client) as plans:
        created = plans.create("conf-crud", options=RulesetPlanOptions(enabled=True))
        assert created.name.startswith("conf-crud-") and len(created.name) == len("conf-crud-") + 6, created.name
        expect_equal((created.serial, created.options.enabled, created.logs), (1, True, []), "created")
        assert created.url and created.url.endswith(f"/ifm/ruleset-plans/{created.name}/"), f"url {created.url}"
        expect_equal(wire.summary(), [("POST", PLANS, 201)], "create exchange")
        expect_equal(json_body(wire.exchanges[0]["request_body"]),
                     {"name": "conf-crud", "ruleset_yaml": EMAIL_YAML, "options": {"enabled": True}}, "create body")

        fetched = client.get_ruleset_plan(created.name)
        expect_equal((fetched.ruleset_yaml, fetched.serial), (EMAIL_YAML, 1), "get")

        replaced = client.update_ruleset_plan(
            created.name, RulesetPlanUpdateRequest(ruleset_yaml=IMITATE_YAML,
                                                   options=RulesetPlanOptions(default_log_level="INFO")))
        expect_equal((replaced.serial, replaced.ruleset_yaml, replaced.options.enabled,
                      replaced.options.default_log_level), (2, IMITATE_YAML, None, "INFO"), "put replaces")

        patched = client.patch_ruleset_plan(
            created.name, RulesetPlanPartialUpdateRequest(options=RulesetPlanOptions(enabled=False)))
        expect_equal((patched.serial, patched.ruleset_yaml, patched.options.enabled,
                      patched.options.default_log_level), (3, IMITATE_YAML, False, "INFO"), "patch keeps the rest")

        wire.clear()
        client.delete_ruleset_plan(created.name)
        expect_equal(wire.summary(), [("DELETE", f"{PLANS}{created.name}/", 204)], "delete exchange")
        missing = expect_raises(DataMasqueApiError, lambda: client.get_ruleset_plan(created.name), "get deleted")
        expect_equal(missing.response.status_code, 404, "status after delete")
        assert "error" in json_body(missing.response.text), "a 404 body with `error`"


@suite.check
def invalid_yaml_is_refused_with_logs() -> None:
    client, _ = logged_in()
    request = RulesetPlanCreateRequest(name="conf-bad", ruleset_yaml="version: 1.0\nrules: []\n")
    error = expect_raises(DataMasqueApiError, lambda: client.create_ruleset_plan(request), "unquoted version")
    expect_equal(error.response.status_code, 400, "status")
    logs = json_body(error.response.text)["logs"]
    assert logs and logs[0]["log_level"] == "error", f"logs: {logs}"


@suite.check
def list_and_iterate_follow_the_ifm_envelope_across_pages() -> None:
    client, wire = logged_in()
    with Plans(client) as plans:
        before = len(client.list_ruleset_plans())
        for index in range(101):
            plans.create(f"conf-page{index}")
        wire.clear()
        listed = client.list_ruleset_plans()
        expect_equal(len(listed), before + 101, "every plan")
        names = {plan.name for plan in listed}
        assert set(plans.names) <= names, "the created plans are listed"
        assert all(plan.ruleset_yaml is None for plan in listed), "list items carry no YAML"
        queries = [e["query"] for e in wire.exchanges]
        expect_equal(queries[:2], ["limit=100&offset=0", "limit=100&offset=100"], "page queries")
        first = json_body(wire.exchanges[0]["response_text"])
        expect_equal((first["total"], first["limit"], first["offset"]), (before + 101, 100, 0), "envelope")
        iterated = [plan.name for plan in client.iter_ruleset_plans()]
        expect_equal(iterated, [plan.name for plan in listed], "iter_ruleset_plans")


@suite.check
def mask_returns_the_records_masked_with_the_same_shape() -> None:
    client, wire = logged_in()
    with Plans(client) as plans:
        plan = plans.create("conf-mask")
        wire.clear()
        records = [{"id": 1, "email": "jo@example.com", "code": "x"}, {"id": 2, "email": "al@example.com"}]
        result = client.mask(plan.name, IfmMaskRequest(data=records, request_id="req-1", run_secret=SECRET))
        assert isinstance(result, IfmMaskResult) and result.success, f"{result!r}"
        expect_equal((result.request_id, result.ruleset_plan.name, result.ruleset_plan.serial),
                     ("req-1", plan.name, 1), "result header")
        expect_equal(len(result.data), 2, "one record out per record in")
        expect_equal([r["email"] for r in result.data], ["***@***.***"] * 2, "emails")
        expect_equal([r["id"] for r in result.data], [1, 2], "untouched members")
        assert "code" not in result.data[1], "a missing path is skipped, not added"
        again = client.mask(plan.name, IfmMaskRequest(data=records, run_secret=SECRET))
        expect_equal(again.data, result.data, "the same run secret gives the same output")
        expect_equal(json_body(wire.exchanges[0]["request_body"]),
                     {"data": records, "request_id": "req-1", "run_secret": SECRET}, "mask body")


@suite.check
def a_value_a_mask_cannot_handle_is_a_soft_failure() -> None:
    client, wire = logged_in()
    with Plans(client) as plans:
        plan = plans.create("conf-soft", yaml=IMITATE_YAML)
        wire.clear()
        result = client.mask(plan.name, IfmMaskRequest(data=["ok", {"nested": True}], request_id="req-soft"))
        expect_equal((result.success, result.data, result.request_id), (False, None, "req-soft"), "soft failure")
        expect_equal(result.ruleset_plan.name, plan.name, "plan reference")
        assert result.logs and result.logs[0].log_level == "error", f"logs: {result.logs}"
        assert "Record 1" in result.logs[0].message, result.logs[0].message
        expect_equal(wire.summary(), [("POST", f"{PLANS}{plan.name}/mask/", 400)], "one exchange")
        missing = expect_raises(DataMasqueApiError, lambda: client.mask("conf-nope-abcdef", IfmMaskRequest(data=[])),
                                "mask with an unknown plan")
        expect_equal(missing.response.status_code, 404, "hard error status")


@suite.check
def an_expired_access_token_is_refreshed_once_and_the_request_replayed() -> None:
    client, wire = logged_in()
    refresh_token = client.refresh_token
    EMULATOR.control("POST", "ifm/expire-tokens", {})
    client.verify_token()
    expect_equal(wire.summary(), [("GET", VERIFY, 401), ("POST", REFRESH, 200), ("GET", VERIFY, 200)], "exchanges")
    expect_equal(json_body(wire.exchanges[1]["request_body"]), {"refresh": refresh_token}, "refresh body")
    expect_equal(client.refresh_token, refresh_token, "the refresh token is kept")


@suite.check
def an_expired_refresh_token_falls_back_to_a_full_login() -> None:
    client, wire = logged_in()
    EMULATOR.control("POST", "ifm/expire-tokens", {"refresh_tokens": True})
    plans = client.list_ruleset_plans()
    assert isinstance(plans, list), f"{plans!r}"
    expect_equal(wire.summary()[:4],
                 [("GET", PLANS, 401), ("POST", REFRESH, 401), ("POST", LOGIN, 200), ("GET", PLANS, 200)],
                 "exchanges")


@suite.check
def a_token_source_supplies_the_bearer_token() -> None:
    status, _, text = EMULATOR.request("POST", LOGIN, {"username": ARGS.username, "password": ARGS.password})
    expect_equal(status, 200, "raw JWT login")
    token = json_body(text)["access_token"]
    client, wire = ifm_client(token_source=lambda: token)
    info = client.verify_token()
    assert "ifm/mask" in info.scopes, f"{info!r}"
    expect_equal(wire.summary(), [("GET", VERIFY, 200)], "no login request in token-source mode")


@suite.check
def a_mask_runner_may_list_and_mask_but_not_read_plans() -> None:
    admin, _ = logged_in()
    EMULATOR.control("POST", "users", {"username": "conf-ifm-runner", "password": "runner-pw-1",
                                       "user_roles": ["mask_runner"]})
    runner, _ = ifm_client(username="conf-ifm-runner", password="runner-pw-1")
    with Plans(admin) as plans:
        plan = plans.create("conf-roles")
        expect_equal(runner.verify_token().scopes, ["ifm/mask", "ifm/rules:list"], "runner scopes")
        assert plan.name in {p.name for p in runner.list_ruleset_plans()}, "the runner lists names"
        forbidden = expect_raises(DataMasqueApiError, lambda: runner.get_ruleset_plan(plan.name), "runner get")
        expect_equal(forbidden.response.status_code, 403, "status")
        result = runner.mask(plan.name, IfmMaskRequest(data=[{"email": "a@b.c"}]))
        expect_equal(result.data, [{"email": "***@***.***"}], "the runner masks")


@suite.check
def a_starting_emulator_is_not_ready() -> None:
    """`502` with nginx's HTML page while starting.

    The official `mask` parses the body before it checks for `502`,
    so on nginx's HTML page it raises a JSON decoding error (a `ValueError`) rather than `DataMasqueNotReadyError`.
    """
    client, wire = logged_in()
    EMULATOR.control("POST", "starting-up", {"requests": 2})
    try:
        expect_raises(DataMasqueNotReadyError, client.verify_token, "verify_token while starting")
        expect_raises(ValueError, lambda: client.mask("any", IfmMaskRequest(data=[])), "mask while starting")
    finally:
        EMULATOR.control("POST", "starting-up", {})
    expect_equal([status for _, _, status in wire.summary()], [502, 502], "statuses")
    assert wire.exchanges[1]["response_headers"]["Content-Type"].startswith("text/html"), "nginx's page"


if __name__ == "__main__":
    fail_fast_if_unreachable(ARGS.base_url)
    raise SystemExit(suite.run(ARGS.only))
