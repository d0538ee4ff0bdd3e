"""The views a pushed stream's client keeps (spec `state`), and commands correlated by fields of their own,
against the stub on a real socket: every view fills per scope from the connection's snapshots; an update
changes one row and a closing one removes it; a snapshot replaces its scope's rows and no other scope's;
a reconnect's snapshots replace what the connection before left. Driven by the spec's `state` sections."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import msgspec
import pytest
from conftest import APIS, generated, stream_spec

from exchange_bindings import errors
from exchange_bindings.runtime.stub.serve import ServerThread
from generator import ir

STATEFUL = [(api, st) for api in APIS.values() for st in api.streams if stream_spec(api.id, st.name).get("state")]


@pytest.fixture(params=STATEFUL, ids=lambda c: f"{c[0].id}.{c[1].name}")
def served(request: pytest.FixtureRequest) -> Iterator[tuple[ir.ApiIR, ir.StreamIR, Any, Any]]:
    api, st = request.param
    stub = generated(api.id, "stub").create_stub(seed=5)
    stub.reset(book_levels=0, trades=0)  # empty books: orders rest
    server = ServerThread(stub)
    base = server.start().replace("http", "ws")
    cls = getattr(generated(api.id, "streams"), st.class_name)
    with cls(url=base + stub.stream_paths()[st.name], **api.stub["accounts"][0]["credentials"]) as stream:
        yield api, st, stub, stream
    server.stop()


def _until(condition: Any, failure: str, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, failure
        time.sleep(0.02)


def _views(api: ir.ApiIR, st: ir.StreamIR) -> dict[str, Any]:
    return {k: v for k, v in stream_spec(api.id, st.name)["state"].items() if k != "source"}


def _venues(api: ir.ApiIR) -> list[str]:
    return list(api.stub["venues"]["list"])


def test_every_view_fills_per_scope_from_the_snapshots(served: tuple[Any, ...]) -> None:
    api, st, _, stream = served
    for name in _views(api, st):
        _until(lambda n=name: stream.state.scopes(n) == sorted(_venues(api)), f"{name}: not every scope came")
    balances = stream.state.balances("BINANCE")
    assert balances["USDT"].balance == Decimal("100000")  # the venue's own funds (stub.yaml)
    assert set(stream.state.symbols("BINANCE")) == {"BINANCE_SPOT_BTC_USDT", "BINANCE_SPOT_ETH_USDT"}


def test_updates_change_rows_and_closing_ones_remove_them(served: tuple[Any, ...]) -> None:
    stream = served[3]
    _until(lambda: stream.state.scopes("orders"), "no order snapshot")
    order = {"side": "BUY", "order_type": "LIMIT", "time_in_force": "GOOD_TILL_CANCEL"}
    placed = stream.new_order(
        exchange_id="KRAKEN",
        client_order_id="state-1",
        symbol_id_coinapi="KRAKEN_SPOT_BTC_USD",
        amount_order=Decimal("0.01"),
        price=Decimal("30000"),
        **order,
    )
    assert placed.status == "NEW"
    _until(lambda: "state-1" in stream.state.orders("KRAKEN"), "the placed order is not in its exchange's view")
    assert "state-1" not in stream.state.orders("BINANCE")
    cancelled = stream.cancel_order(exchange_id="KRAKEN", exchange_order_id=placed.exchange_order_id)
    assert cancelled.client_order_id == "state-1" and cancelled.status == "CANCELED"  # answered by the other id
    _until(lambda: "state-1" not in stream.state.orders("KRAKEN"), "a cancelled order stays in the view")


def test_a_snapshot_replaces_its_scope_only_and_a_reconnect_s_replace_all(served: tuple[Any, ...]) -> None:
    api, _, stub, stream = served
    _until(lambda: len(stream.state.scopes("balances")) == len(_venues(api)), "no balance snapshots")
    stub.ws_push({"type": "BALANCE_SNAPSHOT", "exchange_id": "KRAKEN", "data": []})
    _until(lambda: stream.state.balances("KRAKEN") == {}, "the snapshot did not replace its scope")
    assert stream.state.balances("BINANCE"), "another scope was touched"
    stub.ws_drop()
    _until(lambda: stream.state.balances("KRAKEN") != {}, "the reconnect's snapshots did not replace the view")


def test_cancel_all_is_answered_by_its_exchange_s_result_message(served: tuple[Any, ...]) -> None:
    """Correlated by exchange_id (a field of its own): the result message, shaped like a refusal, is its
    result; a refusal of it (an exchange the router does not serve) raises."""
    api, _, stub, stream = served
    account = api.stub["accounts"][0]["id"]
    for venue in ("KRAKEN", "BINANCE"):
        market = api.stub["venues"]["list"][venue]["markets"][0]
        stub.place_order(
            account, symbol=market["symbol"], side="buy", type="limit", quantity="1", price="1", venue=venue
        )
    result = stream.cancel_all(exchange_id="KRAKEN")
    assert result.exchange_id == "KRAKEN" and result.message.startswith("1 ")
    _until(lambda: stream.state.orders("KRAKEN") == {}, "the cancelled orders stay")
    assert len(stream.state.orders("BINANCE")) == 1
    with pytest.raises(errors.APIError) as refused:
        stream.cancel_all(exchange_id="NOWHERE")
    assert refused.value.code in api.config["errors"]["codes"]


_NUMBERS = msgspec.json.Encoder(decimal_format="number")  # the wire's JSON doubles


def _place(stream: Any, client_order_id: str, **more: Any) -> Any:
    order = {"side": "BUY", "order_type": "LIMIT", "time_in_force": "GOOD_TILL_CANCEL", **more}
    return stream.new_order(
        exchange_id="KRAKEN",
        client_order_id=client_order_id,
        symbol_id_coinapi="KRAKEN_SPOT_BTC_USD",
        amount_order=Decimal("0.01"),
        price=Decimal("30000"),
        **order,
    )


def test_a_late_update_does_not_bring_a_closed_row_back(served: tuple[Any, ...]) -> None:
    """An update overtaken by the one that closed its row (sent earlier, delivered later) is stale: the
    row stays closed; a snapshot that lists the row open is believed."""
    _, _, stub, stream = served
    placed = _place(stream, "late-1")
    _until(lambda: "late-1" in stream.state.orders("KRAKEN"), "the placed order is not in the view")
    assert stream.cancel_order(exchange_id="KRAKEN", client_order_id="late-1").status == "CANCELED"
    _until(lambda: "late-1" not in stream.state.orders("KRAKEN"), "a cancelled order stays in the view")
    stale = {**msgspec.json.decode(_NUMBERS.encode(placed)), "type": "ORDER_EXEC_REPORT_UPDATE", "status": "NEW"}
    stub.ws_push(_NUMBERS.encode(stale).decode())
    stub.ws_push({"type": "BALANCE_SNAPSHOT", "exchange_id": "KRAKEN", "data": []})  # a marker after it
    _until(lambda: stream.state.balances("KRAKEN") == {}, "the pushes did not arrive")
    assert "late-1" not in stream.state.orders("KRAKEN"), "a late update resurrected a closed order"
    listed = {"type": "ORDER_EXEC_REPORT_SNAPSHOT", "exchange_id": "KRAKEN", "data": [stale]}
    stub.ws_push(_NUMBERS.encode(listed).decode())
    _until(lambda: "late-1" in stream.state.orders("KRAKEN"), "a snapshot listing the order open is not believed")


def test_a_reconnect_clears_the_views_before_its_snapshots(served: tuple[Any, ...]) -> None:
    """What the last connection left is gone after a reconnect (a scope the new snapshots do not name
    too): the views hold the new connection's snapshots only."""
    api, _, stub, stream = served
    row = {"asset_id_exchange": "GHO", "asset_id_coinapi": "GHO", "balance": 1, "available": 1, "locked": 0}
    stub.ws_push({"type": "BALANCE_SNAPSHOT", "exchange_id": "GHOST", "data": [row]})
    _until(lambda: "GHOST" in stream.state.scopes("balances"), "the pushed snapshot did not arrive")
    stub.ws_drop()
    _until(lambda: stream.reconnects >= 1, "no reconnect")
    _until(lambda: set(_venues(api)) <= set(stream.state.scopes("balances")), "no snapshots after the reconnect")
    assert stream.state.scopes("balances") == sorted(_venues(api)), "a scope of the last connection stayed"


