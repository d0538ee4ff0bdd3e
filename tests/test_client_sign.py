"""Amounts a client-only argument signs (spec `client_sign`, e.g. CoinFLEX v1's quantity and total, negative
to sell on the wire): the clients take the side and a positive amount and write the wire's sign; a
negative amount with a side is refused before sending; the signed amount alone still passes as given."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from conftest import ENDPOINTS, generated

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
    op = generated(api.id, "client").OPERATIONS[ep.name]
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
