"""The exchange simulator on its own: matching, lifecycle, balances, positions (no API involved)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from exchange_bindings.runtime.stub.simulator import Exchange, Market, SimulatorError

SPOT = Market(
    "AAA-QQQ",
    "AAA",
    "QQQ",
    tick_size=D("0.5"),
    lot_size=D("0.1"),
    min_quantity=D("0.1"),
    price=D(100),
    taker_fee=D("0.001"),
)
PERP = Market(
    "AAA-PERP",
    "AAA",
    "QQQ",
    kind="perpetual",
    tick_size=D("0.5"),
    lot_size=D("0.1"),
    min_quantity=D("0.1"),
    price=D(100),
    leverage=D(10),
)


@pytest.fixture
def ex() -> Exchange:
    exchange = Exchange([SPOT, PERP], seed=7, clock=iter(range(1_000, 10**9, 10)).__next__)
    exchange.add_account("a", {"AAA": D(10), "QQQ": D(10_000)})
    exchange.add_account("b", {"AAA": D(10), "QQQ": D(10_000)})
    return exchange


def test_two_accounts_cross_with_partial_fill(ex: Exchange) -> None:
    sell = ex.place("a", SPOT.symbol, "sell", "limit", D("1.0"), price=D(101))
    assert sell.status == "open" and ex.account("a").balance("AAA").reserved == D("1.0")
    buy = ex.place("b", SPOT.symbol, "buy", "limit", D("0.4"), price=D(102))
    assert (buy.status, buy.filled, buy.average_price) == ("filled", D("0.4"), D(101))  # at the maker's price
    assert (sell.status, sell.remaining) == ("partially_filled", D("0.6"))
    assert buy.fills[0].liquidity == "taker" and sell.fills[0].liquidity == "maker"
    a, b = ex.account("a"), ex.account("b")
    assert (a.balance("AAA").total, a.balance("AAA").reserved, a.balance("QQQ").total) == (
        D("9.6"),
        D("0.6"),
        D("10040.4"),
    )
    fee = D("101") * D("0.4") * D("0.001")
    assert (b.balance("AAA").total, b.balance("QQQ").total, b.balance("QQQ").reserved) == (
        D("10.4"),
        D(10_000) - D("40.4") - fee,
        0,
    )
    assert [t.price for t in ex.public_trades(SPOT.symbol)] == [D(101)]
    assert ex.open_orders("a") == [sell] and ex.open_orders("b") == []


def test_price_time_priority(ex: Exchange) -> None:
    first = ex.place("a", SPOT.symbol, "sell", "limit", D("0.5"), price=D(101))
    better = ex.place("a", SPOT.symbol, "sell", "limit", D("0.5"), price=D("100.5"))
    second = ex.place("a", SPOT.symbol, "sell", "limit", D("0.5"), price=D(101))
    ex.place("b", SPOT.symbol, "buy", "limit", D("1.2"), price=D(101))
    assert (better.status, first.status, second.status) == ("filled", "filled", "partially_filled")


def test_cancel_restores_balance_and_filled_order_cannot_be_cancelled(ex: Exchange) -> None:
    order = ex.place("a", SPOT.symbol, "buy", "limit", D("2.0"), price=D(90))
    assert ex.account("a").balance("QQQ").available == D(10_000 - 180)
    ex.cancel("a", order.id)
    assert (order.status, order.outcome) == ("cancelled", "cancelled:user")
    assert ex.account("a").balance("QQQ").available == D(10_000)
    maker = ex.place("b", SPOT.symbol, "sell", "limit", D("0.1"), price=D(90))
    taker = ex.place("a", SPOT.symbol, "buy", "limit", D("0.1"), price=D(90))
    assert maker.status == taker.status == "filled"
    with pytest.raises(SimulatorError) as caught:
        ex.cancel("a", taker.id)
    assert caught.value.reason == "order_not_open"
    with pytest.raises(SimulatorError, match="order_not_found"):
        ex.cancel("b", taker.id)  # another account's order is not found


def test_modify_reduce_keeps_id_other_changes_replace(ex: Exchange) -> None:
    order = ex.place("a", SPOT.symbol, "buy", "limit", D("2.0"), price=D(90))
    same = ex.modify("a", order.id, quantity=D("1.0"))
    assert same is order and order.quantity == D("1.0") and ex.account("a").balance("QQQ").reserved == D(90)
    moved = ex.modify("a", order.id, price=D(95))
    assert moved.id != order.id and order.outcome == "cancelled:amended" and moved.price == D(95)
    assert ex.account("a").balance("QQQ").reserved == D(95)


def test_times_in_force(ex: Exchange) -> None:
    ex.place("b", SPOT.symbol, "sell", "limit", D("0.5"), price=D(100))
    assert (
        ex.place("a", SPOT.symbol, "buy", "limit", D("1.0"), price=D(100), time_in_force="fok").outcome
        == "cancelled:fok"
    )
    ioc = ex.place("a", SPOT.symbol, "buy", "limit", D("1.0"), price=D(100), time_in_force="ioc")
    assert (ioc.filled, ioc.outcome) == (D("0.5"), "cancelled:ioc")
    ex.place("b", SPOT.symbol, "sell", "limit", D("0.5"), price=D(100))
    assert (
        ex.place("a", SPOT.symbol, "buy", "limit", D("0.1"), price=D(100), time_in_force="maker_only").outcome
        == "cancelled:maker_only"
    )
    assert ex.account("a").balance("QQQ").reserved == 0


def test_market_order_and_insufficient_funds(ex: Exchange) -> None:
    ex.place("b", SPOT.symbol, "sell", "limit", D("1.0"), price=D(100))
    market = ex.place("a", SPOT.symbol, "buy", "market", D("3.0"))
    assert (market.filled, market.outcome) == (D("1.0"), "cancelled:market_unfilled")
    assert ex.account("a").balance("QQQ").reserved == 0
    with pytest.raises(SimulatorError) as caught:
        ex.place("a", SPOT.symbol, "buy", "limit", D("1000.0"), price=D(100))
    assert caught.value.reason == "insufficient_funds"


@pytest.mark.parametrize(
    ("price", "quantity", "reason"),
    [(D("100.3"), D(1), "invalid_price"), (D(100), D("0.05"), "invalid_quantity"), (D(0), D(1), "invalid_price")],
)
def test_tick_and_lot_rules(ex: Exchange, price: D, quantity: D, reason: str) -> None:
    with pytest.raises(SimulatorError) as caught:
        ex.place("a", SPOT.symbol, "buy", "limit", quantity, price=price)
    assert caught.value.reason == reason


def test_stop_limit_triggers_on_the_book(ex: Exchange) -> None:
    stop = ex.place("a", SPOT.symbol, "buy", "stop_limit", D("0.5"), price=D(106), stop_price=D(105))
    assert stop.status == "pending" and ex.open_orders("a") == [stop]
    ex.place("b", SPOT.symbol, "sell", "limit", D("0.5"), price=D(105))  # best ask reaches the stop
    assert stop.triggered and stop.status == "filled" and stop.average_price == D(105)


def test_perpetual_positions_and_realised_pnl(ex: Exchange) -> None:
    ex.place("b", PERP.symbol, "sell", "limit", D("1.0"), price=D(100))
    ex.place("a", PERP.symbol, "buy", "limit", D("1.0"), price=D(100))
    (long,) = ex.positions("a")
    (short,) = ex.positions("b")
    assert (long.quantity, long.entry_price, short.quantity) == (D("1.0"), D(100), D("-1.0"))
    ex.place("b", PERP.symbol, "buy", "limit", D("0.4"), price=D(110))
    ex.place("a", PERP.symbol, "sell", "limit", D("0.4"), price=D(110))
    assert long.quantity == D("0.6") and long.realized_pnl == D(4)
    assert ex.account("a").balance("QQQ").total == D(10_004) and ex.account("a").balance("QQQ").reserved == 0


def test_seeded_books_are_deterministic() -> None:
    one, two = Exchange([SPOT], seed=3, clock=lambda: 0), Exchange([SPOT], seed=3, clock=lambda: 0)
    one.seed_books()
    two.seed_books()
    assert one.depth(SPOT.symbol) == two.depth(SPOT.symbol)
    assert one.depth(SPOT.symbol)["bids"][0][0] < SPOT.price < one.depth(SPOT.symbol)["asks"][0][0]
