"""Actions on spot markets' AMM pools (sim/amm_pools.py): add and remove liquidity, an account's holdings,
pools' figures, an account's income records. Arguments: `symbol` (one, or a list for pools), `base_amount`,
`quote_amount`, and the time window."""

from __future__ import annotations

from typing import Any

from ...sim import Exchange, SimulatorError
from ...sim.amm_pools import Holding, Income
from .base import Action, account_of, dec, time_window, words


def _symbol(args: dict[str, Any]) -> str:
    symbol = args.get("symbol")
    if not symbol:
        raise SimulatorError("missing_parameter", "a market is required")
    return str(symbol)


def _add(ex: Exchange, account: str | None, args: dict[str, Any]) -> Holding:
    base, quote = dec(args.get("base_amount")), dec(args.get("quote_amount"))
    if base is None or quote is None:
        raise SimulatorError("missing_parameter", "both amounts are required")
    return ex.amm.add(account_of(account), _symbol(args), base, quote)


def _pools(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    """The named pools (at most `max` of them when given), or every pool."""
    symbols = words(args.get("symbol") or None) or sorted(ex.amm.pools)
    most = args.get("max")
    if most is not None and len(symbols) > int(most):
        raise SimulatorError("too_many_items", f"at most {most} markets")
    return ex.amm.stats(symbols)


def _income(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Income]:
    return ex.amm.income_history(account_of(account), _symbol(args), **time_window(args))


AMM_POOLS: dict[str, Action] = {
    "add_liquidity": _add,
    "remove_liquidity": lambda ex, acc, args: ex.amm.remove(account_of(acc), _symbol(args)),
    "liquidity": lambda ex, acc, args: ex.amm.holdings(account_of(acc)),
    "liquidity_pools": _pools,
    "amm_income": _income,
}
