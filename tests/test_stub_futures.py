"""Futures on the CoinEx stub, through its generated client: spot and futures accounts with transfers,
leverage and margin mode, positions opened by crossing two demo accounts and closed with realised PnL,
stop orders that wait for their trigger, per-item codes of batch endpoints, and markets of one kind
refused by the other kind's endpoints (parametrised over the stub's markets and mapped endpoints).

The API is found by its stub (the one that names futures markets in a futures_market word table), so
that no exchange fact is written here (tests/test_single_source.py)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import msgspec
import pytest
from conftest import APIS, generated
from stub_support import build_request, signed

from benchmarks.limits import kwargs, wire_values
from exchange_bindings import errors
from generator import ir

API = next(api for api in APIS.values() if "futures_market" in api.stub.get("values", {}))
STUB = API.stub
Client = generated(API.id).Client
create_stub = generated(API.id, "stub").create_stub
NAMES: dict[str, str] = STUB["values"]["futures_market"]  # simulator symbol -> CoinEx name
SPOT_NAMES = {m["symbol"] for m in STUB["markets"] if m.get("kind", "spot") == "spot"}
FUTURES_NAMES = {NAMES[m["symbol"]] for m in STUB["markets"] if m.get("kind") == "perpetual"}
SPOT_ONLY = sorted(SPOT_NAMES - FUTURES_NAMES)
FUTURES_ONLY = sorted(FUTURES_NAMES - SPOT_NAMES)
CODES = STUB["rejections"]
D = Decimal


@pytest.fixture
def stub() -> Any:
    """A stub with empty books and no trade history: every price is the tests' own."""
    stub = create_stub(seed=3)
    stub.reset(book_levels=0, trades=0)
    return stub


def _client(stub: Any, account: int) -> Any:
    http = httpx.Client(transport=stub.transport())
    return Client(base_url="http://stub.invalid", http_client=http, **STUB["accounts"][account]["credentials"])


@pytest.fixture
def alice(stub: Any) -> Iterator[Any]:
    with _client(stub, 0) as client:
        yield client


@pytest.fixture
def bob(stub: Any) -> Iterator[Any]:
    with _client(stub, 1) as client:
        yield client


def _rows(result: Any) -> list[dict[str, Any]]:
    data = msgspec.to_builtins(result)
    return data if isinstance(data, list) else [data]


def _usdt(rows: Any) -> dict[str, Any]:
    return next(r for r in _rows(rows) if r["ccy"] == "USDT")


def _refused(call: Any, code: str) -> errors.APIError:
    with pytest.raises(errors.APIError) as caught:
        call()
    assert str(caught.value.code) == code, caught.value
    return caught.value


# -- wallets and transfers ------------------------------------------------------------------------------
def test_transfer_moves_funds_between_the_spot_and_futures_accounts(alice: Any) -> None:
    spot, futures = _usdt(alice.get_spot_balance()), _usdt(alice.get_futures_balance())
    alice.transfer(from_account_type="SPOT", to_account_type="FUTURES", ccy="USDT", amount="1234.5")
    assert D(_usdt(alice.get_spot_balance())["available"]) == D(spot["available"]) - D("1234.5")
    after = _usdt(alice.get_futures_balance())
    assert D(after["available"]) == D(futures["available"]) + D("1234.5")
    assert D(after["transferrable"]) == D(after["equity"]) == D(after["available"])
    (record,) = _rows(alice.get_transfer_history(ccy="USDT", transfer_type="FUTURES"))
    assert (record["from_account_type"], record["to_account_type"], D(record["amount"]), record["status"]) == (
        "SPOT",
        "FUTURES",
        D("1234.5"),
        "finished",
    )
    alice.transfer(from_account_type="FUTURES", to_account_type="SPOT", ccy="USDT", amount="34.5")
    assert D(_usdt(alice.get_spot_balance())["available"]) == D(spot["available"]) - 1200
    assert [r["from_account_type"] for r in _rows(alice.get_transfer_history(ccy="USDT", transfer_type="FUTURES"))] == [
        "FUTURES",
        "SPOT",
    ]  # newest first
    assert not _rows(alice.get_transfer_history(ccy="USDT", transfer_type="MARGIN"))


