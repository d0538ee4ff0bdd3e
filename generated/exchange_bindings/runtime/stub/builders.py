"""The control surface's inputs: a struct per action (faults, accounts, keys, markets, orders, ...),
the typed builders of the pytest handle and of `stub.control`, checked strictly with the same rules
in-process and over HTTP; a refused input raises ControlError naming the field."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import msgspec

from ..sim import MARKET_KINDS, Exchange, Market

# What a control action may ask: a stub also serves load tests, and nothing may hold it long.
MAX_SECONDS = 300.0  # scripted latency, a stream stall
MAX_RETRY_AFTER = 86_400.0
MAX_BOOK_LEVELS = 1_000  # market-maker orders per side and market at a reset
MAX_TRADES = 10_000  # public trades of history per market at a reset
MAX_PUSHES = 100_000  # copies of one pushed stream message
LOG_SIZE = 100_000  # requests kept in the log (the newest)
LOG_BODY = 1_024  # characters of each request body kept in the log
DIGITS = 30  # of a decimal amount, before and after the point
NO_BODY = frozenset({204, 205, 304})  # statuses whose answers carry no body (a fault's answer has one)


T = TypeVar("T")


class ControlError(ValueError):
    """A control action refused, before anything changed; `field` names the input at fault."""

    def __init__(self, field: str | None, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}" if field else message)


# -- input types ------------------------------------------------------------------------------------
if TYPE_CHECKING:  # to callers of the typed builders, a Decimal (what they hold); checked when converted
    Amount = Decimal
    Positive = Decimal
else:

    class Amount(Decimal):
        """A finite decimal, given as a number or a decimal string (never a bool, NaN or infinity), with at
        most DIGITS digits on either side of the point (what any market needs, and every view can show)."""

    class Positive(Amount):
        """A finite decimal above zero (tick and lot sizes, prices)."""


def _decimal(kind: type, value: Any) -> Any:
    """msgspec's hook for the decimal types above."""
    if not issubclass(kind, Amount):
        raise NotImplementedError
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise TypeError(f"expected a decimal number or string, got {type(value).__name__}")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"must be finite, not {value!r}")
    if number.adjusted() >= DIGITS or int(number.as_tuple().exponent) < -DIGITS:
        raise ValueError(f"at most {DIGITS} digits before and after the point: {value!r}")
    if issubclass(kind, Positive) and number <= 0:
        raise ValueError(f"must be above zero, not {value!r}")
    return kind(number)


Seconds = Annotated[float, msgspec.Meta(ge=0, le=MAX_SECONDS)]
Name = Annotated[str, msgspec.Meta(min_length=1)]


def checked(kind: type[T], data: Any, *, strict: bool = True) -> T:
    """`data` (an object) as a `kind`, under its rules; otherwise ControlError naming the field.
    Not `strict`: strings are read as the numbers and booleans they spell (a query string)."""
    try:
        return msgspec.convert(an_object(data), kind, strict=strict, dec_hook=_decimal)
    except msgspec.ValidationError as exc:
        raise _refusal(str(exc)) from None


def an_object(data: Any) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise ControlError(None, f"expected a JSON object, got {type(data).__name__}")
    return dict(data)


def _refusal(message: str) -> ControlError:
    """A msgspec error (`Expected ... - at `$.field[...]``, `... field `name``) as a ControlError."""
    detail, _, path = message.partition(" - at `$")
    if path:
        field = path.rstrip("`").lstrip(".").split("[", 1)[0].split(".", 1)[0]
    else:
        field = detail.rpartition("field `")[2].rstrip("`") if "field `" in detail else ""
    return ControlError(field or None, detail)