def test_a_late_answer_is_not_taken_for_a_later_command_s(served: tuple[Any, ...]) -> None:
    """A placement's answer held back beyond the command timeout, then a cancel of the same client order
    id: the late execution report (status NEW) answered the placement, not the cancel, which gets its own."""
    api, st, stub, stream = served
    cls = getattr(generated(api.id, "streams"), st.class_name)
    creds = api.stub["accounts"][0]["credentials"]
    with cls(url=stream.stream.url, command_timeout=3.0, **creds) as quick:
        _until(lambda: quick.state.scopes("orders"), "no order snapshot")
        stub.ws_stall(4.0)  # beyond the placement's timeout; over a second before the cancel's ends
        with pytest.raises(errors.CommandOutcomeUnknown):
            _place(quick, "owed-1")
        cancelled = quick.cancel_order(exchange_id="KRAKEN", client_order_id="owed-1")
        assert cancelled.status == "CANCELED", "the placement's late answer was taken as the cancel's"


def _follows(stub: Any, stream: Any, account: str, venue: str, assets: tuple[str, ...], what: str) -> None:
    """The balance view of `venue` shows what the simulator holds for `account` (total, locked, available)."""

    def held() -> dict[str, tuple[Decimal, Decimal]]:
        balances = stub.state(venue)["accounts"][account]["balances"]
        return {a: (Decimal(balances[a]["total"]), Decimal(balances[a]["reserved"])) for a in assets}

    def seen() -> dict[str, tuple[Decimal, Decimal]]:
        rows = stream.state.balances(venue)
        return {a: (rows[a].balance, rows[a].locked) for a in assets if a in rows}

    _until(lambda: seen() == held(), f"after {what}: the balance view {seen()} is not the venue's {held()}")
    for asset in assets:
        row = stream.state.balances(venue)[asset]
        assert row.available == row.balance - row.locked


