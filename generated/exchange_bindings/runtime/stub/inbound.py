"""What a stub reads from its clients, bounded: body sizes, JSON nesting, numbers written as numbers.

Clients may send anything. These checks turn hostile input into a `ValueError` (which the stub answers
as the API's own rejection) before it can reach code that would recurse without end, fail to encode it
back, or read a number the exchange would refuse (" 1", "NaN", "1_000").
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Any

import msgspec
import msgspec.inspect as mi

MAX_BODY = 1 << 20  # bytes of a request body or of a socket message
MAX_DEPTH = 32  # nesting of arrays and objects in a client's JSON (exchange requests nest a few levels)

# a number as text: ASCII digits, an optional sign, point and exponent; no spaces, no NaN or Infinity
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)


def load_json(data: bytes | str) -> Any:
    """A client's JSON; ValueError when it is not JSON (or not UTF-8, or holds a lone surrogate, or a
    number out of range) or nests deeper than MAX_DEPTH."""
    try:
        value = msgspec.json.decode(data)
    except RecursionError:
        raise ValueError(f"the JSON nests deeper than {MAX_DEPTH} levels") from None
    except msgspec.DecodeError as exc:
        raise ValueError(f"the JSON is malformed: {exc}") from None
    if _depth(value) > MAX_DEPTH:
        raise ValueError(f"the JSON nests deeper than {MAX_DEPTH} levels")
    return value


def _depth(value: Any) -> int:
    """How deeply arrays and objects nest in a decoded value (a scalar: 0), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest


def wire_decimal(value: Any) -> Decimal:
    """A number as a client sent it (a JSON number or a numeric string), read strictly; ValueError when the
    exchange would not read it as a number."""
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise ValueError(f"{value!r} is not a number")
    if isinstance(value, str) and not _NUMBER.fullmatch(value):
        raise ValueError(f"{value!r} is not a number")
    number = Decimal(value if isinstance(value, str | Decimal) else str(value))
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a number")
    return number


def misread_decimal(value: Any, kind: Any) -> str | None:
    """The first decimal in `value` (shaped as the msgspec type `kind`, already validated against it) that
    is not written as a plain number, as text; None when every one is. msgspec itself reads " 1" as 1."""
    return _misread(value, _info(kind))


@cache
def _info(kind: Any) -> mi.Type:
    return mi.type_info(kind)


def _misread(value: Any, info: mi.Type) -> str | None:
    if isinstance(info, mi.Metadata):
        return _misread(value, info.type)
    if isinstance(info, mi.DecimalType):
        try:
            wire_decimal(value)
        except ValueError:
            return repr(value)
        return None
    if isinstance(info, mi.UnionType):  # fine if some alternative that fits the value reads it
        problems = [_misread(value, t) for t in info.types if _fits(value, t)]
        return problems[0] if problems and all(problems) else None
    if isinstance(value, dict) and isinstance(info, mi.StructType | mi.TypedDictType | mi.DataclassType):
        fields = ((value[f.encode_name], f.type) for f in info.fields if f.encode_name in value)
        return next((p for v, t in fields if (p := _misread(v, t))), None)
    if isinstance(value, dict) and isinstance(info, mi.DictType):
        return next((p for v in value.values() if (p := _misread(v, info.value_type))), None)
    if isinstance(value, list) and isinstance(info, mi.ListType | mi.VarTupleType | mi.SetType | mi.FrozenSetType):
        return next((p for v in value if (p := _misread(v, info.item_type))), None)
    if isinstance(value, list) and isinstance(info, mi.TupleType):
        return next((p for v, t in zip(value, info.item_types, strict=False) if (p := _misread(v, t))), None)
    return None


def _fits(value: Any, info: mi.Type) -> bool:
    """Whether a JSON value could be read as this alternative of a union at all."""
    if isinstance(info, mi.Metadata):
        return _fits(value, info.type)
    if isinstance(info, mi.NoneType):
        return value is None
    if isinstance(info, mi.DecimalType):
        return isinstance(value, str | int | float) and not isinstance(value, bool)
    if isinstance(info, mi.StrType):
        return isinstance(value, str)
    if isinstance(info, mi.LiteralType):
        return value in info.values
    if isinstance(info, mi.StructType | mi.TypedDictType | mi.DataclassType | mi.DictType):
        return isinstance(value, dict)
    if isinstance(info, mi.ListType | mi.VarTupleType | mi.TupleType | mi.SetType | mi.FrozenSetType):
        return isinstance(value, list)
    return isinstance(info, mi.AnyType)


def delay(latency: Any) -> float:
    """A scripted latency as seconds to sleep: what is not a positive number (NaN, negative, text) is
    none, and none is longer than a day (sleeps on a server end at its shutdown anyway)."""
    try:
        seconds = float(latency)
    except (TypeError, ValueError):
        return 0.0
    return min(seconds, 86_400.0) if seconds > 0 else 0.0
