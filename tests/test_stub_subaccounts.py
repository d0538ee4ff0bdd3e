"""Sub-accounts on simulator state, through each API's own endpoints (driven from the spec): what one
endpoint changes, the others show; their keys sign as the sub-account under the key rules; frozen ones
and sub-accounts managing sub-accounts are refused with the API's codes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import available, demo_client, stub_of

from exchange_bindings.runtime.sim import Exchange, Market, SimulatorError
from generator import ir

SUB_ACCOUNTS = [
    api for api in APIS.values() if any(m.get("action") == "create_sub_account" for m in api.stub["endpoints"].values())
]


def _code(api: ir.ApiIR, reason: str) -> str:
    return str(api.stub["rejections"][reason])


def _spot_asset(api: ir.ApiIR) -> str:
    """An asset the first demo account holds in its default wallet."""
    return next(iter(api.stub["accounts"][0]["balances"]))


def _wallet(api: ir.ApiIR) -> str:
    return str((api.stub.get("wallets") or ["main"])[0])


def _sub_credentials(stub: Any, row: dict[str, Any]) -> dict[str, str]:
    """A client's credentials from a key the API returned (the key's name, and each secret by its name)."""
    return {name: str(row.get(f"credentials.{name}", row["key"])) for name in stub.credentials}


def _new_key(drv: Driver, main: Any, stub: Any, name: str, ips: list[str]) -> dict[str, Any]:
    (row,), _ = drv.call(main, "add_sub_account_key", name=name, ips=ips)
    assert row["ok"], row
    return row


def _freeze_endpoints(api: ir.ApiIR) -> dict[bool, str]:
    """The endpoint that freezes a sub-account and the one that unfreezes it."""
    return {
        m.get("args", {}).get("frozen") is not False: name
        for name, m in api.stub["endpoints"].items()
        if m.get("action") == "freeze_sub_account"
    }


@pytest.mark.parametrize("api", SUB_ACCOUNTS, ids=lambda a: a.id)
def test_created_sub_account_is_listed_funded_and_its_transfers_recorded(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=3)
    drv = Driver(api)
    main = demo_client(api, stub)
    asset, wallet = _spot_asset(api), _wallet(api)
    rows, _ = drv.call(main, "sub_accounts")
    assert rows == []  # a fresh stub: the documented example's sub-account is not there

    (created,), _ = drv.call(main, "create_sub_account", name="desk-1")
    assert created["ok"]
    rows, _ = drv.call(main, "sub_accounts")
    assert [r["name"] for r in rows] == ["desk-1"] and rows[0]["frozen"] is False
    (again,), _ = drv.call(main, "create_sub_account", name="desk-1")
    assert again == {"ok": False, "code": _code(api, "invalid_parameter")}

    before = available(drv, main, asset)
    (moved,), _ = drv.call(
        main, "sub_account_transfer", asset=asset, amount="7", to_name="desk-1", from_wallet=wallet, to_wallet=wallet
    )
    assert moved["ok"], moved
    assert available(drv, main, asset) == before - 7
    held, _ = drv.call(main, "sub_account_balances", name="desk-1", asset=asset)
    assert [(r["asset"], Decimal(r["available"])) for r in held] == [(asset, Decimal(7))]
    history, _ = drv.call(main, "sub_account_transfers", name="desk-1")
    assert [(h["to_name"], h["asset"], Decimal(h["amount"])) for h in history] == [("desk-1", asset, Decimal(7))]

    # back from the sub-account, not more than it holds
    (too_much,), _ = drv.call(
        main, "sub_account_transfer", asset=asset, amount="8", from_name="desk-1", from_wallet=wallet, to_wallet=wallet
    )
    assert too_much == {"ok": False, "code": _code(api, "insufficient_funds")}
    (back,), _ = drv.call(
        main, "sub_account_transfer", asset=asset, amount="2", from_name="desk-1", from_wallet=wallet, to_wallet=wallet
    )
    assert back["ok"] and available(drv, main, asset) == before - 5
    history, _ = drv.call(main, "sub_account_transfers", name="desk-1")
    assert [Decimal(h["amount"]) for h in history] == [Decimal(2), Decimal(7)]  # newest first


@pytest.mark.parametrize("api", SUB_ACCOUNTS, ids=lambda a: a.id)
def test_sub_account_keys_sign_as_the_sub_account(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=3)
    drv = Driver(api)
    main = demo_client(api, stub)
    asset, wallet = _spot_asset(api), _wallet(api)
    drv.call(main, "create_sub_account", name="desk-2")
    drv.call(
        main, "sub_account_transfer", asset=asset, amount="3", to_name="desk-2", from_wallet=wallet, to_wallet=wallet
    )
    key = _new_key(drv, main, stub, "desk-2", [])
    listed, _ = drv.call(main, "sub_account_keys", name="desk-2")
    assert [k["id"] for k in listed] == [key["id"]]
    (shown,), _ = drv.call(main, "sub_account_key", key_id=key["id"])
    assert shown["key"] == key["key"]

    sub = demo_client(api, stub, **_sub_credentials(stub, key))
    assert available(drv, sub, asset) == 3  # the sub-account's own wallet
    (info,), _ = drv.call(sub, "sub_account_info")
    assert info["ok"] and info["name"] == "desk-2"
    (main_info,), _ = drv.call(main, "sub_account_info")
    assert main_info["ok"] and main_info.get("name") is None
    (managing,) = drv.call(sub, "sub_accounts")[0]
    assert managing == {"ok": False, "code": _code(api, "not_main_account")}

    (deleted,), _ = drv.call(main, "delete_sub_account_key", key_id=key["id"])
    assert deleted["ok"]
    (gone,), _ = drv.call(sub, "balances")
    assert gone == {"ok": False, "code": _code(api, "unknown_key")}
    listed, _ = drv.call(main, "sub_account_keys", name="desk-2")
    assert listed == []


@pytest.mark.parametrize("api", SUB_ACCOUNTS, ids=lambda a: a.id)
def test_sub_account_keys_keep_the_key_rules(api: ir.ApiIR) -> None:
    """A key bound to an IP works from there only; an edit rebinds it."""
    stub = stub_of(api, seed=3)
    drv = Driver(api)
    main = demo_client(api, stub)
    drv.call(main, "create_sub_account", name="desk-3")
    key = _new_key(drv, main, stub, "desk-3", ["10.0.0.1"])
    credentials = _sub_credentials(stub, key)
    (ok,), _ = drv.call(demo_client(api, stub, client_ip="10.0.0.1", **credentials), "sub_account_info")
    assert ok["ok"] and ok["name"] == "desk-3"
    (elsewhere,), _ = drv.call(demo_client(api, stub, client_ip="10.0.0.2", **credentials), "sub_account_info")
    assert elsewhere == {"ok": False, "code": _code(api, "ip_not_allowed")}
    (edited,), _ = drv.call(main, "edit_sub_account_key", key_id=key["id"], name="desk-3", ips=["10.0.0.2"])
    assert edited["ok"] and edited["ips"] == ["10.0.0.2"]
    (moved,), _ = drv.call(demo_client(api, stub, client_ip="10.0.0.2", **credentials), "sub_account_info")
    assert moved["ok"]
    most = api.stub.get("key_rules", {}).get("max_ips_per_key")
    if most is not None:  # beyond what the request schema lets a client send: the key rule itself
        many = [f"10.1.{i // 256}.{i % 256}" for i in range(most + 1)]
        with pytest.raises(SimulatorError) as caught:
            stub.exchange.subaccounts.edit_key(api.stub["accounts"][0]["id"], int(key["id"]), ips=many)
        assert caught.value.reason == "too_many_ips"


@pytest.mark.parametrize("api", SUB_ACCOUNTS, ids=lambda a: a.id)
def test_frozen_sub_account_is_refused_until_unfrozen(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=3)
    drv = Driver(api)
    main = demo_client(api, stub)
    asset, wallet = _spot_asset(api), _wallet(api)
    drv.call(main, "create_sub_account", name="desk-4")
    sub = demo_client(api, stub, **_sub_credentials(stub, _new_key(drv, main, stub, "desk-4", [])))
    freeze, unfreeze = (_freeze_endpoints(api)[flag] for flag in (True, False))
    mapping = api.stub["endpoints"][freeze]["args"]
    name_param = mapping["name"].strip("{}").removeprefix("params.")

    getattr(main, freeze)(**{name_param: "desk-4"})
    frozen, _ = drv.call(main, "sub_accounts", frozen=True)
    assert [r["name"] for r in frozen] == ["desk-4"]
    active, _ = drv.call(main, "sub_accounts", frozen=False)
    assert active == []
    (refused,), _ = drv.call(sub, "sub_account_info")
    assert refused == {"ok": False, "code": _code(api, "account_frozen")}
    (transfer,), _ = drv.call(
        main, "sub_account_transfer", asset=asset, amount="1", to_name="desk-4", from_wallet=wallet, to_wallet=wallet
    )
    assert transfer == {"ok": False, "code": _code(api, "account_frozen")}

    getattr(main, unfreeze)(**{name_param: "desk-4"})
    (again,), _ = drv.call(sub, "sub_account_info")
    assert again["ok"]


def test_simulator_sub_accounts_without_a_stub() -> None:
    """The simulator's own keyring: sub-accounts trade and transfer like accounts; a sub-account may not
    manage sub-accounts; a key needs the permission the endpoint names."""
    ex = Exchange([Market("AB", "A", "B", price=Decimal(2))], seed=1, clock=lambda: 1000)
    ex.add_account("main", {"A": Decimal(5), "B": Decimal(100)})
    sub = ex.subaccounts.create("main", "s1", ["trade"])
    ex.subaccounts.transfer("main", "A", Decimal(2), None, "s1", "main", "main")
    assert ex.account(sub.account).balances["A"].total == 2 and ex.account("main").balances["A"].total == 3
    assert ex.subaccounts.value(sub.account, "B", ex.price_in) == 4
    with pytest.raises(SimulatorError) as caught:
        ex.subaccounts.create(sub.account, "s2", [])
    assert caught.value.reason == "not_main_account"
    with pytest.raises(SimulatorError) as caught:
        ex.subaccounts.add_key("main", "s1", ["read"], needs="api")
    assert caught.value.reason == "sub_account_permission"
    key = ex.subaccounts.add_key("main", "s1", ["read"])
    assert ex.subaccounts.key("main", key.id).key == key.key
    ex.subaccounts.freeze("main", "s1")
    with pytest.raises(SimulatorError) as caught:
        ex.subaccounts.transfer("main", "A", Decimal(1), "s1", None, "main", "main")
    assert caught.value.reason == "account_frozen"
