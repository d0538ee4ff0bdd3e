"""Automated market makers run for an account: a bot with its own balances that quotes a range of prices on
one market's book. Creating one moves its collateral from its owner into the bot's own account and places
`levels` limit orders at prices spread evenly over [low, high]: buys below the last price (from the counter
asset), sells above it (from the asset), as many as the bot's balances hold. Trades against them move the
bot's balances and position as any account's. Redeeming one cancels its orders, delivers its position (see
delivery.py) and returns everything it holds to its owner: the collateral with the profit or loss made.
The spec's `amm_bots`: how many orders a bot places, and how its token (its id) is written.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .accounts import Ledger
from .delivery import Delivery
from .market_data import MarketData
from .matching import Matching
from .model import BUY, MONEY_STEP, SELL, ZERO, SimulatorError

EXECUTING, ENDED = "executing", "ended"
DIRECTIONS = ("buy", "sell", "neutral")


@dataclass(frozen=True)
class BotConfig:
    """`levels`: the orders a bot places (0: no bots); `token`: its id, from the market's `base` and a seeded `serial`."""

    levels: int = 0
    token: str = "{base}-{serial}"


@dataclass
class AmmBot:
    token: str  # its id, and the id of its own account
    owner: str
    market: str
    direction: str  # buy | sell | neutral
    asset: str | None
    asset_quantity: Decimal
    counter_asset: str | None
    counter_quantity: Decimal
    low: Decimal
    high: Decimal
    leverage: Decimal | None
    time_ms: int
    updated_ms: int
    status: str = EXECUTING
    redeem_type: str | None = None
    returned: dict[str, Decimal] = field(default_factory=dict)  # what went back to the owner


