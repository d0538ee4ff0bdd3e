"""Actions of margin loans (sim/loans.py): borrow, repay, the loan history, an asset's terms, and the
margin balance per market; and of borrowing against collateral (sim/borrowing.py). Arguments: `symbol`
(a spot market), `asset`, `amount`, `loan_id`, `auto_renew`, `status`; `collateral_asset` and
`collateral` (an amount to lock or, repaying, to regain); closing a borrow, `symbol` (the market its
collateral is sold on), `price` and `quantity` (the collateral sold)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...sim import Exchange, SimulatorError
from ...sim.loans import Loan
from .base import Action, account_of, dec, flag, integer, required_symbol, symbol_of, text, time_window


def _row(ex: Exchange, loan: Loan) -> dict[str, Any]:
    return {
        "id": loan.id,
        "symbol": loan.market,
        "asset": loan.asset,
        "amount": loan.amount,
        "daily_rate": loan.daily_rate,
        "owed": ex.loans.owed(loan),
        "interest": ex.loans.interest(loan),
        "repaid": loan.repaid,
        "interest_paid": loan.interest_paid,
        "auto_renew": loan.auto_renew,
        "status": loan.status,
        "created_ms": loan.time_ms,
        "expires_ms": loan.expires_ms,
    }


def _amount(args: dict[str, Any]) -> Decimal:
    amount = dec(args.get("amount"))
    if amount is None:
        raise SimulatorError("missing_parameter", "amount required")
    return amount


def _asset(args: dict[str, Any]) -> str:
    asset = text(args, "asset")
    if asset is None:
        raise SimulatorError("missing_parameter", "asset required")
    return asset


def _borrow(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    loan = ex.loans.borrow(
        account_of(account), required_symbol(ex, args), _asset(args), _amount(args), bool(flag(args.get("auto_renew")))
    )
    return _row(ex, loan)


def _repay(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    loan = ex.loans.repay(
        account_of(account), required_symbol(ex, args), _asset(args), _amount(args), integer(args.get("loan_id"))
    )
    return _row(ex, loan)


def _loans(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    rows = ex.loans.history(account_of(account), symbol_of(ex, args), text(args, "status"), **time_window(args))
    return [_row(ex, x) for x in rows]


def _terms(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    symbol = required_symbol(ex, args)
    terms = ex.loans.terms(symbol, _asset(args))
    return {"symbol": symbol, "terms": terms, "leverage": ex.loans.config.leverage}


def _balances(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    """Per spot market (the one named, or every one the account has borrowed in): the margin wallet's base
    and quote balances, and what the account owes in each (principal, interest)."""
    account_id = account_of(account)
    loans = ex.loans.history(account_id)
    named = symbol_of(ex, args)
    symbols = [named] if named else sorted({x.market for x in loans})
    rows = []
    for symbol in symbols:
        market = ex.market(symbol, "spot")
        row: dict[str, Any] = {"symbol": symbol, "base": market.base, "quote": market.quote}
        for side, asset in (("base", market.base), ("quote", market.quote)):
            balance = ex.account(account_id).balance(asset, ex.loans.wallet)
            mine = [x for x in loans if (x.market, x.asset) == (symbol, asset)]
            row[f"available_{side}"], row[f"reserved_{side}"] = balance.available, balance.reserved
            row[f"owed_{side}"] = sum((x.amount - x.repaid for x in mine if x.status == "open"), Decimal(0))
            row[f"interest_{side}"] = sum((ex.loans.interest(x) for x in mine), Decimal(0))
        rows.append(row)
    return rows


def _collateral(args: dict[str, Any]) -> tuple[str, Decimal]:
    asset, amount = text(args, "collateral_asset"), dec(args.get("collateral"))
    if asset is None or amount is None:
        raise SimulatorError("missing_parameter", "collateral_asset and collateral required")
    return asset, amount


def _borrow_against(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    return ex.borrowing.borrow(account_of(account), _asset(args), *_collateral(args))


def _repay_against(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    return ex.borrowing.repay(account_of(account), _asset(args), *_collateral(args))


def _close_borrow(ex: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    """Sell collateral (the market's base asset, borrowed against in its quote asset) through a fill-or-kill
    order, at `price` or else at the market's, and once it fills repay what that collateral's share owes
    (all of the collateral unless `quantity` says how much). The order, as placed."""
    account_id, symbol = account_of(account), required_symbol(ex, args)
    market = ex.markets[symbol]
    debt = ex.borrowing.debts.get(account_id, {}).get((market.quote, market.base))
    if debt is None or not debt.collateral:
        raise SimulatorError("invalid_parameter", f"no {market.quote} borrowed against {market.base}")
    quantity, price = dec(args.get("quantity")) or debt.collateral, dec(args.get("price"))
    if quantity > debt.collateral:
        raise SimulatorError("invalid_quantity", f"at most {debt.collateral} {market.base} is locked")
    order = ex.place(
        account_id, symbol, "sell", "market" if price is None else "limit", quantity, price=price, time_in_force="fok"
    )
    if order.status == "filled":
        ex.borrowing.repay(account_id, market.quote, market.base, quantity)
    return order


LOANS: dict[str, Action] = {
    "close_borrow": _close_borrow,
    "borrow_against": _borrow_against,
    "repay_against": _repay_against,
    "borrowings": lambda ex, acc, args: ex.borrowing.borrow_history(
        account_of(acc), text(args, "collateral_asset"), **time_window(args)
    ),
    "repayments": lambda ex, acc, args: ex.borrowing.repay_history(
        account_of(acc), text(args, "collateral_asset"), **time_window(args)
    ),
    "borrowing_summary": lambda ex, acc, args: ex.borrowing.summary(account_of(acc)),
    "borrow": _borrow,
    "repay": _repay,
    "loans": _loans,
    "loan_terms": _terms,
    "margin_balances": _balances,
}
