"""CoinFLEX v2 stream clients (WebSocket), generated from spec/coinflex_v2; do not edit.

    async with AsyncWebsocketStream(api_key="...", api_secret="...", environment='live') as stream:
        book = await stream.subscribe_balance(...)
        async for message in book:
            ...

Every client logs in when given credentials, reconnects with backoff and resubscribes after a
drop, and raises typed errors; see exchange_bindings.runtime.stream for the guarantees.
"""

from __future__ import annotations

from typing import Any, Literal

from exchange_bindings.runtime.auth import Credentials
from exchange_bindings.runtime.auth.login import StreamLogin
from exchange_bindings.runtime.operation import DecimalLike
from exchange_bindings.runtime.stream import (
    AsyncStream,
    ChannelDef,
    CommandDef,
    Subscription,
    SyncStream,
    SyncSubscription,
)

from . import models
from .config import CONFIG

__all__ = ["AsyncWebsocketStream", "WebsocketStream"]


_WEBSOCKET_SPEC: dict[str, Any] = {
    "server": "ws",
    "protocol": {
        "op": "op",
        "tag": "tag",
        "tag_max_length": 32,
        "args": "args",
        "data": "data",
        "batch_data": "dataArray",
        "reply_event": "event",
        "reply_ok": ["success", "submitted"],
        "reply_code": "code",
        "reply_message": "message",
        "reply_channel": "channel",
        "push_channel": "table",
        "timestamp": "timestamp",
    },
    "subscribe": "subscribe",
    "unsubscribe": "unsubscribe",
    "heartbeat": {"kind": "ws_ping", "interval": "30s", "timeout": "90s"},
    "rate_limits": {"connect": "ws_connect", "authenticated": "ws_auth_messages", "public": "ws_public_messages"},
    "login": StreamLogin(
        command="login",
        scheme="ws_login",
        data={"apiKey": "{api_key}", "timestamp": "{timestamp}", "signature": "{signature}"},
    ),
    "costs": {
        "modify_order": {"ws_orders": 1},
        "modify_orders": {"ws_orders": 1},
        "place_order": {"ws_orders": 1},
        "place_orders": {"ws_orders": 1},
    },
}
_WEBSOCKET_SCHEMAS: dict[str, Any] = {
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
}
_WEBSOCKET_COMMANDS = {
    "cancel_order": CommandDef(
        "cancel_order",
        "cancelorder",
        models.WsCancelOrderReply,
        batch=False,
        auth=True,
        data={"$ref": "#/schemas/WsCancelOrderData"},
        data_type=models.WsCancelOrderData,
    ),
    "cancel_orders": CommandDef(
        "cancel_orders",
        "cancelorders",
        models.WsCancelOrderReply,
        batch=True,
        auth=True,
        data={"$ref": "#/schemas/WsCancelOrderData"},
        data_type=models.WsCancelOrderData,
    ),
    "login": CommandDef(
        "login",
        "login",
        models.WsLoginReply,
        batch=False,
        auth=False,
        data={"$ref": "#/schemas/WsLoginData"},
        data_type=models.WsLoginData,
    ),
    "modify_order": CommandDef(
        "modify_order",
        "modifyorder",
        models.WsModifyOrderReply,
        batch=False,
        auth=True,
        data={"$ref": "#/schemas/WsModifyOrderData"},
        data_type=models.WsModifyOrderData,
    ),
    "modify_orders": CommandDef(
        "modify_orders",
        "modifyorders",
        models.WsModifyOrderReply,
        batch=True,
        auth=True,
        data={"$ref": "#/schemas/WsModifyOrderData"},
        data_type=models.WsModifyOrderData,
    ),
    "place_order": CommandDef(
        "place_order",
        "placeorder",
        models.WsPlaceOrderReply,
        batch=False,
        auth=True,
        data={"$ref": "#/schemas/WsPlaceOrderData"},
        data_type=models.WsPlaceOrderData,
    ),
    "place_orders": CommandDef(
        "place_orders",
        "placeorders",
        models.WsPlaceOrderReply,
        batch=True,
        auth=True,
        data={"$ref": "#/schemas/WsPlaceOrderData"},
        data_type=models.WsPlaceOrderData,
    ),
    "subscribe": CommandDef(
        "subscribe", "subscribe", models.WsSubscribeReply, batch=False, auth=False, data=None, data_type=None
    ),
    "unsubscribe": CommandDef(
        "unsubscribe", "unsubscribe", models.WsSubscribeReply, batch=False, auth=False, data=None, data_type=None
    ),
}
_WEBSOCKET_CHANNELS = {
    "balance": ChannelDef(
        "balance",
        "balance:{instrumentId}",
        ("balance",),
        models.WsBalanceMessage,
        ("instrumentId",),
        auth=True,
        interval=None,
        subscription=None,
        schemas={
            "instrumentId": {"type": "string"},
        },
    ),
    "best_bid_ask": ChannelDef(
        "best_bid_ask",
        "bestBidAsk:{marketCode}",
        ("bestBidAsk",),
        models.WsBestBidAskMessage,
        ("marketCode",),
        auth=False,
        interval=None,
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "candles_14400s": ChannelDef(
        "candles_14400s",
        "candles14400s:{marketCode}",
        ("candles14400s", "candle14400s"),
        models.WsCandleMessage,
        ("marketCode",),
        auth=False,
        interval="500ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "candles_1800s": ChannelDef(
        "candles_1800s",
        "candles1800s:{marketCode}",
        ("candles1800s", "candle1800s"),
        models.WsCandleMessage,
        ("marketCode",),
        auth=False,
        interval="500ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "candles_180s": ChannelDef(
        "candles_180s",
        "candles180s:{marketCode}",
        ("candles180s", "candle180s"),
        models.WsCandleMessage,
        ("marketCode",),
        auth=False,
        interval="500ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "candles_21600s": ChannelDef(
        "candles_21600s",
        "candles21600s:{marketCode}",
        ("candles21600s", "candle21600s"),
        models.WsCandleMessage,
        ("marketCode",),
        auth=False,
        interval="500ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "candles_300s": ChannelDef(
        "candles_300s",
        "candles300s:{marketCode}",
        ("candles300s", "candle300s"),
        models.WsCandleMessage,
        ("marketCode",),
        auth=False,
        interval="500ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "candles_3600s": ChannelDef(
        "candles_3600s",
        "candles3600s:{marketCode}",
        ("candles3600s", "candle3600s"),
        models.WsCandleMessage,
        ("marketCode",),
        auth=False,
        interval="500ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "candles_43200s": ChannelDef(
        "candles_43200s",
        "candles43200s:{marketCode}",
        ("candles43200s", "candle43200s"),
        models.WsCandleMessage,
        ("marketCode",),
        auth=False,
        interval="500ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "candles_60s": ChannelDef(
        "candles_60s",
        "candles60s:{marketCode}",
        ("candles60s", "candle60s"),
        models.WsCandleMessage,
        ("marketCode",),
        auth=False,
        interval="500ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "candles_7200s": ChannelDef(
        "candles_7200s",
        "candles7200s:{marketCode}",
        ("candles7200s", "candle7200s"),
        models.WsCandleMessage,
        ("marketCode",),
        auth=False,
        interval="500ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "candles_86400s": ChannelDef(
        "candles_86400s",
        "candles86400s:{marketCode}",
        ("candles86400s", "candle86400s"),
        models.WsCandleMessage,
        ("marketCode",),
        auth=False,
        interval="500ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "candles_900s": ChannelDef(
        "candles_900s",
        "candles900s:{marketCode}",
        ("candles900s", "candle900s"),
        models.WsCandleMessage,
        ("marketCode",),
        auth=False,
        interval="500ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "depth": ChannelDef(
        "depth",
        "depth:{marketCode}",
        ("depth",),
        models.WsDepthMessage,
        ("marketCode",),
        auth=False,
        interval="100ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "depth_l10": ChannelDef(
        "depth_l10",
        "depthL10:{marketCode}",
        ("depthL10",),
        models.WsDepthFixedMessage,
        ("marketCode",),
        auth=False,
        interval="100ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "depth_l25": ChannelDef(
        "depth_l25",
        "depthL25:{marketCode}",
        ("depthL25",),
        models.WsDepthFixedMessage,
        ("marketCode",),
        auth=False,
        interval="100ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "depth_l5": ChannelDef(
        "depth_l5",
        "depthL5:{marketCode}",
        ("depthL5",),
        models.WsDepthFixedMessage,
        ("marketCode",),
        auth=False,
        interval="100ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "depth_update": ChannelDef(
        "depth_update",
        "depthUpdate:{marketCode}",
        ("depthUpdate", "depthUpdate-diff"),
        models.WsDepthUpdateMessage,
        ("marketCode",),
        auth=False,
        interval="100ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "liquidation_rfq": ChannelDef(
        "liquidation_rfq",
        "liquidationRFQ",
        ("liquidationRFQ",),
        models.WsLiquidationRfqMessage,
        (),
        auth=False,
        interval=None,
        subscription=None,
        schemas={},
    ),
    "market": ChannelDef(
        "market",
        "market:{marketCode}",
        ("market",),
        models.WsMarketMessage,
        ("marketCode",),
        auth=False,
        interval="1s",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "order": ChannelDef(
        "order",
        "order:{marketCode}",
        ("order",),
        models.WsOrderMessage,
        ("marketCode",),
        auth=True,
        interval=None,
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "position": ChannelDef(
        "position",
        "position:{instrumentId}",
        ("position",),
        models.WsPositionMessage,
        ("instrumentId",),
        auth=True,
        interval=None,
        subscription=None,
        schemas={
            "instrumentId": {"type": "string"},
        },
    ),
    "ticker": ChannelDef(
        "ticker",
        "ticker:{marketCode}",
        ("ticker",),
        models.WsTickerMessage,
        ("marketCode",),
        auth=False,
        interval="500ms",
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
    "trade": ChannelDef(
        "trade",
        "trade:{marketCode}",
        ("trade",),
        models.WsTradeMessage,
        ("marketCode",),
        auth=False,
        interval=None,
        subscription=None,
        schemas={
            "marketCode": {"type": "string"},
        },
    ),
}


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
            _WEBSOCKET_SPEC,
            _WEBSOCKET_COMMANDS,
            _WEBSOCKET_CHANNELS,
            credentials,
            url=url,
            environment=environment,
            reconnect=reconnect,
            command_timeout=command_timeout,
            watchdog=watchdog,
            queue_size=queue_size,
            schemas=_WEBSOCKET_SCHEMAS,
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
