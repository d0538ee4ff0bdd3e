"""Hostile frames to the stubs' WebSockets, raw: every one is answered in the stream's failure shape with
the code the exchange gives (an operation that is not a name, nesting, size, a non-ASCII login signature,
unknown operations, unknown markets, numbers with spaces), and the connection stays open."""

from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import itertools
import json
import random
import re
import time
from collections.abc import Iterator
from typing import Any

import msgspec
import pytest
from conftest import APIS, generated, stream_spec
from fastecdsa import curve, ecdsa
from stub_support import independent_signature
from websockets.sync.client import ClientConnection, connect

from exchange_bindings.runtime.stub.inbound import MAX_BODY
from exchange_bindings.runtime.stub.serve import ServerThread
from generator import ir

CLIENT_NONCE = bytes(range(16))


def _ecdsa(scheme: dict[str, Any], creds: dict[str, str], server_nonce: bytes, client_nonce: bytes) -> list[str]:
    """A challenge login's r and s, signed here with fastecdsa (not the runtime's plug-in): the key is the
    digest of the scheme's derivation parts, the message its parts with the two nonces."""
    nonces = {"server_nonce": server_nonce, "client_nonce": client_nonce}

    def joined(parts: list[Any]) -> bytes:
        out = b""
        for part in parts:
            if isinstance(part, str):
                out += nonces[part]
            else:
                value = creds[part["credential"]]
                out += int(value).to_bytes(8, "big") if part.get("as") == "uint64_be" else value.encode()
        return out

    digest = getattr(hashlib, scheme["digest"])
    key = int.from_bytes(digest(joined(scheme["key_derivation"])).digest(), "big")
    size = scheme.get("signature_bytes", 28)
    while True:
        r, s = ecdsa.sign(joined(scheme["message"]), key, curve=getattr(curve, scheme["curve"]), hashfunc=digest)
        if max(r, s) < 1 << (8 * size):
            return [base64.b64encode(v.to_bytes(size, "big")).decode() for v in (r, s)]


def _login_data(template: Any, values: dict[str, Any]) -> Any:
    """A login data template with its whole placeholders filled."""
    if isinstance(template, dict):
        return {k: _login_data(v, values) for k, v in template.items()}
    if isinstance(template, list):
        return [_login_data(v, values) for v in template]
    found = re.fullmatch(r"\{(\w+)\}", template) if isinstance(template, str) else None
    return values[found.group(1)] if found else template


STREAMS = [(api, st) for api in APIS.values() for st in api.streams]
LOGINS = [(api, st) for api, st in STREAMS if "login" in stream_spec(api.id, st.name)]  # a login command


def _handshake_headers(api: ir.ApiIR, spec: dict[str, Any]) -> dict[str, str]:
    """The first demo account's credential as a handshake-authenticated stream takes it (a header)."""
    if "handshake" not in spec:
        return {}
    scheme = api.config["auth"]["schemes"][spec["handshake"]["scheme"]]
    assert scheme["in"] == "header", scheme
    return {scheme["name"]: api.stub["accounts"][0]["credentials"][scheme["credentials"][0]]}


_GENERAL = {"login_required": "unknown_key"}  # reasons the stub answers with a broader one's code


@pytest.fixture(scope="module")
def urls() -> Iterator[dict[tuple[str, str], str]]:
    """Each stream's URL on a real socket (one stub per API, rate limits off)."""
    running, found = [], {}
    for api in APIS.values():
        if not api.streams:
            continue
        stub = generated(api.id, "stub").create_stub(seed=1)
        stub.control.limits = False
        server = ServerThread(stub)
        http = server.start()
        running.append(server)
        for name, path in stub.stream_paths().items():
            found[(api.id, name)] = _with_key(api, name, http, http.replace("http", "ws") + path)
    yield found
    for server in running:
        server.stop()


