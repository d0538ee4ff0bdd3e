"""How much of each API's stub answers from simulator state (issue 15): per API, the endpoints on state
(mapped to a simulator action), those marked constant in the spec (they only report constants: a ping,
past maintenance windows) and those still answering their documented example whatever happened: the
counts and the last list are printed (`pytest -s`). No API is named here (tests/test_single_source.py):
the spec says which endpoint is which."""

from __future__ import annotations

import pytest
from conftest import APIS

from generator import ir


def _kinds(api: ir.ApiIR) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"state": set(), "constant": set(), "example": set()}
    for ep in api.endpoints:
        mapping = api.stub["endpoints"].get(ep.name, {})
        if mapping.get("action", "example") != "example":
            out["state"].add(ep.name)
        elif mapping.get("constant"):
            out["constant"].add(ep.name)
        else:
            out["example"].add(ep.name)
    return out


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_endpoints_on_state_constant_or_still_examples(api: ir.ApiIR) -> None:
    kinds = _kinds(api)
    print(
        f"\n{api.id}: {len(api.endpoints)} endpoints: {len(kinds['state'])} on simulator state, "
        f"{len(kinds['constant'])} constant, {len(kinds['example'])} still answering their example: "
        + ", ".join(sorted(kinds["example"]))
    )
    assert sum(len(names) for names in kinds.values()) == len(api.endpoints)
    # an endpoint answering its example has one to answer with
    assert not [name for name in kinds["example"] | kinds["constant"] if name not in api.stub_config.examples]


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_constant_endpoints_depend_on_nothing(api: ir.ApiIR) -> None:
    """An endpoint marked constant takes no account and no parameter: nothing it is asked could change
    its answer."""
    for ep in api.endpoints:
        if api.stub["endpoints"].get(ep.name, {}).get("constant"):
            assert api.stub["endpoints"][ep.name].get("action", "example") == "example", ep.name
            assert ep.auth is None and not ep.params, ep.name
