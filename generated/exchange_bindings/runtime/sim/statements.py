"""An account's statement: every change of a wallet's balance, with what caused it (its kind: deposit,
withdraw, trade, fee, transfer, funding, loan, ...) and the balance after it. The ledger writes it as
balances change, so a statement is the account's own activity and nothing else."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .model import newest_first


@dataclass(frozen=True)
class Entry:
    id: int
    account: str
    wallet: str
    asset: str
    change: Decimal
    balance: Decimal  # the wallet's total of the asset after the change
    kind: str
    time_ms: int


class Statements:
    """Every account's entries, in the order they were made."""

    def __init__(self) -> None:
        self._entries: dict[str, list[Entry]] = {}
        self._ids = itertools.count(1)

    def record(
        self, account: str, wallet: str, asset: str, change: Decimal, balance: Decimal, kind: str, time_ms: int
    ) -> None:
        if change:
            entry = Entry(next(self._ids), account, wallet, asset, change, balance, kind, time_ms)
            self._entries.setdefault(account, []).append(entry)

    def history(
        self,
        account: str,
        wallet: str | None = None,
        asset: str | None = None,
        kinds: Iterable[str] | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Entry]:
        """The account's entries (of one wallet, one asset, some kinds), newest first."""
        wanted = None if kinds is None else frozenset(kinds)
        return newest_first(
            self._entries.get(account, []),
            lambda e: wallet in (None, e.wallet) and asset in (None, e.asset) and (wanted is None or e.kind in wanted),
            start_ms,
            end_ms,
            limit,
        )
