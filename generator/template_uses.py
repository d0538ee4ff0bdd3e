"""Stream templates that reuse a REST endpoint's response template across spec files (YAML anchors
reach only within one file): `{"$use": "<endpoint>", "$with": "<expr>"}` in a stream's stub template
stands for that endpoint's item template (the `$item` of its `$with` or `$each` response) rendered for
`expr`, so a push shows an order exactly as the REST answer does. Resolved once, when the spec loads."""

from __future__ import annotations

import copy
from typing import Any

from generator.located_yaml import LocatedDocument, Pointer, Problem


def resolve_uses(doc: LocatedDocument, problems: list[Problem]) -> None:
    """Replace every `$use` in the streams' stub templates by the endpoint's item template."""
    endpoints = doc.data.get("endpoints", {})
    for name, stream in doc.data.get("streams", {}).items():
        for kind in ("commands", "channels"):
            for item_name, item in (stream.get(kind) or {}).items():
                stub = item.get("stub") if isinstance(item, dict) else None
                if isinstance(stub, dict) and "respond" in stub:
                    at: Pointer = ("streams", name, kind, item_name, "stub", "respond")
                    stub["respond"] = _resolved(stub["respond"], endpoints, doc, at, problems)


def _resolved(node: Any, endpoints: dict[str, Any], doc: LocatedDocument, at: Pointer, problems: list[Problem]) -> Any:
    if isinstance(node, list):
        return [_resolved(v, endpoints, doc, (*at, i), problems) for i, v in enumerate(node)]
    if not isinstance(node, dict):
        return node
    if "$use" not in node:
        return {k: _resolved(v, endpoints, doc, (*at, k), problems) for k, v in node.items()}
    name = node["$use"]
    respond = ((endpoints.get(name) or {}).get("stub") or {}).get("respond") if isinstance(name, str) else None
    if not isinstance(respond, dict) or "$item" not in respond or "$with" not in node or len(node) != 2:
        problems.append(
            Problem(doc.at(at), f"$use needs $with and an endpoint whose stub answers an $item template: {name!r}")
        )
        return node
    named = respond.get("$as", "item" if "$each" in respond else "it")  # the template language's defaults
    return {"$with": node["$with"], "$as": named, "$item": copy.deepcopy(respond["$item"])}
