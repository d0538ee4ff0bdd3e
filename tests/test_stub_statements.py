"""An account's statement on simulator state: what deposits, trades and their fees change in a wallet is
listed, newest first, with the balance after each change; a type filter lists that type only. Driven from
the spec: every API mapping an endpoint to the `statement` action."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import demo_client, stub_of, trading_market

from exchange_bindings.runtime.stub.builders import NewDeposit
from exchange_bindings.runtime.stub.handle import StubHandle
from generator import ir

STATEMENTS = [api for api in APIS.values() if Driver(api).maps("statement")]


def _total(stub: Any, account: str, asset: str, wallet: str) -> Decimal:
    return stub.exchange.account(account).balance(asset, wallet).total


def _statement(api: ir.ApiIR, client: Any, **filters: Any) -> list[dict[str, Any]]:
    rows, _ = Driver(api).call(client, "statement", **filters)
    return rows


@pytest.mark.parametrize("api", STATEMENTS, ids=lambda a: a.id)
def test_deposits_trades_and_fees_are_in_the_statement_with_the_balance_after(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=3)
    drv, client = Driver(api), demo_client(api, stub)
    account, market = api.stub["accounts"][0]["id"], trading_market(api)
    wallet = api.stub["endpoints"][drv.endpoint("statement").name]["args"]["wallet"]
    assert _statement(api, client) == []
    start = _total(stub, account, market["quote"], wallet)

    StubHandle(api.id, stub).deposit(NewDeposit(account=account, asset=market["quote"], amount=Decimal("12.5")))
    (deposited,) = _statement(api, client)
    assert Decimal(deposited["amount"]) == Decimal("12.5")
    assert Decimal(deposited["balance"]) == start + Decimal("12.5")

    price = Decimal(market["price"]) * Decimal("1.1")  # crosses the book: fills at once
    (placed,), _ = drv.call(
        client, "place_order", symbol=market["symbol"], side="buy", type="limit",
        quantity=market["min_quantity"], price=str(price.quantize(Decimal(market["tick_size"]))),
    )  # fmt: skip
    assert placed["ok"], placed
    rows = _statement(api, client)
    quote = [r for r in rows if r["asset"] == market["quote"]]
    now = _total(stub, account, market["quote"], wallet)
    assert Decimal(quote[0]["balance"]) == now  # newest first
    assert sum(Decimal(r["amount"]) for r in quote) == now - start
    base = [r for r in rows if r["asset"] == market["base"]]
    assert base and sum(Decimal(r["amount"]) for r in base) == Decimal(market["min_quantity"])
    assert len(quote) >= 3  # the deposit, what the trade paid, its fee


@pytest.mark.parametrize("api", STATEMENTS, ids=lambda a: a.id)
def test_a_type_filter_lists_that_type_only(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=3)
    client = demo_client(api, stub)
    account, market = api.stub["accounts"][0]["id"], trading_market(api)
    StubHandle(api.id, stub).deposit(NewDeposit(account=account, asset=market["quote"], amount=Decimal(2)))
    for name, mapping in api.stub["endpoints"].items():
        if mapping.get("action") != "statement":
            continue
        template = mapping["args"]["type"]  # "{params.<wire>|to:<table>}": API type -> simulator kinds
        wire, table = template.strip("{}").removeprefix("params.").split("|to:")
        kinds = api.stub["values"][table]
        deposit = next(t for t, covered in kinds.items() if "deposit" in covered)
        others = next(t for t, covered in kinds.items() if "deposit" not in covered)
        body = getattr(client, name)(**{wire: deposit})
        assert [Decimal(r.change) for r in body] == [Decimal(2)]
        assert list(getattr(client, name)(**{wire: others})) == []
