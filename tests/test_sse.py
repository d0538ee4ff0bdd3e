"""The SSE transport end to end, on the fixture API tests/specs/sse_events (a stream shaped like CoinFLEX v1's
Event Stream, one like its borrower events): every event through the generated clients, async and blocking,
against the stub on a real socket, checked strictly against its schema; resuming after drops, a stall and a
cut in the middle of an event, with no event lost or repeated; a Last-Event-ID older than the history;
credentials; a raw reader that follows the W3C format by hand; the loader; shutdown with clients connected."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest
from conftest import loaded
from fixture_apis import SPECS, fixture_api, ir_of, module
from stub_support import assert_strict
from typed_support import scheme_of, sse_of

from benchmarks.shutdown import BOUND, MARGIN
from exchange_bindings import errors
from exchange_bindings.runtime.stream import StreamError
from exchange_bindings.runtime.stub.serve import ServerThread
from exchange_bindings.runtime.transports.sse.client import EventDecodeError, EventsLostError
from generator.loader import SpecError, load_spec

NAME = "sse_events"
API = ir_of(NAME)
STREAMS = {st.name: st for st in API.event_streams}
TIMEOUT = 5.0
# NOTES-coinflex.md A2.2: the Basic credential of the AUTH.md user (1/HGREqcILTz8blHa/jsUTVTNBJlg=:opensesame)
DOCUMENTED_BASIC = "MS9IR1JFcWNJTFR6OGJsSGEvanNVVFZUTkJKbGc9Om9wZW5zZXNhbWU="


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Any, str]]:
    fixture_api(NAME)
    stub = module(NAME, "stub").create_stub(seed=1)
    with ServerThread(stub) as base:
        yield stub, base


@pytest.fixture
def stub(served: tuple[Any, str]) -> Any:
    """The stub with empty books (the only orders are the tests'), its SSE connections gone."""
    stub = served[0]
    stub.reset(book_levels=0, trades=0)
    return stub


def _url(served: tuple[Any, str], stream: str) -> str:
    stub, base = served
    return base + stub.stream_paths()[stream]


def _creds(account: int = 0) -> dict[str, str]:
    return dict(API.stub["accounts"][account]["credentials"])


def _class(stream: str, *, blocking: bool) -> Any:
    cls = STREAMS[stream].class_name
    return getattr(module(NAME, "event_streams"), cls if blocking else "Async" + cls)


def _basic(account: int = 0) -> httpx.BasicAuth:
    """HTTP Basic as the spec's scheme builds it: user id/cookie, passphrase."""
    creds = _creds(account)
    return httpx.BasicAuth(f"{creds['user_id']}/{creds['cookie']}", creds["passphrase"])


def _trade(stub: Any, quantity: int = 2) -> None:
    """The first demo account's sell rests, the second's buy takes it: every event of the streams follows."""
    order = {"symbol": "ABC-XYZ", "type": "limit", "quantity": Decimal(quantity), "price": Decimal(20)}
    stub.place_order("1", side="sell", **order)
    stub.place_order("2", side="buy", **order)


def _server(stub: Any, stream: str) -> Any:
    return stub.streams[stream]


def _check(stream: str, event: Any) -> None:
    """The event's data is exactly what its schema says on the wire; its id is a number."""
    assert_strict(API, API.stub["streams"][stream]["events"][event.name]["message"], msgspec.json.decode(event.raw))
    assert event.id is not None and event.id.isdigit()


class _Reader:
    """Events of one generated client, async or blocking, read the same way."""

    def __init__(self, stream: str, *, blocking: bool, **kwargs: Any) -> None:
        self.blocking = blocking
        self.client = _class(stream, blocking=blocking)(**kwargs)
        self.loop = None if blocking else asyncio.new_event_loop()

    def call(self, make: Callable[[], Any]) -> Any:
        if self.blocking:
            return make()
        assert self.loop is not None
        return self.loop.run_until_complete(make())

    def __enter__(self) -> _Reader:
        self.call(self.client.connect)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.call(self.client.close)
        if self.loop is not None:
            self.loop.close()

    def next(self, timeout: float = TIMEOUT) -> Any:
        if self.blocking:
            return self.client.next(timeout)
        return self.call(lambda: asyncio.wait_for(anext(self.client), timeout))

    def ids(self, count: int) -> list[str]:
        return [self.next().id for _ in range(count)]

    @property
    def stream(self) -> Any:
        return self.client.stream if self.blocking else self.client


BLOCKING = pytest.mark.parametrize("blocking", [False, True], ids=["async", "blocking"])


# -- every event, typed and exact -------------------------------------------------------------------------
@BLOCKING
@pytest.mark.parametrize("stream", list(STREAMS))
def test_every_event_arrives_typed_and_exact(served: tuple[Any, str], stub: Any, stream: str, blocking: bool) -> None:
    names = {e.name for e in STREAMS[stream].events}
    seen: dict[str, Any] = {}
    with _Reader(stream, blocking=blocking, url=_url(served, stream), **_creds()) as reader:
        _trade(stub)
        while set(seen) != names:
            event = reader.next()
            seen.setdefault(event.name, event)
            _check(stream, event)
            assert event.data == msgspec.json.decode(event.raw, type=reader.stream.events[event.name].message)
    assert set(seen) == names


def test_private_events_reach_their_account_only(served: tuple[Any, str], stub: Any) -> None:
    """Anonymous connections (the market stream allows them) get the public events only; the account's
    connection also gets its balances, as the simulator holds them."""
    public = {e.name for e in STREAMS["market"].events if not e.private}
    url, server = _url(served, "market"), _server(stub, "market")
    with (
        _Reader("market", blocking=True, url=url) as anonymous,
        _Reader("market", blocking=True, url=url, **_creds()) as own,
    ):
        before = set(server.ids("1"))
        _trade(stub)
        seen = [anonymous.next() for i in server.ids(None) if i not in before]
        mine = [own.next() for i in server.ids("1") if i not in before]
        with pytest.raises(TimeoutError):  # nothing more for the anonymous one
            anonymous.next(timeout=0.3)
    assert {e.name for e in seen} == public
    assert {e.name for e in mine} == public | {"BalanceChanged"}
    balances = {e.data.asset: e.data for e in mine if e.name == "BalanceChanged"}
    state = stub.state()["accounts"]["1"]["balances"]
    assert balances and all(b.available == state[a]["total"] - state[a]["reserved"] for a, b in balances.items())


# -- resuming ---------------------------------------------------------------------------------------------
@BLOCKING
@pytest.mark.parametrize("stream", list(STREAMS))
def test_drops_in_the_middle_lose_and_repeat_nothing(
    served: tuple[Any, str], stub: Any, stream: str, blocking: bool
) -> None:
    """Trades go on while the server drops every connection again and again: the client resumes after the last
    id it received, and gets every event of its account exactly once, in order."""
    server = _server(stub, stream)
    with _Reader(stream, blocking=blocking, url=_url(served, stream), **_creds()) as reader:
        before = set(server.ids("1"))

        def trade_and_drop() -> None:
            for i in range(3):
                _trade(stub)
                time.sleep(0.05)
                stub.ws_drop()  # wherever the client is: reading, or still reconnecting after the last drop
                time.sleep(0.15 * (i % 2))

        worker = threading.Thread(target=trade_and_drop)
        worker.start()
        worker.join()
        expected = [i for i in server.ids("1") if i not in before]
        received = reader.ids(len(expected))
        assert reader.stream.reconnects >= 1
        with pytest.raises(TimeoutError):  # and nothing more
            reader.next(timeout=0.5)
    assert received == expected


def test_a_stall_past_the_watchdog_reconnects_and_resumes(served: tuple[Any, str], stub: Any) -> None:
    """The server holds everything back (events and keep-alives): past the spec's heartbeat timeout the client
    counts the connection dead, reconnects, and resumes where it was."""
    server = _server(stub, "market")
    config = sse_of("market", API.stub["streams"]["market"])
    assert config.watchdog is not None
    with _Reader("market", blocking=True, url=_url(served, "market"), **_creds()) as reader:
        before = set(server.ids("1"))
        assert stub.ws_stall(config.watchdog * 3) >= 1
        _trade(stub)
        expected = [i for i in server.ids("1") if i not in before]
        received = [reader.next(timeout=config.watchdog * 3).id for _ in expected]
        assert reader.stream.stalls >= 1 and reader.stream.reconnects >= 1
    assert received == expected


def test_keepalives_hold_an_idle_stream_open(served: tuple[Any, str], stub: Any) -> None:
    """Without events for longer than the watchdog, the server's comments keep the client from counting the
    connection dead; an unnamed event (a control push) is counted as unknown and skipped."""
    config = sse_of("market", API.stub["streams"]["market"])
    assert config.watchdog is not None and config.keepalive is not None and config.keepalive < config.watchdog
    with _Reader("market", blocking=True, url=_url(served, "market"), **_creds()) as reader:
        time.sleep(config.watchdog + config.keepalive)
        assert stub.ws_push({"not": "declared"}) >= 1
        _trade(stub)
        assert reader.next().name == "OrderOpened"
        assert (reader.stream.stalls, reader.stream.reconnects, reader.stream.unknown) == (0, 0, 1)


def test_a_cut_in_the_middle_of_an_event_resumes_before_it() -> None:
    """The connection breaks inside an event (before its blank line): that event is not delivered, the client
    resumes after the last complete one, and receives the broken one whole, once."""
    first = b"id: 7\nevent: OrderUpdated\ndata: " + _order_json(7) + b'\n\nid: 8\nevent: OrderUpdated\ndata: {"id": 8, '
    second = b"id: 8\nevent: OrderUpdated\ndata: " + _order_json(8) + b"\n\n"
    with (
        _ScriptedServer([first, second]) as server,
        _Reader("account", blocking=True, url=server.url, **_creds()) as reader,
    ):
        assert [reader.next().data.id, reader.next().data.id] == [7, 8]
        with pytest.raises(TimeoutError):
            reader.next(timeout=0.3)
    assert server.last_event_ids[:2] == [None, "7"]


def _order_json(order_id: int) -> bytes:
    return msgspec.json.encode(
        {"id": order_id, "market": "ABC-XYZ", "side": "buy", "status": "open", "quantity": "1", "remaining": "1"}
    )


class _ScriptedServer:
    """An HTTP server that answers the n-th GET with the n-th body as an event stream, then closes (and records
    each request's Last-Event-ID); after the script, it holds connections open and silent."""

    def __init__(self, bodies: list[bytes]) -> None:
        self.bodies = bodies
        self.last_event_ids: list[str | None] = []
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/account/events"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.open: list[socket.socket] = []

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            head = b""
            while b"\r\n\r\n" not in head and (chunk := conn.recv(4096)):
                head += chunk
            lines = head.decode().split("\r\n")
            found = [v.strip() for k, _, v in (line.partition(":") for line in lines) if k.lower() == "last-event-id"]
            self.last_event_ids.append(found[0] if found else None)
            response = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\nretry: 10\n\n"
            if len(self.last_event_ids) <= len(self.bodies):
                conn.sendall(response + self.bodies[len(self.last_event_ids) - 1])
                conn.close()
            else:
                conn.sendall(response)
                self.open.append(conn)

    def __enter__(self) -> _ScriptedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.sock.close()
        for conn in self.open:
            conn.close()


@BLOCKING
def test_an_id_older_than_the_history_says_events_were_lost(served: tuple[Any, str], stub: Any, blocking: bool) -> None:
    """Resuming after an id the server no longer holds raises EventsLostError once; live events follow."""
    server = _server(stub, "market")
    _trade(stub)
    old = server.ids("1")[0]
    while old in server.ids("1"):  # more events than the history keeps
        _trade(stub)
    url = _url(served, "market")
    with _Reader("market", blocking=blocking, url=url, last_event_id=old, **_creds()) as reader:
        with pytest.raises(EventsLostError) as lost:
            reader.next()
        assert lost.value.last_event_id == old
        before = set(server.ids("1"))
        _trade(stub)
        expected = [i for i in server.ids("1") if i not in before]
        assert reader.ids(len(expected)) == expected


def test_the_server_refuses_ids_it_cannot_resume_after(served: tuple[Any, str], stub: Any) -> None:
    """In the API's error shape: 410 for an id older than the history or never issued, 400 for one that is no id."""
    _trade(stub)
    kept = _server(stub, "market").ids(None)
    auth = _basic()
    for last, status in [(str(int(kept[0]) - 100), 410), (str(int(kept[-1]) + 100), 410), ("abc", 400)]:
        answer = httpx.get(_url(served, "market"), headers={"Last-Event-ID": last}, auth=auth, timeout=TIMEOUT)
        assert answer.status_code == status, answer.text
        assert answer.headers["content-type"] == "application/json"
        assert "message" in answer.json()


# -- credentials ------------------------------------------------------------------------------------------
def test_a_stream_that_needs_credentials_refuses_without_them(served: tuple[Any, str]) -> None:
    url = _url(served, "account")
    for blocking in (False, True):
        threads = threading.active_count()
        with pytest.raises(errors.ParameterError):  # the client knows before connecting
            _class("account", blocking=blocking)(url=url)
        assert threading.active_count() == threads  # and leaves no thread behind
    answer = httpx.get(url, timeout=TIMEOUT)  # a client that tries anyway
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"].startswith("Basic ")
    wrong = {**_creds(), "passphrase": "not-it"}
    for blocking in (False, True):
        with (
            pytest.raises(errors.AuthenticationError) as refused,
            _Reader("account", blocking=blocking, url=url, **wrong),
        ):
            pass
        assert refused.value.status == 401 and "not-it" not in str(refused.value)


# -- a client written from the W3C spec and the docs ------------------------------------------------------
def _raw_events(lines: Iterator[str], count: int) -> tuple[list[dict[str, str]], int | None]:
    """`count` events read the way the W3C spec says (fields up to a blank line; ':' lines are comments), and
    the `retry:` the server announced."""
    events: list[dict[str, str]] = []
    fields: dict[str, str] = {}
    retry = None
    for line in lines:
        if line == "":
            if "data" in fields:
                events.append(fields)
                if len(events) == count:
                    break
            fields = {k: v for k, v in fields.items() if k == "id"}
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "retry":
            retry = int(value)
        elif name == "data":
            fields["data"] = fields["data"] + "\n" + value if "data" in fields else value
        else:
            fields[name] = value
    return events, retry


def test_a_raw_reader_following_the_docs(served: tuple[Any, str], stub: Any) -> None:
    """An EventSource-style client: the documented Basic credential string in the `auth` query parameter,
    no library; events as the W3C spec frames them; then a reconnect with Last-Event-ID by hand."""
    scheme = scheme_of("basic", API.config["auth"]["schemes"]["basic"])
    assert scheme.token(_creds()) == DOCUMENTED_BASIC  # our signer makes the documented value
    url = _url(served, "account")
    server = _server(stub, "account")
    before = set(server.ids("1"))
    with httpx.Client(timeout=TIMEOUT) as http:
        with http.stream("GET", url, params={"auth": DOCUMENTED_BASIC}, headers={"Accept": "text/event-stream"}) as r:
            assert r.status_code == 200
            assert r.headers["content-type"].startswith("text/event-stream")
            _trade(stub)
            expected = [i for i in server.ids("1") if i not in before]
            events, retry = _raw_events(r.iter_lines(), len(expected))
        assert retry == 100
        assert [e["id"] for e in events] == expected
        for event in events:
            schema = API.stub["streams"]["account"]["events"][event["event"]]["message"]
            assert_strict(API, schema, msgspec.json.decode(event["data"]))
        resume = {"Accept": "text/event-stream", "Last-Event-ID": events[0]["id"]}
        with http.stream("GET", url, params={"auth": DOCUMENTED_BASIC}, headers=resume) as again:
            replayed, _ = _raw_events(again.iter_lines(), len(events) - 1)
    assert replayed == events[1:]


# -- the client on its own --------------------------------------------------------------------------------
def test_the_client_reads_the_w3c_fields_as_the_spec_says() -> None:
    """Ids stick until changed, data-less messages dispatch nothing, `retry:` sets the least reconnect delay,
    unknown names are counted and skipped, undecodable data raises with the raw text and reading goes on."""
    cls = _class("account", blocking=False)

    async def run() -> None:
        stream = cls(url="http://127.0.0.1:9/", **_creds())
        stream._dispatch("", "", "", 2500)  # retry alone
        assert stream.retry == 2.5 and stream.last_event_id is None
        assert all(stream._delay(attempt) >= 2.5 for attempt in range(1, 8))
        stream._dispatch("OrderUpdated", _order_json(5).decode(), "5", None)
        stream._dispatch("Nobody", "{}", "6", None)
        stream._dispatch("OrderUpdated", '{"id": "five"}', "7", None)
        stream._dispatch("OrderUpdated", "", "8", None)
        assert (await anext(stream)).data.id == 5
        with pytest.raises(EventDecodeError) as bad:
            await anext(stream)
        assert bad.value.raw == '{"id": "five"}' and bad.value.event_id == "7"
        assert stream.unknown == 1 and stream.last_event_id == "8"
        assert stream._queue.empty()

    asyncio.run(run())


def test_a_server_that_is_gone_ends_the_stream_when_reconnecting_is_off(served: tuple[Any, str], stub: Any) -> None:
    with _Reader("market", blocking=True, url=_url(served, "market"), reconnect=False, **_creds()) as reader:
        assert stub.ws_drop() >= 1
        with pytest.raises(StreamError):
            reader.next()
        with pytest.raises(StopIteration):
            next(reader.client)


# -- the spec format --------------------------------------------------------------------------------------
def _spec_problems(tmp_path: Path, old: str, new: str) -> list[str]:
    text = (SPECS / NAME / "api.yaml").read_text()
    assert old in text
    folder = tmp_path / NAME
    folder.mkdir()
    (folder / "api.yaml").write_text(text.replace(old, new, 1))
    with pytest.raises(SpecError) as caught:
        load_spec(folder)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("old", "new", "message", "at"),
    [
        (
            "transport: sse\n    server: market",
            "transport: carrier_pigeon\n    server: market",
            "no plug-in implements",
            "",
        ),
        (
            "auth: {scheme: basic, required: false}",
            "auth: {scheme: digest, required: false}",
            "unknown auth scheme",
            "",
        ),
        ("server: market", "server: nowhere", "server 'nowhere' is not a URL of environment(s) live", ""),
        ("    history: 60", "    protocol: {op: op}", "unknown key 'protocol'", ""),
        (
            '"side": "sell", "quantity": "2"',
            '"side": "short", "quantity": "2"',
            "example does not match its schema",
            "",
        ),
        ("{event.status|eq:open}", "{event.status|to:nowhere}", "word table 'nowhere'", "push_on:"),
    ],
)
def test_the_loader_refuses_what_no_plug_in_serves(tmp_path: Path, old: str, new: str, message: str, at: str) -> None:
    """At the line of the change, or of the mapping that holds it (its first key, `at`), as file:line:col."""
    text = (SPECS / NAME / "api.yaml").read_text()
    line = text[: text.rindex(at, 0, text.index(old)) if at else text.index(old)].count("\n") + 1
    assert any(message in p and f"api.yaml:{line}:" in p for p in _spec_problems(tmp_path, old, new))


