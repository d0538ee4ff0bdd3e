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
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import parse_qsl

import msgspec

from ..sim import SimulatorError
from .builders import (
    LOG_BODY,
    LOG_SIZE,
    NO_BODY,
    ControlError,
    Fault,
    KeyValidity,
    Limits,
    NewAccount,
    NewDeposit,
    NewKey,
    NewOrder,
    NewPrice,
    NewReferral,
    Push,
    Reset,
    Stall,
    Venue,
    an_object,
    checked,
    given,
    unknown_name,
)
from .inbound import load_json
from .views import deposit, move_index, refer
from .views import state as state  # the state view, where app.py looks for it

if TYPE_CHECKING:
    from .app import Stub, StubRequest

CONTROL_PREFIX = "/__stub__"

_ENCODER = msgspec.json.Encoder(decimal_format="number")


# -- the control state --------------------------------------------------------------------------------
_INTEGER = re.compile(r"-?[0-9]+")


class LoggedRequest(msgspec.Struct, gc=False):
    """One request received, of plain values: untracked by the collector (gc=False), so a full log
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
    code: str | int | None = (
        None  # the exchange's error code it was answered with (also under HTTP 200), typed as the API's
    )
    refused: str | None = None  # the check that refused it, and why
    parameter: str | None = None  # the request parameter (or header) that check found at fault


class Control:
    """Faults to apply, whether rate limits are enforced, and the newest LOG_SIZE requests
    (bounded: stubs also serve load tests). `operations` are the names a fault may name."""

    def __init__(self, operations: Iterable[str] = ()) -> None:
        self.operations = frozenset(operations)
        self.venues: frozenset[str] = frozenset()  # the venues a fault may name (an order router's)
        self.integer_codes = False  # the API's error codes are integers (a fault's code: one, or its numeral)
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
        numeral = fault.code is not None and _INTEGER.fullmatch(str(fault.code)) is not None
        if fault.code is not None and (not numeral if self.integer_codes else isinstance(fault.code, int)):
            kind = "integers" if self.integer_codes else "text"
            raise ControlError("code", f"this API's error codes are {kind}, not {fault.code!r}")
        if fault.operation is not None and self.operations and fault.operation not in self.operations:
            raise ControlError("operation", unknown_name("operation", fault.operation, self.operations))
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
            entry = msgspec.structs.replace(entry, body=entry.body[:LOG_BODY], truncated=True)
        with self.lock:
            self.log.append(entry)

    def requests(self) -> list[dict[str, Any]]:
        with self.lock:
            return [msgspec.structs.asdict(e) for e in self.log]


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
    """Script a fault for the next requests: {times, operation, status, code, message, latency, drop, retry_after, process, probability, venue}."""
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


def _set_price(stub: Stub, data: Any, query: dict[str, str]) -> Any:
    """A market's index price moves (its mark price follows; stops watching them trigger): {symbol, index, venue}."""
    return move_index(stub, checked(NewPrice, data))


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
    "prices": {"POST": _set_price},
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
