"""What each operation carries for the runtime: its retry policy, cost, pager and answer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from runtime.codecs.bodies import Success
from runtime.config import RetryPolicy
from runtime.limits import PerItem
from runtime.operation import Pager

from .api import cost, retry_policy, split_client_order_id

REF_PREFIX = "#/schemas/"


def retry(ep: Mapping[str, Any], schemas: Mapping[str, Any], base: RetryPolicy) -> RetryPolicy | None:
    """An endpoint's own retry policy over the API's (None: it has none), its client order id resolved to
    where it sits and what values it takes."""
    data = ep.get("retry")
    if data is None:
        return None
    if "client_order_id" in data:
        data = {**data, "client_order_id": client_order_id(ep, data["client_order_id"], schemas)}
    return retry_policy(data, base)


def client_order_id(ep: Mapping[str, Any], text: str, schemas: Mapping[str, Any]) -> dict[str, Any]:
    """Where a client order id sits (`param` or `param[].field`) and what it is: an integer up to a maximum,
    or a string up to a length (the client makes one when the caller gives none)."""
    param_name, item_field = split_client_order_id(text)
    param = next(p for p in ep.get("params", []) if p["name"] == param_name)
    schema = param["schema"]
    if item_field:
        items = schema.get("items", {})
        if "$ref" in items:
            items = schemas[items["$ref"].removeprefix(REF_PREFIX)]
        schema = items.get("properties", {})[item_field]
    coid: dict[str, Any] = {"param": param_name, "field": item_field}
    if schema.get("type") == "integer":
        coid.update(kind="integer", maximum=int(schema.get("maximum", 2**63 - 1)))
    else:
        coid.update(kind="string", max_length=int(schema.get("maxLength", 32)))
    return coid


def costs(ep: Mapping[str, Any], default_cost: Mapping[str, Any]) -> dict[str, int | PerItem]:
    """The units an endpoint takes from each bucket (the API's default cost, then its own)."""
    return cost({**default_cost, **ep.get("cost", {})})


def pager(ep: Mapping[str, Any]) -> Pager | None:
    """An endpoint's pagination, with the page size its limit argument defaults to."""
    pages = ep.get("pagination")
    if pages is None:
        return None
    limit = next((p for p in ep.get("params", []) if p["name"] == pages.get("limit")), None)
    names = ("limit", "page", "cursor", "has_next", "next_cursor", "start", "next_time")
    ascending = pages.get("ascending")
    return Pager(
        style=pages["style"],
        **{k: pages[k] for k in names if k in pages},
        default_limit=int((limit or {}).get("schema", {}).get("default", 10)),
        ascending=None if ascending is None else (ascending["param"], str(ascending["value"])),
    )


def iterates(pages: Pager | None, response: Mapping[str, Any]) -> bool:
    """Whether an endpoint gets an auto-iterating method: page/limit, a cursor the items carry, or a time
    window the items' times move on."""
    if pages is None or response.get("type") != "array":
        return False
    return (
        pages.style == "page"
        or (pages.style == "cursor" and pages.next_cursor is not None)
        or (pages.style == "time_window" and pages.next_time is not None and pages.start is not None)
    )


def success(ep: Mapping[str, Any]) -> Success | None:
    """A 201 (with Location), a 204, a text or an empty answer; None: 200 with the JSON result."""
    answer = ep.get("success")
    if answer is None:
        return None
    return Success(answer.get("status", 200), answer.get("location"), answer.get("body", "json"))
