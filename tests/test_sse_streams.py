"""Every SSE stream of every API in spec/, through its generated clients against the API's stub on a real
socket: each event the stub raises arrives typed, its wire data exactly what the schema says (strict), and its
typed data what the codecs make of the wire (scaled integers as Decimal amounts); owner-only fields reach their
owners only, under the same id as everyone else's copy; and connections cut in the middle of an event (by a
proxy between client and stub) resume with no event lost or repeated. (tests/test_sse.py tests the transport
itself on a fixture API.)"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import ExitStack, suppress
from decimal import Decimal
from typing import Any

import msgspec
import pytest
from conftest import APIS, generated
from stub_support import assert_strict, trading_market

from exchange_bindings.runtime.stub.serve import ServerThread
from generator import ir
from runtime.codecs import Scope
from runtime.codecs.scaled import ScaleSet
from runtime.codecs.shape import apply

CASES = [(api, st) for api in APIS.values() for st in api.event_streams]
TIMEOUT = 5.0
pytestmark = pytest.mark.skipif(not CASES, reason="no API in spec/ has an SSE stream")


def case_id(case: tuple[ir.ApiIR, ir.EventStreamIR]) -> str:
    return f"{case[0].id}.{case[1].name}"


@pytest.fixture(scope="module")
def stubs() -> Iterator[dict[str, tuple[Any, str]]]:
    """One stub per API with SSE streams, on a socket."""
    with ExitStack() as stack:
        found: dict[str, tuple[Any, str]] = {}
        for api in {api.id: api for api, _ in CASES}.values():
            stub = generated(api.id, "stub").create_stub(seed=5)
            found[api.id] = (stub, stack.enter_context(ServerThread(stub)))
        yield found


def _served(stubs: dict[str, tuple[Any, str]], api: ir.ApiIR) -> tuple[Any, str]:
    stub, base = stubs[api.id]
    stub.reset(book_levels=0, trades=0)  # the only orders are the tests'
    return stub, base


def _stream_class(api: ir.ApiIR, stream: ir.EventStreamIR) -> Any:
    return getattr(generated(api.id, "event_streams"), stream.class_name)


def _creds(api: ir.ApiIR, account: int) -> dict[str, str]:
    return dict(api.stub["accounts"][account]["credentials"])


def _account(api: ir.ApiIR, account: int) -> str:
    return str(api.stub["accounts"][account]["id"])


def _stubbed(api: ir.ApiIR, stream: ir.EventStreamIR) -> dict[str, Any]:
    """The events the stub raises, by name."""
    assert api.stub_config is not None
    return {e.name: e for e in api.stub_config.event_streams[stream.name].events}


def _trade(api: ir.ApiIR, stub: Any) -> None:
    """The first demo account's sell rests, the second's buy takes part of it (the first account's tonce, where
    the API has client ids, is 7), then the rest is cancelled: every order, trade and balance event follows."""
    market = trading_market(api)
    lot = Decimal(str(market.get("min_quantity", market["lot_size"])))
    order = {"symbol": market["symbol"], "type": "limit", "price": Decimal(str(market["price"]))}
    maker = stub.place_order(_account(api, 0), side="sell", quantity=2 * lot, client_order_id=7, **order)
    stub.place_order(_account(api, 1), side="buy", quantity=lot, **order)
    stub.venue(None).cancel(_account(api, 0), maker.id)
    _lend(api, stub)


def _lend(api: ir.ApiIR, stub: Any) -> None:
    """Where the API's simulator lends (its stub configures offers): the first demo account borrows all that
    is left of the first offer it may (closing it), else the least of the first it has the collateral for,
    repays half (reopening it), then the rest: every loan and offer event follows."""
    lending, account = stub.exchange.lending, _account(api, 0)

    def allowed(offer: Any, amount: Decimal) -> bool:
        most = offer.max_amount if offer.max_amount is not None else amount
        return amount <= most and lending.collateral(account, offer.asset).available >= amount * offer.initial_margin

    offers = lending.config.offers
    tries = [(o, lending.offered(o)) for o in offers] + [(o, o.min_amount or Decimal(1)) for o in offers]
    for offer, amount in tries:
        if allowed(offer, amount):
            loan = lending.borrow(account, offer.id, amount)
            lending.repay(account, loan.id, amount / 2)
            lending.repay(account, loan.id)
            return


def _wire(api: ir.ApiIR, stream: ir.EventStreamIR, event: Any) -> Any:
    """What the codecs make of the event's wire data (as a client that follows the spec reads it)."""
    codecs = next(e.codecs for e in stream.events if e.name == event.name)
    raw = msgspec.json.decode(event.raw)
    if codecs is None:
        return raw
    assert api.runtime is not None
    return apply(codecs, raw, "decode", Scope(ScaleSet(api.runtime.scales)))


def _next(reader: Any, timeout: float = TIMEOUT) -> Any:
    return reader.next(timeout)


