"""Actions of perpetual markets' funding (sim/funding.py): the current and predicted rates of markets, a
market's collected rates, an account's payments. Arguments: `symbol` (one, a list where rates are listed,
or none: every market paying funding, of `kind`), `position_id`, and the time window (`start_ms`, `end_ms`, `limit`)."""

from __future__ import annotations

from typing import Any

from ...sim import Exchange, SimulatorError
from ...sim.funding import CollectedRate, FundingFee
from .base import Action, account_of, integer, kind_ok, symbol_of, time_window
from .trading import _symbols


def _funded(ex: Exchange, symbol: str) -> str:
    if not ex.funding.funded(symbol):
        raise SimulatorError("unknown_market", f"{symbol} pays no funding")
    return symbol


def _rate_row(ex: Exchange, symbol: str) -> dict[str, Any]:
    """A market's funding now: the last rate collected (none yet: None), the one the next boundary will
    collect, the last and next boundaries, the terms, and the mark and index prices (sim/market_data.py)."""
    terms, last = ex.funding.config.of(symbol), ex.funding.last(symbol)
    assert terms is not None  # a funded market
    upcoming = ex.funding.next_ms(symbol)
    return {
        "market": symbol,
        "market_info": ex.markets[symbol],
        "mark": ex.data.mark(symbol),
        "index": ex.data.index(symbol),
        "rate": None if last is None else last.rate,
        "last_ms": upcoming - terms.interval_ms,  # the last boundary (collected, unless the market began after it)
        "predicted": ex.funding.predicted(symbol),
        "next_ms": upcoming,
        "interval_ms": terms.interval_ms,
        "interval_hours": terms.interval_ms // 3_600_000,
        "interest_rate": terms.interest_rate,
        "min_rate": terms.min_rate,
        "max_rate": terms.max_rate,
    }


def _rates(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    named = bool(args.get("symbol"))
    return [_rate_row(ex, _funded(ex, s) if named else s) for s in _symbols(ex, args) if named or ex.funding.funded(s)]


def _rate_history(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[CollectedRate]:
    """One market's collected rates, or (none named) every funded market's, newest first."""
    symbol = symbol_of(ex, args)
    if symbol is not None:
        return ex.funding.rate_history(_funded(ex, symbol), **time_window(args))
    window = time_window(args)
    rows = [r for s in _symbols(ex, args) if ex.funding.funded(s) for r in ex.funding.rate_history(s, **window)]
    rows.sort(key=lambda r: (-r.time_ms, r.market))
    return rows[: window["limit"]] if window["limit"] else rows


def _payments(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[FundingFee]:
    rows = ex.funding.history(
        account_of(account), symbol_of(ex, args), integer(args.get("position_id")), **time_window(args)
    )
    return [p for p in rows if kind_ok(ex, args, p.market)]


FUNDING: dict[str, Action] = {
    "funding_rates": _rates,
    "funding_rate_history": _rate_history,
    "funding_payments": _payments,
}