class Fault(msgspec.Struct, forbid_unknown_fields=True, eq=False):  # each fault is itself (counted down)
    """What to do to matching requests: answer an error, delay, drop, or throttle.

    `times` is how many requests it applies to (None: until cleared); `operation` limits it to
    one endpoint (by operation name). An exchange `code` is answered in the API's error shape.
    With `process`, the request is first handled as usual (an order is placed) and only then is
    its answer replaced by the fault or lost: what a client sees when a reply goes astray.
    `probability` strikes only that share of the matching requests (drawn from the control's
    seeded generator, so a storm is repeatable). `venue` limits it to the requests that name that
    venue (an order router's exchange that is unreachable or slow: the others still answer).
    """

    times: Annotated[int, msgspec.Meta(ge=1)] | None = 1
    operation: str | None = None
    status: Annotated[int, msgspec.Meta(ge=200, le=599)] | None = None  # 1xx are not answers
    code: str | int | None = None  # answered in the type of the API's codes
    message: str | None = None
    latency: Seconds = 0.0
    drop: bool = False
    retry_after: Annotated[float, msgspec.Meta(ge=0, le=MAX_RETRY_AFTER)] | None = None
    process: bool = False
    probability: Annotated[float, msgspec.Meta(ge=0, le=1)] = 1.0
    venue: str | None = None

    def matches(self, operation: str | None, venue: str | None = None) -> bool:
        """Whether it strikes this request: faults without a venue are matched before the request is read,
        those of a venue once it names one."""
        return (self.operation is None or self.operation == operation) and self.venue == venue


class Reset(msgspec.Struct, forbid_unknown_fields=True):
    seed: int | None = None
    book_levels: Annotated[int, msgspec.Meta(ge=0, le=MAX_BOOK_LEVELS)] = 10
    trades: Annotated[int, msgspec.Meta(ge=0, le=MAX_TRADES)] = 200


class Limits(msgspec.Struct, forbid_unknown_fields=True):
    enforce: bool = True


class NewKey(msgspec.Struct, forbid_unknown_fields=True):
    account: Name
    credentials: dict[str, str]
    permissions: list[str] = []
    ips: list[str] = []
    created_ms: Annotated[int, msgspec.Meta(ge=0)] | None = None


class Funds(msgspec.Struct, forbid_unknown_fields=True):
    """An account's balances in one venue: in the default wallet, and by wallet name."""

    balances: dict[str, Amount] = {}
    wallets: dict[str, dict[str, Amount]] = {}


class NewAccount(msgspec.Struct, forbid_unknown_fields=True):
    """An account in every venue: `balances` and `wallets` everywhere, except in a venue `venues` names."""

    id: Name
    balances: dict[str, Amount] = {}
    permissions: list[str] = []
    credentials: dict[str, str] | None = None
    ips: list[str] = []
    wallets: dict[str, dict[str, Amount]] = {}
    venues: dict[str, Funds] = {}


class NewMarket(msgspec.Struct):
    """A market; unset fields take the simulator's defaults, fields not named here are kept for templates."""

    symbol: Name
    base: Name
    quote: Name
    kind: str | None = None
    tick_size: Positive | None = None
    lot_size: Positive | None = None
    min_quantity: Positive | None = None
    price: Positive | None = None
    leverage: Positive | None = None
    max_leverage: Positive | None = None
    maker_fee: Amount | None = None
    taker_fee: Amount | None = None
    listed_ms: Annotated[int, msgspec.Meta(ge=0)] | None = None
    wallet: str | None = None


class NewOrder(msgspec.Struct, forbid_unknown_fields=True):
    """An order placed as `account`; unset fields take the simulator's defaults (which check the words)."""

    account: Name
    symbol: Name
    side: str
    quantity: Positive
    type: str | None = None
    price: Positive | None = None
    stop_price: Positive | None = None
    time_in_force: str | None = None
    client_order_id: int | str | None = None
    order_id: Annotated[int, msgspec.Meta(ge=1)] | None = None
    trigger: str | None = None
    trigger_reference: str | None = None
    reduce_only: bool | None = None
    kind: str | None = None
    venue: str | None = None


class NewPrice(msgspec.Struct, forbid_unknown_fields=True):
    """A market's index price (the outside world's price of it) moved; the simulator checks the price."""

    symbol: str
    index: Decimal
    venue: str | None = None


