"""Drive the official client's admin calls (datamasque-python 1.5.0) against `dm emulator`.

Covers the licence, the four kinds of uploaded files, users, settings, the log archive and admin install.
Every check asserts what came back and the exact HTTP exchanges the client made.

    python Conformance/official_client_admin.py --base-url http://127.0.0.1:8765 \\
        [--username admin --password datamasque]
"""

import gzip
import io
import json
import tarfile
import tempfile
import uuid
from pathlib import Path
from typing import Any

from datamasque.client import (
    DataMasqueApiError,
    DataMasqueUserError,
    LicenseInfo,
    OracleWalletFile,
    SeedFile,
    SnowflakeKeyFile,
    SslZipFile,
)
from datamasque.client.models.user import User, UserRole

from harness import EmulatorControl, Suite, arguments, expect_equal, expect_raises, fail_fast_if_unreachable, unique_name
from official_session import json_body, official_client, quiet_official_logging

quiet_official_logging()
ARGS = arguments(__doc__.splitlines()[0])
suite = Suite("official-client-admin")
EMULATOR = EmulatorControl(ARGS.base_url)

LOGIN = "/api/auth/token/login/"
LICENSE = "/api/license/"
LICENSE_UPLOAD = "/api/license-upload/"
USERS = "/api/users/"
SETTINGS = "/api/settings/"
LOGS = "/api/logs/download/"
ADMIN_INSTALL = "/api/users/admin-install/"
ZIP_BYTES = b"PK\x05\x06" + b"\x00" * 18  # an empty zip archive


def client():
    """A logged-in official client as the script's administrator, with its recorder cleared."""
    official, wire = official_client(ARGS)
    official.authenticate()
    wire.clear()
    return official, wire


def multipart_part(body: str, field: str) -> str:
    """The headers and content of the multipart part named `field` in a recorded request body."""
    marker = f'name="{field}"'
    assert marker in body, f"no multipart part {field!r} in the request body"
    return body.split(marker, 1)[1].split("\r\n--", 1)[0]


# Licence


@suite.check
def licence_info_decodes_with_required_fields() -> None:
    official, wire = client()
    info = official.get_current_license_info()
    assert isinstance(info, LicenseInfo), f"got {type(info).__name__}"
    expect_equal(wire.summary(), [("GET", LICENSE, 200)], "exchanges")
    assert info.uuid and info.name and info.type, f"uuid, name and type should be non-empty: {info!r}"
    expect_equal((info.is_expired, info.uploadable), (False, True), "is_expired, uploadable")
    assert info.expiry_date is not None, "expiry_date should be set"
    assert isinstance(info.days_until_expiry, int) and info.days_until_expiry > 0, (
        f"days_until_expiry: {info.days_until_expiry!r}"
    )


@suite.check
def licence_upload_of_bytes_sends_license_lic_and_installs_it() -> None:
    official, wire = client()
    before = official.get_current_license_info()
    name = unique_name("licence")
    wire.clear()
    assert official.upload_license_file(json.dumps({"name": name}).encode()) is None
    expect_equal(wire.summary(), [("POST", LICENSE_UPLOAD, 200)], "exchanges")
    part = multipart_part(wire.exchanges[0]["request_body"], "license_file")
    assert 'filename="license.lic"' in part, f"bytes should upload as license.lic: {part[:120]!r}"
    assert "application/octet-stream" in part, f"part content type: {part[:160]!r}"
    after = official.get_current_license_info()
    expect_equal(after.name, name, "licence name after upload")
    assert after.uuid != before.uuid, "an uploaded licence should have a new uuid"


@suite.check
def licence_upload_of_a_path_uses_its_base_name() -> None:
    official, wire = client()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "acme-conformance.lic"
        path.write_bytes(b"not json, an opaque licence blob")
        official.upload_license_file(str(path))
    part = multipart_part(wire.exchanges[0]["request_body"], "license_file")
    assert 'filename="acme-conformance.lic"' in part, f"multipart filename: {part[:120]!r}"
    expect_equal(official.get_current_license_info().name, "acme-conformance", "licence named after the file")


# Files


FILE_TYPES = [
    (SeedFile, "api/seeds/", "seed_file", b"id,name\n1,Ada\n2,Grace\n"),
    (OracleWalletFile, "api/oracle-wallets/", "zip_archive", ZIP_BYTES),
    (SslZipFile, "api/connection-filesets/", "zip_archive", ZIP_BYTES),
    (SnowflakeKeyFile, "api/files/snowflake-keys/", "key_file", b"-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n"),
]


