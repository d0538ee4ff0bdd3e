"""The stub's response-template language on its own (no API): filters, $each/$with/$if, wire types."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from exchange_bindings.runtime.stub.template import Context, TemplateError, compile_template

TABLES = {"names": {"AAA-SWAP": "AAA", "BBB-SWAP": "BBB"}, "kinds": {"SPOT": "spot", "FUT": "perpetual"}}


def _render(
    template: Any, schema: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None, **values: Any
) -> Any:
    return compile_template(template, schema, schemas)(Context(values, TABLES))


def test_word_tables_map_single_words_and_lists_word_by_word() -> None:
    assert _render("{x|to:names}", x="AAA-SWAP") == "AAA"
    assert _render("{x|from:names}", x="AAA") == "AAA-SWAP"
    assert _render("{x|split|from:names}", x="AAA,BBB,CCC") == ["AAA-SWAP", "BBB-SWAP", "CCC"]  # unknown: unchanged
    assert _render("{x|to:names}", x=["BBB-SWAP", None]) == ["BBB", None]


def test_eq_chooses_with_if() -> None:
    template = {"$if": "kind|eq:'FUT'", "$then": "{name|from:names}", "$else": "{name}"}
    assert _render(template, kind="FUT", name="AAA") == "AAA-SWAP"
    assert _render(template, kind="SPOT", name="AAA") == "AAA"
    assert _render("{kind|to:kinds}", kind="FUT") == "perpetual"


def test_with_binds_one_value_for_single_results_lists_and_batch_items() -> None:
    item = {"id": "{o.id}", "price": "{o.price|default:0}"}
    order = {"id": 7, "price": Decimal("1.5")}
    assert _render({"$with": "result", "$as": "o", "$item": item}, result=order) == {"id": 7, "price": Decimal("1.5")}
    assert _render({"$each": "result", "$as": "o", "$item": item}, result=[order, {"id": 8}]) == [
        {"id": 7, "price": Decimal("1.5")},
        {"id": 8, "price": 0},
    ]
    batch = {
        "$each": "result",
        "$item": {
            "$if": "item.ok",
            "$then": {"code": 0, "data": {"$with": "item.result", "$as": "o", "$item": item}},
            "$else": {"code": "{item.error.code}"},
        },
    }
    results = [{"ok": True, "result": order}, {"ok": False, "error": {"code": "3"}}]
    assert _render(batch, result=results) == [{"code": 0, "data": {"id": 7, "price": Decimal("1.5")}}, {"code": "3"}]


def test_null_is_kept_where_a_union_allows_it_and_dropped_elsewhere() -> None:
    schemas = {"Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}}
    schema = {
        "type": "object",
        "properties": {
            "code": {"type": "integer"},
            "data": {"anyOf": [{"$ref": "#/schemas/Thing"}, {"type": "null"}]},
            "note": {"type": "string"},
        },
    }
    assert _render({"code": "{c}", "data": None, "note": "{n}"}, schema, schemas, c="12") == {"code": 12, "data": None}


def test_unknown_filter_is_an_error() -> None:
    with pytest.raises(TemplateError, match="unknown filter"):
        compile_template("{x|nope}")


def test_flat_joins_the_lists_of_groups_and_concat_joins_lists() -> None:
    groups = [
        {"venue": "A", "result": [{"id": 1}, {"id": 2}]},
        {"venue": "B", "result": []},
        {"venue": "C", "result": [{"id": 3}]},
    ]
    inner = {"$each": "g.result", "$as": "o", "$item": {"venue": "{g.venue}", "id": "{o.id}"}}
    flat = {"$each": "result", "$as": "g", "$flat": True, "$item": inner}
    assert _render(flat, result=groups) == [{"venue": "A", "id": 1}, {"venue": "A", "id": 2}, {"venue": "C", "id": 3}]
    assert _render({**flat, "$flat": False}, result=groups)[1] == []  # without $flat: one list per group
    steps = {"$each": "steps", "$as": "s", "$item": ["{s.name|upper}", "{s.at}"]}
    history = {"$concat": [[["FIRST", "{t0}"]], steps, {"$if": "done", "$then": [["LAST", "{t1}"]], "$else": []}]}
    assert _render(history, steps=[{"name": "b", "at": 2}], t0=1, t1=3, done=True) == [
        ["FIRST", 1],
        ["B", 2],
        ["LAST", 3],
    ]
    assert _render(history, steps=None, t0=1, done=False) == [["FIRST", 1]]


def test_status_history_tells_an_orders_life_from_creation_fills_and_close() -> None:
    from exchange_bindings.runtime.sim.model import Fill, Order

    def fill(quantity: str, at: int) -> Fill:
        return Fill(1, 1, "a", "M", "buy", Decimal(1), Decimal(quantity), Decimal(0), "USD", "maker", at)

    order = Order(1, "a", "M", "buy", "limit", Decimal(3), Decimal(1), created_ms=10, updated_ms=10)
    assert _render("{o|status_history}", o=order) == [{"status": "open", "time_ms": 10}]
    order.fills += [fill("1", 20), fill("1", 30)]
    order.filled, order.status = Decimal(2), "partially_filled"
    order.status, order.reason, order.updated_ms = "cancelled", "user", 40
    assert [(s["status"], s["time_ms"]) for s in _render("{o|status_history}", o=order)] == [
        ("open", 10),
        ("partially_filled", 20),  # a second fill at the same status is no new step
        ("cancelled:user", 40),
    ]
    order.fills.append(fill("1", 35))
    order.status, order.reason = "filled", None
    assert _render("{o|status_history}", o=order)[-1] == {"status": "filled", "time_ms": 35}
    never = Order(2, "a", "M", "buy", "limit", Decimal(3), Decimal(1), created_ms=10, updated_ms=10)
    never.status, never.reason = "cancelled", "maker_only"  # closed at once, untraded: it never rested
    assert _render("{o|status_history}", o=never) == [{"status": "cancelled:maker_only", "time_ms": 10}]
