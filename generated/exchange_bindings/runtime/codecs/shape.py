"""Shapes: where in a value the codecs act, so only those fields are visited.

A shape is a small tree of frozen data (the generator writes it as constructor calls): `Fields` for an
object's fields that need a codec, `Items` for a list's items, `Values` for a map's values, `Either`
for a union, and a codec at the leaves. Fields every codec leaves alone (plain strings, decimal
strings, millisecond times) are not in it; a value with none gets no shape at all, and costs nothing.

`apply(shape, value, direction, scope)` runs one direction (encode, decode, accept, render) over plain
data (dicts by wire name, lists), giving each codec the objects around its field (its scale's key).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

import msgspec

from .base import Codec, Scope

REF = "#/schemas/"


class Fields(msgspec.Struct, frozen=True):
    """An object: the fields that need a codec (or hold values that do)."""

    fields: tuple[tuple[str, Shape], ...]


class Items(msgspec.Struct, frozen=True):
    """A list: each item (`item`), and items by position first (`prefix`, for tuples such as [price, size])."""

    item: Shape | None = None
    prefix: tuple[Shape | None, ...] = ()


class Values(msgspec.Struct, frozen=True):
    """A map of any keys: each value."""

    value: Shape


class Either(msgspec.Struct, frozen=True):
    """A union: the alternative of the value's kind (an object, a list, or anything else)."""

    object: Shape | None = None
    array: Shape | None = None
    scalar: Shape | None = None


Shape = Codec | Fields | Items | Values | Either
CodecFor = Callable[[Mapping[str, Any]], Codec | None]


def apply(shape: Shape, value: Any, direction: str, scope: Scope) -> Any:
    """`value` with every codec of `shape` run in `direction`; ValueError from a codec propagates."""
    if value is None:
        return None
    if isinstance(shape, Codec):
        return getattr(shape, direction)(value, scope) if shape.does(direction) else value
    if isinstance(shape, Fields):
        if not isinstance(value, Mapping):
            return value
        inner = scope.inside(value)
        fields = dict(value)
        for name, sub in shape.fields:
            item = value.get(name)
            if item is not None:
                fields[name] = apply(sub, item, direction, inner)
        return fields
    if isinstance(shape, Items):
        if not isinstance(value, list | tuple):
            return value
        items: list[Any] = []
        for i, v in enumerate(value):
            part = shape.prefix[i] if i < len(shape.prefix) else shape.item
            items.append(v if part is None else apply(part, v, direction, scope))
        return items
    if isinstance(shape, Values):
        if not isinstance(value, Mapping):
            return value
        return {k: apply(shape.value, v, direction, scope) for k, v in value.items()}
    chosen = (
        shape.object if isinstance(value, Mapping) else shape.array if isinstance(value, list | tuple) else shape.scalar
    )
    return value if chosen is None else apply(chosen, value, direction, scope)


def shape_of(
    schema: Mapping[str, Any] | None,
    schemas: Mapping[str, Any],
    codec_for: CodecFor,
    directions: Collection[str],
) -> Shape | None:
    """The shape of a spec type schema: the paths to its fields whose codec acts in one of
    `directions` (None when there are none). A recursive struct may not hold such fields."""
    return _Compiler(schemas, codec_for, directions).shape(schema)


class _Compiler:
    def __init__(self, schemas: Mapping[str, Any], codec_for: CodecFor, directions: Collection[str]) -> None:
        self.schemas = schemas
        self.codec_for = codec_for
        self.directions = directions
        self.done: dict[str, Shape | None] = {}
        self.open: set[str] = set()

    def shape(self, schema: Mapping[str, Any] | None) -> Shape | None:
        if not schema:
            return None
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self.ref(ref.removeprefix(REF))
        codec = self.codec_for(schema)
        if codec is not None:
            return codec if any(codec.does(d) for d in self.directions) else None
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self.union(schema[key])
        kinds = schema.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if "object" in kinds:
            fields = tuple(
                (name, sub)
                for name, sub in ((n, self.shape(s)) for n, s in schema.get("properties", {}).items())
                if sub is not None
            )
            extra = schema.get("additionalProperties")
            values = self.shape(extra) if isinstance(extra, Mapping) else None
            if fields:
                return Fields(fields)
            return Values(values) if values is not None else None
        if "array" in kinds:
            item = self.shape(schema.get("items"))
            prefix = tuple(self.shape(s) for s in schema.get("prefixItems", []))
            if item is None and not any(p is not None for p in prefix):
                return None
            return Items(item, prefix if any(p is not None for p in prefix) else ())
        return None

    def ref(self, name: str) -> Shape | None:
        if name in self.done:
            return self.done[name]
        if name in self.open:  # a struct that holds itself: fine as long as nothing in it needs a codec
            return None
        self.open.add(name)
        found = self.shape(self.schemas.get(name, {}))
        self.open.discard(name)
        if found is not None and self._recursive(name):
            raise ValueError(f"schema {name} refers to itself and has fields that need a codec")
        self.done[name] = found
        return found

    def _recursive(self, name: str) -> bool:
        target = REF + name
        stack, seen = [self.schemas.get(name, {})], set()
        while stack:
            node = stack.pop()
            if isinstance(node, Mapping):
                ref = node.get("$ref")
                if ref == target:
                    return True
                if isinstance(ref, str) and ref not in seen:
                    seen.add(ref)
                    stack.append(self.schemas.get(ref.removeprefix(REF), {}))
                stack.extend(v for k, v in node.items() if k not in ("examples", "example", "$ref"))
            elif isinstance(node, list):
                stack.extend(node)
        return False

    def union(self, alternatives: list[Mapping[str, Any]]) -> Shape | None:
        picked: dict[str, Shape | None] = {"object": None, "array": None, "scalar": None}
        for alternative in alternatives:
            resolved = alternative
            while isinstance(resolved.get("$ref"), str):
                resolved = self.schemas.get(str(resolved["$ref"]).removeprefix(REF), {})
            kinds = resolved.get("type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            kind = "object" if "object" in kinds else "array" if "array" in kinds else "scalar"
            picked[kind] = picked[kind] or self.shape(alternative)
        if not any(picked.values()):
            return None
        return Either(picked["object"], picked["array"], picked["scalar"])


def classes(shape: Shape | None) -> set[str]:
    """The class names a shape's constructor calls use (for the generated module's imports)."""
    if shape is None:
        return set()
    found = {type(shape).__name__}
    if isinstance(shape, Fields):
        for _, sub in shape.fields:
            found |= classes(sub)
    elif isinstance(shape, Items):
        found |= classes(shape.item)
        for each in shape.prefix:
            found |= classes(each)
    elif isinstance(shape, Values):
        found |= classes(shape.value)
    elif isinstance(shape, Either):
        found |= classes(shape.object) | classes(shape.array) | classes(shape.scalar)
    return found
