"""Borrowing against collateral on simulator state, through each API's own endpoints (driven from the
spec): a borrow locks collateral and pays out its value, shows in the summary and the history; a
repayment regains collateral for its share of the debt and shows in its history."""

from __future__ import annotations

import warnings
from decimal import Decimal

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import available, demo_client, markets_of, stub_of

from generator import ir

BORROWING = [
    api for api in APIS.values() if any(m.get("action") == "borrow_against" for m in api.stub["endpoints"].values())
]


@pytest.mark.parametrize("api", BORROWING, ids=lambda a: a.id)
def test_borrow_and_repay_against_collateral(api: ir.ApiIR) -> None:
    warnings.simplefilter("ignore", DeprecationWarning)  # the exchange deprecated these endpoints
    stub = stub_of(api, seed=8)
    drv, client = Driver(api), demo_client(api, stub)
    borrowing = stub.exchange.borrowing
    asset = borrowing.config.assets[0]
    collateral_asset = next(
        a for a in api.stub["accounts"][0]["balances"] if a != asset and stub.exchange.price_in(a, asset)
    )
    price = stub.exchange.price_in(collateral_asset, asset)
    cash, held = available(drv, client, asset), available(drv, client, collateral_asset)

    (made,), _ = drv.call(client, "borrow_against", asset=asset, collateral_asset=collateral_asset, collateral="2")
    assert made["ok"], made
    lent = (2 * price * borrowing.config.loan_to_value).quantize(Decimal("1e-8"))
    assert Decimal(made["amount"]) == lent
    assert available(drv, client, asset) == cash + lent
    assert available(drv, client, collateral_asset) == held - 2
    (summary,), _ = drv.call(client, "borrowing_summary")
    assert (Decimal(summary["owed"]), Decimal(summary["collateral"])) == (lent, 2)
    listed, _ = drv.call(client, "borrowings", collateral_asset=collateral_asset)
    assert [Decimal(b["amount"]) for b in listed] == [lent]

    (repaid,), _ = drv.call(client, "repay_against", asset=asset, collateral_asset=collateral_asset, collateral="0.5")
    assert repaid["ok"] and Decimal(repaid["amount"]) == lent / 4
    assert available(drv, client, collateral_asset) == held - Decimal("1.5")
    (summary,), _ = drv.call(client, "borrowing_summary")
    assert (Decimal(summary["owed"]), Decimal(summary["collateral"])) == (lent * 3 / 4, Decimal("1.5"))
    history, _ = drv.call(client, "repayments", collateral_asset=collateral_asset)
    assert [Decimal(r["regained"]) for r in history] == [Decimal("0.5")]

    (too_much,), _ = drv.call(client, "repay_against", asset=asset, collateral_asset=collateral_asset, collateral="2")
    assert too_much == {"ok": False, "code": str(api.stub["rejections"]["invalid_quantity"])}
    (rest,), _ = drv.call(client, "repay_against", asset=asset, collateral_asset=collateral_asset, collateral="1.5")
    assert rest["ok"]
    summary_rows, _ = drv.call(client, "borrowing_summary")
    assert summary_rows == [] and available(drv, client, collateral_asset) == held


CLOSING = [api for api in BORROWING if Driver(api).maps("close_borrow")]


def test_some_api_closes_borrows() -> None:
    """The test below runs: the spec maps closing a borrow for some API."""
    assert CLOSING


@pytest.mark.parametrize("api", CLOSING, ids=lambda a: a.id)
def test_closing_a_borrow_sells_collateral_and_repays_once_filled(api: ir.ApiIR) -> None:
    warnings.simplefilter("ignore", DeprecationWarning)  # the exchange deprecated these endpoints
    stub = stub_of(api, seed=9)
    drv, client = Driver(api), demo_client(api, stub)
    asset = stub.exchange.borrowing.config.assets[0]
    market = next(m for m in markets_of(api) if m.get("kind", "spot") == "spot" and m["quote"] == asset)
    collateral_asset, price = market["base"], Decimal(market["price"])
    (made,), _ = drv.call(client, "borrow_against", asset=asset, collateral_asset=collateral_asset, collateral="2")
    lent = Decimal(made["amount"])
    held = available(drv, client, collateral_asset)

    # too dear to fill: killed, and the borrow stands
    (killed,), _ = drv.call(client, "close_borrow", symbol=market["symbol"], price=str(price * 2), quantity="1")
    assert killed["ok"] and killed["outcome"] == "cancelled:fok", killed
    (summary,), _ = drv.call(client, "borrowing_summary")
    assert (Decimal(summary["owed"]), Decimal(summary["collateral"])) == (lent, 2)

    cash = available(drv, client, asset)
    (sold,), _ = drv.call(client, "close_borrow", symbol=market["symbol"], quantity="0.1")
    assert sold["ok"] and sold["outcome"] == "filled", sold
    (summary,), _ = drv.call(client, "borrowing_summary")
    repaid = (lent * Decimal("0.05")).quantize(Decimal("1e-8"))  # 0.1 of the 2 locked
    assert (Decimal(summary["owed"]), Decimal(summary["collateral"])) == (lent - repaid, Decimal("1.9"))
    history, _ = drv.call(client, "repayments", collateral_asset=collateral_asset)
    assert [(Decimal(r["amount"]), Decimal(r["regained"])) for r in history] == [(repaid, Decimal("0.1"))]
    brought = stub.exchange.find(api.stub["accounts"][0]["id"], int(sold["id"])).cost  # what the sale brought
    assert available(drv, client, collateral_asset) == held  # 0.1 sold, 0.1 regained
    assert available(drv, client, asset) == cash + brought - repaid
