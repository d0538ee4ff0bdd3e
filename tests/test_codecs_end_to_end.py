"""The codecs end to end, with APIs that exist only for tests (tests/specs/codec_*): a form-encoded API
with scaled integers and microsecond times (codec_form), and a JSON-numbers API with ISO-8601 times
(codec_json). The generated client writes what the generated stub reads and back; raw requests show
the stub reads every documented form and refuses what the wire cannot carry.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from conftest import ENDPOINTS, generated
from fixture_apis import fixture_api, module
from stub_support import build_request, signed
from test_codecs import A9_AMOUNTS, B7_INPUTS, TICK_TABLE

from benchmarks.limits import wire_values
from exchange_bindings.runtime import errors

D = Decimal


class Wire:
    """A fixture API's client and stub, every request and answer kept, and raw signed requests."""

    def __init__(self, name: str) -> None:
        self.api = fixture_api(name)
        self.stub = module(name, "stub").create_stub(seed=1)
        self.stub.reset(book_levels=0, trades=0)  # nothing to trade against: orders rest as placed
        self.sent: list[httpx.Request] = []
        self.answers: list[httpx.Response] = []
        inner = self.stub.transport()

        def handler(request: httpx.Request) -> httpx.Response:
            self.sent.append(request)
            response = inner.handle_request(request)
            response.read()
            self.answers.append(response)
            return response

        self.client = self.api.Client(
            base_url="http://stub.invalid",
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
            **self.stub.credentials,
        )

    def raw(
        self,
        method: str,
        path: str,
        *,
        form: dict[str, Any] | None = None,
        body: bytes = b"",
        query: str = "",
        credentials: dict[str, str] | None = None,
    ) -> httpx.Response:
        """A request signed as the spec's HMAC scheme says (hex SHA-256 over method, path?query, body, ms)."""
        content = urlencode(form).encode() if form is not None else body
        target = path + (f"?{query}" if query else "")
        stamp = str(int(time.time() * 1000))
        credentials = credentials or self.stub.credentials
        secret = credentials["api_secret"].encode()
        signature = hmac.new(secret, (method + target + content.decode() + stamp).encode(), hashlib.sha256).hexdigest()
        headers = {"X-Key": credentials["api_key"], "X-Sign": signature, "X-Time": stamp}
        if form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        with httpx.Client(transport=self.stub.transport(), base_url="http://stub.invalid") as http:
            return http.request(method, target, content=content or None, headers=headers)


@pytest.fixture
def form() -> Iterator[Wire]:
    wire = Wire("codec_form")
    yield wire
    wire.client.close()


@pytest.fixture
def numbers() -> Iterator[Wire]:
    wire = Wire("codec_json")
    yield wire
    wire.client.close()


# -- codec_form: scaled integers in form bodies ------------------------------------------------------------
@pytest.mark.parametrize(("asset", "amount", "scaled"), [a for a in A9_AMOUNTS if a[0] != "USDT"])
def test_a9_amounts_go_out_as_the_documented_integers(form: Wire, asset: str, amount: str, scaled: int) -> None:
    counter = {"XBT": "USDT", "USDC": "USDT"}[asset]
    price = {"XBT": D(4_002), "USDC": D("1.001")}[asset]
    order = form.client.place_order(base=asset, counter=counter, side="sell", quantity=D(amount), price=price)
    sent = dict(pair.split("=") for pair in form.sent[-1].content.decode().split("&"))
    assert form.sent[-1].headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent["quantity"] == str(scaled), "the wire carries the documented integer"
    assert json.loads(form.answers[-1].content)["quantity"] == scaled, "the stub read the amount and wrote it back"
    assert order.quantity == D(amount)