@pytest.mark.parametrize("case", CASES, ids=case_id)
@pytest.mark.parametrize("blocking", [False, True], ids=["async", "blocking"])
def test_every_stubbed_event_arrives_typed_and_exact(
    stubs: dict[str, tuple[Any, str]], case: tuple[ir.ApiIR, ir.EventStreamIR], blocking: bool
) -> None:
    api, stream = case
    stub, base = _served(stubs, api)
    url = base + stub.stream_paths()[stream.name]
    schemas = {e.name: e.message for e in api.stub_config.event_streams[stream.name].events}  # type: ignore[union-attr]
    names = set(_stubbed(api, stream))
    assert names, f"{api.id}.{stream.name}: the stub raises none of its events"
    seen: dict[str, Any] = {}

    async def read_async() -> None:
        cls = getattr(generated(api.id, "event_streams"), "Async" + stream.class_name)
        async with cls(url=url, **_creds(api, 0)) as reader:
            _trade(api, stub)
            while set(seen) != names:
                event = await asyncio.wait_for(anext(reader), TIMEOUT)
                seen.setdefault(event.name, event)

    if blocking:
        with _stream_class(api, stream)(url=url, **_creds(api, 0)) as reader:
            _trade(api, stub)
            while set(seen) != names:
                event = _next(reader)
                seen.setdefault(event.name, event)
    else:
        asyncio.run(read_async())
    for name, event in seen.items():
        assert_strict(api, schemas[name], msgspec.json.decode(event.raw))
        assert event.id is not None and event.id.isdigit()
        assert msgspec.to_builtins(event.data, builtin_types=(Decimal,)) == _wire(api, stream, event)


def _owner_cases() -> list[tuple[ir.ApiIR, ir.EventStreamIR]]:
    return [(api, st) for api, st in CASES if any(e.owner_fields for e in _stubbed(api, st).values())]


@pytest.mark.parametrize("case", _owner_cases(), ids=case_id)
def test_owner_fields_reach_their_owners_only(
    stubs: dict[str, tuple[Any, str]], case: tuple[ir.ApiIR, ir.EventStreamIR]
) -> None:
    """Three accounts read the stream while the first two trade: each event with owner-only fields reaches all
    three under one id; the third (no owner) never sees one of those fields, each trader sees its own."""
    api, stream = case
    stub, base = _served(stubs, api)
    url = base + stub.stream_paths()[stream.name]
    events = {n: e for n, e in _stubbed(api, stream).items() if e.owner_fields}
    owned = set().union(*(f for e in events.values() for _, f in e.owner_fields))
    server = stub.streams[stream.name]
    with ExitStack() as stack:
        readers = [stack.enter_context(_stream_class(api, stream)(url=url, **_creds(api, i))) for i in range(3)]
        before = {i: set(server.ids(_account(api, i))) for i in range(3)}
        _trade(api, stub)
        got = [[_next(r) for i in server.ids(_account(api, n)) if i not in before[n]] for n, r in enumerate(readers)]
    views = [{(e.id, e.name): msgspec.json.decode(e.raw) for e in g if e.name in events} for g in got]
    assert views[0] and views[0].keys() == views[1].keys() == views[2].keys()  # one id per event, for everyone
    assert not any(owned & data.keys() for data in views[2].values())
    for mine in views[:2]:  # each trader sees some of its own fields, and the rest of every event as the others
        assert any(owned & data.keys() for data in mine.values())
        for key, data in mine.items():
            assert {k: v for k, v in data.items() if k not in owned} == views[2][key]


class _CuttingProxy:
    """A TCP proxy to the stub that cuts each of the first `cuts` connections after the given number of bytes
    from the server (wherever that falls: inside an event's data, as a dropped connection does)."""

    def __init__(self, target: str, cuts: list[int]) -> None:
        host, _, port = target.removeprefix("http://").partition(":")
        self.target = (host, int(port))
        self.cuts = list(cuts)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = 0
        self.threads: list[threading.Thread] = [threading.Thread(target=self._accept, daemon=True)]
        self.open: list[socket.socket] = []

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.open += [client, upstream]
            limit = self.cuts.pop(0) if self.cuts else None
            self.connections += 1
            for args in ((client, upstream, None), (upstream, client, limit)):
                thread = threading.Thread(target=self._pipe, args=args, daemon=True)
                self.threads.append(thread)
                thread.start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket, limit: int | None) -> None:
        sent = 0
        try:
            while limit is None or sent < limit:
                chunk = source.recv(65536 if limit is None else min(65536, limit - sent))
                if not chunk:
                    break
                sink.sendall(chunk)
                sent += len(chunk)
        except OSError:
            pass
        for end in (source, sink):
            with suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()

    def __enter__(self) -> _CuttingProxy:
        self.threads[0].start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.sock.close()
        for conn in self.open:
            with suppress(OSError):
                conn.close()


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_connections_cut_inside_events_resume_with_nothing_lost_or_repeated(
    stubs: dict[str, tuple[Any, str]], case: tuple[ir.ApiIR, ir.EventStreamIR]
) -> None:
    """The proxy cuts the first connections part-way through the events that follow two trades: each time the
    client reconnects with the last complete event's id, and in the end has every event of its account once,
    in order."""
    api, stream = case
    stub, base = _served(stubs, api)
    server = stub.streams[stream.name]
    account = _account(api, 0)
    before = set(server.ids(account))
    _trade(api, stub)  # events to resume through, kept in the history before the client connects
    missed = [i for i in server.ids(account) if i not in before]
    assert missed
    with _CuttingProxy(base, [400, 900, 1700]) as proxy:
        url = proxy.url + stub.stream_paths()[stream.name]
        cls = _stream_class(api, stream)
        # resume after the last event before the trade, as a client that was disconnected then
        start = sorted(before, key=int)[-1] if before else str(int(missed[0]) - 1)
        with cls(url=url, last_event_id=start, **_creds(api, 0)) as reader:
            _trade(api, stub)
            expected = [i for i in server.ids(account) if int(i) > int(start)]
            received = [_next(reader).id for _ in expected]
            with pytest.raises(TimeoutError):  # and nothing more
                reader.next(timeout=0.5)
            assert reader.reconnects >= 1
        assert proxy.connections >= 2
    assert received == expected
