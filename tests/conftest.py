"""Shared fixtures: every API of the spec, its IR, and its generated module."""

from __future__ import annotations

import functools
import importlib
import re
import sys
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from exchange_bindings.runtime.codecs.timestamps import parse_iso
from exchange_bindings.runtime.limits import LIMITERS
from generator import ir
from generator.loader import Spec, api_folders, load_spec

if str(ROOT := Path(__file__).resolve().parent.parent) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the figures of benchmarks/limits.py are also what the tests assert


def loaded(folder: Path) -> Spec:
    """A spec folder loaded once per test process, shared: read it, never edit it (copy it first).
    Loading is slow (YAML with locations) and was most of collection, which every xdist worker repeats."""
    return _load(folder.resolve())


@functools.cache
def _load(folder: Path) -> Spec:
    return load_spec(folder)


SPECS = {folder.name: loaded(folder) for folder in api_folders()}
APIS = {name: ir.build(spec) for name, spec in SPECS.items()}
ENDPOINTS = [(api, ep) for api in APIS.values() for ep in api.endpoints]


def endpoint_id(case: tuple[ir.ApiIR, ir.EndpointIR]) -> str:
    return f"{case[0].id}.{case[1].name}"


def stream_spec(api_id: str, stream: str) -> dict[str, Any]:
    """A stream's section of an API's spec, as written (the generated code holds its typed configuration)."""
    found: dict[str, Any] = SPECS[api_id].data["streams"][stream]
    return found


def generated(api_id: str, module: str = "") -> ModuleType:
    return importlib.import_module(f"exchange_bindings.{api_id}" + (f".{module}" if module else ""))


def canonical(value: Any) -> Any:
    """JSON-ish data with every number or numeric string as a Decimal, and every ISO-8601 time as the
    instant it names to the millisecond (a datetime holds microseconds: of a seventh digit, msgspec rounds
    the sixth where the runtime's reader drops it), for comparisons."""
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, datetime):
        return _to_ms(value)
    if isinstance(value, str) and _ISO_TIME.fullmatch(value):
        return _to_ms(parse_iso(value))
    if isinstance(value, int | float | Decimal | str):
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return value
    return value


def _to_ms(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(microsecond=moment.microsecond // 1000 * 1000)


_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?")


@pytest.fixture(autouse=True)
def fresh_limiters() -> None:
    """Every test starts with empty client-side buckets (the registry is process-wide)."""
    LIMITERS.clear()
