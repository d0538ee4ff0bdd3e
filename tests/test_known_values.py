"""Enumerated response fields (runtime/known.py): `Literal` types in the generated structs, to type checkers;
a value the exchange adds later still decodes and is reported once per field and value (lenient, the
default), while a strict client refuses it; for every endpoint whose example answer has such a field,
sync and async."""

from __future__ import annotations

import asyncio
import copy
import os
import warnings
import zlib
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

import httpx
import msgspec
import pytest
from conftest import APIS, ENDPOINTS, generated
from mypy import api as mypy_api
from test_endpoints import _call_values, _kwargs, _transport

from exchange_bindings import errors
from exchange_bindings.runtime.known import Checked, UnknownValueWarning, _enumerated, _values, strict_values
from generator import ir


def _enumerated_fields(api: ir.ApiIR) -> list[tuple[str, str, list[Any]]]:
    """(struct, wire field, values) of every result struct field whose spec lists its values."""
    found = []
    for name, schema in sorted(api.schemas.items()):
        if name in api.request_schemas:
            continue
        for field, sub in schema.get("properties", {}).items():
            values = sub.get("enum") or ([sub["const"]] if "const" in sub else [])
            if values and not any(isinstance(v, bool) for v in values):
                found.append((name, field, values))
    return found


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_enumerated_result_fields_are_literal_types(api: ir.ApiIR) -> None:
    models = generated(api.id, "models")
    fields = _enumerated_fields(api)
    assert fields, f"{api.id} enumerates no result field"
    for struct, field, values in fields:
        cls = getattr(models, struct)
        assert issubclass(cls, Checked), struct
        info = next(i for i in msgspec.structs.fields(cls) if i.encode_name == field)
        assert list(_values(info.type) or ()) == values, f"{struct}.{field}"


def test_type_checkers_read_them_as_literal() -> None:
    lines = ["from exchange_bindings.runtime.known import Checked"]
    expected = []
    for api in APIS.values():
        struct, field, values = _enumerated_fields(api)[0]
        info = next(
            i for i in msgspec.structs.fields(getattr(generated(api.id, "models"), struct)) if i.encode_name == field
        )
        lines += [
            f"from exchange_bindings.{api.id} import models as {api.id}",
            f"def _{api.id}(x: {api.id}.{struct}) -> None:",
        ]
        lines.append(f"    reveal_type(x.{info.name})")
        expected.append("Literal[" + ", ".join(repr(v) for v in values[:1]))
    os.environ.setdefault("MYPYPATH", str(Path(__file__).parent.parent / "generated"))  # an editable install
    out, err, _ = mypy_api.run(["--no-incremental", "-c", "\n".join(lines)])
    revealed = [line for line in out.splitlines() if "Revealed type" in line]
    assert len(revealed) == len(APIS), out + err
    for line, start in zip(revealed, expected, strict=True):
        assert start in line.replace('"', "'"), line


def _swap(kind: Any, data: Any, new: str) -> str | None:
    """Replace, in `data` (JSON that decodes to `kind`), the first enumerated value by a new one (`new`, or
    a number made from it for an integer enum); the struct and field it was in."""
    if get_origin(kind) is Annotated:
        kind = get_args(kind)[0]
    if isinstance(kind, type) and issubclass(kind, msgspec.Struct):
        if not isinstance(data, dict):
            return None
        infos = msgspec.structs.fields(kind)
        if issubclass(kind, Checked):
            wire = {i.name: i.encode_name for i in infos}
            for name, values in _enumerated(kind):
                if isinstance(data.get(wire[name]), str | int) and data[wire[name]] in values:
                    data[wire[name]] = new if isinstance(data[wire[name]], str) else zlib.crc32(new.encode())
                    return f"{kind.__name__}.{name}"
        pairs = [(i.type, data[i.encode_name]) for i in infos if i.encode_name in data]
    elif get_origin(kind) is list and isinstance(data, list):
        pairs = [(get_args(kind)[0], item) for item in data]
    elif get_origin(kind) is dict and isinstance(data, dict):
        pairs = [(get_args(kind)[1], item) for item in data.values()]
    elif get_origin(kind) in (Union, UnionType):
        pairs = [(arg, data) for arg in get_args(kind)]
    else:
        return None
    return next((found for k, d in pairs if (found := _swap(k, d, new)) is not None), None)


def _with_new_value(api: ir.ApiIR, ep: ir.EndpointIR) -> tuple[dict[str, Any], str, str] | None:
    """The endpoint's example answer with an enumerated value the spec does not list; the value, and
    where it is (None when the example has no enumerated field)."""
    if not ep.examples or ep.examples[0].get("status", 200) >= 300:
        return None
    example = copy.deepcopy(ep.examples[0])
    body = example["response"]
    data = body[api.envelope["data"]] if api.envelope and isinstance(body, dict) else body
    new = f"NEW_{api.id}_{ep.name}".upper()
    where = _swap(generated(api.id, "operations").OPERATIONS[ep.name].response, data, new)
    return (example, new, where) if where is not None else None


CASES = [(api, ep, changed) for api, ep in ENDPOINTS if (changed := _with_new_value(api, ep)) is not None]


def _refused(outcome: Any, new: str) -> None:
    """What a strict client makes of the answer: a DecodeError naming the value; or, for an order whose
    answer it could not take, the error of its lookup or the order the lookup found (never the new value)."""
    if isinstance(outcome, errors.DecodeError):
        assert "not one of the values" in str(outcome)
    elif isinstance(outcome, errors.OutcomeUnknownError):
        assert "not one of the values" in str(outcome.__cause__)
    else:
        assert not isinstance(outcome, BaseException) and new not in repr(outcome), outcome


def _outcome(call: Any) -> Any:
    try:
        return call()
    except errors.ExchangeError as exc:
        return exc


async def _async_outcome(call: Any) -> Any:
    try:
        return await call()
    except errors.ExchangeError as exc:
        return exc


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0].id}.{c[1].name}")
def test_a_new_value_decodes_once_reported_and_strict_refuses_it_sync_and_async(
    case: tuple[ir.ApiIR, ir.EndpointIR, tuple[dict[str, Any], str, str]],
) -> None:
    api, ep, (example, new, where) = case
    module = generated(api.id)
    creds = {c: f"x-{c}" for c in api.credentials}
    args = _kwargs(api, ep, _call_values(api, ep, ep.examples[0]))
    sent = {new, str(zlib.crc32(new.encode()))}  # as the answer carries it (a string, or a number)

    def client(**options: Any) -> Any:
        transport = _transport(api, ep, example, [])
        return module.Client(**creds, http_client=httpx.Client(transport=transport), max_retries=0, **options)

    with client() as lenient, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = getattr(lenient, ep.name)(**args)
        getattr(lenient, ep.name)(**args)  # the same value again: not reported again
    reported = [w for w in caught if issubclass(w.category, UnknownValueWarning)]
    assert len(reported) == 1 and where in str(reported[0].message), [str(w.message) for w in caught]
    assert any(v in repr(first) for v in sent)  # kept as the exchange sent it

    with client(strict=True) as strict:
        _refused(_outcome(lambda: getattr(strict, ep.name)(**args)), new)

    async def run() -> None:
        transport = _transport(api, ep, example, [])
        async with module.AsyncClient(**creds, http_client=httpx.AsyncClient(transport=transport), max_retries=0) as c:
            kept = repr(await getattr(c, ep.name)(**args))  # lenient
            assert any(v in kept for v in sent)
            with strict_values():  # strict for this block (our tests' way)
                _refused(await _async_outcome(lambda: getattr(c, ep.name)(**args)), new)

    asyncio.run(run())
