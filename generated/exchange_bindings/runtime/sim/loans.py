"""Margin loans: an account borrows an asset of a spot market into its margin wallet, interest accrues
on what is still owed, and repayments pay the interest first, then the principal (the spec's `loans`).

Interest is charged for every started hour of a loan at the asset's daily rate / 24 (our model: exchanges
differ in how they round the time). A loan is `open` until principal and interest are paid, then `repaid`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from .accounts import Ledger
from .market_data import MarketData
from .model import MONEY_STEP, ZERO, SimulatorError, newest_first

HOUR_MS = 3_600_000
OPEN, REPAID = "open", "repaid"


@dataclass(frozen=True)
class LoanTerms:
    """What borrowing an asset costs and allows: a daily rate, the least and most one account may owe."""

    asset: str
    daily_rate: Decimal
    min_amount: Decimal = ZERO
    max_amount: Decimal | None = None


@dataclass(frozen=True)
class LoansConfig:
    """The spec's `loans`: the wallet loans are paid into, a loan's period, the leverage reported, terms by asset."""

    wallet: str | None = None
    period_ms: int = 86_400_000
    leverage: Decimal = Decimal(10)
    terms: tuple[LoanTerms, ...] = ()


@dataclass
class Loan:
    id: int
    account: str
    market: str
    asset: str
    amount: Decimal  # borrowed
    daily_rate: Decimal
    auto_renew: bool
    time_ms: int
    expires_ms: int
    repaid: Decimal = ZERO  # of the principal
    interest_paid: Decimal = ZERO
    status: str = OPEN
    updated_ms: int = 0


class Loans:
    def __init__(self, config: LoansConfig, ledger: Ledger, data: MarketData, clock: Callable[[], int]) -> None:
        self.config = config
        self.ledger = ledger
        self.data = data
        self.clock = clock
        self.terms_by_asset = {t.asset: t for t in config.terms}
        self.loans: dict[str, list[Loan]] = {}
        self._ids = itertools.count(1)

    @property
    def wallet(self) -> str:
        return self.config.wallet or self.ledger.wallets[0]

    def terms(self, market: str, asset: str) -> LoanTerms:
        """The terms of borrowing `asset` in a spot market (its base or quote)."""
        found = self.data.market(market, "spot")
        terms = self.terms_by_asset.get(asset)
        if asset not in (found.base, found.quote) or terms is None:
            raise SimulatorError("invalid_parameter", f"{asset} cannot be borrowed in {market}")
        return terms

    def interest(self, loan: Loan) -> Decimal:
        """Interest accrued and not yet paid: every started hour on the principal still owed."""
        if loan.status != OPEN:
            return ZERO
        hours = max(1, math.ceil((self.clock() - loan.time_ms) / HOUR_MS))
        accrued = (loan.amount - loan.repaid) * loan.daily_rate / 24 * hours
        return max(ZERO, accrued.quantize(MONEY_STEP) - loan.interest_paid)

    def owed(self, loan: Loan) -> Decimal:
        return loan.amount - loan.repaid + self.interest(loan) if loan.status == OPEN else ZERO

    def borrow(
        self,
        account_id: str,
        market: str,
        asset: str,
        amount: Decimal,
        auto_renew: bool = False,
        loan_id: int | None = None,
    ) -> Loan:
        """Borrow into the margin wallet, within the asset's limits (what the account owes counts)."""
        terms = self.terms(market, asset)
        if amount <= 0 or amount < terms.min_amount:
            raise SimulatorError("invalid_quantity", f"borrow at least {terms.min_amount} {asset}")
        owing = sum((self.owed(x) for x in self.loans.get(account_id, []) if x.asset == asset), ZERO)
        if terms.max_amount is not None and owing + amount > terms.max_amount:
            raise SimulatorError("invalid_quantity", f"at most {terms.max_amount} {asset} may be owed; {owing} is")
        now = self.clock()
        loan = Loan(
            next(self._ids) if loan_id is None else loan_id,
            account_id,
            market,
            asset,
            amount,
            terms.daily_rate,
            auto_renew,
            now,
            now + self.config.period_ms,
            updated_ms=now,
        )
        self.ledger.credit(account_id, asset, amount, self.wallet, "borrow")
        self.loans.setdefault(account_id, []).append(loan)
        return loan

    def repay(self, account_id: str, market: str, asset: str, amount: Decimal, loan_id: int | None = None) -> Loan:
        """Pay a loan (by id, or the oldest open one of the market and asset): interest first, then principal;
        never more than is owed."""
        self.data.market(market, "spot")
        loan = next(
            (
                x
                for x in self.loans.get(account_id, [])
                if x.status == OPEN
                and (x.id == loan_id if loan_id is not None else (x.market, x.asset) == (market, asset))
            ),
            None,
        )
        if loan is None or (loan.market, loan.asset) != (market, asset):
            raise SimulatorError(
                "invalid_parameter", f"no open loan of {asset} in {market}" + (f" with id {loan_id}" if loan_id else "")
            )
        if amount <= 0:
            raise SimulatorError("invalid_parameter", f"the amount must be positive, not {amount}")
        paid = min(amount, self.owed(loan))
        if self.ledger.account(account_id).balance(asset, self.wallet).available < paid:
            raise SimulatorError("insufficient_funds", f"{asset} available in {self.wallet} < {paid}")
        interest = min(paid, self.interest(loan))
        loan.interest_paid += interest
        loan.repaid += paid - interest
        loan.updated_ms = self.clock()
        if loan.repaid >= loan.amount:
            loan.status = REPAID
        self.ledger.credit(account_id, asset, -paid, self.wallet, "repay")
        return loan

    def history(
        self,
        account_id: str,
        market: str | None = None,
        status: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Loan]:
        self.ledger.account(account_id)
        return newest_first(
            self.loans.get(account_id, []),
            lambda x: market in (None, x.market) and status in (None, x.status),
            start_ms,
            end_ms,
            limit,
        )
