"""`python -m exchange_bindings serve <api> --json` stops within 2 s of SIGTERM or SIGINT, exit status 0,
whatever its clients are doing: a request half sent, a scripted latency asleep (30 s, or endless), open
WebSockets, silent connections."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import ExitStack

import pytest
from conftest import APIS

from benchmarks.shutdown import BOUND, MARGIN, SCENARIOS, Served


@pytest.fixture
def served(request: pytest.FixtureRequest) -> Iterator[Served]:
    server = Served(request.param)
    yield server
    if server.proc.poll() is None:
        server.proc.kill()
        server.proc.wait()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=lambda s: signal.Signals(s).name)
@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize("served", list(APIS), indirect=True)
def test_serve_stops_promptly(served: Served, scenario: str, signum: int) -> None:
    with ExitStack() as stack:
        SCENARIOS[scenario](served, stack)
        status, took, stderr = served.stop(signum)
    assert status == 0, stderr
    assert took < BOUND + MARGIN, took
    assert "Traceback" not in stderr, stderr