def test_an_sse_stream_becomes_a_client_class_per_stream() -> None:
    """`transport: sse` is no longer dropped: each SSE stream of the spec has its IR and its generated classes,
    which know every event by name, its type and whether it is private."""
    spec = loaded(SPECS / NAME).data["streams"]
    assert [st.name for st in API.event_streams] == sorted(n for n, s in spec.items() if s["transport"] == "sse")
    assert not API.streams  # the WebSocket ones: none here
    for st in API.event_streams:
        for blocking in (False, True):
            client = _class(st.name, blocking=blocking)(url="http://127.0.0.1:9/", **_creds())
            events = (client.stream if blocking else client).events
            assert {n: d.private for n, d in events.items()} == {
                n: bool(e.get("auth")) for n, e in spec[st.name]["events"].items()
            }
            if blocking:
                client.close()


# -- shutdown ---------------------------------------------------------------------------------------------
def test_the_server_stops_promptly_with_sse_clients_connected(capfd: pytest.CaptureFixture[str]) -> None:
    """Within the bound the CLI's server keeps (tests/test_serve_shutdown.py), without a traceback; every client
    sees its stream end."""
    stub = module(NAME, "stub").create_stub(seed=2)
    server = ServerThread(stub)
    base = server.start()
    with ExitStack() as stack:
        raw = []
        for path in [*stub.stream_paths().values()] * 2:
            client = stack.enter_context(httpx.Client(auth=_basic(), timeout=TIMEOUT))
            response = stack.enter_context(client.stream("GET", base + path))
            assert response.status_code == 200
            raw.append(response.iter_raw())
            assert next(raw[-1])  # the first bytes are in: the stream is open
        url = base + stub.stream_paths()["market"]
        reader = stack.enter_context(_Reader("market", blocking=True, url=url, reconnect=False, **_creds()))
        started = time.monotonic()
        server.stop()
        took = time.monotonic() - started
        for chunks in raw:
            with pytest.raises(httpx.HTTPError):  # cut short: the stream never ends by itself
                for _ in chunks:
                    pass
        with pytest.raises(StreamError):
            reader.next()
    assert took < BOUND + MARGIN, took
    assert "Traceback" not in capfd.readouterr().err
