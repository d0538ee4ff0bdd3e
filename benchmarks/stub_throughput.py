"""Stub throughput: wrk against the real-socket stub and a bare ASGI hello-world, same run."""

from __future__ import annotations

import json
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import NamedTuple

from generator import ir

DURATION = "5s"
ROUNDS = 5  # rounds (a run of the stub, one of the bare app) at c=32, whose medians are reported
PRISM = Path(__file__).resolve().parent.parent / "build" / "prism"  # npm's install of Prism, kept between runs
PRISM_PACKAGE = "@stoplight/prism-cli@5"


def ensure_wrk() -> str | None:
    """wrk from Debian's packages (installed when missing and we may); None when it cannot be had."""
    found = shutil.which("wrk")
    if found or not shutil.which("apt-get"):
        return found
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], capture_output=True, check=False)
    return shutil.which("wrk")


def _start(args: list[str]) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline()


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGTERM)  # stopped by its own process id
    proc.wait(timeout=15)


def wrk(binary: str, url: str, connections: int) -> tuple[float, float]:
    """(requests per second, p99 latency in ms)."""
    threads = min(connections, 2)
    out = subprocess.run(
        [binary, f"-t{threads}", f"-c{connections}", f"-d{DURATION}", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
    p99 = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    return rps, p99


class Paired(NamedTuple):
    """The stub against the bare app: each figure the median over the rounds (a run of each), the ratios
    the medians of each round's own ratio."""

    stub_rps: float
    bare_rps: float
    ratio: float
    stub_p99: float
    bare_p99: float
    p99_ratio: float


def paired(binary: str, url: str, base: str, connections: int) -> Paired:
    """At 32 connections, where the targets are, ROUNDS rounds, stub and bare app alternating, so that a
    stall of the shared machine during one run moves neither a figure nor a ratio; at fewer, one round."""
    rounds = ROUNDS if connections >= 32 else 1
    runs = [(*wrk(binary, url, connections), *wrk(binary, base, connections)) for _ in range(rounds)]
    stub_rps, stub_p99, bare_rps, bare_p99 = (statistics.median(run[i] for run in runs) for i in range(4))
    ratio = statistics.median(run[0] / run[2] for run in runs)
    p99_ratio = statistics.median(run[1] / run[3] for run in runs)
    return Paired(stub_rps, bare_rps, ratio, stub_p99, bare_p99, p99_ratio)


def public_path(api: ir.ApiIR) -> tuple[str, str] | None:
    """A public GET without required arguments that the stub computes from the simulator (not a
    canned example): the market list if there is one (what clients load first), else the first; None
    when every endpoint is signed (an order router)."""
    mapped = [
        e
        for e in api.endpoints
        if e.method == "GET" and e.auth is None and not e.required_params and e.name in api.stub["endpoints"]
    ]
    if not mapped:
        return None
    ep = next((e for e in mapped if api.stub["endpoints"][e.name].get("action") == "markets"), mapped[0])
    return ep.name, ep.path


def ensure_prism() -> Path | None:
    """Prism from the npm registry (installed into build/prism when missing, at most 5 minutes);
    None when node or npm is not on this machine or the install fails."""
    binary = PRISM / "node_modules" / ".bin" / "prism"
    if binary.exists():
        return binary
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        return None
    PRISM.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(PRISM), PRISM_PACKAGE],
            capture_output=True,
            timeout=300,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    return binary if binary.exists() else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _prism(binary: Path, api: ir.ApiIR, path: str) -> tuple[subprocess.Popen[bytes], str] | None:
    """Prism mocking the API's own OpenAPI export on 127.0.0.1, once it answers `path` (<= 60 s)."""
    document = Path(__file__).resolve().parent.parent / "generated" / "exchange_bindings" / api.id / "openapi.json"
    port = _free_port()
    proc = subprocess.Popen(
        [str(binary), "mock", "-h", "127.0.0.1", "-p", str(port), str(document)],
        stdout=subprocess.DEVNULL,  # Prism logs every request: not read, so it does not slow the run
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}{path}"
    until = time.monotonic() + 60
    while time.monotonic() < until and proc.poll() is None:
        try:
            urllib.request.urlopen(url, timeout=2)
            return proc, url
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    proc.wait(timeout=15)
    return None


def bench_prism(binary: str, api: ir.ApiIR, stub_url: str, name: str, path: str) -> None:
    """The stub against Prism (the OpenAPI mock server) on the same endpoint at 32 connections."""
    prism = ensure_prism()
    if prism is None:
        print("stub vs Prism: skipped, node/npm is not on this machine (or npm could not install Prism)")
        return
    started = _prism(prism, api, path)
    if started is None:
        print(f"stub vs Prism: skipped, Prism did not answer {path} within 60 s")
        return
    proc, prism_url = started
    try:
        wrk(binary, prism_url, 32)  # warm-up round, discarded
        prism_rps, prism_p99 = wrk(binary, prism_url, 32)
        stub_rps, stub_p99 = wrk(binary, stub_url, 32)
    finally:
        proc.send_signal(signal.SIGTERM)  # stopped by its own process id
        proc.wait(timeout=15)
    print(
        f"{f'stub {api.id} GET {path} ({name}) vs Prism, c=32':<58} {stub_rps:10.0f} req/s vs {prism_rps:8.0f} req/s   ratio {stub_rps / prism_rps:5.2f}"
        f"  (target >= 3.00); p99 {stub_p99:.2f} ms vs {prism_p99:.2f} ms"
    )


def bench(apis: list[ir.ApiIR]) -> None:
    binary = ensure_wrk()
    if binary is None:
        print("stub throughput: skipped, wrk is not installed and could not be installed (apt-get install wrk)")
        return
    hello, port = _start(["-m", "benchmarks.hello_asgi"])
    try:
        base = f"http://127.0.0.1:{port.strip()}/"
        for api in apis:
            found = public_path(api)
            if found is None:
                print(f"stub {api.id}: skipped, no public GET without arguments (every endpoint is signed)")
                continue
            name, path = found
            stub, line = _start(["-m", "exchange_bindings", "serve", api.id, "--json"])
            try:
                rest = json.loads(line)["rest"]
                # raw throughput: the stub's rate limits (which would answer most of wrk's requests
                # with the API's throttle) are switched off through its control surface
                off = b'{"enforce": false}'
                json_body = {"Content-Type": "application/json"}  # the control surface takes JSON alone
                urllib.request.urlopen(urllib.request.Request(rest + "/__stub__/limits", off, json_body))
                url = rest + path
                for connections in (1, 32):
                    wrk(binary, url, connections)  # warm-up round, discarded
                    got = paired(binary, url, base, connections)
                    # the targets are at c=32; c=1 shows what a single client sees
                    target = f" (target <= 1.50) (medians of {ROUNDS} rounds)" if connections >= 32 else ""
                    print(
                        f"{f'stub {api.id} GET {path} ({name}), c={connections}':<58} {got.stub_rps:10.0f} req/s vs {got.bare_rps:8.0f} req/s   ratio {got.ratio:5.2f}"
                        f"  (target >= 0.60); p99 {got.stub_p99:.2f} ms vs {got.bare_p99:.2f} ms, ratio {got.p99_ratio:.2f}"
                        f"{target}"
                    )
                bench_prism(binary, api, url, name, path)
            finally:
                _stop(stub)
    finally:
        _stop(hello)
