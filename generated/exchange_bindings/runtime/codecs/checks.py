"""Checks of values by their type, at any depth: what a client refuses before sending, and what a
stub refuses from its clients.

- `checked(value, kind)`: a caller's argument made plain and validated against its type, structs
  included. A struct is not validated when it is built (`Order(quantity=0.1 + 0.2)`
  holds a float, `side="NOPE"` an unlisted value), so its fields are checked here, as keyword
  arguments are: a float where money goes, and every constraint of the type (enums too).
- `misread_decimal(value, kind)`: a decimal a client wrote in a way msgspec reads but the exchange
  would not (" 1", "NaN", "1_000").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

import msgspec
import msgspec.inspect as mi

from .decimal import parse

Problem = Callable[[Any], str | None]
_PLAIN = (Decimal, datetime, date)  # kept as they are by to_builtins: their codecs write them
_CONTAINERS = (msgspec.Struct, list, tuple, dict)
_ENCODER = msgspec.json.Encoder()
_BARE_NUMBER = re.compile(rb"[:\[,]-?\d+(?:\.|[eE])")  # a float, or text that looks like one inside a string


def checked(value: Any, kind: Any, *, strict: bool = True) -> Any:
    """`value` validated as `kind` (structs rebuilt from their fields); ValueError saying what is wrong."""
    if isinstance(value, _CONTAINERS):
        try:
            value = msgspec.to_builtins(value, builtin_types=_PLAIN)
        except TypeError as exc:  # an object that is no data at all
            raise ValueError(str(exc)) from None
        _no_float_money(value, kind)
    elif isinstance(value, float):
        _no_float_money(value, kind)
    try:
        return msgspec.convert(value, kind, strict=strict)
    except msgspec.ValidationError as exc:
        raise ValueError(str(exc)) from None


def _no_float_money(value: Any, kind: Any) -> None:
    if not isinstance(value, float) and not _BARE_NUMBER.search(_ENCODER.encode(value)):
        return  # no float anywhere (Decimals encode as strings): the walk by type is not needed
    where = _first(value, _info(kind), _float_money, "$")
    if where is not None:
        inside = "" if where == "$" else f" (at {where})"
        raise ValueError(f"money is never a float{inside}: pass a Decimal or a str")


def misread_decimal(value: Any, kind: Any) -> str | None:
    """The first decimal in `value` (shaped as the msgspec type `kind`, already validated against it) that
    is not written as a plain number, as text; None when every one is. msgspec itself reads " 1" as 1."""
    return _first(value, _info(kind), _misread, None)


def _float_money(value: Any) -> str | None:
    return "float" if isinstance(value, float) else None


def _misread(value: Any) -> str | None:
    try:
        parse(value)
    except ValueError:
        return repr(value)
    return None


@cache
def _info(kind: Any) -> mi.Type:
    return mi.type_info(kind)


def _first(value: Any, info: mi.Type, problem: Problem, path: str | None) -> str | None:
    """The first problem found at a decimal of `value` walked by its type: where it is (with `path`) or
    what it is (without)."""

    if isinstance(info, mi.Metadata):
        return _first(value, info.type, problem, path)
    if isinstance(info, mi.DecimalType):
        found = problem(value)
        return None if found is None else path if path is not None else found
    if isinstance(info, mi.UnionType):  # a problem only if every alternative that fits the value has one
        problems = [_first(value, t, problem, path) for t in info.types if _fits(value, t)]
        return problems[0] if problems and all(problems) else None
    if isinstance(value, dict) and isinstance(info, mi.StructType | mi.TypedDictType | mi.DataclassType):
        for f in info.fields:
            if f.encode_name in value:
                found = _first(value[f.encode_name], f.type, problem, _join(path, f.encode_name))
                if found is not None:
                    return found
        return None
    if isinstance(value, dict) and isinstance(info, mi.DictType):
        return next((p for k, v in value.items() if (p := _first(v, info.value_type, problem, _join(path, k)))), None)
    if isinstance(value, list) and isinstance(info, mi.ListType | mi.VarTupleType | mi.SetType | mi.FrozenSetType):
        return next((p for i, v in enumerate(value) if (p := _first(v, info.item_type, problem, _join(path, i)))), None)
    if isinstance(value, list) and isinstance(info, mi.TupleType):
        pairs = zip(value, info.item_types, strict=False)
        return next((p for i, (v, t) in enumerate(pairs) if (p := _first(v, t, problem, _join(path, i)))), None)
    return None


def _join(path: str | None, step: str | int) -> str | None:
    if path is None:
        return None
    return f"{path}[{step}]" if isinstance(step, int) else f"{path}.{step}"


def _fits(value: Any, info: mi.Type) -> bool:
    """Whether a JSON value could be read as this alternative of a union at all."""
    if isinstance(info, mi.Metadata):
        return _fits(value, info.type)
    if isinstance(info, mi.NoneType):
        return value is None
    if isinstance(info, mi.DecimalType):
        return isinstance(value, str | int | float | Decimal) and not isinstance(value, bool)
    if isinstance(info, mi.StrType):
        return isinstance(value, str)
    if isinstance(info, mi.LiteralType):
        return value in info.values
    if isinstance(info, mi.StructType | mi.TypedDictType | mi.DataclassType | mi.DictType):
        return isinstance(value, dict)
    if isinstance(info, mi.ListType | mi.VarTupleType | mi.TupleType | mi.SetType | mi.FrozenSetType):
        return isinstance(value, list)
    return isinstance(info, mi.AnyType)
