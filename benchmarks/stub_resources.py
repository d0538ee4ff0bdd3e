"""Memory and blocking of a stub under hostile use: `python -m benchmarks.stub_resources [api ...]`.

Prints, per API: what five 20 MB request bodies leave in memory (the request log), how long a
batch of 10,000 cancels by id takes among 10,000 resting orders, how many closed orders a stub
still holds once the exchange's retention window has passed, and what a reset with 100,000 trades
of history per market costs (or how fast it is refused). Figures, not assertions: the tests check
behaviour, this shows the size of it.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
import time
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from generator.loader import api_folders

MB = 1024 * 1024


def _stub(api: str, clock: Callable[[], int] | None = None) -> Any:
    return importlib.import_module(f"exchange_bindings.{api}.stub").create_stub(seed=1, clock=clock)


def _retained(action: Callable[[], Any]) -> float:
    """MB still allocated after `action` (its result dropped)."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    action()
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) / MB


def request_log(api: str) -> str:
    from exchange_bindings.runtime.stub.app import StubRequest

    stub = _stub(api)
    body = b'{"x": "' + b"a" * (20 * MB) + b'"}'

    def post() -> None:
        for _ in range(5):
            stub.handle(StubRequest("POST", "/nowhere", "", {"content-type": "application/json"}, body, "stub"))

    return f"5 x 20 MB bodies: {_retained(post):7.1f} MB retained (log of {len(stub.control.requests())})"


def _resting_orders(stub: Any, count: int) -> tuple[str, list[int]]:
    """`count` buy orders resting far under the market, for the first demo account."""
    account = stub.setup.accounts[0].id
    market = next(m for m in stub.setup.venues.venues[0].markets if m.kind == "spot")
    stub.exchange.account(account).balance(market.quote, stub.exchange.wallet_of(market)).total += Decimal("1e12")
    price = market.tick_size * 10
    quantity = market.min_quantity
    ids = [
        stub.exchange.place(account, market.symbol, "buy", "limit", quantity, price=price, client_order_id=f"c{i}").id
        for i in range(count)
    ]
    return account, ids


def cancels(api: str) -> str:
    stub = _stub(api)
    stub.reset(book_levels=0, trades=0)
    account, ids = _resting_orders(stub, 10_000)
    started = time.perf_counter()
    for order_id in ids:
        stub.exchange.cancel(account, order_id)
    took = time.perf_counter() - started
    started = time.perf_counter()
    for i in range(0, 10_000, 10):
        stub.exchange.find(account, client_order_id=f"c{i}")
    lookups = time.perf_counter() - started
    return f"10,000 cancels by id: {took:6.2f} s; 1,000 lookups by client id: {lookups:6.2f} s"


def closed_orders(api: str) -> str:
    now = [1_700_000_000_000]
    stub = _stub(api, clock=lambda: now[0])
    stub.reset(book_levels=0, trades=0)
    account, ids = _resting_orders(stub, 20_000)
    for order_id in ids:
        stub.exchange.cancel(account, order_id)
    now[0] += 400 * 86_400_000  # past any retention window
    _resting_orders(stub, 1)
    return f"20,000 closed orders, 400 days later: {len(stub.exchange.orders):6d} orders held"


def _reset(api: str, **sizes: int) -> str:
    """The time a reset takes (untraced), then its peak memory (traced, in a second run)."""
    stub = _stub(api)
    outcome = "done"
    started = time.perf_counter()
    try:
        stub.reset(**sizes)
    except Exception as exc:  # ControlError: refused, with the reason (before: whatever broke)
        outcome = f"{type(exc).__name__}: {exc}"
    took = time.perf_counter() - started
    gc.collect()
    tracemalloc.start()
    with contextlib.suppress(Exception):
        stub.reset(**sizes)
    peak = tracemalloc.get_traced_memory()[1] / MB
    tracemalloc.stop()
    asked = ", ".join(f"{k}={v:,}" for k, v in sizes.items())
    return f"reset({asked}): {took:6.2f} s, peak {peak:6.1f} MB: {outcome}"


def big_reset(api: str) -> str:
    return _reset(api, trades=100_000)


def largest_reset(api: str) -> str:
    """The largest reset the control surface takes (refused beyond it, on the code that bounds it)."""
    return _reset(api, trades=10_000, book_levels=1_000)


def main(apis: list[str]) -> None:
    for api in apis:
        for measure in (request_log, cancels, closed_orders, big_reset, largest_reset):
            print(f"{api:<12} {measure(api)}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] or [folder.name for folder in api_folders()])
