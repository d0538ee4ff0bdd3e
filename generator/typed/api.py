"""ApiConfig and its parts (servers, errors, limits, retries, lookups, client order ids, scales) from a spec."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from runtime.codecs.scaled import Refresh, Rounding, Scale
from runtime.config import (
    ApiConfig,
    ClientOrderId,
    Discovery,
    ErrorShape,
    ErrorTable,
    Lookup,
    LookupQuery,
    RateLimits,
    RetryPolicy,
    seconds,
)
from runtime.limits import Bucket, PerItem

from . import at, strip_notes
from .auth import scheme

BATCH = "[]."  # `orders[].client_id`: the id is a field of each item of the list argument `orders`


def split_client_order_id(text: str) -> tuple[str, str | None]:
    """Where a client order id sits: the argument, and the field of each of its items (a batch) or None."""
    param, _, item = text.partition(BATCH)
    return param, item or None


def api_config(data: Mapping[str, Any]) -> ApiConfig:
    """Everything the runtime knows about one API, from its (note-free) spec."""
    retry = data.get("retry", {})
    with at("retry"):
        default = retry_policy(
            {"duplicates": retry.get("client_order_ids", {}).get("duplicates", "accept"), **retry.get("default", {})}
        )
        deadline = seconds(retry["deadline"]) if "deadline" in retry else None
    with at("servers"):
        environments = {name: urls(env) for name, env in data["servers"]["environments"].items()}
    schemes = data.get("auth", {}).get("schemes", {})
    return ApiConfig(
        api=data["api"]["id"],
        environments=environments,
        default_environment=data["servers"]["default"],
        auth_schemes={name: scheme(name, strip_notes(s)) for name, s in schemes.items()},
        errors=error_table(data.get("errors", {}), data.get("response", {}).get("envelope")),
        retry=default,
        deadline=deadline,
        limits=rate_limits(data.get("rate_limits", {})),
        scales=scales(data.get("scales", {})),
        auth_alternatives={k: tuple(v) for k, v in data.get("auth", {}).get("alternatives", {}).items()},
        hosts={name: dict(env["hosts"]) for name, env in data["servers"]["environments"].items() if env.get("hosts")},
        unauthenticated=frozenset(
            name for name, env in data["servers"]["environments"].items() if env.get("auth") == "none"
        ),
        discovery=_discovery(data["servers"].get("discovery")),
    )


def _discovery(data: Mapping[str, Any] | None) -> Discovery | None:
    return None if data is None else Discovery(operation=data["operation"], rest=data["rest"], key=data.get("key"))


def urls(environment: Mapping[str, Any]) -> dict[str, str]:
    """An environment's URLs by transport (rest, ws) and by stream name, in one table."""
    plain = {k: v for k, v in environment.items() if isinstance(v, str) and k != "auth"}
    return {**plain, **environment.get("streams", {})}


def retry_policy(data: Mapping[str, Any], base: RetryPolicy | None = None) -> RetryPolicy:
    """A retry section over `base` (what it does not say stays as the base has it)."""
    base = base or RetryPolicy()
    backoff = data.get("backoff", {})
    coid = data.get("client_order_id")
    client_order_id = base.client_order_id if coid is None else _client_order_id(coid)
    lookup = base.lookup
    if "lookup" in data and client_order_id is not None:
        with at("lookup"):
            lookup = _lookup(data["lookup"], client_order_id.field or client_order_id.param)
    return RetryPolicy(
        attempts=int(data.get("attempts", base.attempts)),
        statuses=frozenset(map(int, data["statuses"])) if "statuses" in data else base.statuses,
        codes=frozenset(map(str, data["codes"])) if "codes" in data else base.codes,
        kinds=frozenset(data["kinds"]) if "kinds" in data else base.kinds,
        transport_errors=bool(data.get("transport_errors", base.transport_errors)),
        initial=seconds(backoff["initial"]) if "initial" in backoff else base.initial,
        max_delay=seconds(backoff["max"]) if "max" in backoff else base.max_delay,
        multiplier=float(backoff.get("multiplier", base.multiplier)),
        jitter=float(backoff.get("jitter", base.jitter)),
        retry_after_cap=seconds(data["retry_after_cap"]) if "retry_after_cap" in data else base.retry_after_cap,
        idempotency=data.get("idempotency", base.idempotency),
        client_order_id=client_order_id,
        duplicates=data.get("duplicates", base.duplicates),
        lookup=lookup,
    )


def _client_order_id(data: str | Mapping[str, Any]) -> ClientOrderId:
    """A client order id as the spec writes it (`param` or `param[].field`), or resolved (operations.py)."""
    if isinstance(data, str):
        return ClientOrderId(*split_client_order_id(data))
    return ClientOrderId(
        data["param"],
        data.get("field"),
        data.get("kind", "string"),
        int(data.get("maximum", 2**63 - 1)),
        int(data.get("max_length", 32)),
    )


