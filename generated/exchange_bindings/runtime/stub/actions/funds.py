"""Actions of money in and out (sim/funds.py): deposit and withdrawal configuration, deposit addresses,
deposits, withdrawals and their cancellation. Arguments: `asset`, `chain`, `amount`, `address`, `memo`,
`method` (on_chain, inter_user), `remark`, `status`, `tx_id`, `withdrawal_id`; `renew` gives a new address.
Wrapped assets: mint, redeem and their history (`asset`, `quantity`, `style`, `kind`)."""

from __future__ import annotations

from typing import Any

from ...sim import Exchange, SimulatorError
from .base import Action, account_of, dec, flag, integer, text, time_window


def _required(args: dict[str, Any], *names: str) -> list[str]:
    values = [text(args, n) for n in names]
    missing = [n for n, v in zip(names, values, strict=True) if v is None]
    if missing:
        raise SimulatorError("missing_parameter", f"{', '.join(missing)} required")
    return [str(v) for v in values]


def _assets(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    """Each asset's chains (one asset's, where named)."""
    return ex.funds.assets(text(args, "asset"))


def _address(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, str]:
    asset, chain = _required(args, "asset", "chain")
    return ex.funds.address(account_of(account), asset, chain, renew=bool(flag(args.get("renew"))))


def _deposits(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Any]:
    return ex.funds.deposit_history(
        account_of(account), text(args, "asset"), text(args, "status"), text(args, "tx_id"), **time_window(args)
    )


def _withdraw(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    asset, address = _required(args, "asset", "address")
    amount = dec(args.get("amount"))
    if amount is None:
        raise SimulatorError("missing_parameter", "amount required")
    return ex.funds.withdraw(
        account_of(account),
        asset,
        amount,
        address,
        text(args, "chain"),
        text(args, "method") or "on_chain",
        text(args, "memo") or "",
        text(args, "remark") or "",
    )


def _cancel(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    withdrawal_id = integer(args.get("withdrawal_id"))
    if withdrawal_id is None:
        raise SimulatorError("missing_parameter", "withdrawal_id required")
    return ex.funds.cancel_withdrawal(account_of(account), withdrawal_id)


def _withdrawals(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Any]:
    return ex.funds.withdrawal_history(
        account_of(account),
        text(args, "asset"),
        integer(args.get("withdrawal_id")),
        text(args, "status"),
        **time_window(args),
    )


def _quantity(args: dict[str, Any]) -> Any:
    quantity = dec(args.get("quantity"))
    if quantity is None:
        raise SimulatorError("missing_parameter", "quantity required")
    return quantity


def _mint(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    (asset,) = _required(args, "asset")
    return ex.funds.mint(account_of(account), asset, _quantity(args))


def _redeem(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    """A redemption (`style`: normal or instant)."""
    (asset,) = _required(args, "asset")
    return ex.funds.redeem(account_of(account), asset, _quantity(args), (text(args, "style") or "normal").lower())


def _conversions(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Any]:
    """Mints or redemptions (`kind`: mint, redeem) of one wrapped asset, newest first."""
    (kind,) = _required(args, "kind")
    return ex.funds.conversion_history(account_of(account), kind, text(args, "asset"), **time_window(args))


FUNDS: dict[str, Action] = {
    "mint": _mint,
    "redeem": _redeem,
    "conversions": _conversions,
    "deposit_config": _assets,
    "deposit_address": _address,
    "deposits": _deposits,
    "withdraw": _withdraw,
    "cancel_withdrawal": _cancel,
    "withdrawals": _withdrawals,
}
