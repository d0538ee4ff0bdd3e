"""The CoinFLEX v1 borrower API (FUTURES.md) against the stub over a socket, by hand: HTTP Basic, form
bodies, asset ids and scaled integers as FUTURES.md prints them. Offers, loans accruing by the documented
formula, partial and full repayment, conversions and their totals, collateral and margin ratios."""

from __future__ import annotations

import base64
import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import generated

from exchange_bindings.runtime.stub.serve import ServerThread

API = "coinflex_v1"
USDT, USDTJUN, XBTJUN = 65283, 51885, 51205
USER = {"user_id": "2", "cookie": "TwgaFk2yJ0yYkTcz1oqYrDFZSXA=", "passphrase": "opensesame-2"}  # the stub's
OTHER = {"user_id": "1", "cookie": "HGREqcILTz8blHa/jsUTVTNBJlg=", "passphrase": "opensesame"}  # AUTH.md's
YEAR_US = 365.2425 * 24 * 60 * 60 * 1000000  # FUTURES.md's accrual formula


def auth(user: dict[str, str]) -> dict[str, str]:
    token = base64.b64encode(f"{user['user_id']}/{user['cookie']}:{user['passphrase']}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


NOW = [1_600_000_000_000]  # the stub's clock (ms), moved by the tests


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Any, str]]:
    stub = generated(API, "stub").create_stub(seed=3, clock=lambda: NOW[0])
    server = ServerThread(stub)
    yield stub, server.start()
    server.stop()


@pytest.fixture
def client(served: tuple[Any, str]) -> Iterator[httpx.Client]:
    stub, base = served
    stub.reset(seed=3, book_levels=0, trades=0)
    with httpx.Client(base_url=base, headers=auth(USER)) as http:
        yield http


def balance(client: httpx.Client, asset: int) -> int:
    row = client.get(f"/balances/{asset}").json()
    return int(row["available"]) + int(row["reserved"])


def test_conversions_move_balances_and_add_up(served: tuple[Any, str], client: httpx.Client) -> None:
    stub, _ = served
    pairs = client.get("/borrower/conversion/").json()
    assert {"asset_from": USDT, "asset_to": USDTJUN} in pairs
    before = balance(client, USDT), balance(client, USDTJUN)
    made = client.post("/borrower/conversion/", data={"asset_from": USDT, "asset_to": USDTJUN, "amount": 10000000})
    assert (made.status_code, made.json()) == (201, {"asset_from": USDT, "asset_to": USDTJUN, "amount": 10000000})
    stub.limiters.clear()  # LIMITS.md: one conversion per 5 s
    assert client.post("/borrower/conversion/", data={"asset_from": USDT, "asset_to": USDTJUN, "amount": 5}).is_success
    assert (balance(client, USDT), balance(client, USDTJUN)) == (before[0] - 10000005, before[1] + 10000005)
    totals = {(t["asset_from"], t["asset_to"]): t["total"] for t in client.get("/borrower/converted_totals/").json()}
    assert totals == {(USDT, USDTJUN): 10000005, (USDTJUN, USDT): 0}
    stub.limiters.clear()
    poor = client.post("/borrower/conversion/", data={"asset_from": USDT, "asset_to": USDTJUN, "amount": 10**15})
    assert poor.status_code == 400 and poor.headers["Content-Type"].startswith("text/plain") and poor.text
    stub.limiters.clear()
    unknown = client.post("/borrower/conversion/", data={"asset_from": 1, "asset_to": USDTJUN, "amount": 1})
    assert unknown.status_code == 404


def test_a_loan_accrues_by_the_documented_formula_and_is_repaid_in_part_then_in_full(client: httpx.Client) -> None:
    (offer,) = [o for o in client.get("/borrower/offers/").json() if o["asset_id"] == USDT]
    assert client.get(f"/borrower/offers/{offer['id']}").json() == offer
    before = balance(client, USDT)
    taken = client.post("/borrower/loans/", data={"offer_id": offer["id"], "amount": 100000000})  # 10000 USDT
    assert taken.status_code == 201, taken.text
    loan = taken.json()
    assert taken.headers["Location"] == str(loan["id"])
    assert (loan["offer_id"], loan["asset_id"], loan["principal"], loan["apr"]) == (
        offer["id"],
        USDT,
        100000000,
        offer["apr"],
    )
    assert balance(client, USDT) == before + 100000000
    assert client.get("/borrower/offers/").json()[1]["amount"] == offer["amount"] - 100000000
    assert client.get("/borrower/loans/").json() == [loan]

    NOW[0] += 30 * 86_400_000  # 30 days on: the loan has accrued
    growth = math.exp(offer["apr"] / 1e4 * (30 * 86_400_000_000) / YEAR_US)
    accrued = math.ceil(100000000 * growth)
    (ratio,) = client.get("/borrower/margin_ratios/").json()
    assert ratio["loan"] == accrued > 100000000
    collateral = client.get(f"/borrower/collateral/{USDT}").json()
    assert collateral["total"] == balance(client, USDT) - accrued
    assert collateral["available"] == ratio["collateral"] < collateral["total"]  # maintenance margin held

    paid = client.post(f"/borrower/loans/{loan['id']}", data={"amount": 50000000})
    assert (paid.status_code, paid.content) == (204, b"")
    left = client.get(f"/borrower/loans/{loan['id']}").json()
    # the principal shrinks by the payment divided by the growth so far (a float), and the loan keeps its start
    assert left["initiated"] == loan["initiated"]
    assert abs(left["principal"] - (100000000 - 50000000 / growth)) < 1e-3
    assert client.get("/borrower/margin_ratios/").json()[0]["loan"] == accrued - 50000000
    too_much = client.post(f"/borrower/loans/{loan['id']}", data={"amount": accrued})
    assert too_much.status_code == 403 and too_much.text
    hidden = client.get(f"/borrower/loans/{loan['id']}", headers=auth(OTHER))
    assert (hidden.status_code, hidden.content) == (403, b"")

    before = balance(client, USDT)
    full = client.delete(f"/borrower/loans/{loan['id']}")
    assert full.status_code == 204
    assert balance(client, USDT) == before - (accrued - 50000000)
    assert client.get("/borrower/loans/").json() == [] and client.get("/borrower/margin_ratios/").json() == []
    assert client.delete(f"/borrower/loans/{loan['id']}").status_code == 404


def test_a_loan_needs_initial_margin_and_stays_within_the_offer(client: httpx.Client) -> None:
    (offer,) = [o for o in client.get("/borrower/offers/").json() if o["asset_id"] == XBTJUN]
    for amount in (offer["min_amount"] - 1, offer["max_amount"] + 1):
        refused = client.post("/borrower/loans/", data={"offer_id": offer["id"], "amount": amount})
        assert refused.status_code == 403 and refused.headers["Content-Type"].startswith("text/plain")
    assert client.post("/borrower/loans/", data={"offer_id": 999, "amount": 10000}).status_code == 404
    # account 3 holds no XBTJUN: no collateral for the 20% initial margin
    poor = {"user_id": "3", "cookie": "gEs6QSwBx+eTPq/e0x2VnsB4IHw=", "passphrase": "opensesame-3"}
    refused = client.post("/borrower/loans/", data={"offer_id": offer["id"], "amount": 10000}, headers=auth(poor))
    assert refused.status_code == 403
    assert client.post("/borrower/loans/", data={"offer_id": offer["id"], "amount": 10000}).status_code == 201
