"""Actions on an account's statistics (sim/statistics.py) and change log (sim/accounts.py): the change
log, daily balance snapshots, 30-day volume, a period's trade overview, the asset summary, the equity
trend, and the PnL leaderboard over every account. Arguments: `days` (the window, today included),
`asset` (what PnL and equity are valued in), `kind`, `symbol`, and the time window."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...sim import Exchange
from ...sim.model import ZERO, BalanceChange
from ...sim.statistics import DAY_MS, Snapshot
from .base import Action, account_of, integer, symbol_of, text, time_window


def _days(args: dict[str, Any], default: int) -> int:
    return integer(args.get("days")) or default


def _asset(args: dict[str, Any]) -> str:
    asset = text(args, "asset")
    if asset is None:
        raise ValueError("asset is required")
    return asset


def _changes(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[BalanceChange]:
    return ex.changes(
        account_of(account), text(args, "kind"), text(args, "asset"), symbol_of(ex, args), **time_window(args)
    )


def _snapshots(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Snapshot]:
    return ex.statistics.balance_history(account_of(account), text(args, "asset"), **time_window(args))


def _volume(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """Volume (quote) and fees over the window, maker and taker apart, and per day with fills (newest first)."""
    days = _days(args, 30)
    fills = ex.statistics.fills(account_of(account), days)
    sides = {side: [f for f in fills if f.liquidity == side] for side in ("maker", "taker")}
    per_day: dict[int, list[Any]] = {}
    for fill in fills:
        per_day.setdefault(fill.time_ms // DAY_MS * DAY_MS, []).append(fill)
    total = {side: sum((f.price * f.quantity for f in rows), ZERO) for side, rows in sides.items()}
    fees = {side: sum((f.fee for f in rows), ZERO) for side, rows in sides.items()}
    return {
        "days": days,
        "volume": total["maker"] + total["taker"],
        "maker_volume": total["maker"],
        "taker_volume": total["taker"],
        "fee": fees["maker"] + fees["taker"],
        "maker_fee": fees["maker"],
        "taker_fee": fees["taker"],
        "daily": [
            {
                "time_ms": day,
                "volume": sum((f.price * f.quantity for f in rows), ZERO),
                "fee": sum((f.fee for f in rows), ZERO),
            }
            for day, rows in sorted(per_day.items(), reverse=True)
        ],
    }


def _overview(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """PnL over the window (realised, funding, fees), volume, fills, win rate, and the daily trend."""
    owner, days, stats = account_of(account), _days(args, 7), ex.statistics
    since = stats.since(days)
    parts = {kind: stats.pnl(owner, since, kind=kind) for kind in ("realized_pnl", "funding", "fee")}
    fills = stats.fills(owner, days)
    return {
        "days": days,
        "pnl": sum(parts.values(), ZERO),
        **parts,
        "volume": sum((f.price * f.quantity for f in fills), ZERO),
        "trades": len(fills),
        "win_rate": stats.win_rate(owner, days),
        "trend": stats.days(owner, _asset(args), days),
    }


def _summary(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """The asset's balances now, with today's, the 7-day and the 30-day PnL."""
    owner, asset, stats = account_of(account), _asset(args), ex.statistics
    row = dict(ex.balances(owner)).get(asset)
    today = stats.pnl(owner, stats.since(1))
    equity = stats.equity(owner, asset)
    began = equity - today
    return {
        "asset": asset,
        "equity": equity,
        "balance": row.total if row else ZERO,
        "unrealized_pnl": ex.unrealized_pnl(owner, asset),
        "available": row.available if row else ZERO,
        "margin": row.margin if row else ZERO,
        "today_pnl": today,
        "today_pnl_rate": (today / began).quantize(Decimal("1e-8")) if began > 0 else ZERO,
        "pnl_7d": stats.pnl(owner, stats.since(7)),
        "pnl_30d": stats.pnl(owner, stats.since(30)),
        "updated_ms": ex.now(),
    }


def _trend(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[Any]:
    return ex.statistics.days(account_of(account), _asset(args), _days(args, 7))


def _leaderboard(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    """Every account ranked by PnL over the window; `name` is the auth scheme whose public name shows."""
    rows = ex.statistics.leaderboard(_days(args, 7), _asset(args), integer(args.get("limit")))
    name = text(args, "name") or ""
    return [
        {
            "rank": rank,
            "account": who,
            "name": ex.account(who).names.get(name, who),
            "pnl": pnl,
            "roi": roi,
            "updated_ms": ex.now(),
        }
        for rank, (who, pnl, roi) in enumerate(rows, 1)
    ]


STATISTICS: dict[str, Action] = {
    "account_changes": _changes,
    "balance_snapshots": _snapshots,
    "volume_stats": _volume,
    "trade_overview": _overview,
    "asset_summary": _summary,
    "equity_trend": _trend,
    "leaderboard": _leaderboard,
}
