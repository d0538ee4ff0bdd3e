"""The exchange simulator on its own: matching, lifecycle, balances, positions (no API involved)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from exchange_bindings.runtime.sim import Exchange, Market, SimulatorError

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


def test_resize_changes_what_remains_keeps_the_id_and_tells_a_modification(ex: Exchange) -> None:
    """resize: a reduction at the same price keeps the order's place, a larger one goes to the back; the
    listeners hear "modified" after the order's own event (never for the opening); zero cancels it."""
    heard: list[tuple[str, int]] = []
    ex.listeners.append(lambda kind, item: heard.append((kind, item.id)) if kind in ("order", "modified") else None)
    first = ex.place("a", SPOT.symbol, "buy", "limit", D("2.0"), price=D(90))
    second = ex.place("b", SPOT.symbol, "buy", "limit", D("1.0"), price=D(90))
    assert ("modified", first.id) not in heard and first.modified_ms == 0
    assert ex.resize("a", first.id, D("-0.5")) is first and first.quantity == D("1.5")
    assert heard[-2:] == [("order", first.id), ("modified", first.id)] and first.modified_ms > 0
    ex.place("b", SPOT.symbol, "sell", "limit", D("0.5"), price=D(90))
    assert first.filled == D("0.5") and second.filled == 0  # still first in the queue
    assert ex.resize("a", first.id, D("1.0")).id == first.id and first.remaining == D("2.0")
    ex.place("b", SPOT.symbol, "sell", "limit", D("1.0"), price=D(90))
    assert second.status == "filled" and first.remaining == D("2.0")  # enlarged: behind the other bid
    assert ex.resize("a", first.id, D("-2.0")).status == "cancelled"


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


# -- wallets, transfers, leverage ----------------------------------------------------------------------
FUTURES = replace(PERP, symbol="AAA-SWAP", max_leverage=D(20), wallet="futures")  # settles in its own wallet


@pytest.fixture
def wallets() -> Exchange:
    """Spot markets settle in the spot wallet, the perpetual in the futures wallet."""
    exchange = Exchange(
        [SPOT, FUTURES], seed=7, clock=iter(range(1_000, 10**9, 10)).__next__, wallets=("spot", "futures")
    )
    exchange.add_account("a", {"AAA": D(10), "QQQ": D(10_000)})
    exchange.add_account("b", {"QQQ": D(10_000)}, wallets={"futures": {"QQQ": D(10_000)}})
    return exchange


def test_a_market_settles_in_its_wallet_and_transfers_move_funds(wallets: Exchange) -> None:
    a = wallets.account("a")
    assert wallets.wallet_of(SPOT) == "spot" and wallets.wallet_of(FUTURES) == "futures"
    with pytest.raises(SimulatorError, match="insufficient_funds"):  # the spot wallet's funds do not count
        wallets.place("a", FUTURES.symbol, "buy", "limit", D(1), price=D(100))
    record = wallets.transfer("a", "QQQ", D(50), "spot", "futures")
    assert (record.from_wallet, record.to_wallet, record.status) == ("spot", "futures", "finished")
    assert (a.balance("QQQ").total, a.balance("QQQ", "futures").total) == (D(9_950), D(50))
    order = wallets.place("a", FUTURES.symbol, "buy", "limit", D(1), price=D(100))  # margin 100 / 10
    assert order.reserved == D(10) and a.balance("QQQ", "futures").reserved == D(10)
    assert a.balance("QQQ").reserved == 0 and [t.amount for t in wallets.transfers("a", "QQQ", "futures")] == [D(50)]
    with pytest.raises(SimulatorError, match="insufficient_funds"):  # 40 is left, 10 held by the order
        wallets.transfer("a", "QQQ", D(41), "futures", "spot")
    for bad in (("spot", "spot", D(1)), ("spot", "margin", D(1)), ("spot", "futures", D(0))):
        with pytest.raises(SimulatorError, match="invalid_parameter"):
            wallets.transfer("a", "QQQ", bad[2], bad[0], bad[1])
    with pytest.raises(ValueError, match="wallet"):
        Exchange([FUTURES])  # a market's wallet must be one of the exchange's