def test_transfer_beyond_the_balance_is_refused(alice: Any) -> None:
    futures = D(_usdt(alice.get_futures_balance())["transferrable"])
    _refused(
        lambda: alice.transfer(
            from_account_type="FUTURES", to_account_type="SPOT", ccy="USDT", amount=str(futures + 1)
        ),
        CODES["insufficient_funds"],
    )
    _refused(
        lambda: alice.transfer(from_account_type="SPOT", to_account_type="SPOT", ccy="USDT", amount="1"),
        CODES["invalid_parameter"],
    )


def test_futures_margin_comes_from_the_futures_account_only(alice: Any) -> None:
    """With the futures account emptied, an order is refused although the spot account holds plenty."""
    futures = _usdt(alice.get_futures_balance())["available"]
    alice.transfer(from_account_type="FUTURES", to_account_type="SPOT", ccy="USDT", amount=futures)
    assert D(_usdt(alice.get_spot_balance())["available"]) > 1_000_000
    _refused(
        lambda: alice.futures_place_order(
            market="BTCUSDT", market_type="FUTURES", side="buy", type="limit", amount="0.1", price="29000"
        ),
        CODES["insufficient_funds"],
    )
    alice.transfer(from_account_type="SPOT", to_account_type="FUTURES", ccy="USDT", amount="290")  # 0.1 x 29000 / 10
    order = alice.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="buy", type="limit", amount="0.1", price="29000"
    )
    assert order.status == "open"
    balance = _usdt(alice.get_futures_balance())
    assert (D(balance["frozen"]), D(balance["available"])) == (D(290), 0)


# -- leverage, positions, PnL --------------------------------------------------------------------------
def test_position_with_leverage_and_margin_mode_then_closed_with_realised_pnl(alice: Any, bob: Any) -> None:
    setting = alice.futures_adjust_position_leverage(
        market="BTCUSDT", market_type="FUTURES", margin_mode="isolated", leverage=5
    )
    assert (setting.margin_mode, setting.leverage) == ("isolated", 5)
    before = D(_usdt(alice.get_futures_balance())["available"])

    bob.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="sell", type="limit", amount="2", price="30000"
    )
    bought = alice.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="buy", type="limit", amount="2", price="30000"
    )
    assert bought.status == "filled" and D(bought.fee) == D(60000) * D("0.0005")  # taker

    (long,) = alice.futures_get_pending_positions(market_type="FUTURES")
    assert (long.market, long.side, long.margin_mode, long.leverage) == ("BTCUSDT", "long", "isolated", D(5))
    assert (D(long.open_interest), D(long.avg_entry_price), D(long.margin_avbl)) == (D(2), D(30000), D(12000))
    (short,) = bob.futures_get_pending_positions(market_type="FUTURES", market="BTCUSDT")
    assert (short.side, short.margin_mode, short.leverage, D(short.margin_avbl)) == ("short", "cross", D(10), D(6000))

    balance = _usdt(alice.get_futures_balance())
    assert D(balance["margin"]) == D(12000)  # 2 x 30000 / 5, held in the futures account
    assert D(balance["available"]) == before - 12000 - D(30)

    bob.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="buy", type="limit", amount="2", price="31000"
    )
    assert D(_usdt(alice.get_futures_balance())["unrealized_pnl"]) == 0  # no trade at 31000 yet
    closing = alice.futures_close_position(market="BTCUSDT", market_type="FUTURES", type="market")
    assert (closing.side, D(closing.filled_amount), D(closing.realized_pnl)) == ("sell", D(2), D(2000))

    assert not alice.futures_get_pending_positions(market_type="FUTURES")
    after = _usdt(alice.get_futures_balance())
    fees = D(30) + D(62000) * D("0.0005")
    assert (D(after["margin"]), D(after["frozen"])) == (0, 0)
    assert D(after["available"]) == before + 2000 - fees
    (finished,) = alice.futures_get_finished_positions(market_type="FUTURES")
    assert (finished.position_id, finished.finished_type, D(finished.realized_pnl)) == (
        long.position_id,
        "market",
        2000 - fees,
    )


