"""A stub's configuration: what the generator builds from the spec's `stub` section and endpoints, typed
and frozen (generator/typed/stub.py). Response and argument templates, JSON schemas and documented
examples stay JSON-like data: templates are a small language that stub/template.py compiles."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..operation import Pager
from ..sim.amm_bots import BotConfig
from ..sim.amm_pools import PoolConfig
from ..sim.basis import BasisConfig
from ..sim.borrowing import BorrowingConfig
from ..sim.delivery import DeliveryConfig
from ..sim.funding import FundingConfig
from ..sim.funds import FundsConfig
from ..sim.lending import LendingConfig
from ..sim.loans import LoansConfig
from ..sim.model import DEFAULT_WALLET
from ..sim.referrals import ReferralConfig
from ..sim.rounding import RoundingConfig
from ..sim.settlement import SettlementConfig
from ..sim.venues import VenueConfig
from ..transports.sse import SseStub
from ..transports.websocket.config import WebSocketStream
from .records import Collection

Json = Any  # JSON-like data: a template, a JSON schema or a documented body
DEFAULT_ERROR = {"code": "{code}", "message": "{message}"}  # an error body's template, unless the spec gives one


@dataclass(frozen=True)
class RecvWindow:
    """A request is refused when its `timestamp` argument plus its `window` argument (else `default_ms`)
    is in the past."""

    timestamp: str
    window: str
    default_ms: int = 1000


@dataclass(frozen=True)
class EndpointStub:
    """How one endpoint is answered from the simulator: `action` (stub/actions.py) run with the `args`
    template, its result rendered by `respond` (which `response`, the result's schema, types); `batch`
    names the argument whose items each run the action; `venues`: `each`, `first` or `default`
    (stub/dispatch.py)."""

    action: str
    response: Json
    args: Json = field(default_factory=dict)
    respond: Json = None
    batch: str | None = None
    recv_window: RecvWindow | None = None
    venues: str | None = None
    pager: Pager | None = None  # page/limit answers are served a page at a time
    rejections: Mapping[str, Any] = field(default_factory=dict)  # reason -> this endpoint's own code


@dataclass(frozen=True)
class ErrorResponse:
    """The status and body template of the refusals for `reasons` (an API with several error bodies)."""

    reasons: tuple[str, ...]
    status: int
    body: Json


@dataclass(frozen=True)
class Funds:
    """Balances in the default wallet, and by wallet name."""

    balances: Mapping[str, Decimal] = field(default_factory=dict)
    wallets: Mapping[str, Mapping[str, Decimal]] = field(default_factory=dict)


@dataclass(frozen=True)
class Account:
    """A demo account: its funds (in a venue `venues` names, that venue's own), permissions and key."""

    id: str
    funds: Funds = field(default_factory=Funds)
    permissions: tuple[str, ...] = ()
    credentials: Mapping[str, str] = field(default_factory=dict)
    ips: tuple[str, ...] = ()
    venues: Mapping[str, Funds] = field(default_factory=dict)


@dataclass(frozen=True)
class KeyRules:
    """What the exchange allows of API keys: how many per account and IPs per key, whether a key bound to
    IPs is refused elsewhere, and after how many seconds a key bound to none expires."""

    max_keys_per_account: int | None = None
    max_ips_per_key: int | None = None
    ip_whitelist: bool = False
    expire_without_ip: float | None = None


@dataclass(frozen=True)
class StubConfig:
    """Everything a stub of one API needs besides the ApiConfig and the operations."""

    venues: VenueConfig
    wallets: tuple[str, ...] = (DEFAULT_WALLET,)
    accounts: tuple[Account, ...] = ()
    values: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # value words: simulator -> API
    rejections: Mapping[str, Any] = field(default_factory=dict)  # generic reason -> the API's code
    messages: Mapping[str, str] = field(default_factory=dict)  # the API's code -> its message
    retention_ms: int | None = None  # how long closed orders stay listed (None: forever)
    key_rules: KeyRules = field(default_factory=KeyRules)
    error_status: int | None = None  # every error's HTTP status (errors under 200), else by kind
    error_response: Json = field(default_factory=lambda: dict(DEFAULT_ERROR))
    error_responses: tuple[ErrorResponse, ...] = ()  # other bodies (and statuses) for some reasons
    success_response: Json = None  # the envelope's template (None: results go bare)
    endpoints: Mapping[str, EndpointStub] = field(default_factory=dict)
    examples: Mapping[str, Json] = field(default_factory=dict)  # each endpoint's documented answer
    schemas: Mapping[str, Json] = field(default_factory=dict)  # the API's structs (templates refer to them)
    event_streams: Mapping[str, SseStub] = field(default_factory=dict)
    streams: Mapping[str, WebSocketStream] = field(default_factory=dict)  # the WebSocket streams served
    funds: FundsConfig = field(default_factory=FundsConfig)  # deposits, withdrawals, wrapped assets
    loans: LoansConfig = field(default_factory=LoansConfig)  # margin loans
    borrowing: BorrowingConfig = field(default_factory=BorrowingConfig)  # borrowing against collateral
    lending: LendingConfig = field(default_factory=LendingConfig)  # loans against offers, conversions
    funding: FundingConfig = field(default_factory=FundingConfig)  # perpetual markets' funding
    marks: bool = False  # perpetual markets' mark and index prices of their own (sim/market_data.py)
    rounding: RoundingConfig = field(default_factory=RoundingConfig)  # of trade totals and fees
    delivery: DeliveryConfig = field(default_factory=DeliveryConfig)  # physical delivery of positions
    amm_bots: BotConfig = field(default_factory=BotConfig)  # market-making bots
    records: Mapping[str, Collection] = field(default_factory=dict)  # records kept per account (stub/records.py)
    amm: PoolConfig = field(default_factory=PoolConfig)  # spot markets' liquidity pools
    referrals: ReferralConfig = field(default_factory=ReferralConfig)  # referrers' rebates
    basis: BasisConfig = field(default_factory=BasisConfig)  # how often perpetual markets' basis is recorded
    settlement: SettlementConfig = field(default_factory=SettlementConfig)  # how often positions are settled
