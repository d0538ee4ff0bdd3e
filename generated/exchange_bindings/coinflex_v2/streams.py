"""CoinFLEX v2 stream clients (WebSocket), generated from spec/coinflex_v2; do not edit.

    async with AsyncWebsocketStream(api_key="...", api_secret="...", environment='live') as stream:
        book = await stream.subscribe_balance(...)
        async for message in book:
            ...

Every client logs in when given credentials, reconnects with backoff and resubscribes after a
drop, and raises typed errors; see exchange_bindings.runtime.transports.websocket for the guarantees.
"""

from __future__ import annotations

from typing import Any, Literal

from exchange_bindings.runtime.auth import Credentials
from exchange_bindings.runtime.auth.login import StreamLogin
from exchange_bindings.runtime.client import DecimalLike
from exchange_bindings.runtime.codecs.number import JsonNumber
from exchange_bindings.runtime.codecs.shape import Fields
from exchange_bindings.runtime.transports.websocket import (
    AsyncStream,
    Subscription,
    SyncStream,
    SyncSubscription,
    Types,
)
from exchange_bindings.runtime.transports.websocket.config import (
    Channel,
    Command,
    Framing,
    Heartbeat,
    Param,
    StubMapping,
    WebSocketStream,
)

from . import models
from .config import CONFIG

__all__ = ["AsyncWebsocketStream", "WebsocketStream"]