def _with_key(api: ir.ApiIR, stream: str, http: str, url: str) -> str:
    """A stream URL with its listen key (got over REST as the first demo account), where it carries one."""
    held = stream_spec(api.id, stream).get("url_credential")
    if held is None:
        return url
    with generated(api.id, "client").Client(base_url=http, **api.stub["accounts"][0]["credentials"]) as client:
        key = msgspec.to_builtins(getattr(client, held["create"])())[held["field"]]
    return url.replace("{" + held["field"] + "}", key)


class Raw:
    """A raw client of one stream: frames in the stream's own framing, replies picked out from pushes."""

    def __init__(self, api: ir.ApiIR, st: ir.StreamIR, url: str) -> None:
        self.api = api
        self.api_stream = st
        self.spec = stream_spec(api.id, st.name)
        self.proto = self.spec["protocol"]
        self._stack = contextlib.ExitStack()
        headers = _handshake_headers(api, self.spec)
        self.ws: ClientConnection = self._stack.enter_context(connect(url, max_size=None, additional_headers=headers))
        rejected = self.proto.get("correlate", {}).get("rejected")
        self.refusal = dict(rejected) if rejected else None  # a flat API's refusals are messages of their own
        self.tags = itertools.count(1)
        challenge = self.spec.get("login", {}).get("challenge")
        self.nonce = base64.b64decode(json.loads(self.ws.recv(timeout=5))[challenge["field"]]) if challenge else b""

    def payload(self, op: Any, fields: dict[str, Any]) -> dict[str, Any]:
        """A command frame with these payload fields (under the data field, or beside op and tag)."""
        if self.proto.get("payload") == "top_level":
            return self.frame(op, **fields)
        return self.frame(op, **{self.proto["data"]: fields})

    def code(self, reason: str) -> str:
        """The code the stream answers a reason with (its own table first, then the API's)."""
        tables = (self.spec.get("rejections", {}), self.api.stub["rejections"])
        return next(t[r] for r in (reason, _GENERAL.get(reason)) if r for t in tables if r in t)

    def frame(self, op: Any, **fields: Any) -> dict[str, Any]:
        tag = {self.proto["tag"]: next(self.tags)} if "tag" in self.proto else {}
        return {self.proto["op"]: op, **tag, **fields}

    def send(self, frame: Any) -> None:
        self.ws.send(frame if isinstance(frame, str) else json.dumps(frame))

    def reply(self, tag: Any = None) -> dict[str, Any]:
        """The next reply (to the frame tagged `tag`, if given; pushes skipped)."""
        deadline = time.monotonic() + 5
        while True:
            raw = self.ws.recv(timeout=max(0.1, deadline - time.monotonic()))
            message = json.loads(gzip.decompress(raw) if isinstance(raw, bytes) else raw)
            if not isinstance(message, dict) or not self._is_reply(message):
                continue
            if tag is None or str(message.get(self.proto.get("tag", ""))) == str(tag):
                return message

    def _is_reply(self, message: dict[str, Any]) -> bool:
        if self.refusal is not None:
            return all(message.get(k) == v for k, v in self.refusal.items())
        return self.proto["push_channel"] not in message

    def refused(self, frame: Any, reason: str) -> None:
        """The frame is answered with the reason's code (and a message), and the connection lives on."""
        self.send(frame)
        reply = self.reply()
        assert str(reply.get(self.proto.get("reply_code", "code"))) == self.code(reason), (reason, reply)
        assert reply.get(self.proto.get("reply_message", "message")), reply
        self.alive()

    def alive(self) -> None:
        """The connection still answers (the reply to a new frame arrives)."""
        frame = self.frame("no.such.operation")
        self.send(frame)
        self.reply(frame.get(self.proto.get("tag", "")))

    def login(self, signature: str | None = None) -> dict[str, Any]:
        if "handshake" in self.spec:  # authenticated on connecting: nothing to send
            return {}
        login = self.spec["login"]
        scheme = self.api.config["auth"]["schemes"][login["scheme"]]
        creds = dict(self.api.stub["accounts"][0]["credentials"])
        if scheme["type"] == "ecdsa_challenge":
            signed = [signature, signature] if signature else _ecdsa(scheme, creds, self.nonce, CLIENT_NONCE)
            values = {**creds, "client_nonce": base64.b64encode(CLIENT_NONCE).decode(), "r": signed[0], "s": signed[1]}
            self.send(self.payload(self.spec["commands"][login["command"]]["op"], _login_data(login["data"], values)))
            return self.reply()
        stamp = int(time.time() * 1000)
        parts = {"timestamp": str(stamp)}
        message = "".join(p["literal"] if isinstance(p, dict) else parts[p] for p in scheme["message"]["parts"])
        values = {
            **creds,
            "timestamp": stamp,
            "signature": signature or independent_signature(scheme, creds[scheme["secret"]], message),
        }
        data = {key: values[template.strip("{}")] for key, template in login["data"].items()}
        self.send(self.payload(self.spec["commands"][login["command"]]["op"], data))
        return self.reply()

    def close(self) -> None:
        self._stack.close()


