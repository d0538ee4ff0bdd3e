"""Actions on referral records (sim/referrals.py): the users and agents an account referred with what their
trading earned it, and its rebates per referee and day or per day. Arguments: `tier` (referee: rebates from
the users the account referred; agent: from the users its agents referred), `search` (part of an account id),
and the time window."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...sim import Exchange
from ...sim.model import MONEY_STEP, ZERO
from ...sim.referrals import DayTotal, Rebate, Relation
from .base import Action, account_of, text, time_window


def _sums(rows: list[Rebate], rate: Decimal) -> dict[str, Any]:
    spot_value, spot_fee = sum((r.spot_value for r in rows), ZERO), sum((r.spot_fee for r in rows), ZERO)
    futures_value, futures_fee = sum((r.futures_value for r in rows), ZERO), sum((r.futures_fee for r in rows), ZERO)
    return {
        "spot_value": spot_value,
        "spot_fee": spot_fee,
        "spot_rebate": (spot_fee * rate).quantize(MONEY_STEP),
        "futures_value": futures_value,
        "futures_fee": futures_fee,
        "futures_rebate": (futures_fee * rate).quantize(MONEY_STEP),
        "value": spot_value + futures_value,
        "fee": spot_fee + futures_fee,
        "rebate": sum((r.rebate for r in rows), ZERO),
        "traders": len({r.referee for r in rows}),
    }


def _referee_row(ex: Exchange, relation: Relation) -> dict[str, Any]:
    """A user the account referred: when it was bound, its first deposit and trade, what it holds, and what
    its trading earned the account."""
    refs, referee = ex.referrals, relation.referee
    deposits = ex.ledger.changes(referee, "deposit")
    fills = ex.account_fills(referee)
    first_fill = fills[-1] if fills else None
    wallets = ex.accounts[referee].wallets
    futures = {ex.wallet_of(m) for m in ex.markets.values() if m.kind != "spot"}
    return {
        "account": referee,
        "registered_ms": relation.time_ms,
        "bound_ms": relation.time_ms,
        "referrer_rate": refs.config.referrer_rate,
        "referee_rate": refs.config.referee_rate,
        "first_deposit_ms": deposits[-1].time_ms if deposits else 0,
        "first_deposit_value": deposits[-1].amount if deposits else ZERO,
        "deposit_value": sum((d.amount for d in deposits), ZERO),
        "first_trade_ms": first_fill.time_ms if first_fill else 0,
        "first_trade_value": first_fill.total if first_fill else ZERO,
        "has_spot_balance": any(b.total for w, bs in wallets.items() if w not in futures for b in bs.values()),
        "has_futures_balance": any(b.total for w, bs in wallets.items() if w in futures for b in bs.values()),
        **_sums(refs.details(relation.referrer, "referee", referee=referee), refs.config.referrer_rate),
    }


def _referees(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    window = time_window(args)
    return [
        _referee_row(ex, r)
        for r in ex.referrals.referees(account_of(account), agent=False, search=text(args, "search"))
        if (window["start_ms"] is None or r.time_ms >= window["start_ms"])
        and (window["end_ms"] is None or r.time_ms <= window["end_ms"])
    ]


def _agents(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    """The agents the account referred: how many users each invited, and what their trading earned the account."""
    refs, earner = ex.referrals, account_of(account)
    rows = []
    for agent in refs.referees(earner, agent=True, search=text(args, "search")):
        invited = {r.referee for r in refs.invited(agent.referee)}
        earned = [r for r in refs.details(earner, "agent") if r.referee in invited]
        rows.append(
            {
                "account": agent.referee,
                "rate": refs.config.agent_rate,
                "invited": len(invited),
                **_sums(earned, refs.config.agent_rate),
            }
        )
    return rows


def _details(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Rebate]:
    return ex.referrals.details(
        account_of(account), str(args["tier"]), search=text(args, "search"), **time_window(args)
    )


def _totals(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[DayTotal]:
    window = time_window(args)
    return ex.referrals.totals(account_of(account), str(args["tier"]), window["start_ms"], window["end_ms"])


REFERRALS: dict[str, Action] = {
    "referees": _referees,
    "agent_referees": _agents,
    "rebate_details": _details,
    "rebate_totals": _totals,
}
