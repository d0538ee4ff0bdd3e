"""Stream clients against the stub's WebSocket: every command and channel, async and sync;
reconnects, commands cut off by a drop, failed logins, stalled streams. Driven by the spec."""

from __future__ import annotations

import asyncio
import copy
import socket
import time
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import msgspec
import pytest
from conftest import APIS, SPECS, canonical, generated, stream_spec
from stub_driver import request_fields
from stub_support import assert_strict, typed_code

from benchmarks.limits import markets_of
from exchange_bindings import errors
from exchange_bindings.runtime.codecs import Scope
from exchange_bindings.runtime.codecs.scaled import ScaleSet
from exchange_bindings.runtime.codecs.shape import apply
from exchange_bindings.runtime.config import seconds
from exchange_bindings.runtime.errors import CommandOutcomeUnknown, StreamStalledError
from exchange_bindings.runtime.stub.serve import ServerThread
from exchange_bindings.runtime.stub.template import Context, compile_template
from exchange_bindings.runtime.transports.websocket.session import Session
from generator import ir

STREAMING = [api for api in APIS.values() if api.streams]
CHANNELS = [(api, st, ch) for api in STREAMING for st in api.streams for ch in st.channels]
COMMANDS = [(api, st, cmd) for api in STREAMING for st in api.streams for cmd in st.commands]
STREAMS = [(api, st) for api in STREAMING for st in api.streams]
TIMEOUT = 5.0


def _places_orders(api: ir.ApiIR, st: ir.StreamIR) -> bool:
    spec = stream_spec(api.id, st.name).get("commands", {})
    return any(spec[c.name].get("stub", {}).get("action") == "place_order" for c in st.commands)


ORDERING = [(api, st) for api, st in STREAMS if _places_orders(api, st)]  # streams that take orders


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, tuple[Any, str]]]:
    """One stub per API on a real socket (streams need one); tests reset its state."""
    running = {}
    for api in STREAMING:
        stub = generated(api.id, "stub").create_stub(seed=3)
        server = ServerThread(stub)
        base = server.start().replace("http", "ws")
        running[api.id] = (stub, server, {name: base + path for name, path in stub.stream_paths().items()})
    yield {k: (v[0], v[2]) for k, v in running.items()}
    for _, server, _ in running.values():
        server.stop()


def _server(servers: dict[str, Any], api: ir.ApiIR, st: ir.StreamIR) -> tuple[Any, str]:
    stub, urls = servers[api.id]
    return stub, urls[st.name]


def _stream_class(api: ir.ApiIR, st: ir.StreamIR, *, sync: bool) -> Any:
    """The stream client class; for a stream whose URL carries a listen key, one that gets it from the
    stub's REST side (the host of the stream URL given)."""
    module = generated(api.id, "streams")
    found = getattr(module, st.class_name if sync else "Async" + st.class_name)
    if "url_credential" not in stream_spec(api.id, st.name):
        return found

    def make(*, url: str, **kwargs: Any) -> Any:
        parts = urlsplit(url)
        return found(url=url, rest_url=f"http://{parts.netloc}", **kwargs)

    return make


def _creds(api: ir.ApiIR, account: int = 0) -> dict[str, str]:
    return dict(api.stub["accounts"][account]["credentials"])


def _channel_values(ch: ir.StreamChannelIR) -> dict[str, Any]:
    """The documented sample of each required parameter (optional ones left out: everything)."""
    return {p.python: p.sample for p in ch.params if p.required}


def _scope(api: ir.ApiIR, st: ir.StreamIR, ch: ir.StreamChannelIR, values: dict[str, Any]) -> dict[str, Any]:
    """The simulator markets a subscription is about (its symbol, its market kind), as the
    channel's stub mapping says."""
    args = (_spec_channel(api, st, ch).get("stub") or {}).get("args")
    if args is None:
        return {"symbol": next((str(v) for v in values.values()), None)}
    wire = {p.wire: values.get(p.python) for p in ch.params}
    scope = compile_template(args)(Context({"params": wire, "now": 0}, api.stub["values"]))
    return scope if isinstance(scope, dict) else {}


def _spec_channel(api: ir.ApiIR, st: ir.StreamIR, ch: ir.StreamChannelIR) -> dict[str, Any]:
    return stream_spec(api.id, st.name)["channels"][ch.name]


def _spec(api_id: str) -> dict[str, Any]:
    return SPECS[api_id].data


