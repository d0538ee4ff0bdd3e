"""The spec's runtime facts (servers, auth, errors, limits, retries) as typed objects."""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .codecs.scaled import ScaleSet, scale_set
from .limits import Bucket

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


@dataclass(frozen=True)
class ClientOrderId:
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

    @classmethod
    def from_spec(cls, data: str | dict[str, Any]) -> ClientOrderId:
        if isinstance(data, str):
            param, _, item = data.partition("[].")
            return cls(param, item or None)
        return cls(
            data["param"],
            data.get("field"),
            data.get("kind", "string"),
            int(data.get("maximum", 2**63 - 1)),
            int(data.get("max_length", 32)),
        )

    def new(self) -> int | str:
        """A fresh id, unique with overwhelming probability."""
        if self.kind == "integer":
            return secrets.randbelow(self.maximum) + 1
        return uuid.uuid4().hex[: self.max_length]


@dataclass(frozen=True)
class LookupQuery:
    """One request that lists orders: `operation` called with `args` (a template over the call's
    `params`, the batch `item` and the client order `id`); `list` is the path of the order list
    in its result ("" when the result is the list)."""

    operation: str
    args: dict[str, Any]
    list: str = ""


@dataclass(frozen=True)
class Lookup:
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

    @classmethod
    def from_spec(cls, data: dict[str, Any], match: str) -> Lookup:
        return cls(
            settle=seconds(data.get("settle", 0)),
            queries=tuple(
                LookupQuery(q["operation"], dict(q.get("args", {})), q.get("list", "")) for q in data["queries"]
            ),
            match=data.get("match", match),
            found=data.get("found", "{order}"),
            result=data.get("result", "{items}"),
            items=data.get("items", ""),
        )


DUPLICATES = ("accept", "replay", "reject")
"""What an exchange does with an order whose client order id the account already used: place it
again (or the docs do not say), answer with the order already placed, or refuse it."""


@dataclass(frozen=True)
class RetryPolicy:
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

    @classmethod
    def from_spec(cls, data: dict[str, Any], base: RetryPolicy | None = None) -> RetryPolicy:
        base = base or cls()
        backoff = data.get("backoff", {})
        client_order_id = (
            ClientOrderId.from_spec(data["client_order_id"]) if "client_order_id" in data else base.client_order_id
        )
        lookup = base.lookup
        if "lookup" in data and client_order_id is not None:
            lookup = Lookup.from_spec(data["lookup"], client_order_id.field or client_order_id.param)
        return cls(
            attempts=data.get("attempts", base.attempts),
            statuses=frozenset(data["statuses"]) if "statuses" in data else base.statuses,
            codes=frozenset(data["codes"]) if "codes" in data else base.codes,
            kinds=frozenset(data["kinds"]) if "kinds" in data else base.kinds,
            transport_errors=data.get("transport_errors", base.transport_errors),
            initial=seconds(backoff["initial"]) if "initial" in backoff else base.initial,
            max_delay=seconds(backoff["max"]) if "max" in backoff else base.max_delay,
            multiplier=backoff.get("multiplier", base.multiplier),
            jitter=backoff.get("jitter", base.jitter),
            retry_after_cap=seconds(data["retry_after_cap"]) if "retry_after_cap" in data else base.retry_after_cap,
            idempotency=data.get("idempotency", base.idempotency),
            client_order_id=client_order_id,
            duplicates=data.get("duplicates", base.duplicates),
            lookup=lookup,
        )


