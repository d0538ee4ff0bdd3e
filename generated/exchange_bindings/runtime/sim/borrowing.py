"""Borrowing against collateral: an account locks an amount of one asset and borrows another against it
(at the collateral's last price in the borrowed asset, times the spec's loan-to-value); repaying regains
collateral in proportion to what it repays. The spec's `borrowing`: which assets may be borrowed, and the
loan-to-value. Each borrow and repayment is recorded; the summary is what is owed per pair of assets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .accounts import Ledger
from .model import MONEY_STEP, ZERO, SimulatorError, newest_first

COMPLETED = "completed"


@dataclass(frozen=True)
class BorrowingConfig:
    """Assets that may be borrowed (none: borrowing is closed) and the share of the collateral's value lent."""

    assets: tuple[str, ...] = ()
    loan_to_value: Decimal = Decimal(1)


@dataclass
class Borrow:
    account: str
    asset: str
    amount: Decimal
    collateral_asset: str
    collateral: Decimal  # locked
    asked: Decimal  # the collateral asked for (what was not locked: asked - collateral)
    time_ms: int
    status: str = COMPLETED


@dataclass
class Repayment:
    account: str
    asset: str
    amount: Decimal
    regain_asset: str
    regained: Decimal
    asked: Decimal
    time_ms: int
    status: str = COMPLETED


@dataclass
class Debt:
    """What an account owes in one asset against one collateral asset."""

    asset: str
    collateral_asset: str
    owed: Decimal = ZERO
    collateral: Decimal = ZERO


class Borrowing:
    def __init__(
        self,
        config: BorrowingConfig,
        ledger: Ledger,
        clock: Callable[[], int],
        price: Callable[[str, str], Decimal | None],
    ) -> None:
        self.config = config
        self.ledger = ledger
        self.clock = clock
        self.price = price  # the last price of an asset in another
        self.debts: dict[str, dict[tuple[str, str], Debt]] = {}
        self.borrows: dict[str, list[Borrow]] = {}
        self.repayments: dict[str, list[Repayment]] = {}

    def borrow(self, account_id: str, asset: str, collateral_asset: str, collateral: Decimal) -> Borrow:
        """Lock `collateral` (from the available balance) and receive its value in `asset`, times the loan-to-value."""
        if asset not in self.config.assets:
            raise SimulatorError(
                "invalid_parameter", f"{asset} cannot be borrowed (only {', '.join(self.config.assets)})"
            )
        price = self.price(collateral_asset, asset)
        if price is None or collateral_asset == asset:
            raise SimulatorError("invalid_parameter", f"{collateral_asset} is no collateral for {asset}")
        if collateral <= 0:
            raise SimulatorError("invalid_quantity", f"the collateral must be positive, not {collateral}")
        if self.ledger.account(account_id).balance(collateral_asset).available < collateral:
            raise SimulatorError("insufficient_funds", f"{collateral_asset} available < {collateral}")
        amount = (collateral * price * self.config.loan_to_value).quantize(MONEY_STEP)
        self.ledger.credit(account_id, collateral_asset, -collateral, kind="borrow")
        self.ledger.credit(account_id, asset, amount, kind="borrow")
        debt = self._debt(account_id, asset, collateral_asset)
        debt.owed += amount
        debt.collateral += collateral
        record = Borrow(account_id, asset, amount, collateral_asset, collateral, collateral, self.clock())
        self.borrows.setdefault(account_id, []).append(record)
        return record

    def repay(self, account_id: str, asset: str, regain_asset: str, regain: Decimal) -> Repayment:
        """Regain `regain` of the collateral, repaying its share of what is owed."""
        debt = self.debts.get(account_id, {}).get((asset, regain_asset))
        if debt is None or not debt.collateral:
            raise SimulatorError("invalid_parameter", f"no {asset} borrowed against {regain_asset}")
        if regain <= 0 or regain > debt.collateral:
            raise SimulatorError("invalid_quantity", f"regain more than 0 and at most {debt.collateral} {regain_asset}")
        repaid = (debt.owed * regain / debt.collateral).quantize(MONEY_STEP)
        if self.ledger.account(account_id).balance(asset).available < repaid:
            raise SimulatorError("insufficient_funds", f"{asset} available < {repaid}")
        self.ledger.credit(account_id, asset, -repaid, kind="repay")
        self.ledger.credit(account_id, regain_asset, regain, kind="repay")
        debt.owed -= repaid
        debt.collateral -= regain
        record = Repayment(account_id, asset, repaid, regain_asset, regain, regain, self.clock())
        self.repayments.setdefault(account_id, []).append(record)
        return record

    def summary(self, account_id: str) -> list[Debt]:
        """What is owed, per borrowed asset and collateral asset (paid-off pairs left out)."""
        self.ledger.account(account_id)
        return [d for d in self.debts.get(account_id, {}).values() if d.collateral or d.owed]

    def borrow_history(self, account_id: str, collateral_asset: str | None = None, **window: Any) -> list[Borrow]:
        self.ledger.account(account_id)
        rows = self.borrows.get(account_id, [])
        return newest_first(rows, lambda b: collateral_asset in (None, b.collateral_asset), **window)

    def repay_history(self, account_id: str, regain_asset: str | None = None, **window: Any) -> list[Repayment]:
        self.ledger.account(account_id)
        rows = self.repayments.get(account_id, [])
        return newest_first(rows, lambda r: regain_asset in (None, r.regain_asset), **window)

    def _debt(self, account_id: str, asset: str, collateral_asset: str) -> Debt:
        return self.debts.setdefault(account_id, {}).setdefault(
            (asset, collateral_asset), Debt(asset, collateral_asset)
        )
