"""Clients against servers that misbehave on the wire (tests/misbehaving.py), for every API:

- a call (and every `iter_` page) ends by its deadline, whatever the server does: trickled headers,
  a trickled body, no answer at all; sync and async, with the client's own HTTP client or the user's;
- a broken answer (dropped, reset, truncated, not HTTP, a false gzip, JSON nested 100,000 deep)
  raises a typed error that names the endpoint, never a library's exception;
- a kept-alive connection that breaks after a request went is not sent the request again by the HTTP
  library (aiohttp does so for GET, PUT and DELETE unless told not to): only the retry policy resends.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from conftest import APIS

from benchmarks import limits as figures
from benchmarks.misbehaving import Misbehaving, client_call
from exchange_bindings import errors
from generator import ir

DEADLINE = 1.0
# The faults session reports calls past deadline + 0.5 s; tests run in parallel workers on a loaded machine
# get more. Deadline + margin stays under the 5 s per-attempt timeout: a call that ignores its deadline fails.
MARGIN = 2.0
TIMEOUT = 5.0
assert DEADLINE + MARGIN < TIMEOUT
SLOW = ["trickle_headers", "trickle_body", "silent"]
MODES = ["sync", "async", "sync-own-http", "async-own-http"]


def _get(api: ir.ApiIR) -> ir.EndpointIR:
    return figures.plain_get(api)


PAGED = {api.id: ep for api in APIS.values() for ep in api.endpoints if ep.pager is not None and not ep.deprecated}


def _timed(server: Misbehaving, call: Callable[[], Any]) -> tuple[Any, float]:
    """The call's outcome and seconds, in a thread: a call that overstays fails the test in bounded
    time (the server's end then frees it) instead of hanging it."""
    outcome: list[Any] = []
    started = time.monotonic()
    worker = threading.Thread(target=lambda: outcome.append(call()), daemon=True)
    worker.start()
    worker.join(DEADLINE + MARGIN + 5)
    elapsed = time.monotonic() - started
    assert outcome, f"{server.behaviour}: the call was still running after {elapsed:.1f}s"
    return outcome[0], elapsed


def _kwargs(api: ir.ApiIR, ep: ir.EndpointIR, *, iterating: bool = False) -> dict[str, Any]:
    kwargs = figures.kwargs(api, ep, figures.wire_values(api, ep))
    if iterating:  # the iterating method's own arguments (it advances the page and may set the order)
        kwargs = {k: v for k, v in kwargs.items() if k in {p.python for p in ep.iter_params}}
    return kwargs


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("how", SLOW)
@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_a_call_ends_by_its_deadline(api: ir.ApiIR, how: str, mode: str) -> None:
    ep = _get(api)
    with Misbehaving(how) as server:
        kwargs = {**_kwargs(api, ep), "deadline": DEADLINE}
        error, elapsed = _timed(server, lambda: client_call(api, server.url, mode, ep.name, kwargs, timeout=TIMEOUT))
    assert isinstance(error, errors.RequestTimeoutError), repr(error)
    assert error.operation == ep.name
    assert elapsed <= DEADLINE + MARGIN, f"{how}: the call took {elapsed:.2f}s"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("how", SLOW)
@pytest.mark.parametrize("api", [a for a in APIS.values() if a.id in PAGED], ids=lambda a: a.id)
def test_every_page_ends_by_its_deadline(api: ir.ApiIR, how: str, mode: str) -> None:
    ep = PAGED[api.id]
    kwargs = {**_kwargs(api, ep, iterating=True), "deadline": DEADLINE}
    with Misbehaving(how) as server:
        error, elapsed = _timed(
            server, lambda: client_call(api, server.url, mode, "iter_" + ep.name, kwargs, timeout=TIMEOUT)
        )
    assert isinstance(error, errors.RequestTimeoutError), repr(error)
    assert elapsed <= DEADLINE + MARGIN


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", [a for a in APIS.values() if figures.orders_by_client_id(a)], ids=lambda a: a.id)
def test_an_order_into_silence_ends_by_its_deadline_with_its_outcome_unknown(api: ir.ApiIR, mode: str) -> None:
    ep = figures.order_endpoint(api)
    with Misbehaving("silent") as server:
        kwargs = {**_kwargs(api, ep), "deadline": DEADLINE}
        error, elapsed = _timed(server, lambda: client_call(api, server.url, mode, ep.name, kwargs, timeout=TIMEOUT))
        assert server.requests == 1, "the order was sent once"
    # a resend could place it twice, or the spec has a lost order confirmed first: the caller gets the id
    if figures.duplicates(api, ep) == "replay" and "lookup" not in (ep.retry or {}):
        assert isinstance(error, errors.RequestTimeoutError), repr(error)  # the deadline simply ends the call
    elif figures.duplicates(api, ep) != "reject":
        assert isinstance(error, errors.OutcomeUnknownError), repr(error)
        assert error.client_order_ids
    else:  # the exchange refuses a repeat: the deadline simply ends the call
        assert isinstance(error, errors.RequestTimeoutError), repr(error)
    assert elapsed <= DEADLINE + MARGIN


BROKEN = {
    "drop": errors.TransportError,
    "reset": errors.TransportError,
    "truncated": errors.TransportError,
    "garbage": errors.TransportError,
    "bad_gzip": errors.DecodeError,
    "deep_json": errors.DecodeError,
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("how", list(BROKEN))
@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_a_broken_answer_raises_a_typed_error_naming_the_endpoint(api: ir.ApiIR, how: str, mode: str) -> None:
    ep = _get(api)
    with Misbehaving(how) as server:
        error = client_call(api, server.url, mode, ep.name, _kwargs(api, ep), max_retries=0)
    assert isinstance(error, BROKEN[how]), repr(error)
    assert error.operation == ep.name
    if isinstance(error, errors.TransportError):  # the server read the whole request first: it may have acted
        assert error.sent, f"{how}: a request the server read is reported unsent (a retry could repeat an order)"
    if how == "deep_json":
        assert isinstance(error, errors.DecodeError) and len(error.body) > 200_000, "the raw body is kept"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_a_request_lost_on_a_kept_alive_connection_is_not_sent_again_unasked(api: ir.ApiIR, mode: str) -> None:
    ep = _get(api)
    kwargs = _kwargs(api, ep)
    with Misbehaving("answer_then_drop", json.dumps(ep.examples[0]["response"]).encode()) as server:

        def twice() -> Any:
            return client_call(api, server.url, mode, ep.name, kwargs, max_retries=0, calls=2)

        error, _ = _timed(server, twice)
        requests = server.requests
    assert isinstance(error, errors.TransportError) and error.sent, repr(error)
    assert requests == 2, f"the server read {requests} requests for 2 calls without retries"


SIGNED_GETS = [
    (api, ep)
    for api in APIS.values()
    for ep in [next((e for e in api.endpoints if e.auth and e.method == "GET" and not e.required_params), None)]
    if ep is not None and api.credentials
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", SIGNED_GETS, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_a_key_with_a_line_break_is_refused_before_sending_and_never_shown(
    case: tuple[ir.ApiIR, ir.EndpointIR], mode: str
) -> None:
    """A hostile credential cannot inject a header: the call fails as the caller's mistake (nothing sent),
    with no library exception, and no error in the chain shows the key."""
    api, ep = case
    key = "k3y-SECRET\r\nInjected: 1"
    module = importlib.import_module(f"exchange_bindings.{api.id}")
    creds = {c: key for c in api.credentials}
    with Misbehaving("answer_then_drop", json.dumps(ep.examples[0]["response"]).encode()) as server:

        def call() -> Any:
            options = {"base_url": server.url, "max_retries": 0, "rate_limits": False, **creds}
            try:
                if mode == "sync":
                    with module.Client(**options) as client:
                        getattr(client, ep.name)()
                else:

                    async def run() -> None:
                        async with module.AsyncClient(**options) as client:
                            await getattr(client, ep.name)()

                    asyncio.run(run())
            except Exception as exc:
                return exc
            return None

        error, _ = _timed(server, call)
        requests = server.requests
    if requests:  # a scheme that sends its key in a login body (no header): nothing to inject, still typed
        assert error is None or isinstance(error, errors.ExchangeError), repr(error)
        return
    assert isinstance(error, errors.ParameterError), repr(error)
    chain, seen = [], error
    while seen is not None:
        chain.append(seen)
        seen = seen.__cause__ or (None if seen.__suppress_context__ else seen.__context__)
    assert not any("SECRET" in str(e) for e in chain), [str(e) for e in chain]
