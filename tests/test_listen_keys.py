"""Streams whose URL carries a credential from REST (a listen key), when the key goes away under them:
closed over REST while connected (the server ends the stream: a client that does not reconnect ends with
an error that says so, one that does resumes with a new key; neither hangs), and its keep-alive failing (a
refusal ends the connection at once for a new key, or ends the stream with that error; a failure to reach
the server is reported and the key kept). Driven by the spec's `url_credential` sections."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from conftest import APIS, generated, stream_spec

from exchange_bindings import errors
from exchange_bindings.runtime.stub.serve import ServerThread
from generator import ir

KEYED = [(api, st) for api in APIS.values() for st in api.streams if stream_spec(api.id, st.name).get("url_credential")]
BOUND = 15.0  # seconds anything here may take (a busy machine; a hang would take the key's hour)
KEEP_ALIVE = 0.3  # the tests' keep-alive interval (the spec's is minutes)


@pytest.fixture(params=KEYED, ids=lambda c: f"{c[0].id}.{c[1].name}")
def served(request: pytest.FixtureRequest) -> Iterator[tuple[ir.ApiIR, ir.StreamIR, Any, str]]:
    api, st = request.param
    stub = generated(api.id, "stub").create_stub(seed=5)
    with ServerThread(stub) as base:
        yield api, st, stub, base.replace("http", "ws") + stub.stream_paths()[st.name]


def _open(api: ir.ApiIR, st: ir.StreamIR, url: str, **options: Any) -> Any:
    """The async stream client, its key from the stub's REST side, kept alive every KEEP_ALIVE seconds."""
    cls = getattr(generated(api.id, "streams"), "Async" + st.class_name)
    creds = api.stub["accounts"][0]["credentials"]
    stream = cls(url=url, rest_url=f"http://{urlsplit(url).netloc}", **creds, **options)
    held = dataclasses.replace(stream.stream.url_credential, every=KEEP_ALIVE)
    stream.stream = dataclasses.replace(stream.stream, url_credential=held)
    return stream


def _operation(api: ir.ApiIR, action: str) -> str:
    """The REST endpoint the stub maps onto a listen-key action (close_stream_key, renew_stream_key)."""
    return next(name for name, m in api.stub["endpoints"].items() if m.get("action") == action)


async def _until(condition: Any, failure: str) -> None:
    for _ in range(int(BOUND / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(failure)


async def _ends(subscription: Any) -> errors.StreamError:
    """The error a subscription ends with (within BOUND)."""
    with pytest.raises(errors.StreamError) as ended:
        async with asyncio.timeout(BOUND):
            while True:
                await subscription.__anext__()
    return ended.value


@pytest.mark.parametrize("reconnect", [False, True], ids=["ends", "resumes"])
def test_a_key_closed_over_rest_ends_or_resumes_the_stream(served: tuple[Any, ...], reconnect: bool) -> None:
    api, st, _, url = served
    field = stream_spec(api.id, st.name)["url_credential"]["field"]

    async def run() -> None:
        async with _open(api, st, url, reconnect=reconnect) as stream:
            subscription = await stream.subscribe(st.channels[0].name)
            first = stream._url_credential
            await stream._credential_source(_operation(api, "close_stream_key"), {field: first})
            if not reconnect:
                ended = await _ends(subscription)
                # the server's close, or (on a busy machine, first) the keep-alive it refuses for the closed key
                clear = "closed" in str(ended) or "alive failed" in str(ended)
                assert field in str(ended) and clear, f"an unclear end: {ended}"
                return
            await _until(lambda: stream._ready.is_set() and stream._url_credential not in (None, first), "no new key")
            assert stream.reconnects >= 1

    asyncio.run(run())


@pytest.mark.parametrize("reconnect", [False, True], ids=["ends", "resumes"])
def test_a_refused_keep_alive_is_reported_and_ends_the_connection(
    served: tuple[Any, ...], reconnect: bool, caplog: pytest.LogCaptureFixture
) -> None:
    """The server refuses to extend the key (it does not know it any more): the client says so and leaves
    the connection at once (not an hour later, when the server would notice), for a new key or for good."""
    api, st, stub, url = served
    field = stream_spec(api.id, st.name)["url_credential"]["field"]
    renew = _operation(api, "renew_stream_key")

    async def run() -> None:
        async with _open(api, st, url, reconnect=reconnect) as stream:
            subscription = await stream.subscribe(st.channels[0].name)
            stub.control.add_fault(operation=renew, code=api.stub["rejections"]["unknown_stream_key"])
            if not reconnect:
                ended = await _ends(subscription)
                assert f"keeping the {field} alive failed" in str(ended), f"an unclear end: {ended}"
                return
            # reconnected with the key created again (the server, which still knows the key, may answer it)
            await _until(lambda: stream.reconnects == 1 and stream._ready.is_set(), "no reconnect")
            await _until(lambda: stream._url_credential is not None, "no key after the reconnect")

    with caplog.at_level(logging.WARNING, logger="exchange_bindings.stream"):
        asyncio.run(run())
    assert any(f"keeping its {field} alive failed" in r.getMessage() for r in caplog.records), "not reported"


def test_an_unreachable_keep_alive_is_reported_and_the_key_kept(
    served: tuple[Any, ...], caplog: pytest.LogCaptureFixture
) -> None:
    """A keep-alive that cannot reach the server says nothing about the key: reported, tried again at the
    next turn, the connection and its key kept."""
    api, st, stub, url = served
    field = stream_spec(api.id, st.name)["url_credential"]["field"]
    renew = _operation(api, "renew_stream_key")

    async def run() -> None:
        async with _open(api, st, url) as stream:
            first = stream._url_credential
            stub.control.add_fault(operation=renew, status=503, times=None)
            await _until(lambda: any("alive failed" in r.getMessage() for r in caplog.records), "not reported")
            stub.control.clear_faults()
            await asyncio.sleep(3 * KEEP_ALIVE)  # renewed again, successfully
            assert (stream.reconnects, stream._url_credential) == (0, first)

    with caplog.at_level(logging.WARNING, logger="exchange_bindings.stream"):
        asyncio.run(run())
    assert any(f"keeping its {field} alive failed" in r.getMessage() for r in caplog.records)
