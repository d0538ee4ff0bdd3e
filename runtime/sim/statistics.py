"""An account's statistics, computed from its own activity: trading volume and fees (its fills), PnL
(its change log: realised PnL, funding and fees), daily balance snapshots, equity trends, and a PnL
leaderboard over every account.

Days are UTC days of the simulator's clock. A day's snapshot is taken lazily, as funding is settled
(`snapshot`, which the exchange's `catch_up` calls): the wallet balance at the day's end from the change
log (exact), the positions' unrealised PnL at the moment the snapshot is taken (the first action after
the day ended). PnL over a window is the sum of the change log's non-transfer changes in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from .accounts import Ledger
from .model import MAKER, ZERO, Fill
from .orders import OrderStore
from .positions import Positions

DAY_MS = 86_400_000
PNL_KINDS = ("realized_pnl", "funding", "fee")


@dataclass(frozen=True)
class Snapshot:
    """An asset's balance in an account's wallet at the end of a day (`time_ms`: the day's end)."""

    account: str
    asset: str
    wallet: str
    balance: Decimal
    unrealized_pnl: Decimal
    time_ms: int

    @property
    def equity(self) -> Decimal:
        return self.balance + self.unrealized_pnl


@dataclass(frozen=True)
class Day:
    """One day of an account's activity (`time_ms`: its start)."""

    time_ms: int
    volume: Decimal
    fee: Decimal
    pnl: Decimal
    cumulative_pnl: Decimal
    equity: Decimal


@dataclass
class Statistics:
    ledger: Ledger
    store: OrderStore
    margin: Positions
    clock: Callable[[], int]
    snapshots: dict[str, list[Snapshot]] = field(default_factory=dict)  # by account, oldest first
    _snapped_ms: int | None = None  # the last day end snapshotted

    # -- daily snapshots ----------------------------------------------------------------------
    def snapshot(self) -> None:
        """Snapshot every account at each day end the clock passed since the last call."""
        today = self.clock() // DAY_MS * DAY_MS
        if self._snapped_ms is None:
            self._snapped_ms = today
        for end in range(self._snapped_ms + DAY_MS, today + 1, DAY_MS):
            for account in self.ledger.accounts.values():
                if account.id == MAKER:
                    continue
                for wallet, balances in account.wallets.items():
                    for asset in balances:
                        balance = self.ledger.balance_at(account.id, asset, wallet, end - 1)
                        unrealized = self.margin.unrealized_pnl(account.id, asset, wallet)
                        self.snapshots.setdefault(account.id, []).append(
                            Snapshot(account.id, asset, wallet, balance, unrealized, end)
                        )
        self._snapped_ms = today

    def balance_history(
        self,
        account_id: str,
        asset: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Snapshot]:
        """The account's daily snapshots (of one asset), newest first."""
        rows = [s for s in self.snapshots.get(self.ledger.account(account_id).id, []) if asset in (None, s.asset)]
        rows = [
            s for s in rows if (start_ms is None or s.time_ms >= start_ms) and (end_ms is None or s.time_ms <= end_ms)
        ]
        rows.reverse()
        return rows[:limit] if limit else rows

    # -- volume and PnL -----------------------------------------------------------------------
    def since(self, days: int) -> int:
        """The start of the window of the last `days` days (today included)."""
        return (self.clock() // DAY_MS - days + 1) * DAY_MS

    def fills(self, account_id: str, days: int) -> list[Fill]:
        return self.store.account_fills(account_id, start_ms=self.since(days))

    def pnl(self, account_id: str, start_ms: int, end_ms: int | None = None, kind: str | None = None) -> Decimal:
        """Realised PnL, funding and fees (or one of them) in a window."""
        changes = self.ledger.changes(account_id, kind, start_ms=start_ms, end_ms=end_ms)
        return sum((c.amount for c in changes if c.kind in PNL_KINDS), ZERO)

    def equity(self, account_id: str, asset: str, wallet: str | None = None) -> Decimal:
        """Wallet balance plus the positions' unrealised PnL, now."""
        wallet = wallet or self.ledger.wallets[0]
        balance = self.ledger.account(account_id).balance(asset, wallet).total
        return balance + self.margin.unrealized_pnl(account_id, asset, wallet)

    def days(self, account_id: str, asset: str, days: int) -> list[Day]:
        """The last `days` days, oldest first: volume, fees and PnL of each, the PnL since the first, and
        the equity at its end (its snapshot; today's: now; a day without one: its end balance)."""
        wallet = self.ledger.wallets[0]
        fills = self.fills(account_id, days)
        snapped = {(s.time_ms, s.asset, s.wallet): s for s in self.snapshots.get(account_id, [])}
        out: list[Day] = []
        cumulative = ZERO
        today = self.clock() // DAY_MS * DAY_MS
        for start in range(self.since(days), today + 1, DAY_MS):
            end = start + DAY_MS
            mine = [f for f in fills if start <= f.time_ms < end]
            pnl = self.pnl(account_id, start, end - 1)
            cumulative += pnl
            shot = snapped.get((end, asset, wallet))
            if start == today:
                equity = self.equity(account_id, asset, wallet)
            else:
                equity = shot.equity if shot else self.ledger.balance_at(account_id, asset, wallet, end - 1)
            volume = sum((f.price * f.quantity for f in mine), ZERO)
            out.append(Day(start, volume, sum((f.fee for f in mine), ZERO), pnl, cumulative, equity))
        return out

    def win_rate(self, account_id: str, days: int) -> Decimal:
        """The share of positions closed in the window with a positive realised PnL (0 without any)."""
        closed = self.margin.position_history(account_id, start_ms=self.since(days))  # closed since then
        return Decimal(sum(1 for p in closed if p.realized_pnl > 0)) / len(closed) if closed else ZERO

    def leaderboard(self, days: int, asset: str, limit: int | None = None) -> list[tuple[str, Decimal, Decimal]]:
        """Every account (not the market maker) by PnL over the window plus unrealised PnL now, largest
        first: (account, pnl, roi), the roi over the equity the window began with."""
        rows = []
        for account in self.ledger.accounts.values():
            if account.id == MAKER:
                continue
            pnl = self.pnl(account.id, self.since(days)) + self.margin.unrealized_pnl(account.id, asset)
            began = self.equity(account.id, asset) - pnl
            roi = (pnl / began).quantize(Decimal("1e-8")) + ZERO if began > 0 else ZERO  # + 0: no "-0"
            rows.append((account.id, pnl, roi))
        rows.sort(key=lambda r: (-r[1], r[0]))
        return rows[:limit] if limit else rows
