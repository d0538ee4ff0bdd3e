"""Exchange rules the trading actions used to hard-code come from the spec's arguments (review item): the
period an account's value changes over (a day from 00:00 UTC, where the docs say so), whether a trade with
oneself counts in the trade volume, how many depth levels and which candle interval."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import yaml
from conftest import APIS, ROOT
from stub_support import trading_market

from exchange_bindings.runtime.pytest_plugin import _create
from exchange_bindings.runtime.sim import SimulatorError
from exchange_bindings.runtime.stub.actions import ACTIONS, run
from exchange_bindings.runtime.stub.builders import NewAccount, NewOrder
from exchange_bindings.runtime.stub.handle import StubHandle
from generator import ir

HOUR = 3_600_000


def _trading(api: ir.ApiIR) -> tuple[StubHandle[Any, Any], dict[str, Any], list[int]]:
    """A stub with two funded accounts and a clock the test moves."""
    handle = StubHandle(api.id, _create(api.id, 1))
    handle.reset(book_levels=0, trades=0)
    now = [20_000 * 24 * HOUR]
    handle.venue().clock = lambda: now[0]
    market = trading_market(api)
    funds = {market["base"]: Decimal(100), market["quote"]: Decimal(10**7)}
    for name in ("maker", "taker"):
        handle.add_account(NewAccount(id=name, balances=funds, permissions=["read", "trade"]))
    return handle, market, now


def _trade(handle: StubHandle[Any, Any], market: dict[str, Any], seller: str, buyer: str) -> Decimal:
    quantity = Decimal(str(market.get("min_quantity", market["lot_size"])))
    price = Decimal(str(market["price"]))
    for account, side in ((seller, "sell"), (buyer, "buy")):
        handle.place_order(
            NewOrder(account=account, symbol=market["symbol"], side=side, quantity=quantity, price=price)
        )
    return quantity


def _mappings(data: Any, action: str) -> list[dict[str, Any]]:
    """Every stub mapping (of an endpoint, a stream command or a push) in `data` that runs `action`."""
    if isinstance(data, dict):
        found = [data] if data.get("action") == action and "args" in data else []
        return found + [m for v in data.values() for m in _mappings(v, action)]
    if isinstance(data, list | tuple):
        return [m for v in data for m in _mappings(v, action)]
    return []


def _spec(api: ir.ApiIR) -> list[Any]:
    """The API's spec files, as written."""
    return [yaml.safe_load(path.read_text()) for path in sorted((ROOT / "spec" / api.id).glob("*.yaml"))]


def _args(api: ir.ApiIR, action: str) -> dict[str, Any]:
    """The spec's constant arguments of the first mapping that runs `action`."""
    mapping = _mappings(_spec(api), action)[0]
    return {k: v for k, v in mapping["args"].items() if not str(v).startswith("{")}


def _change(handle: StubHandle[Any, Any], market: dict[str, Any], args: dict[str, Any]) -> Decimal:
    rows = run(ACTIONS["account_value"], handle.venue(), "taker", dict(args))
    return next(r["change_in_total_value"] for r in rows if r["asset"] == market["base"])


@pytest.mark.parametrize("api", [a for a in APIS.values() if _mappings(_spec(a), "account_value")], ids=lambda a: a.id)
def test_an_account_values_change_is_over_the_period_the_spec_gives(api: ir.ApiIR) -> None:
    spec_args = _args(api, "account_value")
    period, offset = spec_args["period_ms"], spec_args.get("period_offset_ms", 0)  # e.g. a day from 00:00 UTC
    began = 20_000 * period + offset  # a period's start
    handle, market, now = _trading(api)
    now[0] = began - HOUR  # in the period before
    bought = _trade(handle, market, "maker", "taker")
    now[0] = began + HOUR
    assert _change(handle, market, spec_args) == 0  # this period's change: the trade was in the last one
    assert _change(handle, market, {**spec_args, "period_offset_ms": offset - 2 * HOUR}) == bought  # 2 h earlier
    assert _change(handle, market, {k: v for k, v in spec_args.items() if k != "period_ms"}) == bought


@pytest.mark.parametrize("api", [a for a in APIS.values() if _mappings(_spec(a), "trade_volume")], ids=lambda a: a.id)
def test_a_trade_with_oneself_counts_in_the_volume_as_the_spec_says(api: ir.ApiIR) -> None:
    spec_args = _args(api, "trade_volume")
    assert spec_args["self_trades"] is False  # the docs: no trades with oneself
    handle, market, _ = _trading(api)
    quantity = _trade(handle, market, "taker", "taker")
    asked = {**spec_args, "asset": market["base"]}
    assert run(ACTIONS["trade_volume"], handle.venue(), "taker", asked)["volume"] == 0
    counted = run(ACTIONS["trade_volume"], handle.venue(), "taker", {**asked, "self_trades": True})
    assert counted["volume"] == 2 * quantity  # both sides of it


@pytest.mark.parametrize("action, needed", [("depth", "levels"), ("candles", "interval_s")])
def test_market_data_takes_its_numbers_from_the_spec(action: str, needed: str) -> None:
    api = next(a for a in APIS.values() if _mappings(_spec(a), action))
    handle, market, _ = _trading(api)
    with pytest.raises(SimulatorError) as caught:
        run(ACTIONS[action], handle.venue(), None, {"symbol": market["symbol"]})
    assert caught.value.reason == "missing_parameter" and needed in caught.value.message
    mappings = [m for a in APIS.values() for m in _mappings(_spec(a), action)]
    assert mappings and all(needed in m["args"] for m in mappings)