@dataclass(frozen=True)
class ErrorTable:
    code_field: str | None = None
    message_field: str | None = None
    failure_field: str | None = None
    failure_values: tuple[Any, ...] = ()
    success_field: str | None = None  # a body whose field is not one of success_values is an error
    success_values: tuple[Any, ...] = ()
    statuses: dict[int, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)  # code -> kind
    body: str = "json"  # what error answers carry: one of codecs.ERROR_BODIES
    # text or empty error bodies carry no code: each REST code's message (its text) names it
    texts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # message -> codes

    @classmethod
    def from_spec(cls, data: dict[str, Any]) -> ErrorTable:
        failure = data.get("failure_when", {})
        success = data.get("success_when", {})
        return cls(
            code_field=data.get("code_field"),
            message_field=data.get("message_field"),
            failure_field=failure.get("field"),
            failure_values=tuple(failure.get("values", ())),
            success_field=success.get("field"),
            success_values=tuple(success.get("values", ())),
            statuses={int(k): v for k, v in data.get("statuses", {}).items()},
            codes={str(k): v["kind"] for k, v in data.get("codes", {}).items()},
            body=data.get("body", "json"),
            texts=_texts(data) if data.get("body", "json") != "json" else {},
        )


def _texts(data: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for code, entry in data.get("codes", {}).items():
        if "rest" in entry.get("transports", ("rest",)):
            out[entry["message"]] = (*out.get(entry["message"], ()), str(code))
    return out


@dataclass(frozen=True)
class RateLimits:
    """The spec's buckets, the cost every endpoint pays by default, and what servers report."""

    buckets: dict[str, Bucket] = field(default_factory=dict)
    default_cost: dict[str, Any] = field(default_factory=dict)
    remaining_header: str | None = None  # a response header with the units left in a bucket
    limit_header: str | None = None
    reports: str = "account"  # the scope of the endpoint's bucket that the headers describe
    retry_after: bool = False  # whether the API's throttle answer carries Retry-After

    @classmethod
    def from_spec(cls, data: dict[str, Any]) -> RateLimits:
        headers = data.get("headers", {})
        return cls(
            buckets={
                name: Bucket(
                    name,
                    int(b["limit"]),
                    seconds(b["per"]),
                    b["scope"],
                    b.get("transport", "rest"),
                    b.get("algorithm", "sliding_window"),
                )
                for name, b in data.get("buckets", {}).items()
            },
            default_cost=dict(data.get("default_cost", {})),
            remaining_header=headers.get("remaining"),
            limit_header=headers.get("limit"),
            reports=headers.get("reports", "account"),
            retry_after=bool(data.get("retry_after", False)),
        )


@dataclass(frozen=True)
class ApiConfig:
    """Everything the runtime needs to know about one API, straight from its spec."""

    api: str
    environments: dict[str, dict[str, Any]]
    default_environment: str
    auth_schemes: dict[str, Scheme]  # by name: each a plug-in's typed configuration
    errors: ErrorTable
    retry: RetryPolicy
    deadline: float | None
    limits: RateLimits = field(default_factory=RateLimits)
    scales: ScaleSet = field(default_factory=ScaleSet)  # the spec's; each client refreshes its own copy

    @classmethod
    def from_spec(cls, data: dict[str, Any]) -> ApiConfig:
        from .auth import scheme_of  # the auth plug-ins read durations from here

        retry = data.get("retry", {})
        return cls(
            api=data["api"],
            environments=data["servers"]["environments"],
            default_environment=data["servers"]["default"],
            auth_schemes={name: scheme_of(name, s) for name, s in data.get("auth", {}).get("schemes", {}).items()},
            errors=ErrorTable.from_spec(data.get("errors", {})),
            retry=RetryPolicy.from_spec(
                {
                    "duplicates": retry.get("client_order_ids", {}).get("duplicates", "accept"),
                    **retry.get("default", {}),
                }
            ),
            deadline=seconds(retry["deadline"]) if "deadline" in retry else None,
            limits=RateLimits.from_spec(data.get("rate_limits", {})),
            scales=scale_set(data.get("scales", {})),
        )

    def base_url(self, environment: str | None, transport: str = "rest") -> str:
        name = environment or self.default_environment
        if name not in self.environments:
            raise ValueError(f"{self.api}: unknown environment {name!r}; choose one of {sorted(self.environments)}")
        servers = self.environments[name]
        url: str = servers[transport] if transport in servers else servers["streams"][transport]  # a named stream
        return url
