"""Simulator verbs that read the book or the account's fills without trading: a market order's estimate
(the walk a market order would take, by quantity or by an amount of the quote asset) and the trailing
trade volume per asset. Generic: no API involved."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from exchange_bindings.runtime.sim import Exchange, Market, SimulatorError
from exchange_bindings.runtime.stub.actions import ACTIONS, run

SPOT = Market("AAA-QQQ", "AAA", "QQQ", tick_size=D("0.5"), lot_size=D("0.1"), min_quantity=D("0.1"), price=D(100))
SECOND_SPOT = Market("BBB-QQQ", "BBB", "QQQ", tick_size=D("0.5"), lot_size=D("0.1"), min_quantity=D("0.1"), price=D(10))
DAY_MS = 86_400_000


@pytest.fixture
def ex() -> Exchange:
    now = [40 * DAY_MS]
    exchange = Exchange([SPOT, SECOND_SPOT], seed=7, clock=lambda: now[0])
    exchange.now_ms = now  # type: ignore[attr-defined]  # the test moves the clock
    for account in ("a", "b"):
        exchange.add_account(account, {"AAA": D(100), "BBB": D(100), "QQQ": D(100_000)})
    exchange.place("a", SPOT.symbol, "sell", "limit", D(1), price=D(101))
    exchange.place("a", SPOT.symbol, "sell", "limit", D(2), price=D(102))
    exchange.place("a", SPOT.symbol, "buy", "limit", D(1), price=D(99))
    return exchange


def estimate(ex: Exchange, **args: object) -> dict[str, object]:
    return dict(run(ACTIONS["estimate_market_order"], ex, "b", {"symbol": SPOT.symbol, **args}))


def snapshot(ex: Exchange) -> tuple[object, ...]:
    return (ex.depth(SPOT.symbol, 10), ex.balances("a"), ex.balances("b"), len(ex.orders), ex.last_price[SPOT.symbol])


def test_an_estimate_walks_the_book_as_the_market_order_would_and_changes_nothing(ex: Exchange) -> None:
    before = snapshot(ex)
    by_quantity = estimate(ex, side="buy", quantity="2")
    assert (by_quantity["quantity"], by_quantity["total"]) == (D(2), D(101) + D(102))
    by_total = estimate(ex, side="buy", quantity="300", amount_currency="QQQ")  # 101 + 1.9 x 102 = 294.8
    assert (by_total["quantity"], by_total["total"]) == (D("2.9"), D("294.8"))
    assert estimate(ex, side="sell", quantity="5")["quantity"] == D(1)  # one bid of 1: the book runs out
    assert snapshot(ex) == before
    placed = run(ACTIONS["place_order"], ex, "b", {"symbol": SPOT.symbol, "side": "buy", "type": "market",
                                                   "quantity": "300", "amount_currency": "QQQ"})  # fmt: skip
    assert (placed.filled, placed.cost, placed.funds_left) == (D("2.9"), D("294.8"), D("5.2"))


def test_an_estimate_needs_a_side_and_an_amount(ex: Exchange) -> None:
    for args in ({"quantity": "1"}, {"side": "buy", "quantity": "0"}):
        with pytest.raises(SimulatorError):
            estimate(ex, **args)


def test_trade_volume_is_trailing_per_asset_both_sides_without_self_trades(ex: Exchange) -> None:
    def volume(account: str, asset: str) -> D:
        result = run(ACTIONS["trade_volume"], ex, account, {"asset": asset, "days": 30, "self_trades": False})
        return D(result["volume"])

    ex.place("b", SPOT.symbol, "buy", "market", D(1))  # b takes a's ask of 1 at 101
    ex.now_ms[0] += 31 * DAY_MS  # type: ignore[attr-defined]
    ex.place("b", SPOT.symbol, "buy", "market", D("0.5"))  # 0.5 at 102: the first trade is 31 days old now
    ex.place("a", SPOT.symbol, "sell", "market", D(1))  # a meets its own bid at 99: a self-trade
    assert (volume("a", "AAA"), volume("b", "AAA")) == (D("0.5"), D("0.5"))
    assert (volume("a", "QQQ"), volume("b", "QQQ")) == (D(51), D(51))
    assert volume("a", "BBB") == 0
    with pytest.raises(SimulatorError):
        run(ACTIONS["trade_volume"], ex, "a", {"asset": "AAA"})