_WEBSOCKET_CONFIG = WebSocketStream(
    name="websocket",
    server="ws",
    framing=Framing(
        op="op",
        tag="tag",
        tag_max_length=32,
        batch_data="dataArray",
        reply_event="event",
        reply_ok=("success", "submitted"),
        reply_code="code",
        reply_message="message",
        push_channel="table",
        timestamp="timestamp",
    ),
    login=StreamLogin(
        command="login",
        scheme="ws_login",
        data={"apiKey": "{api_key}", "timestamp": "{timestamp}", "signature": "{signature}"},
    ),
    heartbeat=Heartbeat(kind="ws_ping", interval=30.0, timeout=90.0),
    subscribe="subscribe",
    unsubscribe="unsubscribe",
    rate_limits={"connect": "ws_connect", "authenticated": "ws_auth_messages", "public": "ws_public_messages"},
    commands={
        "cancel_order": Command(
            name="cancel_order",
            op="cancelorder",
            auth=True,
            data={"$ref": "#/schemas/WsCancelOrderData"},
            reply={"$ref": "#/schemas/WsCancelOrderReply"},
            stub=StubMapping(
                action="cancel_order",
                args={"symbol": "{data.marketCode}", "order_id": "{data.orderId}"},
                respond={
                    "marketCode": "{result.market}",
                    "clientOrderId": "{result.client_order_id}",
                    "orderId": "{result.id}",
                },
            ),
        ),
        "cancel_orders": Command(
            name="cancel_orders",
            op="cancelorders",
            batch=True,
            auth=True,
            max_items=20,
            data={"$ref": "#/schemas/WsCancelOrderData"},
            reply={"$ref": "#/schemas/WsCancelOrderReply"},
            stub=StubMapping(
                action="cancel_order",
                args={"symbol": "{data.marketCode}", "order_id": "{data.orderId}"},
                respond={
                    "marketCode": "{result.market}",
                    "clientOrderId": "{result.client_order_id}",
                    "orderId": "{result.id}",
                },
            ),
        ),
        "login": Command(
            name="login", op="login", data={"$ref": "#/schemas/WsLoginData"}, reply={"$ref": "#/schemas/WsLoginReply"}
        ),
        "modify_order": Command(
            name="modify_order",
            op="modifyorder",
            auth=True,
            cost={"ws_orders": 1},
            data={"$ref": "#/schemas/WsModifyOrderData"},
            reply={"$ref": "#/schemas/WsModifyOrderReply"},
            payload_codecs=Fields(fields=(("price", JsonNumber()), ("quantity", JsonNumber()))),
            stub=StubMapping(
                action="modify_order",
                args={
                    "symbol": "{data.marketCode}",
                    "order_id": "{data.orderId}",
                    "side": "{data.side|from:side}",
                    "price": "{data.price}",
                    "quantity": "{data.quantity}",
                },
                respond={
                    "orderId": "{result.id}",
                    "side": "{result.side|to:side}",
                    "quantity": "{result.quantity}",
                    "price": "{result.price}",
                    "orderType": "{result.type|to:ws_order_type}",
                    "marketCode": "{result.market}",
                },
            ),
        ),
        "modify_orders": Command(
            name="modify_orders",
            op="modifyorders",
            batch=True,
            auth=True,
            max_items=20,
            cost={"ws_orders": 1},
            data={"$ref": "#/schemas/WsModifyOrderData"},
            reply={"$ref": "#/schemas/WsModifyOrderReply"},
            payload_codecs=Fields(fields=(("price", JsonNumber()), ("quantity", JsonNumber()))),
            stub=StubMapping(
                action="modify_order",
                args={
                    "symbol": "{data.marketCode}",
                    "order_id": "{data.orderId}",
                    "side": "{data.side|from:side}",
                    "price": "{data.price}",
                    "quantity": "{data.quantity}",
                },
                respond={
                    "orderId": "{result.id}",
                    "side": "{result.side|to:side}",
                    "quantity": "{result.quantity}",
                    "price": "{result.price}",
                    "orderType": "{result.type|to:ws_order_type}",
                    "marketCode": "{result.market}",
                },
            ),
        ),
        "place_order": Command(
            name="place_order",
            op="placeorder",
            auth=True,
            cost={"ws_orders": 1},
            data={"$ref": "#/schemas/WsPlaceOrderData"},
            reply={"$ref": "#/schemas/WsPlaceOrderReply"},
            payload_codecs=Fields(
                fields=(
                    ("quantity", JsonNumber()),
                    ("price", JsonNumber()),
                    ("stopPrice", JsonNumber()),
                    ("limitPrice", JsonNumber()),
                )
            ),
            stub=StubMapping(
                action="place_order",
                args={
                    "symbol": "{data.marketCode}",
                    "side": "{data.side|from:side}",
                    "type": "{data.orderType|from:ws_order_type|from:order_type}",
                    "quantity": "{data.quantity}",
                    "price": "{data.price|or:data.limitPrice}",
                    "stop_price": "{data.stopPrice}",
                    "time_in_force": "{data.timeInForce|from:time_in_force}",
                    "client_order_id": "{data.clientOrderId}",
                },
                respond={
                    "clientOrderId": "{result.client_order_id}",
                    "marketCode": "{result.market}",
                    "side": "{result.side|to:side}",
                    "orderType": "{result.type|to:ws_order_type}",
                    "quantity": "{result.quantity}",
                    "price": "{result.price}",
                    "stopPrice": "{result.stop_price}",
                    "limitPrice": "{result.price}",
                    "timeInForce": "{result.time_in_force|to:time_in_force}",
                    "orderId": "{result.id}",
                },
            ),
        ),
        "place_orders": Command(
            name="place_orders",
            op="placeorders",
            batch=True,
            auth=True,
            max_items=20,
            cost={"ws_orders": 1},
            data={"$ref": "#/schemas/WsPlaceOrderData"},
            reply={"$ref": "#/schemas/WsPlaceOrderReply"},
            payload_codecs=Fields(
                fields=(
                    ("quantity", JsonNumber()),
                    ("price", JsonNumber()),
                    ("stopPrice", JsonNumber()),
                    ("limitPrice", JsonNumber()),
                )
            ),
            stub=StubMapping(
                action="place_order",
                args={
                    "symbol": "{data.marketCode}",
                    "side": "{data.side|from:side}",
                    "type": "{data.orderType|from:ws_order_type|from:order_type}",
                    "quantity": "{data.quantity}",
                    "price": "{data.price|or:data.limitPrice}",
                    "stop_price": "{data.stopPrice}",
                    "time_in_force": "{data.timeInForce|from:time_in_force}",
                    "client_order_id": "{data.clientOrderId}",
                },
                respond={
                    "clientOrderId": "{result.client_order_id}",
                    "marketCode": "{result.market}",
                    "side": "{result.side|to:side}",
                    "orderType": "{result.type|to:ws_order_type}",
                    "quantity": "{result.quantity}",
                    "price": "{result.price}",
                    "stopPrice": "{result.stop_price}",
                    "limitPrice": "{result.price}",
                    "timeInForce": "{result.time_in_force|to:time_in_force}",
                    "orderId": "{result.id}",
                },
            ),
        ),
        "subscribe": Command(name="subscribe", op="subscribe", reply={"$ref": "#/schemas/WsSubscribeReply"}),
        "unsubscribe": Command(name="unsubscribe", op="unsubscribe", reply={"$ref": "#/schemas/WsSubscribeReply"}),
    },
    channels={
        "balance": Channel(
            name="balance",
            pattern="balance:{instrumentId}",
            tables=("balance",),
            message={"$ref": "#/schemas/WsBalanceMessage"},
            params=(Param(name="instrumentId", schema={"type": "string"}),),
            auth=True,
            stub=StubMapping(
                action="balances",
                args={"asset": "{params.instrumentId|unless:all}"},
                respond={
                    "table": "balance",
                    "accountId": "{account_id}",
                    "timestamp": "{now}",
                    "tradeType": "LINEAR",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "total": "{item.total}",
                            "reserved": "{item.reserved}",
                            "instrumentId": "{item.asset}",
                            "available": "{item.available}",
                            "locked": "0",
                            "quantityLastUpdated": "{item.updated_ms}",
                        },
                    },
                },
                push_on=("balance",),
            ),
        ),
        "best_bid_ask": Channel(
            name="best_bid_ask",
            pattern="bestBidAsk:{marketCode}",
            tables=("bestBidAsk",),
            message={"$ref": "#/schemas/WsBestBidAskMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            stub=StubMapping(
                action="depth",
                args={"symbol": "{params.marketCode}", "levels": 1},
                respond={
                    "$if": "result.asks",
                    "$then": {
                        "$if": "result.bids",
                        "$then": {
                            "table": "bestBidAsk",
                            "data": {
                                "ask": "{result.asks.0}",
                                "bid": "{result.bids.0}",
                                "checksum": 0,
                                "marketCode": "{result.market}",
                                "timestamp": "{result.time_ms}",
                            },
                        },
                    },
                },
                push_on=("order", "trade"),
            ),
        ),
        "candles_14400s": Channel(
            name="candles_14400s",
            pattern="candles14400s:{marketCode}",
            tables=("candles14400s", "candle14400s"),
            message={"$ref": "#/schemas/WsCandleMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.5,
            stub=StubMapping(
                action="candles",
                args={"symbol": "{params.marketCode}", "interval_s": 14400, "limit": 1},
                respond={
                    "table": "candles14400s",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketCode": "{params.marketCode}",
                            "candle": [
                                "{item.open_ms}",
                                "{item.open}",
                                "{item.high}",
                                "{item.low}",
                                "{item.close}",
                                "{item.quote_volume}",
                                "{item.volume}",
                            ],
                        },
                    },
                },
                push_on=("trade",),
            ),
        ),
        "candles_1800s": Channel(
            name="candles_1800s",
            pattern="candles1800s:{marketCode}",
            tables=("candles1800s", "candle1800s"),
            message={"$ref": "#/schemas/WsCandleMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.5,
            stub=StubMapping(
                action="candles",
                args={"symbol": "{params.marketCode}", "interval_s": 1800, "limit": 1},
                respond={
                    "table": "candles1800s",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketCode": "{params.marketCode}",
                            "candle": [
                                "{item.open_ms}",
                                "{item.open}",
                                "{item.high}",
                                "{item.low}",
                                "{item.close}",
                                "{item.quote_volume}",
                                "{item.volume}",
                            ],
                        },
                    },
                },
                push_on=("trade",),
            ),
        ),
        "candles_180s": Channel(
            name="candles_180s",
            pattern="candles180s:{marketCode}",
            tables=("candles180s", "candle180s"),
            message={"$ref": "#/schemas/WsCandleMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.5,
            stub=StubMapping(
                action="candles",
                args={"symbol": "{params.marketCode}", "interval_s": 180, "limit": 1},
                respond={
                    "table": "candles180s",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketCode": "{params.marketCode}",
                            "candle": [
                                "{item.open_ms}",
                                "{item.open}",
                                "{item.high}",
                                "{item.low}",
                                "{item.close}",
                                "{item.quote_volume}",
                                "{item.volume}",
                            ],
                        },
                    },
                },
                push_on=("trade",),
            ),
        ),
        "candles_21600s": Channel(
            name="candles_21600s",
            pattern="candles21600s:{marketCode}",
            tables=("candles21600s", "candle21600s"),
            message={"$ref": "#/schemas/WsCandleMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.5,
            stub=StubMapping(
                action="candles",
                args={"symbol": "{params.marketCode}", "interval_s": 21600, "limit": 1},
                respond={
                    "table": "candles21600s",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketCode": "{params.marketCode}",
                            "candle": [
                                "{item.open_ms}",
                                "{item.open}",
                                "{item.high}",
                                "{item.low}",
                                "{item.close}",
                                "{item.quote_volume}",
                                "{item.volume}",
                            ],
                        },
                    },
                },
                push_on=("trade",),
            ),
        ),
        "candles_300s": Channel(
            name="candles_300s",
            pattern="candles300s:{marketCode}",
            tables=("candles300s", "candle300s"),
            message={"$ref": "#/schemas/WsCandleMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.5,
            stub=StubMapping(
                action="candles",
                args={"symbol": "{params.marketCode}", "interval_s": 300, "limit": 1},
                respond={
                    "table": "candles300s",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketCode": "{params.marketCode}",
                            "candle": [
                                "{item.open_ms}",
                                "{item.open}",
                                "{item.high}",
                                "{item.low}",
                                "{item.close}",
                                "{item.quote_volume}",
                                "{item.volume}",
                            ],
                        },
                    },
                },
                push_on=("trade",),
            ),
        ),
        "candles_3600s": Channel(
            name="candles_3600s",
            pattern="candles3600s:{marketCode}",
            tables=("candles3600s", "candle3600s"),
            message={"$ref": "#/schemas/WsCandleMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.5,
            stub=StubMapping(
                action="candles",
                args={"symbol": "{params.marketCode}", "interval_s": 3600, "limit": 1},
                respond={
                    "table": "candles3600s",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketCode": "{params.marketCode}",
                            "candle": [
                                "{item.open_ms}",
                                "{item.open}",
                                "{item.high}",
                                "{item.low}",
                                "{item.close}",
                                "{item.quote_volume}",
                                "{item.volume}",
                            ],
                        },
                    },
                },
                push_on=("trade",),
            ),
        ),
        "candles_43200s": Channel(
            name="candles_43200s",
            pattern="candles43200s:{marketCode}",
            tables=("candles43200s", "candle43200s"),
            message={"$ref": "#/schemas/WsCandleMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.5,
            stub=StubMapping(
                action="candles",
                args={"symbol": "{params.marketCode}", "interval_s": 43200, "limit": 1},
                respond={
                    "table": "candles43200s",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketCode": "{params.marketCode}",
                            "candle": [
                                "{item.open_ms}",
                                "{item.open}",
                                "{item.high}",
                                "{item.low}",
                                "{item.close}",
                                "{item.quote_volume}",
                                "{item.volume}",
                            ],
                        },
                    },
                },
                push_on=("trade",),
            ),
        ),
        "candles_60s": Channel(
            name="candles_60s",
            pattern="candles60s:{marketCode}",
            tables=("candles60s", "candle60s"),
            message={"$ref": "#/schemas/WsCandleMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.5,
            stub=StubMapping(
                action="candles",
                args={"symbol": "{params.marketCode}", "interval_s": 60, "limit": 1},
                respond={
                    "table": "candles60s",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketCode": "{params.marketCode}",
                            "candle": [
                                "{item.open_ms}",
                                "{item.open}",
                                "{item.high}",
                                "{item.low}",
                                "{item.close}",
                                "{item.quote_volume}",
                                "{item.volume}",
                            ],
                        },
                    },
                },
                push_on=("trade",),
            ),
        ),
        "candles_7200s": Channel(
            name="candles_7200s",
            pattern="candles7200s:{marketCode}",
            tables=("candles7200s", "candle7200s"),
            message={"$ref": "#/schemas/WsCandleMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.5,
            stub=StubMapping(
                action="candles",
                args={"symbol": "{params.marketCode}", "interval_s": 7200, "limit": 1},
                respond={
                    "table": "candles7200s",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketCode": "{params.marketCode}",
                            "candle": [
                                "{item.open_ms}",
                                "{item.open}",
                                "{item.high}",
                                "{item.low}",
                                "{item.close}",
                                "{item.quote_volume}",
                                "{item.volume}",
                            ],
                        },
                    },
                },
                push_on=("trade",),
            ),
        ),
        "candles_86400s": Channel(
            name="candles_86400s",
            pattern="candles86400s:{marketCode}",
            tables=("candles86400s", "candle86400s"),
            message={"$ref": "#/schemas/WsCandleMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.5,
            stub=StubMapping(
                action="candles",
                args={"symbol": "{params.marketCode}", "interval_s": 86400, "limit": 1},
                respond={
                    "table": "candles86400s",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketCode": "{params.marketCode}",
                            "candle": [
                                "{item.open_ms}",
                                "{item.open}",
                                "{item.high}",
                                "{item.low}",
                                "{item.close}",
                                "{item.quote_volume}",
                                "{item.volume}",
                            ],
                        },
                    },
                },
                push_on=("trade",),
            ),
        ),
        "candles_900s": Channel(
            name="candles_900s",
            pattern="candles900s:{marketCode}",
            tables=("candles900s", "candle900s"),
            message={"$ref": "#/schemas/WsCandleMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.5,
            stub=StubMapping(
                action="candles",
                args={"symbol": "{params.marketCode}", "interval_s": 900, "limit": 1},
                respond={
                    "table": "candles900s",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketCode": "{params.marketCode}",
                            "candle": [
                                "{item.open_ms}",
                                "{item.open}",
                                "{item.high}",
                                "{item.low}",
                                "{item.close}",
                                "{item.quote_volume}",
                                "{item.volume}",
                            ],
                        },
                    },
                },
                push_on=("trade",),
            ),
        ),
        "depth": Channel(
            name="depth",
            pattern="depth:{marketCode}",
            tables=("depth",),
            message={"$ref": "#/schemas/WsDepthMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.1,
            stub=StubMapping(
                action="depth",
                args={"symbol": "{params.marketCode}", "levels": 1000},
                respond={
                    "table": "depth",
                    "action": "partial",
                    "data": {
                        "seqNum": "{now}",
                        "asks": "{result.asks}",
                        "bids": "{result.bids}",
                        "marketCode": "{result.market}",
                        "timestamp": "{result.time_ms}",
                    },
                },
                push_on=("order", "trade"),
            ),
        ),
        "depth_l10": Channel(
            name="depth_l10",
            pattern="depthL10:{marketCode}",
            tables=("depthL10",),
            message={"$ref": "#/schemas/WsDepthFixedMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.1,
            stub=StubMapping(
                action="depth",
                args={"symbol": "{params.marketCode}", "levels": 10},
                respond={
                    "table": "depthL10",
                    "action": "partial",
                    "data": {
                        "seqNum": "{now}",
                        "asks": "{result.asks}",
                        "bids": "{result.bids}",
                        "marketCode": "{result.market}",
                        "timestamp": "{result.time_ms}",
                    },
                },
                push_on=("order", "trade"),
            ),
        ),
        "depth_l25": Channel(
            name="depth_l25",
            pattern="depthL25:{marketCode}",
            tables=("depthL25",),
            message={"$ref": "#/schemas/WsDepthFixedMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.1,
            stub=StubMapping(
                action="depth",
                args={"symbol": "{params.marketCode}", "levels": 25},
                respond={
                    "table": "depthL25",
                    "action": "partial",
                    "data": {
                        "seqNum": "{now}",
                        "asks": "{result.asks}",
                        "bids": "{result.bids}",
                        "marketCode": "{result.market}",
                        "timestamp": "{result.time_ms}",
                    },
                },
                push_on=("order", "trade"),
            ),
        ),
        "depth_l5": Channel(
            name="depth_l5",
            pattern="depthL5:{marketCode}",
            tables=("depthL5",),
            message={"$ref": "#/schemas/WsDepthFixedMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.1,
            stub=StubMapping(
                action="depth",
                args={"symbol": "{params.marketCode}", "levels": 5},
                respond={
                    "table": "depthL5",
                    "action": "partial",
                    "data": {
                        "seqNum": "{now}",
                        "asks": "{result.asks}",
                        "bids": "{result.bids}",
                        "marketCode": "{result.market}",
                        "timestamp": "{result.time_ms}",
                    },
                },
                push_on=("order", "trade"),
            ),
        ),
        "depth_update": Channel(
            name="depth_update",
            pattern="depthUpdate:{marketCode}",
            tables=("depthUpdate", "depthUpdate-diff"),
            message={"$ref": "#/schemas/WsDepthUpdateMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.1,
            stub=StubMapping(
                action="depth",
                args={"symbol": "{params.marketCode}", "levels": 1000},
                respond={
                    "table": "depthUpdate",
                    "action": "partial",
                    "data": {
                        "seqNum": "{now}",
                        "asks": "{result.asks}",
                        "bids": "{result.bids}",
                        "marketCode": "{result.market}",
                        "timestamp": "{result.time_ms}",
                    },
                },
                push_on=("order", "trade"),
            ),
        ),
        "liquidation_rfq": Channel(
            name="liquidation_rfq",
            pattern="liquidationRFQ",
            tables=("liquidationRFQ",),
            message={"$ref": "#/schemas/WsLiquidationRfqMessage"},
        ),
        "market": Channel(
            name="market",
            pattern="market:{marketCode}",
            tables=("market",),
            message={"$ref": "#/schemas/WsMarketMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=1.0,
            stub=StubMapping(
                action="markets",
                args={"symbol": "{params.marketCode|unless:all}"},
                respond={
                    "table": "market",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketPrice": "{item.price}",
                            "listingDate": "{item.listed_ms}",
                            "qtyIncrement": "{item.lot_size}",
                            "upperPriceBound": "{item.price|times:1.1}",
                            "lowerPriceBound": "{item.price|times:0.9}",
                            "counter": "{item.quote}",
                            "type": "{item.extra.type}",
                            "marketId": "{item.extra.market_id}",
                            "referencePair": "{item.base}/{item.quote}",
                            "tickSize": "{item.tick_size}",
                            "marketPriceLastUpdated": "{now}",
                            "contractValCurrency": "{item.base}",
                            "name": "{item.extra.name}",
                            "marketCode": "{item.symbol}",
                            "marginCurrency": "{item.quote}",
                            "base": "{item.base}",
                        },
                    },
                },
            ),
        ),
        "order": Channel(
            name="order",
            pattern="order:{marketCode}",
            tables=("order",),
            message={"$ref": "#/schemas/WsOrderMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            auth=True,
            stub=StubMapping(
                args={"symbol": "{params.marketCode|unless:all}"},
                respond={
                    "table": "order",
                    "data": [
                        {
                            "notice": "{event.outcome|to:notice}",
                            "accountId": "{event.account}",
                            "clientOrderId": "{event.client_order_id}",
                            "orderId": "{event.id}",
                            "price": "{event.price}",
                            "quantity": "{event.quantity}",
                            "side": "{event.side|to:side}",
                            "status": "{event.outcome|to:status}",
                            "marketCode": "{event.market}",
                            "timeInForce": "{event.time_in_force|to:time_in_force}",
                            "timestamp": "{event.updated_ms}",
                            "orderType": "{event.type|to:ws_order_type}",
                            "isTriggered": "{event.triggered|to:bool_title}",
                            "stopPrice": "{event.stop_price}",
                            "limitPrice": "{event.price}",
                            "remainQuantity": "{event.remaining}",
                            "matchId": "{event.last_fill.id}",
                            "matchPrice": "{event.last_fill.price}",
                            "matchQuantity": "{event.last_fill.quantity}",
                            "orderMatchType": "{event.last_fill.liquidity|to:liquidity}",
                            "fees": "{event.last_fill.fee}",
                            "feeInstrumentId": "{event.last_fill.fee_asset}",
                        }
                    ],
                },
                push_on=("order",),
            ),
        ),
        "position": Channel(
            name="position",
            pattern="position:{instrumentId}",
            tables=("position",),
            message={"$ref": "#/schemas/WsPositionMessage"},
            params=(Param(name="instrumentId", schema={"type": "string"}),),
            auth=True,
            stub=StubMapping(
                action="positions",
                args={"symbol": "{params.instrumentId|unless:all}"},
                respond={
                    "table": "position",
                    "accountId": "{account_id}",
                    "timestamp": "{now}",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "instrumentId": "{item.symbol}",
                            "quantity": "{item.quantity}",
                            "lastUpdated": "{item.updated_ms}",
                            "contractValCurrency": "{item.market.base}",
                            "entryPrice": "{item.entry_price}",
                            "positionPnl": "{item.unrealized_pnl}",
                            "estLiquidationPrice": "{item.liquidation_price|default:0}",
                            "margin": "{item.margin}",
                            "leverage": "{item.leverage}",
                        },
                    },
                },
                push_on=("position",),
            ),
        ),
        "ticker": Channel(
            name="ticker",
            pattern="ticker:{marketCode}",
            tables=("ticker",),
            message={"$ref": "#/schemas/WsTickerMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            interval=0.5,
            stub=StubMapping(
                action="tickers",
                args={"symbol": "{params.marketCode|unless:all}"},
                respond={
                    "table": "ticker",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "marketCode": "{item.market}",
                            "last": "{item.last}",
                            "markPrice": "{item.mark}",
                            "open24h": "{item.open}",
                            "volume24h": "{item.volume}",
                            "currencyVolume24h": "{item.quote_volume}",
                            "high24h": "{item.high}",
                            "low24h": "{item.low}",
                            "openInterest": "{item.open_interest}",
                            "lastQty": "{item.last_quantity}",
                            "timestamp": "{item.time_ms}",
                        },
                    },
                },
                push_on=("trade",),
            ),
        ),
        "trade": Channel(
            name="trade",
            pattern="trade:{marketCode}",
            tables=("trade",),
            message={"$ref": "#/schemas/WsTradeMessage"},
            params=(Param(name="marketCode", schema={"type": "string"}),),
            stub=StubMapping(
                args={"symbol": "{params.marketCode}"},
                respond={
                    "table": "trade",
                    "data": [
                        {
                            "side": "{event.taker_side|to:side}",
                            "tradeId": "{event.id}",
                            "price": "{event.price}",
                            "quantity": "{event.quantity}",
                            "matchType": "TAKER",
                            "marketCode": "{event.market}",
                            "timestamp": "{event.time_ms}",
                        }
                    ],
                },
                push_on=("trade",),
            ),
        ),
    },
    schemas={
        "WsCancelOrderData": {
            "type": "object",
            "required": ["marketCode", "orderId"],
            "properties": {"marketCode": {"type": "string"}, "orderId": {"type": "integer"}},
        },
        "WsLoginData": {
            "type": "object",
            "required": ["apiKey", "timestamp", "signature"],
            "properties": {
                "apiKey": {"type": "string"},
                "timestamp": {"type": "string", "format": "unix_ms"},
                "signature": {"type": "string"},
            },
        },
        "WsModifyOrderData": {
            "type": "object",
            "required": ["marketCode", "orderId"],
            "properties": {
                "marketCode": {"type": "string"},
                "orderId": {"type": "integer"},
                "side": {"type": "string", "enum": ["BUY", "SELL"]},
                "price": {"type": "number", "format": "decimal"},
                "quantity": {"type": "number", "format": "decimal"},
                "timestamp": {"type": "integer", "format": "unix_ms"},
                "recvWindow": {"type": "integer", "minimum": 0},
            },
        },
        "WsPlaceOrderData": {
            "type": "object",
            "required": ["marketCode", "side", "orderType", "quantity"],
            "properties": {
                "clientOrderId": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807},
                "marketCode": {"type": "string"},
                "side": {"type": "string", "enum": ["BUY", "SELL"]},
                "orderType": {"type": "string", "enum": ["LIMIT", "MARKET", "STOP_LIMIT", "STOP"]},
                "quantity": {"type": "number", "format": "decimal"},
                "price": {"type": "number", "format": "decimal"},
                "stopPrice": {"type": "number", "format": "decimal"},
                "limitPrice": {"type": "number", "format": "decimal"},
                "timeInForce": {"type": "string", "enum": ["GTC", "IOC", "FOK", "MAKER_ONLY", "MAKER_ONLY_REPRICE"]},
                "timestamp": {"type": "integer", "format": "unix_ms"},
                "recvWindow": {"type": "integer", "minimum": 0},
            },
        },
    },
)
_WEBSOCKET_TYPES = Types(
    replies={
        "cancel_order": models.WsCancelOrderReply,
        "cancel_orders": models.WsCancelOrderReply,
        "login": models.WsLoginReply,
        "modify_order": models.WsModifyOrderReply,
        "modify_orders": models.WsModifyOrderReply,
        "place_order": models.WsPlaceOrderReply,
        "place_orders": models.WsPlaceOrderReply,
        "subscribe": models.WsSubscribeReply,
        "unsubscribe": models.WsSubscribeReply,
    },
    payloads={
        "cancel_order": models.WsCancelOrderData,
        "cancel_orders": models.WsCancelOrderData,
        "login": models.WsLoginData,
        "modify_order": models.WsModifyOrderData,
        "modify_orders": models.WsModifyOrderData,
        "place_order": models.WsPlaceOrderData,
        "place_orders": models.WsPlaceOrderData,
    },
    messages={
        "balance": models.WsBalanceMessage,
        "best_bid_ask": models.WsBestBidAskMessage,
        "candles_14400s": models.WsCandleMessage,
        "candles_1800s": models.WsCandleMessage,
        "candles_180s": models.WsCandleMessage,
        "candles_21600s": models.WsCandleMessage,
        "candles_300s": models.WsCandleMessage,
        "candles_3600s": models.WsCandleMessage,
        "candles_43200s": models.WsCandleMessage,
        "candles_60s": models.WsCandleMessage,
        "candles_7200s": models.WsCandleMessage,
        "candles_86400s": models.WsCandleMessage,
        "candles_900s": models.WsCandleMessage,
        "depth": models.WsDepthMessage,
        "depth_l10": models.WsDepthFixedMessage,
        "depth_l25": models.WsDepthFixedMessage,
        "depth_l5": models.WsDepthFixedMessage,
        "depth_update": models.WsDepthUpdateMessage,
        "liquidation_rfq": models.WsLiquidationRfqMessage,
        "market": models.WsMarketMessage,
        "order": models.WsOrderMessage,
        "position": models.WsPositionMessage,
        "ticker": models.WsTickerMessage,
        "trade": models.WsTradeMessage,
    },
)