def test_balance_updates_carry_the_amounts_after_each_change(served: tuple[Any, ...]) -> None:
    """BALANCE_UPDATE after a placement (funds locked), a cancel (given back) and a fill (moved), with the
    venue's real amounts; the balance view follows them, and another venue's is not touched."""
    api, _, stub, stream = served
    account, other = (a["id"] for a in api.stub["accounts"][:2])
    _until(lambda: len(stream.state.scopes("balances")) == len(_venues(api)), "no balance snapshots")
    elsewhere = stream.state.balances("BINANCE")
    _place(stream, "bal-1")
    _follows(stub, stream, account, "KRAKEN", ("USD", "BTC"), "a placement")
    assert stream.state.balances("KRAKEN")["USD"].locked == Decimal("300")  # 0.01 at 30000
    stream.cancel_order(exchange_id="KRAKEN", client_order_id="bal-1")
    _follows(stub, stream, account, "KRAKEN", ("USD", "BTC"), "a cancel")
    assert stream.state.balances("KRAKEN")["USD"].locked == 0
    stub.place_order(
        other, symbol="KRAKEN_SPOT_BTC_USD", side="sell", type="limit", quantity="0.01", price="30000", venue="KRAKEN"
    )
    before = stream.state.balances("KRAKEN")["BTC"].balance
    assert _place(stream, "bal-2").status in ("FILLED", "PARTIALLY_FILLED", "NEW")
    _follows(stub, stream, account, "KRAKEN", ("USD", "BTC"), "a fill")
    assert stream.state.balances("KRAKEN")["BTC"].balance == before + Decimal("0.01")
    assert stream.state.balances("BINANCE") == elsewhere
