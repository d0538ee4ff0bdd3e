"""Actions of physical delivery (sim/delivery.py) and of market-making bots (sim/amm_bots.py).

Delivery: `symbol` (a perpetual market), `quantity`, `order_id` (a delivery order), the time window.
Bots: `symbol`, `direction` (buy, sell, neutral), `low` and `high` (the price range), the collateral as
`asset` with `asset_quantity` and `counter_asset` with `counter_quantity` (either pair may be absent),
`leverage`; `token` (a bot, or a list of them: words or one comma list), `redeem_type`, `status`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...sim import Exchange, SimulatorError
from .base import Action, account_of, dec, required_int, required_symbol, symbol_of, text, time_window, words


def _quantity(args: dict[str, Any], name: str = "quantity") -> Decimal:
    quantity = dec(args.get(name))
    if quantity is None:
        raise SimulatorError("missing_parameter", f"{name} is required")
    return quantity


def _auction(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """The next delivery auction of a perpetual market, with the funding rate it expects."""
    symbol = required_symbol(ex, args)
    row = ex.delivery.auction(symbol)
    return {**row, "funding_rate": ex.funding.predicted(symbol) if ex.funding.funded(symbol) else Decimal(0)}


def _collateral(args: dict[str, Any]) -> dict[str, Decimal]:
    pairs = (("asset", "asset_quantity"), ("counter_asset", "counter_quantity"))
    return {str(args[a]): _quantity(args, q) for a, q in pairs if text(args, a) is not None}


def _create_bot(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    low, high = dec(args.get("low")), dec(args.get("high"))
    if low is None or high is None:
        raise SimulatorError("missing_parameter", "low and high are required")
    direction = text(args, "direction") or ""
    symbol = required_symbol(ex, args)
    bot = ex.amm_bots.create(
        account_of(account), symbol, direction, low, high, _collateral(args), dec(args.get("leverage"))
    )
    return ex.amm_bots.view(bot)


def _redeem_bot(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    token = text(args, "token")
    if token is None:
        raise SimulatorError("missing_parameter", "token is required")
    return ex.amm_bots.view(ex.amm_bots.redeem(account_of(account), token, text(args, "redeem_type") or ""))


def _bots(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    tokens = [t for w in words(args.get("token")) or [] for t in w.split(",") if t]
    return ex.amm_bots.of(account_of(account), tokens, symbol_of(ex, args), text(args, "status"))


DELIVERY: dict[str, Action] = {
    "request_delivery": lambda ex, acc, args: ex.delivery.request(
        account_of(acc), required_symbol(ex, args), _quantity(args)
    ),
    "cancel_delivery": lambda ex, acc, args: ex.delivery.cancel(account_of(acc), required_int(args, "order_id")),
    "delivery_orders": lambda ex, acc, args: ex.delivery.history(account_of(acc), **time_window(args)),
    "delivery_auction": _auction,
    "create_amm": _create_bot,
    "redeem_amm": _redeem_bot,
    "amms": _bots,
}
