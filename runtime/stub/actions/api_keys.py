"""Actions of an account's own API keys (sim/api_keys.py): create, list, update, delete one or all.

Arguments: `label`; `permissions` (the spec's permission words, as endpoints require them) and `always`
(words every key holds whatever was asked, e.g. read); `ips` (the IP whitelist; empty: any IP);
`status` (enabled or disabled); `key` (the key's name credential). Only create's answer holds the
key's `credentials` (its secret); the other answers never do.
"""

from __future__ import annotations

from typing import Any

from ...sim import Exchange, SimulatorError
from ...sim.api_keys import OwnKey
from .base import Action, account_of, text, words

_STATUS = {"enabled": True, "disabled": False}


def _permissions(args: dict[str, Any]) -> list[str] | None:
    asked = words(args.get("permissions"))
    return None if asked is None else sorted(set(asked) | set(words(args.get("always")) or []))


def _key(args: dict[str, Any]) -> str:
    key = text(args, "key")
    if key is None:
        raise SimulatorError("missing_parameter", "an API key is required")
    return key


def _status(args: dict[str, Any]) -> bool | None:
    status = text(args, "status")
    if status is not None and status not in _STATUS:
        raise SimulatorError("invalid_parameter", f"status is one of {', '.join(_STATUS)}")
    return None if status is None else _STATUS[status]


def _row(key: OwnKey) -> dict[str, Any]:
    return {
        "key": key.key,
        "label": key.label,
        "permissions": sorted(key.permissions),
        "ips": list(key.ips),
        "status": "enabled" if key.enabled else "disabled",
        "created_ms": key.created_ms,
        "updated_ms": key.updated_ms,
        "expires_ms": key.expires_ms,
    }


def _create(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """A new key (enabled), with its credentials: the only answer that shows its secret."""
    permissions = _permissions({**args, "permissions": args.get("permissions") or []}) or []
    key = ex.api_keys.create(account_of(account), text(args, "label") or "", permissions, words(args.get("ips")) or [])
    return {**_row(key), "credentials": dict(key.credentials)}


def _keys(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    return [_row(k) for k in ex.api_keys.keys(account_of(account))]


def _update(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """Change a key's `label`, `permissions`, `ips` or `status` (what is absent stays)."""
    key = ex.api_keys.update(
        account_of(account), _key(args), text(args, "label"), _permissions(args), words(args.get("ips")), _status(args)
    )
    return _row(key)


def _delete(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    return _row(ex.api_keys.delete(account_of(account), _key(args)))


def _delete_all(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    return {"deleted": len(ex.api_keys.delete_all(account_of(account)))}


API_KEYS: dict[str, Action] = {
    "create_api_key": _create,
    "api_keys": _keys,
    "update_api_key": _update,
    "delete_api_key": _delete,
    "delete_api_keys": _delete_all,
}