@pytest.fixture
def raw(request: pytest.FixtureRequest, urls: dict[tuple[str, str], str]) -> Iterator[Raw]:
    api, st = request.param
    client = Raw(api, st, urls[(api.id, st.name)])
    yield client
    client.close()


def _ids(case: tuple[Any, ...]) -> str:
    return ".".join(getattr(part, "id", None) or getattr(part, "name", None) or str(part) for part in case)


@pytest.mark.parametrize("raw", STREAMS, ids=_ids, indirect=True)
def test_operations_that_are_not_names(raw: Raw) -> None:
    for op in ({"a": 1}, [1, 2], ["subscribe"], 5, None, True, "no.such.operation", ""):
        raw.refused(raw.frame(op), "unknown_route")


@pytest.mark.parametrize("raw", STREAMS, ids=_ids, indirect=True)
def test_deep_and_malformed_json(raw: Raw) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    for frame in (deep, '{"a": ' + deep + "}", "{", "NaN", '"\\ud800"', '{"a": 1e400}'):
        raw.refused(frame, "invalid_parameter")
    data = raw.proto.get("data", "data")
    raw.refused(json.dumps(raw.frame("x"))[:-1] + f', "{data}": ' + deep + "}", "invalid_parameter")


@pytest.mark.parametrize("raw", STREAMS, ids=_ids, indirect=True)
def test_oversized_messages(raw: Raw) -> None:
    raw.refused(raw.frame("x", padding="x" * MAX_BODY), "too_large")


@pytest.mark.parametrize("raw", LOGINS, ids=_ids, indirect=True)
def test_non_ascii_login_signatures(raw: Raw) -> None:
    if "login" not in raw.spec:  # signed in by its URL (a listen key): no login frame to sign
        raw.refused(raw.frame("login", signature="é"), "unknown_route")
        return
    for signature in ("é", "€" * 64, "ÿ"):
        reply = raw.login(signature)
        assert str(reply.get(raw.proto.get("reply_code", "code"))) == raw.code("bad_signature"), reply
        raw.alive()
    assert str(raw.login().get(raw.proto.get("reply_code", "code"))) in ("None", str(raw.proto.get("reply_ok_code")))


def _market_channels(api: ir.ApiIR, st: ir.StreamIR) -> list[tuple[ir.StreamChannelIR, str]]:
    """Channels whose stub mapping reads a param as a market (its `symbol`), with that param."""
    out = []
    for ch in st.channels:
        args = (stream_spec(api.id, st.name)["channels"][ch.name].get("stub") or {}).get("args", {})
        names = set(re.findall(r"\{params\.(\w+)", str(args.get("symbol", ""))))
        out += [(ch, p.wire) for p in ch.params if p.wire in names]
    return out


MARKET_CHANNELS = [(api, st, ch, param) for api, st in STREAMS for ch, param in _market_channels(api, st)]