class AsyncWebsocketStream(AsyncStream):
    """Order commands and public and private channels over one JSON WebSocket. (asynchronous; `async with` connects and logs in)

    Args:
        api_key: credential for the login (never logged or shown in errors).
        api_secret: credential for the login (never logged or shown in errors).
        url: server to connect to; overrides `environment`.
        environment: one of live, stage.
        reconnect: reconnect after a drop (log in again, resubscribe everything).
        watchdog: seconds of silence after which the connection counts as dead.
        queue_size: messages kept per subscription for a slow consumer (the oldest are dropped).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        command_timeout: float = 10.0,
        watchdog: float | None = None,
        queue_size: int = 1000,
    ) -> None:
        credentials = Credentials(
            {
                "api_key": api_key,
                "api_secret": api_secret,
            }
        )
        del api_key, api_secret  # no frame keeps a credential in plain sight
        super().__init__(
            CONFIG,
            _WEBSOCKET_CONFIG,
            _WEBSOCKET_TYPES,
            credentials,
            url=url,
            environment=environment,
            reconnect=reconnect,
            command_timeout=command_timeout,
            watchdog=watchdog,
            queue_size=queue_size,
        )

    async def cancel_order(
        self,
        *,
        market_code: str,
        order_id: int,
    ) -> models.WsCancelOrderReply:
        """Cancel one open order.

        Requires an authenticated connection. Subscribe to the order channel for the OrderClosed
        notice; a cancel that arrives after the order has closed produces a CANCEL failure message
        (see events).

        Docs: https://docs.coinflex.com/#websocket-api-order-commands-cancel-order
        """
        data: dict[str, Any] = {
            "marketCode": market_code,
            "orderId": order_id,
        }
        reply: models.WsCancelOrderReply = await self.command(
            "cancel_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def cancel_orders(
        self,
        items: list[models.WsCancelOrderData],
    ) -> list[models.WsCancelOrderReply]:
        """Cancel up to 20 open orders in one message.

        Requires an authenticated connection. dataArray holds orders in the cancelorder format; the
        server replies to each order separately with a cancelorder reply. The batch size is limited
        by the message length (error 20027): by default up to 20 orders.

        Docs: https://docs.coinflex.com/#websocket-api-order-commands-cancel-batch-orders
        """
        replies: list[models.WsCancelOrderReply] = await self.command("cancel_orders", items)
        return replies

    async def modify_order(
        self,
        *,
        market_code: str,
        order_id: int,
        side: Literal["BUY", "SELL"] | None = None,
        price: DecimalLike | None = None,
        quantity: DecimalLike | None = None,
        timestamp: int | None = None,
        recv_window: int | None = None,
    ) -> models.WsModifyOrderReply:
        """Modify the price, quantity or side of one open LIMIT order.

        Requires an authenticated connection; only LIMIT orders can be modified. Reducing the
        quantity keeps the order's queue position and ID and emits OrderModified. Increasing the
        quantity or changing the price or side closes the order (OrderClosed with status
        CANCELED_BY_AMEND) and opens a new one with a new order ID (OrderOpened). A modify that
        arrives after the order has closed produces an AMEND failure message (see events).

        Docs: https://docs.coinflex.com/#websocket-api-order-commands-modify-order
        """
        data: dict[str, Any] = {
            "marketCode": market_code,
            "orderId": order_id,
            "side": side,
            "price": price,
            "quantity": quantity,
            "timestamp": timestamp,
            "recvWindow": recv_window,
        }
        reply: models.WsModifyOrderReply = await self.command(
            "modify_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def modify_orders(
        self,
        items: list[models.WsModifyOrderData],
    ) -> list[models.WsModifyOrderReply]:
        """Modify up to 20 open LIMIT orders in one message.

        Requires an authenticated connection. dataArray holds orders in the modifyorder format; the
        server replies to each order separately in the single modifyorder reply format. The batch
        size is limited by the message length (error 20027): by default up to 20 orders.

        Docs: https://docs.coinflex.com/#websocket-api-order-commands-modify-batch-orders
        """
        replies: list[models.WsModifyOrderReply] = await self.command("modify_orders", items)
        return replies

    async def place_order(
        self,
        *,
        market_code: str,
        side: Literal["BUY", "SELL"],
        order_type: Literal["LIMIT", "MARKET", "STOP_LIMIT", "STOP"],
        quantity: DecimalLike,
        client_order_id: int | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        limit_price: DecimalLike | None = None,
        time_in_force: Literal["GTC", "IOC", "FOK", "MAKER_ONLY", "MAKER_ONLY_REPRICE"] | None = None,
        timestamp: int | None = None,
        recv_window: int | None = None,
    ) -> models.WsPlaceOrderReply:
        """Place one order (LIMIT, MARKET or STOP_LIMIT).

        Requires an authenticated connection. Subscribe to the order channel for the order's updates
        (OrderOpened, OrderMatched, ...). One account can place up to 50 orders per second over the
        socket.

        Docs: https://docs.coinflex.com/#websocket-api-order-commands-place-limit-order
        """
        data: dict[str, Any] = {
            "marketCode": market_code,
            "side": side,
            "orderType": order_type,
            "quantity": quantity,
            "clientOrderId": client_order_id,
            "price": price,
            "stopPrice": stop_price,
            "limitPrice": limit_price,
            "timeInForce": time_in_force,
            "timestamp": timestamp,
            "recvWindow": recv_window,
        }
        reply: models.WsPlaceOrderReply = await self.command(
            "place_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def place_orders(
        self,
        items: list[models.WsPlaceOrderData],
    ) -> list[models.WsPlaceOrderReply]:
        """Place up to 20 orders (LIMIT, MARKET or STOP_LIMIT) in one message.

        Requires an authenticated connection. dataArray holds orders in the placeorder format; the
        server replies to each order separately with a placeorder reply. The batch size is limited
        by the message length (error 20027): by default up to 20 orders of about 200 characters
        each.

        Docs: https://docs.coinflex.com/#websocket-api-order-commands-place-batch-orders
        """
        replies: list[models.WsPlaceOrderReply] = await self.command("place_orders", items)
        return replies

    async def subscribe_balance(
        self,
        *,
        instrument_id: str,
    ) -> Subscription[models.WsBalanceMessage]:
        """The account's spot asset balances, pushed when they change.

        With balance:all, data lists every changed asset; with balance:<asset>, data holds the one
        subscribed asset.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-private-balance-channel
        """
        return await self.subscribe("balance", instrumentId=instrument_id)

    async def subscribe_best_bid_ask(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsBestBidAskMessage]:
        """Best bid and ask, pushed in real time on every change.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-best-bid-ask
        """
        return await self.subscribe("best_bid_ask", marketCode=market_code)

    async def subscribe_candles_14400s(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsCandleMessage]:
        """4-hour (14400s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return await self.subscribe("candles_14400s", marketCode=market_code)

    async def subscribe_candles_1800s(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsCandleMessage]:
        """30-minute (1800s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return await self.subscribe("candles_1800s", marketCode=market_code)

    async def subscribe_candles_180s(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsCandleMessage]:
        """3-minute (180s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return await self.subscribe("candles_180s", marketCode=market_code)

    async def subscribe_candles_21600s(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsCandleMessage]:
        """6-hour (21600s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return await self.subscribe("candles_21600s", marketCode=market_code)

    async def subscribe_candles_300s(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsCandleMessage]:
        """5-minute (300s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return await self.subscribe("candles_300s", marketCode=market_code)

    async def subscribe_candles_3600s(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsCandleMessage]:
        """1-hour (3600s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return await self.subscribe("candles_3600s", marketCode=market_code)

    async def subscribe_candles_43200s(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsCandleMessage]:
        """12-hour (43200s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return await self.subscribe("candles_43200s", marketCode=market_code)

    async def subscribe_candles_60s(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsCandleMessage]:
        """1-minute (60s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return await self.subscribe("candles_60s", marketCode=market_code)

    async def subscribe_candles_7200s(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsCandleMessage]:
        """2-hour (7200s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return await self.subscribe("candles_7200s", marketCode=market_code)

    async def subscribe_candles_86400s(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsCandleMessage]:
        """1-day (86400s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return await self.subscribe("candles_86400s", marketCode=market_code)

    async def subscribe_candles_900s(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsCandleMessage]:
        """15-minute (900s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return await self.subscribe("candles_900s", marketCode=market_code)

    async def subscribe_depth(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsDepthMessage]:
        """Full order book, as snapshots.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-full-order-book
        """
        return await self.subscribe("depth", marketCode=market_code)

    async def subscribe_depth_l10(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsDepthFixedMessage]:
        """Fixed-size order book, 10 levels a side, as snapshots.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-fixed-size-order-book
        """
        return await self.subscribe("depth_l10", marketCode=market_code)

    async def subscribe_depth_l25(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsDepthFixedMessage]:
        """Fixed-size order book, 25 levels a side, as snapshots.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-fixed-size-order-book
        """
        return await self.subscribe("depth_l25", marketCode=market_code)

    async def subscribe_depth_l5(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsDepthFixedMessage]:
        """Fixed-size order book, 5 levels a side, as snapshots.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-fixed-size-order-book
        """
        return await self.subscribe("depth_l5", marketCode=market_code)

    async def subscribe_depth_update(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsDepthUpdateMessage]:
        """Incremental order book - a snapshot, then diffs.

        After subscribing, a snapshot arrives with table depthUpdate and action partial; diffs
        arrive with table depthUpdate-diff and action increment. Buffer diffs that arrive before the
        snapshot. The first diff has the snapshot's seqNum and each later diff a larger one. Levels
        carry absolute quantities; quantity 0 removes the level.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-incremental-order-book
        """
        return await self.subscribe("depth_update", marketCode=market_code)

    async def subscribe_liquidation_rfq(
        self,
    ) -> Subscription[models.WsLiquidationRfqMessage]:
        """Request for quotes 50 ms before a liquidation, auto-borrow or auto-repay event.

        Pushed in real time whenever a client's position is about to be liquidated, or USD is about
        to be auto-borrowed or an auto-borrow repaid in a repo order book, so that users can make a
        two-way market for the event.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-liquidation-rfq
        """
        return await self.subscribe("liquidation_rfq")

    async def subscribe_market(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsMarketMessage]:
        """Live market price, sanity bounds and reference data of a market.

        With market:all, data lists every market; with market:<marketCode>, data holds that market.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-market
        """
        return await self.subscribe("market", marketCode=market_code)

    async def subscribe_order(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsOrderMessage]:
        """The account's order updates (OrderOpened, OrderClosed, OrderModified, OrderMatched).

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-private-order-channel
        """
        return await self.subscribe("order", marketCode=market_code)

    async def subscribe_position(
        self,
        *,
        instrument_id: str,
    ) -> Subscription[models.WsPositionMessage]:
        """The account's positions, pushed in real time when they change.

        With position:all, data lists one entry per instrument; with position:<instrumentId>, data
        holds that instrument's position.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-private-position-channel
        """
        return await self.subscribe("position", instrumentId=instrument_id)

    async def subscribe_ticker(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsTickerMessage]:
        """Live price and 24-hour volume of a market.

        With ticker:<marketCode>, data holds one ticker; ticker:all sends one message with every
        market.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-ticker
        """
        return await self.subscribe("ticker", marketCode=market_code)

    async def subscribe_trade(
        self,
        *,
        market_code: str,
    ) -> Subscription[models.WsTradeMessage]:
        """Public trades, pushed on every match.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-trade
        """
        return await self.subscribe("trade", marketCode=market_code)


class WebsocketStream(SyncStream):
    """Order commands and public and private channels over one JSON WebSocket. (blocking; `with` connects and logs in; same arguments as the async one)"""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        command_timeout: float = 10.0,
        watchdog: float | None = None,
        queue_size: int = 1000,
    ) -> None:
        credentials = Credentials(
            {
                "api_key": api_key,
                "api_secret": api_secret,
            }
        )
        del api_key, api_secret  # no frame keeps a credential in plain sight
        super().__init__(
            lambda: AsyncWebsocketStream(
                **credentials.as_dict(),
                url=url,
                environment=environment,
                reconnect=reconnect,
                command_timeout=command_timeout,
                watchdog=watchdog,
                queue_size=queue_size,
            )
        )

    def cancel_order(
        self,
        *,
        market_code: str,
        order_id: int,
    ) -> models.WsCancelOrderReply:
        """Cancel one open order.

        Requires an authenticated connection. Subscribe to the order channel for the OrderClosed
        notice; a cancel that arrives after the order has closed produces a CANCEL failure message
        (see events).

        Docs: https://docs.coinflex.com/#websocket-api-order-commands-cancel-order
        """
        data: dict[str, Any] = {
            "marketCode": market_code,
            "orderId": order_id,
        }
        reply: models.WsCancelOrderReply = self.command(
            "cancel_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    def cancel_orders(
        self,
        items: list[models.WsCancelOrderData],
    ) -> list[models.WsCancelOrderReply]:
        """Cancel up to 20 open orders in one message.

        Requires an authenticated connection. dataArray holds orders in the cancelorder format; the
        server replies to each order separately with a cancelorder reply. The batch size is limited
        by the message length (error 20027): by default up to 20 orders.

        Docs: https://docs.coinflex.com/#websocket-api-order-commands-cancel-batch-orders
        """
        replies: list[models.WsCancelOrderReply] = self.command("cancel_orders", items)
        return replies

    def modify_order(
        self,
        *,
        market_code: str,
        order_id: int,
        side: Literal["BUY", "SELL"] | None = None,
        price: DecimalLike | None = None,
        quantity: DecimalLike | None = None,
        timestamp: int | None = None,
        recv_window: int | None = None,
    ) -> models.WsModifyOrderReply:
        """Modify the price, quantity or side of one open LIMIT order.

        Requires an authenticated connection; only LIMIT orders can be modified. Reducing the
        quantity keeps the order's queue position and ID and emits OrderModified. Increasing the
        quantity or changing the price or side closes the order (OrderClosed with status
        CANCELED_BY_AMEND) and opens a new one with a new order ID (OrderOpened). A modify that
        arrives after the order has closed produces an AMEND failure message (see events).

        Docs: https://docs.coinflex.com/#websocket-api-order-commands-modify-order
        """
        data: dict[str, Any] = {
            "marketCode": market_code,
            "orderId": order_id,
            "side": side,
            "price": price,
            "quantity": quantity,
            "timestamp": timestamp,
            "recvWindow": recv_window,
        }
        reply: models.WsModifyOrderReply = self.command(
            "modify_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    def modify_orders(
        self,
        items: list[models.WsModifyOrderData],
    ) -> list[models.WsModifyOrderReply]:
        """Modify up to 20 open LIMIT orders in one message.

        Requires an authenticated connection. dataArray holds orders in the modifyorder format; the
        server replies to each order separately in the single modifyorder reply format. The batch
        size is limited by the message length (error 20027): by default up to 20 orders.

        Docs: https://docs.coinflex.com/#websocket-api-order-commands-modify-batch-orders
        """
        replies: list[models.WsModifyOrderReply] = self.command("modify_orders", items)
        return replies

    def place_order(
        self,
        *,
        market_code: str,
        side: Literal["BUY", "SELL"],
        order_type: Literal["LIMIT", "MARKET", "STOP_LIMIT", "STOP"],
        quantity: DecimalLike,
        client_order_id: int | None = None,
        price: DecimalLike | None = None,
        stop_price: DecimalLike | None = None,
        limit_price: DecimalLike | None = None,
        time_in_force: Literal["GTC", "IOC", "FOK", "MAKER_ONLY", "MAKER_ONLY_REPRICE"] | None = None,
        timestamp: int | None = None,
        recv_window: int | None = None,
    ) -> models.WsPlaceOrderReply:
        """Place one order (LIMIT, MARKET or STOP_LIMIT).

        Requires an authenticated connection. Subscribe to the order channel for the order's updates
        (OrderOpened, OrderMatched, ...). One account can place up to 50 orders per second over the
        socket.

        Docs: https://docs.coinflex.com/#websocket-api-order-commands-place-limit-order
        """
        data: dict[str, Any] = {
            "marketCode": market_code,
            "side": side,
            "orderType": order_type,
            "quantity": quantity,
            "clientOrderId": client_order_id,
            "price": price,
            "stopPrice": stop_price,
            "limitPrice": limit_price,
            "timeInForce": time_in_force,
            "timestamp": timestamp,
            "recvWindow": recv_window,
        }
        reply: models.WsPlaceOrderReply = self.command("place_order", {k: v for k, v in data.items() if v is not None})
        return reply

    def place_orders(
        self,
        items: list[models.WsPlaceOrderData],
    ) -> list[models.WsPlaceOrderReply]:
        """Place up to 20 orders (LIMIT, MARKET or STOP_LIMIT) in one message.

        Requires an authenticated connection. dataArray holds orders in the placeorder format; the
        server replies to each order separately with a placeorder reply. The batch size is limited
        by the message length (error 20027): by default up to 20 orders of about 200 characters
        each.

        Docs: https://docs.coinflex.com/#websocket-api-order-commands-place-batch-orders
        """
        replies: list[models.WsPlaceOrderReply] = self.command("place_orders", items)
        return replies

    def subscribe_balance(
        self,
        *,
        instrument_id: str,
    ) -> SyncSubscription[models.WsBalanceMessage]:
        """The account's spot asset balances, pushed when they change.

        With balance:all, data lists every changed asset; with balance:<asset>, data holds the one
        subscribed asset.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-private-balance-channel
        """
        return self.subscribe("balance", instrumentId=instrument_id)

    def subscribe_best_bid_ask(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsBestBidAskMessage]:
        """Best bid and ask, pushed in real time on every change.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-best-bid-ask
        """
        return self.subscribe("best_bid_ask", marketCode=market_code)

    def subscribe_candles_14400s(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsCandleMessage]:
        """4-hour (14400s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return self.subscribe("candles_14400s", marketCode=market_code)

    def subscribe_candles_1800s(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsCandleMessage]:
        """30-minute (1800s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return self.subscribe("candles_1800s", marketCode=market_code)

    def subscribe_candles_180s(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsCandleMessage]:
        """3-minute (180s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return self.subscribe("candles_180s", marketCode=market_code)

    def subscribe_candles_21600s(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsCandleMessage]:
        """6-hour (21600s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return self.subscribe("candles_21600s", marketCode=market_code)

    def subscribe_candles_300s(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsCandleMessage]:
        """5-minute (300s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return self.subscribe("candles_300s", marketCode=market_code)

    def subscribe_candles_3600s(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsCandleMessage]:
        """1-hour (3600s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return self.subscribe("candles_3600s", marketCode=market_code)

    def subscribe_candles_43200s(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsCandleMessage]:
        """12-hour (43200s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return self.subscribe("candles_43200s", marketCode=market_code)

    def subscribe_candles_60s(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsCandleMessage]:
        """1-minute (60s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return self.subscribe("candles_60s", marketCode=market_code)

    def subscribe_candles_7200s(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsCandleMessage]:
        """2-hour (7200s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return self.subscribe("candles_7200s", marketCode=market_code)

    def subscribe_candles_86400s(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsCandleMessage]:
        """1-day (86400s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return self.subscribe("candles_86400s", marketCode=market_code)

    def subscribe_candles_900s(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsCandleMessage]:
        """15-minute (900s) candles of a market - the current candle.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-candles
        """
        return self.subscribe("candles_900s", marketCode=market_code)

    def subscribe_depth(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsDepthMessage]:
        """Full order book, as snapshots.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-full-order-book
        """
        return self.subscribe("depth", marketCode=market_code)

    def subscribe_depth_l10(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsDepthFixedMessage]:
        """Fixed-size order book, 10 levels a side, as snapshots.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-fixed-size-order-book
        """
        return self.subscribe("depth_l10", marketCode=market_code)

    def subscribe_depth_l25(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsDepthFixedMessage]:
        """Fixed-size order book, 25 levels a side, as snapshots.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-fixed-size-order-book
        """
        return self.subscribe("depth_l25", marketCode=market_code)

    def subscribe_depth_l5(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsDepthFixedMessage]:
        """Fixed-size order book, 5 levels a side, as snapshots.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-fixed-size-order-book
        """
        return self.subscribe("depth_l5", marketCode=market_code)

    def subscribe_depth_update(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsDepthUpdateMessage]:
        """Incremental order book - a snapshot, then diffs.

        After subscribing, a snapshot arrives with table depthUpdate and action partial; diffs
        arrive with table depthUpdate-diff and action increment. Buffer diffs that arrive before the
        snapshot. The first diff has the snapshot's seqNum and each later diff a larger one. Levels
        carry absolute quantities; quantity 0 removes the level.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-incremental-order-book
        """
        return self.subscribe("depth_update", marketCode=market_code)

    def subscribe_liquidation_rfq(
        self,
    ) -> SyncSubscription[models.WsLiquidationRfqMessage]:
        """Request for quotes 50 ms before a liquidation, auto-borrow or auto-repay event.

        Pushed in real time whenever a client's position is about to be liquidated, or USD is about
        to be auto-borrowed or an auto-borrow repaid in a repo order book, so that users can make a
        two-way market for the event.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-liquidation-rfq
        """
        return self.subscribe("liquidation_rfq")

    def subscribe_market(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsMarketMessage]:
        """Live market price, sanity bounds and reference data of a market.

        With market:all, data lists every market; with market:<marketCode>, data holds that market.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-market
        """
        return self.subscribe("market", marketCode=market_code)

    def subscribe_order(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsOrderMessage]:
        """The account's order updates (OrderOpened, OrderClosed, OrderModified, OrderMatched).

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-private-order-channel
        """
        return self.subscribe("order", marketCode=market_code)

    def subscribe_position(
        self,
        *,
        instrument_id: str,
    ) -> SyncSubscription[models.WsPositionMessage]:
        """The account's positions, pushed in real time when they change.

        With position:all, data lists one entry per instrument; with position:<instrumentId>, data
        holds that instrument's position.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-private-position-channel
        """
        return self.subscribe("position", instrumentId=instrument_id)

    def subscribe_ticker(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsTickerMessage]:
        """Live price and 24-hour volume of a market.

        With ticker:<marketCode>, data holds one ticker; ticker:all sends one message with every
        market.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-ticker
        """
        return self.subscribe("ticker", marketCode=market_code)

    def subscribe_trade(
        self,
        *,
        market_code: str,
    ) -> SyncSubscription[models.WsTradeMessage]:
        """Public trades, pushed on every match.

        Docs: https://docs.coinflex.com/#websocket-api-subscriptions-public-trade
        """
        return self.subscribe("trade", marketCode=market_code)
