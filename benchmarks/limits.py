"""Limits, retries and faults, measured per API against its stub (used by the tests and by `nox -s bench`).

- burst: 3x a bucket's limit from 4 concurrent clients (tasks or threads, each its own client
  instance, sharing the process-wide limiter); the stub enforces the same bucket. Reports the
  throttles seen and the achieved rate over the declared one, counting the requests past the
  bucket's initial allowance over the time they took (the steady rate the bucket allows).
- storm: order placements while the stub answers a share of requests with a fault (5xx before
  or after placing, a throttle, a dropped connection before or after placing, a reply that
  never comes); then every order must be in the simulator exactly once.
- deadline: a call with a per-call deadline against a stub that never answers.
- overhead: a call through the limiter vs the same call with the limiter off.

Buckets whose declared limits would take minutes to exercise are scaled through `use_buckets`
(the test hook: it swaps the spec's bucket in the generated CONFIG, which both the clients and
the stub read) to at most 10 units at 10-40 units/s.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import statistics
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import msgspec
from msgspec.structs import force_setattr, replace

from exchange_bindings import errors
from exchange_bindings.runtime.codecs import Scope
from exchange_bindings.runtime.codecs.scaled import ScaleSet
from exchange_bindings.runtime.codecs.shape import apply
from exchange_bindings.runtime.limits import LIMITERS, Bucket
from generator import ir

TASKS = 4


def module(api: ir.ApiIR, name: str = "") -> Any:
    return importlib.import_module(f"exchange_bindings.{api.id}" + (f".{name}" if name else ""))


@contextlib.contextmanager
def use_buckets(api: ir.ApiIR, buckets: dict[str, Bucket]) -> Iterator[None]:
    """Test hook: these bucket definitions instead of the spec's, for clients and stubs alike."""
    table = module(api).CONFIG.limits.buckets
    saved = dict(table)
    table.update(buckets)
    LIMITERS.clear()
    try:
        yield
    finally:
        table.clear()
        table.update(saved)
        LIMITERS.clear()


@contextlib.contextmanager
def use_settle(api: ir.ApiIR, seconds: float) -> Iterator[None]:
    """Test hook: order lookups after a lost answer wait `seconds` instead of the spec's settle (the
    in-process stub has acted on a request by the time its answer is lost)."""
    looked_up = [
        op
        for op in module(api, "operations").OPERATIONS.values()
        if op.retry is not None and op.retry.lookup is not None
    ]
    with use_retries([(op, replace(op.retry, lookup=replace(op.retry.lookup, settle=seconds))) for op in looked_up]):
        yield


@contextlib.contextmanager
def use_retries(policies: list[tuple[Any, Any]]) -> Iterator[None]:
    """Test hook: operations with other retry policies while in the block (operations are frozen: their
    policies are swapped in place, and back)."""
    saved = [(op, op.retry) for op, _ in policies]
    for op, policy in policies:
        force_setattr(op, "retry", policy)
    try:
        yield
    finally:
        for op, policy in saved:
            force_setattr(op, "retry", policy)


def bucket(api: ir.ApiIR, name: str) -> Bucket:
    found: Bucket = module(api).CONFIG.limits.buckets[name]
    return found


def scaled(
    b: Bucket, *, limit: int = 6, min_rate: float = 10.0, max_rate: float = 20.0, min_per: float = 0.3
) -> Bucket:
    """A small version of a bucket: at most `limit` units, a rate within [min_rate, max_rate], over a
    window of at least `min_per` seconds (a one-unit bucket at 10/s would leave the client's margin
    3 ms, less than a loaded machine's jitter: it then runs slower)."""
    units = min(b.limit, limit)
    rate = min(max(b.rate, min_rate), max_rate)
    return replace(b, limit=units, per=max(units / rate, min_per))


def rest_buckets(api: ir.ApiIR) -> list[str]:
    """The REST buckets some endpoint pays."""
    names = {n for ep in api.endpoints for n in ep.cost}
    return [
        n
        for n, b in api.config["rate_limits"].get("buckets", {}).items()
        if n in names and b.get("transport", "rest") == "rest"
    ]


