"""The control surface (faults, log, reset, seeding), the pytest fixtures, and the CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import msgspec
import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import call_endpoint, control_order, public_endpoint, trading_market

from benchmarks.limits import markets_of, throttle
from exchange_bindings import errors
from exchange_bindings.runtime.stub.actions import MARKET_DATA_ONLY
from exchange_bindings.runtime.stub.dispatch import shows_time
from generator import ir

API_LIST = list(APIS.values())


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_scripted_faults_in_process(api: ir.ApiIR, exchange_stub: Any) -> None:
    handle = exchange_stub(api.id, seed=1)
    ep = public_endpoint(api)
    client = handle.client(max_retries=0)
    handle.control.add_fault(times=2, status=503)
    for _ in range(2):
        with pytest.raises(errors.APIError) as caught:
            call_endpoint(api, client, ep)
        assert caught.value.status == 503
    call_endpoint(api, client, ep)  # the fault is used up
    handle.control.add_fault(operation=ep.name, retry_after=3, **throttle(api))
    with pytest.raises(errors.RateLimitError) as limited:
        call_endpoint(api, client, ep)
    assert (
        str(limited.value.code) == str(throttle(api).get("code", limited.value.code)) and limited.value.retry_after == 3
    )
    handle.control.add_fault(drop=True)
    with pytest.raises(errors.TransportError):
        call_endpoint(api, client, ep)
    handle.control.add_fault(latency=0.3)
    started = time.monotonic()
    call_endpoint(api, client, ep)
    assert time.monotonic() - started >= 0.3
    log = handle.control.requests()
    assert [r["operation"] for r in log] == [ep.name] * len(log) and sum(r["fault"] for r in log) == 5


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_reset_is_deterministic_and_seeding(api: ir.ApiIR, exchange_stub: Any) -> None:
    one, two = exchange_stub(api.id, seed=9), exchange_stub(api.id, seed=9)
    market = markets_of(api)[0]["symbol"]
    assert one.stub.exchange.depth(market)["bids"] == two.stub.exchange.depth(market)["bids"]
    assert one.stub.exchange.depth(market)["bids"] != exchange_stub(api.id, seed=10).stub.exchange.depth(market)["bids"]
    one.stub.reset(book_levels=0, trades=0)
    assert one.stub.exchange.depth(market) == {**one.stub.exchange.depth(market), "bids": [], "asks": []}
    account = api.stub["accounts"][0]
    creds = {k: v + "-new" for k, v in account["credentials"].items()}
    one.stub.add_account("new-account", {"USD": "5"}, ["read"], creds)
    assert one.client(**creds)  # a client for the new account signs in
    assert one.stub.exchange.account("new-account").balance("USD").total == Decimal(5)


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_a_reset_tells_no_stream_of_its_opening_books(api: ir.ApiIR, exchange_stub: Any) -> None:
    """The seeded books and history are where streams start, not news: a reset renders no stream event
    (rendering each seeded order into the event streams' replay buffers held a reset for seconds)."""
    stub = exchange_stub(api.id).stub
    told: list[str] = []
    stub._on_event = lambda venue, kind, payload: told.append(kind)  # bound into each fresh venue's listeners
    stub.reset()
    assert told == [] and stub.exchange.depth(markets_of(api)[0]["symbol"])["bids"]
    order = control_order(api)
    stub.place_order(order.pop("account"), **order)
    assert told, "an order after the reset is news"


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_control_over_http(api: ir.ApiIR, exchange_stub_server: Any) -> None:
    server = exchange_stub_server(api.id, seed=2)
    ep = public_endpoint(api)
    control = httpx.Client(base_url=server.url + "/__stub__")
    assert control.post("/faults", json={"times": 1, "status": 502}).json() == {"faults": 1}
    client = server.client(max_retries=0)
    with pytest.raises(errors.APIError):
        call_endpoint(api, client, ep)
    call_endpoint(api, client, ep)
    log = control.get("/requests").json()["requests"]
    assert [r["status"] for r in log] == [502, 200]
    market = markets_of(api)[0]
    order = control.post("/orders", json=control_order(api)).json()
    assert order["status"] in ("open", "filled", "partially_filled")
    new_market = {**market, "symbol": "NEW-MARKET", "base": "NEW"}
    assert control.post("/markets", json=new_market).json() == {"market": "NEW-MARKET"}
    assert server.stub.exchange.depth("NEW-MARKET")["bids"] == []
    assert control.post("/reset", json={"seed": 4, "book_levels": 0}).json() == {"seed": 4}
    assert control.get("/state").json()["open_orders"] == []
    assert control.get("/nothing").status_code == 404
    assert control.post("/faults", json={"nonsense": 1}).status_code == 400


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_cli_serves_a_client_and_stops_on_sigterm(api: ir.ApiIR) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "exchange_bindings", "serve", api.id, "--host", "127.0.0.1", "--port", "0", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        assert set(info) == {"api", "rest", "ws", "streams", "credentials"} and info["api"] == api.id
        assert info["rest"].startswith("http://127.0.0.1:")
        assert (info["ws"] or "").startswith("ws://127.0.0.1:") == bool(api.streams)
        assert sorted(info["streams"]) == sorted(st.name for st in (*api.streams, *api.event_streams))
        sse = {st.name for st in api.event_streams}  # Server-Sent Events ride on HTTP
        assert all(url.startswith("http://" if name in sse else "ws://") for name, url in info["streams"].items())
        assert all(url.split("//")[1].startswith("127.0.0.1:") for url in info["streams"].values())
        from conftest import generated

        client = generated(api.id).Client(base_url=info["rest"], **info["credentials"])
        drv = Driver(api)
        if any(m.get("action") == "place_order" for m in api.stub["endpoints"].values()):
            market = trading_market(api)
            half, tick = Decimal(market["price"]) / 2, Decimal(market.get("tick_size", "0.01"))
            price = half - half % tick  # on the market's tick
            quote = market["quote"]
            before = next(r for r in drv.call(client, "balances")[0] if r["asset"] == quote)
            (placed,), _ = drv.call(
                client,
                "place_order",
                symbol=market["symbol"],
                side="buy",
                type="limit",
                quantity=Decimal(market.get("min_quantity", market["lot_size"])),
                price=price,
                client_order_id="3",
            )
            assert any(str(o["id"]) == str(placed["id"]) for o in drv.call(client, "open_orders")[0])
            drv.call(client, "cancel_order", symbol=market["symbol"], order_id=placed["id"])
            after = next(r for r in drv.call(client, "balances")[0] if r["asset"] == quote)
            assert Decimal(after["available"]) == Decimal(before["available"])
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_cli_human_output(api: ir.ApiIR) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "exchange_bindings", "serve", api.id], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(4)]
        assert lines[0].startswith(f"{api.id} stub server") and "http://127.0.0.1:" in lines[1]
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()


