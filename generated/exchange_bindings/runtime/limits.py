"""Client-side rate limiting from the spec's buckets, and the same buckets as a stub enforces them.

A `Limiter` is one bucket for one scope key (an IP, an API key, a connection). Clients *reserve*:
the limiter books the earliest moment the request may go and the caller waits until then, so
concurrent callers queue fairly without holding a lock while they wait (threads sleep, asyncio
tasks await). Stubs *check*: a request that does not fit now is refused with the wait it needs.

Two disciplines, as the spec says per bucket:
- `sliding_window`: at most `limit` units in any window of `per` seconds (a log of units);
- `token_bucket`: `limit` units of burst, refilled at `limit / per` per second (GCRA).

Clients keep a small margin (their windows are a little longer than the server's) so that the
jitter between a client's clock and the server's arrival times never turns into a throttle.
Limiters live in a process-wide registry: every client of the same API that talks to the same
host, with the same credentials, shares them.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any

import msgspec

log = logging.getLogger("exchange_bindings.limits")

CLIENT_MARGIN = 0.03
"""Clients stretch every window by this fraction (3%: the declared rate less a little)."""


def _monotonic() -> float:
    return time.monotonic()  # looked up at each call, so a test's fake clock reaches it


class Bucket(msgspec.Struct, frozen=True):
    """One of the spec's rate-limit buckets."""

    name: str
    limit: int
    per: float  # seconds
    scope: str  # ip | account | api_key | connection | session
    transport: str = "rest"  # rest | ws | sse | connect
    algorithm: str = "sliding_window"  # sliding_window | token_bucket

    @property
    def rate(self) -> float:
        """Declared units per second."""
        return self.limit / self.per


class LimitWait(msgspec.Struct, frozen=True):
    """What a limit-wait hook receives: a call held back by a bucket before it is sent."""

    operation: str
    bucket: str
    seconds: float


