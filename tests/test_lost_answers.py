"""Nothing placed twice: an order whose answer is lost is looked up by its client order id.

Every order-placing endpoint of every API, sync and async, against its stub (which places a repeated
client order id again when the spec says the exchange does): the answer lost in every way a network
loses one (dropped, reset, timed out, a 5xx, truncated, unreadable), before and after the order
landed; lookups that fail; a deadline too short to look up; a batch of which only some orders
landed; and the stub's handling of repeats (accept, replay, reject).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import msgspec
import pytest
from conftest import APIS, generated
from msgspec.structs import replace
from stub_support import signed

from benchmarks import limits as figures
from exchange_bindings import errors
from generator import ir

PLACEMENTS = [
    (api, ep)
    for api in APIS.values()
    for ep in api.endpoints
    if (ep.retry or {}).get("client_order_id")
    and api.stub["endpoints"].get(ep.name, {}).get("action", "example") != "example"
]
LOOKED_UP = [(api, ep) for api, ep in PLACEMENTS if "lookup" in (ep.retry or {})]


def _id(case: tuple[ir.ApiIR, ir.EndpointIR]) -> str:
    return f"{case[0].id}.{case[1].name}"


def _coid(ep: ir.EndpointIR) -> tuple[str, str | None]:
    spec = (ep.retry or {})["client_order_id"]
    return spec["param"], spec.get("field")


class Setup:
    """A stub with a funded account, and the arguments of an order (or batch) on `ep`."""

    def __init__(self, api: ir.ApiIR, ep: ir.EndpointIR, items: int = 1) -> None:
        self.api, self.ep = api, ep
        self.stub = generated(api.id, "stub").create_stub(seed=3)
        self.stub.reset(book_levels=0, trades=0)  # every order rests: none fills or vanishes
        self.stub.control.limits = False
        assets = {a for m in figures.markets_of(api) for a in (m["base"], m["quote"])}
        funds = {a: "1000000000" for a in assets}
        self.creds = {c: f"lost-{c}" for c in api.credentials}
        permissions = list(api.config["auth"].get("permissions", {}))
        wallets = {w: funds for w in api.stub.get("wallets", [])[1:]}
        self.stub.add_account("lost", funds, permissions, self.creds, wallets=wallets)
        wire = figures.wire_values(api, ep)
        param, field = _coid(ep)
        # an id the caller must give: a new one per call (the client makes one up otherwise)
        self.given = next((p.python for p in ep.params if p.wire == param and p.required), None) if not field else None
        if field is None:
            wire.pop(param, None)
        else:  # each order without an id (the client makes them), unless the struct requires one
            first = dict(wire[param][0])
            first.pop(field, None)
            wire[param] = [dict(first) for _ in range(items)]
            try:
                self.kwargs = figures.kwargs(api, ep, wire)
                return
            except msgspec.ValidationError:
                integer = (ep.retry or {})["client_order_id"]["kind"] == "integer"
                wire[param] = [{**first, field: 7000 + i if integer else f"lost-{i}"} for i in range(items)]
        self.kwargs = figures.kwargs(api, ep, wire)

    def orders(self) -> list[Any]:
        return [o for o in self.stub.exchange.orders.values() if o.account == "lost"]

    def placements(self) -> list[dict[str, Any]]:
        return [r for r in self.stub.control.requests() if r["operation"] == self.ep.name]

    def client(self, transport: httpx.BaseTransport, **options: Any) -> Any:
        return generated(self.api.id).Client(
            base_url="http://stub.invalid",
            http_client=httpx.Client(transport=transport),
            rate_limits=False,
            **self.creds,
            **options,
        )

    def arguments(self) -> dict[str, Any]:
        return self.kwargs if self.given is None else {**self.kwargs, self.given: f"lost-{uuid.uuid4().hex[:12]}"}

    def call(self, transport: httpx.BaseTransport | None = None, **options: Any) -> Any:
        with self.client(transport or self.stub.transport(), **options) as client:
            return getattr(client, self.ep.name)(**self.arguments())

    def call_async(self, **options: Any) -> Any:
        async def run() -> Any:
            http = httpx.AsyncClient(transport=self.stub.async_transport())
            async with generated(self.api.id).AsyncClient(
                base_url="http://stub.invalid", http_client=http, rate_limits=False, **self.creds, **options
            ) as client:
                return await getattr(client, self.ep.name)(**self.arguments())

        return asyncio.run(run())


@contextlib.contextmanager
def quick(api: ir.ApiIR) -> Iterator[None]:
    with figures.use_settle(api, 0.01):
        yield


def _losing(stub: Any, how: str, after: bool, operation: str) -> httpx.BaseTransport:
    """The stub's transport, where the first request to `operation` loses its answer `how`, after
    the stub handled it (`after`) or before."""
    inner = stub.transport()
    lost = [False]

    def handler(request: httpx.Request) -> httpx.Response:
        if lost[0] or request.url.path not in _paths(stub, operation):
            return inner.handle_request(request)
        lost[0] = True
        if after:
            answer = inner.handle_request(request)
            answer.read()
        if how == "dropped":
            raise httpx.RemoteProtocolError("server disconnected without sending a response", request=request)
        if how == "reset":
            raise httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
        if how == "timeout":
            raise httpx.ReadTimeout("timed out", request=request)
        if how == "5xx":
            return httpx.Response(502, content=b"<html>Bad Gateway</html>")
        if how == "truncated":
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body", request=request
            )
        return httpx.Response(200, content=b'{"code": 0, "da')  # an unreadable body

    return httpx.MockTransport(handler)


def _paths(stub: Any, operation: str) -> set[str]:
    return {stub.operations[operation].path}


LOSSES = ["dropped", "reset", "timeout", "5xx", "truncated", "unreadable"]


@pytest.mark.parametrize("how", LOSSES)
@pytest.mark.parametrize("case", LOOKED_UP, ids=_id)
def test_an_order_that_landed_is_found_not_placed_again(case: tuple[ir.ApiIR, ir.EndpointIR], how: str) -> None:
    api, ep = case
    setup = Setup(api, ep)
    with quick(api):
        result = setup.call(_losing(setup.stub, how, after=True, operation=ep.name))
    orders = setup.orders()
    assert len(orders) == 1, f"placed {len(orders)} times"
    assert len(setup.placements()) == 1, "the order was sent again"
    assert str(orders[0].id) in json.dumps(_plain(result)), "the result is the order placed"


@pytest.mark.parametrize("how", LOSSES)
@pytest.mark.parametrize("case", LOOKED_UP, ids=_id)
def test_an_order_that_did_not_land_is_sent_once_more(case: tuple[ir.ApiIR, ir.EndpointIR], how: str) -> None:
    api, ep = case
    setup = Setup(api, ep)
    with quick(api):
        setup.call(_losing(setup.stub, how, after=False, operation=ep.name))
    assert len(setup.orders()) == 1
    assert len(setup.placements()) == 1, "the lost request never reached the stub; the resend did"


@pytest.mark.parametrize("case", LOOKED_UP, ids=_id)
@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_lost_answer_through_stub_faults(case: tuple[ir.ApiIR, ir.EndpointIR], sync: bool) -> None:
    """The stub's own faults (dropped after placing, a 5xx after placing, a late answer) on both clients."""
    api, ep = case
    setup = Setup(api, ep)
    setup.stub.control.add_fault(times=1, operation=ep.name, drop=True, process=True)
    setup.stub.control.add_fault(times=1, operation=ep.name, status=503, process=True)
    with quick(api):
        for _ in range(2):
            setup.call() if sync else setup.call_async()
    assert len(setup.orders()) == 2 and len(setup.placements()) == 2


