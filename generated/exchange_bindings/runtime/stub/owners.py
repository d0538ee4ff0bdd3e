"""Fields of a pushed event that only their owners see (a trade's fees, client order ids): which accounts own
which fields in one event, and the event as one reader sees it. The stream stubs' one rule, SSE and WebSocket."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .template import Compiled, Context, compile_template

Owners = tuple[tuple[Compiled, frozenset[str]], ...]  # (account template, the fields only that account sees)


def compile_owners(owner_fields: Iterable[tuple[str, Iterable[str]]]) -> Owners:
    """The spec's owner fields (an account template and its fields), compiled."""
    return tuple((compile_template(account), frozenset(fields)) for account, fields in owner_fields)


def owners_in(owners: Owners, ctx: Context) -> dict[str, frozenset[str]]:
    """The accounts that own fields of this event, with those fields (merged when one account owns several
    sides, as in a trade with itself)."""
    found: dict[str, frozenset[str]] = {}
    for account, fields in owners:
        value = account(ctx)
        if value is not None:
            found[str(value)] = found.get(str(value), frozenset()) | fields
    return found


def seen_by(data: Mapping[str, Any], owners: Mapping[str, frozenset[str]], account: str | None) -> Mapping[str, Any]:
    """`data` as `account` (None: anyone) sees it: without the fields that other owners alone see."""
    hidden = frozenset().union(*owners.values())
    if not hidden:
        return data
    mine = owners.get(account, frozenset()) if account is not None else frozenset()
    return {k: v for k, v in data.items() if k not in hidden - mine}