class NewReferral(msgspec.Struct, forbid_unknown_fields=True):
    """`referrer` refers `referee` (an agent, who refers users in turn, when `agent`)."""

    referrer: Annotated[str, msgspec.Meta(min_length=1)]
    referee: Annotated[str, msgspec.Meta(min_length=1)]
    agent: bool = False
    venue: str | None = None


class NewDeposit(msgspec.Struct, forbid_unknown_fields=True):
    """Funds arriving for `account` (on `chain`, or from another user of the exchange without one)."""

    account: Name
    asset: Name
    amount: Positive
    chain: str | None = None
    tx_id: str | None = None
    venue: str | None = None


class Venue(msgspec.Struct, forbid_unknown_fields=True):
    venue: str | None = None


class Push(msgspec.Struct, forbid_unknown_fields=True):
    count: Annotated[int, msgspec.Meta(ge=1, le=MAX_PUSHES)] = 1


class Stall(msgspec.Struct, forbid_unknown_fields=True):
    seconds: Seconds = 5.0


class KeyValidity(msgspec.Struct, forbid_unknown_fields=True):
    seconds: Annotated[float, msgspec.Meta(gt=0, le=MAX_RETRY_AFTER)]  # up to a day


def checked_market(market: Mapping[str, Any], exchange: Exchange, examples: Sequence[Market]) -> Market:
    """A new market for `exchange`, where markets never change once listed; `examples` are the spec's
    markets (its other fields must look like theirs)."""
    new = checked(NewMarket, market)
    if new.symbol in exchange.markets:
        raise ControlError("symbol", f"market {new.symbol} exists (a listed market does not change)")
    if new.kind not in (None, *MARKET_KINDS):
        raise ControlError("kind", f"a market is one of {', '.join(MARKET_KINDS)}, not {new.kind}")
    if new.wallet not in (None, *exchange.wallets):
        raise ControlError("wallet", f"no wallet {new.wallet} (wallets: {', '.join(exchange.wallets)})")
    extra = {k: v for k, v in market.items() if k not in NewMarket.__struct_fields__}
    like_the_spec(extra, examples)
    typed: dict[str, Any] = {k: Decimal(v) if isinstance(v, Decimal) else v for k, v in given(new).items()}
    return Market(**typed, extra=extra)


def like_the_spec(extra: Mapping[str, Any], examples: Iterable[Market]) -> None:
    """A new market's other fields (precisions, leverage lists, ...) look like the spec's markets' fields
    of the same name: templates read them the same way."""
    for name, value in extra.items():
        example = next((m.extra[name] for m in examples if name in m.extra), None)
        if example is not None and not _alike(value, example):
            raise ControlError(name, f"expected a value like the spec's markets' {example!r}, not {value!r}")


def _alike(value: Any, example: Any) -> bool:
    """The same JSON type (lists: items alike; strings: a decimal where the example is one)."""
    if isinstance(example, bool) or isinstance(value, bool):
        return isinstance(example, bool) and isinstance(value, bool)
    if isinstance(example, list):
        return isinstance(value, list) and (not example or all(_alike(item, example[0]) for item in value))
    if isinstance(example, str):
        return isinstance(value, str) and (not _is_decimal(example) or _is_decimal(value))
    if isinstance(example, int | float):  # an int where a float is expected, not the other way round
        return isinstance(value, int | float) and (isinstance(example, float) or isinstance(value, int))
    return isinstance(value, type(example))


def _is_decimal(text: str) -> bool:
    try:
        _decimal(Amount, text)
    except (TypeError, ValueError):
        return False
    return True


def unknown_name(what: str, name: str, known: Iterable[str]) -> str:
    """A name that is none of `known`: the closest ones first, then every one (a test author finds the
    name they meant whatever they got wrong)."""
    names = sorted(known)
    close = difflib.get_close_matches(name, names, n=3)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    return f"no {what} {name!r}{hint} (there are {len(names)}: {', '.join(names)})"


def given(struct: msgspec.Struct) -> dict[str, Any]:
    """A struct's fields that were set (None: left to the defaults of whatever acts on them)."""
    return {k: v for k, v in msgspec.structs.asdict(struct).items() if v is not None}
