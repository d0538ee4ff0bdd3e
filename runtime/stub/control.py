"""The control surface of a stub: scripted faults and the log of requests received."""

from __future__ import annotations

import random
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any, NamedTuple


@dataclass
class Fault:
    """What to do to matching requests: answer an error, delay, drop, or throttle.

    `times` is how many requests it applies to (None: until cleared); `operation` limits it to
    one endpoint (by operation name). An exchange `code` is answered in the API's error shape.
    With `process`, the request is first handled as usual (an order is placed) and only then is
    its answer replaced by the fault or lost: what a client sees when a reply goes astray.
    `probability` strikes only that share of the matching requests (drawn from the control's
    seeded generator, so a storm is repeatable).
    """

    times: int | None = 1
    operation: str | None = None
    status: int | None = None
    code: str | None = None
    message: str | None = None
    latency: float = 0.0
    drop: bool = False
    retry_after: float | None = None
    process: bool = False
    probability: float = 1.0

    def matches(self, operation: str | None) -> bool:
        return self.operation is None or self.operation == operation


class LoggedRequest(NamedTuple):
    """One request received. A tuple of plain values: the collector untracks it, so a full log
    costs no garbage-collection pauses under load."""

    method: str
    path: str
    query: str
    operation: str | None
    account: str | None
    status: int
    body: str
    fault: bool = False


LOG_SIZE = 100_000


@dataclass
class Control:
    """Faults to apply, and the newest LOG_SIZE requests (bounded: stubs also serve load tests)."""

    faults: list[Fault] = field(default_factory=list)
    limits: bool = True  # enforce the spec's rate limits (benchmarks of raw throughput turn this off)
    log: deque[LoggedRequest] = field(default_factory=lambda: deque(maxlen=LOG_SIZE))
    lock: threading.Lock = field(default_factory=threading.Lock)
    rng: random.Random = field(default_factory=lambda: random.Random(0))

    def add_fault(self, **spec: Any) -> Fault:
        fault = Fault(**spec)
        with self.lock:
            self.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self.lock:
            self.faults.clear()

    def take_fault(self, operation: str | None) -> Fault | None:
        """The first fault matching this request, counted down."""
        if not self.faults:
            return None
        with self.lock:
            for fault in self.faults:
                if fault.matches(operation) and (fault.probability >= 1.0 or self.rng.random() < fault.probability):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self.faults.remove(fault)
                    return fault
        return None

    def record(self, entry: LoggedRequest) -> None:
        with self.lock:
            self.log.append(entry)

    def requests(self) -> list[dict[str, Any]]:
        with self.lock:
            return [e._asdict() for e in self.log]