def test_leverage_per_account_and_market_sets_the_margin(wallets: Exchange) -> None:
    wallets.add_account("c", {}, wallets={"futures": {"QQQ": D(10_000)}})
    assert wallets.set_leverage("b", FUTURES.symbol, D(5), "isolated") == (D(5), "isolated")
    assert wallets.leverage("c", FUTURES.symbol) == D(10) and wallets.margin_mode("c", FUTURES.symbol) == "cross"
    wallets.place("c", FUTURES.symbol, "sell", "limit", D(2), price=D(100))
    wallets.place("b", FUTURES.symbol, "buy", "limit", D(2), price=D(100))
    (long,) = wallets.positions("b")
    (short,) = wallets.positions("c")
    assert (long.margin, long.leverage, long.margin_mode) == (D(40), D(5), "isolated")
    assert (short.margin, short.leverage, short.margin_mode) == (D(20), D(10), "cross")
    futures = wallets.account("b").balance("QQQ", "futures")
    assert (futures.margin, futures.reserved, futures.available) == (D(40), 0, D(10_000 - 40))
    for leverage in (D(0), D(21)):
        with pytest.raises(SimulatorError, match="invalid_parameter"):
            wallets.set_leverage("b", FUTURES.symbol, leverage)
    with pytest.raises(SimulatorError, match="invalid_parameter"):
        wallets.set_leverage("b", FUTURES.symbol, D(5), "cross")  # not while the position is open
    with pytest.raises(SimulatorError, match="invalid_parameter"):
        wallets.set_leverage("b", SPOT.symbol, D(5))  # spot markets have no leverage
    wallets.set_leverage("b", FUTURES.symbol, D(10))  # the open position's margin follows
    assert (long.margin, futures.margin) == (D(20), D(20))
    assert [c.change for c in wallets.margin_history("b")] == [D(-20)]


def test_reducing_needs_no_margin_and_closing_realises_pnl_into_the_wallet(wallets: Exchange) -> None:
    wallets.add_account("c", {}, wallets={"futures": {"QQQ": D(10_000)}})
    wallets.place("c", FUTURES.symbol, "sell", "limit", D(1), price=D(100))
    wallets.place("b", FUTURES.symbol, "buy", "limit", D(1), price=D(100))
    futures = wallets.account("b").balance("QQQ", "futures")
    closing = wallets.place("b", FUTURES.symbol, "sell", "limit", D("1.5"), price=D(120))
    assert closing.reserved == D(6)  # only the 0.5 that would open a short: 0.5 x 120 / 10
    wallets.place("c", FUTURES.symbol, "buy", "limit", D(1), price=D(120))
    (position,) = wallets.positions("b")
    assert position.quantity == 0 and futures.margin == 0
    assert futures.total == D(10_020) and futures.reserved == D(6)  # PnL 20; 0.5 rests, would open a short
    (closed,) = wallets.position_history("b")
    assert (closed.side, closed.realized_pnl, closed.max_quantity, closed.closed_by) == ("long", D(20), D(1), "limit")
    assert wallets.unrealized_pnl("b") == 0


