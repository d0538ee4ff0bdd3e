"""The control surface of a stub: scripted faults, the log of requests received, and the checked
input of every control action, in-process (`stub.reset(...)`, `stub.control.add_fault(...)`) and
over HTTP under CONTROL_PREFIX.

Every action's input is a msgspec struct, converted strictly with the same rules on both paths: a
refused action raises ControlError naming the field (HTTP: 400 with the message), before anything
changes. Over HTTP the surface takes only JSON bodies (`Content-Type: application/json`) and
refuses requests from web pages (an `Origin` or cross-site `Sec-Fetch-Site` header): any page the
user opens could otherwise post to a stub on localhost.
"""

from __future__ import annotations

import random
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, TypeVar
from urllib.parse import parse_qsl

import msgspec

from ..sim import MARKET_KINDS, Exchange, Market, SimulatorError
from .inbound import load_json
from .views import NewReferral, deposit, refer
from .views import state as state  # the state view, where app.py looks for it

if TYPE_CHECKING:
    from .app import Stub, StubRequest

CONTROL_PREFIX = "/__stub__"

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

_ENCODER = msgspec.json.Encoder(decimal_format="number")

T = TypeVar("T")


class ControlError(ValueError):
    """A control action refused, before anything changed; `field` names the input at fault."""

    def __init__(self, field: str | None, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}" if field else message)


# -- input types ------------------------------------------------------------------------------------
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
    code: str | None = None
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


def given(struct: msgspec.Struct) -> dict[str, Any]:
    """A struct's fields that were set (None: left to the defaults of whatever acts on them)."""
    return {k: v for k, v in msgspec.structs.asdict(struct).items() if v is not None}


# -- the control state --------------------------------------------------------------------------------
class LoggedRequest(NamedTuple):
    """One request received. A tuple of plain values: the collector untracks it, so a full log
    costs no garbage-collection pauses under load. `body` is at most LOG_BODY characters
    (`truncated` when the request's was longer)."""

    method: str
    path: str
    query: str
    operation: str | None
    account: str | None
    status: int
    body: str
    fault: bool = False
    truncated: bool = False
    code: str | None = None  # the exchange's error code it was answered with (also under HTTP 200)
    refused: str | None = None  # the check that refused it, and why


class Control:
    """Faults to apply, whether rate limits are enforced, and the newest LOG_SIZE requests
    (bounded: stubs also serve load tests). `operations` are the names a fault may name."""

    def __init__(self, operations: Iterable[str] = ()) -> None:
        self.operations = frozenset(operations)
        self.venues: frozenset[str] = frozenset()  # the venues a fault may name (an order router's)
        self.faults: list[Fault] = []
        self._unused: dict[int, Fault] = {}  # by id(): faults compare by identity
        self._limits = True
        self.log: deque[LoggedRequest] = deque(maxlen=LOG_SIZE)
        self.lock = threading.Lock()
        self.rng = random.Random(0)

    @property
    def limits(self) -> bool:
        """Enforce the spec's rate limits (benchmarks of raw throughput turn this off)."""
        return self._limits

    @limits.setter
    def limits(self, enforce: bool) -> None:
        if not isinstance(enforce, bool):
            raise ControlError("limits", f"expected a bool, got {type(enforce).__name__}")
        self._limits = enforce

    def add_fault(self, **spec: Any) -> Fault:
        fault = checked(Fault, spec)
        if fault.status in NO_BODY:
            raise ControlError("status", f"{fault.status} answers carry no body: a fault answers with one")
        if fault.operation is not None and self.operations and fault.operation not in self.operations:
            known = sorted(self.operations)
            raise ControlError(
                "operation",
                f"no operation {fault.operation!r} (there are {len(known)}: {', '.join(known[:5])}, ...)",
            )
        if fault.venue is not None and fault.venue not in self.venues:
            raise ControlError(
                "venue", f"no venue {fault.venue!r} (venues: {', '.join(sorted(self.venues)) or 'none'})"
            )
        with self.lock:
            self.faults.append(fault)
            self._unused[id(fault)] = fault
        return fault

    def clear_faults(self) -> None:
        with self.lock:
            self.faults.clear()
            self._unused.clear()

    def unused_faults(self) -> list[Fault]:
        """Faults added that never struck a request (a test that scripted one it never triggered)."""
        with self.lock:
            return list(self._unused.values())

    def take_fault(self, operation: str | None, venue: str | None = None) -> Fault | None:
        """The first fault matching this request (of `venue`'s faults, once the request names it), counted down."""
        if not self.faults:
            return None
        with self.lock:
            for fault in self.faults:
                if fault.matches(operation, venue) and (
                    fault.probability >= 1.0 or self.rng.random() < fault.probability
                ):
                    self._unused.pop(id(fault), None)
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self.faults.remove(fault)
                    return fault
        return None

    def record(self, entry: LoggedRequest) -> None:
        if len(entry.body) > LOG_BODY:  # a prefix: a load of big bodies must not fill the memory
            entry = entry._replace(body=entry.body[:LOG_BODY], truncated=True)
        with self.lock:
            self.log.append(entry)

    def requests(self) -> list[dict[str, Any]]:
        with self.lock:
            return [e._asdict() for e in self.log]


