"""Deposits and withdrawals on simulator state, through each API's own endpoints (driven from the spec):
a withdrawal leaves the balance at once and is listed, cancelling a pending one gives it back, deposits
arrive through the control surface (in-process and over HTTP) and are listed, deposit addresses are
fixed per account, asset and chain until renewed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import available, demo_client, stub_of

from exchange_bindings.runtime.sim import Exchange, Market, SimulatorError
from exchange_bindings.runtime.sim.funds import Chain, FundsConfig
from exchange_bindings.runtime.stub.builders import ControlError, NewDeposit
from exchange_bindings.runtime.stub.handle import StubHandle
from generator import ir

FUNDS = [api for api in APIS.values() if any(m.get("action") == "withdraw" for m in api.stub["endpoints"].values())]


def _chain(stub: Any) -> Chain:
    """The first chain open to deposits and withdrawals."""
    return next(c for c in stub.exchange.funds.config.chains if c.withdraw_enabled and c.deposit_enabled)


def _endpoint_of(api: ir.ApiIR, action: str, **args: Any) -> str:
    """The endpoint mapped to `action` whose argument template has these constant arguments."""
    return next(
        name
        for name, m in api.stub["endpoints"].items()
        if m.get("action") == action and all(m.get("args", {}).get(k) == v for k, v in args.items())
    )


@pytest.mark.parametrize("api", FUNDS, ids=lambda a: a.id)
def test_a_withdrawal_leaves_at_once_is_listed_and_a_cancel_gives_it_back(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=4)
    drv, client = Driver(api), demo_client(api, stub)
    chain = _chain(stub)
    amount = max(chain.min_withdraw, chain.withdraw_fee * 2) * 3
    before = available(drv, client, chain.asset)

    (made,), _ = drv.call(
        client, "withdraw", asset=chain.asset, amount=amount, chain=chain.chain, address="destination-1"
    )
    assert made["ok"] and made["status"] == "created"
    fee_included = stub.exchange.funds.config.fee_included
    left = amount if fee_included else amount + chain.withdraw_fee
    assert available(drv, client, chain.asset) == before - left
    assert Decimal(made["actual_amount"]) == left - chain.withdraw_fee
    listed, _ = drv.call(client, "withdrawals", asset=chain.asset)
    assert [(w["id"], w["status"]) for w in listed] == [(made["id"], "created")]

    (cancelled,), _ = drv.call(client, "cancel_withdrawal", withdrawal_id=made["id"])
    assert cancelled["ok"]
    assert available(drv, client, chain.asset) == before
    listed, _ = drv.call(client, "withdrawals", asset=chain.asset)
    assert [w["status"] for w in listed] == ["cancelled"]
    (again,), _ = drv.call(client, "cancel_withdrawal", withdrawal_id=made["id"])
    assert again == {"ok": False, "code": str(api.stub["rejections"]["invalid_parameter"])}


@pytest.mark.parametrize("api", FUNDS, ids=lambda a: a.id)
def test_withdrawals_keep_to_the_chain_and_the_balance(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=4)
    drv, client = Driver(api), demo_client(api, stub)
    chain = _chain(stub)
    code = api.stub["rejections"]
    if chain.min_withdraw > 0:
        (small,), _ = drv.call(
            client, "withdraw", asset=chain.asset, amount=chain.min_withdraw / 2, chain=chain.chain, address="x"
        )
        assert small == {"ok": False, "code": str(code["invalid_quantity"])}
    (unknown,), _ = drv.call(client, "withdraw", asset=chain.asset, amount="1000", chain="NO-SUCH-CHAIN", address="x")
    assert unknown == {"ok": False, "code": str(code["invalid_parameter"])}
    held = available(drv, client, chain.asset)
    (much,), _ = drv.call(client, "withdraw", asset=chain.asset, amount=held + 1, chain=chain.chain, address="x")
    assert much == {"ok": False, "code": str(code["insufficient_funds"])}


@pytest.mark.parametrize("api", FUNDS, ids=lambda a: a.id)
def test_a_withdrawal_settles_after_the_spec_time(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=4)
    settle = stub.exchange.funds.config.settle_ms
    assert settle is not None, "this test is for APIs whose withdrawals settle"
    drv, client = Driver(api), demo_client(api, stub)
    chain = _chain(stub)
    amount = max(chain.min_withdraw, chain.withdraw_fee * 2) * 3
    (made,), _ = drv.call(client, "withdraw", asset=chain.asset, amount=amount, chain=chain.chain, address="x")
    (pending,) = stub.exchange.funds.withdrawals[api.stub["accounts"][0]["id"]]
    pending.time_ms -= settle  # as if made settle_after ago (the requests' signatures need the real clock)
    listed, _ = drv.call(client, "withdrawals", asset=chain.asset)
    assert [w["status"] for w in listed] == ["finished"] and listed[0]["tx_id"]
    (late,), _ = drv.call(client, "cancel_withdrawal", withdrawal_id=made["id"])
    assert not late["ok"]


@pytest.mark.parametrize("api", FUNDS, ids=lambda a: a.id)
def test_deposits_arrive_through_the_control_surface_and_are_listed(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=4)
    drv, client = Driver(api), demo_client(api, stub)
    chain = _chain(stub)
    account = api.stub["accounts"][0]["id"]
    before = available(drv, client, chain.asset)
    (address,), _ = drv.call(client, "deposit_address", asset=chain.asset, chain=chain.chain)

    control = httpx.Client(transport=stub.transport(), base_url="http://stub.invalid/__stub__")
    answer = control.post(
        "/deposits", json={"account": account, "asset": chain.asset, "amount": "12.5", "chain": chain.chain}
    )
    assert answer.status_code == 200, answer.text
    StubHandle(api.id, stub).deposit(NewDeposit(account=account, asset=chain.asset, amount=Decimal(1), tx_id="tx-2"))
    assert available(drv, client, chain.asset) == before + Decimal("13.5")
    listed, _ = drv.call(client, "deposits", asset=chain.asset)
    assert [Decimal(d["amount"]) for d in listed] == [Decimal(1), Decimal("12.5")]  # newest first
    assert listed[1]["address"] == address["address"]  # arrived at the account's address on that chain
    by_tx, _ = drv.call(client, "deposits", tx_id="tx-2")
    assert [d["tx_id"] for d in by_tx] == ["tx-2"]

    refused = control.post("/deposits", json={"account": account, "asset": chain.asset, "amount": "-1"})
    assert refused.status_code == 400 and refused.json()["field"] == "amount"
    with pytest.raises(ControlError):
        StubHandle(api.id, stub).deposit(
            NewDeposit(account=account, asset=chain.asset, amount=Decimal(1), venue="nowhere")
        )


@pytest.mark.parametrize("api", FUNDS, ids=lambda a: a.id)
def test_deposit_addresses_are_fixed_until_renewed(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=4)
    drv = Driver(api)
    alice, bob = demo_client(api, stub, 0), demo_client(api, stub, 1)
    chain = _chain(stub)
    get, renew = (getattr(alice, _endpoint_of(api, "deposit_address", renew=flag)) for flag in (None, True))
    params = api.stub["endpoints"][_endpoint_of(api, "deposit_address", renew=True)]["args"]
    wire = {
        t.strip("{}").removeprefix("params."): getattr(chain, k) for k, t in params.items() if k in ("asset", "chain")
    }
    first = get(**wire).address
    assert get(**wire).address == first
    (other,), _ = drv.call(bob, "deposit_address", asset=chain.asset, chain=chain.chain)
    assert other["address"] != first  # another account's
    renewed = renew(**wire).address
    assert renewed != first and get(**wire).address == renewed


@pytest.mark.parametrize("api", FUNDS, ids=lambda a: a.id)
def test_the_configuration_endpoints_list_the_spec_chains(api: ir.ApiIR) -> None:
    stub = stub_of(api, seed=4)
    drv, client = Driver(api), demo_client(api, stub)
    _, body = drv.call(client, "deposit_config")
    assets = {c.asset for c in stub.exchange.funds.config.chains}
    assert len(body) == len(assets)  # one entry per asset of the spec's chains, whatever shape the API gives it
    assert all(a in str(body) for a in assets)


def test_simulator_funds_without_a_stub() -> None:
    """A fee on top of the amount (fee_included false), an inter-user withdrawal (no fee, finished at once)."""
    config = FundsConfig((Chain("A", "X", withdraw_fee=Decimal(1), min_withdraw=Decimal(2), precision=2),), False)
    ex = Exchange([Market("AB", "A", "B")], clock=lambda: 5, funds=config)
    ex.add_account("u", {"A": Decimal(10)})
    made = ex.funds.withdraw("u", "A", Decimal(4), "addr", "X")
    assert (made.actual_amount, made.fee, ex.account("u").balances["A"].total) == (4, 1, 5)
    with pytest.raises(SimulatorError) as caught:
        ex.funds.withdraw("u", "A", Decimal("2.001"), "addr", "X")
    assert caught.value.reason == "invalid_quantity"
    direct = ex.funds.withdraw("u", "A", Decimal(3), "friend@example.com", method="inter_user")
    assert direct.status == "finished" and direct.fee == 0 and ex.account("u").balances["A"].total == 2
