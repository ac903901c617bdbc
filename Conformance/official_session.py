"""Official-client plumbing shared by the conformance scripts for the admin and run areas.

It needs the official `datamasque-python` package, unlike `harness.py`.
"""

import json
import logging
import os
from argparse import Namespace
from typing import Any, Callable, Optional

from datamasque.client import DataMasqueClient
from datamasque.client.models.dm_instance import DataMasqueInstanceConfig

from harness import WireRecorder


def quiet_official_logging() -> None:
    """Silence the official client's error logging unless `CONFORMANCE_TRACEBACKS` is set; checks report what matters."""
    if not os.environ.get("CONFORMANCE_TRACEBACKS"):
        logging.getLogger("datamasque").setLevel(logging.CRITICAL)


def official_client(
    args: Namespace,
    *,
    username: Optional[str] = None,
    password: Optional[str] = None,
    token_source: Optional[Callable[[], str]] = None,
) -> tuple[DataMasqueClient, WireRecorder]:
    """A fresh official client for `--base-url` and a recorder of its HTTP exchanges.

    Password mode with the script's credentials unless `token_source` or other credentials are given.
    """
    if token_source is None and password is None:
        password = args.password
    config = DataMasqueInstanceConfig(
        base_url=args.base_url,
        username=username or args.username,
        password=password,
        token_source=token_source,
    )
    client = DataMasqueClient(config)
    return client, WireRecorder(client._session)


def json_body(text: Any) -> Any:
    """`text` parsed as JSON; an assertion failure quoting it when it is not JSON."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    try:
        return json.loads(text)
    except (TypeError, ValueError) as error:
        raise AssertionError(f"body is not JSON: {str(text)[:200]!r}") from error
