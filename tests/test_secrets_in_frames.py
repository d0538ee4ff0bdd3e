"""No secret in any frame's locals once an error leaves the package, and none in the debug logs.

Whatever prints locals (pytest -l, rich, an error tracker) reads every frame of an exception's
traceback and of the exceptions it chains; the websockets library logs every frame it sends at DEBUG.
Checked for a failed stream login (the login frame held the secret and the signature), a refused
signed REST call, and a client that cannot be built.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import APIS, generated, stream_spec
from test_streams import login_secret

from exchange_bindings import errors
from exchange_bindings.runtime.stub.serve import ServerThread
from generator import ir

SECRET = "secret-9f3c2a71e4b0d5"
STREAMS = [(api, st) for api in APIS.values() for st in api.streams if "login" in stream_spec(api.id, st.name)]
HANDSHAKES = [(api, st) for api in APIS.values() for st in api.streams if "handshake" in stream_spec(api.id, st.name)]


def _frame_locals(exc: BaseException) -> str:
    """The repr of every local of every frame in the exception's traceback and its chain, but the
    test's own (the caller's frames hold what the caller chose to keep)."""
    seen: list[str] = []
    chain: list[BaseException] = [exc]
    visited: set[int] = set()
    while chain:
        current = chain.pop()
        if id(current) in visited:
            continue
        visited.add(id(current))
        tb = current.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename != __file__:
                seen.append(f"{tb.tb_frame.f_code.co_qualname}: {tb.tb_frame.f_locals!r}")
            tb = tb.tb_next
        chain += [c for c in (current.__cause__, current.__context__) if c is not None]
    return "\n".join(seen)


def _leaks(value: str, text: str, piece: int = 10) -> bool:
    """Whether `text` shows `value` or any `piece` characters of it (a log may cut a frame short)."""
    size = min(piece, len(value))
    return any(value[i : i + size] in text for i in range(len(value) - size + 1))


@pytest.fixture(scope="module")
def stream_urls() -> Iterator[dict[str, tuple[Any, dict[str, str]]]]:
    running = {}
    for api in {api.id: api for api, _ in STREAMS + HANDSHAKES}.values():
        stub = generated(api.id, "stub").create_stub(seed=1)
        server = ServerThread(stub)
        base = server.start().replace("http", "ws")
        running[api.id] = (stub, server, {name: base + path for name, path in stub.stream_paths().items()})
    yield {k: (v[0], v[2]) for k, v in running.items()}
    for _, server, _ in running.values():
        server.stop()


def _login_credentials(api: ir.ApiIR, st: ir.StreamIR) -> tuple[dict[str, str], str]:
    creds = dict(api.stub["accounts"][0]["credentials"])
    return creds, login_secret(api, st)


@pytest.mark.parametrize("case", STREAMS, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_a_failed_login_leaves_no_secret_in_any_frame(
    case: tuple[ir.ApiIR, ir.StreamIR], stream_urls: dict[str, Any]
) -> None:
    api, st = case
    _, urls = stream_urls[api.id]
    creds, secret = _login_credentials(api, st)
    creds[secret] = SECRET  # not the account's: the login is refused
    cls = getattr(generated(api.id, "streams"), "Async" + st.class_name)

    async def run() -> tuple[BaseException, list[str]]:
        stream = cls(url=urls[st.name], **creds)
        try:
            with pytest.raises(errors.AuthenticationError) as caught:
                await stream.connect()
            return caught.value, list(stream._secrets)
        finally:
            await stream.close()

    error, masked = asyncio.run(run())
    signatures = [s for s in masked if s not in creds.values()]
    assert signatures, "the login was signed"
    text = _frame_locals(error)
    for value in (SECRET, *signatures):
        assert value not in text, "a frame of the failed login keeps a secret in its locals"


@pytest.mark.parametrize("case", STREAMS, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_debug_logs_of_a_login_mask_the_key_and_signature(
    case: tuple[ir.ApiIR, ir.StreamIR], stream_urls: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    api, st = case
    _, urls = stream_urls[api.id]
    creds, _ = _login_credentials(api, st)
    cls = getattr(generated(api.id, "streams"), "Async" + st.class_name)
    caplog.set_level(logging.DEBUG)  # every logger, websockets' included

    async def run() -> list[str]:
        async with cls(url=urls[st.name], **creds) as stream:
            return list(stream._secrets)

    masked = asyncio.run(run())
    assert any(s not in creds.values() for s in masked), "the login was signed"
    for value in (*creds.values(), *masked):
        if len(value) < 4:  # a short id (user 1) stands in any log line: it cannot be told apart there
            continue
        assert not _leaks(value, caplog.text), "a credential or the signature (or a piece) reached a log line"
    assert "***" in caplog.text, "the login message is logged, masked"


@pytest.mark.parametrize("case", HANDSHAKES, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_a_refused_handshake_leaves_no_key_in_any_frame_or_log(
    case: tuple[ir.ApiIR, ir.StreamIR], stream_urls: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    """The key rides on the connection request (a header): a refused one leaves it in no frame's locals,
    and neither a refused nor an accepted connection logs it (websockets logs request headers at DEBUG)."""
    api, st = case
    _, urls = stream_urls[api.id]
    cls = getattr(generated(api.id, "streams"), "Async" + st.class_name)
    creds = dict(api.stub["accounts"][0]["credentials"])
    caplog.set_level(logging.DEBUG)

    async def refused() -> BaseException:
        stream = cls(url=urls[st.name], reconnect=False, **{k: SECRET for k in creds})
        try:
            with pytest.raises(errors.StreamError) as caught:
                await stream.connect()
            return caught.value
        finally:
            await stream.close()

    async def accepted() -> None:
        async with cls(url=urls[st.name], **creds):
            pass

    assert SECRET not in _frame_locals(asyncio.run(refused())), "a frame of the refused handshake keeps the key"
    asyncio.run(accepted())
    for value in (SECRET, *creds.values()):
        assert not _leaks(value, caplog.text), "the key (or a piece of it) reached a log line"


SIGNED = [(api, next(ep for ep in api.endpoints if ep.auth and ep.method == "GET")) for api in APIS.values()]


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("case", SIGNED, ids=lambda c: c[0].id)
def test_a_refused_signed_call_leaves_no_secret_in_any_frame(case: tuple[ir.ApiIR, ir.EndpointIR], sync: bool) -> None:
    api, ep = case
    sent: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(401, json={"code": 401, "message": "no"})

    creds = {c: SECRET if "secret" in c else f"key-{c}" for c in api.credentials}
    module = generated(api.id)
    wire = {p.wire: p.sample for p in ep.required_params}
    kwargs = {p.python: wire[p.wire] for p in ep.required_params}

    def call() -> BaseException:
        with (
            module.Client(http_client=httpx.Client(transport=httpx.MockTransport(refuse)), **creds) as client,
            pytest.raises(errors.ExchangeError) as caught,
        ):
            getattr(client, ep.name)(**kwargs)
        return caught.value

    async def acall() -> BaseException:
        http = httpx.AsyncClient(transport=httpx.MockTransport(refuse))
        async with module.AsyncClient(http_client=http, **creds) as client:
            with pytest.raises(errors.ExchangeError) as caught:
                await getattr(client, ep.name)(**kwargs)
        return caught.value

    error = call() if sync else asyncio.run(acall())
    signed = {v for r in sent for k, v in r.headers.items() if len(v) >= 16 and k.lower() not in ("user-agent", "host")}
    text = _frame_locals(error)
    for value in (SECRET, *signed):
        assert value not in text


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_a_client_that_cannot_be_built_leaves_no_secret_in_any_frame(api: ir.ApiIR) -> None:
    creds = {c: SECRET for c in api.credentials}
    with pytest.raises(ValueError, match="unknown environment") as caught:
        generated(api.id).Client(environment="nowhere", **creds)  # type: ignore[arg-type]
    assert SECRET not in _frame_locals(caught.value)
