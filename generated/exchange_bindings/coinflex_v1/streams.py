"""CoinFLEX v1 (Trade Engine) stream clients (WebSocket), generated from spec/coinflex_v1; do not edit.

    async with AsyncWebsocketStream(user_id="...", cookie="...", passphrase="...", private_key="...", environment='live') as stream:
        book = await stream.subscribe_balance_changed(...)
        async for message in book:
            ...

Every client logs in when given credentials, reconnects with backoff and resubscribes after a
drop, and raises typed errors; see exchange_bindings.runtime.transports.websocket for the guarantees.
"""

from __future__ import annotations

from typing import Any, Literal

from exchange_bindings.runtime.auth import Credentials
from exchange_bindings.runtime.auth.login import Challenge, StreamLogin
from exchange_bindings.runtime.client import DecimalLike
from exchange_bindings.runtime.codecs.scaled import Scaled
from exchange_bindings.runtime.codecs.shape import Fields, Items
from exchange_bindings.runtime.codecs.timestamps import UnixTime
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
    Sequence,
    StubMapping,
    Watch,
    WebSocketStream,
)

from . import models
from .config import CONFIG

__all__ = ["AsyncWebsocketStream", "WebsocketStream"]


_WEBSOCKET_CONFIG = WebSocketStream(
    name="websocket",
    server="ws",
    framing=Framing(
        op="method",
        tag="tag",
        tag_type="integer",
        data=None,
        reply_data=None,
        reply_ok_code=0,
        reply_code="error_code",
        reply_message="error_msg",
        push_channel="notice",
    ),
    login=StreamLogin(
        command="authenticate",
        scheme="ecdsa",
        data={"user_id": "{user_id}", "cookie": "{cookie}", "nonce": "{client_nonce}", "signature": ["{r}", "{s}"]},
        challenge=Challenge(message={"notice": "Welcome"}, field="nonce"),
    ),
    heartbeat=Heartbeat(kind="ws_ping", interval=45.0, timeout=60.0),
    pushed=True,
    commands={
        "authenticate": Command(
            name="authenticate",
            op="Authenticate",
            cost={"auth_attempts": 1},
            data={"$ref": "#/schemas/WsAuthenticateData"},
            reply={"$ref": "#/schemas/WsReply"},
            stub=StubMapping(
                messages={
                    "unknown_account": "There is no such user.",
                    "rate_limited": "You are making authentication attempts too rapidly.",
                    "unknown_key": "You sent an incorrect login cookie.",
                    "bad_signature": "You sent an incorrect signature. This probably means you used a wrong passphrase.",
                }
            ),
        ),
        "cancel_all_orders": Command(
            name="cancel_all_orders",
            op="CancelAllOrders",
            auth=True,
            cost={"ws_orders": 1},
            reply={"$ref": "#/schemas/WsOrdersReply"},
            reply_codecs=Fields(
                fields=(
                    (
                        "orders",
                        Items(
                            item=Fields(
                                fields=(
                                    ("quantity", Scaled(scale="amount", key="{base}")),
                                    ("price", Scaled(scale="price", key="{base}:{counter}")),
                                    ("time", UnixTime(unit="unix_us")),
                                )
                            )
                        ),
                    ),
                )
            ),
            stub=StubMapping(
                action="cancel_all",
                respond={
                    "orders": {
                        "$each": "result",
                        "$as": "o",
                        "$item": {
                            "id": "{o.id}",
                            "tonce": "{o.client_order_id}",
                            "base": "{o.market|to:base_id}",
                            "counter": "{o.market|to:counter_id}",
                            "quantity": {
                                "$if": "o.side|eq:sell",
                                "$then": "{o.remaining|neg}",
                                "$else": "{o.remaining}",
                            },
                            "price": "{o.price}",
                            "time": "{o.created_ms}",
                        },
                    }
                },
                messages={
                    "rate_limited": "You are sending orders too rapidly.",
                    "login_required": "You are not authenticated.",
                },
            ),
        ),
        "cancel_order": Command(
            name="cancel_order",
            op="CancelOrder",
            auth=True,
            cost={"ws_orders": 1},
            data={"$ref": "#/schemas/WsCancelOrderData"},
            reply={"$ref": "#/schemas/WsOrderReply"},
            reply_codecs=Fields(
                fields=(
                    ("quantity", Scaled(scale="amount", key="{base}")),
                    ("price", Scaled(scale="price", key="{base}:{counter}")),
                    ("time", UnixTime(unit="unix_us")),
                )
            ),
            stub=StubMapping(
                action="cancel_order",
                args={"order_id": "{data.id}", "client_order_id": "{data.tonce}", "open": True},
                respond={
                    "$with": "result",
                    "$as": "o",
                    "$item": {
                        "id": "{o.id}",
                        "tonce": "{o.client_order_id}",
                        "base": "{o.market|to:base_id}",
                        "counter": "{o.market|to:counter_id}",
                        "quantity": {"$if": "o.side|eq:sell", "$then": "{o.remaining|neg}", "$else": "{o.remaining}"},
                        "price": "{o.price}",
                        "time": "{o.created_ms}",
                    },
                },
                messages={
                    "order_not_found": "The specified order was not found.",
                    "order_not_open": "The specified order was not found.",
                    "rate_limited": "You are sending orders too rapidly.",
                    "login_required": "You are not authenticated.",
                    "missing_parameter": "You must specify either order ID or tonce.",
                },
            ),
        ),
        "estimate_market_order": Command(
            name="estimate_market_order",
            op="EstimateMarketOrder",
            cost={"ws_orders": 1},
            data={"$ref": "#/schemas/WsEstimateMarketOrderData"},
            reply={"$ref": "#/schemas/WsEstimateMarketOrderReply"},
            payload_codecs=Fields(
                fields=(
                    ("quantity", Scaled(scale="amount", key="{base}")),
                    ("total", Scaled(scale="amount", key="{counter}")),
                )
            ),
            reply_codecs=Fields(
                fields=(
                    ("quantity", Scaled(scale="amount", key="{base}")),
                    ("total", Scaled(scale="amount", key="{counter}")),
                )
            ),
            stub=StubMapping(
                action="estimate_market_order",
                args={
                    "symbol": "{data.base|from:asset_id}:{data.counter|from:asset_id}",
                    "side": "{data.quantity|or:data.total|sign|from:side_sign}",
                    "quantity": "{data.quantity|or:data.total|abs}",
                    "amount_currency": {
                        "$if": "data.total",
                        "$then": "{data.counter|from:asset_id}",
                        "$else": "{data.base|from:asset_id}",
                    },
                },
                respond={
                    "quantity": {
                        "$if": "data.quantity|or:data.total|sign|eq:negative",
                        "$then": "{result.quantity|neg}",
                        "$else": "{result.quantity}",
                    },
                    "total": {
                        "$if": "data.quantity|or:data.total|sign|eq:negative",
                        "$then": "{result.total|neg}",
                        "$else": "{result.total}",
                    },
                },
                messages={
                    "unknown_market": "You specified an invalid asset pair.",
                    "rate_limited": "You are sending orders too rapidly.",
                    "invalid_quantity": "Quantity must not be zero.",
                    "missing_parameter": "You must specify either quantity or total for a market order.",
                },
            ),
            client_fields=("side",),
            signs=(("quantity", "side", "sell"), ("total", "side", "sell")),
        ),
        "get_balances": Command(
            name="get_balances",
            op="GetBalances",
            auth=True,
            cost={"information": 1},
            reply={"$ref": "#/schemas/WsGetBalancesReply"},
            reply_codecs=Fields(
                fields=(
                    (
                        "balances",
                        Items(
                            item=Fields(
                                fields=(
                                    ("balance", Scaled(scale="amount", key="{asset}")),
                                    ("reserved_balance", Scaled(scale="amount", key="{asset}")),
                                    ("total_balance", Scaled(scale="amount", key="{asset}")),
                                )
                            )
                        ),
                    ),
                )
            ),
            stub=StubMapping(
                action="balances",
                respond={
                    "balances": {
                        "$each": "result",
                        "$as": "b",
                        "$item": {
                            "asset": "{b.asset|to:asset_id}",
                            "balance": "{b.available}",
                            "reserved_balance": "{b.reserved}",
                            "total_balance": "{b.total}",
                        },
                    }
                },
                messages={
                    "rate_limited": "You are making information requests too rapidly.",
                    "login_required": "You are not authenticated.",
                },
            ),
        ),
        "get_orders": Command(
            name="get_orders",
            op="GetOrders",
            auth=True,
            cost={"information": 1},
            reply={"$ref": "#/schemas/WsOrdersReply"},
            reply_codecs=Fields(
                fields=(
                    (
                        "orders",
                        Items(
                            item=Fields(
                                fields=(
                                    ("quantity", Scaled(scale="amount", key="{base}")),
                                    ("price", Scaled(scale="price", key="{base}:{counter}")),
                                    ("time", UnixTime(unit="unix_us")),
                                )
                            )
                        ),
                    ),
                )
            ),
            stub=StubMapping(
                action="open_orders",
                respond={
                    "orders": {
                        "$each": "result",
                        "$as": "o",
                        "$item": {
                            "id": "{o.id}",
                            "tonce": "{o.client_order_id}",
                            "base": "{o.market|to:base_id}",
                            "counter": "{o.market|to:counter_id}",
                            "quantity": {
                                "$if": "o.side|eq:sell",
                                "$then": "{o.remaining|neg}",
                                "$else": "{o.remaining}",
                            },
                            "price": "{o.price}",
                            "time": "{o.created_ms}",
                        },
                    }
                },
                messages={
                    "rate_limited": "You are making information requests too rapidly.",
                    "login_required": "You are not authenticated.",
                },
            ),
        ),
        "get_trade_volume": Command(
            name="get_trade_volume",
            op="GetTradeVolume",
            auth=True,
            cost={"information": 1},
            data={"$ref": "#/schemas/WsGetTradeVolumeData"},
            reply={"$ref": "#/schemas/WsGetTradeVolumeReply"},
            reply_codecs=Fields(fields=(("volume", Scaled(scale="amount", key="{asset}")),)),
            stub=StubMapping(
                action="trade_volume",
                args={"asset": "{data.asset|from:asset_id}", "days": 30, "self_trades": False},
                respond={"volume": "{result.volume}"},
                messages={
                    "rate_limited": "You are making information requests too rapidly.",
                    "login_required": "You are not authenticated.",
                },
            ),
        ),
        "modify_order": Command(
            name="modify_order",
            op="ModifyOrder",
            auth=True,
            cost={"ws_orders": 1},
            data={"$ref": "#/schemas/WsModifyOrderData"},
            reply={"$ref": "#/schemas/WsOrderReply"},
            payload_codecs=Fields(
                fields=(("quantity_delta", Scaled(scale="amount")), ("price", Scaled(scale="price")))
            ),
            reply_codecs=Fields(
                fields=(
                    ("quantity", Scaled(scale="amount", key="{base}")),
                    ("price", Scaled(scale="price", key="{base}:{counter}")),
                    ("time", UnixTime(unit="unix_us")),
                )
            ),
            stub=StubMapping(
                action="modify_order",
                args={
                    "order_id": "{data.id}",
                    "client_order_id": "{data.tonce}",
                    "price": "{data.price}",
                    "quantity_delta": "{data.quantity_delta}",
                    "ids": "keep",
                    "open": True,
                },
                respond={
                    "$with": "result",
                    "$as": "o",
                    "$item": {
                        "id": "{o.id}",
                        "tonce": "{o.client_order_id}",
                        "base": "{o.market|to:base_id}",
                        "counter": "{o.market|to:counter_id}",
                        "quantity": {"$if": "o.side|eq:sell", "$then": "{o.remaining|neg}", "$else": "{o.remaining}"},
                        "price": "{o.price}",
                        "time": "{o.updated_ms}",
                    },
                },
                messages={
                    "order_not_found": "The specified order was not found.",
                    "order_not_open": "The specified order was not found.",
                    "insufficient_funds": "You have insufficient funds.",
                    "rate_limited": "You are sending orders too rapidly.",
                    "login_required": "You are not authenticated.",
                    "missing_parameter": "You must specify either order ID or tonce.",
                    "invalid_quantity": "Quantity delta must not be zero.",
                    "invalid_price": "Price must not be zero.",
                },
            ),
        ),
        "place_order": Command(
            name="place_order",
            op="PlaceOrder",
            auth=True,
            cost={"ws_orders": 1},
            data={"$ref": "#/schemas/WsPlaceOrderData"},
            reply={"$ref": "#/schemas/WsPlaceOrderReply"},
            payload_codecs=Fields(
                fields=(
                    ("quantity", Scaled(scale="amount", key="{base}")),
                    ("price", Scaled(scale="price", key="{base}:{counter}")),
                    ("total", Scaled(scale="amount", key="{counter}")),
                )
            ),
            reply_codecs=Fields(fields=(("time", UnixTime(unit="unix_us")), ("remaining", Scaled(scale="amount")))),
            stub=StubMapping(
                action="place_order",
                args={
                    "symbol": "{data.base|from:asset_id}:{data.counter|from:asset_id}",
                    "side": "{data.quantity|or:data.total|sign|from:side_sign}",
                    "type": {"$if": "data.price", "$then": "limit", "$else": "market"},
                    "quantity": "{data.quantity|or:data.total|abs}",
                    "amount_currency": {
                        "$if": "data.total",
                        "$then": "{data.counter|from:asset_id}",
                        "$else": "{data.base|from:asset_id}",
                    },
                    "price": "{data.price}",
                    "client_order_id": "{data.tonce}",
                    "time_in_force": {
                        "$if": "data.persist|eq:fill_or_kill",
                        "$then": "ioc",
                        "$else": {"$if": "data.post_only", "$then": "maker_only", "$else": "gtc"},
                    },
                },
                respond={
                    "$if": "data.price",
                    "$then": {"id": "{result.id}", "time": "{result.created_ms}"},
                    "$else": {"remaining": "{result.remaining}"},
                },
                until_disconnect="data.persist|str|eq:False",
                messages={
                    "unknown_market": "You specified an invalid asset pair.",
                    "out_of_sequence": "Tonce is out of sequence.",
                    "insufficient_funds": "You have insufficient funds.",
                    "rate_limited": "You are sending orders too rapidly.",
                    "login_required": "You are not authenticated.",
                    "invalid_price": "Price must not be zero.",
                    "invalid_quantity": "Quantity must not be zero.",
                    "missing_parameter": "You must specify either quantity or total for a market order.",
                },
            ),
            client_fields=("side",),
            signs=(("quantity", "side", "sell"), ("total", "side", "sell")),
        ),
        "watch_orders": Command(
            name="watch_orders",
            op="WatchOrders",
            data={"$ref": "#/schemas/WsWatchData"},
            reply={"$ref": "#/schemas/WsWatchOrdersReply"},
            reply_codecs=Fields(
                fields=(
                    (
                        "orders",
                        Items(
                            item=Fields(
                                fields=(
                                    ("quantity", Scaled(scale="amount", key="{base}")),
                                    ("price", Scaled(scale="price", key="{base}:{counter}")),
                                    ("time", UnixTime(unit="unix_us")),
                                )
                            )
                        ),
                    ),
                )
            ),
            stub=StubMapping(
                action="book_orders",
                args={"symbol": "{data.base|from:asset_id}:{data.counter|from:asset_id}", "limit": 1000},
                respond={
                    "$if": "data.watch",
                    "$then": {
                        "orders": {
                            "$each": "result",
                            "$as": "o",
                            "$item": {
                                "id": "{o.id}",
                                "quantity": {
                                    "$if": "o.side|eq:sell",
                                    "$then": "{o.remaining|neg}",
                                    "$else": "{o.remaining}",
                                },
                                "price": "{o.price}",
                                "time": "{o.created_ms}",
                            },
                        }
                    },
                    "$else": {},
                },
                watch=Watch(
                    channels=("order_opened", "order_modified", "orders_matched", "order_closed"), active="data.watch"
                ),
                messages={
                    "unknown_market": "You specified an invalid asset pair.",
                    "not_subscribed": "You are not watching the order book for the specified asset pair.",
                    "already_subscribed": "You are already watching the order book for the specified asset pair.",
                },
            ),
        ),
        "watch_ticker": Command(
            name="watch_ticker",
            op="WatchTicker",
            data={"$ref": "#/schemas/WsWatchData"},
            reply={"$ref": "#/schemas/WsWatchTickerReply"},
            reply_codecs=Fields(
                fields=(
                    ("last", Scaled(scale="price", key="{base}:{counter}")),
                    ("bid", Scaled(scale="price", key="{base}:{counter}")),
                    ("ask", Scaled(scale="price", key="{base}:{counter}")),
                    ("low", Scaled(scale="price", key="{base}:{counter}")),
                    ("high", Scaled(scale="price", key="{base}:{counter}")),
                    ("volume", Scaled(scale="amount", key="{base}")),
                )
            ),
            stub=StubMapping(
                action="tickers",
                args={"symbol": "{data.base|from:asset_id}:{data.counter|from:asset_id}"},
                respond={
                    "$if": "data.watch",
                    "$then": {
                        "$with": "result|first",
                        "$as": "t",
                        "$item": {
                            "last": "{t.last}",
                            "bid": "{t.bid}",
                            "ask": "{t.ask}",
                            "low": "{t.low}",
                            "high": "{t.high}",
                            "volume": "{t.volume}",
                        },
                    },
                    "$else": {},
                },
                watch=Watch(channels=("ticker_changed",), active="data.watch"),
                messages={
                    "unknown_market": "You specified an invalid asset pair.",
                    "not_subscribed": "You are not watching the ticker for the specified asset pair.",
                    "already_subscribed": "You are already watching the ticker for the specified asset pair.",
                },
            ),
        ),
    },
    channels={
        "balance_changed": Channel(
            name="balance_changed",
            pattern="balance_changed",
            tables=("BalanceChanged",),
            message={"$ref": "#/schemas/WsBalanceChanged"},
            auth=True,
            message_codecs=Fields(fields=(("balance", Scaled(scale="amount", key="{asset}")),)),
            stub=StubMapping(
                action="balances",
                respond={
                    "$each": "result",
                    "$as": "b",
                    "$item": {"notice": "BalanceChanged", "asset": "{b.asset|to:asset_id}", "balance": "{b.available}"},
                },
                push_on=("balance",),
            ),
        ),
        "order_closed": Channel(
            name="order_closed",
            pattern="order_closed",
            tables=("OrderClosed",),
            message={"$ref": "#/schemas/WsOrderClosed"},
            auth=True,
            message_codecs=Fields(
                fields=(
                    ("quantity", Scaled(scale="amount", key="{base}")),
                    ("price", Scaled(scale="price", key="{base}:{counter}")),
                    ("time_closed", UnixTime(unit="unix_us")),
                )
            ),
            stub=StubMapping(
                respond={
                    "$if": "event.is_open",
                    "$then": None,
                    "$else": {
                        "notice": "OrderClosed",
                        "id": "{event.id}",
                        "base": "{event.market|to:base_id}",
                        "counter": "{event.market|to:counter_id}",
                        "quantity": {
                            "$if": "event.side|eq:sell",
                            "$then": "{event.remaining|neg}",
                            "$else": "{event.remaining}",
                        },
                        "price": "{event.price}",
                        "tonce": "{event.client_order_id}",
                        "time_closed": "{event.updated_ms}",
                    },
                },
                push_on=("order",),
                owner_fields=(("{event.account}", ("tonce",)),),
            ),
        ),
        "order_modified": Channel(
            name="order_modified",
            pattern="order_modified",
            tables=("OrderModified",),
            message={"$ref": "#/schemas/WsOrderNotice"},
            auth=True,
            message_codecs=Fields(
                fields=(
                    ("quantity", Scaled(scale="amount", key="{base}")),
                    ("price", Scaled(scale="price", key="{base}:{counter}")),
                    ("time", UnixTime(unit="unix_us")),
                )
            ),
            stub=StubMapping(
                respond={
                    "notice": "OrderModified",
                    "id": "{event.id}",
                    "base": "{event.market|to:base_id}",
                    "counter": "{event.market|to:counter_id}",
                    "quantity": {
                        "$if": "event.side|eq:sell",
                        "$then": "{event.remaining|neg}",
                        "$else": "{event.remaining}",
                    },
                    "price": "{event.price}",
                    "tonce": "{event.client_order_id}",
                    "time": "{event.modified_ms}",
                },
                push_on=("modified",),
                owner_fields=(("{event.account}", ("tonce",)),),
            ),
        ),
        "order_opened": Channel(
            name="order_opened",
            pattern="order_opened",
            tables=("OrderOpened",),
            message={"$ref": "#/schemas/WsOrderNotice"},
            auth=True,
            message_codecs=Fields(
                fields=(
                    ("quantity", Scaled(scale="amount", key="{base}")),
                    ("price", Scaled(scale="price", key="{base}:{counter}")),
                    ("time", UnixTime(unit="unix_us")),
                )
            ),
            stub=StubMapping(
                respond={
                    "$if": "event.status|eq:open",
                    "$then": {
                        "$if": "event.modified_ms|eq:0",
                        "$then": {
                            "notice": "OrderOpened",
                            "id": "{event.id}",
                            "base": "{event.market|to:base_id}",
                            "counter": "{event.market|to:counter_id}",
                            "quantity": {
                                "$if": "event.side|eq:sell",
                                "$then": "{event.remaining|neg}",
                                "$else": "{event.remaining}",
                            },
                            "price": "{event.price}",
                            "tonce": "{event.client_order_id}",
                            "time": "{event.created_ms}",
                        },
                    },
                },
                push_on=("order",),
                owner_fields=(("{event.account}", ("tonce",)),),
            ),
        ),
        "orders_matched": Channel(
            name="orders_matched",
            pattern="orders_matched",
            tables=("OrdersMatched",),
            message={"$ref": "#/schemas/WsOrdersMatched"},
            auth=True,
            message_codecs=Fields(
                fields=(
                    ("quantity", Scaled(scale="amount", key="{base}")),
                    ("price", Scaled(scale="price", key="{base}:{counter}")),
                    ("total", Scaled(scale="amount", key="{counter}")),
                    ("bid_rem", Scaled(scale="amount", key="{base}")),
                    ("ask_rem", Scaled(scale="amount", key="{base}")),
                    ("time", UnixTime(unit="unix_us")),
                    ("bid_base_fee", Scaled(scale="amount", key="{base}")),
                    ("bid_counter_fee", Scaled(scale="amount", key="{counter}")),
                    ("ask_base_fee", Scaled(scale="amount", key="{base}")),
                    ("ask_counter_fee", Scaled(scale="amount", key="{counter}")),
                )
            ),
            stub=StubMapping(
                action="match",
                args={"symbol": "{event.market}", "trade_id": "{event.id}"},
                respond={
                    "notice": "OrdersMatched",
                    "base": "{event.market|to:base_id}",
                    "counter": "{event.market|to:counter_id}",
                    "bid": {"$if": "result.bid.order.price", "$then": "{result.bid.order.id}"},
                    "bid_tonce": "{result.bid.order.client_order_id}",
                    "ask": {"$if": "result.ask.order.price", "$then": "{result.ask.order.id}"},
                    "ask_tonce": "{result.ask.order.client_order_id}",
                    "quantity": "{event.quantity}",
                    "taker_side": {"$if": "event.taker_side|eq:buy", "$then": "bid", "$else": "ask"},
                    "taker": {
                        "$if": "result.bid.order.account|same:account_id",
                        "$then": "{result.bid.fill.liquidity|eq:taker}",
                        "$else": {
                            "$if": "result.ask.order.account|same:account_id",
                            "$then": "{result.ask.fill.liquidity|eq:taker}",
                        },
                    },
                    "price": "{event.price}",
                    "total": "{result.bid.fill.total}",
                    "bid_rem": {"$if": "result.bid.order.price", "$then": "{result.bid.order.remaining}"},
                    "ask_rem": {"$if": "result.ask.order.price", "$then": "{result.ask.order.remaining}"},
                    "time": "{event.time_ms}",
                    "bid_base_fee": 0,
                    "bid_counter_fee": "{result.bid.fill.fee}",
                    "ask_base_fee": 0,
                    "ask_counter_fee": "{result.ask.fill.fee}",
                },
                push_on=("trade",),
                owner_fields=(
                    ("{result.bid.order.account}", ("bid_tonce", "bid_base_fee", "bid_counter_fee")),
                    ("{result.ask.order.account}", ("ask_tonce", "ask_base_fee", "ask_counter_fee")),
                ),
            ),
        ),
        "ticker_changed": Channel(
            name="ticker_changed",
            pattern="ticker_changed",
            tables=("TickerChanged",),
            message={"$ref": "#/schemas/WsTickerChanged"},
            message_codecs=Fields(
                fields=(
                    ("last", Scaled(scale="price", key="{base}:{counter}")),
                    ("bid", Scaled(scale="price", key="{base}:{counter}")),
                    ("ask", Scaled(scale="price", key="{base}:{counter}")),
                    ("low", Scaled(scale="price", key="{base}:{counter}")),
                    ("high", Scaled(scale="price", key="{base}:{counter}")),
                    ("volume", Scaled(scale="amount", key="{base}")),
                )
            ),
            stub=StubMapping(
                action="tickers",
                args={"symbol": "{params.base|from:asset_id}:{params.counter|from:asset_id}"},
                respond={
                    "$with": "result|first",
                    "$as": "t",
                    "$item": {
                        "notice": "TickerChanged",
                        "base": "{params.base}",
                        "counter": "{params.counter}",
                        "last": "{t.last}",
                        "bid": "{t.bid}",
                        "ask": "{t.ask}",
                        "low": "{t.low}",
                        "high": "{t.high}",
                        "volume": "{t.volume}",
                    },
                },
                push_on=("order", "modified", "trade"),
                changed_only=("last", "bid", "ask", "low", "high", "volume"),
            ),
        ),
        "trade_volume_changed": Channel(
            name="trade_volume_changed",
            pattern="trade_volume_changed",
            tables=("TradeVolumeChanged",),
            message={"$ref": "#/schemas/WsTradeVolumeChanged"},
            auth=True,
            message_codecs=Fields(fields=(("volume", Scaled(scale="amount", key="{asset}")),)),
            stub=StubMapping(
                action="trade_volume",
                args={"market": "{event.market}", "days": 30, "self_trades": False},
                respond={
                    "$each": "result",
                    "$as": "v",
                    "$item": {"notice": "TradeVolumeChanged", "asset": "{v.asset|to:asset_id}", "volume": "{v.volume}"},
                },
                push_on=("fill",),
            ),
        ),
    },
    schemas={
        "WsAuthenticateData": {
            "type": "object",
            "required": ["user_id", "cookie", "nonce", "signature"],
            "properties": {
                "user_id": {"type": "integer", "minimum": 0},
                "cookie": {"type": "string"},
                "nonce": {"type": "string", "minLength": 24, "maxLength": 24},
                "signature": {
                    "type": "array",
                    "minItems": 2,
                    "maxItems": 2,
                    "items": {"type": "string", "minLength": 40, "maxLength": 40},
                },
            },
        },
        "WsCancelOrderData": {
            "type": "object",
            "properties": {"id": {"type": "integer"}, "tonce": {"type": "integer", "minimum": 1}},
        },
        "WsEstimateMarketOrderData": {
            "type": "object",
            "required": ["base", "counter"],
            "properties": {
                "base": {"type": "integer"},
                "counter": {"type": "integer"},
                "quantity": {
                    "type": "integer",
                    "x-scale": {"scale": "amount", "key": "{base}"},
                    "x-client-sign": {"by": "side", "negative_when": "sell"},
                },
                "side": {"type": "string", "enum": ["buy", "sell"], "x-client": True},
                "total": {
                    "type": "integer",
                    "x-scale": {"scale": "amount", "key": "{counter}"},
                    "x-client-sign": {"by": "side", "negative_when": "sell"},
                },
            },
        },
        "WsGetTradeVolumeData": {"type": "object", "required": ["asset"], "properties": {"asset": {"type": "integer"}}},
        "WsModifyOrderData": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "tonce": {"type": "integer", "minimum": 1},
                "quantity_delta": {"type": "integer", "x-scale": {"scale": "amount"}},
                "price": {"type": "integer", "minimum": 1, "x-scale": {"scale": "price"}},
                "post_only": {"type": "boolean"},
            },
        },
        "WsPlaceOrderData": {
            "type": "object",
            "required": ["base", "counter"],
            "properties": {
                "tonce": {"type": "integer", "minimum": 1},
                "base": {"type": "integer"},
                "counter": {"type": "integer"},
                "quantity": {
                    "type": "integer",
                    "x-scale": {"scale": "amount", "key": "{base}"},
                    "x-client-sign": {"by": "side", "negative_when": "sell"},
                },
                "side": {"type": "string", "enum": ["buy", "sell"], "x-client": True},
                "price": {"type": "integer", "minimum": 1, "x-scale": {"scale": "price", "key": "{base}:{counter}"}},
                "total": {
                    "type": "integer",
                    "x-scale": {"scale": "amount", "key": "{counter}"},
                    "x-client-sign": {"by": "side", "negative_when": "sell"},
                },
                "persist": {"anyOf": [{"type": "boolean"}, {"type": "string", "enum": ["fill_or_kill"]}]},
                "post_only": {"type": "boolean"},
            },
        },
        "WsWatchData": {
            "type": "object",
            "required": ["base", "counter", "watch"],
            "properties": {"base": {"type": "integer"}, "counter": {"type": "integer"}, "watch": {"type": "boolean"}},
        },
    },
    reply={"$ref": "#/schemas/WsErrorReply"},
    rejections={
        "unknown_route": "8",
        "too_large": "8",
        "invalid_parameter": "8",
        "missing_parameter": "8",
        "invalid_price": "8",
        "invalid_quantity": "8",
        "unknown_market": "1",
        "order_not_found": "1",
        "order_not_open": "1",
        "unknown_account": "1",
        "unknown_key": "7",
        "bad_signature": "7",
        "login_required": "7",
        "insufficient_funds": "4",
        "rate_limited": "6",
        "out_of_sequence": "3",
        "unsupported": "8",
        "already_subscribed": "2",
        "not_subscribed": "1",
    },
    sequence=Sequence(field="tonce", commands=("place_order",), reset_by=("cancel_all_orders",)),
)
_WEBSOCKET_TYPES = Types(
    replies={
        "authenticate": models.WsReply,
        "cancel_all_orders": models.WsOrdersReply,
        "cancel_order": models.WsOrderReply,
        "estimate_market_order": models.WsEstimateMarketOrderReply,
        "get_balances": models.WsGetBalancesReply,
        "get_orders": models.WsOrdersReply,
        "get_trade_volume": models.WsGetTradeVolumeReply,
        "modify_order": models.WsOrderReply,
        "place_order": models.WsPlaceOrderReply,
        "watch_orders": models.WsWatchOrdersReply,
        "watch_ticker": models.WsWatchTickerReply,
    },
    payloads={
        "authenticate": models.WsAuthenticateData,
        "cancel_order": models.WsCancelOrderData,
        "estimate_market_order": models.WsEstimateMarketOrderData,
        "get_trade_volume": models.WsGetTradeVolumeData,
        "modify_order": models.WsModifyOrderData,
        "place_order": models.WsPlaceOrderData,
        "watch_orders": models.WsWatchData,
        "watch_ticker": models.WsWatchData,
    },
    messages={
        "balance_changed": models.WsBalanceChanged,
        "order_closed": models.WsOrderClosed,
        "order_modified": models.WsOrderNotice,
        "order_opened": models.WsOrderNotice,
        "orders_matched": models.WsOrdersMatched,
        "ticker_changed": models.WsTickerChanged,
        "trade_volume_changed": models.WsTradeVolumeChanged,
    },
)


