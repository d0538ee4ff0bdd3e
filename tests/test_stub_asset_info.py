"""Every endpoint describing assets and their chains (mapped to `deposit_config`, one item per asset,
driven from the spec) lists
the chains money moves on in the stub: each asset once, with exactly its chains; one asset when asked."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import APIS
from stub_support import demo_client, stub_of

from generator import ir

CASES = [
    (api, name)
    for api in APIS.values()
    for name, m in api.stub["endpoints"].items()
    if m.get("action") == "deposit_config" and "{item.asset}" in m.get("respond", {}).get("$item", {}).values()
]


def _fields(item: dict[str, Any]) -> tuple[str, str, str]:
    """The wire fields of an item's asset, its chain list, and a chain's name."""
    asset = next(k for k, v in item.items() if v == "{item.asset}")
    chains = next(k for k, v in item.items() if isinstance(v, dict) and v.get("$each") == "item.chains")
    var = item[chains].get("$as", "item")
    chain = next(k for k, v in item[chains]["$item"].items() if v == "{" + var + ".chain}")
    return asset, chains, chain


@pytest.mark.parametrize(("api", "endpoint"), CASES, ids=lambda c: getattr(c, "id", str(c)))
def test_assets_and_their_chains_are_the_stubs(api: ir.ApiIR, endpoint: str) -> None:
    stub = stub_of(api)
    client = demo_client(api, stub)
    asset, chains, chain = _fields(api.stub["endpoints"][endpoint]["respond"]["$item"])
    expected: dict[str, set[str]] = {}
    for c in stub.exchange.funds.config.chains:
        expected.setdefault(c.asset, set()).add(c.chain)
    rows = getattr(client, endpoint)()
    listed = {getattr(r, asset): {getattr(c, chain) for c in getattr(r, chains)} for r in rows}
    assert listed == expected and len(rows) == len(expected)
    wire = api.stub["endpoints"][endpoint]["args"]["asset"].strip("{}").removeprefix("params.")
    one = next(iter(expected))
    assert [getattr(r, asset) for r in getattr(client, endpoint)(**{wire: one})] == [one]
