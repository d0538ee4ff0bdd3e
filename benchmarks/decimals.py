"""What exact money costs when decoding (issue 17, decoding), on the struct with the most Decimal fields.

Three ways to decode the same 500-item list:
- the generated struct: msgspec turns each decimal string into a Decimal as it decodes (what we ship);
- its twin with `str` for every Decimal field: the floor, no Decimal made at all;
- the `str` twin plus a Decimal made from each field on access, as a lazy "convert when read" design
  would do once a caller reads every amount (the common case: a ticker is decoded to be read).
The first against the third says whether deferring the conversion could close the Decimal cost.
"""

from __future__ import annotations

import decimal
import importlib
import json
import statistics
import time
import types
import warnings
from collections.abc import Callable
from typing import Annotated, Any, Union, get_args, get_origin

import msgspec
import msgspec.structs

from exchange_bindings.runtime import known
from generator import ir

ITEMS = 500


def _richest(models: Any, api: ir.ApiIR) -> tuple[type[msgspec.Struct], list[str]]:
    """The struct with the most Decimal fields, and their names."""
    best: tuple[type[msgspec.Struct], list[str]] | None = None
    for name in dir(models):
        cls = getattr(models, name)
        if isinstance(cls, type) and issubclass(cls, msgspec.Struct) and cls is not msgspec.Struct:
            fields = [f.name for f in msgspec.structs.fields(cls) if _is_decimal(f.type)]
            if best is None or len(fields) > len(best[1]):
                best = (cls, fields)
    assert best is not None
    return best


def _is_decimal(annotation: Any) -> bool:
    """A Decimal field, optional or not (a list of Decimals is not one)."""
    if annotation is decimal.Decimal:
        return True
    if get_origin(annotation) in (Annotated, Union, types.UnionType):
        return any(_is_decimal(a) for a in get_args(annotation))
    return False


def _twin(cls: type[msgspec.Struct], fields: list[str], kind: Any) -> type[msgspec.Struct]:
    """The struct's fields with `kind` for each Decimal one, and no __post_init__ (the generated
    struct's checks of enumerated values are measured on their own)."""
    return msgspec.defstruct(
        f"{cls.__name__}As{getattr(kind, '__name__', 'Any')}",
        [(f.name, kind if f.name in fields else Any, f.default) for f in msgspec.structs.fields(cls)],
        kw_only=True,
        rename={f.name: f.encode_name for f in msgspec.structs.fields(cls)},
    )


def _sample(cls: type[msgspec.Struct], fields: list[str]) -> bytes:
    """ITEMS items, every Decimal field a distinct decimal string, every other required field the
    simplest value its JSON schema allows."""
    schema = msgspec.json.schema(cls)
    defs = schema["$defs"]
    base = _value(schema, defs)
    for info in msgspec.structs.fields(cls):  # an enumerated field's first value (the schema says str)
        listed = known._values(info.type)
        if listed is not None and info.encode_name in base and not isinstance(base[info.encode_name], list):
            base[info.encode_name] = listed[0]
    keys = [f.encode_name for f in msgspec.structs.fields(cls) if f.name in fields]
    items = [{**base, **{k: f"{1000 + i}.{i:04d}{j}" for j, k in enumerate(keys)}} for i in range(ITEMS)]
    return json.dumps(items).encode()


def _value(schema: dict[str, Any], defs: dict[str, Any]) -> Any:
    if "$ref" in schema:
        return _value(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return _value(schema[key][0], defs)
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "object":
        required = schema.get("required", [])
        return {k: _value(v, defs) for k, v in schema.get("properties", {}).items() if k in required}
    if kind == "string":
        return "2024-01-02T03:04:05Z" if schema.get("format") == "date-time" else "1"
    return {"integer": 1, "number": 1, "boolean": True, "array": [], "null": None}.get(kind, "1")


def _medians(*fns: Callable[[], Any], rounds: int = 9, n: int = 10) -> list[float]:
    """Seconds a call of each, rounds alternating between them (the machine's noise falls on all)."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(rounds):
        for fn, runs in zip(fns, times, strict=True):
            start = time.perf_counter()
            for _ in range(n):
                fn()
            runs.append((time.perf_counter() - start) / n)
    return [statistics.median(runs) for runs in times]


def bench(api: ir.ApiIR, report: Callable[..., None]) -> None:
    models = importlib.import_module(f"exchange_bindings.{api.id}.models")
    cls, fields = _richest(models, api)
    body = _sample(cls, fields)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the sample's "1" is no value of an enumeration: known.py says so
        try:
            msgspec.json.decode(body, type=list[cls])  # type: ignore[valid-type]
        except msgspec.ValidationError as exc:
            print(f"decode Decimal fields ({api.id}): skipped, no simple sample satisfies {cls.__name__} ({exc})")
            return
        ours = msgspec.json.Decoder(list[cls])  # type: ignore[valid-type]
        exact = msgspec.json.Decoder(list[_twin(cls, fields, decimal.Decimal)])  # type: ignore[misc]
        text = msgspec.json.Decoder(list[_twin(cls, fields, str)])  # type: ignore[misc]

        def on_access() -> None:
            for item in text.decode(body):
                for f in fields:
                    decimal.Decimal(getattr(item, f))

        took = _medians(lambda: exact.decode(body), lambda: text.decode(body), on_access, lambda: ours.decode(body))
    decoded, floor, lazy, generated = took
    label = f"decode {cls.__name__} x{ITEMS} ({len(fields)} Decimal fields)"
    report(f"{label}: Decimal vs str fields", decoded, floor, decoded / floor, unit="ms", scale=1e3)
    report(f"{label}: Decimal vs str + Decimal on access", decoded, lazy, decoded / lazy, unit="ms", scale=1e3)
    report(
        f"{label}: generated struct vs its plain twin", generated, decoded, generated / decoded, unit="ms", scale=1e3
    )
