"""What a test author sees of a stub (issue 15 item 6, 7): why a request was refused, an index of the
control surface, a line per request at debug level, faults never used, the typed handle."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import warnings
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import APIS
from mypy import api as mypy_api
from stub_driver import Driver
from stub_support import call_endpoint, public_endpoint, trading_market

from exchange_bindings import errors
from exchange_bindings.runtime.pytest_plugin import _create, _finish
from exchange_bindings.runtime.stub.builders import Fault, NewAccount, NewMarket, NewOrder
from exchange_bindings.runtime.stub.handle import StubHandle, UnusedFaultWarning
from exchange_bindings.runtime.transports.websocket.keys import stream_keys
from generator import ir

API_LIST = list(APIS.values())


def _handle(api: ir.ApiIR, seed: int = 1) -> StubHandle[Any, Any]:
    return StubHandle(api.id, _create(api.id, seed))


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_an_unknown_market_is_logged_with_the_check_that_refused_it(api: ir.ApiIR) -> None:
    handle = _handle(api)
    with httpx.Client(transport=handle.stub.transport(), base_url="http://stub.invalid") as raw:
        raw.get("/no/such/path")
    (entry,) = handle.requests()
    assert entry.status == 404 and entry.refused is not None and entry.refused.startswith("unknown_route")
    assert str(entry.code) == str(api.stub["rejections"]["unknown_route"])


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_the_control_index_lists_every_control_endpoint(api: ir.ApiIR) -> None:
    handle = _handle(api)
    with httpx.Client(transport=handle.stub.transport(), base_url="http://stub.invalid") as raw:
        index = raw.get("/__stub__/").json()["endpoints"]
        assert {(e["path"], e["method"]) for e in index} >= {
            ("/__stub__/reset", "POST"),
            ("/__stub__/faults", "DELETE"),
        }
        assert all(e["does"] for e in index)
        missing = raw.get("/__stub__/nothing")
    assert missing.status_code == 404 and "/__stub__/ lists them" in missing.json()["error"]


def test_debug_logging_gives_a_line_per_request(caplog: pytest.LogCaptureFixture) -> None:
    api = API_LIST[0]
    handle = _handle(api)
    with caplog.at_level(logging.DEBUG, logger="exchange_bindings.stub"):
        call_endpoint(api, handle.client(), public_endpoint(api))
        with httpx.Client(transport=handle.stub.transport(), base_url="http://stub.invalid") as raw:
            raw.get("/no/such/path")
    lines = [r.getMessage() for r in caplog.records if r.name == "exchange_bindings.stub"]
    assert len(lines) == 2 and " -> 200" in lines[0] and "(unknown_route:" in lines[1]
    assert all(re.search(r" \d+\.\d ms$", line) for line in lines), lines  # how long the stub took


def test_serve_at_debug_level_logs_requests() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "exchange_bindings", "serve", API_LIST[-1].id, "--json", "--log-level", "debug"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        import json

        info = json.loads(proc.stdout.readline())
        httpx.get(info["rest"] + "/no/such/path", timeout=10)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=15)
    assert "GET /no/such/path" in err and "unknown_route" in err


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_an_unknown_api_names_the_one_meant_and_lists_the_known_ones(api: ir.ApiIR) -> None:
    misspelt = api.id.rpartition("_")[0]  # the id without its version
    with pytest.raises(LookupError) as caught:
        _create(misspelt, 0)
    assert api.id in str(caught.value).partition("did you mean ")[2].partition("?")[0]
    assert all(other.id in str(caught.value) for other in API_LIST)


def test_a_fault_never_used_is_reported_at_the_end_of_the_test() -> None:
    api = API_LIST[-1]
    handle = _handle(api)
    other = next(ep.name for ep in api.endpoints if ep.name != public_endpoint(api).name)
    unused = handle.add_fault(Fault(operation=other, status=503))
    used = handle.add_fault(Fault(status=500, times=1))
    with pytest.raises(errors.APIError):
        call_endpoint(api, handle.client(max_retries=0), public_endpoint(api))
    assert handle.unused_faults() == [unused] and used not in handle.unused_faults()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _finish(handle)
    assert [type(w.message) for w in caught] == [UnusedFaultWarning]


def test_a_fault_for_an_unknown_operation_is_refused() -> None:
    from exchange_bindings.runtime.stub.builders import ControlError

    api = API_LIST[0]
    handle = _handle(api)
    meant = api.endpoints[-1].name
    with pytest.raises(ControlError) as caught:
        handle.add_fault(Fault(operation=meant + "s", status=503))
    assert caught.value.field == "operation" and f"did you mean {meant}" in caught.value.message
    assert all(ep.name in caught.value.message for ep in api.endpoints)  # every known one listed
    assert handle.unused_faults() == []


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_the_handle_carries_the_control_surface_typed(api: ir.ApiIR) -> None:
    handle = _handle(api)
    handle.reset(seed=4, book_levels=0, trades=0)
    market = trading_market(api)
    credentials = {name: f"{name}-typed" for name in api.stub["accounts"][0]["credentials"]}
    funds = {market["base"]: Decimal(100), market["quote"]: Decimal(10**6)}
    handle.add_account(NewAccount(id="typed-1", balances=funds, permissions=["read", "trade"], credentials=credentials))
    quantity = Decimal(str(market.get("min_quantity", market["lot_size"])))
    price = Decimal(str(market["price"]))
    order = handle.place_order(
        NewOrder(
            account="typed-1",
            symbol=market["symbol"],
            side="sell",
            quantity=quantity,
            price=price,
            client_order_id="71",
        )
    )
    assert order.status == "open"
    rows, _ = Driver(api).call(handle.client(**credentials), "open_orders", symbol=market["symbol"])
    assert [str(row["id"]) for row in rows] == [str(order.id)]
    new = {**{k: v for k, v in market.items() if k in ("base", "quote", "kind")}, "symbol": market["symbol"] + "X"}
    handle.add_market(NewMarket(**new, tick_size=Decimal(str(market["tick_size"])), price=price))
    assert new["symbol"] in handle.venue().markets
    handle.limits(False)
    assert handle.control.limits is False


# each route of the control surface over HTTP, and the handle's method that does the same in-process
HANDLE_METHODS = {
    ("", "GET"): None,  # the index of the HTTP surface itself
    ("reset", "POST"): "reset",
    ("faults", "POST"): "add_fault",
    ("faults", "DELETE"): "clear_faults",
    ("limits", "POST"): "limits",
    ("requests", "GET"): "requests",
    ("accounts", "POST"): "add_account",
    ("keys", "POST"): "add_key",
    ("markets", "POST"): "add_market",
    ("orders", "POST"): "place_order",
    ("deposits", "POST"): "deposit",
    ("prices", "POST"): "set_index",
    ("referrals", "POST"): "refer",
    ("state", "GET"): "state",
    ("ws/push", "POST"): "ws_push",
    ("ws/drop", "POST"): "ws_drop",
    ("ws/stall", "POST"): "ws_stall",
    ("ws/keys", "POST"): "ws_keys",
}


def test_the_handle_has_a_method_for_every_control_route() -> None:
    from exchange_bindings.runtime.stub.control import ROUTES

    assert {(name, method) for name, methods in ROUTES.items() for method in methods} == set(HANDLE_METHODS)
    missing = [m for m in HANDLE_METHODS.values() if m is not None and not callable(getattr(StubHandle, m, None))]
    assert missing == []


def test_the_handle_shortens_listen_keys() -> None:
    handle = _handle(API_LIST[0])
    assert handle.ws_keys(1.5) == len(handle.venues)
    assert all(stream_keys(handle.venue(v)).validity_ms == 1500 for v in handle.venues)


def test_the_handle_and_its_clients_are_typed_per_api(monkeypatch: pytest.MonkeyPatch) -> None:
    """mypy sees each API's Client and AsyncClient through its Handle, and refuses untyped builder input."""
    lines = [
        "from decimal import Decimal",
        "from exchange_bindings.runtime.pytest_plugin import StubFactory",
        "from exchange_bindings.runtime.stub.builders import Fault, NewAccount, NewMarket",
    ]
    for api in API_LIST:
        lines += [
            f"from exchange_bindings.{api.id}.stub import Handle as {api.id}_Handle",
            f"def _{api.id}(exchange_stub: StubFactory) -> None:",
            f"    stub: {api.id}_Handle = exchange_stub({api.id!r})",
            "    reveal_type(stub.client())",
            "    reveal_type(stub.async_client())",
            "    stub.add_fault(Fault(times=2, status=503))",
            "    stub.add_account(NewAccount(id='x', balances={'USD': Decimal(1)}))",
            "    stub.add_market(NewMarket(symbol='A-B', base='A', quote='B', tick_size=Decimal('0.1')))",
            "    stub.ws_keys(1.5)",
        ]
    lines += [
        f"def _wrong(stub: {API_LIST[0].id}_Handle) -> None:",
        "    stub.add_fault(times=2)",
        "    stub.client().no_such_call()",
    ]
    monkeypatch.setenv("MYPYPATH", str(Path(__file__).parent.parent / "generated"))  # an editable install
    out, err, _ = mypy_api.run(["--strict", "--no-incremental", "-c", "\n".join(lines)])
    revealed = [line.partition("Revealed type is ")[2] for line in out.splitlines() if "Revealed type" in line]
    expected = [f'"exchange_bindings.{a.id}.client.{kind}"' for a in API_LIST for kind in ("Client", "AsyncClient")]
    assert revealed == expected, out + err
    errors_seen = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors_seen) == 2 and "add_fault" in errors_seen[0] and "no_such_call" in errors_seen[1], out


