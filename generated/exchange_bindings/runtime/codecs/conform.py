"""Make data match a schema's wire types (strings vs numbers, nulls): what the stub writes, and what
a stream client sends.

Stub templates get their conversions compiled in (see stub/template.py); `conformer` covers values
that arrive as whole structures (a list of price levels, say). Both are built once per schema. A
field whose codec writes it (a scaled integer, an ISO time) is left as it is here: its shape runs
the codec (see shape.py), which needs the fields around it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from . import codec_for
from .decimal import plain
from .shape import REF

__all__ = [
    "REF",
    "Conformer",
    "coded",
    "conformer",
    "invalid_value",
    "is_nullable",
    "resolve",
    "scalar_converter",
    "type_kinds",
    "wire_text",
]

Conformer = Callable[[Any], Any]


def wire_text(value: Any) -> str:
    """A value as a string field carries it on the wire (decimals without trailing zeros)."""
    return plain(value) if isinstance(value, Decimal) else str(value)


def coded(schema: dict[str, Any]) -> bool:
    """Whether a codec writes this field (its shape does; conforming leaves it as it is)."""
    codec = codec_for(schema)
    return codec is not None and codec.does("render")


_TYPES: dict[str, type | tuple[type, ...]] = {"string": str, "integer": int, "boolean": bool, "number": (int, float)}


def invalid_value(name: str, value: Any, schema: dict[str, Any]) -> str | None:
    """What is wrong with a scalar parameter's value by its schema (type and enum), if anything."""
    kind = schema.get("type")
    if kind in _TYPES and not (isinstance(value, _TYPES[kind]) and (kind == "boolean") == (type(value) is bool)):
        return f"{name} must be a {kind}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{name} must be one of {schema['enum']}"
    return None


def resolve(schema: dict[str, Any], schemas: Mapping[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = schemas[schema["$ref"].removeprefix(REF)]
    return schema


def type_kinds(schema: dict[str, Any]) -> list[str]:
    kinds = schema.get("type")
    return kinds if isinstance(kinds, list) else [kinds] if kinds else []


def is_nullable(schema: dict[str, Any]) -> bool:
    """null is allowed: by type, by the nullable flag, or as one alternative of a union."""
    alternatives = schema.get("anyOf", []) + schema.get("oneOf", [])
    return (
        "null" in type_kinds(schema)
        or bool(schema.get("nullable"))
        or any("null" in type_kinds(a) for a in alternatives if isinstance(a, dict))
    )


def _fits(value: Any, kinds: list[str]) -> bool:
    if isinstance(value, dict):
        return "object" in kinds
    if isinstance(value, list | tuple):
        return "array" in kinds
    return not ({"object", "array"} & set(kinds))


def scalar_converter(kinds: list[str]) -> Conformer:
    """Decimal -> fixed-point string where the wire has strings, str -> Decimal where it has numbers."""
    if kinds == ["string"]:  # the common case, on every response field: one type check

        def string(value: Any) -> Any:
            kind = type(value)
            if kind is str or value is None:
                return value
            if kind is Decimal:
                return plain(value)
            return str(value).lower() if kind is bool else str(value)

        return string

    def scalar(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, bool):
            return value if "boolean" in kinds or not kinds else str(value).lower()
        if "string" in kinds and not isinstance(value, str):
            return plain(value) if isinstance(value, Decimal) else str(value)
        try:
            if "integer" in kinds and not isinstance(value, int):
                return int(Decimal(str(value)))
            if "number" in kinds and isinstance(value, str):
                return Decimal(value)
        except (ArithmeticError, ValueError):  # not a number (a client's junk, echoed back): left as it came
            return value
        return value

    return scalar


def _same(value: Any) -> Any:
    return value


def _union(options: list[tuple[list[str], Conformer]]) -> Conformer:
    def choose(value: Any) -> Any:
        for kinds, convert in options:
            if _fits(value, kinds):
                return convert(value)
        return value

    return choose


def _object(props: dict[str, tuple[Conformer, bool]]) -> Conformer:
    def obj(value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        out = {}
        for name, item in value.items():
            known = props.get(name)
            if item is not None:
                out[name] = known[0](item) if known else item
            elif known is not None and known[1]:
                out[name] = None
        return out

    return obj


def conformer(schema: dict[str, Any], schemas: Mapping[str, Any], cache: dict[str, Any] | None = None) -> Conformer:
    cache = {} if cache is None else cache
    ref = schema.get("$ref")
    if ref is not None:  # named structs are compiled once, and may refer to themselves
        if ref not in cache:
            cache[ref] = None
            cache[ref] = conformer(resolve(schema, schemas), schemas, cache)
        return lambda value: cache[ref](value)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return _union([(type_kinds(resolve(alt, schemas)), conformer(alt, schemas, cache)) for alt in schema[key]])
    kinds = type_kinds(schema)
    if coded(schema):
        return _same
    if "object" in kinds:
        props = schema.get("properties", {})
        return _object(
            {name: (conformer(sub, schemas, cache), is_nullable(resolve(sub, schemas))) for name, sub in props.items()}
        )
    if "array" in kinds:
        item = conformer(schema.get("items", {}), schemas, cache)
        prefix = [conformer(sub, schemas, cache) for sub in schema.get("prefixItems", [])]

        def array(value: Any) -> Any:
            if not isinstance(value, list | tuple):
                return value
            return [prefix[i](v) if i < len(prefix) else item(v) for i, v in enumerate(value)]

        return array
    return scalar_converter(kinds)