def test_unrealised_pnl_follows_the_last_price_and_limits_transfers(alice: Any, bob: Any, stub: Any) -> None:
    bob.futures_place_order(
        market="ETHUSDT", market_type="FUTURES", side="sell", type="limit", amount="10", price="2000"
    )
    alice.futures_place_order(
        market="ETHUSDT", market_type="FUTURES", side="buy", type="limit", amount="10", price="2000"
    )
    # a trade at 1900 between the second account and a third moves the last price
    stub.add_account("third", {}, wallets={"futures": {"USDT": "100000"}})
    stub.place_order("third", symbol="ETHUSDT-SWAP", side="sell", type="limit", quantity=D(1), price=D(1900))
    bob.futures_place_order(market="ETHUSDT", market_type="FUTURES", side="buy", type="limit", amount="1", price="1900")
    (position,) = alice.futures_get_pending_positions(market_type="FUTURES")
    loss = 10 * (1900 - 2000)
    assert D(position.unrealized_pnl) == loss
    balance = _usdt(alice.get_futures_balance())
    assert D(balance["unrealized_pnl"]) == loss
    assert D(balance["transferrable"]) == D(balance["available"]) - 1000
    assert D(balance["equity"]) == D(balance["available"]) + D(balance["margin"]) - 1000


def test_leverage_is_per_account_and_market_and_bounded(alice: Any, bob: Any) -> None:
    alice.futures_adjust_position_leverage(market="BTCUSDT", market_type="FUTURES", margin_mode="cross", leverage=20)
    bob.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="buy", type="limit", amount="1", price="24000"
    )
    alice.futures_place_order(
        market="ETHUSDT", market_type="FUTURES", side="buy", type="limit", amount="1", price="1000"
    )
    alice.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="buy", type="limit", amount="1", price="24000"
    )
    assert D(_usdt(alice.get_futures_balance())["frozen"]) == D(1200) + D(100)  # 24000/20 + 1000/10 (default)
    assert D(_usdt(bob.get_futures_balance())["frozen"]) == D(2400)  # bob keeps the default 10
    _refused(
        lambda: alice.futures_adjust_position_leverage(
            market="BTCUSDT", market_type="FUTURES", margin_mode="cross", leverage=1000
        ),
        CODES["invalid_parameter"],
    )


def test_margin_mode_cannot_change_under_an_open_position_and_margin_can_be_added(alice: Any, bob: Any) -> None:
    alice.futures_adjust_position_leverage(market="BTCUSDT", market_type="FUTURES", margin_mode="isolated", leverage=10)
    bob.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="buy", type="limit", amount="1", price="30000"
    )
    alice.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="sell", type="limit", amount="1", price="30000"
    )
    _refused(
        lambda: alice.futures_adjust_position_leverage(
            market="BTCUSDT", market_type="FUTURES", margin_mode="cross", leverage=10
        ),
        CODES["invalid_parameter"],
    )
    position = alice.futures_adjust_position_margin(market="BTCUSDT", market_type="FUTURES", amount="500")
    assert (D(position.margin_avbl), D(position.liq_price)) == (D(3500), D(33500))  # a short: entry + margin
    _refused(
        lambda: alice.futures_adjust_position_margin(market="BTCUSDT", market_type="FUTURES", amount="-600"),
        CODES["invalid_parameter"],  # below the initial margin (3000)
    )
    alice.futures_adjust_position_leverage(market="BTCUSDT", market_type="FUTURES", margin_mode="isolated", leverage=2)
    (position,) = alice.futures_get_pending_positions(market_type="FUTURES")
    assert (position.leverage, D(position.margin_avbl)) == (D(2), D(15000))
    changes = _rows(alice.futures_get_position_margin_history(market_type="FUTURES", market="BTCUSDT"))
    assert [D(c["margin_change"]) for c in changes] == [D(11500), D(500)]  # newest first
    _refused(
        lambda: bob.futures_adjust_position_margin(market="BTCUSDT", market_type="FUTURES", amount="10"),
        CODES["invalid_parameter"],  # bob's position is cross
    )
    _refused(
        lambda: bob.futures_close_position(market="ETHUSDT", market_type="FUTURES", type="market"),
        CODES["position_not_found"],
    )