def test_pytest_reports_a_fault_left_unused_by_a_test(tmp_path: Path) -> None:
    """Through the package's plugin, as a user's pytest run meets it (no conftest): the warning names the fault."""
    api = API_LIST[0]
    operation = api.endpoints[0].name
    (tmp_path / "test_unused.py").write_text(
        "from exchange_bindings.runtime.stub.builders import Fault\n\n"
        "def test_scripts_a_fault_and_never_meets_it(exchange_stub):\n"
        f"    exchange_stub({api.id!r}).add_fault(Fault(operation={operation!r}, status=503))\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_unused.py"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0 and "1 passed, 1 warning" in result.stdout, result.stdout
    assert "UnusedFaultWarning" in result.stdout and operation in result.stdout


def _code_type(api: ir.ApiIR) -> type:
    """The type the spec declares for the API's error codes: its envelope's code field (int or str)."""
    field = (api.envelope or {}).get("fields", {}).get(api.config["errors"].get("code_field") or "", {})
    return int if field.get("type") == "integer" else str


@pytest.mark.parametrize("api", [a for a in API_LIST if a.config["errors"].get("code_field")], ids=lambda a: a.id)
def test_error_codes_have_the_type_the_spec_declares(api: ir.ApiIR) -> None:
    """The same code has one type in the wire body, the client's error, the request log and a fault's answer."""
    kind = _code_type(api)
    handle = _handle(api)
    ep = public_endpoint(api)
    unknown = str(api.stub["rejections"]["unknown_route"])
    with httpx.Client(transport=handle.stub.transport(), base_url="http://stub.invalid") as raw:
        body = raw.get("/no/such/path").json()
    assert (
        type(body[api.config["errors"]["code_field"]]) is kind
        and str(body[api.config["errors"]["code_field"]]) == unknown
    )
    assert type(handle.requests()[-1].code) is kind
    fault_code = kind(next(iter(api.config["errors"]["codes"])))
    handle.add_fault(Fault(code=fault_code, operation=ep.name))
    with pytest.raises(errors.APIError) as caught:
        call_endpoint(api, handle.client(max_retries=0), ep)
    assert caught.value.code == fault_code and type(caught.value.code) is kind
    assert handle.requests()[-1].code == fault_code
