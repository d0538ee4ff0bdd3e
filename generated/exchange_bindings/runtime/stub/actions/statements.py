"""Actions on an account's statement (the ledger's change log, sim/accounts.py): the changes of its balances,
newest first.
Arguments: `wallet`, `asset`, `type` (one kind of change: deposit, withdraw, trade, fee, transfer, funding,
borrow, repay, ...; a list: any of them), `kinds` (the kinds this endpoint can show at all: others are left
out), and the time window."""

from __future__ import annotations

from typing import Any

from ...sim import Exchange
from ...sim.model import BalanceChange
from .base import Action, account_of, text, time_window, words


def _statement(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[BalanceChange]:
    shown, asked = words(args.get("kinds")), words(args.get("type") or None)
    kinds = [k for k in (asked or shown or []) if shown is None or k in shown] if asked or shown else None
    return ex.ledger.changes(
        account_of(account), kinds, text(args, "asset"), wallet=text(args, "wallet"), **time_window(args)
    )


STATEMENTS: dict[str, Action] = {"statement": _statement}
