"""Our clients against their peers, on the same stub endpoint in the same run.

The API whose spec names a ccxt peer (`x-peers.ccxt`: ccxt's exchange, the implicit method of the same
public GET, the operation and its arguments; ccxt pays for its request and JSON parsing, not for its
unified parsing), served by its stub on its own process with rate limits off:
- `Client` vs ccxt's sync client and raw `httpx.Client` + `json.loads`;
- `AsyncClient` vs ccxt's async client, raw `aiohttp` + `json.loads` and raw `httpx.AsyncClient`;
  per call (one task) and calls a second from 32 tasks sharing one client.
ccxt (the release the spec's x-peers note names) is installed by the bench
session only; without it its rows say so. Every wait is bounded: each run is a fixed number of calls,
and the stub stops with this process.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple

import httpx

from generator import ir
from generator.loader import api_folders, load_spec

TASKS = 32
ROUNDS = 5


class Peer(NamedTuple):
    api: ir.ApiIR
    exchange: str  # ccxt's id
    url: str  # the key of ccxt's URL table to point at the stub
    method: str  # ccxt's implicit method
    operation: str  # ours
    args: dict[str, Any]

    @property
    def path(self) -> str:
        ep = next(e for e in self.api.endpoints if e.name == self.operation)
        return f"{ep.path}?{urllib.parse.urlencode(self.args)}"


def peer() -> Peer | None:
    for folder in api_folders():
        named = load_spec(folder).data.get("x-peers", {}).get("ccxt")
        if named is not None:
            return Peer(ir.build(load_spec(folder)), **named)
    return None


def _serve(api: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "exchange_bindings", "serve", api, "--json"], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    rest = str(json.loads(proc.stdout.readline())["rest"])
    off = urllib.request.Request(rest + "/__stub__/limits", b'{"enforce": false}', {"Content-Type": "application/json"})
    urllib.request.urlopen(off, timeout=10)
    return proc, rest


def _ccxt(named: Peer, rest: str, asynchronous: bool) -> Any:
    try:
        import ccxt  # type: ignore[import-untyped]
        import ccxt.async_support as accxt  # type: ignore[import-untyped]
    except ImportError:
        return None
    exchange = getattr(accxt if asynchronous else ccxt, named.exchange)({"enableRateLimit": False, "timeout": 10_000})
    exchange.urls["api"][named.url] = rest
    return exchange


def _per_call_sync(contenders: dict[str, Callable[[], Any]], n: int) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(ROUNDS):  # alternating: the machine's noise falls on every contender alike
        for name, call in contenders.items():
            for _ in range(n // 10):
                call()
            start = time.perf_counter()
            for _ in range(n):
                call()
            times[name].append((time.perf_counter() - start) / n)
    return {name: statistics.median(t) for name, t in times.items()}


async def _per_call_async(
    contenders: dict[str, Callable[[], Awaitable[Any]]], n: int
) -> tuple[dict[str, float], dict[str, float]]:
    """(seconds a call from one task, calls a second from TASKS tasks sharing the client)."""
    single: dict[str, list[float]] = {name: [] for name in contenders}
    many: dict[str, list[float]] = {name: [] for name in contenders}
    per_task = max(n // 10, 5)

    async def task(call: Callable[[], Awaitable[Any]]) -> None:
        for _ in range(per_task):
            await call()

    for _ in range(ROUNDS):
        for name, call in contenders.items():
            for _ in range(n // 10):
                await call()
            start = time.perf_counter()
            for _ in range(n):
                await call()
            single[name].append((time.perf_counter() - start) / n)
            start = time.perf_counter()
            await asyncio.wait_for(asyncio.gather(*(task(call) for _ in range(TASKS))), timeout=120)
            many[name].append(TASKS * per_task / (time.perf_counter() - start))
    return (
        {name: statistics.median(t) for name, t in single.items()},
        {name: statistics.median(r) for name, r in many.items()},
    )


def _row(label: str, ours: float, theirs: float, unit: str, target: str) -> str:
    return f"{label:<58} {ours:10.1f} {unit} vs {theirs:10.1f} {unit}   ratio {ours / theirs:5.2f}  {target}"


def bench(quick: bool) -> None:
    named = peer()
    if named is None:
        print("peers: skipped, no spec names one (x-peers)")
        return
    module = importlib.import_module(f"exchange_bindings.{named.api.id}")
    url_path = named.path
    n = 100 if quick else 300
    proc, rest = _serve(named.api.id)
    try:
        with module.Client(base_url=rest, rate_limits=False) as client, httpx.Client() as raw:
            sync: dict[str, Callable[[], Any]] = {
                "ours": lambda: getattr(client, named.operation)(**named.args),
                "httpx": lambda: json.loads(raw.get(rest + url_path).content),
            }
            theirs = _ccxt(named, rest, asynchronous=False)
            if theirs is not None:
                sync["ccxt"] = lambda: getattr(theirs, named.method)(dict(named.args))
            took = _per_call_sync(sync, n)
        for other in ("ccxt", "httpx"):
            if other in took:
                print(_row(f"Client call vs {other} sync", took["ours"] * 1e6, took[other] * 1e6, "us", TARGET_CALL))
        if "ccxt" not in took:
            print("ccxt rows: skipped, ccxt is not installed (nox -s bench installs it)")
        single, many = asyncio.run(_async_contenders(module, named, rest, n))
        for other in ("ccxt", "aiohttp", "httpx"):
            if other in single:
                label = f"AsyncClient call vs {other} async (1 task)"
                print(_row(label, single["ours"] * 1e6, single[other] * 1e6, "us", TARGET_CALL))
                print(
                    f"{f'AsyncClient calls/s vs {other} async ({TASKS} tasks)':<58} {many['ours']:10.0f} /s vs {many[other]:10.0f} /s"
                    f"   ratio {many['ours'] / many[other]:5.2f}  (higher is better; target >= 1.0 vs ccxt)"
                )
    finally:
        proc.send_signal(signal.SIGTERM)  # stopped by its own process id
        proc.wait(timeout=15)


TARGET_CALL = "(lower is better; target <= 1.0 vs ccxt)"


async def _async_contenders(module: Any, named: Peer, rest: str, n: int) -> tuple[dict[str, float], dict[str, float]]:
    import aiohttp

    url = rest + named.path
    async with (
        module.AsyncClient(base_url=rest, rate_limits=False) as client,
        httpx.AsyncClient() as raw_httpx,
        aiohttp.ClientSession() as session,
    ):

        async def raw_aiohttp() -> Any:
            async with session.get(url) as response:
                return json.loads(await response.read())

        async def raw_httpx_call() -> Any:
            return json.loads((await raw_httpx.get(url)).content)

        contenders: dict[str, Callable[[], Awaitable[Any]]] = {
            "ours": lambda: getattr(client, named.operation)(**named.args),
            "aiohttp": raw_aiohttp,
            "httpx": raw_httpx_call,
        }
        theirs = _ccxt(named, rest, asynchronous=True)
        if theirs is not None:
            contenders["ccxt"] = lambda: getattr(theirs, named.method)(dict(named.args))
        try:
            return await _per_call_async(contenders, n)
        finally:
            if theirs is not None:
                await theirs.close()
