"""Stream messages per second: decoding into structs, and end to end from the stub to a consumer."""

from __future__ import annotations

import asyncio
import gzip
import importlib
import json
import time
from typing import Any

import httpx
import msgspec

from exchange_bindings.runtime.codecs.number import EXACT
from generator import ir
from generator.loader import api_folders, load_spec


def _examples(api: ir.ApiIR) -> list[tuple[ir.StreamIR, ir.StreamChannelIR, dict[str, Any]]]:
    spec = load_spec(next(f for f in api_folders() if f.name == api.id)).data
    out = []
    for st in api.streams:
        for ch in st.channels:
            for example in spec["streams"][st.name]["channels"][ch.name].get("examples", []):
                out.append((st, ch, example["message"]))
    return out


def bench_decoding(api: ir.ApiIR, report: Any, n: int) -> None:
    """Every example push of every channel, decoded the way subscriptions do, vs json.loads."""
    models = importlib.import_module(f"exchange_bindings.{api.id}.models")
    cases = [
        (json.dumps(message).encode(), getattr(models, ch.message_annotation.removeprefix("models.")))
        for _, ch, message in _examples(api)
    ]

    def ours() -> float:
        start = time.perf_counter()
        for _ in range(n):
            for raw, kind in cases:
                msgspec.convert(EXACT.decode(raw), kind, strict=False)
        return (time.perf_counter() - start) / (n * len(cases))

    def baseline() -> float:
        start = time.perf_counter()
        for _ in range(n):
            for raw, _ in cases:
                json.loads(raw)
        return (time.perf_counter() - start) / (n * len(cases))

    pairs = [(ours(), baseline()) for _ in range(5)]
    c, b = sorted(p[0] for p in pairs)[2], sorted(p[1] for p in pairs)[2]
    report(
        f"decode {len(cases)} kinds of push into structs: msg/s vs json.loads",
        1 / c,
        1 / b,
        c / b,
        unit="msg/s",
        scale=1.0,
    )


QUIET = 5.0  # seconds without a push after which the rest count as lost (every wait is bounded)


async def _consume(url: str, control: str, message: dict[str, Any], count: int, typed: Any) -> tuple[float, int, int]:
    """Seconds until the last of `count` pushes reached the consumer (typed client if `typed`, else raw
    websockets), how many did, and how many the subscription dropped (a slow consumer's oldest)."""
    async with httpx.AsyncClient() as http:
        if typed is not None:
            cls, channel, values = typed
            async with cls(url=url, queue_size=count) as stream:
                subscription = await stream.subscribe(channel, **values)
                start = last = time.perf_counter()
                await http.post(f"{control}/ws/push", params={"count": count}, json=message)
                got = 0
                while got + subscription.dropped < count:
                    try:
                        await asyncio.wait_for(subscription.__anext__(), QUIET)
                    except TimeoutError:
                        break
                    got, last = got + 1, time.perf_counter()
                return last - start, got, subscription.dropped
        from websockets.asyncio.client import connect

        async with connect(url, compression=None, max_size=None) as ws:
            await asyncio.sleep(0.05)
            start = last = time.perf_counter()
            await http.post(f"{control}/ws/push", params={"count": count}, json=message)
            got = 0
            while got < count:
                try:
                    frame = await asyncio.wait_for(ws.recv(), QUIET)
                except TimeoutError:
                    break
                json.loads(gzip.decompress(frame) if isinstance(frame, bytes) else frame)  # as the API sends it
                got, last = got + 1, time.perf_counter()
            return last - start, got, 0


def bench_end_to_end(api: ir.ApiIR, report: Any, count: int) -> None:
    from exchange_bindings.runtime.stub.serve import ServerThread

    found = next(((st, ch, m) for st, ch, m in _examples(api) if not ch.auth and ch.params), None)
    if found is None:
        print(f"{api.id}: stub -> subscription end to end: skipped, no public channel with parameters to subscribe to")
        return
    st, ch, message = found
    stub = importlib.import_module(f"exchange_bindings.{api.id}.stub").create_stub()
    cls = getattr(importlib.import_module(f"exchange_bindings.{api.id}.streams"), "Async" + st.class_name)
    values = {p.wire: p.sample for p in ch.params}
    with ServerThread(stub) as http_url:
        url = http_url.replace("http", "ws") + (stub.stream_path(st.name) or "")
        control = http_url + "/__stub__"
        runs = []
        for _ in range(3):
            ours = asyncio.run(_consume(url, control, message, count, (cls, ch.name, values)))
            raw = asyncio.run(_consume(url, control, message, count, None))
            runs.append((ours, raw))
    # rates of the median run of each (messages that arrived per second, so a lost push cannot stall it)
    ours_rate = sorted(got / max(seconds, 1e-9) for (seconds, got, _), _ in runs)[1]
    raw_rate = sorted(got / max(seconds, 1e-9) for _, (seconds, got, _) in runs)[1]
    lost = sum(count - got - dropped for (_, got, dropped), _ in runs)
    dropped = sum(d for (_, _, d), _ in runs)
    report(
        f"stub -> {ch.name} subscription, {count} pushes: msg/s vs raw websockets+json"
        f" ({dropped} dropped by the queue, {lost} not received within {QUIET:g}s, over 3 runs)",
        ours_rate,
        raw_rate,
        raw_rate / ours_rate,
        unit="msg/s",
        scale=1.0,
    )


def bench(apis: list[ir.ApiIR], report: Any, quick: bool) -> None:
    for api in apis:
        if api.streams:
            bench_decoding(api, report, n=200 if quick else 2_000)
            bench_end_to_end(api, report, count=2_000 if quick else 20_000)
