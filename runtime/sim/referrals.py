"""Referral records between accounts (the spec's `referrals`): an account refers another (a user, or an
agent who refers users in turn). Every fee a referee pays earns its referrer `referrer_rate` of it and the
agent above that referrer `agent_rate`, valued in the rebate asset; the rebates are kept per referee and day
and paid into the earners' wallets when the day has passed (at `settle`, called lazily as funding's).

The control surface makes the relations (POST /__stub__/referrals); the exchange's own invitation codes are
not simulated."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from .accounts import Ledger
from .market_data import MarketData
from .model import MONEY_STEP, ZERO, Fill, SimulatorError, newest_first

DAY_MS = 86_400_000


@dataclass(frozen=True)
class ReferralConfig:
    """The spec's `referrals`: the rates of a referrer and of an agent above it, what a referee is rebated
    itself (reported only), the asset rebates are valued and paid in, the wallet they are paid into."""

    referrer_rate: Decimal = ZERO
    agent_rate: Decimal = ZERO
    referee_rate: Decimal = ZERO
    asset: str = ""
    wallet: str | None = None


@dataclass
class Relation:
    referrer: str
    referee: str
    agent: bool  # the referee is an agent (it refers users in turn)
    time_ms: int


@dataclass(kw_only=True)
class Volumes:
    """What referees traded and paid, and the rebate it earned."""

    spot_value: Decimal = ZERO
    spot_fee: Decimal = ZERO
    futures_value: Decimal = ZERO
    futures_fee: Decimal = ZERO
    rebate: Decimal = ZERO

    @property
    def value(self) -> Decimal:
        return self.spot_value + self.futures_value

    @property
    def fee(self) -> Decimal:
        return self.spot_fee + self.futures_fee


@dataclass(kw_only=True)
class Rebate(Volumes):
    """What one referee's trading earned one earner on one day (`time_ms`: the day's start, UTC)."""

    earner: str
    referee: str
    tier: str  # referee (the earner referred the trader) or agent (through an agent the earner referred)
    time_ms: int
    paid: bool = False


@dataclass(kw_only=True)
class DayTotal(Volumes):
    """An earner's rebates of one tier on one day, summed over its referees."""

    time_ms: int
    traders: int = 0
    referees: set[str] = field(default_factory=set)


Price = Callable[[str, str], Decimal | None]  # (asset, in asset) -> the last price, None without a market


class Referrals:
    def __init__(
        self, config: ReferralConfig, ledger: Ledger, data: MarketData, clock: Callable[[], int], price: Price
    ) -> None:
        self.config = config
        self.ledger = ledger
        self.data = data
        self.clock = clock
        self.price = price
        self.relations: dict[str, Relation] = {}  # by referee: an account has one referrer
        self.rebates: list[Rebate] = []
        self._today: dict[tuple[str, str, str, int], Rebate] = {}  # (earner, referee, tier, day) -> its rebate

    def refer(self, referrer: str, referee: str, agent: bool = False) -> Relation:
        for account in (referrer, referee):
            self.ledger.account(account)
        if referrer == referee or referee in self.relations:
            raise SimulatorError("invalid_parameter", f"{referee} is {referrer} or already has a referrer")
        relation = self.relations[referee] = Relation(referrer, referee, agent, self.clock())
        return relation

    # -- earning and paying ------------------------------------------------------------------
    def on_fill(self, fill: Fill) -> None:
        """A referee's fee earns its referrer, and the agent above, their rebates."""
        relation = self.relations.get(fill.account)
        fee = self._valued(fill.fee, fill.fee_asset)
        value = self._valued(fill.total, self.data.markets[fill.market].quote)
        if relation is None or fee is None or value is None:
            return
        above = self.relations.get(relation.referrer)
        earners = [(relation.referrer, "referee", self.config.referrer_rate)]
        if above is not None and above.agent:
            earners.append((above.referrer, "agent", self.config.agent_rate))
        spot = self.data.markets[fill.market].kind == "spot"
        day = fill.time_ms - fill.time_ms % DAY_MS
        for earner, tier, rate in earners:
            key = (earner, fill.account, tier, day)
            row = self._today.get(key)
            if row is None:
                row = self._today[key] = Rebate(earner=earner, referee=fill.account, tier=tier, time_ms=day)
                self.rebates.append(row)
            if spot:
                row.spot_value, row.spot_fee = row.spot_value + value, row.spot_fee + fee
            else:
                row.futures_value, row.futures_fee = row.futures_value + value, row.futures_fee + fee
            row.rebate = (row.fee * rate).quantize(MONEY_STEP)

    def _valued(self, amount: Decimal, asset: str) -> Decimal | None:
        if asset == self.config.asset:
            return amount
        price = self.price(asset, self.config.asset)
        return None if price is None else amount * price

    def settle(self) -> None:
        """Pay the rebates of the days that have ended into the earners' wallets."""
        today = self.clock() - self.clock() % DAY_MS
        for key, row in list(self._today.items()):
            if row.time_ms < today:
                del self._today[key]
                row.paid = True
                if row.rebate:
                    self.ledger.credit(row.earner, self.config.asset, row.rebate, self.config.wallet, "rebate")

    # -- views -------------------------------------------------------------------------------
    def referees(self, referrer: str, agent: bool, search: str | None = None) -> list[Relation]:
        """The accounts `referrer` referred (agents, or users), newest first; `search`: by part of the id."""
        rows = [
            r
            for r in self.relations.values()
            if r.referrer == referrer and r.agent == agent and (not search or search in r.referee)
        ]
        return sorted(rows, key=lambda r: (-r.time_ms, r.referee))

    def invited(self, agent: str) -> list[Relation]:
        return [r for r in self.relations.values() if r.referrer == agent]

    def details(
        self,
        earner: str,
        tier: str,
        referee: str | None = None,
        search: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Rebate]:
        """An earner's rebates of one tier per referee and day, newest first."""
        return newest_first(
            self.rebates,
            lambda r: (
                r.earner == earner
                and r.tier == tier
                and referee in (None, r.referee)
                and (not search or search in r.referee)
            ),
            start_ms,
            end_ms,
            limit,
        )

    def totals(self, earner: str, tier: str, start_ms: int | None = None, end_ms: int | None = None) -> list[DayTotal]:
        """An earner's rebates of one tier per day, summed over its referees, newest first."""
        days: dict[int, DayTotal] = {}
        for row in self.details(earner, tier, start_ms=start_ms, end_ms=end_ms):
            total = days.setdefault(row.time_ms, DayTotal(time_ms=row.time_ms))
            total.referees.add(row.referee)
            total.traders = len(total.referees)
            total.spot_value += row.spot_value
            total.spot_fee += row.spot_fee
            total.futures_value += row.futures_value
            total.futures_fee += row.futures_fee
            total.rebate += row.rebate
        return [days[d] for d in sorted(days, reverse=True)]
