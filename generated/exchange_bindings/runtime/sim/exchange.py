"""One simulated exchange: its parts put together, and their verbs under one name.

    market data   markets, books, public trades; tickers, depth, candles        (market_data.py)
    ledger        accounts, wallets, balances, holds, transfers                  (accounts.py)
    order store   orders by id and client id, order and fill histories          (orders.py)
    margin        leverage, margin, positions, PnL                               (positions.py)
    matching      placing, matching, settling, stops, cancels, amends           (matching.py)
    position orders  closing a position, its take-profits and stop-losses       (position_orders.py)
    strategies    strategy orders: legs placed, released, cancelled as a unit   (strategies.py)
    liquidations  positions whose margin ran out, and the deleveraging they cause (liquidations.py)
    sub-accounts  accounts a main account owns: their keys and transfers        (subaccounts.py)
    API keys      an account's own keys: label, status, permissions, IPs        (api_keys.py)
    funds         deposit addresses, deposits, withdrawals by chain             (funds.py)
    loans         margin loans with interest                                    (loans.py)
    borrowing     borrowing against collateral                                  (borrowing.py)
    lending       loans against standing offers, collateral, conversions        (lending.py)
    funding       perpetual markets' funding rates and payments, settled lazily  (funding.py)
    statistics    volume, PnL, daily snapshots, equity trends, leaderboard      (statistics.py)
    delivery      physical delivery of perpetual positions at auctions, lazily  (delivery.py)
    AMM bots      market makers with their own balances quoting a price range   (amm_bots.py)
    AMM pools     liquidity shares of spot markets' pools, their income          (amm_pools.py)
    referrals     who referred whom, rebates from referees' fees, paid daily     (referrals.py)
    basis         perpetual markets' last prices against their index, sampled    (basis.py)
    settlement    positions' unrealised PnL realised into their margin, periodically (settlement.py)

Each part depends only on those above it; the two ways back up (a wallet's transferable amount needs
the positions' PnL, a ticker their open interest, a closed position cancels its stops) are callables
given here.

Time- and price-driven changes (funding at its boundaries, daily snapshots, deliveries at their auctions, AMM
income and referral rebates settled, liquidations) happen when `catch_up` is called: the stub calls it before
each action, never while the simulator tells its listeners of a change (a change may be half done then).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any

from .accounts import Ledger
from .amm_bots import AmmBots, BotConfig
from .amm_pools import AmmPools, PoolConfig
from .api_keys import AccountKeys
from .basis import Basis, BasisConfig
from .borrowing import Borrowing, BorrowingConfig
from .delivery import Delivery, DeliveryConfig
from .funding import Funding, FundingConfig
from .funds import Funds, FundsConfig
from .lending import Lending, LendingConfig
from .liquidations import Liquidations
from .loans import Loans, LoansConfig
from .market_data import MarketData
from .matching import Matching
from .model import DEFAULT_WALLET, MAKER, Market, Order
from .orders import OrderStore
from .position_orders import PositionOrders
from .positions import Positions
from .referrals import ReferralConfig, Referrals
from .rounding import RoundingConfig
from .settlement import SettlementConfig, Settlements
from .statistics import Statistics
from .strategies import Strategies
from .subaccounts import Keyring, SubAccounts

Listener = Callable[[str, Any], None]  # (kind: order | fill | trade | balance | position, payload)


class Exchange:
    """The simulated exchange. Deterministic for a given seed and clock.

    `wallets` names the wallets every account has; the first is the default (where a market without
    a wallet of its own settles, and where `add_account`'s balances go). A closed order stays
    queryable `retention_ms` after it closed (None: as long as MAX_CLOSED allows). Every change is
    told to each of `listeners`. API keys (an account's own and its sub-accounts') are issued in `keyring` (a stub's verifier;
    by default the simulator's own, which checks nothing); `funds` gives the chains money moves on, `loans` the terms of margin loans,
    `borrowing` what may be borrowed against collateral, `lending` the offers loans are taken against,
    `funding` how perpetual markets pay funding, `amm` the spot markets' liquidity pools, `referrals` what
    referrers earn, `basis` how often the basis is recorded, `settlement` how often positions are settled, `rounding` how trade totals and fees round
    (exactly, or stochastically from the seed); `marks` gives markets mark and index prices of their own
    (market_data.py); `delivery` when positions are delivered, `amm_bots` how market-making bots quote.
    """

    MAKER = MAKER
    MAX_CLOSED = 50_000  # closed orders held at most, whatever the retention window (the oldest leave first)

    def __init__(
        self,
        markets: Iterable[Market],
        seed: int = 0,
        clock: Callable[[], int] | None = None,
        wallets: Iterable[str] = (DEFAULT_WALLET,),
        retention_ms: int | None = None,
        keyring: Keyring | None = None,
        funds: FundsConfig | None = None,
        loans: LoansConfig | None = None,
        borrowing: BorrowingConfig | None = None,
        lending: LendingConfig | None = None,
        funding: FundingConfig | None = None,
        rounding: RoundingConfig | None = None,
        marks: bool = False,
        delivery: DeliveryConfig | None = None,
        amm_bots: BotConfig | None = None,
        amm: PoolConfig | None = None,
        referrals: ReferralConfig | None = None,
        basis: BasisConfig | None = None,
        settlement: SettlementConfig | None = None,
    ) -> None:
        self.seed = seed
        self.clock = clock or (lambda: int(time.time() * 1000))  # replaceable: the parts ask through now()
        self.listeners: list[Listener] = []
        self._telling = 0  # listeners being told of a change (nested): no time-driven change meanwhile
        emit = self._emit
        self.data = MarketData(seed, self.now, lambda symbol: self.margin.open_interest(symbol))
        self.data.marks = marks
        self.ledger = Ledger(wallets, self.now, emit, lambda *of: self.margin.unrealized_pnl(*of))
        self.store = OrderStore(retention_ms, self.MAX_CLOSED, self.now)
        self.margin = Positions(
            self.ledger,
            self.data,
            self.store,
            self.now,
            emit,
            lambda *closed: self.matching.drop_position_stops(*closed),
        )
        self.matching = Matching(seed, self.ledger, self.data, self.store, self.margin, self.now, emit, rounding)
        self.position_orders = PositionOrders(self.ledger, self.margin, self.matching)
        self.strategies = Strategies(self.matching, self.store, self.now)
        self.liquidations = Liquidations(self.ledger, self.data, self.margin, self.now)
        self.basis = Basis(basis or BasisConfig(), self.data, self.now, self.index_price)
        self.settlements = Settlements(settlement or SettlementConfig(), self.ledger, self.data, self.margin, self.now)
        self.subaccounts = SubAccounts(self.ledger, self.now, emit, keyring)
        self.api_keys = AccountKeys(self.subaccounts.keyring, self.now)
        self.funds = Funds(funds or FundsConfig(), self.ledger, self.now)
        self.loans = Loans(loans or LoansConfig(), self.ledger, self.data, self.now)
        self.borrowing = Borrowing(borrowing or BorrowingConfig(), self.ledger, self.now, self.price_in)
        self.lending = Lending(lending or LendingConfig(), self.ledger, self.now, emit=emit)
        self.funding = Funding(funding or FundingConfig(), seed, self.ledger, self.data, self.now, emit)
        self.statistics = Statistics(self.ledger, self.store, self.margin, self.now)
        self.delivery = Delivery(delivery or DeliveryConfig(), self.ledger, self.data, self.margin, self.now)
        self.amm_bots = AmmBots(
            amm_bots or BotConfig(), seed, self.ledger, self.data, self.matching, self.delivery, self.now
        )
        self.amm = AmmPools(amm or PoolConfig(), self.ledger, self.data, self.now)
        self.referrals = Referrals(referrals or ReferralConfig(), self.ledger, self.data, self.now, self.price_in)
        # the state, as the parts hold it
        self.wallets = self.ledger.wallets
        self.accounts = self.ledger.accounts
        self.markets, self.books = self.data.markets, self.data.books
        self.trades, self.last_price = self.data.trades, self.data.last_price
        self.stops = self.matching.stops
        # the verbs, each the method of the part that owns it
        self.market = self.data.market
        self.seed_history = self.data.seed_history
        self.public_trades = self.data.public_trades
        self.market_trades = self.data.market_trades
        self.depth = self.data.depth
        self.ticker = self.data.ticker
        self.candles = self.data.candles
        self.add_account = self.ledger.add_account
        self.account = self.ledger.account
        self.wallet_of = self.ledger.wallet_of
        self.balances = self.ledger.balances
        self.transferable = self.ledger.transferable
        self.transfer = self.ledger.transfer
        self.transfers = self.ledger.transfers
        self.changes = self.ledger.changes
        self.leverage = self.margin.leverage
        self.margin_mode = self.margin.margin_mode
        self.set_leverage = self.margin.set_leverage
        self.adjust_margin = self.margin.adjust_margin
        self.open_position = self.margin.open_position
        self.unrealized_pnl = self.margin.unrealized_pnl
        self.positions = self.margin.positions
        self.position_history = self.margin.position_history
        self.margin_history = self.margin.margin_history
        self.place = self.matching.place
        self.cancel = self.matching.cancel
        self.cancel_all = self.matching.cancel_all
        self.modify = self.matching.modify
        self.resize = self.matching.resize
        self.seed_books = self.matching.seed_books
        self.set_index = self.matching.set_index
        self.close_position = self.position_orders.close_position
        self.set_position_stop = self.position_orders.set_position_stop
        self.position_stops = self.position_orders.position_stops
        self.find = self.store.find
        self.order_by_client_id = self.store.by_client_id
        self.open_orders = self.store.open_orders
        self.stop_orders = self.store.stop_orders
        self.order_history = self.store.order_history
        self.account_fills = self.store.account_fills
        for market in markets:
            self.add_market(market)

    def now(self) -> int:
        """The simulated time in milliseconds (whatever `clock` is now)."""
        return self.clock()

    @property
    def orders(self) -> dict[int, Order]:
        """Every order held (open, and closed ones within the retention window), by id."""
        return self.store.held

    def add_market(self, market: Market) -> None:
        if market.wallet is not None and market.wallet not in self.wallets:
            raise ValueError(f"market {market.symbol} settles in wallet {market.wallet}, not one of {self.wallets}")
        self.data.add_market(market)
        self.stops[market.symbol] = []
        self.funding.add_market(market)
        self.amm.add_market(market)

    def catch_up(self) -> None:
        """Make the changes the clock and prices have brought (funding boundaries, delivery auctions passed,
        positions whose margin ran out), unless listeners are being told of a change (an action a push runs
        then sees the state as it is)."""
        if not self._telling:
            self.funding.settle()
            self.statistics.snapshot()
            self.delivery.settle()
            self.amm.settle()
            self.referrals.settle()
            self.settlements.settle()
            self.liquidations.check()
            self.basis.sample()

    def index_price(self, market: Market) -> Decimal:
        """A market's index: its own where the exchange keeps mark and index prices (market_data.py), else the
        last price of the spot market trading its pair (its own last price without one)."""
        if self.data.marks:
            return self.data.index(market.symbol)
        spot = self.price_in(market.base, market.quote)
        return self.last_price[market.symbol] if spot is None else spot

    def price_in(self, asset: str, quote: str) -> Decimal | None:
        """The last price of `asset` in `quote` (a spot market trading one for the other; None without one)."""
        for market in self.markets.values():
            if market.kind == "spot" and (market.base, market.quote) == (asset, quote):
                return self.last_price.get(market.symbol)
        return None

    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        """Changes made within are told to no listener (a stub's opening books: state, not news)."""
        listeners, self.listeners = self.listeners, []
        try:
            yield
        finally:
            self.listeners = listeners

    def _emit(self, kind: str, payload: Any) -> None:
        if kind == "trade":  # the parts that earn from trades and fees hear of them first, quiet or not
            self.amm.on_trade(payload)
        elif kind == "fill":
            self.referrals.on_fill(payload)
        self._telling += 1
        try:
            for listener in self.listeners:
                listener(kind, payload)
        finally:
            self._telling -= 1