def _examples(api: ir.ApiIR, st: ir.StreamIR, kind: str, name: str) -> list[dict[str, Any]]:
    examples: list[dict[str, Any]] = _spec(api.id)["streams"][st.name][kind][name].get("examples", [])
    return examples


def _strict(api: ir.ApiIR, schema: dict[str, Any], typed: Any) -> None:
    """A typed message checked as the wire JSON it stands for (money as JSON numbers where the API writes
    them so, read back exactly)."""
    if _spec(api.id)["api"].get("numbers") == "json_number":
        text = msgspec.json.Encoder(decimal_format="number").encode(typed)
        wire = msgspec.json.Decoder(float_hook=Decimal).decode(text)
        assert_strict(api, schema, wire)
        return
    assert_strict(api, schema, msgspec.to_builtins(typed))


def _market(api: ir.ApiIR, scope: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """The scope's market (or the first of its kind, or the first) and the venue listing it: an order
    router's stub trades in the venue that lists such a market (the default one, else the first)."""
    venues = list((api.stub.get("venues") or {}).get("list", {})) or [None]
    listed = [(v, m) for v in venues for m in markets_of(api, v)]
    return next(
        ((v, m) for v, m in listed if m["symbol"] == scope.get("symbol")),
        next(((v, m) for v, m in listed if "kind" in scope and m.get("kind", "spot") == scope["kind"]), listed[0]),
    )


def _trade(
    stub: Any, api: ir.ApiIR, scope: dict[str, Any], client_order_id: int | None = None, modify: bool = False
) -> None:
    """Two demo accounts trade one lot on the scope's market (or the first of its kind); the book keeps both
    sides. The first account's order (the one streams log in with) carries `client_order_id`;
    it also leaves a stop order waiting far above the market (and, with `modify`, a bid it then re-prices)."""
    venue, market = _market(api, scope)
    lot = max(Decimal(market["lot_size"]), Decimal(market.get("min_quantity", "0")))
    price = Decimal(market["price"]) * 2
    first, second = (a["id"] for a in api.stub["accounts"][:2])
    order = {"symbol": market["symbol"], "type": "limit", "quantity": lot, **({"venue": venue} if venue else {})}
    stub.place_order(first, side="sell", price=price, client_order_id=client_order_id, **order)
    tick = Decimal(market.get("tick_size", "0")) or Decimal(1)
    stub.place_order(second, side="buy", price=price / 4 // tick * tick, **order)  # rests (on the tick)
    stub.place_order(second, side="buy", price=price, **order)
    stop = {**order, "type": "stop_limit", "price": price * 2, "stop_price": price * 2}
    stub.place_order(first, side="buy", **stop)  # rests untriggered: for channels of stop orders
    if modify:  # for channels of orders changed in place
        bid = stub.place_order(first, side="buy", price=price / 4 // tick * tick, **order)
        stub.exchange.modify(first, bid.id, price=price / 8 // tick * tick, ids="keep")


async def _watch(stream: Any, api: ir.ApiIR, st: ir.StreamIR, ch: ir.StreamChannelIR, scope: dict[str, Any]) -> None:
    """Send the command that brings a channel by watching a market (a stub `watch`), for the scope's market."""
    commands = stream_spec(api.id, st.name).get("commands", {})
    name, spec = next(
        ((n, c) for n, c in commands.items() if ch.name in c.get("stub", {}).get("watch", {}).get("channels", [])),
        (None, None),
    )
    if name is None or spec is None:
        return
    cmd = next(c for c in st.commands if c.name == name)
    data = request_fields(spec["stub"]["args"], {"symbol": _market(api, scope)[1]["symbol"]}, api.stub["values"])[
        "data"
    ]
    data[spec["stub"]["watch"]["while"].removeprefix("data.")] = True
    await getattr(stream, name)(**_command_kwargs(cmd, data))


async def _until(condition: Any, failure: str) -> None:
    """Wait (up to TIMEOUT) until `condition()` holds."""
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert time.monotonic() < deadline, failure
        await asyncio.sleep(0.02)


async def _next_matching(subscription: Any, predicate: Any) -> Any:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        message = await asyncio.wait_for(subscription.__anext__(), TIMEOUT)
        if predicate(message):
            return message
    raise AssertionError("no matching message")


@pytest.mark.parametrize("case", CHANNELS, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2].name}")
def test_channel_async(case: tuple[ir.ApiIR, ir.StreamIR, ir.StreamChannelIR], servers: dict[str, Any]) -> None:
    """Subscribe; every documented example pushed by the stub arrives typed and unchanged; the
    simulator's own pushes (after a trade) match the spec strictly."""
    api, st, ch = case
    stub, url = _server(servers, api, st)
    stub.reset(seed=3, book_levels=0)  # the demo accounts trade with each other, not the market maker
    spec_channel = _spec_channel(api, st, ch)
    values = _channel_values(ch)

    async def run() -> None:
        async with _stream_class(api, st, sync=False)(url=url, **_creds(api)) as stream:
            subscription = await getattr(stream, f"subscribe_{ch.name}")(**values)
            for example in _examples(api, st, "channels", ch.name):
                stub.ws_push(example["message"])
                want = _received(stream, ch, example["message"])
                got = await _next_matching(subscription, lambda m, w=want: canonical(msgspec.to_builtins(m)) == w)
                assert type(got).__name__ == ch.message_annotation.removeprefix("models.")
            stub_map = spec_channel.get("stub") or {}
            if "push_on" in stub_map or "action" in stub_map:  # (a mapping of args alone only scopes it)
                scope = _scope(api, st, ch, values)
                await _watch(stream, api, st, ch, scope)
                _trade(stub, api, scope, modify="modified" in stub_map.get("push_on", []))
                if not ("push_on" in stub_map or "interval" in spec_channel):  # a snapshot on connect only
                    assert stub.ws_drop() == 1  # the reconnected stream gets it again, after the trade
                await _next_matching(subscription, lambda m: True)
                assert_strict(api, spec_channel["message"], subscription.last_raw)

    asyncio.run(run())


@pytest.mark.parametrize("case", CHANNELS, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2].name}")
def test_channel_sync(case: tuple[ir.ApiIR, ir.StreamIR, ir.StreamChannelIR], servers: dict[str, Any]) -> None:
    api, st, ch = case
    stub, url = _server(servers, api, st)
    stub.reset(seed=3)
    examples = _examples(api, st, "channels", ch.name)
    mapped = bool(_spec_channel(api, st, ch).get("stub"))
    assert examples or mapped, f"{ch.name} has neither an example nor a stub mapping"
    stub.reset(seed=3, book_levels=0)
    with _stream_class(api, st, sync=True)(url=url, **_creds(api)) as stream:
        values = _channel_values(ch)
        subscription = getattr(stream, f"subscribe_{ch.name}")(**values)
        if examples:
            stub.ws_push(examples[0]["message"])
            target = _received(stream.stream, ch, examples[0]["message"])
            for _ in range(200):
                message = subscription.next(timeout=TIMEOUT)
                if canonical(msgspec.to_builtins(message)) == target:
                    break
            assert canonical(msgspec.to_builtins(message)) == target
        else:
            _trade(stub, api, _scope(api, st, ch, values))
            subscription.next(timeout=TIMEOUT)
            assert_strict(api, _spec_channel(api, st, ch)["message"], subscription.subscription.last_raw)


EXAMPLED = [(api, st, ch) for api, st, ch in CHANNELS if _examples(api, st, "channels", ch.name)]
KEYED = [c for c in EXAMPLED if "url_credential" in stream_spec(c[0].id, c[1].name)]  # a listen-key stream


@pytest.mark.parametrize("case", EXAMPLED[:1] + KEYED[:1], ids=lambda c: c[0].id)
def test_a_sync_wait_that_timed_out_loses_no_message(
    case: tuple[ir.ApiIR, ir.StreamIR, ir.StreamChannelIR], servers: dict[str, Any]
) -> None:
    """A blocking next(timeout) that gives up takes nothing: the message after it goes to the next wait."""
    api, st, ch = case
    stub, url = _server(servers, api, st)
    stub.reset(seed=3, book_levels=0)
    example = _examples(api, st, "channels", ch.name)[0]["message"]
    with _stream_class(api, st, sync=True)(url=url, **_creds(api)) as stream:
        subscription = getattr(stream, f"subscribe_{ch.name}")(**_channel_values(ch))
        with pytest.raises(TimeoutError):
            for _ in range(100):  # until the channel is quiet (snapshots read)
                subscription.next(timeout=0.3)
        stub.ws_push(example)
        target = _received(stream.stream, ch, example)
        assert canonical(msgspec.to_builtins(subscription.next(timeout=TIMEOUT))) == target


def _codec_stream(stream: Any) -> Any:
    return stream if hasattr(stream, "_codecs") else stream.stream  # a sync stream runs an async one


def _as_caller(stream: Any, name: str, data: dict[str, Any]) -> dict[str, Any]:
    """An example payload (wire values) as a caller passes it: through the command's codecs (scaled
    integers as the amounts they stand for)."""
    inner = _codec_stream(stream)
    codecs = inner.stream.commands[name].payload_codecs
    return dict(inner._codecs(codecs, copy.deepcopy(data), "decode")) if codecs is not None else data


def _as_wire(api: ir.ApiIR, st: ir.StreamIR, cmd: ir.StreamCommandIR, typed: Any, request: Any) -> Any:
    """A typed reply back in wire terms where scaled integers stand for its amounts (other APIs' replies
    compare as they are)."""
    config = generated(api.id, "config").CONFIG
    stream = getattr(generated(api.id, "streams"), f"_{st.name.upper()}_CONFIG")
    codecs = stream.commands[cmd.name].reply_codecs
    if not config.scales or codecs is None:
        return typed
    plain = msgspec.to_builtins(typed, builtin_types=(Decimal, datetime))
    return apply(codecs, plain, "encode", Scope(ScaleSet(config.scales), (request,)))


def _received(stream: Any, ch: ir.StreamChannelIR, message: dict[str, Any]) -> Any:
    """A pushed example as a caller receives it: through the channel's codecs (scaled integers and
    times decoded), for comparing with the typed message."""
    codecs = stream.stream.channels[ch.name].message_codecs
    return canonical(stream._codecs(codecs, copy.deepcopy(message), "decode"))


def _command_kwargs(cmd: ir.StreamCommandIR, data: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments from an example payload, money as Decimal (as a user would pass it)."""
    by_wire = {p.wire: p for p in cmd.params}
    out = {}
    for wire, value in data.items():
        if isinstance(value, float):
            value = Decimal(str(value))
        if wire == "timestamp":
            value = int(time.time() * 1000)
        out[by_wire[wire].python] = value
    return out


@pytest.mark.parametrize("sync", [False, True], ids=["async", "sync"])
@pytest.mark.parametrize("case", COMMANDS, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2].name}")
def test_command(case: tuple[ir.ApiIR, ir.StreamIR, ir.StreamCommandIR], sync: bool, servers: dict[str, Any]) -> None:
    """Every documented request: a typed reply (strictly as specified), or the typed error of its code."""
    api, st, cmd = case
    stub, url = _server(servers, api, st)
    stub.reset(seed=3)
    # a command without fields is sent as its examples show it: with none
    examples = [e for e in _examples(api, st, "commands", cmd.name) if "data" in e or not cmd.params]
    assert examples, f"{cmd.name} has no request example"
    reply_schema = stream_spec(api.id, st.name)["commands"][cmd.name]["reply"]
    cls = _stream_class(api, st, sync=sync)

    def call(stream: Any, data: dict[str, Any]) -> Any:
        method = getattr(stream, cmd.name)
        data = _as_caller(stream, cmd.name, data)
        return method([_floats_to_decimals(data)]) if cmd.batch else method(**_command_kwargs(cmd, data))

    async def call_async(data: dict[str, Any]) -> Any:
        async with cls(url=url, **_creds(api)) as stream:
            return await call(stream, data)

    for example in examples:
        try:
            if sync:
                with cls(url=url, **_creds(api)) as stream:
                    result = call(stream, example.get("data", {}))
            else:
                result = asyncio.run(call_async(example.get("data", {})))
        except errors.APIError as error:
            assert error.code in api.config["errors"]["codes"], error
            continue
        for reply in result if cmd.batch else [result]:
            _strict(api, reply_schema, _as_wire(api, st, cmd, reply, example.get("data", {})))


def _floats_to_decimals(data: dict[str, Any]) -> dict[str, Any]:
    return {
        k: Decimal(str(v)) if isinstance(v, float) else (int(time.time() * 1000) if k == "timestamp" else v)
        for k, v in data.items()
    }


def _place(api: ir.ApiIR, st: ir.StreamIR) -> tuple[ir.StreamCommandIR, dict[str, Any]]:
    """The command mapped to placing an order, with arguments for a resting order on a spot market."""
    cmd = next(
        c
        for c in st.commands
        if stream_spec(api.id, st.name)["commands"][c.name].get("stub", {}).get("action") == "place_order"
        and not c.batch
    )
    market = next(m for m in markets_of(api) if m.get("kind", "spot") == "spot")
    mapping = stream_spec(api.id, st.name)["commands"][cmd.name]["stub"]["args"]
    tick = Decimal(market.get("tick_size", "0")) or Decimal(1)
    sim = {
        "symbol": market["symbol"],
        "side": "buy",
        "type": "limit",
        "quantity": Decimal(market["lot_size"]),
        "price": Decimal(market["price"]) / 2 // tick * tick,
        "client_order_id": 77,
    }
    data = request_fields(mapping, sim, api.stub["values"]).get("data", {})
    return cmd, _command_kwargs(cmd, data)


def _client_order_id(api: ir.ApiIR, st: ir.StreamIR, cmd: ir.StreamCommandIR) -> str:
    """The parameter the stub maps onto the simulator's client order id."""
    template = str(stream_spec(api.id, st.name)["commands"][cmd.name]["stub"]["args"].get("client_order_id", ""))
    wire = template.strip("{}").split("|")[0].removeprefix("data.")
    return next((p.python for p in cmd.params if p.wire == wire), "client_order_id")


def login_secret(api: ir.ApiIR, st: ir.StreamIR) -> str:
    """The credential a stream login proves without sending it: an HMAC scheme's secret, or the one a
    challenge scheme derives its key from that the login data does not carry."""
    spec = stream_spec(api.id, st.name)
    if "url_credential" in spec:  # signed in by a key from REST: the REST scheme's secret
        return str(api.config["auth"]["schemes"][api.config["auth"]["default"]]["secret"])
    login = spec["login"]
    scheme = api.config["auth"]["schemes"][login["scheme"]]
    if "secret" in scheme:
        return str(scheme["secret"])
    sent = str(login["data"])
    derived = [p["credential"] for p in scheme.get("key_derivation", []) if isinstance(p, dict)]
    return next(c for c in derived if "{" + c + "}" not in sent)


def _order_channel(api: ir.ApiIR, st: ir.StreamIR) -> ir.StreamChannelIR:
    """The channel rendered from order events themselves (not a view that order events refresh)."""
    stubs = {ch.name: _spec_channel(api, st, ch).get("stub") or {} for ch in st.channels}
    found = [
        ch for ch in st.channels if "order" in stubs[ch.name].get("push_on", []) and "action" not in stubs[ch.name]
    ]
    # a push rendered for some orders only (an $if without $else: condition orders) comes last
    return min(found, key=lambda ch: _for_some_only(stubs[ch.name].get("respond")))


def _for_some_only(template: Any) -> bool:
    return isinstance(template, dict) and "$if" in template and "$else" not in template


def _login_code(api: ir.ApiIR, st: ir.StreamIR, reason: str) -> str | int | None:
    """The code the stream's own table, else the API's, gives a reason (a missing login without a
    code of its own is an unknown key), typed as the API's codes (an int where they are integers)."""
    tables = (stream_spec(api.id, st.name).get("rejections", {}), api.stub["rejections"])
    for name in (reason, "unknown_key"):
        for table in tables:
            if name in table:
                return typed_code(api, table[name])
    raise AssertionError(f"no code for {reason}")


@pytest.mark.parametrize("case", STREAMS, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_reconnect_logs_in_resubscribes_and_keeps_delivering(
    case: tuple[ir.ApiIR, ir.StreamIR], servers: dict[str, Any]
) -> None:
    """After a drop the private order channel delivers again: logged in again and resubscribed."""
    api, st = case
    stub, url = _server(servers, api, st)
    stub.reset(seed=3, book_levels=0)
    orders = _order_channel(api, st)
    values = _channel_values(orders)
    scope = _scope(api, st, orders, values)

    async def run() -> None:
        async with _stream_class(api, st, sync=False)(url=url, **_creds(api)) as stream:
            subscription = await getattr(stream, f"subscribe_{orders.name}")(**values)
            _trade(stub, api, scope, client_order_id=77)
            await _next_matching(subscription, lambda m: True)
            assert stub.ws_drop() == 1
            await _until(lambda: stream.reconnects >= 1 and stream._ready.is_set(), "did not reconnect")
            _trade(stub, api, scope, client_order_id=78)
            pushed = await _next_matching(subscription, lambda m: "78" in msgspec.json.encode(m).decode())
            assert pushed is not None  # the resubscribed private channel delivers

    asyncio.run(run())


@pytest.mark.parametrize("case", ORDERING, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_command_cut_off_by_a_drop_is_unknown_and_never_repeated(
    case: tuple[ir.ApiIR, ir.StreamIR], servers: dict[str, Any]
) -> None:
    api, st = case
    stub, url = _server(servers, api, st)
    stub.reset(seed=3)
    cmd, kwargs = _place(api, st)
    account = api.stub["accounts"][0]["id"]

    async def run() -> None:
        async with _stream_class(api, st, sync=False)(url=url, **_creds(api)) as stream:
            stub.ws_stall(30)  # the order is placed but its reply is held back...
            task = asyncio.create_task(getattr(stream, cmd.name)(**{**kwargs, _client_order_id(api, st, cmd): 4242}))
            placed = lambda: any(o.client_order_id == 4242 for o in stub.exchange.open_orders(account))  # noqa: E731
            await _until(placed, "the order was not placed")
            stub.ws_drop()  # ...and the connection drops before it is sent
            with pytest.raises(CommandOutcomeUnknown):
                await task
            await _until(lambda: stream.reconnects >= 1 and stream._ready.is_set(), "did not reconnect")
            await asyncio.sleep(0.2)

    asyncio.run(run())
    placed = [o for o in stub.exchange.orders.values() if o.client_order_id == 4242]
    assert len(placed) == 1, "the command was sent exactly once"


@pytest.mark.parametrize("case", STREAMS, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_failed_login_raises_the_typed_error(case: tuple[ir.ApiIR, ir.StreamIR], servers: dict[str, Any]) -> None:
    api, st = case
    _, url = _server(servers, api, st)
    creds = _creds(api)
    if "handshake" in stream_spec(api.id, st.name):  # no login: the connection itself is refused
        creds = {k: "wrong" for k in creds}
        with pytest.raises(errors.StreamError), _stream_class(api, st, sync=True)(url=url, reconnect=False, **creds):
            pass
        return
    creds[login_secret(api, st)] = "wrong"

    async def run() -> None:
        stream = _stream_class(api, st, sync=False)(url=url, **creds)
        try:
            with pytest.raises(errors.AuthenticationError) as caught:
                await stream.connect()
            assert caught.value.code == _login_code(api, st, "bad_signature")
        finally:
            await stream.close()

    asyncio.run(run())


@pytest.mark.parametrize("case", STREAMS, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_private_channel_without_login_is_refused(case: tuple[ir.ApiIR, ir.StreamIR], servers: dict[str, Any]) -> None:
    api, st = case
    _, url = _server(servers, api, st)
    channel = next(ch for ch in st.channels if ch.auth)
    if "handshake" in stream_spec(api.id, st.name):  # credentials on the handshake: without them, no connection
        with pytest.raises(errors.StreamError), _stream_class(api, st, sync=True)(url=url, reconnect=False):
            pass
        return

    async def run() -> None:
        if "url_credential" in stream_spec(api.id, st.name):  # its key comes from a signed call: no stream at all
            stream = _stream_class(api, st, sync=False)(url=url)
            with pytest.raises(errors.ParameterError, match="needs credentials"):
                await stream.connect()
            await stream.close()
            return
        async with _stream_class(api, st, sync=False)(url=url) as stream:
            subscribe = getattr(stream, f"subscribe_{channel.name}")
            if stream.stream.pushed:  # nothing is asked of the server: refused here, not as if it answered
                with pytest.raises(errors.LoginRequiredError, match="log in first") as local:
                    await subscribe(**_channel_values(channel))
                assert not isinstance(local.value, errors.APIError)
            else:
                with pytest.raises(errors.APIError) as caught:
                    await subscribe(**_channel_values(channel))
                assert caught.value.code == _login_code(api, st, "login_required")
            assert stream.subscriptions == []

    asyncio.run(run())


def _watched(api: ir.ApiIR, st: ir.StreamIR) -> ir.StreamChannelIR:
    """A channel that keeps a connection busy: a periodic one, or (with heartbeat commands, whose
    replies are traffic too) any channel the simulator renders."""
    rendered = [ch for ch in st.channels if (_spec_channel(api, st, ch).get("stub") or {}).get("action")]
    periodic = [ch for ch in rendered if ch.interval is not None]
    return (periodic or rendered)[0]


def _busy(api: ir.ApiIR, st: ir.StreamIR) -> bool:
    """A stream whose server promises traffic (a periodic channel, heartbeat messages or its own): only
    there can silence mean a dead link (a quiet order channel is normal; ping timeouts catch the rest)."""
    spec = stream_spec(api.id, st.name)
    periodic = any("interval" in c for c in spec.get("channels", {}).values())
    return periodic or spec.get("heartbeat", {}).get("kind") in ("message", "server")


def _fastest(api: ir.ApiIR, st: ir.StreamIR) -> float:
    """The pace a server that keeps the link busy by itself (heartbeat kind server) promises messages at, in
    seconds; 0 where the client's own heartbeat commands make the traffic (their pace follows the watchdog)."""
    heartbeat = stream_spec(api.id, st.name).get("heartbeat", {})
    return seconds(heartbeat["interval"]) if heartbeat.get("kind") == "server" and "interval" in heartbeat else 0.0


@pytest.mark.parametrize("case", [c for c in STREAMS if _busy(*c)], ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_watchdog_detects_a_stalled_stream(case: tuple[ir.ApiIR, ir.StreamIR], servers: dict[str, Any]) -> None:
    api, st = case
    stub, url = _server(servers, api, st)
    stub.reset(seed=3)
    channel = _watched(api, st)
    values = _channel_values(channel)
    watch = max(0.5, 2.5 * _fastest(api, st))  # silence longer than the server's own pace

    async def run() -> None:
        async with _stream_class(api, st, sync=False)(url=url, watchdog=watch, **_creds(api)) as stream:
            subscription = await getattr(stream, f"subscribe_{channel.name}")(**values)
            await _next_matching(subscription, lambda m: True)
            await asyncio.sleep(2 * watch)  # a healthy connection stays up
            assert stream.stalls == 0
            stub.ws_stall(3 * watch)
            await _until(lambda: stream.stalls >= 1 and stream.reconnects >= 1, "the stall went unnoticed")
            await _next_matching(subscription, lambda m: True)  # delivering again after the reconnect
        async with _stream_class(api, st, sync=False)(
            url=url, watchdog=watch, reconnect=False, **_creds(api)
        ) as stream:
            subscription = await getattr(stream, f"subscribe_{channel.name}")(**values)
            await _next_matching(subscription, lambda m: True)
            stub.ws_stall(3 * watch)
            with pytest.raises(StreamStalledError):
                while True:
                    await asyncio.wait_for(subscription.__anext__(), TIMEOUT)

    asyncio.run(run())


@pytest.mark.parametrize("case", ORDERING, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_bad_payload_fails_before_sending(case: tuple[ir.ApiIR, ir.StreamIR], servers: dict[str, Any]) -> None:
    api, st = case
    _, url = _server(servers, api, st)
    cmd, kwargs = _place(api, st)
    money = next(p.python for p in cmd.params if p.schema.get("format") == "decimal" or "x-scale" in p.schema)
    enums = [p.python for p in cmd.params if "enum" in p.schema]
    with _stream_class(api, st, sync=True)(url=url, **_creds(api)) as stream:
        for bad in [{money: 0.1}, *({e: "NOT-A-VALUE"} for e in enums[:1])]:
            with pytest.raises(errors.ParameterError):
                getattr(stream, cmd.name)(**{**kwargs, **bad})


ENUM_PARAMS = [(api, st, ch, p) for api, st in STREAMS for ch in st.channels for p in ch.params if "enum" in p.schema]


@pytest.mark.parametrize("case", ENUM_PARAMS, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2].name}.{c[3].python}")
def test_bad_channel_parameter_fails_before_sending(
    case: tuple[ir.ApiIR, ir.StreamIR, ir.StreamChannelIR, ir.ParamIR], servers: dict[str, Any]
) -> None:
    api, st, ch, param = case
    _, url = _server(servers, api, st)

    async def run() -> None:
        async with _stream_class(api, st, sync=False)(url=url, **_creds(api)) as stream:
            # the stub would answer an APIError: a ParameterError means nothing was sent
            with pytest.raises(errors.ParameterError):
                await getattr(stream, f"subscribe_{ch.name}")(**{**_channel_values(ch), param.python: "NOT-A-VALUE"})
            assert stream.subscriptions == []

    asyncio.run(run())


@pytest.mark.parametrize("case", STREAMS, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_slow_consumer_drops_oldest_and_counts(case: tuple[ir.ApiIR, ir.StreamIR], servers: dict[str, Any]) -> None:
    api, st = case
    stub, url = _server(servers, api, st)
    channel = next(ch for ch in st.channels if _examples(api, st, "channels", ch.name))
    example = _examples(api, st, "channels", channel.name)[0]["message"]

    async def run() -> None:
        async with _stream_class(api, st, sync=False)(url=url, queue_size=5, **_creds(api)) as stream:
            subscription = await getattr(stream, f"subscribe_{channel.name}")(**_channel_values(channel))
            for _ in range(50):
                stub.ws_push(example)
            await asyncio.sleep(0.5)
            assert subscription.dropped >= 40

    asyncio.run(run())


LIMITED = [(api, st) for api, st in STREAMS if stream_spec(api.id, st.name).get("rate_limits", {}).get("public")]


@pytest.mark.parametrize("case", LIMITED, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_stub_socket_enforces_the_message_limit(case: tuple[ir.ApiIR, ir.StreamIR]) -> None:
    """A connection that is not logged in may send the public bucket's limit of messages in its
    period; the next one is refused with the API's throttle code (and the socket stays open)."""
    api, st = case
    spec = stream_spec(api.id, st.name)
    bucket = api.config["rate_limits"]["buckets"][spec["rate_limits"]["public"]]
    proto = spec["protocol"]
    stub = generated(api.id, "stub").create_stub(seed=3)
    server = stub.streams[st.name]
    loop = asyncio.new_event_loop()
    try:
        session = Session(asyncio.Queue(), loop, ip="127.0.0.1")
        op = next(iter(spec["commands"].values()))["op"]
        replies = [
            server.handle(session, msgspec.json.encode({proto["op"]: op, proto.get("tag", "tag"): i}).decode())
            for i in range(int(bucket["limit"]) + 1)
        ]
    finally:
        loop.close()
    code_field = proto.get("reply_code", "code")
    codes = [str(r[0].get(code_field)) for r in replies]
    throttle = _login_code(api, st, "rate_limited")
    assert throttle not in codes[:-1] and codes[-1] == throttle
    stub.control.limits = False
    again = server.handle(session, msgspec.json.encode({proto["op"]: op}).decode())
    assert str(again[0].get(code_field)) != throttle


PINGED = [(api, st) for api, st in STREAMS if stream_spec(api.id, st.name).get("heartbeat", {}).get("server_pings")]


def _never_ponging(url: str, headers: dict[str, str], limit: float) -> tuple[int, float]:
    """A client that opens the connection and then never writes (so never answers a ping): the pings it
    got, and the seconds until the server closed the connection (at most `limit`)."""
    from websockets.client import ClientProtocol
    from websockets.frames import Frame, Opcode
    from websockets.uri import parse_uri

    protocol = ClientProtocol(parse_uri(url))
    request = protocol.connect()
    for name, value in headers.items():
        request.headers[name] = value
    protocol.send_request(request)
    parts = urlsplit(url)
    pings = 0
    with socket.create_connection((parts.hostname or "", parts.port or 80), timeout=limit) as sock:
        sock.sendall(b"".join(protocol.data_to_send()))  # the handshake; nothing after it (no pong)
        start = time.monotonic()
        while time.monotonic() - start < limit:
            data = sock.recv(65536)
            if data:
                protocol.receive_data(data)
            else:
                protocol.receive_eof()
            pings += sum(isinstance(e, Frame) and e.opcode is Opcode.PING for e in protocol.events_received())
            if not data:
                return pings, time.monotonic() - start
    raise AssertionError(f"the server kept a client that never answered its pings for {limit}s")


@pytest.mark.parametrize("case", PINGED, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_the_server_pings_and_drops_a_client_that_never_pongs(
    case: tuple[ir.ApiIR, ir.StreamIR], servers: dict[str, Any]
) -> None:
    """The stub pings as the spec says (interval, pong timeout); a client that answers (the stream client:
    its WebSocket library pongs) stays connected over many pings, one that never answers is closed once a
    pong is overdue. The stub's ws_ping shortens both here."""
    api, st = case
    stub, url = _server(servers, api, st)
    documented = stream_spec(api.id, st.name)["heartbeat"]["server_pings"]
    path = urlsplit(url).path
    assert stub.ws_pings(path) == (seconds(documented["interval"]), seconds(documented["timeout"]))
    interval, timeout = 0.2, 1.0
    stub.ws_ping(interval, timeout)

    async def run() -> tuple[str, dict[str, str]]:
        async with _stream_class(api, st, sync=False)(url=url, **_creds(api)) as stream:
            await asyncio.sleep(10 * interval)
            assert stream.reconnects == 0, "a client that answers the pings was dropped"
            return await stream._handshake(False)  # where a raw client connects, and with what

    try:
        assert stub.ws_pings(path) == (interval, timeout)
        where, headers = asyncio.run(run())
        pings, closed_after = _never_ponging(where, headers, limit=20.0)
    finally:
        stub.ws_ping(None)
    assert pings >= 1, "the server never pinged"
    assert interval + timeout - 0.1 <= closed_after < interval + timeout + 5.0  # generous: a busy machine