@pytest.mark.parametrize(("asset", "amount", "scaled"), A9_AMOUNTS)
def test_a9_amounts_come_back_as_the_documented_integers(form: Wire, asset: str, amount: str, scaled: int) -> None:
    credentials = {"api_key": f"key-{asset}", "api_secret": "secret"}
    form.stub.add_account(f"holder-{asset}", {asset: amount}, credentials=credentials)
    client = form.api.Client(
        base_url="http://stub.invalid", http_client=httpx.Client(transport=form.stub.transport()), **credentials
    )
    answer = form.raw("GET", "/balances/", credentials=credentials)
    assert {b["asset"]: b["total"] for b in json.loads(answer.content)} == {asset: scaled}
    assert {b.asset: b.total for b in client.get_balances()} == {asset: D(amount)}


def test_a9_price_examples_go_out_as_the_documented_integers(form: Wire) -> None:
    order = form.client.place_order(base="XBT", counter="USDT", side="buy", quantity=D("0.0001"), price=D("4443"))
    assert "price=44430000" in form.sent[-1].content.decode() and order.price == D("4443")


@pytest.mark.parametrize("row", TICK_TABLE, ids=lambda r: f"{r[0]}-{r[1]}@{r[4]}")
def test_a9_tick_table_at_the_stub(form: Wire, row: tuple[str, str, str, int, int, int]) -> None:
    """Raw orders off the tick (a client that does not check) open at the documented price."""
    side, base, counter, quantity, placed, opened = row
    answer = form.raw(
        "POST",
        "/orders/",
        form={"base": base, "counter": counter, "side": side, "quantity": abs(quantity), "price": placed},
    )
    assert answer.status_code == 201, answer.text
    order = json.loads(answer.content)
    assert order["price"] == opened and order["quantity"] == abs(quantity)
    assert answer.headers["location"] == order["url"]


def test_our_client_refuses_a_price_off_the_tick_before_sending(form: Wire) -> None:
    with pytest.raises(errors.ParameterError, match="not on the tick of XBT:USDT"):
        form.client.place_order(base="XBT", counter="USDT", side="sell", quantity=D("0.0001"), price=D("4000.0001"))
    with pytest.raises(errors.ParameterError, match="whole multiples of 1/10000"):
        form.client.place_order(base="XBT", counter="USDT", side="sell", quantity=D("0.00001"), price=D(4_002))
    with pytest.raises(errors.ParameterError, match="never a float"):
        form.client.place_order(base="XBT", counter="USDT", side="sell", quantity=0.1 + 0.2, price=D(4_002))  # type: ignore[arg-type]
    assert form.sent == []


def test_a9_reservation_at_the_stub(form: Wire) -> None:
    """A bid of qty 12345 @ 1234500 reserves ceil(12345 x 1234500 / 10000) = 1523991 counter units."""
    form.raw(
        "POST", "/orders/", form={"base": "FLEX", "counter": "USDT", "side": "buy", "quantity": 12345, "price": 1234500}
    )
    balances = {b["asset"]: b for b in json.loads(form.raw("GET", "/balances/").content)}
    assert balances["USDT"]["reserved"] == 1523991
    assert {b.asset: b.reserved for b in form.client.get_balances()}["USDT"] == D("152.3991")


@pytest.mark.parametrize(
    ("field", "value"), [("quantity", "1.5"), ("quantity", "abc"), ("price", ""), ("price", "4e7"), ("quantity", "-")]
)
def test_the_stub_refuses_a_scaled_value_that_is_no_integer(form: Wire, field: str, value: str) -> None:
    order = {"base": "XBT", "counter": "USDT", "side": "sell", "quantity": 1, "price": 40010000, field: value}
    answer = form.raw("POST", "/orders/", form=order)
    assert answer.status_code == 400 and answer.headers["content-type"].startswith("text/plain")
    assert answer.text == "invalid request"


def test_microsecond_times(form: Wire) -> None:
    before = int(time.time() * 1_000_000)
    order = form.client.place_order(base="XBT", counter="USDT", side="sell", quantity=D("0.0001"), price=D(4_002))
    assert order.created_us % 1000 == 0 and abs(order.created_us - before) < 60_000_000  # the stub's ms, in µs
    assert [o.id for o in form.client.list_orders(since=order.created_us)] == [order.id]
    assert "since=" + str(order.created_us) in str(form.sent[-1].url)
    assert form.client.list_orders(since=order.created_us + 1000) == []  # one millisecond later: none


