"""Actions of URL credentials for streams (listen keys): issued, renewed and closed beside each simulated
exchange (runtime/transports/websocket/keys.py holds them)."""

from __future__ import annotations

from typing import Any

from ...sim import Exchange
from ...transports.websocket.keys import DEFAULT_VALIDITY_MS, stream_keys
from .base import Action, account_of, integer


def _validity(args: dict[str, Any]) -> int:
    return integer(args.get("validity_ms")) or DEFAULT_VALIDITY_MS


def _stream_key(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """A URL credential for the account's streams (a listen key): its active one extended, or a new one."""
    return {"key": stream_keys(ex).issue(account_of(account), _validity(args))}


def _renew_stream_key(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    return {"key": stream_keys(ex).renew(account_of(account), str(args.get("key")), _validity(args))}


def _close_stream_key(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    stream_keys(ex).close(account_of(account), str(args.get("key")))
    return {}


STREAM_KEYS: dict[str, Action] = {
    "stream_key": _stream_key,
    "renew_stream_key": _renew_stream_key,
    "close_stream_key": _close_stream_key,
}