def file_round_trip(file_type: type, collection: str, field: str, content: bytes) -> None:
    official, wire = client()
    path = "/" + collection
    name = unique_name(file_type.__name__.lower()) + ".dat"
    uploaded = official.upload_file(file_type, name, content)
    try:
        assert type(uploaded) is file_type, f"upload returned {type(uploaded).__name__}"
        expect_equal(wire.summary(), [("POST", path, 201)], "upload exchanges")
        assert uploaded.id is not None and uploaded.name == name, f"uploaded: {uploaded!r}"
        assert uploaded.created_date is not None, "created_date should be set"
        body = wire.exchanges[0]["request_body"]
        expect_equal(multipart_part(body, "name").strip(), name, "form field name")
        part = multipart_part(body, field)
        assert f'filename="{name}"' in part, f"bytes upload should use the file name: {part[:120]!r}"
        expect_equal('name="database_type"' in body, file_type is SslZipFile, "database_type field present")
        if file_type is SslZipFile:
            expect_equal(multipart_part(body, "database_type").strip(), "mysql", "database_type")

        listed = [item for item in official.list_files_of_type(file_type) if item.name == name]
        expect_equal([(item.id, type(item)) for item in listed], [(uploaded.id, file_type)], "listed")
        found = official.get_file_of_type_by_name(file_type, name)
        assert found is not None and found.id == uploaded.id, f"get by name: {found!r}"
        expect_equal(official.get_file_of_type_by_name(file_type, name + "-missing"), None, "missing name")

        with tempfile.TemporaryDirectory() as directory:
            same = Path(directory) / name
            same.write_bytes(content)
            wire.clear()
            expect_equal(official.upload_file_if_not_exists(file_type, same), None, "upload of an existing name")
            expect_equal(wire.summary(), [("GET", path, 200)], "an existing name only lists")
            other = Path(directory) / ("other-" + name)
            other.write_bytes(content)
            second = official.upload_file_if_not_exists(file_type, str(other))
            assert second is not None and second.name == other.name, f"upload of a new name: {second!r}"
            official.delete_file_if_exists(second)

        wire.clear()
        assert official.delete_file_if_exists(uploaded) is None
        expect_equal(wire.summary(), [("DELETE", f"{path}{uploaded.id}/", 204)], "delete exchange")
        expect_equal(official.get_file_of_type_by_name(file_type, name), None, "deleted file by name")
        wire.clear()
        official.delete_file_if_exists(uploaded)
        expect_equal(wire.summary(), [("DELETE", f"{path}{uploaded.id}/", 404)], "second delete is tolerated")
    finally:
        official.delete_file_if_exists(uploaded)


def file_check(file_type: type, collection: str, field: str, content: bytes):
    return lambda: file_round_trip(file_type, collection, field, content)


for _spec in FILE_TYPES:
    suite.add(f"files_{_spec[0].__name__}_upload_list_get_delete", file_check(*_spec))


@suite.check
def file_delete_without_id_fails_before_any_request() -> None:
    official, wire = client()
    unsaved = SeedFile(name="never-uploaded.csv", created_date="2026-01-01T00:00:00Z")
    expect_raises(ValueError, lambda: official.delete_file_if_exists(unsaved), "delete of an unsaved file")
    expect_equal(wire.summary(), [], "requests")


@suite.check
def file_upload_after_401_replays_the_whole_stream() -> None:
    official, wire = official_client(ARGS)
    name = unique_name("replay") + ".csv"
    content = b"id\n" + b"\n".join(str(n).encode() for n in range(500)) + b"\n"
    uploaded = official.upload_file(SeedFile, name, io.BytesIO(content))
    try:
        expect_equal(
            wire.summary(), [("POST", "/api/seeds/", 401), ("POST", LOGIN, 200), ("POST", "/api/seeds/", 201)],
            "exchanges",
        )
        replayed = multipart_part(wire.exchanges[2]["request_body"], "seed_file")
        assert content.decode() in replayed, "the replayed upload should carry the whole file"
    finally:
        official.delete_file_if_exists(uploaded)


# Users


def new_user(roles: list) -> User:
    name = unique_name("user")
    return User(username=name, email=f"{name}@example.com", user_roles=roles)


@suite.check
def user_create_posts_a_temporary_password_and_the_user_can_log_in() -> None:
    official, wire = client()
    user = new_user([UserRole.mask_builder, UserRole.ruleset_library_manager])
    returned = official.create_or_update_user(user)
    try:
        assert returned is user, "create_or_update_user returns the object it was given"
        expect_equal(wire.summary(), [("POST", USERS, 201)], "exchanges")
        sent = json_body(wire.exchanges[0]["request_body"])
        assert isinstance(user.id, int), f"id should be an integer, got {user.id!r}"
        assert user.password and len(user.password) == 16, "a 16-character temporary password is kept on the user"
        expect_equal((sent["password"], sent["re_password"]), (user.password, user.password), "password fields")
        expect_equal(sent["user_roles"], ["mask_builder", "ruleset_library_managers"], "user_roles sent")
        created = json_body(wire.exchanges[0]["response_text"])
        assert "password" not in created, f"the create response echoes the password: {sorted(created)}"
        listed = [item for item in official.list_users() if item.username == user.username]
        expect_equal([(item.id, item.email, item.roles) for item in listed],
                     [(user.id, user.email, user.roles)], "listed user")
        EMULATOR.login(user.username, user.password)
    finally:
        official.delete_user_by_id_if_exists(user.id)


