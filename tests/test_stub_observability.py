"""What a test author sees of a stub (issue 15 item 6, 7): why a request was refused, an index of the
control surface, a line per request at debug level, faults never used, the typed handle."""

from __future__ import annotations

import logging
import subprocess
import sys
import warnings
from decimal import Decimal
from typing import Any

import httpx
import pytest
from conftest import APIS
from stub_support import call_endpoint, public_endpoint

from exchange_bindings import errors
from exchange_bindings.runtime.pytest_plugin import _create, _finish
from exchange_bindings.runtime.stub.control import Fault, NewAccount, NewMarket, NewOrder
from exchange_bindings.runtime.stub.handle import StubHandle, UnusedFaultWarning
from generator import ir

API_LIST = list(APIS.values())


def _handle(api: ir.ApiIR, seed: int = 1) -> StubHandle[Any, Any]:
    return StubHandle(api.id, _create(api.id, seed))


def test_a_refusal_under_http_200_is_logged_with_its_code_and_reason() -> None:
    """CoinEx answers every error under HTTP 200: the log still says which code and which check."""
    handle = _handle(APIS["coinex_v2"])
    client = handle.client(max_retries=0)
    with pytest.raises(errors.APIError) as refused:
        client.spot_cancel_order(market="BTCUSDT", market_type="SPOT", order_id=424242)
    (entry,) = handle.requests()
    assert entry.status == 200 and entry.code == str(refused.value.code)
    assert entry.refused is not None and entry.refused.startswith("order_not_found")


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_an_unknown_market_is_logged_with_the_check_that_refused_it(api: ir.ApiIR) -> None:
    handle = _handle(api)
    with httpx.Client(transport=handle.stub.transport(), base_url="http://stub.invalid") as raw:
        raw.get("/no/such/path")
    (entry,) = handle.requests()
    assert entry.status == 404 and entry.refused is not None and entry.refused.startswith("unknown_route")
    assert entry.code == str(api.stub["rejections"]["unknown_route"])


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
    api = APIS["coinex_v2"]
    handle = _handle(api)
    with caplog.at_level(logging.DEBUG, logger="exchange_bindings.stub"):
        call_endpoint(api, handle.client(), public_endpoint(api))
        with httpx.Client(transport=handle.stub.transport(), base_url="http://stub.invalid") as raw:
            raw.get("/no/such/path")
    lines = [r.getMessage() for r in caplog.records if r.name == "exchange_bindings.stub"]
    assert len(lines) == 2 and " -> 200" in lines[0] and "(unknown_route:" in lines[1]


def test_serve_at_debug_level_logs_requests() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "exchange_bindings", "serve", "coinflex_v2", "--json", "--log-level", "debug"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        import json

        info = json.loads(proc.stdout.readline())
        httpx.get(info["rest"] + "/v2/nothing", timeout=10)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=15)
    assert "GET /v2/nothing" in err and "unknown_route" in err


def test_an_unknown_api_lists_the_known_ones() -> None:
    with pytest.raises(LookupError, match="coinex_v2"):
        _create("coinex", 0)


def test_a_fault_never_used_is_reported_at_the_end_of_the_test() -> None:
    api = APIS["coinflex_v2"]
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
    from exchange_bindings.runtime.stub.control import ControlError

    handle = _handle(APIS["coinex_v2"])
    with pytest.raises(ControlError, match="operation"):
        handle.add_fault(Fault(operation="no_such_operation", status=503))


def test_the_handle_carries_the_control_surface_typed() -> None:
    api = APIS["coinex_v2"]
    handle = _handle(api)
    handle.reset(seed=4, book_levels=0, trades=0)
    handle.add_market(
        NewMarket(
            symbol="NEWUSDT",
            base="NEW",
            quote="USDT",
            tick_size=Decimal("0.01"),
            lot_size=Decimal("0.1"),
            price=Decimal(5),
        )
    )
    handle.add_account(
        NewAccount(
            id="200001",
            balances={"USDT": Decimal(1000), "NEW": Decimal(10)},
            permissions=["read", "trade"],
            credentials={"api_key": "k-200001", "api_secret": "s-200001"},
        )
    )
    order = handle.place_order(
        NewOrder(account="200001", symbol="NEWUSDT", side="sell", quantity=Decimal(1), price=Decimal(6))
    )
    assert order.status == "open"
    client = handle.client(api_key="k-200001", api_secret="s-200001")
    assert [o.order_id for o in client.spot_get_open_orders(market="NEWUSDT", market_type="SPOT")] == [order.id]
    handle.limits(False)
    assert handle.control.limits is False