def test_isolated_margin_can_be_added_not_below_the_initial_margin(wallets: Exchange) -> None:
    wallets.add_account("c", {}, wallets={"futures": {"QQQ": D(10_000)}})
    with pytest.raises(SimulatorError, match="position_not_found"):
        wallets.adjust_margin("b", FUTURES.symbol, D(10))
    wallets.set_leverage("b", FUTURES.symbol, D(10), "isolated")
    wallets.place("c", FUTURES.symbol, "buy", "limit", D(1), price=D(100))
    wallets.place("b", FUTURES.symbol, "sell", "limit", D(1), price=D(100))
    position = wallets.adjust_margin("b", FUTURES.symbol, D(15))
    assert (position.margin, position.bankruptcy_price) == (D(25), D(125))
    with pytest.raises(SimulatorError, match="invalid_parameter"):
        wallets.adjust_margin("b", FUTURES.symbol, D(-16))
    with pytest.raises(SimulatorError, match="invalid_parameter"):
        wallets.adjust_margin("c", FUTURES.symbol, D(10))  # cross
    order = wallets.close_position("c", FUTURES.symbol, "limit", price=D(100))
    assert (order.side, order.quantity) == ("sell", D(1))


def test_stops_with_a_trigger_direction_watch_the_last_price(ex: Exchange) -> None:
    above = ex.place("a", SPOT.symbol, "buy", "stop_market", D("0.5"), stop_price=D(103), trigger="auto")
    below = ex.place("a", SPOT.symbol, "sell", "stop_limit", D("0.5"), price=D(96), stop_price=D(97), trigger="auto")
    assert (above.trigger, below.trigger, above.price) == ("above", "below", None)
    assert ex.stop_orders("a") == [above, below] and not ex.stop_orders("a", pending=False)
    ex.place("b", SPOT.symbol, "sell", "limit", D("0.5"), price=D(104))  # resting: for the triggered market buy
    ex.place("b", SPOT.symbol, "sell", "limit", D("0.1"), price=D(103))
    assert above.status == "pending"  # the book reached 103, the last price has not
    ex.place("b", SPOT.symbol, "buy", "limit", D("0.1"), price=D(103))  # b trades with itself at 103
    assert above.triggered and (above.status, above.average_price) == ("filled", D(104))
    assert below.status == "pending" and ex.stop_orders("a", pending=False) == [above]
    modified = ex.modify("a", below.id, stop_price=D(110), quantity=D("0.2"))
    assert modified is below and (below.trigger, below.quantity) == ("above", D("0.2"))


def test_an_amended_order_closes_as_amended_in_every_event(ex: Exchange) -> None:
    seen: list[str] = []
    ex.listeners.append(lambda kind, item: seen.append(item.outcome) if kind == "order" else None)
    order = ex.place("a", SPOT.symbol, "buy", "limit", D("2.0"), price=D(90))
    ex.modify("a", order.id, price=D(95))
    assert "cancelled:amended" in seen and "cancelled:user" not in seen


def test_modify_keeping_the_id_requeues_and_may_cross(ex: Exchange) -> None:
    first = ex.place("a", SPOT.symbol, "buy", "limit", D("1.0"), price=D(90))
    second = ex.place("b", SPOT.symbol, "buy", "limit", D("1.0"), price=D(90))
    same = ex.modify("a", first.id, quantity=D("2.0"), ids="keep")
    assert same is first and first.quantity == D("2.0") and ex.account("a").balance("QQQ").reserved == D(180)
    ex.place("b", SPOT.symbol, "sell", "limit", D("1.0"), price=D(90))
    assert second.status == "filled" and first.filled == 0  # a larger quantity lost its place in the queue
    ex.place("b", SPOT.symbol, "sell", "limit", D("1.0"), price=D(99))
    crossed = ex.modify("a", first.id, price=D(99), ids="keep")
    assert crossed.id == first.id and first.filled == D("1.0") and first.price == D(99)


def test_modify_giving_a_stop_a_new_id_forgets_the_old_one(ex: Exchange) -> None:
    stop = ex.place("a", SPOT.symbol, "buy", "stop_limit", D("1.0"), price=D(120), stop_price=D(120))
    old = stop.id
    changed = ex.modify("a", old, stop_price=D(125), ids="new")
    assert changed.id != old and changed.stop_price == D(125) and changed.status == "pending"
    with pytest.raises(SimulatorError):
        ex.cancel("a", old)
    ex.cancel("a", changed.id)