@pytest.mark.parametrize("case", LOOKED_UP, ids=_id)
def test_failed_lookup_raises_outcome_unknown_and_sends_nothing_more(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    setup = Setup(api, ep)
    setup.stub.control.add_fault(times=1, operation=ep.name, drop=True, process=True)
    for query in ep.retry["lookup"]["queries"]:  # type: ignore[index]
        setup.stub.control.add_fault(times=None, operation=query["operation"], status=503)
    with quick(api), pytest.raises(errors.OutcomeUnknownError) as caught:
        setup.call()
    orders = setup.orders()
    assert len(orders) == 1 and len(setup.placements()) == 1
    assert caught.value.operation == ep.name
    assert caught.value.client_order_ids == (str(orders[0].client_order_id),)
    assert isinstance(caught.value.__cause__, errors.ExchangeError)


@pytest.mark.parametrize("case", LOOKED_UP, ids=_id)
def test_deadline_too_short_to_look_up_raises_outcome_unknown(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    setup = Setup(api, ep)
    setup.stub.control.add_fault(times=1, operation=ep.name, drop=True, process=True)
    with figures.use_settle(api, 30.0), pytest.raises(errors.OutcomeUnknownError):
        setup.call(deadline=5.0)
    assert len(setup.orders()) == 1 and len(setup.placements()) == 1


@pytest.mark.parametrize("case", [c for c in LOOKED_UP if figures.duplicates(*c) == "accept"], ids=_id)
def test_placement_without_a_lookup_is_never_resent(
    case: tuple[ir.ApiIR, ir.EndpointIR],
) -> None:
    """An exchange that may place a repeat, and no endpoint to find the order by: OutcomeUnknownError."""
    api, ep = case
    setup = Setup(api, ep)
    op = setup.stub.operations[ep.name]  # frozen: its policy swapped for one without a lookup
    with figures.use_retries([(op, replace(op.retry, lookup=None))]):
        setup.stub.control.add_fault(times=1, operation=ep.name, drop=True, process=True)
        with pytest.raises(errors.OutcomeUnknownError, match="no way to look the order up"):
            setup.call()
    assert len(setup.orders()) == 1 and len(setup.placements()) == 1


@pytest.mark.parametrize("case", LOOKED_UP, ids=_id)
def test_every_attempt_lost_raises_outcome_unknown_with_the_generated_id(
    case: tuple[ir.ApiIR, ir.EndpointIR],
) -> None:
    """No server at all: the placement goes once, lookups fail, the id the client made is reported."""
    api, ep = case
    setup = Setup(api, ep)
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method != "GET":
            bodies.append(request.content)
        raise httpx.ReadTimeout("the reply was lost", request=request)

    with quick(api), pytest.raises(errors.OutcomeUnknownError) as caught:
        setup.call(httpx.MockTransport(handler), max_retries=3)
    assert len(bodies) == 1, "a placement whose answer was lost is never simply sent again"
    param, field = _coid(ep)
    sent = json.loads(bodies[0])
    ids = [str(o[field]) for o in sent[param]] if field else [str(sent[param])]
    assert caught.value.client_order_ids == tuple(ids) and all(ids)


BATCHES = [(api, ep) for api, ep in LOOKED_UP if _coid(ep)[1] is not None]


@pytest.mark.parametrize("case", BATCHES, ids=_id)
def test_batch_of_which_some_landed_sends_only_the_rest(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    """The first request reaches the exchange with only its first order (the rest never arrive), and
    its answer is lost: the lookup finds the first, only the others go again, results keep order."""
    api, ep = case
    setup = Setup(api, ep, items=3)
    param, field = _coid(ep)
    inner = setup.stub.transport()
    bodies: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path != setup.stub.operations[ep.name].path:
            return inner.handle_request(request)
        body = json.loads(request.content)
        bodies.append(body)
        if len(bodies) > 1:
            return inner.handle_request(request)
        partial = httpx.Request(
            request.method,
            request.url,
            content=json.dumps({**body, param: body[param][:1]}).encode(),
            headers={"Content-Type": "application/json"},
        )
        signed(api, ep, partial, setup.creds)
        inner.handle_request(partial)  # only the first order arrives ...
        raise httpx.RemoteProtocolError("server disconnected", request=request)  # ... and no answer

    with quick(api):
        result = setup.call(httpx.MockTransport(handler))
    orders = setup.orders()
    assert len(orders) == 3, f"{len(orders)} orders for a batch of 3"
    assert len({str(o.client_order_id) for o in orders}) == 3
    first_ids = [o[field] for o in bodies[0][param]]
    assert [o[field] for o in bodies[1][param]] == first_ids[1:], "only what did not land went again"
    plain = _plain(result)
    listed = plain if isinstance(plain, list) else next(v for v in plain.values() if isinstance(v, list))
    by_id = {str(o.client_order_id): str(o.id) for o in orders}
    assert len(listed) == 3
    for item, coid in zip(listed, first_ids, strict=True):  # the results in the order of the request
        assert by_id[str(coid)] in json.dumps(item)


def _plain(value: Any) -> Any:
    return msgspec.to_builtins(value)


# -- the stub does with a repeat what the spec says the exchange does ------------------------------------
def _place_with_id(setup: Setup, coid_value: Any) -> Any:
    """The order (each order of a batch) with this client order id, placed through our client."""
    param, field = _coid(setup.ep)
    with setup.client(setup.stub.transport()) as client:
        kwargs = dict(setup.kwargs)
        python = next(p.python for p in setup.ep.params if p.wire == param)
        if field is None:
            kwargs[python] = coid_value
        else:
            items = [msgspec.to_builtins(i) for i in kwargs[python]]
            op = generated(setup.api.id, "operations").OPERATIONS[setup.ep.name]
            item_type = next(p.type for p in op.params if p.wire == param)
            kwargs[python] = msgspec.convert([{**i, field: coid_value} for i in items], item_type, strict=False)
        return getattr(client, setup.ep.name)(**kwargs)


@pytest.mark.parametrize("case", PLACEMENTS, ids=_id)
def test_stub_places_a_repeated_client_order_id_again_as_the_exchange_does(
    case: tuple[ir.ApiIR, ir.EndpointIR],
) -> None:
    api, ep = case
    setup = Setup(api, ep)
    value = _id_value(setup)
    first = _place_with_id(setup, value)
    if figures.duplicates(api, ep) == "accept":
        _place_with_id(setup, value)
        assert len(setup.orders()) == 2 * _items(setup), "an exchange that does not de-duplicate places it again"
    elif figures.duplicates(api, ep) == "replay":
        assert _place_with_id(setup, value) == first, "a repeat is answered with the order already placed"
        assert len(setup.orders()) == _items(setup)
    else:
        with pytest.raises(errors.APIError):
            _place_with_id(setup, value)
        assert len(setup.orders()) == _items(setup)


@pytest.mark.parametrize("mode", ["replay", "reject"])
@pytest.mark.parametrize("case", PLACEMENTS, ids=_id)
def test_stub_replays_or_rejects_where_the_spec_says_so(case: tuple[ir.ApiIR, ir.EndpointIR], mode: str) -> None:
    api, ep = case
    setup = Setup(api, ep)
    op = setup.stub.operations[ep.name]
    policy = op.retry or setup.stub.config.retry  # a frozen operation: its policy swapped for the test
    with figures.use_retries([(op, replace(policy, duplicates=mode))]):
        value = _id_value(setup)
        first = _plain(_place_with_id(setup, value))
        if mode == "replay":
            again = _plain(_place_with_id(setup, value))
            assert len(setup.orders()) == _items(setup)
            assert str(setup.orders()[0].id) in json.dumps(again) and str(setup.orders()[0].id) in json.dumps(first)
            return
        try:
            outcome: Any = _plain(_place_with_id(setup, value))
        except errors.ExchangeError as error:
            outcome = error
        assert len(setup.orders()) == _items(setup), "a refused repeat places nothing"
        refused = (
            isinstance(outcome, errors.ExchangeError)
            or '"success": "false"' in json.dumps(outcome)
            or any(
                isinstance(i, dict) and i.get("code") not in (0, None)
                for i in (outcome if isinstance(outcome, list) else [])
            )
        )
        assert refused, outcome


def _items(setup: Setup) -> int:
    param, field = _coid(setup.ep)
    python = next(p.python for p in setup.ep.params if p.wire == param)
    return len(setup.kwargs[python]) if field else 1


def _id_value(setup: Setup) -> Any:
    return 4242 if (setup.ep.retry or {})["client_order_id"]["kind"] == "integer" else "repeat-4242"


# -- docstrings say what happens --------------------------------------------------------------------------
@pytest.mark.parametrize("case", PLACEMENTS, ids=_id)
def test_docstring_says_what_a_lost_answer_does(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    for cls in (generated(api.id).Client, generated(api.id).AsyncClient):
        doc = getattr(cls, ep.name).__doc__ or ""
        # the exchange recognises a repeat and no lookup confirms first: a lost answer is retried
        if figures.duplicates(api, ep) != "accept" and "lookup" not in (ep.retry or {}):
            assert "Lost answers:" in doc and "so a lost answer is retried" in " ".join(doc.split())
            continue
        assert "Lost answers:" in doc and "OutcomeUnknownError" in doc
        for query in ep.retry["lookup"]["queries"]:  # type: ignore[index]
            assert query["operation"] in " ".join(doc.split())
        assert "never retried automatically" not in doc.lower()


@pytest.mark.parametrize("case", LOOKED_UP, ids=_id)
def test_storm_with_failing_lookups_never_places_twice(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    """Answers lost in every way, and every lookup failing: a call whose answer was lost ends with
    OutcomeUnknownError (never a resend), the others with their orders; no order exists twice."""
    api, ep = case
    batch = "field" in (ep.retry or {})["client_order_id"]
    s = figures.storm(api, ep=ep, orders=120, items=2 if batch else 1, lookup_share=1.0, max_retries=2)
    assert s.twice == 0, f"{s.twice} orders placed twice"
    assert s.answered + s.unknown + s.failed == 120 and s.failed <= 2  # a call throttled thrice gives up
    assert s.unknown > 0, "lost answers that cannot be looked up are outcome unknown"
    assert s.placed <= s.orders
