"""Every wallet's balances endpoint answers from that wallet: an account the control surface gives an amount
in one wallet sees it through that wallet's endpoint and nowhere else (a wallet the API moves nothing into,
such as an earn account, is filled this way); a wallet's value is its assets at the last prices. Driven from
the spec's endpoints that name a wallet."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import APIS
from stub_support import demo_client, stub_of

from exchange_bindings.runtime.stub.builders import NewAccount
from exchange_bindings.runtime.stub.handle import StubHandle
from generator import ir


def _wallet_endpoints(api: ir.ApiIR) -> dict[str, str]:
    """endpoint -> the wallet it shows, for balance endpoints of one fixed wallet and no required parameter."""
    required = {ep.name for ep in APIS[api.id].endpoints if ep.required_params}
    return {
        name: m["args"]["wallet"]
        for name, m in api.stub["endpoints"].items()
        if m.get("action") == "balances"
        and "{" not in str(m.get("args", {}).get("wallet", "{"))
        and name not in required
    }


CASES = [(api, name, wallet) for api in APIS.values() for name, wallet in _wallet_endpoints(api).items()]


@pytest.mark.parametrize(("api", "endpoint", "wallet"), CASES, ids=lambda c: getattr(c, "id", str(c)))
def test_what_the_control_surface_puts_in_a_wallet_shows_through_its_endpoint_only(
    api: ir.ApiIR, endpoint: str, wallet: str
) -> None:
    stub = stub_of(api)
    demo = api.stub["accounts"][0]
    credentials = {k: f"{v}-wallets" for k, v in demo["credentials"].items()}
    StubHandle(api.id, stub).add_account(
        NewAccount(
            id="wallets-1",
            permissions=list(demo["permissions"]),
            credentials=credentials,
            wallets={wallet: {"ZZT": Decimal("7.25")}},
        )
    )
    client = demo_client(api, stub, **credentials)
    for name in _wallet_endpoints(api):
        item = api.stub["endpoints"][name]["respond"]["$item"]  # the wire fields of the asset and what is available
        asset, available = (next(k for k, v in item.items() if v == "{item." + f + "}") for f in ("asset", "available"))
        rows = [r for r in getattr(client, name)() if getattr(r, asset) == "ZZT"]
        assert [Decimal(getattr(r, available)) for r in rows] == ([Decimal("7.25")] if name == endpoint else []), name


VALUED = [
    (api, n) for api in APIS.values() for n, m in api.stub["endpoints"].items() if m.get("action") == "wallet_value"
]


@pytest.mark.parametrize(("api", "endpoint"), VALUED, ids=lambda c: getattr(c, "id", str(c)))
def test_a_wallets_value_is_its_assets_at_the_last_prices(api: ir.ApiIR, endpoint: str) -> None:
    stub = stub_of(api)
    mapping = api.stub["endpoints"][endpoint]
    wallet, quote = mapping["args"]["wallet"], mapping["args"]["asset"]
    market = next(m for m in stub.exchange.markets.values() if m.kind == "spot" and m.quote == quote)
    demo = api.stub["accounts"][0]
    credentials = {k: f"{v}-valued" for k, v in demo["credentials"].items()}
    held = {quote: Decimal(100), market.base: Decimal(2)}
    StubHandle(api.id, stub).add_account(
        NewAccount(
            id="valued-1", permissions=list(demo["permissions"]), credentials=credentials, wallets={wallet: held}
        )
    )
    field = next(k for k, v in mapping["respond"].items() if v == "{result.value}")
    body = getattr(demo_client(api, stub, **credentials), endpoint)()
    assert Decimal(getattr(body, field)) == 100 + 2 * stub.exchange.last_price[market.symbol]
    assert Decimal(getattr(getattr(demo_client(api, stub), endpoint)(), field)) == 0  # the demo's is empty
