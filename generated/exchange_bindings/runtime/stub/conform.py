"""Make rendered data match the response schema's wire types (strings vs numbers, nulls).

`conformer(schema, schemas)` compiles a schema once into a function; `conform` uses it once.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

REF = "#/schemas/"
Conformer = Callable[[Any], Any]


def _fixed(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = schemas[schema["$ref"].removeprefix(REF)]
    return schema


def _kinds(schema: dict[str, Any]) -> list[str]:
    kinds = schema.get("type")
    return kinds if isinstance(kinds, list) else [kinds] if kinds else []


def _nullable(schema: dict[str, Any]) -> bool:
    return "null" in _kinds(schema) or bool(schema.get("nullable"))


def _fits(value: Any, kinds: list[str]) -> bool:
    if isinstance(value, dict):
        return "object" in kinds
    if isinstance(value, list | tuple):
        return "array" in kinds
    return not ({"object", "array"} & set(kinds))


def conformer(schema: dict[str, Any], schemas: dict[str, Any], _cache: dict[str, Conformer] | None = None) -> Conformer:
    cache: dict[str, Conformer] = {} if _cache is None else _cache
    ref = schema.get("$ref")
    if ref is not None:  # named structs are compiled once (and may refer to themselves)
        if ref not in cache:
            cache[ref] = lambda v: cache[ref](v)  # placeholder for recursion
            cache[ref] = conformer(_resolve(schema, schemas), schemas, cache)
        return lambda v: cache[ref](v)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [(_kinds(_resolve(alt, schemas)), conformer(alt, schemas, cache)) for alt in schema[key]]

            def choose(value: Any) -> Any:
                for kinds, convert in options:
                    if _fits(value, kinds):
                        return convert(value)
                return value

            return choose
    kinds = _kinds(schema)
    if "object" in kinds:
        props = {
            name: (conformer(sub, schemas, cache), _nullable(_resolve(sub, schemas)))
            for name, sub in schema.get("properties", {}).items()
        }

        def obj(value: Any) -> Any:
            if not isinstance(value, dict):
                return value
            out = {}
            for name, item in value.items():
                known = props.get(name)
                if known is None:
                    if item is not None:
                        out[name] = item
                elif item is not None:
                    out[name] = known[0](item)
                elif known[1]:
                    out[name] = None
            return out

        return obj
    if "array" in kinds:
        item = conformer(schema.get("items", {}), schemas, cache)
        return lambda value: [item(v) for v in value] if isinstance(value, list | tuple) else value
    return _scalar(kinds)


def _scalar(kinds: list[str]) -> Conformer:
    def scalar(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, bool):
            return value if "boolean" in kinds or not kinds else str(value).lower()
        if "string" in kinds and not isinstance(value, str):
            return _fixed(value) if isinstance(value, Decimal) else str(value)
        if "integer" in kinds and not isinstance(value, int):
            return int(Decimal(str(value)))
        if "number" in kinds and isinstance(value, str):
            return Decimal(value)
        return value

    return scalar


def conform(value: Any, schema: dict[str, Any], schemas: dict[str, Any]) -> Any:
    """`value` converted to what `schema` declares; unknown shapes are left as they are."""
    return conformer(schema, schemas)(value)
