"""`nox -s faults`: lost answers, deadlines and shutdown against every API, with a table at the end.

1. Lost answers: for every order-placing endpoint, a storm of placing calls (batches of 3 orders on
   batch endpoints) while 30% of the placing requests lose their answer in one of the storm's ways
   (a 5xx or a drop before or after the order landed, the API's throttle, an answer after the
   client's timeout) and 40% of the lookups fail too (a lookup is retried, so some orders stay unknown). Every order must exist at most once.
2. Deadlines: calls with `deadline=1` s, sync and async, against servers that trickle the headers,
   trickle the body or never answer. Every call must end by its deadline + 0.5 s.
3. Shutdown: `serve <api>` told to stop (SIGTERM and SIGINT) with a request half sent, a 30 s latency
   asleep, an out-of-range latency, and open sockets. It must exit 0 within 2 s.

Exits 1 when a must-be figure is missed. `--quick`: fewer calls.
"""

from __future__ import annotations

import signal
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass, field

from benchmarks import limits
from benchmarks.misbehaving import Misbehaving, client_call
from benchmarks.shutdown import SCENARIOS, Served
from generator import ir
from generator.loader import api_folders, load_spec

DEADLINE = 1.0
LATE = 0.5  # a call that ends later than its deadline + this is late
SLOW = ("trickle_headers", "trickle_body", "silent")


@dataclass
class Figures:
    api: str
    placements: int = 0  # orders the calls asked for
    existing: int = 0  # orders in the simulator
    twice: int = 0  # orders placed more than once
    unknown: int = 0  # calls that raised OutcomeUnknownError
    calls: int = 0  # calls with a deadline
    late: int = 0  # ... that ended past deadline + LATE
    worst: float = 0.0  # the largest overrun of a deadline, seconds
    stops: list[float] = field(default_factory=list)  # seconds from the signal to the exit
    bad_exits: int = 0  # stops with an exit status other than 0


def lost_answers(api: ir.ApiIR, figures: Figures, calls: int) -> None:
    for ep in api.endpoints:
        retry = ep.retry or {}
        if "lookup" not in retry:
            continue
        batch = "field" in retry["client_order_id"]
        s = limits.storm(api, ep=ep, orders=calls, items=3 if batch else 1, lookup_share=0.4, max_retries=4)
        figures.placements += s.orders
        figures.existing += s.placed
        figures.twice += s.twice
        figures.unknown += s.unknown
        print(
            f"  {api.id}.{ep.name:<34} {s.orders:5d} orders, {s.faults}/{s.requests} placing requests faulted, "
            f"{s.placed} exist, {s.twice} twice; calls: {s.answered} answered, {s.unknown} outcome unknown, "
            f"{s.failed} failed; {s.seconds:.1f}s"
        )


def run(quick: bool = False) -> int:
    apis = [ir.build(load_spec(folder)) for folder in api_folders()]
    table = [Figures(api.id) for api in apis]
    print("lost answers (every order-placing endpoint; settle scaled to the in-process stub)")
    for api, figures in zip(apis, table, strict=True):
        lost_answers(api, figures, 100 if quick else 300)
    print(f"deadlines ({DEADLINE:g} s, against misbehaving servers)")
    for api, figures in zip(apis, table, strict=True):
        deadline_calls(api, figures, 1 if quick else 3)
    print("shutdown (serve <api> as a subprocess)")
    for api, figures in zip(apis, table, strict=True):
        shutdowns(api, figures)
    return summary(table)


def deadline_calls(api: ir.ApiIR, figures: Figures, repeats: int) -> None:
    ep = limits.plain_get(api)  # public where the API has one (an API whose every call is signed: a signed one)
    kwargs = {**limits.kwargs(api, ep, limits.wire_values(api, ep)), "deadline": DEADLINE}
    for how in SLOW:
        for mode in ("sync", "async"):
            overruns = []
            with Misbehaving(how) as server:
                for _ in range(repeats):
                    started = time.monotonic()
                    client_call(api, server.url, mode, ep.name, kwargs, timeout=5.0)
                    overruns.append(time.monotonic() - started - DEADLINE)
            figures.calls += len(overruns)
            figures.late += sum(1 for o in overruns if o > LATE)
            figures.worst = max(figures.worst, *overruns)
            print(f"  {api.id} {how:<16} {mode:<5} {len(overruns)} calls, worst overrun {max(overruns):+.3f}s")


def shutdowns(api: ir.ApiIR, figures: Figures) -> None:
    for name, scenario in SCENARIOS.items():
        for signum in (signal.SIGTERM, signal.SIGINT):
            served = Served(api.id)
            try:
                with ExitStack() as stack:
                    scenario(served, stack)
                    status, took, _ = served.stop(signum)
            finally:
                if served.proc.poll() is None:
                    served.proc.kill()
                    served.proc.wait()
            figures.stops.append(took)
            figures.bad_exits += status != 0
            print(f"  {api.id} {name:<18} {signal.Signals(signum).name:<7} exit {status} after {took:.2f}s")


def summary(table: list[Figures]) -> int:
    header = (
        f"{'api':<14}{'placements':>12}{'orders exist':>14}{'placed twice':>14}{'unknown':>9}"
        f"{'calls':>7}{'past deadline+0.5s':>20}{'stop max s':>12}"
    )
    print("\n" + header + "\n" + "-" * len(header))
    failed = False
    for f in table:
        stop = max(f.stops, default=0.0)
        print(
            f"{f.api:<14}{f.placements:>12}{f.existing:>14}{f.twice:>14}{f.unknown:>9}"
            f"{f.calls:>7}{f.late:>20}{stop:>12.2f}"
        )
        failed |= f.twice > 0 or f.late > 0 or stop >= 2.0 or f.bad_exits > 0 or f.existing > f.placements
    print("targets: 0 placed twice, 0 calls past deadline + 0.5 s, every stop under 2 s with exit status 0")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run(quick="--quick" in sys.argv[1:]))
