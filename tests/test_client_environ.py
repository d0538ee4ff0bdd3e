"""Settings from the environment (runtime/environ.py): credentials and the environment from
EXCHANGE_BINDINGS_<API>_* variables with the argument winning, a missing credential named with its variable,
and logging people can switch on (INFO per retry, DEBUG per request and response, EXCHANGE_BINDINGS_LOG)."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from typing import Any

import httpx
import pytest
from conftest import APIS, generated
from stub_support import demo_credentials

from benchmarks.limits import kwargs, wire_values
from exchange_bindings import errors
from exchange_bindings.runtime.environ import variable
from generator import ir


def _signed_get(api: ir.ApiIR) -> ir.EndpointIR:
    """A signed GET without required parameters that the stub answers from the simulator."""
    return next(
        ep
        for ep in api.endpoints
        if ep.method == "GET" and ep.auth is not None and not ep.required_params and ep.name in api.stub["endpoints"]
    )


SIGNED = [api for api in APIS.values() if any(ep.auth is not None for ep in api.endpoints)]


def _stub_client(api: ir.ApiIR, stub: Any, *, is_async: bool = False, **credentials: str) -> Any:
    transport = stub.async_transport() if is_async else stub.transport()
    http = (httpx.AsyncClient if is_async else httpx.Client)(transport=transport)
    cls = generated(api.id).AsyncClient if is_async else generated(api.id).Client
    return cls(base_url="http://stub.invalid", http_client=http, max_retries=0, **credentials)


def _environ(monkeypatch: pytest.MonkeyPatch, api: ir.ApiIR, credentials: dict[str, str]) -> None:
    for name in api.credentials:
        monkeypatch.delenv(variable(api.id, name), raising=False)
    for name, value in credentials.items():
        monkeypatch.setenv(variable(api.id, name), value)


@pytest.mark.parametrize("api", SIGNED, ids=lambda a: a.id)
def test_credentials_from_the_environment_sign_calls_sync_and_async(
    api: ir.ApiIR, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub = generated(api.id, "stub").create_stub(seed=1)
    ep = _signed_get(api)
    _environ(monkeypatch, api, demo_credentials(api))
    with _stub_client(api, stub) as client:  # no credential in code
        getattr(client, ep.name)(**kwargs(api, ep, wire_values(api, ep)))

    async def run() -> None:
        async with _stub_client(api, stub, is_async=True) as client:
            await getattr(client, ep.name)(**kwargs(api, ep, wire_values(api, ep)))

    asyncio.run(run())


@pytest.mark.parametrize("api", SIGNED, ids=lambda a: a.id)
def test_an_argument_wins_over_the_environment(api: ir.ApiIR, monkeypatch: pytest.MonkeyPatch) -> None:
    stub = generated(api.id, "stub").create_stub(seed=1)
    ep = _signed_get(api)
    wrong = {name: f"not-{value}" for name, value in demo_credentials(api).items()}
    _environ(monkeypatch, api, wrong)
    with _stub_client(api, stub, **demo_credentials(api)) as client:  # right in code, wrong in the environment
        getattr(client, ep.name)(**kwargs(api, ep, wire_values(api, ep)))
    _environ(monkeypatch, api, demo_credentials(api))
    with _stub_client(api, stub, **wrong) as client, pytest.raises(errors.APIError):  # and the other way round
        getattr(client, ep.name)(**kwargs(api, ep, wire_values(api, ep)))


@pytest.mark.parametrize("api", SIGNED, ids=lambda a: a.id)
def test_a_missing_credential_names_its_argument_and_variable(api: ir.ApiIR, monkeypatch: pytest.MonkeyPatch) -> None:
    _environ(monkeypatch, api, {})
    ep = _signed_get(api)
    stub = generated(api.id, "stub").create_stub(seed=1)
    with _stub_client(api, stub) as client, pytest.raises(errors.ParameterError) as caught:
        getattr(client, ep.name)(**kwargs(api, ep, wire_values(api, ep)))
    scheme = api.config["auth"]["schemes"][ep.auth]
    first = scheme["credentials"][0] if "credentials" in scheme else api.credentials[0]
    assert first in str(caught.value) and variable(api.id, first) in str(caught.value)


@pytest.mark.parametrize("api", list(APIS.values()), ids=lambda a: a.id)
def test_the_environment_comes_from_its_variable_and_the_argument_wins(
    api: ir.ApiIR, monkeypatch: pytest.MonkeyPatch
) -> None:
    environments = api.config["servers"]["environments"]
    default = api.config["servers"]["default"]
    other = next((e for e in environments if e != default), default)
    monkeypatch.setenv(variable(api.id, "environment"), other)
    Client = generated(api.id).Client
    with Client() as client:
        assert client.base_url == environments[other]["rest"].rstrip("/")
    with Client(environment=default) as client:
        assert client.base_url == environments[default]["rest"].rstrip("/")


# -- logging -----------------------------------------------------------------------------------------------
LOGGED = SIGNED[0]  # any API with signed calls


def test_a_retry_is_an_info_line_and_each_request_a_debug_line(caplog: pytest.LogCaptureFixture) -> None:
    api = LOGGED
    stub = generated(api.id, "stub").create_stub(seed=1)
    ep = _signed_get(api)
    stub.control.add_fault(times=1, operation=ep.name, status=503)
    creds = demo_credentials(api)
    http = httpx.Client(transport=stub.transport())
    with caplog.at_level(logging.DEBUG, logger="exchange_bindings"):
        client = generated(api.id).Client(base_url="http://stub.invalid", http_client=http, **creds)
        getattr(client, ep.name)(**kwargs(api, ep, wire_values(api, ep)))
    mine = [r for r in caplog.records if r.name == "exchange_bindings"]  # the client's (the stub logs too)
    infos = [r.getMessage() for r in mine if r.levelno == logging.INFO]
    debugs = [r.getMessage() for r in mine if r.levelno == logging.DEBUG]
    assert any(f"{ep.name}: attempt 1 failed" in m for m in infos), infos
    assert any("-> 503 in" in m for m in debugs), debugs
    assert any("-> 200 in" in m for m in debugs), debugs
    logged = "\n".join(r.getMessage() for r in mine)
    assert "?" not in logged  # no query string: signatures and keys travel there
    assert all(value not in logged for value in creds.values())


def test_an_error_says_how_many_attempts_the_call_made() -> None:
    api = LOGGED
    stub = generated(api.id, "stub").create_stub(seed=1)
    ep = _signed_get(api)
    stub.control.add_fault(times=None, operation=ep.name, status=503)
    http = httpx.Client(transport=stub.transport())
    client = generated(api.id).Client(
        base_url="http://stub.invalid", http_client=http, max_retries=2, **demo_credentials(api)
    )
    with pytest.raises(errors.ExchangeError) as caught:
        getattr(client, ep.name)(**kwargs(api, ep, wire_values(api, ep)))
    assert caught.value.attempts == 3


def test_the_log_switch_writes_debug_lines_to_stderr() -> None:
    """EXCHANGE_BINDINGS_LOG=debug, in a fresh process: every request and its answer on stderr."""
    api = LOGGED
    ep = _signed_get(api)
    script = (
        "import httpx\n"
        f"from exchange_bindings.{api.id} import Client\n"
        f"from exchange_bindings.{api.id}.stub import create_stub\n"
        "stub = create_stub(seed=1)\n"
        f"Client(base_url='http://stub.invalid', **{demo_credentials(api)!r}).close()\n"  # a second client: no second handler
        f"client = Client(base_url='http://stub.invalid', http_client=httpx.Client(transport=stub.transport()), **{demo_credentials(api)!r})\n"
        f"client.{ep.name}(**{kwargs(api, ep, wire_values(api, ep))!r})\n"
    )
    env = {**os.environ, "EXCHANGE_BINDINGS_LOG": "debug"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert (
        done.stderr.count(f"DEBUG exchange_bindings: {ep.name}: GET {ep.path} -> 200 in") == 1
    )  # once, not per client
    quiet = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                           env={k: v for k, v in os.environ.items() if k != "EXCHANGE_BINDINGS_LOG"})  # fmt: skip
    assert quiet.returncode == 0 and "exchange_bindings" not in quiet.stderr