class Limiter:
    """One bucket for one scope key; thread-safe (only bookkeeping happens under its lock)."""

    def __init__(self, bucket: Bucket, *, margin: float = 0.0, clock: Callable[[], float] | None = None) -> None:
        self.bucket = bucket
        self.limit = bucket.limit
        self.per = bucket.per * (1.0 + margin)
        self.clock = clock or _monotonic
        self.sliding = bucket.algorithm != "token_bucket"
        self._interval = self.per / self.limit  # token bucket: seconds per unit
        self._tat = 0.0  # token bucket: theoretical arrival time (GCRA)
        self._log: deque[float] = deque()  # sliding window: the moment of every unit still in a window
        self._blocked_until = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        b = self.bucket
        return f"<Limiter {b.name} {b.limit}/{b.per:g}s {b.algorithm}>"

    # -- the two ways of asking ------------------------------------------------------------------
    def reserve(self, cost: int, now: float | None = None) -> float:
        """Book `cost` units; return the moment (on `clock`) at which they may be sent."""
        with self._lock:
            now = self.clock() if now is None else now
            at = self._earliest(cost, now)
            self._commit(cost, at)
            return at

    def check(self, cost: int, now: float | None = None) -> float:
        """Take `cost` units if they fit now and return 0.0; else take nothing and return the wait."""
        with self._lock:
            now = self.clock() if now is None else now
            at = self._earliest(cost, now)
            if at > now + 1e-9:
                return at - now
            self._commit(cost, now)
            return 0.0

    def restamp(self, cost: int, at: float, now: float) -> None:
        """A reservation for `at` leaves only `now` (its caller woke late, or queued behind others):
        a window counts each unit from when it really went, as the server will see it."""
        if not self.sliding or now <= at:
            return  # a token bucket tolerates late units: its burst allowance absorbs them
        with self._lock:
            for _ in range(cost):
                try:
                    self._log.remove(at)
                except ValueError:
                    return
                bisect.insort(self._log, now)

    def refund(self, cost: int, at: float) -> None:
        """Give back a reservation that will not be used (a call given up before sending)."""
        with self._lock:
            if self.sliding:
                for _ in range(cost):
                    try:
                        self._log.remove(at)
                    except ValueError:
                        break
            else:
                self._tat = max(self.clock(), self._tat - cost * self._interval)

    # -- what servers tell ---------------------------------------------------------------------------
    def remaining(self, now: float | None = None) -> int:
        """Units that could be taken right now."""
        with self._lock:
            now = self.clock() if now is None else now
            if now < self._blocked_until:
                return 0
            if self.sliding:
                self._trim(now)
                return max(0, self.limit - len(self._log))
            return max(0, int((self.per - max(0.0, self._tat - now)) / self._interval + 1e-9))

    def sync(self, remaining: int, now: float | None = None) -> None:
        """A server reported `remaining` units: never believe we have more than that."""
        with self._lock:
            now = self.clock() if now is None else now
            if self.sliding:
                self._trim(now)
                ours = self.limit - len(self._log)
                if remaining < ours:
                    at = max(now, self._log[-1]) if self._log else now
                    self._log.extend([at] * (ours - max(remaining, 0)))
            else:
                floor = now + self.per - max(remaining, 0) * self._interval
                self._tat = max(self._tat, floor)

    def block(self, seconds: float, now: float | None = None) -> None:
        """A server throttled us anyway: nothing goes out on this bucket for `seconds`."""
        with self._lock:
            now = self.clock() if now is None else now
            self._blocked_until = max(self._blocked_until, now + seconds)

    # -- bookkeeping (under the lock) ----------------------------------------------------------------
    def _earliest(self, cost: int, now: float) -> float:
        start = max(now, self._blocked_until)
        if not self.sliding:
            tat = max(self._tat, start)
            return max(start, tat + cost * self._interval - self.per)
        self._trim(now)
        room = max(self.limit - cost, 0)  # units that may already be in the window
        at = max(start, self._log[-1]) if self._log else start
        if len(self._log) > room:
            at = max(at, self._log[-(room + 1)] + self.per)
        return at

    def earliest(self, cost: int, now: float) -> float:
        with self._lock:
            return self._earliest(cost, now)

    def commit(self, cost: int, at: float) -> None:
        with self._lock:
            self._commit(cost, at)

    def _commit(self, cost: int, at: float) -> None:
        if self.sliding:
            self._log.extend([at] * cost)
        else:
            self._tat = max(self._tat, at) + cost * self._interval

    def _trim(self, now: float) -> None:
        edge = now - self.per
        while self._log and self._log[0] <= edge:
            self._log.popleft()


_ALL = threading.Lock()  # several buckets are booked together, or none of them


def reserve_all(units: list[tuple[Limiter, int]], now: float) -> tuple[float, Limiter]:
    """Book a call in every bucket it draws on, all at the one moment it may go (the latest any
    of them allows); return that moment and the bucket that decided it."""
    with _ALL:
        moments = [(limiter.earliest(cost, now), limiter) for limiter, cost in units]
        at, decided = max(moments, key=lambda m: m[0])
        for limiter, cost in units:
            limiter.commit(cost, at)
    return at, decided


def check_all(units: list[tuple[Limiter, int]], now: float) -> tuple[float, Limiter | None]:
    """A server's view: take the units from every bucket if all have room now, else none of them;
    return the wait the fullest bucket asks for (0.0 when taken) and that bucket."""
    with _ALL:
        waits = [(limiter.earliest(cost, now) - now, limiter) for limiter, cost in units]
        wait, decided = max(waits, key=lambda w: w[0], default=(0.0, None))
        if wait > 1e-9:
            return wait, decided
        for limiter, cost in units:
            limiter.commit(cost, now)
    return 0.0, None


class Registry:
    """Limiters by (api, bucket, scope key): one per process is shared by every client."""

    def __init__(self, margin: float = CLIENT_MARGIN) -> None:
        self.margin = margin
        self._limiters: dict[tuple[Any, ...], Limiter] = {}
        self._lock = threading.Lock()

    def get(self, api: str, bucket: Bucket, key: str) -> Limiter:
        ident = (api, bucket, key)  # a bucket redefined (tests) gets a limiter of its own
        limiter = self._limiters.get(ident)
        if limiter is None:
            with self._lock:
                limiter = self._limiters.setdefault(ident, Limiter(bucket, margin=self.margin))
        return limiter

    def clear(self) -> None:
        """Forget every limiter (tests: a fresh stub is a fresh exchange)."""
        with self._lock:
            self._limiters.clear()

    def __len__(self) -> int:
        return len(self._limiters)


