"""Records a stub keeps per account (stub.records: an order router's managed exchange accounts, its fixed
lists of exchanges and locations), through each API's own endpoints, driven from the spec: a record stored
is listed, stored again under its key it is replaced (never duplicated), deleted it is gone, and deleting
an unknown one is refused with the API's not-found code, none deleted; clearing empties the collection;
each API key has its own, a reset starts again from the seed; a key naming no venue is refused; fixed
collections answer their seed; an answer rendered with the stub's own address ({host}) gives a URL a
client then reaches the stub through."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import msgspec
import pytest
from conftest import APIS, generated
from stub_driver import Driver
from stub_support import demo_client, stub_of

from exchange_bindings import errors
from exchange_bindings.runtime.stub.serve import ServerThread
from generator import ir


def _mapped(api: ir.ApiIR, action: str) -> dict[str, dict[str, Any]]:
    """The API's endpoints mapped to a records action, by the collection they concern."""
    return {
        m["args"]["collection"]: {"name": name, **m}
        for name, m in api.stub["endpoints"].items()
        if m.get("action") == action
    }


# (api, collection) pairs a client can store into, list, delete from and clear
KEPT = [
    pytest.param(api, name, id=f"{api.id}.{name}")
    for api in APIS.values()
    for name in _mapped(api, "put_record")
    if all(name in _mapped(api, a) for a in ("records", "delete_records", "clear_records"))
]
# of those, the ones whose records name a venue (the stub routes the key to one)
VENUED = [p for p in KEPT if "{venue}" in json.dumps(_mapped(p.values[0], "put_record")[str(p.values[1])]["args"])]
# (api, collection) pairs only listed: their seed is the answer
FIXED = [
    pytest.param(api, name, id=f"{api.id}.{name}")
    for api in APIS.values()
    for name in _mapped(api, "records")
    if name not in _mapped(api, "put_record")
]
HOSTED = [
    pytest.param(api, name, id=f"{api.id}.{name}")
    for api in APIS.values()
    for name, m in api.stub["endpoints"].items()
    if "{host}" in json.dumps(m.get("respond"))
]


@pytest.fixture
def stub(request: pytest.FixtureRequest) -> Iterator[Any]:
    api: ir.ApiIR = request.node.callspec.params["api"]
    yield stub_of(api, seed=5)


def _example(api: ir.ApiIR, action: str, collection: str) -> dict[str, Any]:
    """The record the storing endpoint's documented example sends (its parameters)."""
    name = _mapped(api, action)[collection]["name"]
    ep = next(e for e in api.endpoints if e.name == name)
    params = ep.examples[0]["params"]
    assert params, f"{ep.name} documents no example request"
    return dict(params)


def _key(api: ir.ApiIR, collection: str) -> str:
    return str(api.stub["records"][collection]["key"])


def _listed(drv: Driver, client: Any, collection: str) -> dict[str, dict[str, Any]]:
    rows, _ = drv.call(client, "records", collection=collection)
    return {str(row[_key(drv.api, collection)]): row for row in rows}


def _store(drv: Driver, client: Any, collection: str, record: dict[str, Any]) -> None:
    (row,), _ = drv.call(client, "put_record", collection=collection, **record)
    assert row["ok"], row


def _other(value: Any) -> Any:
    """Another value of the same shape (a record stored again differs in its other fields); a list keeps its items
    (in the other order: an account keeps every credential its exchange requires)."""
    return (
        value[::-1] if isinstance(value, list) and len(value) > 1 else f"{value}2" if isinstance(value, str) else value
    )


def _status_of(api: ir.ApiIR, code: str) -> int:
    """The HTTP status the API gives an error code (the first of its kind's)."""
    kind = api.config["errors"]["codes"][code]["kind"]
    return min(int(s) for s, k in api.config["errors"]["statuses"].items() if k == kind)


@pytest.mark.parametrize(("api", "collection"), KEPT)
def test_store_replace_delete_and_clear(api: ir.ApiIR, collection: str, stub: Any) -> None:
    drv, client = Driver(api), demo_client(api, stub)
    key = _key(api, collection)
    record = _example(api, "put_record", collection)
    record[key] = f"{record[key]}2"  # a record the seed does not hold
    before = _listed(drv, client, collection)
    assert record[key] not in before
    _store(drv, client, collection, record)
    listed = _listed(drv, client, collection)
    assert set(listed) == {*before, record[key]}
    assert {f: listed[record[key]].get(f) for f in record} == record
    changed = {f: v if f == key else _other(v) for f, v in record.items()}
    assert changed != record
    _store(drv, client, collection, changed)  # the same key again: replaced, not duplicated
    rows, _ = drv.call(client, "records", collection=collection)
    assert [row[key] for row in rows].count(record[key]) == 1
    assert {f: _listed(drv, client, collection)[record[key]].get(f) for f in record} == changed
    (row,), _ = drv.call(client, "delete_records", collection=collection, keys=[record[key]])
    assert row["ok"], row
    assert set(_listed(drv, client, collection)) == set(before)
    _store(drv, client, collection, record)
    drv.call(client, "clear_records", collection=collection)
    assert _listed(drv, client, collection) == {}


