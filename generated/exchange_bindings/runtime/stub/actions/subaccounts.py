"""Actions of sub-accounts (sim/subaccounts.py): create, list, freeze, their API keys, balances and transfers.

Sub-accounts are managed by their owner's keys alone (`not_main_account` otherwise). Arguments: `name`
(a sub-account's), `permissions` (words the spec chooses: a sub-account's, or a key's as its endpoints
require them), `ips`, `remark`, `key_id`; `from_name`/`to_name` (absent: the main account) and
`from_wallet`/`to_wallet` for transfers; `value_in`, the asset a sub-account's holdings are valued in.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...sim import Exchange, SimulatorError
from ...sim.model import MONEY_STEP
from ...sim.subaccounts import ApiKey, SubAccount
from .base import Action, account_of, dec, flag, integer, text, time_window, words
from .trading import balances


def _name(args: dict[str, Any]) -> str:
    name = text(args, "name")
    if name is None:
        raise SimulatorError("missing_parameter", "a sub-account name is required")
    return name


def _key_id(args: dict[str, Any]) -> int:
    key_id = integer(args.get("key_id"))
    if key_id is None:
        raise SimulatorError("missing_parameter", "a key id is required")
    return key_id


def _sub_row(ex: Exchange, sub: SubAccount, value_in: str | None) -> dict[str, Any]:
    value = ex.subaccounts.value(sub.account, value_in, ex.price_in) if value_in else None
    return {
        "name": sub.name,
        "account": sub.account,
        "owner": sub.owner,
        "frozen": sub.frozen,
        "permissions": list(sub.permissions),
        "remark": sub.remark,
        "created_ms": sub.created_ms,
        "value": None if value is None else value.quantize(MONEY_STEP),
    }


def _key_row(ex: Exchange, key: ApiKey) -> dict[str, Any]:
    return {
        "id": key.id,
        "account": key.account,
        "key": key.key,
        "credentials": key.credentials,
        "ips": list(key.ips),
        "permissions": sorted(key.permissions),
        "remark": key.remark,
        "created_ms": key.created_ms,
        "expires_ms": key.expires_ms,
        "expired": key.expires_ms is not None and key.expires_ms <= ex.now(),
    }


def _sub_accounts(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    """The caller's sub-accounts (one by name, frozen or active ones), oldest first."""
    subs = ex.subaccounts.subs(account_of(account), text(args, "name"), flag(args.get("frozen")))
    return [_sub_row(ex, s, text(args, "value_in")) for s in subs]


def _create(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """A new sub-account (`limit`: how many an owner may have)."""
    sub = ex.subaccounts.create(
        account_of(account),
        _name(args),
        words(args.get("permissions")) or [],
        text(args, "remark") or "",
        integer(args.get("limit")),
    )
    return _sub_row(ex, sub, None)


def _freeze(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """Freeze a sub-account (`frozen` false: unfreeze it)."""
    frozen = flag(args.get("frozen"))
    sub = ex.subaccounts.freeze(account_of(account), _name(args), frozen is not False)
    return _sub_row(ex, sub, None)


def _info(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """Whether the caller is a sub-account (`sub`), and its `name`."""
    sub = ex.subaccounts.info(account_of(account))
    return {"sub": sub is not None, "name": None if sub is None else sub.name}


def _keys(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    return [_key_row(ex, k) for k in ex.subaccounts.keys(account_of(account), _name(args))]


def _add_key(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """A new key of a sub-account (`needs`: the permission the sub-account must hold to have keys)."""
    key = ex.subaccounts.add_key(
        account_of(account),
        _name(args),
        words(args.get("permissions")) or [],
        words(args.get("ips")) or [],
        text(args, "remark") or "",
        needs=text(args, "needs"),
        key_id=integer(args.get("key_id")),
    )
    return _key_row(ex, key)


def _key(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    return _key_row(ex, ex.subaccounts.key(account_of(account), _key_id(args), text(args, "name")))


def _edit_key(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """Change a key's `permissions`, `ips` or `remark` (what is absent stays)."""
    key = ex.subaccounts.edit_key(
        account_of(account),
        _key_id(args),
        text(args, "name"),
        words(args.get("permissions")),
        words(args.get("ips")),
        text(args, "remark"),
    )
    return _key_row(ex, key)


def _delete_key(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    return _key_row(ex, ex.subaccounts.delete_key(account_of(account), _key_id(args), text(args, "name")))


def _balances(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    """A sub-account's balances in one wallet (`wallet`; of one `asset`); without a name, every
    sub-account's summed by asset."""
    owner = account_of(account)
    name = text(args, "name")
    if name is not None:
        return balances(ex, ex.subaccounts.of(owner, name).account, args)
    summed: dict[str, dict[str, Any]] = {}
    for sub in ex.subaccounts.subs(owner):
        for row in balances(ex, sub.account, args):
            held = summed.setdefault(
                row["asset"], {**row, "total": Decimal(0), "available": Decimal(0), "reserved": Decimal(0)}
            )
            for part in ("total", "available", "reserved"):
                held[part] += row[part]
    return [summed[a] for a in sorted(summed)]


def _transfer(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    amount = dec(args.get("amount"))
    asset, from_wallet, to_wallet = text(args, "asset"), text(args, "from_wallet"), text(args, "to_wallet")
    if amount is None or asset is None or from_wallet is None or to_wallet is None:
        raise SimulatorError("missing_parameter", "asset, amount, from_wallet and to_wallet are required")
    owner = account_of(account)
    return ex.subaccounts.transfer(
        owner, asset, amount, text(args, "from_name"), text(args, "to_name"), from_wallet, to_wallet
    )


def _transfers(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Any]:
    return ex.subaccounts.transfers(account_of(account), text(args, "name"), text(args, "asset"), **time_window(args))


SUBACCOUNTS: dict[str, Action] = {
    "sub_accounts": _sub_accounts,
    "create_sub_account": _create,
    "freeze_sub_account": _freeze,
    "sub_account_info": _info,
    "sub_account_keys": _keys,
    "add_sub_account_key": _add_key,
    "sub_account_key": _key,
    "edit_sub_account_key": _edit_key,
    "delete_sub_account_key": _delete_key,
    "sub_account_balances": _balances,
    "sub_account_transfer": _transfer,
    "sub_account_transfers": _transfers,
}