def _lookup(data: Mapping[str, Any], match: str) -> Lookup:
    return Lookup(
        settle=seconds(data.get("settle", 0)),
        queries=tuple(
            LookupQuery(q["operation"], dict(q.get("args", {})), q.get("list", ""), bool(q.get("single", False)))
            for q in data["queries"]
        ),
        match=data.get("match", match),
        found=data.get("found", "{order}"),
        result=data.get("result", "{items}"),
        items=data.get("items", ""),
    )


def error_table(data: Mapping[str, Any], envelope: Mapping[str, Any] | None = None) -> ErrorTable:
    """`envelope`: the API's response envelope, whose code field (where it declares one) types the codes."""
    failure = data.get("failure_when", {})
    success = data.get("success_when", {})
    declared = (envelope or {}).get("fields", {}).get(data.get("code_field") or "", {}).get("type")
    with at("errors"):
        return ErrorTable(
            code_field=data.get("code_field"),
            integer_codes=declared == "integer",
            message_field=data.get("message_field"),
            failure_field=failure.get("field"),
            failure_values=tuple(failure.get("values", ())),
            success_field=success.get("field"),
            success_values=tuple(success.get("values", ())),
            statuses={int(k): v for k, v in data.get("statuses", {}).items()},
            codes={str(k): v["kind"] for k, v in data.get("codes", {}).items()},
            body=data.get("body", "json"),
            texts=_texts(data) if data.get("body", "json") != "json" else {},
            request_id_header=data.get("request_id", {}).get("header"),
            request_id_field=data.get("request_id", {}).get("field"),
            shapes=tuple(_shape(s) for s in data.get("shapes", ())),
        )


def _shape(data: Mapping[str, Any]) -> ErrorShape:
    message = data.get("message_field", ())
    fields = (message,) if isinstance(message, str) else tuple(message)
    return ErrorShape(data["name"], data["when"], data.get("code_field"), fields)


def shape_class(name: str) -> str:
    """The error class of a shape in the API's package."""
    return name if name.endswith("Error") else f"{name}Error"


def _texts(data: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """A text or empty error body carries no code: each REST code's message (its text) names it."""
    out: dict[str, tuple[str, ...]] = {}
    for code, entry in data.get("codes", {}).items():
        if "rest" in entry.get("transports", ("rest",)):
            out[entry["message"]] = (*out.get(entry["message"], ()), str(code))
    return out


def rate_limits(data: Mapping[str, Any]) -> RateLimits:
    headers = data.get("headers", {})
    buckets = {}
    for name, b in data.get("buckets", {}).items():
        with at("rate_limits", "buckets", name):
            buckets[name] = Bucket(
                name,
                int(b["limit"]),
                seconds(b["per"]),
                b["scope"],
                b.get("transport", "rest"),
                b.get("algorithm", "sliding_window"),
            )
    with at("rate_limits", "default_cost"):
        default_cost = cost(data.get("default_cost", {}))
    return RateLimits(
        buckets=buckets,
        default_cost=default_cost,
        remaining_header=headers.get("remaining"),
        limit_header=headers.get("limit"),
        reports=headers.get("reports", "account"),
        retry_after=bool(data.get("retry_after", False)),
    )


def cost(data: Mapping[str, Any]) -> dict[str, int | PerItem]:
    """Rate-limit units by bucket: a number, or one per item of a list argument; buckets costing nothing left out."""
    return {
        bucket: PerItem(amount["per_item"]) if isinstance(amount, Mapping) else int(amount)
        for bucket, amount in data.items()
        if amount
    }


def scales(data: Mapping[str, Any]) -> tuple[Scale, ...]:
    """The scale tables of a spec's `scales` section."""
    out = []
    for name, spec in data.items():
        with at("scales", name):
            out.append(_scale(name, spec))
    return tuple(out)


def _scale(name: str, spec: Mapping[str, Any]) -> Scale:
    rounding = spec.get("rounding")
    refresh = spec.get("refresh")
    return Scale(
        name=name,
        by=spec.get("by", "constant"),
        factors={str(k): int(v) for k, v in spec.get("factors", {}).items()},
        default=spec.get("default"),
        ticks={str(k): int(v) for k, v in spec.get("ticks", {}).items()},
        rounding=None
        if rounding is None
        else Rounding(
            rounding["side"], tuple(map(str, rounding.get("down", ()))), tuple(map(str, rounding.get("up", ())))
        ),
        refresh=None
        if refresh is None
        else Refresh(
            refresh["operation"], refresh["key"], refresh.get("factor"), refresh.get("tick"), refresh.get("items", "")
        ),
    )
