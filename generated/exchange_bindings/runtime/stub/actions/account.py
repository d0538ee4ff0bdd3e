"""Actions on an account's own settings and profile: who it is (its public names, whether it trades), a
market's leverage and margin mode, the margin mode alone, and its favourite markets. `session` names an
endpoint a login session's auth scheme answers itself (the stub never runs it as an action)."""

from __future__ import annotations

from typing import Any

from ...sim import Exchange, SimulatorError
from .base import Action, account_of, required_symbol, text, words


def _account(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """The account: its id, public names (by auth scheme), permissions and whether it may trade."""
    found = ex.account(account_of(account))
    return {
        "id": found.id,
        "names": dict(found.names),
        "permissions": sorted(found.permissions),
        "can_trade": "trade" in found.permissions,
    }


def _settings(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    """A market's leverage and margin mode for the account (its choice, else the market's default)."""
    symbol = required_symbol(ex, args)
    owner = account_of(account)
    market = ex.markets[symbol]
    return {
        "symbol": symbol,
        "leverage": ex.leverage(owner, symbol),
        "margin_mode": ex.margin_mode(owner, symbol),
        "max_leverage": market.max_leverage,
    }


def _set_margin_mode(ex: Exchange, account: str | None, args: dict[str, Any]) -> dict[str, Any]:
    mode = text(args, "margin_mode")
    if mode is None:
        raise SimulatorError("missing_parameter", "margin_mode is required")
    ex.margin.set_margin_mode(account_of(account), required_symbol(ex, args), mode)
    return _settings(ex, account, args)


def _favorites(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[str]:
    return list(ex.account(account_of(account)).favorites)


def _set_favorites(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[str]:
    """Replace the favourite markets with `symbols` (in order; each a listed market of `kind`)."""
    symbols = words(args.get("symbols")) or []
    for symbol in symbols:
        ex.market(symbol, args.get("kind"))
    found = ex.account(account_of(account))
    found.favorites = list(dict.fromkeys(symbols))
    return list(found.favorites)


def _session(ex: Exchange, account: str | None, args: dict[str, Any]) -> None:
    raise SimulatorError("unsupported", "a login session's operations are answered by its auth scheme")


ACCOUNT: dict[str, Action] = {
    "account": _account,
    "position_settings": _settings,
    "set_margin_mode": _set_margin_mode,
    "favorites": _favorites,
    "set_favorites": _set_favorites,
    "session": _session,
}