LIMITERS = Registry()
"""The process-wide registry the generated clients use."""


def scope_key(scope: str, host: str, identity: str | None) -> str | None:
    """Whose budget a bucket counts: the host (for the IP's budget there) or the key used on it.

    API keys are kept only as a digest. None: the bucket does not apply (an account bucket
    on a call without credentials, a connection bucket outside a connection).
    """
    if scope == "ip":
        return host
    if scope in ("account", "api_key"):
        if not identity:
            return None
        return host + "#" + hashlib.sha256(identity.encode()).hexdigest()[:16]
    return None


class PerItem(msgspec.Struct, frozen=True):
    """A cost of one unit per item of the list argument `param` (a batch); at least one."""

    param: str


def cost_of(cost: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, int]:
    """Units per bucket for one call: fixed, or per item of a list argument (batches). (A stream command's
    cost is still the spec's `{per_item: ...}`: typed by the websocket transport.)"""
    out: dict[str, int] = {}
    for bucket, amount in cost.items():
        if isinstance(amount, PerItem | dict):
            items = values.get(amount.param if isinstance(amount, PerItem) else amount["per_item"])
            n = len(items) if isinstance(items, list | tuple) else 1
            out[bucket] = max(n, 1)
        elif amount:
            out[bucket] = int(amount)
    return out


class StreamLimits:
    """A stream connection's buckets, as the spec's stream `rate_limits` roles and command costs
    name them: `connect` (each connection opened), `authenticated` / `public` (each message sent
    after / before login) and per-command costs (per item of a batch). Waits are awaited."""

    def __init__(
        self,
        api: str,
        buckets: Mapping[str, Bucket],
        roles: Mapping[str, str],
        costs: Mapping[str, Mapping[str, Any]],
        url: str,
        identity: str | None,
        registry: Registry = LIMITERS,
    ) -> None:
        self.api = api
        self.buckets = buckets
        self.roles = roles
        self.costs = costs
        self.host = url.split("://", 1)[-1].split("/", 1)[0]
        self.identity = identity
        self.registry = registry
        self.logged_in = False
        self._connection: dict[str, Limiter] = {}

    def _limiter(self, name: str | None) -> Limiter | None:
        bucket = self.buckets.get(name or "")
        if bucket is None:
            return None
        if bucket.scope in ("connection", "session"):
            found = self._connection.get(bucket.name)
            if found is None:
                found = self._connection[bucket.name] = Limiter(bucket, margin=self.registry.margin)
            return found
        key = scope_key(bucket.scope, self.host, self.identity)
        return None if key is None else self.registry.get(self.api, bucket, key)

    async def connect(self) -> None:
        """Before opening a connection: a fresh connection starts logged out with fresh buckets."""
        self.logged_in = False
        self._connection = {}
        limiter = self._limiter(self.roles.get("connect"))
        await self._take([(limiter, 1)] if limiter else [], "connect")

    async def message(self, command: str, items: int = 1) -> None:
        """Before sending a command's message."""
        units: list[tuple[Limiter, int]] = []
        role = self._limiter(self.roles.get("authenticated" if self.logged_in else "public"))
        if role is not None:
            units.append((role, 1))
        for name, amount in self.costs.get(command, {}).items():
            limiter = self._limiter(name)
            if limiter is not None and isinstance(amount, int) and amount:
                units.append((limiter, amount * max(items, 1)))
        await self._take(units, command)

    async def _take(self, units: list[tuple[Limiter, int]], command: str) -> None:
        if not units:
            return
        now = time.monotonic()
        at, limiter = reserve_all(units, now)
        if at > now:
            log.debug("%s: waiting %.3fs for the %s rate limit", command, at - now, limiter.bucket.name)
            import asyncio  # loaded by the running loop: not with the package

            await asyncio.sleep(at - now)
            woke = time.monotonic()
            for held, cost in units:
                held.restamp(cost, at, woke)
