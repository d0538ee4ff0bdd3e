"""Make rendered data match the response schema's wire types (strings vs numbers, nulls)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

REF = "#/schemas/"


def _fixed(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def conform(value: Any, schema: dict[str, Any], schemas: dict[str, Any]) -> Any:
    """`value` converted to what `schema` declares; unknown shapes are left as they are."""
    while "$ref" in schema:
        schema = schemas[schema["$ref"].removeprefix(REF)]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            for alternative in schema[key]:
                if _fits(value, alternative, schemas):
                    return conform(value, alternative, schemas)
            return value
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
    if value is None:
        return None
    if "object" in kinds and isinstance(value, dict):
        props = schema.get("properties", {})
        return {
            k: conform(v, props[k], schemas) if k in props else v
            for k, v in value.items()
            if v is not None or _nullable(props.get(k, {}))
        }
    if "array" in kinds and isinstance(value, list | tuple):
        items = schema.get("items", {})
        return [conform(v, items, schemas) for v in value]
    if isinstance(value, bool):
        return value if "boolean" in kinds or not kinds else str(value).lower()
    if "string" in kinds and not isinstance(value, str):
        return _fixed(value) if isinstance(value, Decimal) else str(value)
    if "integer" in kinds and not isinstance(value, int):
        return int(Decimal(str(value)))
    if "number" in kinds and isinstance(value, str):
        return Decimal(value)
    return value


def _nullable(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    return kinds == "null" or (isinstance(kinds, list) and "null" in kinds) or bool(schema.get("nullable"))


def _fits(value: Any, schema: dict[str, Any], schemas: dict[str, Any]) -> bool:
    while "$ref" in schema:
        schema = schemas[schema["$ref"].removeprefix(REF)]
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
    if isinstance(value, dict):
        return "object" in kinds
    if isinstance(value, list | tuple):
        return "array" in kinds
    return not ({"object", "array"} & set(kinds))
