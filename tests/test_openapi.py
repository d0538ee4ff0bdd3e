"""The OpenAPI 3.1 export of each API: a valid document (the standard validator) that says what the spec
says, operation by operation, and that the generated package ships."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import APIS, ROOT, SPECS
from openapi_spec_validator import validate

from generator import ir, openapi

API_LIST = list(APIS.values())


def _shipped(api: ir.ApiIR) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((ROOT / "generated" / "exchange_bindings" / api.id / "openapi.json").read_text())
    return doc


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_the_export_is_valid_openapi_3_1(api: ir.ApiIR) -> None:
    doc = _shipped(api)
    assert doc["openapi"] == "3.1.0"
    validate(doc)  # raises on any violation of the OpenAPI 3.1 schema, refs included


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_every_endpoint_is_an_operation_with_its_parameters(api: ir.ApiIR) -> None:
    doc = _shipped(api)
    operations = {
        op["operationId"]: (path, method, op) for path, item in doc["paths"].items() for method, op in item.items()
    }
    assert set(operations) == {ep.name for ep in api.endpoints}
    for ep in api.endpoints:
        path, method, op = operations[ep.name]
        assert (path, method.upper()) == (ep.path, ep.method)
        assert op["tags"] == [ep.group] and bool(op.get("deprecated")) == ep.deprecated
        assert bool(op["security"]) == (ep.auth is not None)
        body = op.get("requestBody", {}).get("content", {})
        body_fields = next(iter(body.values()))["schema"].get("properties", {}) if body else {}
        exported = {p["name"]: p["required"] for p in op["parameters"]} | {
            name: name in next(iter(body.values()))["schema"].get("required", []) for name in body_fields
        }
        # arguments our clients take but never send (a side), and the fields they sign
        exported |= {p["name"]: bool(p.get("required")) for p in op.get("x-client-params", [])}
        assert exported == {p.wire: p.required or p.location == "path" for p in ep.params}, ep.name
        signs = {name: field["x-client-sign"] for name, field in body_fields.items() if "x-client-sign" in field}
        assert signs == {
            p.wire: {"by": p.sign[0], "negative_when": p.sign[1]} for p in ep.params if p.sign is not None
        }, ep.name
        assert next(iter(op["responses"])) in {"200", "201", "204"} and "default" in op["responses"]


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_every_reference_resolves_and_every_scheme_is_declared(api: ir.ApiIR) -> None:
    doc = _shipped(api)
    schemas, schemes = doc["components"]["schemas"], doc["components"]["securitySchemes"]

    def refs(node: Any) -> list[str]:
        if isinstance(node, dict):
            own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
            return own + [r for v in node.values() for r in refs(v)]
        return [r for v in node for r in refs(v)] if isinstance(node, list) else []

    for ref in refs(doc):
        assert ref.startswith(openapi.COMPONENTS) and ref.removeprefix(openapi.COMPONENTS) in schemas, ref
    used = {name for item in doc["paths"].values() for op in item.values() for req in op["security"] for name in req}
    assert used <= set(schemes)


def test_the_export_is_the_spec_written_down() -> None:
    """What the package ships is what the generator writes from the spec today (no drift)."""
    for api in API_LIST:
        assert (
            openapi.text(SPECS[api.id], _shipped(api)["info"]["version"])
            == (ROOT / "generated" / "exchange_bindings" / api.id / "openapi.json").read_text()
        )
