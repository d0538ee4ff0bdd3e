"""Request structs keep the promises of keyword arguments: in every struct an endpoint takes (a batch of
orders, say), a float where money goes and a value its enum does not list are refused before anything
is sent, as they are when passed as keyword arguments. (A struct is not validated when it is built.)"""

from __future__ import annotations

from typing import Any

import msgspec
import msgspec.inspect as mi
import pytest
from conftest import ENDPOINTS, generated
from test_client_behaviour import _client, _never, _values

from exchange_bindings.runtime import errors
from generator import ir


def _bare(info: mi.Type) -> mi.Type:
    """A field's type without its constraints and without None."""
    while True:
        if isinstance(info, mi.Metadata):
            info = info.type
        elif (
            isinstance(info, mi.UnionType)
            and len(non_null := [t for t in info.types if not isinstance(t, mi.NoneType | mi.UnsetType)]) == 1
        ):
            info = non_null[0]
        else:
            return info


def _breakages(struct: msgspec.Struct) -> list[tuple[str, Any, str]]:
    """(field, bad value, why) for the first money field and the first enum field of a struct."""
    out: list[tuple[str, Any, str]] = []
    fields = mi.type_info(type(struct)).fields  # type: ignore[attr-defined]
    money = next((f.name for f in fields if isinstance(_bare(f.type), mi.DecimalType)), None)
    enum = next((f.name for f in fields if isinstance(_bare(f.type), mi.LiteralType)), None)
    if money is not None:
        out.append((money, 0.1 + 0.2, "float money"))
    if enum is not None:
        out.append((enum, "NOT-A-VALUE", "not in enum"))
    return out


def _struct_params(api: ir.ApiIR, ep: ir.EndpointIR) -> list[tuple[str, Any]]:
    """(argument, valid value) of each parameter holding structs, from the endpoint's example."""
    values = _values(ep)
    return [
        (p.python, values[p.python])
        for p in ep.params
        if p.python in values
        and any(
            isinstance(v, msgspec.Struct)
            for v in (values[p.python] if isinstance(values[p.python], list) else [values[p.python]])
        )
    ]


CASES = [
    (api, ep, name, field, bad, why)
    for api, ep in ENDPOINTS
    for name, value in _struct_params(api, ep)
    for field, bad, why in _breakages(value[0] if isinstance(value, list) else value)
]


def test_there_are_struct_arguments_to_check() -> None:
    assert {why for *_, why in CASES} == {"float money", "not in enum"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2]}.{c[3]}:{c[5]}")
def test_a_bad_field_of_a_struct_argument_fails_before_sending(case: tuple[Any, ...]) -> None:
    api, ep, name, field, bad, _ = case
    values = _values(ep)
    items = values[name] if isinstance(values[name], list) else [values[name]]
    broken = [*items[:-1], msgspec.structs.replace(items[-1], **{field: bad})]  # the last item, at depth
    values[name] = broken if isinstance(values[name], list) else broken[0]
    with pytest.raises(errors.ParameterError) as caught:
        getattr(_client(api, _never), ep.name)(**values)
    assert name in str(caught.value) and caught.value.operation == ep.name
    assert generated(api.id, "client")  # the API's own generated client did the refusing
