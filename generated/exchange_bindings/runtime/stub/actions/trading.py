"""Actions of trading: market data, balances and positions, transfers between an account's wallets, orders."""

from __future__ import annotations

import itertools
from collections import Counter
from decimal import Decimal
from typing import Any

from ...sim import Exchange, Fill, Market, Order, Position, SimulatorError
from ...sim.model import MONEY_STEP, Balance
from ..inbound import wire_decimal
from .base import (
    Action,
    account_of,
    client_id,
    dec,
    find_order,
    flag,
    integer,
    kind_ok,
    required_symbol,
    symbol_of,
    time_window,
    untriggered,
    wanted,
    worth,
)


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
    return ex.depth(required_symbol(ex, args), _required_int(args, "levels"))


def _public_trades(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    return ex.public_trades(required_symbol(ex, args), **time_window(args))


def _candles(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    return ex.candles(required_symbol(ex, args), _required_int(args, "interval_s"), **time_window(args))


def _required_int(args: dict[str, Any], name: str) -> int:
    """An argument the spec's mapping must give (how many levels, which interval: the exchange's numbers)."""
    value = integer(args.get(name))
    if value is None:
        raise SimulatorError("missing_parameter", f"{name} is required")
    return value


# -- balances, positions, transfers ---------------------------------------------------------------------
def _held_nothing(ex: Exchange, asset: str) -> Balance:
    """The balance of an asset the account has never held; an asset the exchange lists nowhere is unknown."""
    if all(asset not in (m.base, m.quote) for m in ex.markets.values()):
        raise SimulatorError("unknown_asset", f"no such asset: {asset}")
    return Balance()


def balances(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    account_id = account_of(account)
    wallet = args.get("wallet") or None
    rows = ex.balances(account_id, wallet)
    wanted = args.get("asset")
    if flag(args.get("single")) and wanted is not None and all(asset != wanted for asset, _ in rows):
        rows = [(wanted, _held_nothing(ex, wanted))]  # one asset's report: zero where nothing is held
    market = ex.markets.get(str(args.get("symbol"))) if args.get("symbol") else None
    traded = None if market is None else (market.base, market.quote)  # what an order or fill in it moves
    out = []
    for asset, b in rows:
        if (wanted is not None and asset != wanted) or (traded is not None and asset not in traded):
            continue
        pnl = _money(ex.unrealized_pnl(account_id, asset, wallet or ex.wallets[0]))
        out.append(
            {
                "asset": asset,
                "total": b.total,
                "available": b.available,
                "reserved": b.reserved,
                "updated_ms": b.updated_ms,
                "margin": _money(b.margin),
                "unrealized_pnl": pnl,
                "equity": b.total + pnl,
                "transferable": ex.transferable(account_id, asset, wallet),
                "wallet": wallet or ex.wallets[0],
                "price": worth(ex, asset, args.get("currency")),
            }
        )
    return out


def _money(value: Decimal) -> Decimal:
    """A derived amount (PnL, margin, value, rate) as an exchange reports it: 8 decimal places, as fees are
    (the simulator's averages and divisions would otherwise show 28 digits)."""
    return value.quantize(MONEY_STEP)


def _price(market: Market, value: Decimal | None) -> Decimal | None:
    """A derived price (average entry, liquidation): to a hundredth of the market's tick."""
    return value.quantize(market.tick_size / 100) if value else value


def _position_row(ex: Exchange, account_id: str, p: Position, *, finished: bool = False) -> dict[str, Any]:
    market = ex.markets[p.market]
    mark = ex.last_price[p.market]
    size = abs(p.quantity)
    leverage = p.leverage or ex.leverage(account_id, p.market)
    closing = sum(
        (
            o.remaining
            for o in ex.open_orders(account_id, p.market)
            if not untriggered(o) and (o.side == "sell") == (p.quantity > 0)
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
        "entry_price": _price(market, p.entry_price),
        "mark_price": mark,
        "unrealized_pnl": Decimal(0) if finished else _money((mark - p.entry_price) * p.quantity),
        "realized_pnl": p.realized_pnl,
        "realized_pnl_net": p.realized_pnl - p.fees,
        "fees": p.fees,
        "leverage": leverage,
        "margin_mode": p.margin_mode,
        "margin": _money(p.margin),
        "margin_rate": _money(p.margin / (size * mark)) if size and mark else Decimal(0),
        "maintenance_margin_rate": rate,
        "maintenance_margin": _money(size * mark * rate),
        # without maintenance margin, a position is liquidated where its margin is used up
        "liquidation_price": _price(market, p.bankruptcy_price),
        "bankruptcy_price": _price(market, p.bankruptcy_price),
        "max_quantity": p.max_quantity,
        "max_margin": _money(p.max_margin),
        "max_value": _money(p.max_quantity * p.entry_price),
        "opened_value": _money(p.opened_value),
        "value": _money(size * p.entry_price),
        "close_price": p.close_price,
        "closed_by": p.closed_by,
        "close_records": p.close_records,  # its reducing fills, oldest first
        "funding": p.funding,  # received while open (paid: < 0)
        "created_ms": p.created_ms,
        "updated_ms": p.updated_ms,
        "take_profits": take_profits,  # untriggered take-profit orders, oldest first
        "stop_losses": stop_losses,
        "take_profit": take_profits[-1] if take_profits else None,  # the latest one
        "stop_loss": stop_losses[-1] if stop_losses else None,
    }


def _positions(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    account_id = account_of(account)
    only_open = flag(args.get("open"))
    return [
        _position_row(ex, account_id, p)
        for p in ex.positions(account_id, symbol_of(ex, args))
        if kind_ok(ex, args, p.market) and (not only_open or p.quantity)
    ]


def _net_traded(fills: list[Fill], markets: dict[str, Market], fees: bool) -> dict[str, tuple[Decimal, int]]:
    """What trading moved in each asset (bought base and sold quote positive; with `fees`, fees taken off),
    and when it last did: asset -> (amount, time of the newest fill)."""
    moved: dict[str, tuple[Decimal, int]] = {}

    def add(asset: str, amount: Decimal, time_ms: int) -> None:
        before, last = moved.get(asset, (Decimal(0), time_ms))
        moved[asset] = (before + amount, max(last, time_ms))

    for fill in fills:
        market, sign = markets[fill.market], 1 if fill.side == "buy" else -1
        add(market.base, sign * fill.quantity, fill.time_ms)
        add(market.quote, -sign * fill.total, fill.time_ms)
        if fees:
            add(fill.fee_asset, -fill.fee, fill.time_ms)
    return moved


def _net_positions(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    """The account's net traded position in each asset it traded (fees left out): {asset, position, updated_ms}."""
    moved = _net_traded(ex.account_fills(account_of(account)), ex.markets, fees=False)
    return [{"asset": a, "position": q, "updated_ms": t} for a, (q, t) in sorted(moved.items())]


def _spot_assets(ex: Exchange, spot_market: str | None) -> dict[str, str]:
    """asset -> the spot asset it is a future of: a market whose extra field `spot_market` names another
    market trades futures of that market's base and quote."""
    spot_of: dict[str, str] = {}
    for market in ex.markets.values():
        spot = ex.markets.get(str(market.extra.get(spot_market))) if spot_market else None
        if spot is not None and spot is not market:
            spot_of[market.base], spot_of[market.quote] = spot.base, spot.quote
    return spot_of


def _account_value(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    """The account's holdings by spot asset, its futures assets summed beside it (`spot_market`: see
    _spot_assets), and their change since the current period began, which trading made (amounts and fees):
    {asset, spot_value, futures_value, total_value, change_in_...}. The spec gives the period: `period_ms`
    long, starting `period_offset_ms` after each multiple since the epoch (a day from 00:00 UTC: 86400000, 0);
    without one, the change since the account began."""
    account_id = account_of(account)
    spot_of = _spot_assets(ex, args.get("spot_market"))
    period, offset = integer(args.get("period_ms")), integer(args.get("period_offset_ms")) or 0
    now = ex.clock()
    start = now - (now - offset) % period if period else None
    moved = _net_traded(ex.account_fills(account_id, start_ms=start), ex.markets, fees=True)
    rows: dict[str, dict[str, Decimal]] = {}
    holdings = {asset: b.total for asset, b in ex.balances(account_id)}
    for asset in sorted(holdings.keys() | moved.keys()):
        part = "futures" if asset in spot_of else "spot"
        row = rows.setdefault(
            spot_of.get(asset, asset), {f"{k}{p}": Decimal(0) for k in ("", "change_in_") for p in ("spot", "futures")}
        )
        row[part] += holdings.get(asset, Decimal(0))
        row[f"change_in_{part}"] += moved.get(asset, (Decimal(0), 0))[0]
    return [
        {
            "asset": asset,
            "spot_value": r["spot"],
            "futures_value": r["futures"],
            "total_value": r["spot"] + r["futures"],
            "change_in_spot_value": r["change_in_spot"],
            "change_in_futures_value": r["change_in_futures"],
            "change_in_total_value": r["change_in_spot"] + r["change_in_futures"],
        }
        for asset, r in sorted(rows.items())
        if any(r.values())
    ]


def _position_history(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    account_id = account_of(account)
    return [
        _position_row(ex, account_id, p, finished=True)
        for p in ex.position_history(account_id, symbol_of(ex, args), **time_window(args))
        if kind_ok(ex, args, p.market)
    ]


def _set_leverage(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    symbol = required_symbol(ex, args)
    leverage = dec(args.get("leverage"))
    if leverage is None:
        raise SimulatorError("missing_parameter", "leverage is required")
    chosen, mode = ex.set_leverage(account_of(account), symbol, leverage, args.get("margin_mode") or None)
    return {"symbol": symbol, "leverage": chosen, "margin_mode": mode}


def _adjust_margin(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    account_id = account_of(account)
    amount = dec(args.get("amount"))
    if amount is None:
        raise SimulatorError("missing_parameter", "amount is required")
    return _position_row(ex, account_id, ex.adjust_margin(account_id, required_symbol(ex, args), amount))


def _close_position(ex: Exchange, account: str | None, args: dict[str, Any]) -> Order:
    return ex.close_position(
        account_of(account),
        required_symbol(ex, args),
        args.get("type") or "market",
        dec(args.get("quantity")),
        price=dec(args.get("price")),
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
    account_id = account_of(account)
    symbol = required_symbol(ex, args)
    stop_price = dec(args.get("stop_price"))
    if stop_price is None:
        raise SimulatorError("missing_parameter", "stop_price is required")
    ex.set_position_stop(
        account_id,
        symbol,
        _purpose(args),
        stop_price,
        dec(args.get("quantity")),
        trigger_reference=args.get("trigger_reference") or "last",
        order_id=integer(args.get("order_id")),
    )
    return _position_row(ex, account_id, ex.account(account_id).positions[symbol])


def _position_stop(ex: Exchange, account_id: str, symbol: str, args: dict[str, Any]) -> Order:
    order_id = integer(args.get("order_id"))
    for order in ex.position_stops(account_id, symbol, _purpose(args)):
        if order.id == order_id:
            return order
    raise SimulatorError("order_not_found", f"no {_purpose(args)} {order_id} of the position in {symbol}")


def _modify_position_stop(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    account_id = account_of(account)
    symbol = required_symbol(ex, args)
    position = ex.open_position(ex.account(account_id), symbol)
    order = _position_stop(ex, account_id, symbol, args)
    ex.modify(
        account_id,
        order.id,
        quantity=dec(args.get("quantity")),
        stop_price=dec(args.get("stop_price")),
        trigger_reference=args.get("trigger_reference") or None,
    )
    return _position_row(ex, account_id, position)


def _cancel_position_stop(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """Cancel one take-profit or stop-loss (by order_id), or every one of that purpose."""
    account_id = account_of(account)
    symbol = required_symbol(ex, args)
    position = ex.open_position(ex.account(account_id), symbol)
    if args.get("order_id") is not None:
        orders = [_position_stop(ex, account_id, symbol, args)]
    else:
        orders = ex.position_stops(account_id, symbol, _purpose(args))
    for order in orders:
        ex.cancel(account_id, order.id)
    return _position_row(ex, account_id, position)


def _margin_history(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Any]:
    """Margin changes of the account's positions; `settlements`: their auto-settlements instead."""
    position, settled = integer(args.get("position_id")), bool(flag(args.get("settlements")))
    changes = ex.margin_history(
        account_of(account), symbol_of(ex, args), position, **time_window(args), settlements=settled
    )
    return [c for c in changes if kind_ok(ex, args, c.market)]


def _transfer(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    amount = dec(args.get("amount"))
    if amount is None or not args.get("asset") or not args.get("from_wallet") or not args.get("to_wallet"):
        raise SimulatorError("missing_parameter", "asset, amount, from_wallet and to_wallet are required")
    return ex.transfer(
        account_of(account), str(args["asset"]), amount, str(args["from_wallet"]), str(args["to_wallet"])
    )


def _transfers(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Any]:
    return ex.transfers(account_of(account), args.get("asset") or None, args.get("wallet") or None, **time_window(args))


# -- orders -----------------------------------------------------------------------------------------
def _amount(ex: Exchange, args: dict[str, Any]) -> tuple[Market, Decimal, Decimal | None]:
    """A spot market order's amount: (market, quantity, funds). `amount_currency` names the currency the API's
    amount is in; without one a market buy's amount is in `market_buy_in` (base or quote: the spec says which
    the exchange takes), a sell's in the base. An amount in the quote currency is `funds` (quantity 0)."""
    market = ex.market(str(args["symbol"]), args.get("kind"))
    if flag(args.get("close_position")) and args.get("quantity") is None:
        return market, market.min_quantity, None  # a stop closing the position is sized when it triggers
    quantity = wire_decimal(args["quantity"])
    if market.kind == "spot" and args.get("type") in ("market", "stop_market"):
        default = market.quote if args["side"] == "buy" and args.get("market_buy_in") == "quote" else market.base
        currency = args.get("amount_currency") or default
        if currency not in (market.base, market.quote):
            raise SimulatorError("invalid_parameter", f"the amount's currency must be {market.base} or {market.quote}")
        if currency == market.quote:
            return market, Decimal(0), quantity
    return market, quantity, None


def _place(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    market, quantity, funds = _amount(ex, args)
    return ex.place(
        account_of(account),
        market.symbol,
        args["side"],
        args.get("type", "limit"),
        quantity,
        funds=funds,
        price=dec(args.get("price")),
        stop_price=dec(args.get("stop_price")),
        time_in_force=args.get("time_in_force") or "gtc",
        client_order_id=client_id(args.get("client_order_id")),
        order_id=integer(args.get("order_id")),
        trigger=args.get("trigger") or None,
        trigger_reference=args.get("trigger_reference") or "last",
        reduce_only=bool(flag(args.get("reduce_only"))),
        activation_price=dec(args.get("activation_price")),
        callback_rate=dec(args.get("callback_rate")),
        closes_position=bool(flag(args.get("close_position"))),
    )


def _estimate(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """What a market order (side, quantity, amount_currency as for place_order) would trade now, fees left
    out: {quantity, total}. Nothing changes."""
    if args.get("side") not in ("buy", "sell"):
        raise SimulatorError("invalid_parameter", "side must be buy or sell")
    market, quantity, funds = _amount(ex, {**args, "type": "market"})
    if not (funds or quantity):
        raise SimulatorError("invalid_quantity", "the amount must not be zero")
    traded, total = ex.data.walk(market, str(args["side"]), quantity, funds)
    return {"quantity": traded, "total": total, "market": market}


def _trade_volume(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    """The account's traded amount of `asset` over the trailing `days` (both sides; a trade with itself
    counted unless `self_trades` is false, as the spec says of the exchange): {asset, volume}; given a
    `market` instead, a list of both its assets' volumes."""
    asset, days, market = args.get("asset"), integer(args.get("days")), args.get("market")
    if market and days:
        of = ex.markets[str(market)]
        return [_trade_volume(ex, account, {**args, "asset": a, "market": None}) for a in (of.base, of.quote)]
    if not asset or not days:
        raise SimulatorError("missing_parameter", "asset and days are required")
    fills = ex.account_fills(account_of(account), start_ms=ex.clock() - days * 86_400_000)
    fills_of_trade = Counter(f.id for f in fills)
    self_trades = flag(args.get("self_trades")) is not False
    volume = Decimal(0)
    for fill in fills:
        market = ex.markets[fill.market]
        if (self_trades or fills_of_trade[fill.id] == 1) and asset in (market.base, market.quote):
            volume += fill.quantity if asset == market.base else fill.total
    return {"asset": asset, "volume": volume}


def _book_orders(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Order]:
    """The resting orders of a market's book, anyone's: up to `limit` (None: all) bids from the best down,
    then as many asks from the best up."""
    limit = integer(args.get("limit"))
    out: list[Order] = []
    for side in ex.data.books[required_symbol(ex, args)]:
        orders = (o for _, level in side.walk() for o in level.values())
        out.extend(itertools.islice(orders, limit))
    return out


def _open_orders(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Order]:
    account_id = account_of(account)
    return [o for o in ex.open_orders(account_id, symbol_of(ex, args)) if wanted(ex, args, o)]


def _order_history(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Order]:
    """Orders, newest first; `finished`: closed ones only."""
    finished = flag(args.get("finished"))
    window = time_window(args)
    limit = window.pop("limit")  # of the orders that pass the filters, as the exchange counts them
    orders = [
        o
        for o in ex.order_history(account_of(account), symbol_of(ex, args), **window)
        if wanted(ex, args, o) and (not finished or not o.is_open)
    ]
    return orders[:limit] if limit else orders


def _stop_orders(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Order]:
    """Untriggered stop orders (`pending`, the default), or finished ones (triggered or cancelled untriggered);
    a position's take-profits and stop-losses are not among them."""
    pending = flag(args.get("pending"))
    orders = ex.stop_orders(account_of(account), symbol_of(ex, args), pending=pending is not False)
    return [o for o in orders if wanted(ex, {**args, "stop": None}, o) and o.position_stop is None]


def _fills(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Any]:
    """The account's fills, newest first; `exclusive`: the window's bounds are not in it; `sort` asc: oldest
    first (and `limit` keeps the oldest)."""
    order_id, side = integer(args.get("order_id")), args.get("side")
    window = time_window(args)
    limit = window.pop("limit")
    if flag(args.get("exclusive")):
        start, end = window["start_ms"], window["end_ms"]
        window.update(start_ms=None if start is None else start + 1, end_ms=None if end is None else end - 1)
    fills = [
        f
        for f in ex.account_fills(account_of(account), symbol_of(ex, args), **window)
        if kind_ok(ex, args, f.market) and order_id in (None, f.order_id) and side in (None, "", f.side)
    ]
    if args.get("sort") not in (None, "", "asc", "desc"):
        raise SimulatorError("invalid_parameter", f"sort must be asc or desc, not {args['sort']}")
    if args.get("sort") == "asc":
        fills.reverse()
    return fills[:limit] if limit else fills


def _fill(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    """One fill of the account (the newest that passes the filters: a moment, an order), or not found."""
    found = _fills(ex, account, args)
    if not found:
        raise SimulatorError("order_not_found", "no such trade")
    return found[0]


def _cancel(ex: Exchange, account: str | None, args: dict[str, Any]) -> Order:
    order = find_order(ex, account, args)
    return ex.cancel(account_of(account), order.id)


def _cancel_all(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Order]:
    """Cancel every open order that passes the filters (market, kind, side, client id, stop)."""
    account_id = account_of(account)
    return [ex.cancel(account_id, o.id) for o in ex.open_orders(account_id, symbol_of(ex, args)) if wanted(ex, args, o)]


def _modify(ex: Exchange, account: str | None, args: dict[str, Any]) -> Order:
    """Change an order: a new `price`, `quantity`, ...; or `quantity_delta`, the change of what remains signed
    as the API signs quantities (`side_sign`: positive buys, so a sell grows by a negative delta)."""
    if args.get("order_id") is None and args.get("client_order_id") is None:
        raise SimulatorError("missing_parameter", "order_id (or client_order_id) is required")
    order = find_order(ex, account, args)
    delta = dec(args.get("quantity_delta"))
    if delta is not None:
        if not delta and args.get("price") is None:
            raise SimulatorError("invalid_quantity", "the quantity delta must not be zero")
        return ex.resize(
            account_of(account), order.id, -delta if order.side == "sell" else delta, dec(args.get("price"))
        )
    return ex.modify(
        account_of(account),
        order.id,
        price=dec(args.get("price")),
        quantity=dec(args.get("quantity")),
        side=args.get("side"),
        stop_price=dec(args.get("stop_price")),
        ids=args.get("ids") or "auto",
    )


TRADING: dict[str, Action] = {
    "markets": lambda ex, acc, args: [ex.markets[s] for s in _symbols(ex, args)],
    "assets": _assets,
    "balances": balances,
    "positions": _positions,
    "net_positions": _net_positions,
    "account_value": _account_value,
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
    "book_orders": _book_orders,
    "order_history": _order_history,
    "stop_orders": _stop_orders,
    "order": lambda ex, acc, args: find_order(ex, acc, args),
    "fills": _fills,
    "fill": _fill,
    "public_trades": _public_trades,
    "tickers": _tickers,
    "depth": _depth,
    "candles": _candles,
    "place_order": _place,
    "estimate_market_order": _estimate,
    "trade_volume": _trade_volume,
    "cancel_order": _cancel,
    "cancel_all": _cancel_all,
    "modify_order": _modify,
    "account": lambda ex, acc, args: ex.account(account_of(acc)),
    "time": lambda ex, acc, args: {"time_ms": ex.clock()},
}