@pytest.mark.parametrize(("api", "collection"), KEPT)
def test_deleting_an_unknown_record_is_refused_and_deletes_none(api: ir.ApiIR, collection: str, stub: Any) -> None:
    drv, client = Driver(api), demo_client(api, stub)
    key = _key(api, collection)
    record = _example(api, "put_record", collection)
    _store(drv, client, collection, record)
    _refused_delete(drv, client, collection, [record[key], f"{record[key]}-none"])
    assert record[key] in _listed(drv, client, collection)


def _refused_delete(drv: Driver, client: Any, collection: str, keys: list[str]) -> None:
    """Deleting these keys is refused with the API's not-found code and status."""
    api = drv.api
    ep = drv.endpoint("delete_records", collection=collection)
    param = api.stub["endpoints"][ep.name]["args"]["keys"].strip("{}").removeprefix("params.")
    code = str(api.stub["rejections"]["not_found"])
    with pytest.raises(errors.APIError) as caught:
        getattr(client, ep.name)(**{param: keys})
    assert (str(caught.value.code), caught.value.status) == (code, _status_of(api, code))


@pytest.mark.parametrize(("api", "collection"), KEPT)
def test_records_are_per_key_and_a_reset_starts_from_the_seed(api: ir.ApiIR, collection: str, stub: Any) -> None:
    drv, first, second = Driver(api), demo_client(api, stub), demo_client(api, stub, account=1)
    key = _key(api, collection)
    record = _example(api, "put_record", collection)
    record[key] = f"{record[key]}3"
    seed = {str(r[key]) for r in api.stub["records"][collection].get("seed", [])}
    assert set(_listed(drv, first, collection)) == seed
    _store(drv, first, collection, record)
    assert record[key] in _listed(drv, first, collection)
    assert record[key] not in _listed(drv, second, collection)
    stub.reset()
    assert set(_listed(drv, first, collection)) == seed


@pytest.mark.parametrize(("api", "collection"), KEPT)
def test_another_keys_record_is_neither_seen_nor_deleted(api: ir.ApiIR, collection: str, stub: Any) -> None:
    """Adversarial: a second key lists, deletes by key and clears; the first key's record stays."""
    drv, owner, other = Driver(api), demo_client(api, stub), demo_client(api, stub, account=1)
    key = _key(api, collection)
    record = _example(api, "put_record", collection)
    record[key] = f"{record[key]}4"
    _store(drv, owner, collection, record)
    assert record[key] not in _listed(drv, other, collection)
    _refused_delete(drv, other, collection, [record[key]])
    drv.call(other, "clear_records", collection=collection)
    assert {f: _listed(drv, owner, collection)[record[key]].get(f) for f in record} == record


@pytest.mark.parametrize(("api", "collection"), VENUED)
def test_a_key_naming_no_venue_is_refused(api: ir.ApiIR, collection: str, stub: Any) -> None:
    drv, client = Driver(api), demo_client(api, stub)
    key = _key(api, collection)
    record = _example(api, "put_record", collection)
    venue = stub.venue_config.venue_of(record[key])
    record[key] = "Z" * (len(venue) + 1) + record[key][len(venue) :]
    (row,), _ = drv.call(client, "put_record", collection=collection, **record)
    assert not row["ok"] and row["code"] == str(api.stub["rejections"]["invalid_parameter"]), row
    assert record[key] not in _listed(drv, client, collection)


@pytest.mark.parametrize(("api", "collection"), FIXED)
def test_fixed_collections_answer_their_seed(api: ir.ApiIR, collection: str, stub: Any) -> None:
    drv, client = Driver(api), demo_client(api, stub)
    seed = api.stub["records"][collection]["seed"]
    listed = _listed(drv, client, collection)
    assert list(listed) == [str(r[_key(api, collection)]) for r in seed]
    for record in seed:
        row = listed[str(record[_key(api, collection)])]
        shared = set(row) & set(record)
        assert len(shared) > 1 and {f: row[f] for f in shared} == {f: record[f] for f in shared}


@pytest.mark.parametrize(("api", "endpoint"), HOSTED)
def test_an_answer_with_the_stubs_address_reaches_the_stub(api: ir.ApiIR, endpoint: str, stub: Any) -> None:
    item = api.stub["endpoints"][endpoint]["respond"]["$item"]
    hosted = {field: template for field, template in item.items() if "{host}" in str(template)}
    module, drv = generated(api.id), Driver(api)
    credentials = api.stub["accounts"][0]["credentials"]
    with ServerThread(stub) as url:
        host = url.split("://", 1)[1].rstrip("/")
        with module.Client(base_url=url, **credentials) as client:
            answered = [msgspec.to_builtins(row) for row in getattr(client, endpoint)()]
        assert answered, f"{endpoint} answers no item to reach the stub through"
        for row in answered:
            assert {f: row[f] for f in hosted} == {f: t.replace("{host}", host) for f, t in hosted.items()}
        found = next(v for f, v in answered[0].items() if f in hosted and str(v).startswith("http"))
        with module.Client(base_url=found, **credentials) as client:
            rows, _ = drv.call(client, "balances")
            assert rows and all(row["ok"] for row in rows)


def test_the_spec_keeps_records_to_test() -> None:
    """The parametrisations above are not empty: some API stores, lists, deletes and clears records,
    lists fixed ones and answers with the stub's own address."""
    assert KEPT and VENUED and FIXED and HOSTED