def _subscription(raw: Raw, ch: ir.StreamChannelIR, values: dict[str, Any]) -> dict[str, Any]:
    """The frame subscribing a channel for these values (by pattern, or with the channel's own command)."""
    if ch.subscription is None:
        arg = ch.pattern.format_map(values)
        return raw.frame(raw.spec["commands"][raw.spec["subscribe"]]["op"], **{raw.proto["args"]: [arg]})
    text = json.dumps(ch.subscription["item"])
    item = json.loads(re.sub(r'"\{(\w+)\}"|\{(\w+)\}', lambda m: _fill(m, values), text))
    data = {ch.subscription["list"]: [item]}
    return raw.payload(ch.subscription["subscribe"], data)


def _fill(match: re.Match[str], values: dict[str, Any]) -> str:
    whole, inner = match.group(1), match.group(2)
    if whole:
        return json.dumps(values[whole])
    return json.dumps(str(values[inner]))[1:-1]


@pytest.mark.parametrize("case", MARKET_CHANNELS, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2].name}.{c[3]}")
def test_subscriptions_to_unknown_markets(case: tuple[Any, ...], urls: dict[tuple[str, str], str]) -> None:
    api, st, ch, param = case
    raw = Raw(api, st, urls[(api.id, st.name)])
    try:
        if ch.auth:
            raw.login()
        for market in ("😀", "NO-SUCH-MARKET"):
            values = {p.wire: p.sample for p in ch.params} | {param: market}
            raw.refused(_subscription(raw, ch, values), "unknown_market")
    finally:
        raw.close()


ORDERING = [
    (api, st, cmd)
    for api, st in STREAMS
    for cmd in st.commands
    if (stream_spec(api.id, st.name)["commands"][cmd.name].get("stub") or {}).get("action") == "place_order"
    and not cmd.batch
]


@pytest.mark.parametrize("case", ORDERING, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2].name}")
def test_order_numbers_with_spaces(case: tuple[Any, ...], urls: dict[tuple[str, str], str]) -> None:
    api, st, cmd = case
    from test_streams import _examples

    raw = Raw(api, st, urls[(api.id, st.name)])
    try:
        raw.login()
        example = dict(_examples(api, st, "commands", cmd.name)[0]["data"])
        example.pop("timestamp", None)
        example.pop("recvWindow", None)
        money = [p for p in cmd.params if p.schema.get("format") == "decimal" or "x-scale" in p.schema]
        decimals = [p.wire for p in money if p.wire in example]
        assert decimals
        for name in decimals:
            for bad in (f" {example[name]}", f"{example[name]} ", "NaN", "1_0"):
                raw.refused(raw.payload(cmd.op, {**example, name: bad}), "invalid_parameter")
    finally:
        raw.close()


def _junk(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 3 or roll < 0.4:
        return rng.choice([None, True, 0, -1, 10**30, 1.5, "", " 1", "😀", "x" * rng.randint(0, 2000), "all"])
    if roll < 0.7:
        return [_junk(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(["a", "market", "marketCode", "market_list", "quantity", ""]): _junk(rng, depth + 1)}


@pytest.mark.parametrize("raw", STREAMS, ids=_ids, indirect=True)
def test_fuzz_never_closes(raw: Raw) -> None:
    """Seeded random frames: known and unknown operations with junk payloads, before and after login."""
    rng = random.Random(raw.api.id + raw.proto["op"])
    ops = [c["op"] for c in raw.spec.get("commands", {}).values()]
    ops += [
        c["subscription"][r]
        for c in raw.spec["channels"].values()
        if "subscription" in c
        for r in ("subscribe", "unsubscribe")
    ]
    top_level = sorted({p.wire for c in raw.api_stream.commands for p in c.params}) or ["x"]
    for i in range(300):
        if i == 150 and "login" in raw.spec:
            raw.login()
        frame = raw.frame(rng.choice([*ops, "x", rng.random()]))
        fields = [raw.proto.get(k) for k in ("data", "args", "batch_data") if raw.proto.get(k)]
        for field in rng.sample(fields or top_level, k=1):  # top-level payloads: junk in a command's field
            frame[field] = _junk(rng)
        raw.send(frame if rng.random() < 0.9 else json.dumps(frame)[: rng.randint(0, 40)])
    raw.alive()
