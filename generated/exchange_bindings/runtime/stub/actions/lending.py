"""Actions of loans against standing offers, collateral and conversions (sim/lending.py). Arguments:
`offer_id`, `loan_id`, `amount` (absent when repaying: all that is owed), `asset`, `asset_from`, `asset_to`."""

from __future__ import annotations

from typing import Any

from ...sim import Exchange, SimulatorError
from ...sim.lending import Collateral, OfferLoan
from .base import Action, account_of, dec, required_int, text


def _loan_row(ex: Exchange, loan: OfferLoan) -> dict[str, Any]:
    return {
        "id": loan.id,
        "offer": loan.offer,
        "asset": loan.asset,
        "principal": loan.principal,
        "owed": ex.lending.owed(loan),
        "initiated_ms": loan.initiated_ms,
        "due_ms": loan.due_ms,
    }


def _offer_row(ex: Exchange, offer_id: int) -> dict[str, Any]:
    offer = ex.lending.offer(offer_id)
    return {"offer": offer, "available": ex.lending.offered(offer)}


def _collateral_row(c: Collateral) -> dict[str, Any]:
    return {"asset": c.asset, "total": c.total, "available": c.available, "owed": c.owed}


def _asset(ex: Exchange, args: dict[str, Any], name: str = "asset") -> str:
    """An asset some market lists (else not found)."""
    asset = text(args, name)
    if asset is None:
        raise SimulatorError("missing_parameter", f"{name} is required")
    if not any(asset in (m.base, m.quote) for m in ex.markets.values()):
        raise SimulatorError("not_found", f"unknown asset {asset}")
    return asset


def _take(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    amount = dec(args.get("amount"))
    if amount is None:
        raise SimulatorError("missing_parameter", "amount is required")
    loan = ex.lending.borrow(account_of(account), required_int(args, "offer_id"), amount)
    return _loan_row(ex, loan)


def _repay(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    paid = ex.lending.repay(account_of(account), required_int(args, "loan_id"), dec(args.get("amount")))
    return {"loan_id": args["loan_id"], "paid": paid}


def _convert(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    asset_from, asset_to, amount = _asset(ex, args, "asset_from"), _asset(ex, args, "asset_to"), dec(args.get("amount"))
    if amount is None:
        raise SimulatorError("missing_parameter", "amount is required")
    ex.lending.convert(account_of(account), asset_from, asset_to, amount)
    return {"asset_from": asset_from, "asset_to": asset_to, "amount": amount}


def _margin_ratios(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    """Per asset the account owes: available collateral / what is owed."""
    rows = ex.lending.collaterals(account_of(account))
    return [{**_collateral_row(c), "ratio": c.available / c.owed} for c in rows if c.owed]


LENDING: dict[str, Action] = {
    "conversion_pairs": lambda ex, acc, args: [
        {"asset_from": a, "asset_to": b} for a, b in ex.lending.config.conversions
    ],
    "convert_asset": _convert,
    "converted_totals": lambda ex, acc, args: [
        {"asset_from": a, "asset_to": b, "total": t} for a, b, t in ex.lending.converted_totals(account_of(acc))
    ],
    "collateral": lambda ex, acc, args: (
        [_collateral_row(ex.lending.collateral(account_of(acc), _asset(ex, args)))]
        if args.get("asset") is not None
        else [_collateral_row(c) for c in ex.lending.collaterals(account_of(acc))]
    ),
    "loan_offers": lambda ex, acc, args: [_offer_row(ex, o.id) for o in ex.lending.config.offers],
    "loan_offer": lambda ex, acc, args: _offer_row(ex, required_int(args, "offer_id")),
    "offer_loans": lambda ex, acc, args: [_loan_row(ex, x) for x in ex.lending.of(account_of(acc))],
    "offer_loan": lambda ex, acc, args: _loan_row(ex, ex.lending.loan(account_of(acc), required_int(args, "loan_id"))),
    "take_loan_offer": _take,
    "repay_offer_loan": _repay,
    "margin_ratios": _margin_ratios,
}