def burst_endpoint(api: ir.ApiIR, name: str) -> ir.EndpointIR:
    """An endpoint paying the bucket: a GET if there is one, current before deprecated, then the
    one with the smallest example answer (the burst measures the limiter, not decoding)."""
    paying = [ep for ep in api.endpoints if name in ep.cost]

    def size(ep: ir.EndpointIR) -> int:
        return len(json.dumps(ep.examples[0]["response"])) if ep.examples else 10**9

    return min(paying, key=lambda ep: (ep.deprecated, ep.method != "GET", size(ep), ep.name))


def plain_get(api: ir.ApiIR, *, mapped: bool = False, paying: set[str] | None = None) -> ir.EndpointIR:
    """The first current GET (one without required parameters that the stub maps to the simulator,
    if `mapped`; one that pays one of the buckets named, if `paying`): a public one where the API has
    one, else a signed one (an API whose every call is signed). ValueError when none fits."""
    gets = [
        ep
        for ep in api.endpoints
        if ep.method == "GET" and not ep.deprecated
        if not mapped or (not ep.required_params and ep.name in api.stub["endpoints"])
        if paying is None or paying & set(ep.cost)
    ]
    return min(gets, key=lambda ep: ep.auth is not None)


def duplicates(api: ir.ApiIR, ep: ir.EndpointIR) -> str:
    """What the exchange does with a repeated client order id (the endpoint's word, else the API's)."""
    return str((ep.retry or {}).get("duplicates") or api.config["retry"]["client_order_ids"]["duplicates"])


def markets_of(api: ir.ApiIR, venue: str | None = None) -> list[dict[str, Any]]:
    """The stub's markets of one venue (by default the first, where requests that name none go)."""
    venues = api.stub.get("venues")
    if venues is None:
        return list(api.stub["markets"])
    return list(venues["list"][venue or next(iter(venues["list"]))]["markets"])


def throttle(api: ir.ApiIR) -> dict[str, Any]:
    """A scripted throttle: the API's own rate-limit code, or HTTP 429 where the API has none (no limits)."""
    code = api.stub["rejections"].get("rate_limited")
    return {"code": code} if code is not None else {"status": 429}


def credentials_for(api: ir.ApiIR, ep: ir.EndpointIR) -> dict[str, str]:
    """The first demo account's credentials where `ep` is signed (none for a public endpoint)."""
    return dict(api.stub["accounts"][0]["credentials"]) if ep.auth is not None else {}


def wire_values(api: ir.ApiIR, ep: ir.EndpointIR) -> dict[str, Any]:
    """Valid wire values for a call: the first example's params, else the spec's samples, with a
    timestamp that the stub checks against a receive window made current."""
    wire = dict(ep.examples[0].get("params", {})) if ep.examples else {}
    for p in ep.required_params:
        wire.setdefault(p.wire, p.sample)
    window = api.stub["endpoints"].get(ep.name, {}).get("recv_window") or {}
    if window.get("timestamp") in wire:
        wire[window["timestamp"]] = int(time.time() * 1000)
    return wire


def kwargs(api: ir.ApiIR, ep: ir.EndpointIR, wire: dict[str, Any], *, from_wire: bool = True) -> dict[str, Any]:
    """Keyword arguments of the generated method for these wire values (structs built as a user would;
    scaled integers as the Decimals they stand for). `from_wire=False`: the values are a caller's already."""
    op = module(api, "operations").OPERATIONS[ep.name]
    python = {p.wire: p.python for p in ep.params}
    scope = Scope(ScaleSet(module(api, "config").CONFIG.scales), (wire,))
    out = {}
    for p in op.params:
        if p.wire in wire:
            value = wire[p.wire] if p.codec is None or not from_wire else apply(p.codec, wire[p.wire], "decode", scope)
            value = msgspec.convert(value, p.type, strict=False)
            if p.sign is not None and from_wire and value < 0:  # as a user would: the side, a positive amount
                out[python[p.sign[0]]], value = p.sign[1], -value
            out[python[p.wire]] = value
    return out


# -- burst ------------------------------------------------------------------------------------------
@dataclass
class Burst:
    api: str
    bucket: str
    limit: int
    per: float
    requests: int
    throttled: int
    other_errors: int
    achieved: float  # units/s: the requests over the time from the first to one period after the last
    declared: float

    @property
    def ratio(self) -> float:
        return self.achieved / self.declared


