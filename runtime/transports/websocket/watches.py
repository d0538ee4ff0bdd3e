"""The stub side's market watches and per-reader pushes: a command that makes one connection watch one
market (a command's `stub.watch`), the channels it brings (anyone's events of that market), the fields
of a push that only their owners see (`owner_fields`), and fields pushed only when they changed
(`changed_only`). Used by pushes.py."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...sim import SimulatorError
from ...stub.owners import Owners, owners_in, seen_by
from ...stub.template import Context
from .config import Watch, WebSocketStream
from .session import Session

WATCHED = "watched"  # a subscription scope's mark: a watch of one market (anyone's events reach it)


def key_of(channel: str, symbol: str) -> str:
    """The subscription key of a channel's watch of one market."""
    return f"{channel}@{symbol}"


def toggle(
    session: Session, stream: WebSocketStream, watch: Watch, on: bool, symbol: str, values: Mapping[str, Any]
) -> list[str]:
    """Start (`on`) or stop this connection's watch of `symbol`; the keys of the subscriptions started."""
    keys = [key_of(name, symbol) for name in watch.channels]
    watching = keys[0] in session.subscriptions
    if on and watching:
        raise SimulatorError("already_subscribed", f"already watching {symbol}")
    if not on and not watching:
        raise SimulatorError("not_subscribed", f"not watching {symbol}")
    for name, key in zip(watch.channels, keys, strict=True):
        if on:
            session.subscriptions[key] = (stream.channels[name], dict(values), {"symbol": symbol, WATCHED: True})
        else:
            session.subscriptions.pop(key, None)
            session.last_sent.pop(key, None)
    return keys if on else []


def owners_view(owners: Owners, ctx: Context, message: Any, account: str | None) -> tuple[Any, bool]:
    """A push as `account` sees it (without the fields other owners alone see); and whether it owns any."""
    if not owners or not isinstance(message, dict):
        return message, False
    found = owners_in(owners, ctx)
    return dict(seen_by(message, found, account)), account in found


def changes(message: Any, fields: tuple[str, ...], last: dict[str, Any]) -> Any:
    """A push carrying each of `fields` only when it changed since the last push that had it (None when
    none did); `last` remembers what was sent."""
    if not fields or not isinstance(message, dict):
        return message
    changed = {k: message[k] for k in fields if k in message and (k not in last or last[k] != message[k])}
    if not changed:
        return None
    last.update(changed)
    return {**{k: v for k, v in message.items() if k not in fields}, **changed}
