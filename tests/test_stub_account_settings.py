"""Account settings kept per account (stub.records, put_record with `merge`): a setting changed through its
endpoint is what the reading endpoint answers afterwards, for that account only; a setting not sent stays as
it was. Driven from the spec: every merging put_record endpoint against the records endpoint of its collection."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import demo_client, stub_of

from exchange_bindings.runtime.stub.records import records_of
from generator import ir


def _setters(api: ir.ApiIR) -> list[tuple[str, str]]:
    """(endpoint, collection) of every endpoint that changes settings one at a time."""
    return [
        (name, m["args"]["collection"])
        for name, m in api.stub["endpoints"].items()
        if m.get("action") == "put_record" and m.get("args", {}).get("merge")
    ]


CASES = [(api, name, coll) for api in APIS.values() for name, coll in _setters(api)]
# setters of several settings at once
SEVERAL = [
    (api, name, coll)
    for api, name, coll in CASES
    if sum(str(v).startswith("{params.") for v in api.stub["endpoints"][name]["args"].values()) > 1
]


def _reader(api: ir.ApiIR, stub: Any, collection: str) -> Any:
    """Reads an account's setting record: through the API's endpoint for it, else (a setting only a
    setter names) from the store the stub keeps it in."""
    drv = Driver(api)
    if any(
        m.get("action") == "records" and m.get("args", {}).get("collection") == collection
        for m in api.stub["endpoints"].values()
    ):
        # the record's fields as the endpoint names them ("0.x" for a field of the first record)
        return lambda client, account: {
            k.rsplit(".", 1)[-1]: v for k, v in drv.call(client, "records", collection=collection)[0][0].items()
        }
    return lambda client, account: records_of(stub.exchange).list(account, collection)[0]


def _other(api: ir.ApiIR, endpoint: str, field: str, now: Any) -> Any:
    """A value of the setter's parameter for `field` other than `now`."""
    template = api.stub["endpoints"][endpoint]["args"][field]
    ep = next(e for e in api.endpoints if e.name == endpoint)
    param = next(p for p in ep.params if template == "{params." + p.wire + "}")
    schema = param.schema
    if schema.get("type") == "boolean":
        return not now
    return next(v for v in schema.get("enum", [now]) if v != now)


@pytest.mark.parametrize(("api", "endpoint", "collection"), CASES, ids=lambda c: getattr(c, "id", str(c)))
def test_a_setting_changed_is_read_back_for_that_account_only(api: ir.ApiIR, endpoint: str, collection: str) -> None:
    stub = stub_of(api)
    drv, client, other = Driver(api), demo_client(api, stub), demo_client(api, stub, account=1)
    me, them = (a["id"] for a in api.stub["accounts"][:2])
    read = _reader(api, stub, collection)
    (seed,) = api.stub["records"][collection]["seed"]
    before = read(client, me)
    readable = [f for f in before if f in seed and f not in ("ok", api.stub["records"][collection]["key"])]
    assert readable, "the reading endpoint shows no setting"
    for field in readable:
        assert before[field] == seed[field]
        changed = _other(api, endpoint, field, seed[field])
        (done,), _ = drv.call(client, "put_record", collection=collection, **{field: changed})
        assert done["ok"]
        assert read(client, me)[field] == changed
        assert read(other, them)[field] == seed[field]


@pytest.mark.parametrize(("api", "endpoint", "collection"), SEVERAL, ids=lambda c: getattr(c, "id", str(c)))
def test_a_setting_not_sent_stays(api: ir.ApiIR, endpoint: str, collection: str) -> None:
    stub = stub_of(api)
    drv, client = Driver(api), demo_client(api, stub)
    args = api.stub["endpoints"][endpoint]["args"]
    fields = [f for f, v in args.items() if isinstance(v, str) and v.startswith("{params.")]
    (seed,) = api.stub["records"][collection]["seed"]
    kept = next(f for f in fields if f in seed)
    changed = _other(api, endpoint, kept, seed[kept])
    drv.call(client, "put_record", collection=collection, **{kept: changed})
    alone = next(f for f in fields if f != kept)
    (done,), _ = drv.call(client, "put_record", collection=collection, **{alone: "x"})
    assert done["ok"]
    me = api.stub["accounts"][0]["id"]
    assert _reader(api, stub, collection)(client, me)[kept] == changed


@pytest.mark.parametrize("api", [a for a in APIS.values() if Driver(a).maps("account")], ids=lambda a: a.id)
def test_account_information_is_the_signed_accounts(api: ir.ApiIR) -> None:
    stub, drv = stub_of(api), Driver(api)
    for i, account in enumerate(api.stub["accounts"][:2]):
        (row,), _ = drv.call(demo_client(api, stub, account=i), "account")
        assert str(row["id"]) == account["id"]