def burst(
    api: ir.ApiIR, name: str, *, sync: bool, factor: int = 3, tasks: int = TASKS, margin: float | None = None
) -> Burst:
    """`factor` x the bucket's limit from `tasks` concurrent clients against a fresh stub (the clients'
    limiters keeping `margin`, their default where None).

    At the declared rate, `factor` x limit requests take `factor` periods: from the first one
    to one period after the last, when the bucket could take the next. The achieved rate is
    the requests over that time."""
    LIMITERS.clear()  # a fresh exchange: every bucket starts with its whole allowance
    default_margin = LIMITERS.margin
    LIMITERS.margin = default_margin if margin is None else margin
    try:
        return _burst(api, name, sync=sync, factor=factor, tasks=tasks)
    finally:
        LIMITERS.margin = default_margin


def _burst(api: ir.ApiIR, name: str, *, sync: bool, factor: int, tasks: int) -> Burst:
    ep = burst_endpoint(api, name)
    b = bucket(api, name)
    stub = module(api, "stub").create_stub(seed=1)
    kw = kwargs(api, ep, wire_values(api, ep))
    total = factor * b.limit
    arrivals: list[float] = []
    outcome = {"throttled": 0, "other": 0}
    lock = threading.Lock()
    options: dict[str, Any] = {"base_url": "http://stub.invalid", "max_retries": 0, **stub.credentials}

    def counted(error: Exception) -> None:
        with lock:
            outcome["throttled" if isinstance(error, errors.RateLimitError) else "other"] += 1

    if sync:
        base = stub.transport()

        def handle(request: httpx.Request) -> httpx.Response:
            with lock:
                arrivals.append(time.monotonic())
            return base.handle_request(request)

        remaining = iter(range(total))

        def worker() -> None:
            with module(api).Client(http_client=httpx.Client(transport=httpx.MockTransport(handle)), **options) as c:
                method = getattr(c, ep.name)
                while True:
                    with lock:
                        if next(remaining, None) is None:
                            return
                    try:
                        with warnings.catch_warnings():
                            warnings.simplefilter("ignore", DeprecationWarning)
                            method(**kw)
                    except errors.ExchangeError as exc:
                        counted(exc)

        threads = [threading.Thread(target=worker) for _ in range(tasks)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:
        abase = stub.async_transport()

        async def ahandle(request: httpx.Request) -> httpx.Response:
            arrivals.append(time.monotonic())
            return await abase.handle_async_request(request)

        async def run() -> None:
            queue: asyncio.Queue[int] = asyncio.Queue()
            for i in range(total):
                queue.put_nowait(i)

            async def worker() -> None:
                http = httpx.AsyncClient(transport=httpx.MockTransport(ahandle))
                async with module(api).AsyncClient(http_client=http, **options) as c:
                    method = getattr(c, ep.name)
                    while not queue.empty():
                        queue.get_nowait()
                        try:
                            with warnings.catch_warnings():
                                warnings.simplefilter("ignore", DeprecationWarning)
                                await method(**kw)
                        except errors.ExchangeError as exc:
                            counted(exc)
                await http.aclose()

            await asyncio.gather(*(worker() for _ in range(tasks)))

        asyncio.run(run())
    arrivals.sort()
    achieved = len(arrivals) / (arrivals[-1] - arrivals[0] + b.per)
    return Burst(api.id, name, b.limit, b.per, len(arrivals), outcome["throttled"], outcome["other"], achieved, b.rate)


# -- fault storm ------------------------------------------------------------------------------------
@dataclass
class Storm:
    api: str
    endpoint: str
    orders: int  # orders placed by the calls (calls x orders per call)
    placed: int  # orders of the storm account in the simulator
    distinct: int  # distinct client order ids among them
    answered: int  # calls that returned a result
    faults: int  # requests the stub answered with a fault
    requests: int
    seconds: float
    unknown: int = 0  # calls that raised OutcomeUnknownError (their lookups failed too)
    failed: int = 0  # calls that raised another error (after their retries)

    @property
    def twice(self) -> int:
        """Orders placed more than once (a client order id held by several orders)."""
        return self.placed - self.distinct


def orders_by_client_id(api: ir.ApiIR) -> bool:
    """Whether the API places orders over REST with a client order id (what the fault storm needs)."""
    return any(
        (ep.retry or {}).get("client_order_id")
        and api.stub["endpoints"].get(ep.name, {}).get("action") == "place_order"
        for ep in api.endpoints
    )


def order_endpoint(api: ir.ApiIR) -> ir.EndpointIR:
    """An order-placing endpoint that carries a client order id (a single order before a batch)."""
    found = [
        ep
        for ep in api.endpoints
        if (ep.retry or {}).get("client_order_id")
        and api.stub["endpoints"].get(ep.name, {}).get("action") == "place_order"
    ]
    return min(found, key=lambda ep: ("field" in (ep.retry or {})["client_order_id"], ep.name))


STORM_FAULTS: list[dict[str, Any]] = [
    {"status": 503},  # 5xx, nothing placed
    {"status": 502, "process": True},  # 5xx after the order was placed
    {"throttle": True, "retry_after": 0.01},  # the API's own throttle answer
    {"drop": True},  # connection dropped before the request was handled
    {"drop": True, "process": True},  # ... after the order was placed
    {"latency": 1.0, "process": True},  # placed, but the reply comes after the client's timeout
]


STORM_SETTLE = 0.05
"""The settle of order lookups in storms (the spec's, seconds long, is for exchanges with queues)."""


def storm(
    api: ir.ApiIR,
    *,
    orders: int = 1000,
    share: float = 0.3,
    concurrency: int = 25,
    sync: bool = False,
    ep: ir.EndpointIR | None = None,
    items: int = 1,
    lookup_share: float = 0.0,
    max_retries: int = 12,
) -> Storm:
    """`orders` placing calls on `ep` (by default the API's single-order endpoint; `items` orders per
    call on a batch endpoint), each order with its own client order id, while `share` of the placing
    requests meet one of STORM_FAULTS (equally likely) and `lookup_share` of the lookups fail with a
    503; limits are off on both sides (the faults are the subject) and lookups of lost answers settle
    for STORM_SETTLE seconds."""
    with use_settle(api, STORM_SETTLE):
        return _storm(
            api, ep or order_endpoint(api), orders, share, concurrency, sync, items, lookup_share, max_retries
        )


def _storm(
    api: ir.ApiIR,
    ep: ir.EndpointIR,
    calls: int,
    share: float,
    concurrency: int,
    sync: bool,
    items: int,
    lookup_share: float,
    max_retries: int,
) -> Storm:
    coid = (ep.retry or {})["client_order_id"]
    stub = module(api, "stub").create_stub(seed=7)
    stub.reset(book_levels=0, trades=0)  # empty books: every order rests, none fills
    stub.control.limits = False
    assets = {a for m in markets_of(api) for a in (m["base"], m["quote"])}
    creds = {c: f"storm-{c}" for c in api.credentials}
    permissions = list(api.config["auth"].get("permissions", {}))
    funds = {a: "1000000000" for a in assets}
    wallets = {w: funds for w in api.stub.get("wallets", [])[1:]}  # every wallet funded: any kind of market
    stub.add_account("storm", funds, permissions, creds, wallets=wallets)
    # each kind of fault strikes share/len of all requests: the i-th is drawn among what the earlier left
    each = share / len(STORM_FAULTS)
    left = 1.0
    for fault in STORM_FAULTS:
        spec = dict(fault)
        if spec.pop("throttle", False):
            spec.update(throttle(api))
        stub.control.add_fault(times=None, operation=ep.name, probability=each / left, **spec)
        left -= each
    for query in (ep.retry or {}).get("lookup", {}).get("queries", []) if lookup_share else []:
        stub.control.add_fault(times=None, operation=query["operation"], status=503, probability=lookup_share)
    wire = wire_values(api, ep)
    if "field" in coid:
        item = dict(wire[coid["param"]][0])
        wire[coid["param"]] = [item]
    elif not any(p.wire == coid["param"] for p in ep.required_params):
        wire.pop(coid["param"], None)  # the client makes one up

    window = api.stub["endpoints"].get(ep.name, {}).get("recv_window") or {}

    def call_kwargs(i: int) -> dict[str, Any]:
        current = dict(wire)
        if window.get("timestamp") in current:  # each order is made when it is placed
            current[window["timestamp"]] = int(time.time() * 1000)
        if "field" not in coid and coid["param"] in current:  # a required id: each order its own
            current[coid["param"]] = i + 1 if coid["kind"] == "integer" else f"storm-{i}"
        if "field" not in coid:
            return kwargs(api, ep, current)
        own = [i * items + k + 1 if coid["kind"] == "integer" else f"storm-{i}-{k}" for k in range(items)]
        batch = [{**wire[coid["param"]][0], coid["field"]: value} for value in own]
        return kwargs(api, ep, {**current, coid["param"]: batch})

    options: dict[str, Any] = {
        "base_url": "http://stub.invalid",
        "max_retries": max_retries,
        "timeout": 0.2,
        "rate_limits": False,
        **creds,
    }
    answered, unknown, failed = [0], [0], [0]
    lock = threading.Lock()
    started = time.monotonic()
    if sync:
        todo = iter(range(calls))

        def worker() -> None:
            with module(api).Client(http_client=httpx.Client(transport=stub.transport()), **options) as c:
                method = getattr(c, ep.name)
                while True:
                    with lock:
                        i = next(todo, None)
                    if i is None:
                        return
                    try:
                        method(**call_kwargs(i))
                    except errors.ExchangeError as exc:
                        with lock:
                            (unknown if isinstance(exc, errors.OutcomeUnknownError) else failed)[0] += 1
                        continue
                    with lock:
                        answered[0] += 1

        threads = [threading.Thread(target=worker) for _ in range(concurrency)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:

        async def run() -> None:
            queue: asyncio.Queue[int] = asyncio.Queue()
            for i in range(calls):
                queue.put_nowait(i)
            http = httpx.AsyncClient(transport=stub.async_transport())
            async with module(api).AsyncClient(http_client=http, **options) as c:
                method = getattr(c, ep.name)

                async def worker() -> None:
                    while not queue.empty():
                        i = queue.get_nowait()
                        try:
                            await method(**call_kwargs(i))
                        except errors.ExchangeError as exc:
                            (unknown if isinstance(exc, errors.OutcomeUnknownError) else failed)[0] += 1
                            continue
                        answered[0] += 1

                await asyncio.gather(*(worker() for _ in range(concurrency)))
            await http.aclose()

        asyncio.run(run())
    seconds = time.monotonic() - started
    mine = [o for o in stub.exchange.orders.values() if o.account == "storm"]
    log = stub.control.requests()
    return Storm(
        api.id,
        ep.name,
        calls * (items if "field" in coid else 1),
        len(mine),
        len({str(o.client_order_id) for o in mine if o.client_order_id is not None}),
        answered[0],
        sum(1 for r in log if r["fault"] and r["operation"] == ep.name),
        sum(1 for r in log if r["operation"] == ep.name),
        seconds,
        unknown[0],
        failed[0],
    )


# -- deadline --------------------------------------------------------------------------------------------
def stalled_call(
    api: ir.ApiIR, *, deadline: float = 2.0, sync: bool, stall: float = 3.0
) -> tuple[float, Exception | None]:
    """A plain GET with a per-call deadline against a stub on a real socket that holds every
    answer for `stall` seconds; returns the seconds until the call failed, and its error."""
    from exchange_bindings.runtime.stub.serve import ServerThread

    ep = plain_get(api)
    creds = credentials_for(api, ep)
    stub = module(api, "stub").create_stub(seed=1)
    stub.control.add_fault(times=None, latency=stall)
    server = ServerThread(stub)
    url = server.start()
    kw = kwargs(api, ep, wire_values(api, ep))
    error: Exception | None = None
    started = 0.0  # from the call on: building a client (the first loads its HTTP stack) is not the call's
    try:
        if sync:
            with module(api).Client(base_url=url, **creds) as c:
                started = time.monotonic()
                getattr(c, ep.name)(**kw, deadline=deadline)
        else:

            async def run() -> None:
                nonlocal started
                async with module(api).AsyncClient(base_url=url, **creds) as c:
                    started = time.monotonic()
                    await getattr(c, ep.name)(**kw, deadline=deadline)

            asyncio.run(run())
    except Exception as exc:
        error = exc
    elapsed = time.monotonic() - started
    server.stop()
    return elapsed, error


# -- overhead -----------------------------------------------------------------------------------------------
def overhead_endpoint(api: ir.ApiIR) -> ir.EndpointIR:
    """A call that succeeds again and again and pays a REST bucket (a mapped GET), else the first
    bucket's burst endpoint."""
    try:
        return plain_get(api, mapped=True, paying=set(rest_buckets(api)))
    except ValueError:
        return burst_endpoint(api, rest_buckets(api)[0])


def overhead(api: ir.ApiIR, n: int = 2000, rounds: int = 7) -> tuple[float, float, float]:
    """Seconds per call with the limiter on (a bucket that never binds) vs off, in-process stub;
    (with, without, ratio) as medians of alternating rounds."""
    ep = overhead_endpoint(api)
    stub = module(api, "stub").create_stub(seed=1)
    stub.control.limits = False
    kw = kwargs(api, ep, wire_values(api, ep))
    roomy = {name: replace(bucket(api, name), limit=10**9) for name in rest_buckets(api)}
    with use_buckets(api, roomy):
        http = httpx.Client(transport=stub.transport())
        on = module(api).Client(base_url="http://stub.invalid", http_client=http, **stub.credentials)
        off = module(api).Client(
            base_url="http://stub.invalid", http_client=http, rate_limits=False, **stub.credentials
        )

        def timed(client: Any) -> float:
            method = getattr(client, ep.name)
            start = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                for _ in range(n):
                    method(**kw)
            return (time.perf_counter() - start) / n

        timed(on), timed(off)
        pairs = [(timed(on), timed(off)) for _ in range(rounds)]
        http.close()
    return (
        statistics.median(p[0] for p in pairs),
        statistics.median(p[1] for p in pairs),
        statistics.median(p[0] / p[1] for p in pairs),
    )


def bench(apis: list[ir.ApiIR], quick: bool = False) -> None:
    """Print every figure of the limits issue, per API."""
    print(f"\n{'limits':<58} figures per API (in-process stub unless noted)")
    for api in apis:
        for name in rest_buckets(api):
            declared = bucket(api, name)
            # the declared bucket when it runs in seconds, else the scaled one (the test hook)
            small = declared.limit * 3 / declared.rate <= 4 and declared.limit <= 100
            with use_buckets(api, {} if small else {name: scaled(declared)}):
                b = burst(api, name, sync=False)
            label = f"{api.id} burst 3x{b.limit} per {b.per:g}s [{name}{'' if small else ', scaled'}]"
            print(
                f"{label:<58} {b.requests:5d} requests, {b.throttled} throttled, achieved/declared {b.ratio:5.3f}"
                + ("   (target >= 0.90, 0 throttled)")
            )
        if rest_buckets(api):
            with_, without, ratio = overhead(api, n=300 if quick else 2000)
            print(
                f"{api.id + ' limiter overhead per call':<58} {with_ * 1e6:10.1f} us vs {without * 1e6:10.1f} us   ratio {ratio:5.2f}"
            )
        else:
            print(f"{api.id + ' limiter overhead per call':<58} skipped, the spec declares no REST bucket")
        if orders_by_client_id(api):
            s = storm(api, orders=200 if quick else 1000)
            print(
                f"{api.id + ' fault storm (' + s.endpoint + ')':<58} {s.orders} orders, {s.faults}/{s.requests} requests faulted, "
                f"{s.placed} placed, {s.distinct} distinct ids, {s.seconds:.1f}s   (target: {s.orders} placed once each)"
            )
        else:
            print(f"{api.id + ' fault storm':<58} skipped, no REST order placement carries a client order id")
        elapsed, error = stalled_call(api, sync=True)
        print(
            f"{api.id + ' 2s deadline vs stalled stub (socket)':<58} failed after {elapsed:.2f}s with "
            f"{type(error).__name__}   (target <= 2.5s, RequestTimeoutError)"
        )
