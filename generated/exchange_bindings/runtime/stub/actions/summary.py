"""What an account is worth: the account summary (in one currency, what is available, the margin its
positions hold and the risk ratio; `currency`) and a wallet's value (`asset`, `wallet`)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...sim import Exchange
from ...sim.model import MONEY_STEP
from .base import Action, account_of, worth


def _account_summary(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """The account's worth in `currency`: its assets at their last price in it (those without one left out)
    and its positions' unrealised PnL; what is available; the margin positions hold; and collateral over
    margin as the risk ratio (0 without margin). Collateral is the whole worth (no haircuts in the simulator)."""
    account_id, currency = account_of(account), str(args["currency"])
    total = available = margin = Decimal(0)
    for asset, balance in ex.balances(account_id):
        price = worth(ex, asset, currency)
        if price is not None:
            total, available = total + balance.total * price, available + balance.available * price
            margin += balance.margin * price
    total += ex.unrealized_pnl(account_id)
    return {
        "account": account_id,
        "currency": currency,
        "total": total.quantize(MONEY_STEP),
        "available": available.quantize(MONEY_STEP),
        "collateral": total.quantize(MONEY_STEP),
        "margin": margin.quantize(MONEY_STEP),
        "risk_ratio": (total / margin).quantize(Decimal("0.0001")) if margin else Decimal(0),
        "time_ms": ex.clock(),
    }


def _wallet_value(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """What a wallet's assets are worth in `asset` at the spot markets' last prices (an asset no market
    prices is left out): {value, priced}."""
    quote, value, priced = str(args["asset"]), Decimal(0), []
    for asset, balance in ex.balances(account_of(account), args.get("wallet") or None):
        price = worth(ex, asset, quote)
        if price is not None and balance.total:
            value += balance.total * price
            priced.append(asset)
    return {"value": value, "priced": priced}


SUMMARY: dict[str, Action] = {"account_summary": _account_summary, "wallet_value": _wallet_value}