def test_201_location_204_and_text_errors(form: Wire) -> None:
    order = form.client.place_order(base="XBT", counter="USDT", side="sell", quantity=D("0.0001"), price=D(4_002))
    assert form.answers[-1].status_code == 201 and order.url == form.answers[-1].headers["location"]
    assert form.client.cancel_order(id=order.id) is None
    assert form.answers[-1].status_code == 204 and form.answers[-1].content == b""
    with pytest.raises(errors.NotFoundError) as missing:
        form.client.cancel_order(id=order.id + 1000)
    assert missing.value.status == 404 and "not found" in str(missing.value)
    assert form.answers[-1].headers["content-type"].startswith("text/plain")
    with pytest.raises(errors.InsufficientFundsError):
        form.client.place_order(base="XBT", counter="USDT", side="sell", quantity=D("1000"), price=D(4_002))


def test_201_location_with_an_empty_body(form: Wire) -> None:
    """A 201 whose body is empty: the result is what the Location says."""
    assert form.client.add_watch(asset="XBT").url == "/watches/XBT"  # from the stub: body and header agree
    api = fixture_api("codec_form")
    answer = httpx.Response(201, headers={"Location": "/watches/7"}, content=b"")
    client = api.Client(
        base_url="http://x.invalid",
        http_client=httpx.Client(transport=httpx.MockTransport(lambda r: answer)),
        api_key="k",
        api_secret="s",
    )
    assert client.add_watch(asset="XBT").url == "/watches/7"


def _scales_answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/assets/":
        return httpx.Response(200, json=[{"name": "XBT", "scale": 100000000}])  # the 2019 engine's 8 places
    if request.url.path == "/markets/":
        return httpx.Response(200, json=[{"base": "XBT", "counter": "USDT", "tick": 5000}])
    return httpx.Response(
        201,
        json={
            "id": 1,
            "url": "/orders/1",
            "base": "XBT",
            "counter": "USDT",
            "side": "sell",
            "quantity": 1,
            "price": 40005000,
            "filled": 0,
            "created_us": 0,
        },
    )


def test_refresh_scales_from_the_endpoints_the_spec_names() -> None:
    api = fixture_api("codec_form")
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return _scales_answer(request)

    client = api.Client(
        base_url="http://x.invalid",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        api_key="k",
        api_secret="s",
    )
    with pytest.raises(errors.ParameterError, match="whole multiples of 1/10000"):
        client.place_order(base="XBT", counter="USDT", side="sell", quantity=D("0.00000001"), price=D("4000.5"))
    with pytest.raises(errors.ParameterError, match="not on the tick"):
        client.place_order(base="XBT", counter="USDT", side="sell", quantity=D("0.0001"), price=D("4000.5"))
    assert client.refresh_scales() == {"amount": 1, "price": 1}
    order = client.place_order(base="XBT", counter="USDT", side="sell", quantity=D("0.00000001"), price=D("4000.5"))
    assert "quantity=1&price=40005000" in sent[-1].content.decode()  # 8 places now; the new tick allows .5
    assert order.quantity == D("0.00000001") and order.price == D("4000.5")
    other = api.Client(
        base_url="http://x.invalid",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        api_key="k",
        api_secret="s",
    )
    with pytest.raises(errors.ParameterError):  # each client has its own tables
        other.place_order(base="XBT", counter="USDT", side="sell", quantity=D("0.00000001"), price=D("4000.5"))


def test_refresh_scales_async() -> None:
    api = fixture_api("codec_form")

    async def run() -> dict[str, int]:
        async with api.AsyncClient(
            base_url="http://x.invalid",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(_scales_answer)),
            api_key="k",
            api_secret="s",
        ) as client:
            learnt: dict[str, int] = await client.refresh_scales()
            order = await client.place_order(
                base="XBT", counter="USDT", side="sell", quantity=D("0.00000001"), price=D("4000.5")
            )
            assert order.price == D("4000.5")
            return learnt

    assert asyncio.run(run()) == {"amount": 1, "price": 1}


