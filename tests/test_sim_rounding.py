"""Stochastic rounding of trade totals and fees (spec `stub.trade_rounding`, e.g. CoinFLEX v1's IMPL-GUIDE):
to whole units, up with a probability equal to the fraction left over, so the errors average out; the draws
come from the stub's seed, so one seed always rounds the same way."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from conftest import APIS, generated
from stub_support import trading_market

from exchange_bindings.runtime.sim.rounding import Rounder, RoundingConfig

STOCHASTIC = [
    api for api in APIS.values() if api.stub_config is not None and api.stub_config.rounding.method == "stochastic"
]
UNIT = Decimal("0.0001")


def test_some_stub_rounds_stochastically() -> None:
    assert STOCHASTIC, "stochastic rounding would go untested"


def test_the_rounding_is_unbiased_and_repeatable() -> None:
    """43.21 units: 44 about 21% of the time, else 43; the mean error over many draws is near zero (a fixed
    rule is 0.21 or 0.79 units off each time), and a seed draws the same sequence again."""
    exact = Decimal("43.21") * UNIT
    rounder = Rounder(RoundingConfig("stochastic", UNIT), seed=7)
    draws = [rounder.fee(exact) for _ in range(4000)]
    assert set(draws) == {43 * UNIT, 44 * UNIT}
    ups = draws.count(44 * UNIT) / len(draws)
    assert abs(ups - 0.21) < 0.03  # 4000 draws: the standard error is 0.0064
    error = sum((d - exact for d in draws), Decimal(0)) / len(draws) / UNIT
    assert abs(error) < Decimal("0.03")
    again = Rounder(RoundingConfig("stochastic", UNIT), seed=7)
    assert [again.fee(exact) for _ in range(4000)] == draws
    other = Rounder(RoundingConfig("stochastic", UNIT), seed=8)
    assert [other.fee(exact) for _ in range(4000)] != draws
    assert Rounder(RoundingConfig("stochastic", UNIT), seed=1).total(44 * UNIT) == 44 * UNIT  # whole: as is


def test_exact_rounding_keeps_totals_and_rounds_fees_as_before() -> None:
    rounder = Rounder(RoundingConfig(), seed=1)
    assert rounder.total(Decimal("0.123456789")) == Decimal("0.123456789")
    assert rounder.fee(Decimal("0.123456785")) == Decimal("0.12345678")


def _fills(api: Any, seed: int, trades: int) -> list[tuple[Decimal, Decimal, Decimal]]:
    """(exact fee, fee, total) of the taker's fills: the second demo account buys the least it may from the
    first account's resting sell, `trades` times, in a stub of `seed` with empty books."""
    stub = generated(api.id, "stub").create_stub(seed=seed)
    stub.reset(seed=seed, book_levels=0, trades=0)
    market = trading_market(api)
    lot = Decimal(str(market.get("min_quantity", market["lot_size"])))
    price = Decimal(str(market["price"]))
    order = {"symbol": market["symbol"], "type": "limit", "price": price, "quantity": lot}
    seller, buyer = (str(a["id"]) for a in api.stub["accounts"][:2])
    stub.place_order(seller, side="sell", **{**order, "quantity": lot * trades})
    bought = [stub.place_order(buyer, side="buy", **order) for _ in range(trades)]
    rate = stub.exchange.markets[market["symbol"]].taker_fee
    return [(f.price * f.quantity * rate, f.fee, f.total) for o in bought for f in o.fills]


@pytest.mark.parametrize("api", STOCHASTIC, ids=lambda a: a.id)
def test_the_stub_rounds_fees_to_units_without_bias_and_the_same_for_a_seed(api: Any) -> None:
    unit = api.stub_config.rounding.unit
    fills = _fills(api, seed=5, trades=300)
    assert len(fills) == 300
    assert all(fee % unit == 0 and total % unit == 0 for _, fee, total in fills)
    assert any(exact % unit for exact, _, _ in fills), "the fees need rounding"
    error = sum((fee - exact for exact, fee, _ in fills), Decimal(0)) / len(fills) / unit
    assert abs(error) < Decimal("0.1")  # half-even would be the fraction off every time
    assert _fills(api, seed=5, trades=300) == fills
    assert _fills(api, seed=6, trades=300) != fills
