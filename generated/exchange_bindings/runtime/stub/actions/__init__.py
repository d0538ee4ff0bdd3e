"""The simulator verbs a spec can map an endpoint onto, by name, with generic arguments; one module per
concern (trading: market data, balances, positions and orders; subaccounts; funds: deposits and withdrawals;
loans: margin loans; lending: loans against offers, collateral, conversions; funding: perpetual markets'
funding rates and payments; stream_keys: listen keys; api_keys: an account's own API keys; records: records
kept per account; strategies: strategy orders; account: its profile, margin settings and favourites;
statistics: its change log, volume, PnL and snapshots, and the leaderboard; delivery: physical delivery and
market-making bots; summary: an account's worth; statements: an account's balance changes; amm_pools:
liquidity in spot markets' pools; referrals: referees and their rebates; liquidations: positions whose
margin ran out, and deleveraging), helpers in base.

Arguments shared by many actions:
- `kind` (spot, perpetual): only markets of that kind exist for this endpoint. A named market of
  another kind is refused as unknown (`unknown_market`); lists leave the others out; an order of
  another kind's market is not found.
- `wallet`: the wallet a balance view or a transfer concerns (the default wallet when absent).
- `stop`: true when the endpoint deals in untriggered stop orders only, false when it never sees
  them (an untriggered stop is not an order yet); absent, both.
- `single`: true when a balance view reports one `asset`: zero where the account holds none, refused
  (`unknown_asset`) where no market trades it.
- `open`: true when the endpoint sees open orders only (a closed one is not found).
- `symbol` (of a balance view): the balances of the assets that market trades (its base and quote), those
  an order or a fill in it moves; an unknown market: every balance.
"""

from __future__ import annotations

from .account import ACCOUNT
from .amm_pools import AMM_POOLS
from .api_keys import API_KEYS
from .base import Action, client_id, run
from .delivery import DELIVERY
from .funding import FUNDING
from .funds import FUNDS
from .lending import LENDING
from .liquidations import LIQUIDATIONS
from .loans import LOANS
from .matches import MATCHES
from .records import RECORDS
from .referrals import REFERRALS
from .statements import STATEMENTS
from .statistics import STATISTICS
from .strategies import PLACED, STRATEGIES
from .stream_keys import STREAM_KEYS
from .subaccounts import SUBACCOUNTS
from .summary import SUMMARY
from .trading import TRADING

__all__ = ["ACTIONS", "MARKET_DATA_ONLY", "PLACED", "Action", "client_id", "run"]

# Actions whose result depends on their arguments and the listed markets alone (markets are never
# changed once listed): a stub may keep the rendered answer until a market is added.
MARKET_DATA_ONLY = frozenset({"markets", "assets"})

ACTIONS: dict[str, Action] = {
    **TRADING,
    **SUBACCOUNTS,
    **FUNDS,
    **LOANS,
    **LENDING,
    **FUNDING,
    **STREAM_KEYS,
    **MATCHES,
    **API_KEYS,
    **RECORDS,
    **STRATEGIES,
    **ACCOUNT,
    **STATISTICS,
    **DELIVERY,
    **SUMMARY,
    **STATEMENTS,
    **AMM_POOLS,
    **REFERRALS,
    **LIQUIDATIONS,
}