def _trade(stub: Any, symbol: str, price: str) -> None:
    """A trade at `price` between two accounts of nobody's concern: it moves the last price."""
    if "others" not in stub.exchange.accounts:
        stub.add_account("others", {}, wallets={"futures": {"USDT": "10000000"}})
    for side in ("sell", "buy"):
        stub.place_order("others", symbol=symbol, side=side, type="limit", quantity=D("0.1"), price=D(price))


def test_take_profit_and_stop_loss_close_the_position(alice: Any, bob: Any, stub: Any) -> None:
    bob.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="sell", type="limit", amount="1", price="30000"
    )
    alice.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="buy", type="limit", amount="1", price="30000"
    )
    alice.futures_set_position_stop_loss(
        market="BTCUSDT", market_type="FUTURES", stop_loss_type="latest_price", stop_loss_price="29000"
    )
    position = alice.futures_set_position_take_profit(
        market="BTCUSDT",
        market_type="FUTURES",
        take_profit_type="mark_price",
        take_profit_price="32000",
        take_profit_amount="0.4",
    )
    assert (D(position.stop_loss_price), position.stop_loss_type) == (29000, "latest_price")
    assert (D(position.take_profit_price), position.take_profit_type) == (32000, "mark_price")
    (stop_loss,), (take_profit,) = position.stop_loss_list, position.take_profit_list
    assert (stop_loss.is_all, take_profit.is_all, D(take_profit.amount)) == (True, False, D("0.4"))
    assert not alice.futures_get_open_stop_orders(market_type="FUTURES")  # not among the stop orders
    assert D(_usdt(alice.get_futures_balance())["frozen"]) == 0  # they hold no margin

    position = alice.futures_modify_position_take_profit(
        market="BTCUSDT", market_type="FUTURES", take_profit_id=take_profit.id, take_profit_price="31000"
    )
    assert D(position.take_profit_price) == 31000
    bob.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="buy", type="limit", amount="0.4", price="30900"
    )
    _trade(stub, "BTCUSDT-SWAP", "31000")  # the take-profit triggers: 0.4 sold to bob at 30900
    (position,) = alice.futures_get_pending_positions(market_type="FUTURES")
    assert (D(position.open_interest), D(position.take_profit_price), position.take_profit_list) == (D("0.6"), 0, [])
    bob.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="buy", type="limit", amount="1", price="28900"
    )
    _trade(stub, "BTCUSDT-SWAP", "29000")  # the stop-loss triggers for all that is left: 0.6 more to bob
    assert not alice.futures_get_pending_positions(market_type="FUTURES")
    (finished,) = alice.futures_get_finished_positions(market_type="FUTURES")
    assert finished.finished_type == "stop_loss"
    assert D(finished.realized_pnl) < 0  # 0.4 x 900 - 0.6 x 1100 - fees


