"""Actions on liquidations (sim/liquidations.py): a market's liquidations, anyone's, and the fills by which
an account's positions were auto-deleveraged. Arguments: `symbol`, `position_id`, and the time window."""

from __future__ import annotations

from typing import Any

from ...sim import Exchange
from ...sim.liquidations import Deleveraging, Liquidation
from .base import Action, account_of, integer, required_symbol, symbol_of, time_window


def _liquidations(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Liquidation]:
    return ex.liquidations.history(required_symbol(ex, args), **time_window(args))


def _deleveragings(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Deleveraging]:
    return ex.liquidations.adl_history(
        account_of(account), symbol_of(ex, args), integer(args.get("position_id")), **time_window(args)
    )


LIQUIDATIONS: dict[str, Action] = {"liquidations": _liquidations, "deleveragings": _deleveragings}
