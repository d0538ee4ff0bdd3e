"""Accounts and their wallets: balances, what open orders hold of them, transfers between wallets.

An exchange with a single wallet (the default, `main`) behaves as if wallets did not exist; one with
a spot and a futures wallet moves funds between them with `transfer`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from .model import (
    DEFAULT_WALLET,
    MAKER,
    ZERO,
    Account,
    Balance,
    BalanceChange,
    Market,
    Order,
    SimulatorError,
    Transfer,
    newest_first,
)

Emit = Callable[[str, Any], None]
# an account's unrealised PnL (of positions margined in an asset, settling in a wallet): the positions' own figure
UnrealizedPnl = Callable[[str, str | None, str | None], Decimal]


class Ledger:
    """The accounts of one exchange. `wallets` names the wallets every account has; the first is the
    default (where a market without a wallet of its own settles, and where `add_account`'s balances go)."""

    def __init__(self, wallets: Iterable[str], clock: Callable[[], int], emit: Emit, unrealized: UnrealizedPnl) -> None:
        self.wallets = tuple(wallets) or (DEFAULT_WALLET,)
        self.accounts: dict[str, Account] = {}
        self.clock = clock
        self.emit = emit
        self.unrealized = unrealized
        self._transfer_ids = itertools.count(1)
        self._change_ids = itertools.count(1)

    def add_account(
        self,
        account_id: str,
        balances: Mapping[str, Decimal],
        permissions: Iterable[str] = (),
        wallets: Mapping[str, Mapping[str, Decimal]] | None = None,
    ) -> Account:
        """An account with `balances` in the default wallet and, by wallet name, in `wallets`."""
        account = Account(account_id, permissions=frozenset(permissions), default_wallet=self.wallets[0])
        now = self.clock()
        self.accounts[account_id] = account
        for name, assets in [(self.wallets[0], balances), *(wallets or {}).items()]:
            self.check_wallet(name)
            for asset, amount in assets.items():
                account.wallet(name)[asset] = Balance(Decimal(amount), ZERO, now)
                self.note(account_id, asset, name, Decimal(amount), "transfer", note="opening balance")
        return account

    def account(self, account_id: str) -> Account:
        account = self.accounts.get(account_id)
        if account is None:
            raise SimulatorError("unknown_account", f"unknown account {account_id}")
        return account

    def wallet_of(self, market: Market) -> str:
        """The wallet a market settles in."""
        return market.wallet or self.wallets[0]

    def check_wallet(self, name: str) -> None:
        if name not in self.wallets:
            raise SimulatorError("invalid_parameter", f"unknown wallet {name} (wallets: {', '.join(self.wallets)})")

    # -- what open orders hold -------------------------------------------------------------
    def hold(self, account: Account, market: Market, order: Order, amount: Decimal, *, check: bool = True) -> None:
        """Hold `amount` more for an order (refused when not available, unless `check` is off: an
        accepted order keeps its place; the market maker is never short)."""
        wallet = self.wallet_of(market)
        asset = market.held_asset(order.side)
        balance = account.balance(asset, wallet)
        if check and account.id != MAKER and balance.available < amount:
            raise SimulatorError(
                "insufficient_funds",
                f"balance check failed: {asset} available in {wallet} {balance.available} < {amount}",
            )
        balance.reserved += amount
        order.reserved += amount

    def release(self, account: Account, market: Market, order: Order, amount: Decimal) -> None:
        """Give back up to `amount` of what an order holds."""
        amount = min(amount, order.reserved)
        account.balance(market.held_asset(order.side), self.wallet_of(market)).reserved -= amount
        order.reserved -= amount

    # -- transfers -------------------------------------------------------------------------
    def transferable(self, account_id: str, asset: str, wallet: str | None = None) -> Decimal:
        """What can leave a wallet (the default one unless named): its available balance, less unrealised
        losses of the positions it margins."""
        wallet = wallet or self.wallets[0]
        balance = self.account(account_id).balance(asset, wallet)
        return max(ZERO, balance.available + min(ZERO, self.unrealized(account_id, asset, wallet)))

    def transfer(self, account_id: str, asset: str, amount: Decimal, from_wallet: str, to_wallet: str) -> Transfer:
        """Move an asset between two wallets of an account."""
        account = self.account(account_id)
        self.check_wallet(from_wallet)
        self.check_wallet(to_wallet)
        if from_wallet == to_wallet:
            raise SimulatorError("invalid_parameter", "a transfer needs two different wallets")
        if amount <= 0:
            raise SimulatorError("invalid_parameter", f"the amount must be positive, not {amount}")
        can = self.transferable(account_id, asset, from_wallet)
        if can < amount:
            raise SimulatorError("insufficient_funds", f"{asset} transferable from {from_wallet}: {can} < {amount}")
        self.move(account.id, from_wallet, account.id, to_wallet, asset, amount)
        record = Transfer(next(self._transfer_ids), account.id, asset, amount, from_wallet, to_wallet, self.clock())
        account.transfers.append(record)
        return record

    def move(
        self,
        source_id: str,
        from_wallet: str,
        target_id: str,
        to_wallet: str,
        asset: str,
        amount: Decimal,
        kind: str = "transfer",
    ) -> None:
        """Move funds from one account's wallet to another's (the caller checked that they may leave)."""
        self.credit(source_id, asset, -amount, from_wallet, kind)
        self.credit(target_id, asset, amount, to_wallet, kind)

    def credit(
        self,
        account_id: str,
        asset: str,
        amount: Decimal,
        wallet: str | None = None,
        kind: str = "transfer",
        **cause: Any,
    ) -> None:
        """Funds in (or, negative, out of) a wallet (the default one unless named); the caller checked them.
        The change log keeps it as `kind` (transfer unless said), with its `cause` (BalanceChange's fields)."""
        wallet = wallet or self.wallets[0]
        self.change(self.account(account_id), asset, wallet, amount, kind, **cause)
        self.emit("balance", {"account": account_id, "market": None, "wallet": wallet, "asset": asset})

    def change(self, account: Account, asset: str, wallet: str, amount: Decimal, kind: str, **cause: Any) -> Balance:
        """Change a wallet's total of an asset, kept in the account's change log (its statement)."""
        balance = account.balance(asset, wallet)
        balance.total += amount
        balance.updated_ms = self.clock()
        self.note(account.id, asset, wallet, amount, kind, **cause)
        return balance

    def note(self, account_id: str, asset: str, wallet: str, amount: Decimal, kind: str, **cause: Any) -> None:
        """Keep a change of a wallet balance the caller made in the account's change log (with the balance
        after it); nothing for a change of 0, nor for the market maker (its books are no one's statement)."""
        account = self.account(account_id)
        if not amount or account_id == MAKER:
            return
        after = account.balance(asset, wallet).total
        change = BalanceChange(
            next(self._change_ids), account_id, asset, wallet, kind, amount, after, self.clock(), **cause
        )
        account.changes.append(change)

    def changes(
        self,
        account_id: str,
        kind: str | Iterable[str] | None = None,
        asset: str | None = None,
        market: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
        wallet: str | None = None,
    ) -> list[BalanceChange]:
        """The account's change log (its statement: of one kind or some, one asset, market or wallet), newest first."""
        kinds = None if kind is None else frozenset((kind,) if isinstance(kind, str) else kind)
        return newest_first(
            self.account(account_id).changes,
            lambda c: (
                (kinds is None or c.kind in kinds)
                and asset in (None, c.asset)
                and market in (None, c.market)
                and wallet in (None, c.wallet)
            ),
            start_ms,
            end_ms,
            limit,
        )

    def balance_at(self, account_id: str, asset: str, wallet: str, time_ms: int) -> Decimal:
        """A wallet balance as the change log had it at a moment (0 before its first change)."""
        after = [
            c.balance
            for c in self.account(account_id).changes
            if c.asset == asset and c.wallet == wallet and c.time_ms <= time_ms
        ]
        return after[-1] if after else ZERO

    # -- views -----------------------------------------------------------------------------
    def balances(self, account_id: str, wallet: str | None = None) -> list[tuple[str, Balance]]:
        """One wallet's balances (the default wallet's unless named), by asset."""
        if wallet is not None:
            self.check_wallet(wallet)
        return sorted(self.account(account_id).wallet(wallet).items())

    def transfers(
        self,
        account_id: str,
        asset: str | None = None,
        wallet: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Transfer]:
        """Transfers between the account's wallets (of one asset, to or from one wallet), newest first."""
        rows = self.account(account_id).transfers
        return newest_first(
            rows,
            lambda t: asset in (None, t.asset) and wallet in (None, t.from_wallet, t.to_wallet),
            start_ms,
            end_ms,
            limit,
        )