# -- codec_json: JSON numbers and ISO-8601 -----------------------------------------------------------------
def test_json_numbers_go_out_and_come_back_exactly(numbers: Wire) -> None:
    report = numbers.client.place_order(symbol="BTC_USDT", side="BUY", amount_order=D("0.045"), price=D("0.0783"))
    sent = numbers.sent[-1].content
    assert b'"amount_order":0.045,"price":0.0783' in sent, "numbers, digit for digit"
    assert b'"price":0.0783' in numbers.answers[-1].content
    assert report.price == D("0.0783") and report.amount_order == D("0.045")


def test_doubles_from_the_server_are_read_exactly() -> None:
    body = b'{"exchange_order_id": "1", "symbol": "S", "side": "BUY", "amount_order": 12345678901234567.123456789, "price": 0.07830000000000001, "amount_filled": 0.0783, "time_order": "2020-05-27T11:16:20.1677709Z"}'
    api = fixture_api("codec_json")
    client = api.Client(
        base_url="http://x.invalid",
        http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body))),
        api_key="k",
        api_secret="s",
    )
    report = client.place_order(symbol="S", side="BUY", amount_order=D(1), price=D(1))
    assert report.amount_order == D("12345678901234567.123456789")
    assert report.price == D("0.07830000000000001") and report.amount_filled == D("0.0783")
    assert report.time_order == datetime(2020, 5, 27, 11, 16, 20, 167770, tzinfo=UTC)


def test_the_stub_reads_json_numbers_exactly(numbers: Wire) -> None:
    body = b'{"symbol": "BTC_USDT", "side": "SELL", "amount_order": 0.045, "price": 0.0783}'
    answer = numbers.raw("POST", "/api/orders", body=body)
    assert answer.status_code == 200 and b'"price":0.0783' in answer.content
    assert numbers.stub.state()["open_orders"][0]["price"] == D("0.0783")


def test_iso_times_go_out_with_seven_digits(numbers: Wire) -> None:
    moment = datetime(2020, 1, 1, 10, 45, 20, 167770, tzinfo=UTC)
    report = numbers.client.place_order(
        symbol="BTC_USDT", side="BUY", amount_order=D("0.045"), price=D("0.0783"), expire_time=moment
    )
    assert b'"expire_time":"2020-01-01T10:45:20.1677700Z"' in numbers.sent[-1].content
    stamp = json.loads(numbers.answers[-1].content)["time_order"]
    assert len(stamp) == len("2020-05-27T11:16:20.1677709Z") and stamp.endswith("0000Z")  # the stub's ms, 7 digits
    assert report.time_order == datetime.strptime(stamp[:23], "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=UTC)
    assert numbers.client.get_time().time.tzinfo is UTC


@pytest.mark.parametrize(("text", "moment"), B7_INPUTS, ids=[t for t, _ in B7_INPUTS])
def test_the_stub_reads_every_b7_time_format(numbers: Wire, text: str, moment: datetime) -> None:
    clock = int((moment - datetime(1970, 1, 1, tzinfo=UTC)) / timedelta(milliseconds=1))
    numbers.stub.exchange.clock = lambda: clock  # the order is placed at exactly that moment
    numbers.raw(
        "POST", "/api/orders", body=b'{"symbol": "BTC_USDT", "side": "BUY", "amount_order": 0.001, "price": 0.08}'
    )
    query = urlencode({"time_start": text})
    found = json.loads(numbers.raw("GET", "/api/orders/history", query=query).content)
    assert len(found) == 1, f"{text} reads as {moment}"
    assert found[0]["time_order"] == moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}0000Z"
    later = urlencode({"time_start": (moment + timedelta(milliseconds=1)).strftime("%Y-%m-%dT%H:%M:%S.%f")})
    assert json.loads(numbers.raw("GET", "/api/orders/history", query=later).content) == []


