"""The stubs behave like the exchanges where clients in the wild rely on it (issue 15): each test
fails on a stub that answers what the docs say the exchange does not. Written from the exchanges' docs
(and what clients in the wild send), so it repeats their facts: reading them from the spec would test
the spec against itself."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from conftest import generated

from exchange_bindings import errors
from exchange_bindings.runtime.stub.handle import StubHandle


def _coinex(seed: int = 3) -> Any:
    stub = generated("coinex_v2", "stub").create_stub(seed=seed)
    client = generated("coinex_v2").Client(
        base_url="http://stub.invalid", http_client=httpx.Client(transport=stub.transport()), **stub.credentials
    )
    return client


def _usdt(client: Any) -> Decimal:
    return next(Decimal(b.available) for b in client.get_spot_balance() if b.ccy == "USDT")


@pytest.mark.parametrize("ccy", [None, "USDT"])
def test_coinex_market_buy_spends_its_amount_in_the_quote_currency(ccy: str | None) -> None:
    client = _coinex()
    before = _usdt(client)
    order = client.spot_place_order(
        market="BTCUSDT", market_type="SPOT", side="buy", type="market", amount=Decimal("30"), ccy=ccy
    )
    spent = before - _usdt(client)
    assert order.amount == Decimal("30")
    assert Decimal(0) < spent <= Decimal("30") * Decimal("1.002")  # 30 USDT and the taker fee at most
    assert Decimal(order.filled_value) <= Decimal("30")
    assert Decimal(0) < Decimal(order.filled_amount) < Decimal("0.002")  # about 0.001 BTC at 30,000


def test_coinex_market_buy_in_the_base_currency_when_ccy_says_so() -> None:
    client = _coinex()
    order = client.spot_place_order(
        market="BTCUSDT", market_type="SPOT", side="buy", type="market", amount=Decimal("0.01"), ccy="BTC"
    )
    assert Decimal(order.filled_amount) == Decimal("0.01")


def test_coinex_market_sell_for_a_quote_amount() -> None:
    client = _coinex()
    before = _usdt(client)
    order = client.spot_place_order(
        market="BTCUSDT", market_type="SPOT", side="sell", type="market", amount=Decimal("300"), ccy="USDT"
    )
    got = _usdt(client) - before
    assert Decimal(order.filled_value) <= Decimal("300")
    assert Decimal("290") < got <= Decimal("300")  # what the book gave in whole lots, less the fee


def test_coinex_market_order_in_a_foreign_currency_is_refused() -> None:
    client = _coinex()
    with pytest.raises(errors.ExchangeError):
        client.spot_place_order(
            market="BTCUSDT", market_type="SPOT", side="buy", type="market", amount=Decimal("30"), ccy="ETH"
        )


def test_coinex_modify_order_keeps_the_order_id() -> None:
    client = _coinex()
    order = client.spot_place_order(
        market="BTCUSDT", market_type="SPOT", side="buy", type="limit", amount=Decimal("0.001"), price=Decimal("20000")
    )
    changed = client.spot_modify_order(
        market="BTCUSDT", market_type="SPOT", order_id=order.order_id, price=Decimal("20001"), amount=Decimal("0.002")
    )
    assert changed.order_id == order.order_id and changed.price == Decimal("20001")
    assert (
        client.spot_cancel_order(market="BTCUSDT", market_type="SPOT", order_id=order.order_id).order_id
        == order.order_id
    )


def test_coinex_modify_stop_order_returns_a_new_stop_id_and_the_old_one_is_gone() -> None:
    client = _coinex()
    placed = client.spot_place_stop_order(
        market="BTCUSDT",
        market_type="SPOT",
        side="buy",
        type="limit",
        amount=Decimal("0.001"),
        price=Decimal("40000"),
        trigger_price=Decimal("40000"),
    )
    changed = client.spot_modify_stop_order(
        market="BTCUSDT", market_type="SPOT", stop_id=placed.stop_id, trigger_price=Decimal("41000")
    )
    assert changed.stop_id != placed.stop_id
    with pytest.raises(errors.ExchangeError):
        client.spot_cancel_stop_order(market="BTCUSDT", market_type="SPOT", stop_id=placed.stop_id)
    client.spot_cancel_stop_order(market="BTCUSDT", market_type="SPOT", stop_id=changed.stop_id)


def test_coinflex_price_bounds_are_a_band_around_the_market_price() -> None:
    stub = generated("coinflex_v2", "stub").create_stub(seed=1)
    client = generated("coinflex_v2").Client(
        base_url="http://stub.invalid", http_client=httpx.Client(transport=stub.transport()), **stub.credentials
    )
    markets = client.get_markets().data
    assert markets
    for market in markets:
        assert market.lower_price_bound < market.market_price < market.upper_price_bound


def _coinflex(seed: int = 1) -> tuple[Any, Any]:
    stub = generated("coinflex_v2", "stub").create_stub(seed=seed)
    client = generated("coinflex_v2").Client(
        base_url="http://stub.invalid", http_client=httpx.Client(transport=stub.transport()), **stub.credentials
    )
    return stub, client


@pytest.mark.parametrize("order_type", ["STOP", "STOP_LIMIT"])
def test_coinflex_rest_takes_both_spellings_of_a_stop_limit_order(order_type: str) -> None:
    _stub, client = _coinflex()
    models = generated("coinflex_v2", "models")
    order = models.PlaceOrderRequest(
        market_code="BTC-USD",
        side="BUY",
        quantity=Decimal("0.001"),
        order_type=order_type,
        stop_price=Decimal("25000"),
        limit_price=Decimal("25000"),
        client_order_id=7,
    )
    (placed,) = client.place_orders(response_type="FULL", orders=[order]).data
    assert placed.success == "true", placed


@pytest.mark.parametrize("order_type", ["STOP", "STOP_LIMIT"])
def test_coinflex_socket_takes_both_spellings_of_a_stop_limit_order(order_type: str) -> None:
    from exchange_bindings.runtime.stub.serve import ServerThread

    stub, _client = _coinflex()
    streams = generated("coinflex_v2", "streams")
    with ServerThread(stub) as base:
        url = base.replace("http", "ws") + stub.stream_path()
        with streams.WebsocketStream(url=url, **stub.credentials) as stream:
            reply = stream.place_order(
                market_code="BTC-USD",
                side="BUY",
                order_type=order_type,
                quantity=Decimal("0.001"),
                stop_price=Decimal("25000"),
                limit_price=Decimal("25000"),
                client_order_id=8,
            )
    assert reply.data.order_type == "STOP_LIMIT" and reply.data.order_id


def _places(struct: Any) -> list[tuple[str, int]]:
    """Every decimal field of a struct (nested ones too) with its count of digits after the point."""
    import msgspec

    out = []
    for name, value in msgspec.structs.asdict(struct).items():
        if isinstance(value, Decimal):
            out.append((name, max(0, -int(value.as_tuple().exponent))))
        elif isinstance(value, msgspec.Struct):
            out += _places(value)
    return out


def test_positions_report_amounts_rounded_as_an_exchange_does() -> None:
    """An average entry price over several fills and the PnL, margin and values derived from it carry
    at most 8 decimals (a hundredth of the tick for prices), never the 28 digits of a division."""
    client = _coinex()
    for amount in ("0.0003", "0.0007", "0.0011"):
        client.futures_place_order(
            market="BTCUSDT", market_type="FUTURES", side="buy", type="market", amount=Decimal(amount)
        )
    (position,) = client.futures_get_pending_positions(market_type="FUTURES", market="BTCUSDT")
    assert max(places for _, places in _places(position)) <= 8, _places(position)

    _stub, flex = _coinflex()
    models = generated("coinflex_v2", "models")
    for i, quantity in enumerate(("0.003", "0.007", "0.011")):
        flex.place_orders(
            response_type="FULL",
            orders=[
                models.PlaceOrderRequest(
                    market_code="BTC-USD-SWAP-LIN",
                    side="BUY",
                    quantity=Decimal(quantity),
                    order_type="MARKET",
                    client_order_id=i + 1,
                )
            ],
        )
    (row,) = [p for p in flex.get_positions().data if p.instrument_id == "BTC-USD-SWAP-LIN"]
    assert max(places for _, places in _places(row)) <= 8, _places(row)


def test_coinflex_candles_come_in_the_name_subscribed() -> None:
    """The docs' example says candle60s, their field table candles60s: answer in the name subscribed."""
    import json

    from websockets.sync.client import connect

    from exchange_bindings.runtime.stub.serve import ServerThread

    stub, _client = _coinflex()
    with ServerThread(stub) as base, connect(base.replace("http", "ws") + stub.stream_path(), open_timeout=10) as ws:
        ws.send(json.dumps({"op": "subscribe", "tag": 1, "args": ["candles60s:BTC-USD-SWAP-LIN"]}))
        for _ in range(20):
            message = json.loads(ws.recv(timeout=10))
            if "table" in message:
                break
    assert message["table"] == "candles60s", message


def test_a_refusal_under_http_200_is_logged_with_its_code_and_reason() -> None:
    """CoinEx answers every error under HTTP 200: the log still says which code and which check."""
    handle = StubHandle("coinex_v2", generated("coinex_v2", "stub").create_stub(seed=1))
    client = handle.client(max_retries=0)
    with pytest.raises(errors.APIError) as refused:
        client.spot_cancel_order(market="BTCUSDT", market_type="SPOT", order_id=424242)
    (entry,) = handle.requests()
    assert entry.status == 200 and entry.code == refused.value.code == 3600  # an int, as CoinEx sends its codes
    assert entry.refused is not None and entry.refused.startswith("order_not_found")
