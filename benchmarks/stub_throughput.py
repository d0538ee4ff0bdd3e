"""Stub throughput: wrk against the real-socket stub and a bare ASGI hello-world, same run."""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
import urllib.request

from generator import ir

DURATION = "5s"


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


def public_path(api: ir.ApiIR) -> tuple[str, str]:
    """A public GET without required arguments that the stub computes from the simulator (not a
    canned example): the market list if there is one (what clients load first), else the first."""
    mapped = [
        e
        for e in api.endpoints
        if e.method == "GET" and e.auth is None and not e.required_params and e.name in api.stub["endpoints"]
    ]
    ep = next((e for e in mapped if api.stub["endpoints"][e.name].get("action") == "markets"), mapped[0])
    return ep.name, ep.path


def bench(apis: list[ir.ApiIR]) -> None:
    binary = ensure_wrk()
    if binary is None:
        print("stub throughput: skipped, wrk is not installed and could not be installed (apt-get install wrk)")
        return
    hello, port = _start(["-m", "benchmarks.hello_asgi"])
    try:
        base = f"http://127.0.0.1:{port.strip()}/"
        for api in apis:
            name, path = public_path(api)
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
                    stub_rps, stub_p99 = wrk(binary, url, connections)
                    bare_rps, bare_p99 = wrk(binary, base, connections)
                    print(
                        f"{f'stub {api.id} GET {path} ({name}), c={connections}':<58} {stub_rps:10.0f} req/s vs {bare_rps:8.0f} req/s   ratio {stub_rps / bare_rps:5.2f}"
                        f"  (target >= 0.60); p99 {stub_p99:.2f} ms vs {bare_p99:.2f} ms"
                    )
            finally:
                _stop(stub)
    finally:
        _stop(hello)
