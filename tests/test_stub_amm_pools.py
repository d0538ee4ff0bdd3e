"""AMM pools on simulator state, through each API's own endpoints (driven from the spec): liquidity added
leaves the wallet and shows in the account's holdings and the pool; removing it brings it back; trades of the
pool's market earn the providers income, settled into records at the boundary and counted in the pool's figures."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import demo_client, stub_of

from exchange_bindings.runtime.sim import Exchange
from generator import ir

AMM = [api for api in APIS.values() if Driver(api).maps("add_liquidity")]


def _total(stub: Any, account: str, asset: str) -> Decimal:
    ex: Exchange = stub.exchange
    return ex.account(account).balance(asset, ex.amm.wallet).total


def _opened(api: ir.ApiIR) -> tuple[Any, Any, list[int]]:
    """A stub on a clock the test moves, with empty books, and its first pool."""
    stub = stub_of(api, seed=2)
    stub.reset(2, book_levels=0, trades=0)
    ex: Exchange = stub.exchange
    now = [ex.clock()]
    ex.clock = lambda: now[0]
    return stub, next(iter(ex.amm.pools.values())), now


@pytest.mark.parametrize("api", AMM, ids=lambda a: a.id)
def test_liquidity_added_leaves_the_wallet_shows_in_holdings_and_pool_and_comes_back(api: ir.ApiIR) -> None:
    stub, pool, _ = _opened(api)
    drv, client = Driver(api), demo_client(api, stub)
    account, symbol, base, quote = (
        api.stub["accounts"][0]["id"],
        pool.market.symbol,
        pool.market.base,
        pool.market.quote,
    )
    before = {a: _total(stub, account, a) for a in (base, quote)}
    assert drv.call(client, "liquidity")[0] == []
    (pooled,), _ = drv.call(client, "liquidity_pools", symbol=symbol)
    pool_base = Decimal(pooled["pool.base"])

    # twice the quote the base needs at the pool's ratio: the base decides, the rest of the quote stays
    amount = Decimal(1000)
    need = amount * pool.quote / pool.base
    (added,), _ = drv.call(client, "add_liquidity", symbol=symbol, base_amount=str(amount), quote_amount=str(need * 2))
    assert added["ok"], added
    assert Decimal(added["base_amount"]) == before[base] - _total(stub, account, base)
    assert abs(Decimal(added["base_amount"]) - amount) < Decimal("0.0001")
    assert abs(before[quote] - _total(stub, account, quote) - need) < Decimal("0.0001")
    (held,), _ = drv.call(client, "liquidity")
    assert (held["market.symbol"], held["base_amount"], held["quote_amount"]) == (
        symbol,
        added["base_amount"],
        added["quote_amount"],
    )
    assert Decimal(held["proportion"]) > 0
    (pooled,), _ = drv.call(client, "liquidity_pools", symbol=symbol)
    assert Decimal(pooled["pool.base"]) == pool_base + Decimal(added["base_amount"])
    other = demo_client(api, stub, account=1)
    assert drv.call(other, "liquidity")[0] == []  # the holding is the account's own

    (removed,), _ = drv.call(client, "remove_liquidity", symbol=symbol)
    assert removed["ok"] and Decimal(removed["base_amount"]) == 0
    assert drv.call(client, "liquidity")[0] == []
    for asset in (base, quote):
        assert before[asset] - _total(stub, account, asset) <= Decimal("0.00000002")  # rounded down, to the pool


@pytest.mark.parametrize("api", AMM, ids=lambda a: a.id)
def test_trades_of_the_market_earn_providers_income_settled_at_the_boundary(api: ir.ApiIR) -> None:
    stub, pool, now = _opened(api)
    ex: Exchange = stub.exchange
    drv, client = Driver(api), demo_client(api, stub)
    provider, buyer = (a["id"] for a in api.stub["accounts"][:2])
    symbol = pool.market.symbol
    amount = Decimal(10_000)
    drv.call(
        client,
        "add_liquidity",
        symbol=symbol,
        base_amount=str(amount),
        quote_amount=str(amount * pool.quote / pool.base * 2),
    )
    (pooled,), _ = drv.call(client, "liquidity_pools", symbol=symbol)
    assert Decimal(pooled["income"]) == 0 and Decimal(pooled["volume"]) == 0

    price, size = pool.market.price, pool.market.min_quantity * 100
    stub.place_order(provider, symbol=symbol, side="sell", type="limit", quantity=str(size), price=str(price))
    stub.place_order(buyer, symbol=symbol, side="buy", type="limit", quantity=str(size), price=str(price))
    (pooled,), _ = drv.call(client, "liquidity_pools", symbol=symbol)
    assert Decimal(pooled["volume"]) == price * size
    earned = Decimal(pooled["income"])
    assert earned == (price * size * pool.terms.fee_share).quantize(Decimal("1e-8"))
    assert earned > 0
    assert drv.call(client, "amm_income", symbol=symbol)[0] == []  # not settled before the boundary

    every = ex.amm.config.settle_every_ms
    now[0] = now[0] - now[0] % every + every
    (income,), _ = drv.call(client, "amm_income", symbol=symbol)
    (held,), _ = drv.call(client, "liquidity")
    share = Decimal(held["proportion"])
    assert 0 < Decimal(income["income"]) <= earned
    assert abs(Decimal(income["income"]) - earned * share) <= earned * Decimal("0.00001") + Decimal("1e-8")
    assert int(income["time_ms"]) == now[0]
    assert drv.call(demo_client(api, stub, account=1), "amm_income", symbol=symbol)[0] == []