class AmmBots:
    def __init__(
        self,
        config: BotConfig,
        seed: int,
        ledger: Ledger,
        data: MarketData,
        matching: Matching,
        delivery: Delivery,
        clock: Callable[[], int],
    ) -> None:
        self.config = config
        self.ledger = ledger
        self.data = data
        self.matching = matching
        self.delivery = delivery
        self.clock = clock
        self._random = random.Random(seed)
        self.bots: dict[str, AmmBot] = {}

    def create(
        self,
        owner: str,
        symbol: str,
        direction: str,
        low: Decimal,
        high: Decimal,
        collateral: dict[str, Decimal],
        leverage: Decimal | None = None,
        token: str | None = None,
    ) -> AmmBot:
        """A bot quoting [low, high] on a market with `collateral` (asset -> quantity) taken from its owner;
        `token` chooses its id (tests seeding a known bot), by default drawn from the seed."""
        if not self.config.levels:
            raise SimulatorError("invalid_parameter", "no market-making bots on this exchange")
        market = self.data.market(symbol)
        if direction not in DIRECTIONS:
            raise SimulatorError("invalid_parameter", f"direction must be one of {', '.join(DIRECTIONS)}")
        if not ZERO < low < high or low % market.tick_size or high % market.tick_size:
            raise SimulatorError("invalid_price", f"0 < {low} < {high}, multiples of {market.tick_size}")
        if set(collateral) - {market.base, market.quote}:
            raise SimulatorError("invalid_parameter", f"a bot holds {market.base} and {market.quote} only")
        if not collateral or any(q <= 0 for q in collateral.values()):
            raise SimulatorError("invalid_quantity", "the collateral must be positive")
        account = self.ledger.account(owner)
        for asset, quantity in collateral.items():
            if account.balance(asset, self.ledger.wallet_of(market)).available < quantity:
                raise SimulatorError("insufficient_funds", f"{asset} available < {quantity}")
        serial = "".join(self._random.choices(string.ascii_letters + string.digits, k=8))
        token = token or self.config.token.format(base=market.base, serial=serial)
        if token in self.bots:
            raise SimulatorError("invalid_parameter", f"bot {token} exists")
        now = self.clock()
        bot = AmmBot(
            token, owner, symbol, direction,
            market.base if market.base in collateral else None, collateral.get(market.base, ZERO),
            market.quote if market.quote in collateral else None, collateral.get(market.quote, ZERO),
            low, high, leverage, now, now,
        )  # fmt: skip
        self.ledger.add_account(bot.token, {})
        wallet = self.ledger.wallet_of(market)
        for asset, quantity in collateral.items():
            self.ledger.move(owner, wallet, bot.token, wallet, asset, quantity)
        self.bots[bot.token] = bot
        self._quote(bot)
        return bot

    def _quote(self, bot: AmmBot) -> None:
        """Place the bot's orders: evenly spread prices, buys below the last price, sells above."""
        market = self.data.markets[bot.market]
        last, levels = self.data.last_price[bot.market], self.config.levels
        step = (bot.high - bot.low) / max(levels - 1, 1)
        prices = [_down(bot.low + step * i, market.tick_size) for i in range(levels)]
        buys, sells = [p for p in prices if p < last], [p for p in prices if p > last]
        for side, quoted, amount in ((BUY, buys, bot.counter_quantity), (SELL, sells, bot.asset_quantity)):
            for price in quoted:
                each = amount / len(quoted) / (price if side == BUY else 1)
                quantity = _down(each, market.lot_size)
                if quantity < market.min_quantity:
                    continue
                try:
                    self.matching.place(bot.token, bot.market, side, "limit", quantity, price=price)
                except SimulatorError as refused:  # what the bot's balances cannot hold is not quoted
                    if refused.reason != "insufficient_funds":
                        raise

    def redeem(self, owner: str, token: str, redeem_type: str) -> AmmBot:
        """End a bot: cancel its orders, deliver its position, hand its balances back to its owner."""
        bot = self.bots.get(token)
        if bot is None or bot.owner != owner:
            raise SimulatorError("order_not_found", f"no bot {token}")
        if bot.status != EXECUTING:
            raise SimulatorError("order_not_open", f"bot {token} has ended")
        self.matching.cancel_all(token, bot.market)
        position = self.ledger.account(token).positions.get(bot.market)
        if position is not None and position.quantity:
            self.delivery.deliver(token, bot.market, position.quantity)
        wallet = self.ledger.wallet_of(self.data.markets[bot.market])
        for asset, balance in self.ledger.balances(token, wallet):
            if balance.total:
                bot.returned[asset] = balance.total
                self.ledger.move(token, wallet, owner, wallet, asset, balance.total)
        bot.status, bot.redeem_type, bot.updated_ms = ENDED, redeem_type, self.clock()
        return bot

    def of(
        self, owner: str, tokens: list[str] | None = None, symbol: str | None = None, status: str | None = None
    ) -> list[dict[str, Any]]:
        """The owner's bots (of `tokens`, a market, a status), newest first, with what each holds now."""
        self.ledger.account(owner)
        wanted = set(tokens or ())
        return [
            self.view(b)
            for b in reversed(self.bots.values())
            if b.owner == owner and (not wanted or b.token in wanted) and symbol in (None, b.market)
            if status in (None, b.status)
        ]

    def view(self, bot: AmmBot) -> dict[str, Any]:
        """A bot's fields with its balances, position and earnings (in the counter asset, at the last price)."""
        account = self.ledger.account(bot.token)
        market = self.data.markets[bot.market]
        wallet = account.wallet(self.ledger.wallet_of(market))
        held = bot.returned if bot.status == ENDED else {a: b.total for a, b in wallet.items()}
        position = account.positions.get(bot.market)
        size = position.quantity if position is not None else ZERO
        last = self.data.last_price[bot.market]
        pnl = size * (last - position.entry_price) if position is not None and size else ZERO
        asset_now, counter_now = held.get(market.base, ZERO), held.get(market.quote, ZERO)
        earned = (asset_now - bot.asset_quantity) * last + counter_now - bot.counter_quantity + pnl
        return {
            **{k: v for k, v in vars(bot).items() if k != "returned"},
            "asset_balance": asset_now,
            "counter_balance": counter_now,
            "position": size,
            "entry_price": position.entry_price if position is not None and size else ZERO,
            "earned": earned.quantize(MONEY_STEP),
        }


def _down(value: Decimal, step: Decimal) -> Decimal:
    """`value` rounded down to a multiple of `step` (a tick or a lot, which need not be a power of ten)."""
    return value - value % step
