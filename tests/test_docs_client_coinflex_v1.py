"""A CoinFLEX v1 REST client we did not write: HTTP Basic built by hand, form-encoded bodies, asset ids
and scaled integers as REST.md, SCALE.md and IMPL-GUIDE.md print them, against the stub over a socket.
Nothing here comes from the spec: the facts are the docs' own (their worked examples are the vectors)."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from conftest import generated

from exchange_bindings import errors
from exchange_bindings.runtime.stub.serve import ServerThread

API = "coinflex_v1"
XBT, BCH, ETH, USDC, USDT, FLEX, DOTF, USDTDOT = 63488, 63496, 63520, 65282, 65283, 65285, 65287, 65288
# NOTES A2.2: the AUTH.md user (id 1, its cookie, passphrase "opensesame") as an Authorization header
USER = {"user_id": "1", "cookie": "HGREqcILTz8blHa/jsUTVTNBJlg=", "passphrase": "opensesame"}
BASIC = "Basic MS9IR1JFcWNJTFR6OGJsSGEvanNVVFZUTkJKbGc9Om9wZW5zZXNhbWU="
SECOND = {"user_id": "2", "cookie": "TwgaFk2yJ0yYkTcz1oqYrDFZSXA=", "passphrase": "opensesame-2"}  # the stub's
FORM = "application/x-www-form-urlencoded"


def basic(user: dict[str, str]) -> str:
    """RFC 7617 as REST.md describes it: user-id '<user_id>/<cookie>', the passphrase as password."""
    return "Basic " + base64.b64encode(f"{user['user_id']}/{user['cookie']}:{user['passphrase']}".encode()).decode()


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Any, str]]:
    stub = generated(API, "stub").create_stub(seed=3)
    server = ServerThread(stub)
    yield stub, server.start()
    server.stop()


@pytest.fixture
def http(served: tuple[Any, str]) -> Iterator[tuple[Any, httpx.Client]]:
    stub, base = served
    stub.reset(seed=3, book_levels=0, trades=0)  # empty books: every order below rests or meets ours only
    with httpx.Client(base_url=base) as client:
        yield stub, client


def place(http: httpx.Client, user: dict[str, str], **fields: int) -> httpx.Response:
    return http.post("/orders/", data={k: str(v) for k, v in fields.items()}, headers={"Authorization": basic(user)})


def balances(http: httpx.Client, user: dict[str, str]) -> dict[int, dict[str, int]]:
    answer = http.get("/balances/", headers={"Authorization": basic(user)})
    assert answer.status_code == 200, answer.text
    return {row["id"]: row for row in answer.json()}


def test_the_documented_basic_credentials(http: tuple[Any, httpx.Client]) -> None:
    """NOTES A2.2's computed header is what RFC 7617 gives for the AUTH.md user, and the stub takes it;
    a wrong passphrase is refused with 401 and no body."""
    _, client = http
    assert basic(USER) == BASIC
    assert client.get("/balances/", headers={"Authorization": BASIC}).status_code == 200
    wrong = client.get("/balances/", headers={"Authorization": basic({**USER, "passphrase": "opensesam"})})
    assert (wrong.status_code, wrong.content) == (401, b"")


def private_key_basic(user: dict[str, str]) -> str:
    """REST.md: the password may instead be the base64 of the private key, which AUTH.md derives as
    SHA-224(user id as 8 big-endian bytes || passphrase) (NOTES A2.1, A2.2)."""
    key = hashlib.sha224(int(user["user_id"]).to_bytes(8, "big") + user["passphrase"].encode()).digest()
    return basic({**user, "passphrase": base64.b64encode(key).decode()})


# NOTES A2.2: the AUTH.md user with the base64 private key (uJ6n/NIsw...gw==) as password
BASIC_KEY = "Basic MS9IR1JFcWNJTFR6OGJsSGEvanNVVFZUTkJKbGc9OnVKNm4vTklzd0ZuQ1p6M0NUL1FMbDRNSFJrYUdWZzBLMTFZYmd3PT0="


def test_the_private_key_as_basic_password(http: tuple[Any, httpx.Client]) -> None:
    """NOTES A2.2's second header: REST takes the private key as password; the futures/borrower API, whose
    password "is simply the user's login passphrase" (FUTURES.md), refuses it (our choice, A13 #6)."""
    _, client = http
    assert private_key_basic(USER) == BASIC_KEY
    assert client.get("/balances/", headers={"Authorization": BASIC_KEY}).status_code == 200
    refused = client.get("/borrower/collateral/", headers={"Authorization": BASIC_KEY})
    assert (refused.status_code, refused.content) == (401, b"")
    assert client.get("/borrower/collateral/", headers={"Authorization": BASIC}).status_code == 200


def test_our_client_sends_the_private_key_when_given_it_instead_of_the_passphrase() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    key = BASIC_KEY.removeprefix("Basic ")
    user = {"user_id": "1", "cookie": USER["cookie"], "private_key": base64.b64decode(key).decode().split(":")[1]}
    with generated(API).Client(**user, http_client=httpx.Client(transport=httpx.MockTransport(handle))) as client:
        client.get_balances()
    assert seen[0].headers["Authorization"] == BASIC_KEY


def test_our_client_sends_the_documented_header() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    with generated(API).Client(**USER, http_client=httpx.Client(transport=httpx.MockTransport(handle))) as client:
        client.get_balances()
    assert seen[0].headers["Authorization"] == BASIC


# SCALE.md, "Tick Size": each order as sent, and the price it opened at (bids down, asks up). The BCH row
# prints Qty:10001 for a sell (NOTES A13 #4): a sell is negative, and 2690000 is the ask rounding.
TICK_ROWS = [
    (XBT, USDT, -1, 40000001, 40010000),
    (ETH, USDT, 10, 1601900, 1601000),
    (FLEX, USDT, 15000, 102060, 102050),
    (DOTF, USDTDOT, 32000, 10033000, 10020000),
    (BCH, USDT, -10001, 2687600, 2690000),
    (XBT, USDT, 11234, 39999999, 39990000),
    (USDC, USDT, -10001, 10001, 10010),
    (USDC, USDT, 10019, 11299, 11290),
]


@pytest.mark.parametrize("row", TICK_ROWS, ids=lambda r: f"{r[0]}:{r[1]}@{r[3]}")
def test_the_tick_table_comes_out_exactly(http: tuple[Any, httpx.Client], row: tuple[int, ...]) -> None:
    _, client = http
    base, counter, quantity, price, opened = row
    answer = place(client, USER, base=base, counter=counter, quantity=quantity, price=price)
    assert answer.status_code == 201, answer.text
    order = answer.json()
    assert (order["price"], order["quantity"]) == (opened, quantity)
    assert answer.headers["Location"] == str(order["id"])


def test_a_bid_reserves_the_documented_ceiling(http: tuple[Any, httpx.Client]) -> None:
    """IMPL-GUIDE: 12345 at 1234500 reserves ceil(12345 x 1234500 / 10000) = 1523991 of the counter asset
    (on USDC:USDT, whose tick of 10 leaves that price as it is)."""
    _, client = http
    before = balances(client, USER)[USDT]
    assert place(client, USER, base=USDC, counter=USDT, quantity=12345, price=1234500).status_code == 201
    after = balances(client, USER)[USDT]
    assert after["reserved"] - before["reserved"] == 1523991
    assert after["available"] + after["reserved"] == before["available"] + before["reserved"]  # nothing lost


def test_scaled_decimals_for_callers() -> None:
    """Callers pass Decimal('0.0001') XBT and the wire carries 1; a finer amount is refused before sending."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            201, json={"id": 7, "base": XBT, "counter": USDT, "quantity": 1, "price": 44430000, "time": 1}
        )

    with generated(API).Client(**USER, http_client=httpx.Client(transport=httpx.MockTransport(handle))) as client:
        placed = client.place_order(base=XBT, counter=USDT, quantity=Decimal("0.0001"), price=Decimal("4443"))
        with pytest.raises(errors.ParameterError):
            client.place_order(base=XBT, counter=USDT, quantity=Decimal("0.00001"), price=Decimal("4443"))
        with pytest.raises(errors.ParameterError):  # off XBT:USDT's tick of 1: never rounded silently
            client.place_order(base=XBT, counter=USDT, quantity=Decimal("0.0001"), price=Decimal("4443.5"))
    assert len(seen) == 1 and seen[0].headers["Content-Type"] == FORM
    assert httpx.QueryParams(seen[0].content.decode()) == httpx.QueryParams(
        {"base": str(XBT), "counter": str(USDT), "quantity": "1", "price": "44430000"}
    )
    assert (placed.quantity, placed.price) == (Decimal("0.0001"), Decimal("4443"))


def test_two_users_trade_and_balances_move_by_scaled_amounts(http: tuple[Any, httpx.Client]) -> None:
    """A sell of 1.5 XBT at 4443 (negative on the wire) rests, a buy of 1 XBT meets it: the trade, the
    fees (in the counter asset), the balances and the open order all say so; then the rest is cancelled."""
    _, client = http
    seller, buyer = balances(client, USER), balances(client, SECOND)
    sell = place(client, USER, base=XBT, counter=USDT, quantity=-15000, price=44430000)
    assert sell.status_code == 201, sell.text
    order_id = sell.json()["id"]
    (listed,) = client.get("/orders/", headers={"Authorization": BASIC}).json()
    assert (listed["id"], listed["quantity"], listed["price"]) == (order_id, -15000, 44430000)

    market = place(client, SECOND, base=XBT, counter=USDT, quantity=10000)  # a market buy of 1 XBT: 200
    assert (market.status_code, market.json()) == (200, {"remaining": 0})
    (trade,) = client.get("/trades/", headers={"Authorization": basic(SECOND)}).json()
    assert (trade["quantity"], trade["price"], trade["total"]) == (10000, 44430000, 44430000)
    fee = trade["counter_fee"]
    assert fee > 0 and trade["base_fee"] == 0
    (mine,) = client.get("/trades/", headers={"Authorization": BASIC}).json()
    assert (mine["quantity"], mine["total"], mine["order_id"]) == (-10000, -44430000, order_id)
    assert client.get(f"/trades/{mine['time']}", headers={"Authorization": BASIC}).json() == mine

    after_seller, after_buyer = balances(client, USER), balances(client, SECOND)
    assert after_buyer[XBT]["available"] - buyer[XBT]["available"] == 10000
    assert buyer[USDT]["available"] - after_buyer[USDT]["available"] == 44430000 + fee
    assert after_seller[XBT]["reserved"] - seller[XBT]["reserved"] == 5000  # the half XBT still offered
    (rest,) = client.get("/orders/", headers={"Authorization": BASIC}).json()
    assert rest["quantity"] == -5000

    cancelled = client.delete(f"/orders/{order_id}", headers={"Authorization": BASIC})
    assert cancelled.status_code == 200 and cancelled.json()["quantity"] == -5000
    gone = client.delete(f"/orders/{order_id}", headers={"Authorization": BASIC})
    assert (gone.status_code, gone.content) == (404, b"")  # "Content-Length: 0"
    assert balances(client, USER)[XBT]["reserved"] == seller[XBT]["reserved"]


def test_refusals_are_text_or_nothing(http: tuple[Any, httpx.Client]) -> None:
    _, client = http
    poor = place(client, {"user_id": "3", "cookie": "gEs6QSwBx+eTPq/e0x2VnsB4IHw=", "passphrase": "opensesame-3"},
                 base=XBT, counter=USDT, quantity=10000, price=44430000)  # fmt: skip
    assert (poor.status_code, poor.text) == (400, "You have insufficient funds.")
    assert poor.headers["Content-Type"].startswith("text/plain")
    unknown = client.get("/tickers/63488:1")
    assert (unknown.status_code, unknown.content) == (404, b"")


def test_our_client_types_the_text_errors(served: tuple[Any, str]) -> None:
    stub, base = served
    stub.reset(seed=3, book_levels=0, trades=0)
    poor = {"user_id": "3", "cookie": "gEs6QSwBx+eTPq/e0x2VnsB4IHw=", "passphrase": "opensesame-3"}
    with generated(API).Client(base_url=base, **poor) as client:
        with pytest.raises(errors.InsufficientFundsError):
            client.place_order(base=XBT, counter=USDT, quantity=Decimal(1), price=Decimal(4443))
        with pytest.raises(errors.NotFoundError):
            client.get_order(id=1)


def test_refreshed_ticks_take_effect() -> None:
    """GET /markets/ serves ticks in price units (XBT:USDT at 5000: 0.5); after refresh_scales() a
    price of 4443.5, refused on the documented tick of 1, goes out as 44435000."""
    markets = [{"base": XBT, "counter": USDT, "name": "XBT:USDT", "tenor": "SPOT", "tick": 5000}]
    assets = [{"id": XBT, "name": "XBT", "scale": 10000}, {"id": USDT, "name": "USDT", "scale": 10000}]
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(200, json=markets if request.url.path == "/markets/" else assets)
        sent.append(request)
        return httpx.Response(200, json={"remaining": 0})

    with generated(API).Client(**USER, http_client=httpx.Client(transport=httpx.MockTransport(handle))) as client:
        with pytest.raises(errors.ParameterError):
            client.place_order(base=XBT, counter=USDT, quantity=Decimal(1), price=Decimal("4443.5"))
        assert client.refresh_scales() == {"amount": 2, "price": 1}
        client.place_order(base=XBT, counter=USDT, quantity=Decimal(1), price=Decimal("4443.5"))
    assert httpx.QueryParams(sent[0].content.decode())["price"] == "44435000"


def test_one_balance_of_an_asset_held_not_held_and_unknown(http: tuple[Any, httpx.Client]) -> None:
    """REST.md GET /balances/<id>: the user's balances in that asset (zero where none is held); 'If the
    specified asset was not found', 404 with Content-Length: 0."""
    _, client = http
    auth = {"Authorization": basic(USER)}
    held = balances(client, USER)
    some = next(iter(held))
    assert client.get(f"/balances/{some}", headers=auth).json() == held[some]
    traded = {row[side] for row in client.get("/markets/").json() for side in ("base", "counter")}
    unheld = min(traded - set(held))
    assert client.get(f"/balances/{unheld}", headers=auth).json() == {"id": unheld, "available": 0, "reserved": 0}
    missing = client.get("/balances/1", headers=auth)  # no asset has code 1
    assert (missing.status_code, missing.content) == (404, b"")


def test_a_market_order_by_total_answers_remaining_in_the_counter_asset(http: tuple[Any, httpx.Client]) -> None:
    """REST.md: total alone is a market order for that amount of the counter asset; remaining is in counter
    units. Buying 20 USDT of XBT at 4443 takes 0.0045 XBT (19.9935 USDT): 65 of 200000 remain. Selling for
    10 USDT into one bid of 0.001 XBT at 4440 trades 4.44 USDT: 55600 of 100000 remain."""
    _, client = http
    assert place(client, USER, base=XBT, counter=USDT, quantity=-15000, price=44430000).status_code == 201
    before = balances(client, SECOND)
    bought = place(client, SECOND, base=XBT, counter=USDT, total=200000)
    assert (bought.status_code, bought.json()) == (200, {"remaining": 65})
    after = balances(client, SECOND)
    assert after[XBT]["available"] - before[XBT]["available"] == 45
    assert place(client, USER, base=XBT, counter=USDT, quantity=10, price=44400000).status_code == 201
    sold = place(client, SECOND, base=XBT, counter=USDT, total=-100000)
    assert (sold.status_code, sold.json()) == (200, {"remaining": 55600})


XBTJUN, USDTJUN = 51205, 51885  # SCALE.md's June futures assets


def test_positions_and_account_value_follow_the_trades(http: tuple[Any, httpx.Client]) -> None:
    """REST.md: GET /positions/ is the net traded position per asset (GET /positions/'s example: long 1.5
    XBTJUN bought at 4443 is 15000 XBTJUN and -66645000 USDTJUN); GET /account_value/ gives each spot asset
    with its futures assets beside it, and the change since the 00:00 UTC snapshot."""
    _, client = http
    auth = {"Authorization": basic(SECOND)}
    assert client.get("/positions/", headers=auth).json() == []
    assert place(client, USER, base=XBTJUN, counter=USDTJUN, quantity=-15000, price=44430000).status_code == 201
    assert place(client, SECOND, base=XBTJUN, counter=USDTJUN, quantity=15000).json() == {"remaining": 0}
    (trade,) = client.get("/trades/", headers=auth).json()
    positions = {row["asset"]: row for row in client.get("/positions/", headers=auth).json()}
    assert positions == {
        XBTJUN: {"asset": XBTJUN, "position": 15000, "through": trade["time"]},
        USDTJUN: {"asset": USDTJUN, "position": -66645000, "through": trade["time"]},
    }
    sold = {row["asset"]: row["position"] for row in client.get("/positions/", headers={"Authorization": BASIC}).json()}
    assert sold == {XBTJUN: -15000, USDTJUN: 66645000}

    values = {row["asset"]: row for row in client.get("/account_value/", headers=auth).json()}
    fee = trade["counter_fee"]
    assert values[USDT] == {
        "asset": USDT,
        "spot_value": 10_000_000_000,
        "change_in_spot_value": 0,
        "futures_value": 10_000_000_000 - 66645000 - fee,
        "change_in_futures_value": -66645000 - fee,
        "total_value": 20_000_000_000 - 66645000 - fee,
        "change_in_total_value": -66645000 - fee,
    }
    assert (values[XBT]["spot_value"], values[XBT]["futures_value"], values[XBT]["change_in_total_value"]) == (
        100000,
        115000,
        15000,
    )
    assert XBTJUN not in values and USDTJUN not in values  # futures assets are counted under their spot asset
