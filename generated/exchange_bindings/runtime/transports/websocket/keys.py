"""The stub side of URL credentials (listen keys): keys issued to accounts over REST, valid for a while,
extended by a keep-alive, closed on request; a stream URL holding a valid key is that account's stream.

The keys of a simulated exchange live beside it (a fresh exchange at each reset has none), and the
actions `stream_key`, `renew_stream_key` and `close_stream_key` (runtime/stub/actions.py) are what a
spec maps the REST endpoints onto."""

from __future__ import annotations

import secrets
import weakref
from dataclasses import dataclass, field
from typing import Any

from ...sim import Exchange, SimulatorError

DEFAULT_VALIDITY_MS = 3_600_000


@dataclass
class StreamKeys:
    """Keys by value: the account each belongs to and when it expires (simulator milliseconds)."""

    exchange: Any  # the simulated exchange whose clock tells expiry
    held: dict[str, tuple[str, int]] = field(default_factory=dict)
    validity_ms: int | None = None  # set by the control surface: beats the spec's validity (tests shorten it)

    def issue(self, account: str, validity_ms: int) -> str:
        """The account's active key, extended (or a new one)."""
        now = self.exchange.clock()
        validity_ms = self.validity_ms or validity_ms
        key = next((k for k, (a, ends) in self.held.items() if a == account and ends > now), None)
        key = key or secrets.token_urlsafe(32)
        self.held[key] = (account, now + validity_ms)
        return key

    def renew(self, account: str, key: str, validity_ms: int) -> str:
        self._check(account, key)
        self.held[key] = (account, self.exchange.clock() + (self.validity_ms or validity_ms))
        return key

    def close(self, account: str, key: str) -> None:
        self._check(account, key)
        del self.held[key]

    def _check(self, account: str, key: str) -> None:
        if self.account(key) != account:
            raise SimulatorError("unknown_stream_key", "the listen key is unknown or has expired")

    def expired(self, key: str) -> bool:
        """Whether a key was issued and ran out (not closed, not unknown)."""
        found = self.held.get(key)
        return found is not None and found[1] <= self.exchange.clock()

    def account(self, key: str) -> str | None:
        """The account of a key still valid (None: unknown, closed or expired)."""
        found = self.held.get(key)
        return None if found is None or found[1] <= self.exchange.clock() else found[0]


_KEYS: weakref.WeakKeyDictionary[Exchange, StreamKeys] = weakref.WeakKeyDictionary()


def stream_keys(exchange: Exchange) -> StreamKeys:
    found = _KEYS.get(exchange)
    if found is None:
        found = _KEYS[exchange] = StreamKeys(exchange)
    return found
