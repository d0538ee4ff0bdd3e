"""APIs whose money is JSON numbers (doubles: `{type: number, format: decimal}`): Decimals go out digit for digit and
come back exactly as the server wrote them, never through a float (0.0783 never becomes
0.07830000000000001), through the generated clients of every such API in spec/."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import httpx
import msgspec
import pytest
from conftest import APIS, generated

from benchmarks import limits as figures
from generator import ir


def _doubles_api(api: ir.ApiIR) -> bool:
    """Its orders carry money as JSON numbers (`{type: number, format: decimal}`)."""
    placing = [ep for ep in api.endpoints if api.stub["endpoints"].get(ep.name, {}).get("action") == "place_order"]
    return any(
        p.schema.get("type") == "number" and p.schema.get("format") == "decimal" for ep in placing for p in ep.params
    )


JSON_NUMBER_APIS = [api for api in APIS.values() if _doubles_api(api)]
DOUBLES = ["0.0783", "52357.18111158658", "1.73e-05", "5e-15", "0.010000000", "150"]


def _money_fields(schema: dict[str, Any]) -> list[str]:
    return [k for k, v in schema.get("properties", {}).items() if v.get("format") == "decimal"]


@pytest.mark.parametrize("api", JSON_NUMBER_APIS, ids=lambda a: a.id)
@pytest.mark.parametrize("double", DOUBLES)
def test_doubles_round_trip_exactly(api: ir.ApiIR, double: str) -> None:
    ep = figures.order_endpoint(api)
    money = [p for p in ep.params if p.schema.get("format") == "decimal"]
    assert money, "an order carries money"
    report = api.schemas[ep.response_schema["$ref"].rsplit("/", 1)[1]] if "$ref" in ep.response_schema else {}
    answer = json.dumps(ep.examples[0]["response"])
    for field in _money_fields(report):  # every money field of the answer written as this double, as JSON text
        answer = re.sub(rf'("{field}": )[^,}}]+', lambda m: m.group(1) + double, answer)
    sent: list[bytes] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, content=answer.encode(), headers={"content-type": "application/json"})

    wire = figures.wire_values(api, ep)
    kwargs = figures.kwargs(api, ep, wire)
    for p in money:
        kwargs[p.python] = Decimal(double)
    creds = {c: "x" for c in api.credentials}
    with generated(api.id).Client(**creds, http_client=httpx.Client(transport=httpx.MockTransport(handle))) as client:
        result = getattr(client, ep.name)(**kwargs)
    body = sent[0].decode()
    for p in money:  # written as the Decimal is, as a JSON number (fixed point), not a float's digits
        assert re.search(rf'"{p.wire}":\s*{re.escape(format(Decimal(double), "f"))}[,}}]', body), body
    decoded = msgspec.to_builtins(result, builtin_types=(Decimal,))
    for field in _money_fields(report):
        assert type(decoded[field]) is Decimal and decoded[field] == Decimal(double)
        assert str(decoded[field]) == str(Decimal(double)), "the digits as the server wrote them"
