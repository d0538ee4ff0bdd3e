"""The simulator verbs a spec can map an endpoint onto, by name, with generic arguments."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from .simulator import Exchange, SimulatorError

Action = Callable[[Exchange, str | None, dict[str, Any]], Any]


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _window(args: dict[str, Any]) -> dict[str, Any]:
    return {
        "start_ms": _int(args.get("start_ms")),
        "end_ms": _int(args.get("end_ms")),
        "limit": _int(args.get("limit")),
    }


def _id(value: Any) -> int | str | None:
    """A client's id for its order: a number where the API uses numbers, else the text."""
    if value is None or value == "":
        return None
    text = str(value)
    return int(text) if text.isdigit() else text


def _required_int(args: dict[str, Any], name: str) -> int:
    value = _int(args.get(name))
    if value is None:
        raise SimulatorError("missing_parameter", f"{name} is required")
    return value


def run(action: Action, exchange: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    """Run an action; malformed input (a non-number where one is needed, ...) is a rejection, never a crash."""
    try:
        return action(exchange, account, args)
    except (TypeError, ValueError, ArithmeticError, KeyError) as exc:
        raise SimulatorError("invalid_parameter", f"{type(exc).__name__}: {exc}") from None


def _account(account: str | None) -> str:
    if account is None:
        raise SimulatorError("unknown_key", "this action needs a signed request")
    return account


def _assets(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    names = sorted({a for m in ex.markets.values() for a in (m.base, m.quote)})
    return [{"asset": a, "markets": [m for m in ex.markets.values() if a in (m.base, m.quote)]} for a in names]


def _balances(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    rows = ex.balances(_account(account))
    wanted = args.get("asset")
    return [
        {"asset": a, "total": b.total, "available": b.available, "reserved": b.reserved, "updated_ms": b.updated_ms}
        for a, b in rows
        if wanted is None or a == wanted
    ]


def _positions(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for p in ex.positions(_account(account), args.get("symbol")):
        market = ex.markets[p.market]
        mark = ex.last_price[p.market]
        out.append(
            {
                "market": market,
                "symbol": p.market,
                "quantity": p.quantity,
                "entry_price": p.entry_price.quantize(market.tick_size / 100) if p.entry_price else p.entry_price,
                "mark_price": mark,
                "unrealized_pnl": (mark - p.entry_price) * p.quantity,
                "realized_pnl": p.realized_pnl,
                "leverage": market.leverage,
                "margin": abs(p.quantity) * mark / market.leverage,
                "liquidation_price": (
                    p.entry_price * (1 - 1 / market.leverage)
                    if p.quantity > 0
                    else p.entry_price * (1 + 1 / market.leverage)
                )
                if p.quantity
                else None,
                "updated_ms": p.updated_ms,
            }
        )
    return out


def _place(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    return ex.place(
        _account(account),
        args["symbol"],
        args["side"],
        args.get("type", "limit"),
        Decimal(str(args["quantity"])),
        price=_dec(args.get("price")),
        stop_price=_dec(args.get("stop_price")),
        time_in_force=args.get("time_in_force") or "gtc",
        client_order_id=_id(args.get("client_order_id")),
        order_id=_int(args.get("order_id")),
    )


def _symbols(ex: Exchange, args: dict[str, Any]) -> list[str]:
    """The markets asked for: one, a list, or (none given) all."""
    wanted = args.get("symbol")
    if not wanted:
        return sorted(ex.markets)
    symbols = wanted if isinstance(wanted, list) else [wanted]
    for symbol in symbols:
        ex.market(symbol)  # unknown markets are refused
    return symbols


def _tickers(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    symbols = _symbols(ex, args)
    return [{**ex.ticker(s), "market_info": ex.markets[s]} for s in symbols]


ACTIONS: dict[str, Action] = {
    "markets": lambda ex, acc, args: [ex.markets[s] for s in _symbols(ex, args)],
    "assets": _assets,
    "balances": _balances,
    "positions": _positions,
    "open_orders": lambda ex, acc, args: ex.open_orders(_account(acc), args.get("symbol")),
    "order_history": lambda ex, acc, args: [
        o
        for o in ex.order_history(_account(acc), args.get("symbol"), **_window(args))
        if args.get("order_id") in (None, o.id) and args.get("client_order_id") in (None, o.client_order_id)
    ],
    "order": lambda ex, acc, args: ex.find(
        _account(acc), _int(args.get("order_id")), _int(args.get("client_order_id")), args.get("symbol")
    ),
    "fills": lambda ex, acc, args: ex.account_fills(_account(acc), args.get("symbol"), **_window(args)),
    "public_trades": lambda ex, acc, args: ex.public_trades(args["symbol"], **_window(args)),
    "tickers": _tickers,
    "depth": lambda ex, acc, args: ex.depth(args["symbol"], _int(args.get("levels")) or 25),
    "candles": lambda ex, acc, args: ex.candles(args["symbol"], _int(args.get("interval_s")) or 60, **_window(args)),
    "place_order": _place,
    "cancel_order": lambda ex, acc, args: ex.cancel(
        _account(acc), _int(args.get("order_id")), _int(args.get("client_order_id")), args.get("symbol")
    ),
    "cancel_all": lambda ex, acc, args: ex.cancel_all(_account(acc), args.get("symbol")),
    "modify_order": lambda ex, acc, args: ex.modify(
        _account(acc),
        _required_int(args, "order_id"),
        price=_dec(args.get("price")),
        quantity=_dec(args.get("quantity")),
        side=args.get("side"),
        symbol=args.get("symbol"),
    ),
    "account": lambda ex, acc, args: ex.account(_account(acc)),
}
