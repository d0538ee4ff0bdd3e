"""Market data of a simulated exchange: its markets, their books and public trades, and the views
built on them (tickers, depth, candles), seeded with a day of history so they start realistic."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from .book import Book
from .model import BUY, SELL, ZERO, Market, SimulatorError, Trade


class MarketData:
    """The listed markets (a listed market never changes), each with its two books, its public trades
    and its last price. `open_interest` gives a market's open interest (the positions' own figure).

    Mark and index prices are the last price unless `marks` is on: then each market has an index price
    of its own (its reference price until set_index moves it: the outside world's price) and its mark
    price is the median of the index, the index plus the book's premium (the mid of a two-sided book,
    else no premium) and the last price, so it moves with the book and trades but no single trade
    drags it away from the index (the shape of Binance USDⓈ-M's mark price, without its moving
    average and funding-basis terms)."""

    def __init__(self, seed: int, clock: Callable[[], int], open_interest: Callable[[str], Decimal]) -> None:
        self.seed = seed
        self.clock = clock
        self.open_interest = open_interest
        self.markets: dict[str, Market] = {}
        self.books: dict[str, tuple[Book, Book]] = {}
        self.trades: dict[str, list[Trade]] = {}
        self.last_price: dict[str, Decimal] = {}
        self.marks = False  # mark and index prices of their own (see the class)
        self.index_price: dict[str, Decimal] = {}
        self._tickers: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {}  # symbol -> (state key, ticker)
        self._trade_ids = itertools.count(1)

    def add_market(self, market: Market) -> None:
        self.markets[market.symbol] = market
        self.books[market.symbol] = (Book(BUY), Book(SELL))
        self.trades[market.symbol] = []
        self.last_price[market.symbol] = market.price
        self.index_price[market.symbol] = market.price

    def market(self, symbol: str, kind: str | None = None) -> Market:
        """A market by symbol; with `kind` (spot, perpetual), only a market of that kind."""
        market = self.markets.get(symbol)
        if market is None or (kind is not None and market.kind != kind):
            raise SimulatorError("unknown_market", f"unknown {kind + ' ' if kind else ''}market {symbol}")
        return market

    def index(self, symbol: str) -> Decimal:
        return self.index_price[symbol] if self.marks else self.last_price[symbol]

    def mark(self, symbol: str) -> Decimal:
        last = self.last_price[symbol]
        if not self.marks:
            return last
        index = self.index_price[symbol]
        bid, ask = (side.best() for side in self.books[symbol])
        fair = index if bid is None or ask is None else (bid + ask) / 2
        return sorted((index, fair, last))[1]

    def reference(self, symbol: str, which: str) -> Decimal:
        """The price a stop watches: last, mark or index."""
        return (
            self.mark(symbol)
            if which == "mark"
            else self.index(symbol)
            if which == "index"
            else self.last_price[symbol]
        )

    def walk(
        self, market: Market, side: str, quantity: Decimal | None = None, funds: Decimal | None = None
    ) -> tuple[Decimal, Decimal]:
        """What a market order of `side` would trade now, walking the opposite book: (quantity, total in the
        quote asset), for `quantity` of the base or, in whole lots, for `funds` of the quote. Fees are not
        counted and nothing changes (an exchange's estimate of a market order)."""
        bids, asks = self.books[market.symbol]
        traded, total = ZERO, ZERO
        for price, size in (asks if side == BUY else bids).depth(10_000):
            if funds is not None:
                take = min(size, ((funds - total) / price) // market.lot_size * market.lot_size)
            else:
                take = min(size, (quantity or ZERO) - traded)
            traded, total = traded + take, total + take * price
            if take < size:
                break
        return traded, total

    def record_trade(self, symbol: str, price: Decimal, quantity: Decimal, taker_side: str, now: int) -> Trade:
        """A match: a public trade at a new last price."""
        trade = Trade(next(self._trade_ids), symbol, price, quantity, taker_side, now)
        self.trades[symbol].append(trade)
        self.last_price[symbol] = price
        return trade

    def worst_price(self, market: Market, side: str) -> Decimal:
        """Worst price a market order of `side` could reach: the far end of the opposite book, or the last price."""
        book = self.books[market.symbol][1 if side == BUY else 0]
        levels = book.depth(10_000)
        return levels[-1][0] if levels else self.last_price[market.symbol]

    def seed_history(self, trades: int = 200, hours: int = 24) -> None:
        """Public trades over the past `hours`: a small random walk that ends at each reference price,
        so tickers and candles start realistic. They are history only: no account or book changes."""
        rng = random.Random(self.seed + 1)
        now, span = self.clock(), hours * 3_600_000
        for market in self.markets.values():
            tick, lots = market.tick_size, market.lot_size * max(1, int(market.min_quantity / market.lot_size))
            steps = [rng.choice((-1, 0, 1)) for _ in range(trades)]
            price = market.price - tick * sum(steps)
            history, symbol = self.trades[market.symbol], market.symbol
            for i, step in enumerate(steps):
                price = max(tick, price + tick * step)
                quantity = lots * rng.randint(1, 50)
                moment = now - (trades - i) * span // trades
                history.append(Trade(next(self._trade_ids), symbol, price, quantity, rng.choice((BUY, SELL)), moment))
            self.last_price[symbol] = price

    # -- views -----------------------------------------------------------------------------
    def public_trades(
        self, symbol: str, start_ms: int | None = None, end_ms: int | None = None, limit: int | None = None
    ) -> list[Trade]:
        trades = [
            t
            for t in reversed(self.market_trades(symbol))
            if (start_ms is None or t.time_ms >= start_ms) and (end_ms is None or t.time_ms <= end_ms)
        ]
        return trades[:limit] if limit else trades

    def market_trades(self, symbol: str) -> list[Trade]:
        self.market(symbol)
        return self.trades[symbol]

    def depth(self, symbol: str, levels: int = 25) -> dict[str, Any]:
        self.market(symbol)
        bids, asks = self.books[symbol]
        return {
            "market": symbol,
            "bids": bids.depth(levels),
            "asks": asks.depth(levels),
            "last": self.last_price[symbol],
            "time_ms": self.clock(),
        }

    def ticker(self, symbol: str) -> dict[str, Any]:
        market = self.market(symbol)
        now = self.clock()
        bids, asks = self.books[symbol]
        last = self.last_price[symbol]
        # the day's figures change with a trade, a book top or the second (the 24 h window slides):
        # kept until one does, so a polling client costs a lookup, not a scan of the day's trades
        trades = self.trades[symbol]
        key = (
            len(trades),
            trades[-1].id if trades else 0,
            now // 1000,
            bids.best(),
            asks.best(),
            last,
            self.index(symbol),
        )
        cached = self._tickers.get(symbol)
        if cached is not None and cached[0] == key:
            return {**cached[1], "time_ms": now}
        day = [t for t in self.trades[symbol] if t.time_ms >= now - 86_400_000]
        ticker = {
            "market": symbol,
            "last": last,
            "last_quantity": day[-1].quantity if day else ZERO,
            "open": day[0].price if day else market.price,
            "high": max((t.price for t in day), default=last),
            "low": min((t.price for t in day), default=last),
            "volume": sum((t.quantity for t in day), ZERO),
            "quote_volume": sum((t.quantity * t.price for t in day), ZERO),
            "buy_volume": sum((t.quantity for t in day if t.taker_side == BUY), ZERO),
            "sell_volume": sum((t.quantity for t in day if t.taker_side == SELL), ZERO),
            "bid": bids.best(),
            "ask": asks.best(),
            "mark": self.mark(symbol),
            "index": self.index(symbol),
            "open_interest": self.open_interest(symbol),
            "time_ms": now,
        }
        self._tickers[symbol] = (key, ticker)
        return {**ticker}

    def candles(
        self,
        symbol: str,
        interval_s: int,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """OHLCV buckets from the simulated trades, newest first (intervals without trades have no bucket)."""
        self.market(symbol)
        width = interval_s * 1000
        buckets: dict[int, dict[str, Any]] = {}
        for trade in self.trades[symbol]:
            start = trade.time_ms - trade.time_ms % width
            bucket = buckets.get(start)
            if bucket is None:
                buckets[start] = {
                    "open_ms": start,
                    "open": trade.price,
                    "high": trade.price,
                    "low": trade.price,
                    "close": trade.price,
                    "volume": trade.quantity,
                    "quote_volume": trade.price * trade.quantity,
                }
            else:
                bucket["high"] = max(bucket["high"], trade.price)
                bucket["low"] = min(bucket["low"], trade.price)
                bucket["close"] = trade.price
                bucket["volume"] += trade.quantity
                bucket["quote_volume"] += trade.price * trade.quantity
        rows = [
            b
            for s, b in sorted(buckets.items(), reverse=True)
            if (start_ms is None or s >= start_ms) and (end_ms is None or s <= end_ms)
        ]
        return rows[:limit] if limit else rows