class AsyncWebsocketStream(AsyncStream):
    """Balances, orders, market orders, order-book and ticker feeds over one JSON WebSocket. (asynchronous; `async with` connects and logs in)

    Args:
        user_id: credential for the login (never logged or shown in errors).
        cookie: credential for the login (never logged or shown in errors).
        passphrase: credential for the login (never logged or shown in errors).
        private_key: credential for the login (never logged or shown in errors).
        url: server to connect to; overrides `environment`.
        environment: one of live, stage.
        reconnect: reconnect after a drop (log in again, resubscribe everything).
        watchdog: seconds of silence after which the connection counts as dead.
        queue_size: messages kept per subscription for a slow consumer (the oldest are dropped).
    """

    def __init__(
        self,
        *,
        user_id: str | None = None,
        cookie: str | None = None,
        passphrase: str | None = None,
        private_key: str | None = None,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        command_timeout: float = 10.0,
        watchdog: float | None = None,
        queue_size: int = 1000,
    ) -> None:
        credentials = Credentials(
            {
                "user_id": user_id,
                "cookie": cookie,
                "passphrase": passphrase,
                "private_key": private_key,
            }
        )
        del user_id, cookie, passphrase, private_key  # no frame keeps a credential in plain sight
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

    async def cancel_all_orders(
        self,
    ) -> models.WsOrdersReply:
        """Cancel all open orders of the authenticated user (and reset the tonce counter to zero).

        The reply lists the cancelled orders. Also resets the user's tonce counter to zero (see the
        tonce rule in stub.yaml.pending). Errors: 6 "You are sending orders too rapidly."; 7 "You
        are not authenticated."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#cancelallorders
        """
        data: dict[str, Any] = {}
        reply: models.WsOrdersReply = await self.command(
            "cancel_all_orders", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def cancel_order(
        self,
        *,
        id: int | None = None,
        tonce: int | None = None,
    ) -> models.WsOrderReply:
        """Cancel an open order of the authenticated user, by id or tonce.

        id or tonce, not both. The reply is the cancelled order (quantity: what remained; time: when
        it was opened). Errors: 1 "The specified order was not found."; 6 "You are sending orders
        too rapidly."; 7 "You are not authenticated."; 8 "You must specify either order ID or
        tonce."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#cancelorder
        """
        data: dict[str, Any] = {
            "id": id,
            "tonce": tonce,
        }
        reply: models.WsOrderReply = await self.command(
            "cancel_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def estimate_market_order(
        self,
        *,
        base: int,
        counter: int,
        quantity: DecimalLike | None = None,
        side: Literal["buy", "sell"] | None = None,
        total: DecimalLike | None = None,
    ) -> models.WsEstimateMarketOrderReply:
        """Simulate a market order by quantity or by total, without fees.

        Returns the quantity and total (both positive) that a market order would trade now; fees are
        not taken into account. quantity (of the base asset) or total (of the counter asset), not
        both; negative to sell, positive to buy. Counts as an order placement for the limits.
        Errors: 1 "You specified an invalid asset pair."; 6 "You are sending orders too rapidly."; 8
        "Quantity must not be zero."; 8 "Total must not be zero."; 8 "You must specify either
        quantity or total for a market order."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#estimatemarketorder
        """
        data: dict[str, Any] = {
            "base": base,
            "counter": counter,
            "quantity": quantity,
            "side": side,
            "total": total,
        }
        reply: models.WsEstimateMarketOrderReply = await self.command(
            "estimate_market_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def get_balances(
        self,
    ) -> models.WsGetBalancesReply:
        """The authenticated user's available, reserved and total balances.

        Errors: 6 "You are making information requests too rapidly."; 7 "You are not
        authenticated."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#getbalances
        """
        data: dict[str, Any] = {}
        reply: models.WsGetBalancesReply = await self.command(
            "get_balances", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def get_orders(
        self,
    ) -> models.WsOrdersReply:
        """The authenticated user's open orders.

        tonce is the one given in PlaceOrder, or null. Errors: 6 "You are making information
        requests too rapidly."; 7 "You are not authenticated."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#getorders
        """
        data: dict[str, Any] = {}
        reply: models.WsOrdersReply = await self.command("get_orders", {k: v for k, v in data.items() if v is not None})
        return reply

    async def get_trade_volume(
        self,
        *,
        asset: int,
    ) -> models.WsGetTradeVolumeReply:
        """The authenticated user's 30-day trailing trade volume in one asset.

        Errors: 6 "You are making information requests too rapidly."; 7 "You are not
        authenticated."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#gettradevolume
        """
        data: dict[str, Any] = {
            "asset": asset,
        }
        reply: models.WsGetTradeVolumeReply = await self.command(
            "get_trade_volume", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def modify_order(
        self,
        *,
        id: int | None = None,
        tonce: int | None = None,
        quantity_delta: DecimalLike | None = None,
        price: DecimalLike | None = None,
        post_only: bool | None = None,
    ) -> models.WsOrderReply:
        """Change the quantity and/or price of an open limit order, by id or tonce.

        id or tonce, not both. quantity_delta is negative to increase a sell or decrease a buy,
        positive to increase a buy or decrease a sell; a delta that brings the quantity to or across
        zero cancels the order. An enlarged order moves to the end of its price level's queue,
        otherwise it keeps its place. post_only true leaves the order unchanged if the new price
        would match at once (error 9). The reply is the modified order (time: when it was modified).
        Errors: 1 "The specified order was not found."; 4 "You have insufficient funds."; 6 "You are
        sending orders too rapidly."; 7 "You are not authenticated."; 8 "You must specify either
        order ID or tonce."; 8 "Tonce must not be zero."; 8 "You must specify quantity delta and/or
        price."; 8 "Quantity delta must not be zero."; 8 "Price must not be zero."; 8 (varies); 9
        "Post-only order with these parameters would result in an immediate match."

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#modifyorder
        """
        data: dict[str, Any] = {
            "id": id,
            "tonce": tonce,
            "quantity_delta": quantity_delta,
            "price": price,
            "post_only": post_only,
        }
        reply: models.WsOrderReply = await self.command(
            "modify_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def place_order(
        self,
        *,
        base: int,
        counter: int,
        tonce: int | None = None,
        quantity: DecimalLike | None = None,
        side: Literal["buy", "sell"] | None = None,
        price: DecimalLike | None = None,
        total: DecimalLike | None = None,
        persist: Any | None = None,
        post_only: bool | None = None,
    ) -> models.WsPlaceOrderReply:
        """Place a limit order (quantity and price) or a market order (quantity or total).

        quantity + price: a limit order, answered with its id and time; quantity alone or total
        alone: a market order, answered with remaining (the amount, of the base asset for quantity
        or of the counter asset for total, that could not be traded). quantity and total are
        negative to sell, positive to buy. Prices are rounded to the market's tick: bids down, asks
        up. persist true (default) keeps the order until cancelled or filled, false cancels it when
        the client disconnects, "fill_or_kill" cancels it after any immediate matches (no effect on
        market orders). post_only true refuses an order that would match at once (error 9). Errors:
        1 "You specified an invalid asset pair."; 3 "Tonce is out of sequence."; 4 "You have
        insufficient funds."; 5 "You have too many outstanding orders."; 6 "You are sending orders
        too rapidly."; 7 "You are not authenticated."; 8 "Tonce must not be zero."; 8 "Price must
        not be zero."; 8 "Quantity must not be zero."; 8 "Order total would overflow."; 8 "You must
        specify either quantity or total for a market order."; 8 (varies); 9 "Post-only order with
        these parameters would result in an immediate match."

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#placeorder
        """
        data: dict[str, Any] = {
            "base": base,
            "counter": counter,
            "tonce": tonce,
            "quantity": quantity,
            "side": side,
            "price": price,
            "total": total,
            "persist": persist,
            "post_only": post_only,
        }
        reply: models.WsPlaceOrderReply = await self.command(
            "place_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def watch_orders(
        self,
        *,
        base: int,
        counter: int,
        watch: bool,
    ) -> models.WsWatchOrdersReply:
        """Subscribe to (or unsubscribe from) the orders feed of one order book.

        watch true subscribes and answers with up to 1000 bids and 1000 asks from the top of the
        book (bids with positive, asks with negative quantities); OrderOpened, OrderModified,
        OrdersMatched and OrderClosed notices of every order of the book follow (notices may arrive
        before the reply: apply them to the snapshot once it arrives). watch false unsubscribes and
        answers without orders. Errors: 1 "You specified an invalid asset pair."; 1 "You are not
        watching the order book for the specified asset pair."; 2 "You are already watching the
        order book for the specified asset pair."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#watchorders
        """
        data: dict[str, Any] = {
            "base": base,
            "counter": counter,
            "watch": watch,
        }
        reply: models.WsWatchOrdersReply = await self.command(
            "watch_orders", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def watch_ticker(
        self,
        *,
        base: int,
        counter: int,
        watch: bool,
    ) -> models.WsWatchTickerReply:
        """Subscribe to (or unsubscribe from) the ticker feed of one order book.

        watch true subscribes and answers with the book's current last, bid, ask, low, high and
        volume (null where there is none); TickerChanged notices follow. watch false unsubscribes.
        Errors: 1 "You specified an invalid asset pair."; 1 "You are not watching the ticker for the
        specified asset pair."; 2 "You are already watching the ticker for the specified asset
        pair."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#watchticker
        """
        data: dict[str, Any] = {
            "base": base,
            "counter": counter,
            "watch": watch,
        }
        reply: models.WsWatchTickerReply = await self.command(
            "watch_ticker", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def subscribe_balance_changed(
        self,
    ) -> Subscription[models.WsBalanceChanged]:
        """One of the authenticated user's balances changed (its new available balance)."""
        return await self.subscribe("balance_changed")

    async def subscribe_order_closed(
        self,
    ) -> Subscription[models.WsOrderClosed]:
        """An order left the book (quantity: what remained, 0 if filled; time_closed: when)."""
        return await self.subscribe("order_closed")

    async def subscribe_order_modified(
        self,
    ) -> Subscription[models.WsOrderNotice]:
        """An order was modified (new quantity and price; time: when modified)."""
        return await self.subscribe("order_modified")

    async def subscribe_order_opened(
        self,
    ) -> Subscription[models.WsOrderNotice]:
        """A new order was opened: the user's own orders, and every order of a watched book (tonce for the owner only)."""
        return await self.subscribe("order_opened")

    async def subscribe_orders_matched(
        self,
    ) -> Subscription[models.WsOrdersMatched]:
        """Two orders matched in a trade (ids and remainders omitted for a market order's side; tonces and fees for the owner only)."""
        return await self.subscribe("orders_matched")

    async def subscribe_ticker_changed(
        self,
    ) -> Subscription[models.WsTickerChanged]:
        """The ticker of a watched book changed (each value present only when it changed)."""
        return await self.subscribe("ticker_changed")

    async def subscribe_trade_volume_changed(
        self,
    ) -> Subscription[models.WsTradeVolumeChanged]:
        """A 30-day trailing trade volume of the authenticated user changed."""
        return await self.subscribe("trade_volume_changed")


class WebsocketStream(SyncStream):
    """Balances, orders, market orders, order-book and ticker feeds over one JSON WebSocket. (blocking; `with` connects and logs in; same arguments as the async one)"""

    def __init__(
        self,
        *,
        user_id: str | None = None,
        cookie: str | None = None,
        passphrase: str | None = None,
        private_key: str | None = None,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        command_timeout: float = 10.0,
        watchdog: float | None = None,
        queue_size: int = 1000,
    ) -> None:
        credentials = Credentials(
            {
                "user_id": user_id,
                "cookie": cookie,
                "passphrase": passphrase,
                "private_key": private_key,
            }
        )
        del user_id, cookie, passphrase, private_key  # no frame keeps a credential in plain sight
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

    def cancel_all_orders(
        self,
    ) -> models.WsOrdersReply:
        """Cancel all open orders of the authenticated user (and reset the tonce counter to zero).

        The reply lists the cancelled orders. Also resets the user's tonce counter to zero (see the
        tonce rule in stub.yaml.pending). Errors: 6 "You are sending orders too rapidly."; 7 "You
        are not authenticated."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#cancelallorders
        """
        data: dict[str, Any] = {}
        reply: models.WsOrdersReply = self.command(
            "cancel_all_orders", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    def cancel_order(
        self,
        *,
        id: int | None = None,
        tonce: int | None = None,
    ) -> models.WsOrderReply:
        """Cancel an open order of the authenticated user, by id or tonce.

        id or tonce, not both. The reply is the cancelled order (quantity: what remained; time: when
        it was opened). Errors: 1 "The specified order was not found."; 6 "You are sending orders
        too rapidly."; 7 "You are not authenticated."; 8 "You must specify either order ID or
        tonce."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#cancelorder
        """
        data: dict[str, Any] = {
            "id": id,
            "tonce": tonce,
        }
        reply: models.WsOrderReply = self.command("cancel_order", {k: v for k, v in data.items() if v is not None})
        return reply

    def estimate_market_order(
        self,
        *,
        base: int,
        counter: int,
        quantity: DecimalLike | None = None,
        side: Literal["buy", "sell"] | None = None,
        total: DecimalLike | None = None,
    ) -> models.WsEstimateMarketOrderReply:
        """Simulate a market order by quantity or by total, without fees.

        Returns the quantity and total (both positive) that a market order would trade now; fees are
        not taken into account. quantity (of the base asset) or total (of the counter asset), not
        both; negative to sell, positive to buy. Counts as an order placement for the limits.
        Errors: 1 "You specified an invalid asset pair."; 6 "You are sending orders too rapidly."; 8
        "Quantity must not be zero."; 8 "Total must not be zero."; 8 "You must specify either
        quantity or total for a market order."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#estimatemarketorder
        """
        data: dict[str, Any] = {
            "base": base,
            "counter": counter,
            "quantity": quantity,
            "side": side,
            "total": total,
        }
        reply: models.WsEstimateMarketOrderReply = self.command(
            "estimate_market_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    def get_balances(
        self,
    ) -> models.WsGetBalancesReply:
        """The authenticated user's available, reserved and total balances.

        Errors: 6 "You are making information requests too rapidly."; 7 "You are not
        authenticated."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#getbalances
        """
        data: dict[str, Any] = {}
        reply: models.WsGetBalancesReply = self.command(
            "get_balances", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    def get_orders(
        self,
    ) -> models.WsOrdersReply:
        """The authenticated user's open orders.

        tonce is the one given in PlaceOrder, or null. Errors: 6 "You are making information
        requests too rapidly."; 7 "You are not authenticated."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#getorders
        """
        data: dict[str, Any] = {}
        reply: models.WsOrdersReply = self.command("get_orders", {k: v for k, v in data.items() if v is not None})
        return reply

    def get_trade_volume(
        self,
        *,
        asset: int,
    ) -> models.WsGetTradeVolumeReply:
        """The authenticated user's 30-day trailing trade volume in one asset.

        Errors: 6 "You are making information requests too rapidly."; 7 "You are not
        authenticated."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#gettradevolume
        """
        data: dict[str, Any] = {
            "asset": asset,
        }
        reply: models.WsGetTradeVolumeReply = self.command(
            "get_trade_volume", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    def modify_order(
        self,
        *,
        id: int | None = None,
        tonce: int | None = None,
        quantity_delta: DecimalLike | None = None,
        price: DecimalLike | None = None,
        post_only: bool | None = None,
    ) -> models.WsOrderReply:
        """Change the quantity and/or price of an open limit order, by id or tonce.

        id or tonce, not both. quantity_delta is negative to increase a sell or decrease a buy,
        positive to increase a buy or decrease a sell; a delta that brings the quantity to or across
        zero cancels the order. An enlarged order moves to the end of its price level's queue,
        otherwise it keeps its place. post_only true leaves the order unchanged if the new price
        would match at once (error 9). The reply is the modified order (time: when it was modified).
        Errors: 1 "The specified order was not found."; 4 "You have insufficient funds."; 6 "You are
        sending orders too rapidly."; 7 "You are not authenticated."; 8 "You must specify either
        order ID or tonce."; 8 "Tonce must not be zero."; 8 "You must specify quantity delta and/or
        price."; 8 "Quantity delta must not be zero."; 8 "Price must not be zero."; 8 (varies); 9
        "Post-only order with these parameters would result in an immediate match."

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#modifyorder
        """
        data: dict[str, Any] = {
            "id": id,
            "tonce": tonce,
            "quantity_delta": quantity_delta,
            "price": price,
            "post_only": post_only,
        }
        reply: models.WsOrderReply = self.command("modify_order", {k: v for k, v in data.items() if v is not None})
        return reply

    def place_order(
        self,
        *,
        base: int,
        counter: int,
        tonce: int | None = None,
        quantity: DecimalLike | None = None,
        side: Literal["buy", "sell"] | None = None,
        price: DecimalLike | None = None,
        total: DecimalLike | None = None,
        persist: Any | None = None,
        post_only: bool | None = None,
    ) -> models.WsPlaceOrderReply:
        """Place a limit order (quantity and price) or a market order (quantity or total).

        quantity + price: a limit order, answered with its id and time; quantity alone or total
        alone: a market order, answered with remaining (the amount, of the base asset for quantity
        or of the counter asset for total, that could not be traded). quantity and total are
        negative to sell, positive to buy. Prices are rounded to the market's tick: bids down, asks
        up. persist true (default) keeps the order until cancelled or filled, false cancels it when
        the client disconnects, "fill_or_kill" cancels it after any immediate matches (no effect on
        market orders). post_only true refuses an order that would match at once (error 9). Errors:
        1 "You specified an invalid asset pair."; 3 "Tonce is out of sequence."; 4 "You have
        insufficient funds."; 5 "You have too many outstanding orders."; 6 "You are sending orders
        too rapidly."; 7 "You are not authenticated."; 8 "Tonce must not be zero."; 8 "Price must
        not be zero."; 8 "Quantity must not be zero."; 8 "Order total would overflow."; 8 "You must
        specify either quantity or total for a market order."; 8 (varies); 9 "Post-only order with
        these parameters would result in an immediate match."

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#placeorder
        """
        data: dict[str, Any] = {
            "base": base,
            "counter": counter,
            "tonce": tonce,
            "quantity": quantity,
            "side": side,
            "price": price,
            "total": total,
            "persist": persist,
            "post_only": post_only,
        }
        reply: models.WsPlaceOrderReply = self.command("place_order", {k: v for k, v in data.items() if v is not None})
        return reply

    def watch_orders(
        self,
        *,
        base: int,
        counter: int,
        watch: bool,
    ) -> models.WsWatchOrdersReply:
        """Subscribe to (or unsubscribe from) the orders feed of one order book.

        watch true subscribes and answers with up to 1000 bids and 1000 asks from the top of the
        book (bids with positive, asks with negative quantities); OrderOpened, OrderModified,
        OrdersMatched and OrderClosed notices of every order of the book follow (notices may arrive
        before the reply: apply them to the snapshot once it arrives). watch false unsubscribes and
        answers without orders. Errors: 1 "You specified an invalid asset pair."; 1 "You are not
        watching the order book for the specified asset pair."; 2 "You are already watching the
        order book for the specified asset pair."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#watchorders
        """
        data: dict[str, Any] = {
            "base": base,
            "counter": counter,
            "watch": watch,
        }
        reply: models.WsWatchOrdersReply = self.command(
            "watch_orders", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    def watch_ticker(
        self,
        *,
        base: int,
        counter: int,
        watch: bool,
    ) -> models.WsWatchTickerReply:
        """Subscribe to (or unsubscribe from) the ticker feed of one order book.

        watch true subscribes and answers with the book's current last, bid, ask, low, high and
        volume (null where there is none); TickerChanged notices follow. watch false unsubscribes.
        Errors: 1 "You specified an invalid asset pair."; 1 "You are not watching the ticker for the
        specified asset pair."; 2 "You are already watching the ticker for the specified asset
        pair."; 8 (varies).

        Docs: https://github.com/coinflex-exchange/API/blob/master/WEBSOCKET-README.md#watchticker
        """
        data: dict[str, Any] = {
            "base": base,
            "counter": counter,
            "watch": watch,
        }
        reply: models.WsWatchTickerReply = self.command(
            "watch_ticker", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    def subscribe_balance_changed(
        self,
    ) -> SyncSubscription[models.WsBalanceChanged]:
        """One of the authenticated user's balances changed (its new available balance)."""
        return self.subscribe("balance_changed")

    def subscribe_order_closed(
        self,
    ) -> SyncSubscription[models.WsOrderClosed]:
        """An order left the book (quantity: what remained, 0 if filled; time_closed: when)."""
        return self.subscribe("order_closed")

    def subscribe_order_modified(
        self,
    ) -> SyncSubscription[models.WsOrderNotice]:
        """An order was modified (new quantity and price; time: when modified)."""
        return self.subscribe("order_modified")

    def subscribe_order_opened(
        self,
    ) -> SyncSubscription[models.WsOrderNotice]:
        """A new order was opened: the user's own orders, and every order of a watched book (tonce for the owner only)."""
        return self.subscribe("order_opened")

    def subscribe_orders_matched(
        self,
    ) -> SyncSubscription[models.WsOrdersMatched]:
        """Two orders matched in a trade (ids and remainders omitted for a market order's side; tonces and fees for the owner only)."""
        return self.subscribe("orders_matched")

    def subscribe_ticker_changed(
        self,
    ) -> SyncSubscription[models.WsTickerChanged]:
        """The ticker of a watched book changed (each value present only when it changed)."""
        return self.subscribe("ticker_changed")

    def subscribe_trade_volume_changed(
        self,
    ) -> SyncSubscription[models.WsTradeVolumeChanged]:
        """A 30-day trailing trade volume of the authenticated user changed."""
        return self.subscribe("trade_volume_changed")
