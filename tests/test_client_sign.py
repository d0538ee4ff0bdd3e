"""Amounts a client-only argument signs (spec `client_sign`, e.g. CoinFLEX v1's quantity and total, negative
to sell on the wire): the clients take the side and a positive amount and write the wire's sign; a
negative amount with a side is refused before sending; the signed amount alone still passes as given."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from conftest import APIS, ENDPOINTS, generated, stream_spec

from benchmarks.limits import kwargs, wire_values
from exchange_bindings.runtime.codecs import BODIES
from exchange_bindings.runtime.errors import ExchangeError, ParameterError
from generator import ir

SIGNED = [
    (api, ep, p, example)
    for api, ep in ENDPOINTS
    for p in ep.params
    if p.sign is not None
    for example in ep.examples
    if p.wire in example.get("params", {})
]


def test_some_endpoint_takes_a_side() -> None:
    assert SIGNED, "client_sign would go untested"


def _sent(api: ir.ApiIR, ep: ir.EndpointIR, args: dict[str, Any]) -> list[dict[str, Any]]:
    """The wire values of each request the sync client sends for these arguments."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    creds = {c: "x" for c in api.credentials}
    http = httpx.Client(transport=httpx.MockTransport(handle))
    with generated(api.id).Client(**creds, http_client=http, max_retries=0) as client:
        try:
            getattr(client, ep.name)(**args)
        except ParameterError:
            raise
        except ExchangeError:  # the 500: only the request matters here
            pass
    op = generated(api.id, "operations").OPERATIONS[ep.name]
    return [dict(BODIES[op.body_encoding].decode(r.content)) for r in seen]


@pytest.mark.parametrize("case", SIGNED, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2].wire}:{c[3].get('name', '')}")
def test_the_side_signs_a_positive_amount(case: tuple[ir.ApiIR, ir.EndpointIR, ir.ParamIR, dict[str, Any]]) -> None:
    api, ep, p, example = case
    assert p.sign is not None
    by, negative = p.sign
    side = next(q for q in ep.params if q.wire == by)
    positive = next(v for v in side.schema["enum"] if v != negative)
    wire = {**wire_values(api, ep), **example["params"]}
    wire[p.wire] = abs(wire[p.wire])
    args = kwargs(api, ep, wire)
    amount = abs(Decimal(str(wire[p.wire])))

    def sent(**change: Any) -> Decimal:
        (body,) = _sent(api, ep, {**args, **change})
        assert by not in body, "the side is never sent"
        return Decimal(str(body[p.wire]))

    assert sent(**{side.python: negative}) == -amount
    assert sent(**{side.python: positive}) == amount
    assert sent() == amount  # the docs' signed amount, as given
    assert sent(**{p.python: -args[p.python]}) == -amount
    with pytest.raises(ValueError, match=f"'{p.python}' is negative and '{side.python}' is given"):
        _sent(api, ep, {**args, p.python: -args[p.python], side.python: negative})
    with pytest.raises(ParameterError):  # not a side
        _sent(api, ep, {**args, side.python: "short"})


# -- stream commands: a payload field `x-client` (the side) signs amounts marked `x-client-sign` ---------------
SIGNED_COMMANDS = [
    (api, st, command, amount, by, negative)
    for api in APIS.values()
    for st in api.streams
    for command in vars(generated(api.id, "streams"))[f"_{st.name.upper()}_CONFIG"].commands.values()
    for amount, by, negative in command.signs
]


def test_some_stream_command_takes_a_side() -> None:
    assert SIGNED_COMMANDS, "x-client-sign would go untested"


@pytest.mark.parametrize("case", SIGNED_COMMANDS, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2].name}.{c[3]}")
def test_a_stream_command_signs_a_positive_amount_by_its_side(case: tuple[Any, ...]) -> None:
    """The payload a side and a positive amount make is the one the wire's signed amount makes; the side
    itself is never sent; a negative amount with a side is refused before anything is sent."""
    api, st, command, amount, by, negative = case
    stream = getattr(generated(api.id, "streams"), "Async" + st.class_name)(url="ws://127.0.0.1:9")
    examples = [e["data"] for e in stream_spec(api.id, st.name)["commands"][command.name]["examples"] if "data" in e]
    signed = {a for a, _, _ in command.signs}
    example = {k: v for k, v in examples[0].items() if k not in signed}  # the amount alone, as this case sets it
    size = abs(Decimal(str(next((e[amount] for e in examples if amount in e), 100))))
    schema = api.schemas[command.data["$ref"].rpartition("/")[2]]
    positive = next(v for v in schema["properties"][by]["enum"] if v != negative)

    def payload(**change: Any) -> Any:
        return stream._payload(command, {**example, **change})

    assert payload(**{amount: size, by: negative}) == payload(**{amount: -size})
    assert payload(**{amount: size, by: positive}) == payload(**{amount: size})
    assert by not in payload(**{amount: size, by: negative})
    with pytest.raises(ParameterError, match=f"'{amount}' is negative and '{by}' is given"):
        payload(**{amount: -size, by: negative})
    with pytest.raises(ParameterError, match=f"'{amount}' is negative and '{by}' is given"):
        payload(**{amount: -size, by: positive})  # a sell said twice over, or a buy with a sell's sign: refused
    with pytest.raises(ParameterError):  # not a side: refused, never sent as an unsigned (buy) amount
        payload(**{amount: size, by: "short"})
