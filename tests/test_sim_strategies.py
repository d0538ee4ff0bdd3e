"""The simulator's mark prices, trailing stops and strategy orders, directly (runtime/sim/market_data.py,
matching.py, strategies.py): the cases the stub tests leave out (a buy's trailing stop, a refused first
leg, a partial fill ending an OCO pair, marks off by default)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from exchange_bindings.runtime.sim import Exchange, Market, SimulatorError
from exchange_bindings.runtime.sim.strategies import LegRequest

SYMBOL = "PERP"
QTY = D("0.010")


def _exchange(marks: bool = True) -> Exchange:
    market = Market(SYMBOL, "BTC", "USDT", kind="perpetual", tick_size=D("0.1"), price=D(60000), leverage=D(20))
    ex = Exchange([market], clock=lambda: 1_000, marks=marks)
    for account, cash in (("a", D(100_000)), ("b", D(100_000)), ("poor", D(10))):
        ex.add_account(account, {"USDT": cash})
    return ex


def test_without_marks_the_mark_and_index_prices_are_the_last_price() -> None:
    ex = _exchange(marks=False)
    ex.place("b", SYMBOL, "sell", "limit", QTY, price=D(58000))
    ex.place("a", SYMBOL, "buy", "limit", QTY, price=D(58000))
    ex.set_index(SYMBOL, D(61000))  # kept, but not reported: the exchange has no index of its own
    assert ex.data.mark(SYMBOL) == ex.data.index(SYMBOL) == D(58000) == ex.ticker(SYMBOL)["mark"]


def test_the_mark_price_is_the_median_of_index_book_and_last() -> None:
    ex = _exchange()
    assert ex.data.mark(SYMBOL) == D(60000)
    ex.place("b", SYMBOL, "buy", "limit", QTY, price=D(61000))
    ex.place("b", SYMBOL, "sell", "limit", QTY, price=D(61200))
    assert ex.data.mark(SYMBOL) == D(60000), "index and last hold it against the book's mid"
    ex.place("a", SYMBOL, "buy", "limit", QTY, price=D(61200))  # last 61200, mid gone (asks empty)
    assert ex.data.mark(SYMBOL) == D(60000)
    ex.place("b", SYMBOL, "sell", "limit", QTY, price=D(61400))  # mid 61200
    assert ex.data.mark(SYMBOL) == D(61200), "book and last agree: the mark follows them"


def test_a_buys_trailing_stop_follows_the_lowest_price_and_triggers_on_the_rise() -> None:
    ex = _exchange()
    ex.place("b", SYMBOL, "sell", "limit", QTY * 5, price=D(65000))
    stop = ex.place("a", SYMBOL, "buy", "trailing_stop_market", QTY, callback_rate=D("0.5"), trigger_reference="mark")
    for price in (59000, 58000, 58200):
        ex.set_index(SYMBOL, D(price))
    assert (stop.status, stop.trail_best, stop.stop_price) == ("pending", D(58000), D("58290.0"))
    ex.set_index(SYMBOL, D("58290.0"))
    assert (stop.status, stop.filled) == ("filled", QTY)
    with pytest.raises(SimulatorError):
        ex.place("a", SYMBOL, "buy", "trailing_stop_market", QTY, callback_rate=D(0))


def test_a_partial_fill_of_one_oco_leg_cancels_the_other() -> None:
    ex = _exchange()
    unit = ex.strategies.place(
        "a",
        SYMBOL,
        "oco",
        {
            "above": LegRequest("sell", "limit", QTY, price=D(61000)),
            "below": LegRequest("sell", "stop_market", QTY, stop_price=D(59000), trigger="against"),
        },
    )
    ex.place("b", SYMBOL, "buy", "limit", QTY / 2, price=D(61000))
    assert [leg.outcome for leg in unit.legs] == ["partially_filled", "cancelled:strategy"]
    assert unit.status == "executing", "the filled leg's rest still works"
    ex.place("b", SYMBOL, "buy", "limit", QTY / 2, price=D(61000))
    assert unit.status == "all_done"


def test_a_refused_first_leg_leaves_nothing_placed() -> None:
    ex = _exchange()
    legs = {
        "above": LegRequest("buy", "stop_market", QTY, stop_price=D(61000), trigger="against"),
        "below": LegRequest("buy", "limit", QTY * 100, price=D(59000)),
    }
    with pytest.raises(SimulatorError) as refused:
        ex.strategies.place("poor", SYMBOL, "oco", legs)
    assert refused.value.reason == "insufficient_funds"
    assert ex.open_orders("poor") == [] and ex.strategies.by_id == {}