@suite.check
def user_update_patches_the_serialized_user() -> None:
    official, wire = client()
    user = official.create_or_update_user(new_user([UserRole.mask_runner]))
    try:
        user.email = "changed-" + user.email
        user.roles = [UserRole.mask_builder]
        wire.clear()
        official.create_or_update_user(user)
        expect_equal(wire.summary(), [("PATCH", f"{USERS}{user.id}/", 200)], "exchanges")
        sent = json_body(wire.exchanges[0]["request_body"])
        expect_equal(sent, {"username": user.username, "email": user.email, "user_roles": ["mask_builder"],
                            "id": user.id}, "PATCH body")
        listed = [item for item in official.list_users() if item.id == user.id]
        expect_equal([(item.email, item.roles) for item in listed], [(user.email, [UserRole.mask_builder])], "listed")
    finally:
        official.delete_user_by_id_if_exists(user.id)


@suite.check
def user_password_change_needs_the_current_password() -> None:
    official, wire = client()
    user = official.create_or_update_user(new_user([UserRole.mask_runner]))
    try:
        temporary = user.password
        new_password = "Conf" + uuid.uuid4().hex[:12] + "x!"
        wire.clear()
        official.create_or_update_user(user, new_password=new_password)
        expect_equal(wire.summary(), [("PATCH", f"{USERS}{user.id}/", 200), ("PATCH", f"{USERS}{user.id}/", 200)],
                     "exchanges (profile, then password)")
        expect_equal(json_body(wire.exchanges[1]["request_body"]),
                     {"current_password": temporary, "new_password": new_password, "re_new_password": new_password},
                     "password change body")
        expect_equal(user.password, new_password, "user.password after the change")
        EMULATOR.login(user.username, new_password)
        status, _, _ = EMULATOR.request("POST", LOGIN, {"username": user.username, "password": temporary})
        expect_equal(status, 400, "login with the old password")
        user.password = "wrong-" + new_password
        error = expect_raises(DataMasqueApiError, lambda: official.create_or_update_user(user, new_password="Another9x!q"),
                              "change with a wrong current password")
        expect_equal(error.response.status_code, 400, "status")
        assert "current_password" in error.response.json(), f"body: {error.response.text}"
    finally:
        official.delete_user_by_id_if_exists(user.id)


@suite.check
def user_reset_password_returns_and_stores_a_working_password() -> None:
    official, wire = client()
    user = official.create_or_update_user(new_user([UserRole.mask_runner]))
    try:
        old = user.password
        wire.clear()
        password = official.reset_password_for_user(user)
        expect_equal(wire.summary(), [("POST", f"{USERS}{user.id}/reset-password/", 200)], "exchanges")
        expect_equal(wire.exchanges[0]["request_body"], None, "reset sends no body")
        assert password and password != old and user.password == password, "new password returned and stored"
        EMULATOR.login(user.username, password)
    finally:
        official.delete_user_by_id_if_exists(user.id)


@suite.check
def user_client_side_rules_fail_before_any_request() -> None:
    official, wire = client()
    expect_raises(DataMasqueUserError, lambda: official.create_or_update_user(new_user([])), "no roles")
    expect_raises(DataMasqueUserError,
                  lambda: official.create_or_update_user(new_user([UserRole.ruleset_library_manager])),
                  "library manager without mask builder")
    expect_raises(DataMasqueUserError, lambda: official.reset_password_for_user(new_user([UserRole.mask_runner])),
                  "reset without id")
    expect_equal(wire.summary(), [], "requests")


@suite.check
def user_delete_by_username_and_by_id_tolerates_404() -> None:
    official, wire = client()
    user = official.create_or_update_user(new_user([UserRole.mask_runner]))
    neighbour = official.create_or_update_user(
        User(username=user.username + "-n", email="n-" + user.email, user_roles=[UserRole.mask_runner]))
    try:
        wire.clear()
        official.delete_user_by_username_if_exists(user.username)
        expect_equal(wire.summary(), [("GET", USERS, 200), ("DELETE", f"{USERS}{user.id}/", 204)], "exchanges")
        names = {item.username for item in official.list_users()}
        assert user.username not in names and neighbour.username in names, "only the exact username is deleted"
        wire.clear()
        official.delete_user_by_id_if_exists(user.id)
        expect_equal(wire.summary(), [("DELETE", f"{USERS}{user.id}/", 404)], "second delete")
        status, _, _ = EMULATOR.request("POST", LOGIN, {"username": user.username, "password": user.password})
        expect_equal(status, 400, "a deleted user cannot log in")
    finally:
        official.delete_user_by_id_if_exists(neighbour.id)


