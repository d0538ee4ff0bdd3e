"""Actions on what perpetual markets' prices bring (sim/liquidations.py, sim/basis.py): a market's
liquidations, anyone's, the fills by which an account's positions were auto-deleveraged, and a market's
recorded basis. Arguments: `symbol`, `position_id`, and the time window."""

from __future__ import annotations

from typing import Any

from ...sim import Exchange
from ...sim.basis import BasisRate
from ...sim.liquidations import Deleveraging, Liquidation
from .base import Action, account_of, integer, required_symbol, symbol_of, time_window


def _liquidations(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Liquidation]:
    return ex.liquidations.history(required_symbol(ex, args), **time_window(args))


def _deleveragings(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Deleveraging]:
    return ex.liquidations.adl_history(
        account_of(account), symbol_of(ex, args), integer(args.get("position_id")), **time_window(args)
    )


def _basis(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[BasisRate]:
    return ex.basis.history(required_symbol(ex, args), **time_window(args))


LIQUIDATIONS: dict[str, Action] = {
    "liquidations": _liquidations,
    "deleveragings": _deleveragings,
    "basis_history": _basis,
}
