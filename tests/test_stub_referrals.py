"""Referral records on simulator state (driven from the spec): the control surface makes one account the
referrer of another (a user, or an agent who refers users in turn); the referee's fees show as the referrer's
referees, rebate details and daily totals, and the agent above earns its share; the rebates are paid into the
earner's wallet when the day has passed. A second referrer, or an unknown account, is refused."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from conftest import APIS
from stub_driver import Driver
from stub_support import demo_client, stub_of, trading_market

from exchange_bindings.runtime.sim import Exchange
from exchange_bindings.runtime.stub.builders import NewReferral
from exchange_bindings.runtime.stub.handle import StubHandle
from generator import ir

REFERRALS = [api for api in APIS.values() if Driver(api).maps("referees")]
DAY_MS = 86_400_000


def _stub(api: ir.ApiIR) -> tuple[Any, list[int], list[str]]:
    """A stub on a clock the test moves, and its demo accounts' ids."""
    stub = stub_of(api, seed=6)
    ex: Exchange = stub.exchange
    now = [ex.clock()]
    ex.clock = lambda: now[0]
    return stub, now, [a["id"] for a in api.stub["accounts"]]


def _trade(api: ir.ApiIR, stub: Any, account: str) -> Decimal:
    """The account buys the least it can across the book; the fee it paid, in the rebate asset."""
    market = trading_market(api)
    price = (Decimal(market["price"]) * Decimal("1.1")).quantize(Decimal(market["tick_size"]))
    stub.place_order(
        account, symbol=market["symbol"], side="buy", type="limit", quantity=market["min_quantity"], price=str(price)
    )
    ex: Exchange = stub.exchange
    fees = [f.fee for f in ex.account_fills(account)]
    assert fees and ex.referrals.config.asset == market["quote"]
    return sum(fees, Decimal(0))


def _control(stub: Any) -> httpx.Client:
    return httpx.Client(transport=stub.transport(), base_url="http://stub.invalid/__stub__")


@pytest.mark.parametrize("api", REFERRALS, ids=lambda a: a.id)
def test_a_referees_fees_show_as_the_referrers_referees_rebates_and_are_paid_after_the_day(api: ir.ApiIR) -> None:
    stub, now, (referrer, referee, *_) = _stub(api)
    ex: Exchange = stub.exchange
    drv, client = Driver(api), demo_client(api, stub)
    config = ex.referrals.config
    assert drv.call(client, "referees")[0] == []
    answer = _control(stub).post("/referrals", json={"referrer": referrer, "referee": referee})
    assert answer.status_code == 200, answer.text

    (row,), _ = drv.call(client, "referees")
    assert str(row["account"]) == referee and Decimal(row["fee"]) == 0 and int(row["first_trade_ms"]) == 0
    fee = _trade(api, stub, referee)
    rebate = (fee * config.referrer_rate).quantize(Decimal("1e-8"))
    (row,), _ = drv.call(client, "referees")
    assert (Decimal(row["fee"]), Decimal(row["rebate"])) == (fee, rebate)
    assert int(row["first_trade_ms"]) > 0
    (detail,), _ = drv.call(client, "rebate_details", tier="referee")
    assert (str(detail["referee"]), Decimal(detail["fee"]), Decimal(detail["rebate"])) == (referee, fee, rebate)
    (day,), _ = drv.call(client, "rebate_totals", tier="referee")
    assert (int(day["traders"]), Decimal(day["rebate"])) == (1, rebate)
    assert int(day["time_ms"]) == now[0] - now[0] % DAY_MS
    assert drv.call(client, "rebate_details", tier="agent")[0] == []
    assert drv.call(demo_client(api, stub, account=1), "referees")[0] == []  # the referee refers no one

    wallet = config.wallet or ex.wallets[0]
    before = ex.account(referrer).balance(config.asset, wallet).total
    now[0] = now[0] - now[0] % DAY_MS + DAY_MS  # the day has passed: the rebate is paid
    assert len(drv.call(client, "rebate_totals", tier="referee")[0]) == 1
    assert ex.account(referrer).balance(config.asset, wallet).total == before + rebate


@pytest.mark.parametrize("api", REFERRALS, ids=lambda a: a.id)
def test_an_agent_above_a_referrer_earns_its_share(api: ir.ApiIR) -> None:
    stub, _, (top, trader, agent, *_) = _stub(api)
    ex: Exchange = stub.exchange
    drv, client = Driver(api), demo_client(api, stub)
    handle = StubHandle(api.id, stub)
    handle.refer(NewReferral(referrer=top, referee=agent, agent=True))
    handle.refer(NewReferral(referrer=agent, referee=trader))
    (row,), _ = drv.call(client, "agent_referees")
    assert (str(row["account"]), int(row["invited"]), int(row["traders"])) == (agent, 1, 0)
    assert drv.call(client, "referees")[0] == []  # an agent is not a user referee

    fee = _trade(api, stub, trader)
    share = (fee * ex.referrals.config.agent_rate).quantize(Decimal("1e-8"))
    (row,), _ = drv.call(client, "agent_referees")
    assert (int(row["traders"]), Decimal(row["fee"]), Decimal(row["rebate"])) == (1, fee, share)
    (detail,), _ = drv.call(client, "rebate_details", tier="agent")
    assert (str(detail["referee"]), Decimal(detail["rebate"])) == (trader, share)
    (day,), _ = drv.call(client, "rebate_totals", tier="agent")
    assert Decimal(day["rebate"]) == share
    agent_client = demo_client(api, stub, account=2)
    (own,), _ = drv.call(agent_client, "rebate_details", tier="referee")  # the agent earns as the referrer
    assert Decimal(own["rebate"]) == (fee * ex.referrals.config.referrer_rate).quantize(Decimal("1e-8"))


@pytest.mark.parametrize("api", REFERRALS, ids=lambda a: a.id)
def test_a_second_referrer_or_an_unknown_account_is_refused(api: ir.ApiIR) -> None:
    stub, _, (first, referee, second, *_) = _stub(api)
    control = _control(stub)
    assert control.post("/referrals", json={"referrer": first, "referee": referee}).status_code == 200
    for body in ({"referrer": second, "referee": referee}, {"referrer": first, "referee": "no-such-account"}):
        refused = control.post("/referrals", json=body)
        assert refused.status_code == 400, refused.text
