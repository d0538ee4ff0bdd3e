"""Money in and out: deposit addresses, deposits (they arrive through the stub's control surface) and
withdrawals, by asset and chain, with the fees and limits of each chain (the spec's `funds` section);
and wrapped assets (flexUSD for USD, ...), minted from their underlying asset one for one and redeemed
back to it (a normal redemption is dated at the next of the spec's `redeem_every` boundaries, an instant
one at once; both credit the underlying asset at once).

Deposits credit the default wallet at once. A withdrawal leaves the default wallet at once (its amount,
and its fee on top unless the fee comes out of the amount) and stays pending until `settle_ms` has
passed (then it is finished); cancelling a pending one gives everything back. Withdrawals to another
user of the exchange (method `inter_user`) carry no fee and finish at once.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .accounts import Ledger
from .model import ZERO, SimulatorError, newest_first

PENDING, FINISHED, CANCELLED = "created", "finished", "cancelled"
ON_CHAIN = "on_chain"


@dataclass(frozen=True)
class Chain:
    """An asset on one chain: its withdrawal fee, limits and precision; `memo`: deposits need one.
    Fields the simulator does not use are kept for templates (`extra`)."""

    asset: str
    chain: str
    withdraw_fee: Decimal = ZERO
    min_withdraw: Decimal = ZERO
    min_deposit: Decimal = ZERO
    precision: int = 8
    deposit_enabled: bool = True
    withdraw_enabled: bool = True
    memo: bool = False
    address_prefix: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FundsConfig:
    """The spec's `funds`: chains, whether a withdrawal's fee comes out of its amount, and how long a
    withdrawal stays pending (None: until cancelled)."""

    chains: tuple[Chain, ...] = ()
    fee_included: bool = True
    settle_ms: int | None = None
    wrapped: tuple[tuple[str, str], ...] = ()  # (wrapped asset, its underlying asset)
    redeem_every_ms: int | None = None


@dataclass
class Deposit:
    id: int
    account: str
    asset: str
    chain: str | None
    amount: Decimal
    address: str
    tx_id: str
    method: str
    time_ms: int
    status: str = FINISHED


@dataclass
class Withdrawal:
    id: int
    account: str
    asset: str
    chain: str | None
    amount: Decimal  # as asked
    fee: Decimal
    actual_amount: Decimal  # what arrives
    address: str
    memo: str
    method: str
    remark: str
    time_ms: int
    status: str = PENDING
    tx_id: str = ""

    @property
    def debited(self) -> Decimal:
        """What left the wallet."""
        return self.actual_amount + self.fee


@dataclass
class Conversion:
    """A mint (underlying to wrapped) or a redemption (wrapped to underlying); `settled_ms`: when it is done."""

    account: str
    kind: str  # mint | redeem
    asset: str  # the wrapped asset
    underlying: str
    quantity: Decimal
    style: str  # normal | instant
    time_ms: int
    settled_ms: int


class Funds:
    """Deposit addresses, deposits and withdrawals of every account (in the default wallet)."""

    def __init__(self, config: FundsConfig, ledger: Ledger, clock: Callable[[], int]) -> None:
        self.config = config
        self.ledger = ledger
        self.clock = clock
        self.chains = {(c.asset, c.chain): c for c in config.chains}
        self.generation: dict[tuple[str, str, str], int] = {}  # renewals of an address
        self.deposits: dict[str, list[Deposit]] = {}
        self.withdrawals: dict[str, list[Withdrawal]] = {}
        self._deposit_ids = itertools.count(1)
        self._withdrawal_ids = itertools.count(1)
        self.underlying = dict(config.wrapped)
        self.conversions: dict[str, list[Conversion]] = {}

    # -- configuration ----------------------------------------------------------------------------
    def chain(self, asset: str, chain: str) -> Chain:
        found = self.chains.get((asset, chain))
        if found is None:
            raise SimulatorError("invalid_parameter", f"no chain {chain} for {asset}")
        return found

    def assets(self, asset: str | None = None) -> list[dict[str, Any]]:
        """Each asset with its chains (one asset where named; an asset without chains is refused)."""
        names = sorted({c.asset for c in self.config.chains if asset in (None, c.asset)})
        if asset is not None and not names:
            raise SimulatorError("invalid_parameter", f"no deposits or withdrawals of {asset}")
        out = []
        for name in names:
            chains = [c for c in self.config.chains if c.asset == name]
            deposits, withdrawals = any(c.deposit_enabled for c in chains), any(c.withdraw_enabled for c in chains)
            out.append({"asset": name, "chains": chains, "deposit_enabled": deposits, "withdraw_enabled": withdrawals})
        return out

    # -- addresses --------------------------------------------------------------------------------
    def address(self, account_id: str, asset: str, chain: str, *, renew: bool = False) -> dict[str, str]:
        """The account's deposit address of an asset on a chain (and memo where the chain needs one):
        the same until renewed."""
        self.ledger.account(account_id)
        found = self.chain(asset, chain)
        if not found.deposit_enabled:
            raise SimulatorError("invalid_parameter", f"deposits of {asset} on {chain} are closed")
        key = (account_id, asset, chain)
        if renew:
            self.generation[key] = self.generation.get(key, 0) + 1
        digest = hashlib.sha256(f"{account_id}|{asset}|{chain}|{self.generation.get(key, 0)}".encode()).hexdigest()
        return {
            "address": found.address_prefix + digest[:40],
            "memo": str(int(digest[40:48], 16)) if found.memo else "",
        }

    # -- deposits ---------------------------------------------------------------------------------
    def deposit(
        self, account_id: str, asset: str, amount: Decimal, chain: str | None = None, tx_id: str | None = None
    ) -> Deposit:
        """Funds arriving (on a chain, or from another user of the exchange without one), credited at once."""
        if amount <= 0:
            raise SimulatorError("invalid_parameter", f"the amount must be positive, not {amount}")
        address = self.address(account_id, asset, chain)["address"] if chain is not None else ""
        ident = next(self._deposit_ids)
        record = Deposit(
            ident,
            account_id,
            asset,
            chain,
            amount,
            address,
            tx_id if tx_id is not None else hashlib.sha256(f"deposit|{account_id}|{ident}".encode()).hexdigest(),
            ON_CHAIN if chain is not None else "inter_user",
            self.clock(),
        )
        self.ledger.credit(account_id, asset, amount, kind="deposit")
        self.deposits.setdefault(account_id, []).append(record)
        return record

    def deposit_history(
        self,
        account_id: str,
        asset: str | None = None,
        status: str | None = None,
        tx_id: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Deposit]:
        self.ledger.account(account_id)
        return newest_first(
            self.deposits.get(account_id, []),
            lambda d: asset in (None, d.asset) and status in (None, d.status) and tx_id in (None, d.tx_id),
            start_ms,
            end_ms,
            limit,
        )

    # -- withdrawals ------------------------------------------------------------------------------
    def withdraw(
        self,
        account_id: str,
        asset: str,
        amount: Decimal,
        address: str,
        chain: str | None = None,
        method: str = ON_CHAIN,
        memo: str = "",
        remark: str = "",
        withdrawal_id: int | None = None,
    ) -> Withdrawal:
        """Take a withdrawal out of the default wallet at once; on a chain it waits for settlement."""
        if amount <= 0:
            raise SimulatorError("invalid_parameter", f"the amount must be positive, not {amount}")
        fee = ZERO
        if method == ON_CHAIN:
            if chain is None:
                raise SimulatorError("missing_parameter", "an on-chain withdrawal needs a chain")
            found = self.chain(asset, chain)
            if not found.withdraw_enabled:
                raise SimulatorError("invalid_parameter", f"withdrawals of {asset} on {chain} are closed")
            if amount < found.min_withdraw:
                raise SimulatorError("invalid_quantity", f"at least {found.min_withdraw} {asset} on {chain}")
            if amount % Decimal(1).scaleb(-found.precision):
                raise SimulatorError("invalid_quantity", f"at most {found.precision} decimals on {chain}")
            fee = found.withdraw_fee
        actual = amount - fee if self.config.fee_included else amount
        if actual <= 0:
            raise SimulatorError("invalid_quantity", f"{amount} {asset} does not cover the fee of {fee}")
        balance = self.ledger.account(account_id).balance(asset)
        if balance.available < actual + fee:
            raise SimulatorError("insufficient_funds", f"{asset} available {balance.available} < {actual + fee}")
        ident = next(self._withdrawal_ids) if withdrawal_id is None else withdrawal_id
        record = Withdrawal(
            ident, account_id, asset, chain, amount, fee, actual, address, memo, method, remark, self.clock()
        )
        self.ledger.credit(account_id, asset, -record.debited, kind="withdraw")
        if method != ON_CHAIN:
            record.status = FINISHED
        self.withdrawals.setdefault(account_id, []).append(record)
        return record

    def cancel_withdrawal(self, account_id: str, withdrawal_id: int) -> Withdrawal:
        """Cancel a pending withdrawal: what left the wallet comes back."""
        record = next((w for w in self._settled(account_id) if w.id == withdrawal_id), None)
        if record is None:
            raise SimulatorError("invalid_parameter", f"no withdrawal {withdrawal_id}")
        if record.status != PENDING:
            raise SimulatorError(
                "invalid_parameter", f"withdrawal {withdrawal_id} is {record.status}: too late to cancel"
            )
        record.status = CANCELLED
        self.ledger.credit(account_id, record.asset, record.debited, kind="withdraw")
        return record

    def withdrawal_history(
        self,
        account_id: str,
        asset: str | None = None,
        withdrawal_id: int | None = None,
        status: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Withdrawal]:
        return newest_first(
            self._settled(account_id),
            lambda w: asset in (None, w.asset) and withdrawal_id in (None, w.id) and status in (None, w.status),
            start_ms,
            end_ms,
            limit,
        )

    def _settled(self, account_id: str) -> list[Withdrawal]:
        """The account's withdrawals, those pending longer than the settlement time finished."""
        self.ledger.account(account_id)
        rows = self.withdrawals.get(account_id, [])
        if self.config.settle_ms is not None:
            now = self.clock()
            for w in rows:
                if w.status == PENDING and now - w.time_ms >= self.config.settle_ms:
                    w.status, w.tx_id = FINISHED, hashlib.sha256(f"withdraw|{account_id}|{w.id}".encode()).hexdigest()
        return rows

    # -- wrapped assets ---------------------------------------------------------------------------
    def mint(self, account_id: str, asset: str, quantity: Decimal) -> Conversion:
        """Wrap `quantity` of the underlying asset into `asset`, one for one."""
        return self._convert(account_id, "mint", asset, quantity, "normal")

    def redeem(self, account_id: str, asset: str, quantity: Decimal, style: str = "normal") -> Conversion:
        """Unwrap `quantity` of `asset` (normal: dated at the next redemption time; instant: now)."""
        if style not in ("normal", "instant"):
            raise SimulatorError("invalid_parameter", f"a redemption is normal or instant, not {style}")
        return self._convert(account_id, "redeem", asset, quantity, style)

    def conversion_history(
        self,
        account_id: str,
        kind: str,
        asset: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Conversion]:
        self.ledger.account(account_id)
        rows = self.conversions.get(account_id, [])
        return newest_first(rows, lambda c: c.kind == kind and asset in (None, c.asset), start_ms, end_ms, limit)

    def _convert(self, account_id: str, kind: str, asset: str, quantity: Decimal, style: str) -> Conversion:
        underlying = self.underlying.get(asset)
        if underlying is None:
            raise SimulatorError("invalid_parameter", f"{asset} is not a wrapped asset")
        if quantity <= 0:
            raise SimulatorError("invalid_quantity", f"the quantity must be positive, not {quantity}")
        given, received = (underlying, asset) if kind == "mint" else (asset, underlying)
        if self.ledger.account(account_id).balance(given).available < quantity:
            raise SimulatorError("insufficient_funds", f"{given} available < {quantity}")
        now = self.clock()
        every = self.config.redeem_every_ms
        settled = -(-now // every) * every if kind == "redeem" and style == "normal" and every else now
        self.ledger.credit(account_id, given, -quantity, kind=kind)
        self.ledger.credit(account_id, received, quantity, kind=kind)
        record = Conversion(account_id, kind, asset, underlying, quantity, style, now, settled)
        self.conversions.setdefault(account_id, []).append(record)
        return record