def test_position_stops_can_be_cancelled_all_at_once(alice: Any, bob: Any) -> None:
    _refused(
        lambda: alice.futures_set_position_stop_loss(
            market="BTCUSDT", market_type="FUTURES", stop_loss_type="latest_price", stop_loss_price="29000"
        ),
        CODES["position_not_found"],
    )
    bob.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="buy", type="limit", amount="1", price="30000"
    )
    alice.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="sell", type="limit", amount="1", price="30000"
    )
    for price in ("31000", "32000"):  # a short's stop-losses lie above
        alice.futures_set_position_stop_loss(
            market="BTCUSDT", market_type="FUTURES", stop_loss_type="index_price", stop_loss_price=price
        )
    (position,) = alice.futures_get_pending_positions(market_type="FUTURES")
    assert [D(s.price) for s in position.stop_loss_list] == [31000, 32000]
    _refused(
        lambda: alice.futures_cancel_position_stop_loss(market="BTCUSDT", market_type="FUTURES", stop_loss_id=1),
        CODES["order_not_found"],
    )
    position = alice.futures_cancel_position_stop_loss(market="BTCUSDT", market_type="FUTURES")
    assert (position.stop_loss_list, D(position.stop_loss_price), position.stop_loss_type) == ([], 0, "")


def test_reduce_only_orders_never_open_a_position(alice: Any, bob: Any) -> None:
    lonely = alice.futures_place_order(
        market="BTCUSDT",
        market_type="FUTURES",
        side="sell",
        type="limit",
        amount="1",
        price="30000",
        is_reduce_only=True,
    )
    assert (lonely.status, D(lonely.filled_amount)) == ("canceled", 0)
    bob.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="sell", type="limit", amount="1", price="30000"
    )
    alice.futures_place_order(
        market="BTCUSDT", market_type="FUTURES", side="buy", type="limit", amount="1", price="30000"
    )
    cut = alice.futures_place_order(
        market="BTCUSDT",
        market_type="FUTURES",
        side="sell",
        type="limit",
        amount="3",
        price="35000",
        is_reduce_only=True,
    )
    assert (cut.status, D(cut.amount)) == ("open", 1)  # cut to the position
    assert D(_usdt(alice.get_futures_balance())["frozen"]) == 0


# -- stop orders ----------------------------------------------------------------------------------------
STOP_CASES = {
    "spot": {
        "market": "BTCUSDT",
        "place": "spot_place_stop_order",
        "extra": {"market_type": "SPOT"},
        "order": "spot_place_order",
        "pending": "spot_get_open_stop_orders",
        "finished": "spot_get_closed_stop_orders",
        "open": "spot_get_open_orders",
        "get": "spot_get_order",
    },
    "futures": {
        "market": "BTCUSDT",
        "place": "futures_place_stop_order",
        "extra": {"market_type": "FUTURES", "trigger_price_type": "mark_price"},
        "order": "futures_place_order",
        "pending": "futures_get_open_stop_orders",
        "finished": "futures_get_closed_stop_orders",
        "open": "futures_get_open_orders",
        "get": "futures_get_order",
    },
}


@pytest.mark.parametrize("case", STOP_CASES.values(), ids=list(STOP_CASES))
def test_stop_order_rests_until_the_price_crosses_its_trigger(case: dict[str, Any], alice: Any, bob: Any) -> None:
    market, kind = case["market"], case["extra"]["market_type"]

    def order(client: Any, side: str, price: str) -> Any:
        return getattr(client, case["order"])(
            market=market, market_type=kind, side=side, type="limit", amount="0.01", price=price
        )

    stop = getattr(alice, case["place"])(
        market=market, side="buy", type="limit", amount="0.01", price="31500", trigger_price="31000", **case["extra"]
    )
    (pending,) = getattr(alice, case["pending"])(market_type=kind)
    assert (pending.stop_id, pending.trigger_direction, D(pending.trigger_price)) == (stop.stop_id, "higher", 31000)
    assert pending.trigger_price_type == case["extra"].get("trigger_price_type", "latest_price")
    assert not getattr(alice, case["open"])(market_type=kind)  # not an order yet
    _refused(lambda: getattr(alice, case["get"])(market=market, order_id=stop.stop_id), CODES["order_not_found"])

    order(bob, "sell", "31400")  # will fill the order the stop becomes
    order(bob, "sell", "30500")
    order(alice, "buy", "30500")  # a trade at 30500: below the trigger
    assert getattr(alice, case["pending"])(market_type=kind)
    order(bob, "sell", "31000")
    order(alice, "buy", "31000")  # a trade at 31000 reaches the trigger
    assert not getattr(alice, case["pending"])(market_type=kind)
    (finished,) = getattr(alice, case["finished"])(market_type=kind)
    assert finished.stop_id == stop.stop_id
    became = getattr(alice, case["get"])(market=market, order_id=stop.stop_id)
    assert (became.status, D(became.filled_amount), D(became.last_filled_price)) == ("filled", D("0.01"), D(31400))