@suite.check
def list_users_drops_inactive_users() -> None:
    official, wire = client()
    name = unique_name("inactive")
    created = EMULATOR.control("POST", "users", {
        "username": name, "password": "Inactive-" + uuid.uuid4().hex, "user_roles": ["mask_runner"],
        "email": f"{name}@example.com", "is_active": False,
    })
    try:
        raw = official.make_request("GET", USERS).json()
        assert isinstance(raw, list), f"GET {USERS} should be a bare array"
        raw_match = [item for item in raw if item.get("username") == name]
        expect_equal([item.get("is_active") for item in raw_match], [False], "the raw list keeps the inactive user")
        expect_equal([item for item in official.list_users() if item.username == name], [], "list_users")
        wire.clear()
        official.delete_user_by_username_if_exists(name)
        expect_equal(wire.summary(), [("GET", USERS, 200)], "an inactive user is invisible to delete by username")
    finally:
        official.delete_user_by_id_if_exists(created["id"])


@suite.check
def non_admin_user_gets_403_on_users() -> None:
    official, _ = client()
    user = official.create_or_update_user(new_user([UserRole.mask_builder]))
    try:
        restricted, _ = official_client(ARGS, username=user.username, password=user.password)
        error = expect_raises(DataMasqueApiError, restricted.list_users, "list_users as a mask builder")
        expect_equal(error.response.status_code, 403, "status")
        expect_equal(error.response.json(), {"detail": "You do not have permission to perform this action."}, "body")
    finally:
        official.delete_user_by_id_if_exists(user.id)


# Settings, logs, admin install


@suite.check
def set_locality_patches_settings() -> None:
    official, wire = client()
    for locality in ("en_GB", "en_US"):
        wire.clear()
        assert official.set_locality(locality) is None
        expect_equal(wire.summary(), [("PATCH", SETTINGS, 200)], "exchanges")
        expect_equal(json_body(wire.exchanges[0]["request_body"]), {"locality": locality}, "body")
        expect_equal(official.make_request("GET", SETTINGS).json().get("locality"), locality, "stored locality")


@suite.check
def retrieve_application_logs_writes_the_archive() -> None:
    official, wire = client()
    with tempfile.TemporaryDirectory() as directory:
        target = Path(directory) / "logs.tar.gz"
        assert official.retrieve_application_logs(target) is None
        data = target.read_bytes()
    expect_equal(wire.summary(), [("GET", LOGS, 200)], "exchanges")
    expect_equal(wire.exchanges[0]["query"], "log_service=application", "query")
    expect_equal(data[:2], b"\x1f\x8b", "gzip magic")
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        members = archive.getnames()
        assert members, "the archive is empty"
        text = archive.extractfile(members[0]).read().decode()
    assert "application" in members[0] and text.strip(), f"members {members}, text {text[:80]!r}"
    gzip.decompress(data)


@suite.check
def admin_install_on_an_installed_instance_is_a_401_without_login() -> None:
    official, wire = official_client(ARGS)
    error = expect_raises(DataMasqueApiError, lambda: official.admin_install("ops@example.com"), "admin_install")
    expect_equal(error.response.status_code, 401, "status")
    expect_equal(wire.summary(), [("POST", ADMIN_INSTALL, 401)], "exactly one request, no login")
    exchange = wire.exchanges[0]
    assert "Authorization" not in exchange["request_headers"], "admin install is anonymous"
    expect_equal(json_body(exchange["request_body"]), {
        "email": "ops@example.com", "username": "admin", "password": ARGS.password, "re_password": ARGS.password,
        "allowed_hosts": ["localhost", "127.0.0.1"],
    }, "body (the base URL's host 127.0.0.1 is already in the default list)")
    assert isinstance(json_body(exchange["response_text"]).get("detail"), str), "401 body should be DRF-shaped"


@suite.check
def admin_install_without_any_password_fails_before_any_request() -> None:
    official, wire = official_client(ARGS, token_source=lambda: EMULATOR.login(ARGS.username, ARGS.password))
    expect_raises(DataMasqueUserError, lambda: official.admin_install("ops@example.com"), "token-source admin_install")
    expect_equal(wire.summary(), [], "requests")


if __name__ == "__main__":
    fail_fast_if_unreachable(ARGS.base_url)
    raise SystemExit(suite.run(ARGS.only))
