"""Lending against offers: a lender's standing offers of an asset (amount, term, margins, a yearly rate),
loans an account takes against them with its own holdings as collateral, interest compounding
continuously, repayments in part or in full; and conversions of one asset into another at par (the
spec's `lending`).

A loan owes principal x exp(apr x elapsed / year), rounded up to the asset's step. A partial repayment
takes its amount off what is owed now: the principal shrinks by amount / growth so far, and the loan keeps
its start (and so its due date); that makes the principal a fraction, as exchanges that report it as a
float do. Collateral is per asset (our model: no valuation across assets): the account's holdings of the
asset less what its loans in it owe (`total`), less their maintenance margins on top (`available`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal
from typing import Any

from .accounts import Ledger
from .model import ZERO, SimulatorError


@dataclass(frozen=True)
class Offer:
    """A standing offer of `amount` of `asset` to borrow for up to `term_s` seconds."""

    id: int
    asset: str
    amount: Decimal
    term_s: int
    initial_margin: Decimal  # the available collateral needed to borrow, as a fraction of the loan
    maintenance_margin: Decimal  # what a loan holds of the collateral while it runs, as a fraction of what it owes
    apr: Decimal  # a fraction a year, compounded continuously
    created_ms: int = 0
    min_amount: Decimal | None = None  # least one loan may borrow
    max_amount: Decimal | None = None  # most one account may owe against the offer (principals)
    qualifiers: tuple[str, ...] = ()


@dataclass(frozen=True)
class LendingConfig:
    offers: tuple[Offer, ...] = ()
    conversions: tuple[tuple[str, str], ...] = ()  # (from, to): convertible at par
    step: Decimal = Decimal("0.00000001")  # the smallest amount of any asset: what is owed rounds up to it
    year_ms: int = 31_556_952_000  # the year an apr is for


@dataclass
class OfferLoan:
    id: int
    offer: Offer
    account: str
    principal: Decimal
    initiated_ms: int

    @property
    def asset(self) -> str:
        return self.offer.asset

    @property
    def due_ms(self) -> int:
        return self.initiated_ms + self.offer.term_s * 1000


@dataclass(frozen=True)
class LoanEvent:
    """What the simulator tells its listeners (kind "loan") when a loan begins, changes or ends, and what
    that did to its offer: `available` is what is left to borrow against it now, `offer_change` opened (it
    had nothing left before), closed (nothing left now), updated, or None (no change)."""

    loan: OfferLoan
    change: str  # initiated | updated (a partial repayment) | terminated (repaid in full)
    available: Decimal = ZERO
    offer_change: str | None = None

    @property
    def account(self) -> str:
        return self.loan.account

    @property
    def offer(self) -> Offer:
        return self.loan.offer


@dataclass
class Collateral:
    asset: str
    total: Decimal  # what the account would hold with every loan in the asset repaid
    available: Decimal  # less what the loans' maintenance margins hold
    owed: Decimal = ZERO


@dataclass
class Lending:
    config: LendingConfig
    ledger: Ledger
    clock: Callable[[], int]
    loans: dict[int, OfferLoan] = field(default_factory=dict)
    converted: dict[tuple[str, str, str], Decimal] = field(default_factory=dict)  # (account, from, to) -> amount
    emit: Callable[[str, Any], None] = lambda kind, payload: None  # the exchange's listeners
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    # -- offers -------------------------------------------------------------------------------
    def offer(self, offer_id: int) -> Offer:
        for offer in self.config.offers:
            if offer.id == offer_id:
                return offer
        raise SimulatorError("not_found", f"no offer {offer_id}")

    def offered(self, offer: Offer) -> Decimal:
        """What is left to borrow against an offer: its amount less the principals lent against it."""
        return offer.amount - sum((x.principal for x in self.loans.values() if x.offer is offer), ZERO)

    # -- loans --------------------------------------------------------------------------------
    def owed(self, loan: OfferLoan) -> Decimal:
        """principal x exp(apr x elapsed / year), rounded up to the step."""
        return (loan.principal * self._growth(loan)).quantize(self.config.step, ROUND_CEILING)

    def _growth(self, loan: OfferLoan) -> Decimal:
        elapsed = Decimal(max(0, self.clock() - loan.initiated_ms))
        return (loan.offer.apr * elapsed / self.config.year_ms).exp()

    def of(self, account_id: str) -> list[OfferLoan]:
        self.ledger.account(account_id)
        return [x for x in self.loans.values() if x.account == account_id]

    def loan(self, account_id: str, loan_id: int) -> OfferLoan:
        loan = self.loans.get(loan_id)
        if loan is None:
            raise SimulatorError("not_found", f"no loan {loan_id}")
        if loan.account != account_id:
            raise SimulatorError("not_visible", f"loan {loan_id} is another account's")
        return loan

    def borrow(self, account_id: str, offer_id: int, amount: Decimal, loan_id: int | None = None) -> OfferLoan:
        """Borrow against an offer (`loan_id` chooses the id: tests seeding a known loan)."""
        offer = self.offer(offer_id)
        if amount <= 0:
            raise SimulatorError("invalid_quantity", f"the amount must be positive, not {amount}")
        if offer.min_amount is not None and amount < offer.min_amount:
            raise SimulatorError("not_allowed", f"borrow at least {offer.min_amount} {offer.asset}")
        mine = sum((x.principal for x in self.of(account_id) if x.offer is offer), ZERO)
        if offer.max_amount is not None and mine + amount > offer.max_amount:
            raise SimulatorError("not_allowed", f"at most {offer.max_amount} {offer.asset} against offer {offer.id}")
        if amount > self.offered(offer):
            raise SimulatorError("not_allowed", f"offer {offer.id} has {self.offered(offer)} {offer.asset} left")
        if self.collateral(account_id, offer.asset).available < amount * offer.initial_margin:
            raise SimulatorError("not_allowed", f"borrowing {amount} {offer.asset} needs more collateral")
        before = self.offered(offer)
        loan = OfferLoan(next(self._ids) if loan_id is None else loan_id, offer, account_id, amount, self.clock())
        self.loans[loan.id] = loan
        self.ledger.credit(account_id, offer.asset, amount, kind="borrow")
        self._tell(loan, "initiated", before)
        return loan

    def _tell(self, loan: OfferLoan, change: str, before: Decimal) -> None:
        """Tell the listeners of a loan's change, with what it did to the offer (`before`: left to borrow)."""
        after = self.offered(loan.offer)
        moved = None if after == before else "opened" if before <= 0 else "closed" if after <= 0 else "updated"
        self.emit("loan", LoanEvent(loan, change, after, moved))

    def repay(self, account_id: str, loan_id: int, amount: Decimal | None = None) -> Decimal:
        """Repay `amount` of what a loan owes now (None: all of it, which ends the loan); what was paid."""
        loan = self.loan(account_id, loan_id)
        owed = self.owed(loan)
        paid = owed if amount is None else amount
        if paid <= 0 or paid > owed:
            raise SimulatorError("not_allowed", f"{paid} {loan.asset} is not a part of the {owed} owed")
        if self.ledger.account(account_id).balance(loan.asset).available < paid:
            raise SimulatorError("not_allowed", f"{paid} {loan.asset} is more than is available")
        self.ledger.credit(account_id, loan.asset, -paid, kind="repay")
        before = self.offered(loan.offer)
        if paid == owed:
            del self.loans[loan.id]
        else:
            loan.principal -= paid / self._growth(loan)
        self._tell(loan, "terminated" if paid == owed else "updated", before)
        return paid

    # -- collateral ---------------------------------------------------------------------------
    def collateral(self, account_id: str, asset: str) -> Collateral:
        held = self.ledger.account(account_id).balance(asset).total
        loans = [x for x in self.of(account_id) if x.asset == asset]
        owed = sum((self.owed(x) for x in loans), ZERO)
        margin = sum((self.owed(x) * x.offer.maintenance_margin for x in loans), ZERO)
        return Collateral(asset, held - owed, held - owed - margin, owed)

    def collaterals(self, account_id: str) -> list[Collateral]:
        """Every asset the account holds or owes."""
        held = {asset for asset, b in self.ledger.balances(account_id) if b.total}
        return [self.collateral(account_id, a) for a in sorted(held | {x.asset for x in self.of(account_id)})]

    # -- conversions --------------------------------------------------------------------------
    def convert(self, account_id: str, asset_from: str, asset_to: str, amount: Decimal) -> Decimal:
        if (asset_from, asset_to) not in self.config.conversions:
            raise SimulatorError("invalid_parameter", f"{asset_from} does not convert into {asset_to}")
        if amount <= 0:
            raise SimulatorError("invalid_quantity", f"the amount must be positive, not {amount}")
        if self.ledger.account(account_id).balance(asset_from).available < amount:
            raise SimulatorError("insufficient_funds", f"less than {amount} {asset_from} is available")
        self.ledger.credit(account_id, asset_from, -amount, kind="convert")
        self.ledger.credit(account_id, asset_to, amount, kind="convert")
        key = (account_id, asset_from, asset_to)
        self.converted[key] = self.converted.get(key, ZERO) + amount
        return amount

    def converted_totals(self, account_id: str) -> list[tuple[str, str, Decimal]]:
        self.ledger.account(account_id)
        return [(a, b, self.converted.get((account_id, a, b), ZERO)) for a, b in self.config.conversions]
