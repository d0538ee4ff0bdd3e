"""Settings from the process environment, so credentials need not be in code:

- `EXCHANGE_BINDINGS_<API>_<CREDENTIAL>` (e.g. `EXCHANGE_BINDINGS_COINEX_V2_API_KEY`) supplies each
  credential a client was not given, `EXCHANGE_BINDINGS_<API>_ENVIRONMENT` the environment (live, stage):
  an argument passed in code always wins;
- `EXCHANGE_BINDINGS_LOG=debug` (or `info`) writes the package's log lines to stderr, as the Stainless
  SDKs' `<NAME>_LOG` does: INFO for each retry and each rate-limit wait of a second or more, DEBUG for every
  request and response (method, path, status, elapsed, attempt; never a query, header or body, where
  signatures and keys travel).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable

from .credentials import Credentials

PREFIX = "EXCHANGE_BINDINGS"
LOG_SWITCH = f"{PREFIX}_LOG"
LOGGER = "exchange_bindings"


def variable(api: str, name: str) -> str:
    """The variable that holds `name` (a credential, or ENVIRONMENT) of `api`."""
    return f"{PREFIX}_{api}_{name}".upper()


def credentials(api: str, given: Credentials, names: Iterable[str]) -> Credentials:
    """`given`, with each of `names` it lacks taken from the environment where its variable is set."""
    values: dict[str, str | None] = {n: os.environ.get(variable(api, n)) or None for n in names}
    return Credentials({**values, **given.as_dict()})


def environment(api: str, given: str | None) -> str | None:
    return given if given is not None else os.environ.get(variable(api, "environment")) or None


def switch_logging() -> None:
    """Honour EXCHANGE_BINDINGS_LOG once per process: a stderr handler on the package's logger."""
    level = os.environ.get(LOG_SWITCH, "").strip().upper()
    logger = logging.getLogger(LOGGER)
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR") or any(h.name == LOG_SWITCH for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.name = LOG_SWITCH  # how a later client knows the switch was honoured
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