# -- over HTTP -----------------------------------------------------------------------------------------
class Answer(NamedTuple):
    status: int
    body: bytes
    headers: dict[str, str]


Handler = Callable[["Stub", Any, dict[str, str]], Any]  # (stub, JSON body, query) -> JSON answer


def _reset(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """Fresh, deterministic state: {seed, book_levels, trades}."""
    stub.reset(**given(checked(Reset, data)))
    return {"seed": stub.seed}


def _add_fault(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """Script a fault for the next requests: {times, operation, status, code, message, latency, drop, retry_after, process, probability}."""
    stub.control.add_fault(**an_object(data))
    return {"faults": len(stub.control.faults)}


def _clear_faults(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """Remove every scripted fault."""
    stub.control.clear_faults()
    return {"faults": 0}


def _limits(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """Enforce the spec's rate limits or not: {enforce}."""
    stub.control.limits = checked(Limits, data).enforce
    return {"enforce": stub.control.limits}


def _add_account(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """Another account, in every venue: {id, balances, permissions, credentials, ips, wallets, venues}."""
    new = checked(NewAccount, data)
    stub.add_account(
        new.id,
        new.balances,
        new.permissions,
        new.credentials,
        new.ips,
        new.wallets,
        {venue: msgspec.structs.asdict(funds) for venue, funds in new.venues.items()},
    )
    return {"account": new.id}


def _add_key(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """Another API key of an account: {account, credentials, permissions, ips, created_ms}."""
    new = checked(NewKey, data)
    stub.add_key(new.account, new.credentials, new.permissions, new.ips, new.created_ms)
    return {"keys": sum(1 for k in stub.keys.values() if k.account == new.account)}


def _add_market(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """Another market: {symbol, base, quote, kind, tick_size, lot_size, min_quantity, price, ..., venue}."""
    market = an_object(data)
    stub.add_market(**market)
    return {"market": market["symbol"]}


def _place_order(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """An order placed as an account: {account, symbol, side, type, quantity, price, ..., venue}."""
    order = given(checked(NewOrder, data))
    placed = stub.place_order(order.pop("account"), **order)
    return {"order_id": placed.id, "status": placed.status}


def _deposit(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """A deposit arriving: {account, asset, amount, chain, tx_id, venue}."""
    new = checked(NewDeposit, data)
    made = deposit(stub, new)
    return {"deposit_id": made.id, "status": made.status}


def _refer(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """One account refers another: {referrer, referee, agent, venue}."""
    return refer(stub, checked(NewReferral, data))  # the relation made


def _ws_push(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """Send this JSON body to every stream connection (?count=N times)."""
    return {"sent": stub.ws_push(data, checked(Push, query, strict=False).count)}


def _ws_stall(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """Hold back everything sent on the stream connections: {seconds}."""
    return {"stalled": stub.ws_stall(checked(Stall, data).seconds)}


def _ws_keys(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """Listen keys issued or renewed from now until the next reset live this long: {seconds}."""
    return {"venues": stub.ws_key_validity(checked(KeyValidity, data).seconds)}


def _requests(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """The requests received, newest last, each with its status, exchange code and why it was refused."""
    return {"requests": stub.control.requests()}


def _state(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """Balances, positions and open orders of a venue (?venue=, by default the default one)."""
    return stub.state(checked(Venue, query).venue)


def _ws_drop(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """Close every stream connection abruptly."""
    return {"dropped": stub.ws_drop()}


def _index(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """This list of the control endpoints."""
    return {
        "endpoints": [
            {"path": f"{CONTROL_PREFIX}/{name}", "method": method, "does": (handler.__doc__ or "").strip()}
            for name, methods in ROUTES.items()
            for method, handler in methods.items()
        ]
    }


ROUTES: dict[str, dict[str, Handler]] = {
    "": {"GET": _index},
    "reset": {"POST": _reset},
    "faults": {"POST": _add_fault, "DELETE": _clear_faults},
    "limits": {"POST": _limits},
    "requests": {"GET": _requests},
    "accounts": {"POST": _add_account},
    "keys": {"POST": _add_key},
    "markets": {"POST": _add_market},
    "orders": {"POST": _place_order},
    "deposits": {"POST": _deposit},
    "referrals": {"POST": _refer},
    "state": {"GET": _state},
    "ws/push": {"POST": _ws_push},
    "ws/drop": {"POST": _ws_drop},
    "ws/stall": {"POST": _ws_stall},
    "ws/keys": {"POST": _ws_keys},
}


def serve(stub: Stub, request: StubRequest) -> Answer:
    """A control request over HTTP: checked, acted on, answered in JSON (errors name the field)."""
    refused = _from_a_web_page(request.headers) or _not_json(request)
    if refused is not None:
        return refused
    name = request.path.removeprefix(CONTROL_PREFIX).strip("/")
    methods = ROUTES.get(name)
    if methods is None:
        return _error(
            404, f"no control endpoint {name!r} (GET {CONTROL_PREFIX}/ lists them: {', '.join(filter(None, ROUTES))})"
        )
    handler = methods.get(request.method)
    if handler is None:
        allowed = ", ".join(methods)
        return _error(405, f"{name} takes {allowed}, not {request.method}", headers={"Allow": allowed})
    try:
        data = load_json(request.body) if request.body.strip() else {}
    except ValueError as exc:
        return _error(400, f"the body is not JSON a control action takes: {exc}")
    try:
        return Answer(200, _ENCODER.encode(handler(stub, data, dict(parse_qsl(request.query)))), {})
    except ControlError as exc:
        return _error(400, str(exc), field=exc.field)
    except SimulatorError as exc:
        return _error(400, exc.message, reason=exc.reason)


def _from_a_web_page(headers: Mapping[str, str]) -> Answer | None:
    """Browsers send Origin with every cross-site POST, and Sec-Fetch-Site with every request;
    test code and command-line clients send neither (or Sec-Fetch-Site `none`: typed by a person)."""
    if "origin" in headers:
        return _error(403, f"Origin {headers['origin']}: control requests from web pages are refused", field="Origin")
    site = headers.get("sec-fetch-site", "none")
    if site != "none":
        message = f"Sec-Fetch-Site {site}: control requests from web pages are refused"
        return _error(403, message, field="Sec-Fetch-Site")
    return None


def _not_json(request: StubRequest) -> Answer | None:
    """A body must be declared JSON (UTF-8): a text/plain POST is what a web page can send unasked."""
    if not request.body.strip():
        return None
    media, *params = (part.strip().lower() for part in request.headers.get("content-type", "").split(";"))
    charset = next((p.partition("=")[2].strip('"') for p in params if p.startswith("charset=")), "utf-8")
    if media != "application/json" or charset != "utf-8":
        declared = request.headers.get("content-type", "none")
        message = f"Content-Type {declared}: a control request's body must be application/json (UTF-8)"
        return _error(415, message, field="Content-Type")
    return None


def _error(status: int, message: str, headers: dict[str, str] | None = None, **fields: str | None) -> Answer:
    """A refusal: why, and what it concerns (`field`, or the simulator's `reason`)."""
    body = {"error": message, **{k: v for k, v in fields.items() if v is not None}}
    return Answer(status, _ENCODER.encode(body), headers or {})
