"""How much of each API's stub answers from simulator state (issue 15): per API, the endpoints on state
(mapped to a simulator action), those marked constant in the spec (they only report constants: a ping,
past maintenance windows) and those still answering their documented example whatever happened. The
counts are printed (`pytest -s`); the endpoints still answering examples are listed here, so a new
endpoint without a mapping, or one moved onto state, shows up as a change to this file."""

from __future__ import annotations

import pytest
from conftest import APIS

from generator import ir

# Endpoints that still answer their documented example (not on simulator state, not constant).
STILL_EXAMPLES: dict[str, set[str]] = {
    "coinex_v2": {
        # AMM liquidity
        "add_amm_liquidity",
        "remove_amm_liquidity",
        "get_amm_liquidity",
        "get_amm_liquidity_pools",
        "get_amm_income_history",
        # funding, premium index, basis, liquidations, ADL, settlement, position levels
        "futures_get_funding_rates",
        "futures_get_funding_rate_history",
        "futures_get_position_funding_history",
        "futures_get_premium_index_history",
        "futures_get_basis_history",
        "futures_get_liquidation_history",
        "futures_get_position_adl_history",
        "futures_get_position_settle_history",
        "futures_get_position_levels",
        # referral
        "get_agent_rebate_details",
        "get_agent_rebate_records",
        "get_agent_referees",
        "get_referee_rebate_details",
        "get_referee_rebate_records",
        "get_referees",
        # account settings, financial and credit balances, statements, coin information
        "get_account_info",
        "set_account_settings",
        "get_futures_market_settings",
        "set_futures_market_settings",
        "get_financial_balance",
        "get_credit_info",
        "get_spot_transaction_history",
        "get_statement",
        "get_asset_info",
    },
    "coinflex_v2": {
        # the flex protocol's books
        "get_flex_protocol_balances",
        "get_flex_protocol_orders",
        "get_flex_protocol_positions",
        "get_flex_protocol_trades",
        "get_flex_protocol_delivery_orders",
        # AMMs
        "create_amm",
        "get_amms",
        "redeem_amm",
        # delivery
        "request_delivery",
        "cancel_delivery",
        "get_delivery_orders",
        "get_deliver_auction",
        # funding
        "get_funding_rates",
        "get_funding_rate_history",
        "get_funding_payments",
        # closing a borrow through an order; account information
        "close_borrow",
        "get_account_info",
    },
}


def _kinds(api: ir.ApiIR) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"state": set(), "constant": set(), "example": set()}
    for ep in api.endpoints:
        mapping = api.stub["endpoints"].get(ep.name, {})
        if mapping.get("action", "example") != "example":
            out["state"].add(ep.name)
        elif mapping.get("constant"):
            out["constant"].add(ep.name)
        else:
            out["example"].add(ep.name)
    return out


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_endpoints_on_state_constant_or_still_examples(api: ir.ApiIR) -> None:
    kinds = _kinds(api)
    print(
        f"\n{api.id}: {len(api.endpoints)} endpoints: {len(kinds['state'])} on simulator state, "
        f"{len(kinds['constant'])} constant, {len(kinds['example'])} still answering their example"
    )
    if api.id in STILL_EXAMPLES:  # the APIs of issue 15; others are counted only
        assert kinds["example"] == STILL_EXAMPLES[api.id]


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_constant_endpoints_depend_on_nothing(api: ir.ApiIR) -> None:
    """An endpoint marked constant takes no account and no parameter: nothing it is asked could change
    its answer."""
    for ep in api.endpoints:
        if api.stub["endpoints"].get(ep.name, {}).get("constant"):
            assert api.stub["endpoints"][ep.name].get("action", "example") == "example", ep.name
            assert ep.auth is None and not ep.params, ep.name