def test_stop_orders_can_be_modified_and_cancelled(alice: Any) -> None:
    stop = alice.futures_place_stop_order(
        market="BTCUSDT",
        market_type="FUTURES",
        side="sell",
        type="market",
        amount="0.5",
        trigger_price_type="latest_price",
        trigger_price="29000",
    )
    (pending,) = alice.futures_get_open_stop_orders(market_type="FUTURES")
    assert (pending.type, pending.trigger_direction) == ("market", "lower")
    same = alice.futures_modify_stop_order(
        market="BTCUSDT", market_type="FUTURES", stop_id=stop.stop_id, trigger_price="31000", amount="0.2"
    )
    assert same.stop_id == stop.stop_id
    (pending,) = alice.futures_get_open_stop_orders(market_type="FUTURES")
    assert (D(pending.amount), D(pending.trigger_price), pending.trigger_direction) == (D("0.2"), 31000, "higher")
    cancelled = alice.futures_cancel_stop_order(market="BTCUSDT", market_type="FUTURES", stop_id=stop.stop_id)
    assert cancelled.stop_id == stop.stop_id
    assert not alice.futures_get_open_stop_orders(market_type="FUTURES")
    assert D(_usdt(alice.get_futures_balance())["frozen"]) == 0
    _refused(
        lambda: alice.futures_cancel_order(market="BTCUSDT", market_type="FUTURES", order_id=stop.stop_id),
        CODES["order_not_found"],  # a stop order is not cancelled as an order
    )


