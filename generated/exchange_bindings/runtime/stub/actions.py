"""The simulator verbs a spec can map an endpoint onto, by name, with generic arguments.

Arguments shared by many actions:
- `kind` (spot, perpetual): only markets of that kind exist for this endpoint. A named market of
  another kind is refused as unknown (`unknown_market`); lists leave the others out; an order of
  another kind's market is not found.
- `wallet`: the wallet a balance view or a transfer concerns (the default wallet when absent).
- `stop`: true when the endpoint deals in untriggered stop orders only, false when it never sees
  them (an untriggered stop is not an order yet); absent, both.
- `open`: true when the endpoint sees open orders only (a closed one is not found).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..sim import Exchange, Order, Position, SimulatorError
from .inbound import wire_decimal

Action = Callable[[Exchange, str | None, dict[str, Any]], Any]


def _dec(value: Any) -> Decimal | None:
    return None if value is None else wire_decimal(value)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _window(args: dict[str, Any]) -> dict[str, Any]:
    return {
        "start_ms": _int(args.get("start_ms")),
        "end_ms": _int(args.get("end_ms")),
        "limit": _int(args.get("limit")),
    }


def client_id(value: Any) -> int | str | None:
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


def _flag(value: Any) -> bool | None:
    """A yes/no argument (true, 'true', 1, ...); None when absent."""
    if value is None or value == "":
        return None
    return str(value).lower() in ("true", "1", "yes")


def run(action: Action, exchange: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    """Run an action; malformed input (a non-number where one is needed, ...) is a rejection, never a crash."""
    try:
        return action(exchange, account, args)
    except (TypeError, ValueError, ArithmeticError, KeyError, AttributeError) as exc:
        raise SimulatorError("invalid_parameter", f"{type(exc).__name__}: {exc}") from None


def _account(account: str | None) -> str:
    if account is None:
        raise SimulatorError("unknown_key", "this action needs a signed request")
    return account


# -- market kinds and order filters ---------------------------------------------------------------
def _symbol(ex: Exchange, args: dict[str, Any]) -> str | None:
    """The market named by `symbol` (None when none is), refused if unknown or not of `kind` where one is given."""
    symbol = args.get("symbol")
    if symbol is None or symbol == "":
        return None
    ex.market(str(symbol), args.get("kind"))
    return str(symbol)


def _required_symbol(ex: Exchange, args: dict[str, Any]) -> str:
    symbol = _symbol(ex, args)
    if symbol is None:
        raise SimulatorError("missing_parameter", "a market is required")
    ex.market(symbol)
    return symbol


def _kind_ok(ex: Exchange, args: dict[str, Any], symbol: str) -> bool:
    kind = args.get("kind")
    return kind is None or ex.markets[symbol].kind == kind


def _untriggered(order: Order) -> bool:
    return order.is_stop and not order.triggered


def _wanted(ex: Exchange, args: dict[str, Any], order: Order) -> bool:
    """An order passes the endpoint's filters: kind, stop, side, client id, order id."""
    stop = _flag(args.get("stop"))
    side, client, order_id = args.get("side"), client_id(args.get("client_order_id")), _int(args.get("order_id"))
    return (
        _kind_ok(ex, args, order.market)
        and (stop is None or _untriggered(order) == stop)
        and side in (None, "", order.side)
        and client in (None, order.client_order_id)
        and order_id in (None, order.id)
    )


def _find(ex: Exchange, account: str | None, args: dict[str, Any]) -> Order:
    """The order named by order_id (or client_order_id), as this endpoint may see it."""
    symbol = _symbol(ex, args)
    order = ex.find(_account(account), _int(args.get("order_id")), client_id(args.get("client_order_id")), symbol)
    stop = _flag(args.get("stop"))
    if not _kind_ok(ex, args, order.market) or (stop is not None and _untriggered(order) != stop):
        raise SimulatorError("order_not_found", f"order {order.id} not found")
    if _flag(args.get("open")) and not order.is_open:
        raise SimulatorError("order_not_found", f"order {order.id} is closed")
    return order


# -- market data ------------------------------------------------------------------------------------
def _symbols(ex: Exchange, args: dict[str, Any]) -> list[str]:
    """The markets asked for: one, a list, or (none given) all (of `kind`)."""
    wanted = args.get("symbol")
    kind = args.get("kind")
    if not wanted:
        return sorted(s for s, m in ex.markets.items() if kind is None or m.kind == kind)
    symbols = [str(s) for s in (wanted if isinstance(wanted, list) else [wanted])]
    for symbol in symbols:
        ex.market(symbol, kind)  # unknown markets (and markets of another kind) are refused
    return symbols