MARKET_LISTS = [
    (api, ep)
    for api in API_LIST
    for ep in api.endpoints
    if api.stub["endpoints"].get(ep.name, {}).get("action") == "markets" and not ep.required_params
]


@pytest.mark.parametrize("case", MARKET_LISTS, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_market_lists_show_a_market_added_later(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    """Market lists are rendered once per set of markets: a market listed later appears at once,
    and a reset forgets it."""
    api, ep = case
    from conftest import generated

    stub = generated(api.id, "stub").create_stub(seed=1)
    client = generated(api.id).Client(
        base_url="http://stub", http_client=httpx.Client(transport=stub.transport()), **stub.credentials
    )
    kind = api.stub["endpoints"][ep.name].get("args", {}).get("kind")  # the endpoint's market kind, if any
    template = next(m for m in markets_of(api) if kind in (None, m.get("kind", "spot")))
    listed = getattr(client, ep.name)  # every market: no arguments
    before = msgspec.json.encode(listed())
    assert msgspec.json.encode(listed()).count(b"ZZZ") == 0
    stub.add_market(**{**template, "symbol": "ZZZNEW"})  # a new market of listed assets (some APIs number theirs)
    after = msgspec.json.encode(listed())
    assert b"ZZZ" in after and b"ZZZ" not in before
    stub.reset(seed=1)
    assert b"ZZZ" not in msgspec.json.encode(listed())


MARKET_DATA = [
    (api, ep)
    for api in API_LIST
    for ep in api.endpoints
    if api.stub["endpoints"].get(ep.name, {}).get("action") in MARKET_DATA_ONLY and not ep.required_params
]


@pytest.mark.parametrize("case", MARKET_DATA, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_market_data_kept_rendered_shows_the_time_of_the_request(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    """Market data is kept rendered per set of markets and per millisecond of the time it shows: within a
    millisecond the same answer; a millisecond later, the answer of a stub that never rendered it."""
    api, ep = case
    from conftest import generated

    clock = [1_700_000_000_000]
    stubs = [generated(api.id, "stub").create_stub(seed=1, clock=lambda: clock[0]) for _ in range(2)]
    kept, fresh = (
        getattr(
            generated(api.id).Client(
                base_url="http://stub", http_client=httpx.Client(transport=s.transport()), **s.credentials
            ),
            ep.name,
        )
        for s in stubs
    )
    first = msgspec.json.encode(kept())
    assert msgspec.json.encode(kept()) == first
    clock[0] += 1
    later = msgspec.json.encode(kept())
    assert later == msgspec.json.encode(fresh())
    assert (later != first) == shows_time(api.stub["endpoints"][ep.name].get("respond")), (
        "the answer shows the time exactly when its template does"
    )


@pytest.mark.parametrize("api", [a for a in API_LIST if len(a.stub.get("wallets", [])) > 1], ids=lambda a: a.id)
def test_state_shows_every_wallet(api: ir.ApiIR) -> None:
    from conftest import generated

    stub = generated(api.id, "stub").create_stub(seed=1)
    account = api.stub["accounts"][0]["id"]
    first, second = api.stub["wallets"][:2]
    asset, amount = next(iter(api.stub["accounts"][0]["balances"].items()))
    before = stub.state()["accounts"][account]["wallets"]
    stub.exchange.transfer(account, asset, Decimal("1"), first, second)
    after = stub.state()["accounts"][account]["wallets"]
    assert after[first][asset]["total"] == before[first][asset]["total"] - 1
    assert after[second][asset]["total"] == before.get(second, {}).get(asset, {}).get("total", 0) + 1
    assert Decimal(amount) >= 1


def test_cli_version_and_help() -> None:
    from exchange_bindings import __version__

    out = subprocess.run(
        [sys.executable, "-m", "exchange_bindings", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"exchange-bindings {__version__}"
    helped = subprocess.run(
        [sys.executable, "-m", "exchange_bindings", "serve", "--help"], capture_output=True, text=True, check=True
    )
    for option in ("--host", "--port", "--seed", "--json", "--log-level", "api"):
        assert option in helped.stdout


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_cli_lists_every_endpoint_of_an_api(api: ir.ApiIR) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "exchange_bindings", "endpoints", api.id], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    rows = [line.split() for line in out[1:-1]]
    assert out[-1] == f"{len(api.endpoints)} endpoints" and len(rows) == len(api.endpoints)
    listed = {row[1]: (row[0], row[2], row[3]) for row in rows}
    assert listed == {ep.name: (ep.group, ep.method, ep.path) for ep in api.endpoints}
    group = api.endpoints[0].group
    only = subprocess.run(
        [sys.executable, "-m", "exchange_bindings", "endpoints", api.id, "--group", group],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert len(only) - 2 == sum(ep.group == group for ep in api.endpoints)


def test_kept_answers_are_keyed_by_parameters_as_typed() -> None:
    """True and 1 (False and 0) are different arguments: the kept market data of one is not the other's."""
    from exchange_bindings.runtime.stub.dispatch import _frozen

    assert _frozen({"a": True}) != _frozen({"a": 1}) and _frozen({"a": False}) != _frozen({"a": 0})
    assert _frozen({"a": "1"}) != _frozen({"a": 1})
    assert _frozen({"b": 1, "a": "x"}) == _frozen({"a": "x", "b": 1})  # order does not matter
    assert _frozen({"a": [1]}) != _frozen({"a": [True]})


@pytest.mark.parametrize(
    "case", [(api, ep) for api, ep in MARKET_DATA if ep.auth is None], ids=lambda c: f"{c[0].id}.{c[1].name}"
)
def test_market_data_showing_the_time_through_a_filter_is_rendered_at_each_request(
    case: tuple[ir.ApiIR, ir.EndpointIR],
) -> None:
    """A kept answer has the request's time written in only where the template shows it as its digits; a
    time that goes through a filter (here as UTC text) makes the answer render at every request."""
    api, ep = case
    from conftest import generated

    from exchange_bindings.runtime.stub.template import compile_template

    clock = [1_700_000_000_000]
    stub = generated(api.id, "stub").create_stub(seed=1, clock=lambda: clock[0])
    dispatcher = stub.dispatcher
    args, _ = dispatcher._compiled[ep.name]
    shown = {"shown": "{now|utc_text}"}  # the envelope around it, if any, is the API's
    dispatcher._compiled = {**dispatcher._compiled, ep.name: (args, compile_template(shown))}
    dispatcher._market_data = {**dispatcher._market_data, ep.name: True}
    http = httpx.Client(transport=stub.transport())
    for moved in (0, 1_000, 60_000):
        clock[0] = 1_700_000_000_000 + moved
        expected = datetime.fromtimestamp(clock[0] / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S")
        assert expected.encode() in http.get(f"http://stub{ep.path}").content