@pytest.mark.parametrize("bad", ["2020-13-01", "yesterday", "2020-05-27T11:16:20.1234567890", "1590578180167"])
def test_the_stub_refuses_a_malformed_time(numbers: Wire, bad: str) -> None:
    answer = numbers.raw("GET", "/api/orders/history", query=urlencode({"time_start": bad}))
    assert answer.status_code == 400 and answer.content == b"" and "content-type" not in answer.headers


def test_empty_error_bodies_map_to_typed_errors(numbers: Wire) -> None:
    api = fixture_api("codec_json")
    stranger = api.Client(
        base_url="http://stub.invalid",
        http_client=httpx.Client(transport=numbers.stub.transport()),
        api_key="nobody",
        api_secret="x",
    )
    with pytest.raises(errors.AuthenticationError) as caught:
        stranger.order_history(time_start=datetime(2020, 1, 1, tzinfo=UTC))
    assert caught.value.status == 401 and caught.value.body == b""
    with pytest.raises(errors.InsufficientFundsError):
        numbers.client.place_order(symbol="BTC_USDT", side="BUY", amount_order=D("100000000"), price=D("0.08"))


def test_structs_in_a_batch_are_checked_before_sending(numbers: Wire) -> None:
    order = numbers.api.models.OrderRequest
    for bad in (
        order(symbol="BTC_USDT", side="BUY", amount_order=0.1 + 0.2, price=D("0.08")),  # type: ignore[arg-type]
        order(symbol="BTC_USDT", side="NOPE", amount_order=D("0.1"), price=D("0.08")),  # type: ignore[arg-type]
    ):
        with pytest.raises(errors.ParameterError, match="orders"):
            numbers.client.place_orders(
                orders=[order(symbol="BTC_USDT", side="BUY", amount_order=D(1), price=D("0.08")), bad]
            )
    assert numbers.sent == []
    placed = numbers.client.place_orders(
        orders=[order(symbol="BTC_USDT", side="SELL", amount_order=D("0.1"), price=D("0.09"))]
    )
    assert b'"amount_order":0.1,"price":0.09' in numbers.sent[-1].content and placed[0].price == D("0.09")


# -- the shipped APIs' stubs read JSON numbers exactly too ---------------------------------------------------
def _sell_at(api: Any, ep: Any, price: str) -> httpx.Request:
    """The endpoint's example order, as a sell at `price` written as a JSON number, signed."""
    wire = copy.deepcopy(wire_values(api, ep))  # the examples are shared: never changed in place
    mapping = api.stub["endpoints"][ep.name]
    batch = mapping.get("batch")
    order = wire[batch][0] if batch else wire
    price_field = mapping["args"]["price"].strip("{}").split(".")[1].split("|")[0]
    side_field = mapping["args"]["side"].strip("{}").split(".")[1].split("|")[0]
    order[price_field] = "__PRICE__"
    order[side_field] = order[side_field].replace("buy", "sell").replace("BUY", "SELL")
    if batch:
        wire[batch] = [order]
    request = build_request(api, ep, wire)
    content = request.content.replace(b'"__PRICE__"', price.encode())
    request = httpx.Request(request.method, request.url, content=content, headers={"Content-Type": "application/json"})
    return signed(api, ep, request, dict(api.stub["accounts"][0]["credentials"]))


SELLERS = [(a, e) for a, e in ENDPOINTS if e.name in ("spot_place_order", "spot_place_batch_orders")]  # on a 0.01 tick


@pytest.mark.parametrize("case", SELLERS, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_the_stubs_read_a_json_number_as_written(case: tuple[Any, Any]) -> None:
    """19 significant digits: a double keeps 17, so a stub reading floats would move the price."""
    api, ep = case
    stub = generated(api.id, "stub").create_stub(seed=1)
    stub.reset(book_levels=0, trades=0)
    with httpx.Client(transport=stub.transport()) as http:
        answer = http.send(_sell_at(api, ep, "12345678901234567.01"))
    assert answer.status_code == 200, answer.text
    assert [o["price"] for o in stub.state()["open_orders"]] == [D("12345678901234567.01")], answer.text
