"""Margin loans on simulator state, through each API's own endpoints (driven from the spec): a loan
arrives in the margin balance and the history, interest accrues by the hour, repayments pay interest
first and close the loan when it is paid off."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import demo_client, stub_of

from benchmarks.limits import markets_of
from exchange_bindings.runtime.sim import Exchange, Market, SimulatorError
from exchange_bindings.runtime.sim.loans import HOUR_MS, LoansConfig, LoanTerms
from generator import ir

LOANS = [api for api in APIS.values() if any(m.get("action") == "borrow" for m in api.stub["endpoints"].values())]


def _market_and_terms(api: ir.ApiIR, stub: Any) -> tuple[str, LoanTerms]:
    """A spot market whose quote asset can be borrowed, and its terms."""
    loans = stub.exchange.loans
    for market in markets_of(api):
        if market.get("kind", "spot") == "spot" and market["quote"] in loans.terms_by_asset:
            return market["symbol"], loans.terms_by_asset[market["quote"]]
    raise AssertionError("no market to borrow in")


def _state(api: ir.ApiIR, drv: Driver, client: Any, symbol: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    (loan_row,), _ = drv.call(client, "loans", symbol=symbol)
    balances, _ = drv.call(client, "margin_balances", symbol=symbol)
    return loan_row, balances


@pytest.mark.parametrize("api", LOANS, ids=lambda a: a.id)
def test_a_loan_accrues_interest_and_is_repaid_interest_first(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=6)
    drv, client = Driver(api), demo_client(api, stub)
    symbol, terms = _market_and_terms(api, stub)
    amount = terms.min_amount * 100
    owner = api.stub["accounts"][0]["id"]
    stub.exchange.ledger.credit(owner, terms.asset, amount, stub.exchange.loans.wallet)  # to pay interest with
    before = [{"available_quote": amount}]

    (loan,), _ = drv.call(client, "borrow", symbol=symbol, asset=terms.asset, amount=amount)
    assert loan["ok"], loan
    listed, balances = _state(api, drv, client, symbol)
    hour = (amount * terms.daily_rate / 24).quantize(Decimal("1e-8"))
    assert listed["id"] == loan["id"] and Decimal(listed["owed"]) == amount + hour  # the first hour is charged
    (after,) = balances
    side = "quote"  # the market's quote asset was borrowed
    assert Decimal(after[f"available_{side}"]) == Decimal(before[0][f"available_{side}"]) + amount
    assert Decimal(after[f"owed_{side}"]) == amount and Decimal(after[f"interest_{side}"]) == hour

    (record,) = stub.exchange.loans.loans[owner]
    record.time_ms -= 2 * HOUR_MS + 1  # three hours started
    listed, _ = _state(api, drv, client, symbol)
    assert Decimal(listed["owed"]) == amount + 3 * hour

    (part,), _ = drv.call(client, "repay", symbol=symbol, asset=terms.asset, amount=hour * 3 + 1, loan_id=loan["id"])
    assert part["ok"]
    listed, balances = _state(api, drv, client, symbol)
    assert Decimal(balances[0][f"owed_{side}"]) == amount - 1 and Decimal(balances[0][f"interest_{side}"]) == 0
    assert listed["status"] == "open"

    (rest,), _ = drv.call(client, "repay", symbol=symbol, asset=terms.asset, amount=amount * 2)
    assert rest["ok"]
    listed, balances = _state(api, drv, client, symbol)
    assert listed["status"] == "repaid" and Decimal(listed["owed"]) == 0
    assert Decimal(balances[0][f"available_{side}"]) == Decimal(before[0][f"available_{side}"]) - 3 * hour
    (none,), _ = drv.call(client, "repay", symbol=symbol, asset=terms.asset, amount=1)
    assert none == {"ok": False, "code": str(api.stub["rejections"]["invalid_parameter"])}


@pytest.mark.parametrize("api", LOANS, ids=lambda a: a.id)
def test_loans_keep_to_the_terms(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=6)
    drv, client = Driver(api), demo_client(api, stub)
    symbol, terms = _market_and_terms(api, stub)
    (shown,), _ = drv.call(client, "loan_terms", symbol=symbol, asset=terms.asset)
    assert shown["ok"] and Decimal(shown["terms.daily_rate"]) == terms.daily_rate
    codes = api.stub["rejections"]
    if terms.min_amount > 0:
        (small,), _ = drv.call(client, "borrow", symbol=symbol, asset=terms.asset, amount=terms.min_amount / 2)
        assert small == {"ok": False, "code": str(codes["invalid_quantity"])}
    if terms.max_amount is not None:
        (large,), _ = drv.call(client, "borrow", symbol=symbol, asset=terms.asset, amount=terms.max_amount + 1)
        assert large == {"ok": False, "code": str(codes["invalid_quantity"])}


def test_simulator_loans_without_a_stub() -> None:
    """A repayment needs the funds in the loan wallet; another market's asset cannot be borrowed."""
    config = LoansConfig(terms=(LoanTerms("B", Decimal("0.24")),))
    ex = Exchange([Market("AB", "A", "B")], clock=lambda: 0, loans=config)
    ex.add_account("u", {})
    loan = ex.loans.borrow("u", "AB", "B", Decimal(100))
    assert ex.loans.owed(loan) == 101  # 0.24 a day: 1 for the first hour
    with pytest.raises(SimulatorError) as caught:
        ex.loans.repay("u", "AB", "B", Decimal(102))  # owes 101, holds 100
    assert caught.value.reason == "insufficient_funds"
    with pytest.raises(SimulatorError) as caught:
        ex.loans.borrow("u", "AB", "A", Decimal(1))
    assert caught.value.reason == "invalid_parameter"