def _assets(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    names = sorted({a for m in ex.markets.values() for a in (m.base, m.quote)})
    return [{"asset": a, "markets": [m for m in ex.markets.values() if a in (m.base, m.quote)]} for a in names]


def _tickers(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    symbols = _symbols(ex, args)
    return [{**ex.ticker(s), "market_info": ex.markets[s]} for s in symbols]


def _depth(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    return ex.depth(_required_symbol(ex, args), _int(args.get("levels")) or 25)


def _public_trades(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    return ex.public_trades(_required_symbol(ex, args), **_window(args))


def _candles(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    return ex.candles(_required_symbol(ex, args), _int(args.get("interval_s")) or 60, **_window(args))


# -- balances, positions, transfers ---------------------------------------------------------------------
def _balances(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    account_id = _account(account)
    wallet = args.get("wallet") or None
    rows = ex.balances(account_id, wallet)
    wanted = args.get("asset")
    out = []
    for asset, b in rows:
        if wanted is not None and asset != wanted:
            continue
        pnl = ex.unrealized_pnl(account_id, asset, wallet or ex.wallets[0])
        out.append(
            {
                "asset": asset,
                "total": b.total,
                "available": b.available,
                "reserved": b.reserved,
                "updated_ms": b.updated_ms,
                "margin": b.margin,
                "unrealized_pnl": pnl,
                "equity": b.total + pnl,
                "transferable": ex.transferable(account_id, asset, wallet),
                "wallet": wallet or ex.wallets[0],
            }
        )
    return out


def _position_row(ex: Exchange, account_id: str, p: Position, *, finished: bool = False) -> dict[str, Any]:
    market = ex.markets[p.market]
    mark = ex.last_price[p.market]
    size = abs(p.quantity)
    leverage = p.leverage or ex.leverage(account_id, p.market)
    closing = sum(
        (
            o.remaining
            for o in ex.open_orders(account_id, p.market)
            if not _untriggered(o) and (o.side == "sell") == (p.quantity > 0)
        ),
        Decimal(0),
    )
    rate = Decimal(str(market.extra.get("maintenance_margin_rate", 0)))
    stops = [] if finished else ex.position_stops(account_id, p.market)
    take_profits = [o for o in stops if o.position_stop == "take_profit"]
    stop_losses = [o for o in stops if o.position_stop == "stop_loss"]
    return {
        "market": market,
        "symbol": p.market,
        "id": p.id,
        "side": p.side,
        "quantity": p.quantity,
        "size": size,
        "closable": max(Decimal(0), size - closing),
        "entry_price": p.entry_price.quantize(market.tick_size / 100) if p.entry_price else p.entry_price,
        "mark_price": mark,
        "unrealized_pnl": Decimal(0) if finished else (mark - p.entry_price) * p.quantity,
        "realized_pnl": p.realized_pnl,
        "realized_pnl_net": p.realized_pnl - p.fees,
        "fees": p.fees,
        "leverage": leverage,
        "margin_mode": p.margin_mode,
        "margin": p.margin,
        "margin_rate": p.margin / (size * mark) if size and mark else Decimal(0),
        "maintenance_margin_rate": rate,
        "maintenance_margin": size * mark * rate,
        # without maintenance margin, a position is liquidated where its margin is used up
        "liquidation_price": p.bankruptcy_price,
        "bankruptcy_price": p.bankruptcy_price,
        "max_quantity": p.max_quantity,
        "max_margin": p.max_margin,
        "max_value": p.max_quantity * p.entry_price,
        "opened_value": p.opened_value,
        "value": size * p.entry_price,
        "close_price": p.close_price,
        "closed_by": p.closed_by,
        "created_ms": p.created_ms,
        "updated_ms": p.updated_ms,
        "take_profits": take_profits,  # untriggered take-profit orders, oldest first
        "stop_losses": stop_losses,
        "take_profit": take_profits[-1] if take_profits else None,  # the latest one
        "stop_loss": stop_losses[-1] if stop_losses else None,
    }


def _positions(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    account_id = _account(account)
    only_open = _flag(args.get("open"))
    return [
        _position_row(ex, account_id, p)
        for p in ex.positions(account_id, _symbol(ex, args))
        if _kind_ok(ex, args, p.market) and (not only_open or p.quantity)
    ]


def _position_history(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    account_id = _account(account)
    return [
        _position_row(ex, account_id, p, finished=True)
        for p in ex.position_history(account_id, _symbol(ex, args), **_window(args))
        if _kind_ok(ex, args, p.market)
    ]


def _set_leverage(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    symbol = _required_symbol(ex, args)
    leverage = _dec(args.get("leverage"))
    if leverage is None:
        raise SimulatorError("missing_parameter", "leverage is required")
    chosen, mode = ex.set_leverage(_account(account), symbol, leverage, args.get("margin_mode") or None)
    return {"symbol": symbol, "leverage": chosen, "margin_mode": mode}


def _adjust_margin(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    account_id = _account(account)
    amount = _dec(args.get("amount"))
    if amount is None:
        raise SimulatorError("missing_parameter", "amount is required")
    return _position_row(ex, account_id, ex.adjust_margin(account_id, _required_symbol(ex, args), amount))


def _close_position(ex: Exchange, account: str | None, args: dict[str, Any]) -> Order:
    return ex.close_position(
        _account(account),
        _required_symbol(ex, args),
        args.get("type") or "market",
        _dec(args.get("quantity")),
        price=_dec(args.get("price")),
        time_in_force=args.get("time_in_force") or "gtc",
        client_order_id=client_id(args.get("client_order_id")),
    )


def _purpose(args: dict[str, Any]) -> str:
    purpose = args.get("purpose")
    if purpose not in ("take_profit", "stop_loss"):
        raise SimulatorError("invalid_parameter", "purpose must be take_profit or stop_loss")
    return str(purpose)


def _set_position_stop(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """A take-profit or stop-loss (`purpose`) of the position: the position, with it."""
    account_id = _account(account)
    symbol = _required_symbol(ex, args)
    stop_price = _dec(args.get("stop_price"))
    if stop_price is None:
        raise SimulatorError("missing_parameter", "stop_price is required")
    ex.set_position_stop(
        account_id,
        symbol,
        _purpose(args),
        stop_price,
        _dec(args.get("quantity")),
        trigger_reference=args.get("trigger_reference") or "last",
        order_id=_int(args.get("order_id")),
    )
    return _position_row(ex, account_id, ex.account(account_id).positions[symbol])


def _position_stop(ex: Exchange, account_id: str, symbol: str, args: dict[str, Any]) -> Order:
    order_id = _int(args.get("order_id"))
    for order in ex.position_stops(account_id, symbol, _purpose(args)):
        if order.id == order_id:
            return order
    raise SimulatorError("order_not_found", f"no {_purpose(args)} {order_id} of the position in {symbol}")


def _modify_position_stop(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    account_id = _account(account)
    symbol = _required_symbol(ex, args)
    position = ex.open_position(ex.account(account_id), symbol)
    order = _position_stop(ex, account_id, symbol, args)
    ex.modify(
        account_id,
        order.id,
        quantity=_dec(args.get("quantity")),
        stop_price=_dec(args.get("stop_price")),
        trigger_reference=args.get("trigger_reference") or None,
    )
    return _position_row(ex, account_id, position)


def _cancel_position_stop(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """Cancel one take-profit or stop-loss (by order_id), or every one of that purpose."""
    account_id = _account(account)
    symbol = _required_symbol(ex, args)
    position = ex.open_position(ex.account(account_id), symbol)
    if args.get("order_id") is not None:
        orders = [_position_stop(ex, account_id, symbol, args)]
    else:
        orders = ex.position_stops(account_id, symbol, _purpose(args))
    for order in orders:
        ex.cancel(account_id, order.id)
    return _position_row(ex, account_id, position)


def _margin_history(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Any]:
    return [
        c
        for c in ex.margin_history(_account(account), _symbol(ex, args), _int(args.get("position_id")), **_window(args))
        if _kind_ok(ex, args, c.market)
    ]


def _transfer(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    amount = _dec(args.get("amount"))
    if amount is None or not args.get("asset") or not args.get("from_wallet") or not args.get("to_wallet"):
        raise SimulatorError("missing_parameter", "asset, amount, from_wallet and to_wallet are required")
    return ex.transfer(_account(account), str(args["asset"]), amount, str(args["from_wallet"]), str(args["to_wallet"]))


def _transfers(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Any]:
    return ex.transfers(_account(account), args.get("asset") or None, args.get("wallet") or None, **_window(args))


# -- orders -----------------------------------------------------------------------------------------
def _place(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    symbol = args["symbol"]
    ex.market(str(symbol), args.get("kind"))
    return ex.place(
        _account(account),
        symbol,
        args["side"],
        args.get("type", "limit"),
        wire_decimal(args["quantity"]),
        price=_dec(args.get("price")),
        stop_price=_dec(args.get("stop_price")),
        time_in_force=args.get("time_in_force") or "gtc",
        client_order_id=client_id(args.get("client_order_id")),
        order_id=_int(args.get("order_id")),
        trigger=args.get("trigger") or None,
        trigger_reference=args.get("trigger_reference") or "last",
        reduce_only=bool(_flag(args.get("reduce_only"))),
    )


def _open_orders(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Order]:
    account_id = _account(account)
    return [o for o in ex.open_orders(account_id, _symbol(ex, args)) if _wanted(ex, args, o)]


def _order_history(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Order]:
    """Orders, newest first; `finished`: closed ones only."""
    finished = _flag(args.get("finished"))
    window = _window(args)
    limit = window.pop("limit")  # of the orders that pass the filters, as the exchange counts them
    orders = [
        o
        for o in ex.order_history(_account(account), _symbol(ex, args), **window)
        if _wanted(ex, args, o) and (not finished or not o.is_open)
    ]
    return orders[:limit] if limit else orders


def _stop_orders(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Order]:
    """Untriggered stop orders (`pending`, the default), or finished ones (triggered or cancelled untriggered);
    a position's take-profits and stop-losses are not among them."""
    pending = _flag(args.get("pending"))
    orders = ex.stop_orders(_account(account), _symbol(ex, args), pending=pending is not False)
    return [o for o in orders if _wanted(ex, {**args, "stop": None}, o) and o.position_stop is None]


def _fills(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Any]:
    order_id, side = _int(args.get("order_id")), args.get("side")
    return [
        f
        for f in ex.account_fills(_account(account), _symbol(ex, args), **_window(args))
        if _kind_ok(ex, args, f.market) and order_id in (None, f.order_id) and side in (None, "", f.side)
    ]


def _fill(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    """One fill of the account (the newest that passes the filters: a moment, an order), or not found."""
    found = _fills(ex, account, args)
    if not found:
        raise SimulatorError("order_not_found", "no such trade")
    return found[0]


def _cancel(ex: Exchange, account: str | None, args: dict[str, Any]) -> Order:
    order = _find(ex, account, args)
    return ex.cancel(_account(account), order.id)


def _cancel_all(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Order]:
    """Cancel every open order that passes the filters (market, kind, side, client id, stop)."""
    account_id = _account(account)
    return [ex.cancel(account_id, o.id) for o in ex.open_orders(account_id, _symbol(ex, args)) if _wanted(ex, args, o)]


def _modify(ex: Exchange, account: str | None, args: dict[str, Any]) -> Order:
    if args.get("order_id") is None:
        raise SimulatorError("missing_parameter", "order_id is required")
    order = _find(ex, account, args)
    return ex.modify(
        _account(account),
        order.id,
        price=_dec(args.get("price")),
        quantity=_dec(args.get("quantity")),
        side=args.get("side"),
        stop_price=_dec(args.get("stop_price")),
    )


# Actions whose result depends on their arguments and the listed markets alone (markets are never
# changed once listed): a stub may keep the rendered answer until a market is added.
MARKET_DATA_ONLY = frozenset({"markets", "assets"})

ACTIONS: dict[str, Action] = {
    "markets": lambda ex, acc, args: [ex.markets[s] for s in _symbols(ex, args)],
    "assets": _assets,
    "balances": _balances,
    "positions": _positions,
    "position_history": _position_history,
    "set_leverage": _set_leverage,
    "adjust_margin": _adjust_margin,
    "close_position": _close_position,
    "margin_history": _margin_history,
    "set_position_stop": _set_position_stop,
    "modify_position_stop": _modify_position_stop,
    "cancel_position_stop": _cancel_position_stop,
    "transfer": _transfer,
    "transfers": _transfers,
    "open_orders": _open_orders,
    "order_history": _order_history,
    "stop_orders": _stop_orders,
    "order": lambda ex, acc, args: _find(ex, acc, args),
    "fills": _fills,
    "fill": _fill,
    "public_trades": _public_trades,
    "tickers": _tickers,
    "depth": _depth,
    "candles": _candles,
    "place_order": _place,
    "cancel_order": _cancel,
    "cancel_all": _cancel_all,
    "modify_order": _modify,
    "account": lambda ex, acc, args: ex.account(_account(acc)),
    "time": lambda ex, acc, args: {"time_ms": ex.clock()},
}