# -- batch endpoints ------------------------------------------------------------------------------------
def _batch(name: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    """A batch endpoint's keyword arguments, its items built as the endpoint's structs."""
    ep = next(e for e in API.endpoints if e.name == name)
    return kwargs(API, ep, {STUB["endpoints"][name]["batch"]: items})


def test_batch_place_answers_per_item_codes(alice: Any) -> None:
    def request(market: str, amount: str) -> dict[str, Any]:
        return {"market": market, "market_type": "FUTURES", "side": "buy", "type": "limit", "amount": amount}

    items = [request("BTCUSDT", "0.1"), request("BTCUSDT", "1000"), request(SPOT_ONLY[0], "0.1")]
    results = alice.futures_place_batch_orders(
        **_batch("futures_place_batch_orders", [{**item, "price": "21000"} for item in items])
    )
    assert [r.code for r in results] == [0, int(CODES["insufficient_funds"]), int(CODES["unknown_market"])]
    assert results[0].data is not None and results[1].data is None and results[2].message
    (resting,) = alice.futures_get_open_orders(market_type="FUTURES")
    assert resting.order_id == results[0].data.order_id

    cancelled = alice.futures_cancel_batch_orders(
        market="BTCUSDT", market_type="FUTURES", order_ids=[resting.order_id, 1]
    )
    assert [r.code for r in cancelled] == [0, int(CODES["order_not_found"])]
    assert not alice.futures_get_open_orders(market_type="FUTURES")


def test_spot_batch_stop_orders_and_their_cancellation(alice: Any) -> None:
    def request(amount: str) -> dict[str, Any]:
        return {
            "market": "BTCUSDT",
            "market_type": "SPOT",
            "side": "sell",
            "type": "limit",
            "amount": amount,
            "price": "25000",
            "trigger_price": "26000",
        }

    placed = alice.spot_place_batch_stop_orders(
        **_batch("spot_place_batch_stop_orders", [request("1"), request("1000")])
    )
    assert [r.code for r in placed] == [0, int(CODES["insufficient_funds"])]
    assert placed[0].data is not None
    stop_id = placed[0].data.stop_id
    (pending,) = alice.spot_get_open_stop_orders(market_type="SPOT")
    assert (pending.stop_id, pending.trigger_direction) == (stop_id, "lower")
    cancelled = alice.spot_cancel_batch_stop_orders(market="BTCUSDT", stop_ids=[stop_id, stop_id])
    assert [r.code for r in cancelled] == [0, int(CODES["order_not_open"])]


# -- markets of the other kind ---------------------------------------------------------------------------
def _market_endpoints(kind: str) -> list[ir.EndpointIR]:
    """Mapped endpoints for markets of `kind` that take a market name (in their params or batch items)."""
    out = []
    for ep in API.endpoints:
        mapping = STUB["endpoints"].get(ep.name, {})
        if mapping.get("args", {}).get("kind") != kind:
            continue
        wire = wire_values(API, ep)
        items = wire.get(mapping.get("batch", ""), None)
        if "market" in wire or (isinstance(items, list) and items and isinstance(items[0], dict)):
            out.append(ep)
    return out


def _send(stub: Any, ep: ir.EndpointIR, wire: dict[str, Any]) -> dict[str, Any]:
    request = build_request(API, ep, wire)
    if ep.auth is not None:
        signed(API, ep, request, STUB["accounts"][0]["credentials"])
    with httpx.Client(transport=stub.transport()) as http:
        body: dict[str, Any] = http.send(request).json()
    return body


def _with_market(ep: ir.EndpointIR, name: str) -> dict[str, Any]:
    wire = wire_values(API, ep)
    batch = STUB["endpoints"][ep.name].get("batch", "")
    if "market" in wire:
        wire["market"] = name
    if isinstance(wire.get(batch), list) and wire[batch] and isinstance(wire[batch][0], dict):
        wire[batch] = [{**item, "market": name} for item in wire[batch]]
    return wire


OTHER_KIND = [(ep, name) for ep in _market_endpoints("perpetual") for name in SPOT_ONLY] + [
    (ep, name) for ep in _market_endpoints("spot") for name in FUTURES_ONLY
]


@pytest.mark.parametrize("case", OTHER_KIND, ids=lambda c: f"{c[0].name}:{c[1]}")
def test_a_market_of_the_other_kind_is_unknown(case: tuple[ir.EndpointIR, str]) -> None:
    """Futures endpoints refuse spot-only names, spot endpoints futures-only names: as an unknown market,
    in the envelope or (batch endpoints) in every item."""
    ep, name = case
    body = _send(create_stub(), ep, _with_market(ep, name))
    code = CODES["unknown_market"]
    if body["code"] == 0 and isinstance(body["data"], list) and body["data"]:
        assert {str(item["code"]) for item in body["data"]} == {code}, body
    else:
        assert str(body["code"]) == code, body


def test_some_endpoints_of_each_kind_take_a_market() -> None:
    assert SPOT_ONLY and FUTURES_ONLY, "the stub needs a spot-only and a futures-only market name"
    assert len(_market_endpoints("perpetual")) > 20 and len(_market_endpoints("spot")) > 20


@pytest.mark.parametrize("kind", ["spot", "perpetual"])
def test_market_lists_hold_one_kind(kind: str) -> None:
    """Without a market, spot lists show spot markets, futures lists futures markets (in CoinEx's names)."""
    names = SPOT_NAMES if kind == "spot" else FUTURES_NAMES
    prefix = "spot" if kind == "spot" else "futures"
    with _client(create_stub(), 0) as client:
        for endpoint in ("get_markets", "get_tickers"):
            listed = {row["market"] for row in _rows(getattr(client, f"{prefix}_{endpoint}")())}
            assert listed == names
