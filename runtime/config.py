"""The spec's runtime facts (servers, auth, errors, limits, retries) as typed, frozen objects (the
generator builds them from the spec: generator/typed/api.py)."""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from .codecs.scaled import Scale
from .limits import Bucket, PerItem

_INTEGER = re.compile(r"-?[0-9]+")

if TYPE_CHECKING:
    from .auth import Scheme

_DURATION = re.compile(r"^(\d+)(ms|s|m|h|d)$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 60.0 * 60, "d": 24.0 * 60 * 60}


def seconds(value: float | int | str) -> float:
    """A spec duration (a number of seconds, or '500ms', '10s', '5m', '1h', '1d') in seconds."""
    if isinstance(value, int | float):
        return float(value)
    match = _DURATION.match(value)
    if match is None:
        raise ValueError(f"not a duration: {value!r}")
    return int(match.group(1)) * _UNITS[match.group(2)]


class ClientOrderId(msgspec.Struct, frozen=True):
    """Where an order-placing endpoint carries its client order id, and how to make one.

    `param` is the argument; with `field`, the argument is a list of orders and each item's
    `field` holds the id (a batch). `kind` is "integer" (with `maximum`) or "string" (with
    `max_length`): the client generates one when the caller gives none.
    """

    param: str
    field: str | None = None
    kind: str = "string"
    maximum: int = 2**63 - 1
    max_length: int = 32

    def new(self) -> int | str:
        """A fresh id, unique with overwhelming probability."""
        if self.kind == "integer":
            return secrets.randbelow(self.maximum) + 1
        return uuid.uuid4().hex[: self.max_length]


class LookupQuery(msgspec.Struct, frozen=True):
    """One request that lists orders: `operation` called with `args` (a template over the call's
    `params`, the batch `item` and the client order `id`); `list` is the path of the order list
    in its result ("" when the result is the list). A `single` query answers the one order with
    the id, and a not_found error when there is none (which proves it absent)."""

    operation: str
    args: Mapping[str, Any]
    list: str = ""
    single: bool = False


class Lookup(msgspec.Struct, frozen=True):
    """How an order-placing call whose answer was lost finds out whether the order landed.

    After `settle` seconds from sending (when the exchange no longer acts on the request), each
    query lists orders; an order whose `match` field equals the client order id is the one placed.
    `found` builds the call's result (one batch item's, for a batch) from it (`order`); for a batch,
    `result` builds the whole result around the `items`, and `items` is the path of the per-order
    list in a result. Templates are JSON-like data with `{path}` references.
    """

    settle: float
    queries: tuple[LookupQuery, ...]
    match: str
    found: Any = "{order}"
    result: Any = "{items}"
    items: str = ""


DUPLICATES = ("accept", "replay", "reject")
"""What an exchange does with an order whose client order id the account already used: place it
again (or the docs do not say), answer with the order already placed, or refuse it."""


class RetryPolicy(msgspec.Struct, frozen=True):
    attempts: int = 1
    statuses: frozenset[int] = frozenset()
    codes: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    transport_errors: bool = False
    initial: float = 0.25
    max_delay: float = 4.0
    multiplier: float = 2.0
    jitter: float = 0.5
    retry_after_cap: float = 10.0
    idempotency: str = "client_order_id"  # safe | client_order_id | never
    client_order_id: ClientOrderId | None = None
    duplicates: str = "accept"  # one of DUPLICATES
    lookup: Lookup | None = None

    @property
    def repeats_safely(self) -> bool:
        """Whether resending an order with the same client order id cannot place it twice."""
        return self.idempotency == "client_order_id" and self.duplicates in ("replay", "reject")


class ErrorTable(msgspec.Struct, frozen=True):
    code_field: str | None = None
    message_field: str | None = None
    failure_field: str | None = None
    failure_values: tuple[Any, ...] = ()
    success_field: str | None = None  # a body whose field is not one of success_values is an error
    success_values: tuple[Any, ...] = ()
    statuses: Mapping[int, str] = msgspec.field(default_factory=dict)
    codes: Mapping[str, str] = msgspec.field(default_factory=dict)  # code -> kind
    body: str = "json"  # what error answers carry: one of codecs.ERROR_BODIES
    # text or empty error bodies carry no code: each REST code's message (its text) names it
    texts: Mapping[str, tuple[str, ...]] = msgspec.field(default_factory=dict)  # message -> codes
    # where an answer names the request (for support): a header, or a dotted field of the error body
    request_id_header: str | None = None
    request_id_field: str | None = None
    integer_codes: bool = False  # the API's codes are JSON integers (its envelope says so), else text
    shapes: tuple[ErrorShape, ...] = ()  # several error bodies: the first whose `when` field a body has

    def code(self, value: Any) -> str | int | None:
        """An error code in the one type the API gives its codes, however it arrived (a REST body, a stream
        reply, the spec's tables, a test's fault): an int where they are integers, else text."""
        if value is None or isinstance(value, bool):
            return None if value is None else str(value)
        if self.integer_codes and (isinstance(value, int) or _INTEGER.fullmatch(str(value))):
            return int(value)
        return str(value)


class ErrorShape(msgspec.Struct, frozen=True):
    """One of an API's error bodies: told by the field `when` it carries, read by its own code and message
    fields (messages: the fields present, joined)."""

    name: str
    when: str
    code_field: str | None = None
    message_fields: tuple[str, ...] = ()


class RateLimits(msgspec.Struct, frozen=True):
    """The spec's buckets, the cost every endpoint pays by default, and what servers report."""

    buckets: Mapping[str, Bucket] = msgspec.field(default_factory=dict)
    default_cost: Mapping[str, int | PerItem] = msgspec.field(default_factory=dict)
    remaining_header: str | None = None  # a response header with the units left in a bucket
    limit_header: str | None = None
    reports: str = "account"  # the scope of the endpoint's bucket that the headers describe
    retry_after: bool = False  # whether the API's throttle answer carries Retry-After


class Discovery(msgspec.Struct, frozen=True):
    """Servers found at run time: each item of `operation`'s answer describes one, and `rest` (a
    template over the item's fields) is its REST base URL."""

    operation: str
    rest: str
    key: str | None = None  # the item's field saying what the server is for (e.g. the account)


class ApiConfig(msgspec.Struct, frozen=True):
    """Everything the runtime needs to know about one API, straight from its spec."""

    api: str
    environments: Mapping[str, Mapping[str, str]]  # by name: URLs by transport (rest, ws) and stream name
    default_environment: str
    auth_schemes: Mapping[str, Scheme]  # by name: each a plug-in's typed configuration
    errors: ErrorTable
    retry: RetryPolicy
    deadline: float | None
    limits: RateLimits = msgspec.field(default_factory=RateLimits)
    scales: tuple[Scale, ...] = ()  # the spec's; each client and stub keeps a ScaleSet of its own
    auth_alternatives: Mapping[str, tuple[str, ...]] = msgspec.field(default_factory=dict)  # scheme -> others it may be
    hosts: Mapping[str, Mapping[str, str]] = msgspec.field(default_factory=dict)  # environment -> named server -> URL
    unauthenticated: frozenset[str] = frozenset()  # environments that authenticate nobody (self-hosted)
    discovery: Discovery | None = None

    def base_url(self, environment: str | None, transport: str = "rest") -> str:
        name = environment or self.default_environment
        if name not in self.environments:
            raise ValueError(f"{self.api}: unknown environment {name!r}; choose one of {sorted(self.environments)}")
        url = self.environments[name].get(transport)
        if url is None:
            raise ValueError(f"{self.api}: environment {name!r} has no {transport} URL of its own: pass base_url")
        return url

    def host_urls(
        self, environment: str | None, given: Mapping[Any, str] | None, base_url: str | None
    ) -> dict[str, str]:
        """The URL of each named server (the endpoints that say `server: <name>` go there): as given, else
        `base_url` when one is given (a stub or gateway that serves every endpoint), else the environment's."""
        named = {name for urls in self.hosts.values() for name in urls}
        unknown = set(given or {}) - named
        if unknown:
            raise ValueError(f"{self.api}: unknown server(s) {sorted(unknown)}; the API's: {sorted(named)}")
        own = self.hosts.get(environment or self.default_environment, {})
        return {
            name: ((given or {}).get(name) or base_url or own.get(name) or self.base_url(environment)).rstrip("/")
            for name in sorted(named)
        }
