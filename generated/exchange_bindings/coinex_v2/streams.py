"""CoinEx v2 stream clients (WebSocket), generated from spec/coinex_v2; do not edit.

    async with AsyncFuturesStream(api_key="...", api_secret="...", environment='live') as stream:
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
    ItemList,
    Param,
    StubMapping,
    WebSocketStream,
)

from . import models
from .config import CONFIG

__all__ = ["AsyncFuturesStream", "AsyncSpotStream", "FuturesStream", "SpotStream"]


_FUTURES_CONFIG = WebSocketStream(
    name="futures",
    server="futures",
    framing=Framing(
        op="method",
        tag="id",
        tag_type="integer",
        data="params",
        reply_ok_code=0,
        reply_ok_message="OK",
        reply_code="code",
        reply_message="message",
        push_channel="method",
    ),
    compression="gzip",
    login=StreamLogin(
        command="sign",
        scheme="ws_sign",
        data={"access_id": "{api_key}", "signed_str": "{signature}", "timestamp": "{timestamp}"},
    ),
    heartbeat=Heartbeat(kind="message", interval=30.0, timeout=60.0, command="ping"),
    commands={
        "ping": Command(
            name="ping",
            op="server.ping",
            data={"$ref": "#/schemas/CoinexWsPingParams"},
            reply={"$ref": "#/schemas/CoinexWsPingReply"},
            stub=StubMapping(respond={"result": "pong"}),
        ),
        "sign": Command(
            name="sign",
            op="server.sign",
            data={"$ref": "#/schemas/CoinexWsSignParams"},
            reply={"$ref": "#/schemas/CoinexWsReply"},
        ),
    },
    channels={
        "balance": Channel(
            name="balance",
            pattern="balance:{ccy}",
            tables=("balance.update",),
            message={"$ref": "#/schemas/FuturesWsBalanceMessage"},
            params=(Param(name="ccy", schema={"type": "string"}),),
            auth=True,
            subscription=ItemList(
                subscribe="balance.subscribe", unsubscribe="balance.unsubscribe", list="ccy_list", item="{ccy}"
            ),
            stub=StubMapping(
                action="balances",
                args={"asset": "{params.ccy}", "wallet": "futures"},
                respond={
                    "method": "balance.update",
                    "data": {
                        "balance_list": {
                            "$each": "result",
                            "$item": {
                                "ccy": "{item.asset}",
                                "available": "{item.available}",
                                "frozen": "{item.reserved}",
                                "margin": "0",
                                "unrealized_pnl": "0",
                                "transferrable": "{item.available}",
                                "equity": "{item.total}",
                            },
                        }
                    },
                    "id": None,
                },
                push_on=("balance",),
            ),
        ),
        "bbo": Channel(
            name="bbo",
            pattern="bbo:{market}",
            tables=("bbo.update",),
            message={"$ref": "#/schemas/CoinexWsBboMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            subscription=ItemList(
                subscribe="bbo.subscribe", unsubscribe="bbo.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                action="depth",
                args={"symbol": "{params.market|from:futures_market}", "levels": 1, "kind": "perpetual"},
                respond={
                    "method": "bbo.update",
                    "data": {
                        "market": "{result.market|to:futures_market}",
                        "updated_at": "{result.time_ms}",
                        "best_bid_price": "{result.bids.0.0|default:0}",
                        "best_bid_size": "{result.bids.0.1|default:0}",
                        "best_ask_price": "{result.asks.0.0|default:0}",
                        "best_ask_size": "{result.asks.0.1|default:0}",
                    },
                    "id": None,
                },
                push_on=("order", "trade"),
            ),
        ),
        "deals": Channel(
            name="deals",
            pattern="deals:{market}",
            tables=("deals.update",),
            message={"$ref": "#/schemas/CoinexWsDealsMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            subscription=ItemList(
                subscribe="deals.subscribe", unsubscribe="deals.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                args={"symbol": "{params.market|from:futures_market}", "kind": "perpetual"},
                respond={
                    "method": "deals.update",
                    "data": {
                        "market": "{event.market|to:futures_market}",
                        "deal_list": [
                            {
                                "deal_id": "{event.id}",
                                "created_at": "{event.time_ms}",
                                "side": "{event.taker_side}",
                                "price": "{event.price}",
                                "amount": "{event.quantity}",
                            }
                        ],
                    },
                    "id": None,
                },
                push_on=("trade",),
            ),
        ),
        "depth": Channel(
            name="depth",
            pattern="depth:{market}:{limit}:{interval}:{is_full}",
            tables=("depth.update",),
            message={"$ref": "#/schemas/CoinexWsDepthMessage"},
            params=(
                Param(name="market", schema={"type": "string"}),
                Param(name="limit", schema={"type": "integer", "enum": [5, 10, 20, 50]}),
                Param(
                    name="interval",
                    schema={
                        "type": "string",
                        "enum": [
                            "0",
                            "0.00000000001",
                            "0.000000000001",
                            "0.0000000001",
                            "0.000000001",
                            "0.00000001",
                            "0.0000001",
                            "0.000001",
                            "0.00001",
                            "0.0001",
                            "0.001",
                            "0.01",
                            "0.1",
                            "1",
                            "10",
                            "100",
                            "1000",
                        ],
                    },
                ),
                Param(name="is_full", schema={"type": "boolean"}),
            ),
            subscription=ItemList(
                subscribe="depth.subscribe",
                unsubscribe="depth.unsubscribe",
                list="market_list",
                item=["{market}", "{limit}", "{interval}", "{is_full}"],
                unsubscribe_item="{market}",
            ),
            stub=StubMapping(
                action="depth",
                args={"symbol": "{params.market|from:futures_market}", "levels": "{params.limit}", "kind": "perpetual"},
                respond={
                    "method": "depth.update",
                    "data": {
                        "market": "{result.market|to:futures_market}",
                        "is_full": True,
                        "depth": {
                            "asks": "{result.asks}",
                            "bids": "{result.bids}",
                            "last": "{result.last}",
                            "updated_at": "{result.time_ms}",
                            "checksum": "{result|crc32_book}",
                        },
                    },
                    "id": None,
                },
                push_on=("order", "trade"),
            ),
        ),
        "index": Channel(
            name="index",
            pattern="index:{market}",
            tables=("index.update",),
            message={"$ref": "#/schemas/FuturesWsIndexMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            interval=5.0,
            subscription=ItemList(
                subscribe="index.subscribe", unsubscribe="index.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                action="tickers",
                args={"symbol": "{params.market|from:futures_market}", "kind": "perpetual"},
                respond={
                    "$each": "result",
                    "$item": {
                        "method": "index.update",
                        "data": {
                            "market": "{item.market|to:futures_market}",
                            "index_price": "{item.mark}",
                            "mark_price": "{item.mark}",
                        },
                        "id": None,
                    },
                },
            ),
        ),
        "notice": Channel(
            name="notice",
            pattern="notice:{channel}",
            tables=("notice.update",),
            message={"$ref": "#/schemas/CoinexWsNoticeMessage"},
            params=(Param(name="channel", schema={"type": "integer", "default": 101}),),
            auth=True,
            subscription=ItemList(
                subscribe="notice.subscribe", unsubscribe="notice.unsubscribe", list="channels", item="{channel}"
            ),
        ),
        "order": Channel(
            name="order",
            pattern="order:{market}",
            tables=("order.update",),
            message={"$ref": "#/schemas/FuturesWsOrderMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            auth=True,
            subscription=ItemList(
                subscribe="order.subscribe", unsubscribe="order.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                args={"symbol": "{params.market|from:futures_market}", "kind": "perpetual"},
                respond={
                    "$if": "event.triggered",
                    "$then": {
                        "method": "order.update",
                        "data": {
                            "event": "{event.status|to:ws_order_event}",
                            "order": {
                                "order_id": "{event.id}",
                                "market": "{event.market|to:futures_market}",
                                "side": "{event.side}",
                                "type": "{event.type|to:api_type}",
                                "amount": "{event.quantity}",
                                "price": "{event.price|default:0}",
                                "unfilled_amount": "{event.remaining}",
                                "filled_amount": "{event.filled}",
                                "filled_value": "{event.cost}",
                                "client_id": "{event.client_order_id|default:''}",
                                "fee": "{event.fees}",
                                "fee_ccy": "{event.last_fill.fee_asset|default:USDT}",
                                "maker_fee_rate": "0.0003",
                                "taker_fee_rate": "0.0005",
                                "last_filled_amount": "{event.last_fill.quantity|default:0}",
                                "last_filled_price": "{event.last_fill.price|default:0}",
                                "created_at": "{event.created_ms}",
                                "updated_at": "{event.updated_ms}",
                            },
                        },
                        "id": None,
                    },
                    "$else": {
                        "$if": "event.stop_price",
                        "$then": None,
                        "$else": {
                            "method": "order.update",
                            "data": {
                                "event": "{event.status|to:ws_order_event}",
                                "order": {
                                    "order_id": "{event.id}",
                                    "market": "{event.market|to:futures_market}",
                                    "side": "{event.side}",
                                    "type": "{event.type|to:api_type}",
                                    "amount": "{event.quantity}",
                                    "price": "{event.price|default:0}",
                                    "unfilled_amount": "{event.remaining}",
                                    "filled_amount": "{event.filled}",
                                    "filled_value": "{event.cost}",
                                    "client_id": "{event.client_order_id|default:''}",
                                    "fee": "{event.fees}",
                                    "fee_ccy": "{event.last_fill.fee_asset|default:USDT}",
                                    "maker_fee_rate": "0.0003",
                                    "taker_fee_rate": "0.0005",
                                    "last_filled_amount": "{event.last_fill.quantity|default:0}",
                                    "last_filled_price": "{event.last_fill.price|default:0}",
                                    "created_at": "{event.created_ms}",
                                    "updated_at": "{event.updated_ms}",
                                },
                            },
                            "id": None,
                        },
                    },
                },
                push_on=("order",),
            ),
        ),
        "position": Channel(
            name="position",
            pattern="position:{market}",
            tables=("position.update",),
            message={"$ref": "#/schemas/FuturesWsPositionMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            auth=True,
            subscription=ItemList(
                subscribe="position.subscribe", unsubscribe="position.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                args={"symbol": "{params.market|from:futures_market}", "kind": "perpetual"},
                respond={
                    "method": "position.update",
                    "data": {
                        "event": {"$if": "event.position.quantity", "$then": "update", "$else": "close"},
                        "position": {
                            "position_id": 0,
                            "market": "{event.market|to:futures_market}",
                            "side": "{event.position.quantity|str|first|to:position_side}",
                            "margin_mode": "cross",
                            "open_interest": "{event.position.quantity|abs}",
                            "close_avbl": "{event.position.quantity|abs}",
                            "ath_position_amount": "{event.position.quantity|abs}",
                            "unrealized_pnl": "0",
                            "realized_pnl": "{event.position.realized_pnl}",
                            "avg_entry_price": "{event.position.entry_price}",
                            "cml_position_value": "0",
                            "max_position_value": "0",
                            "take_profit_price": "0",
                            "stop_loss_price": "0",
                            "take_profit_type": "",
                            "stop_loss_type": "",
                            "leverage": "10",
                            "margin_avbl": "0",
                            "ath_margin_size": "0",
                            "position_margin_rate": "0",
                            "maintenance_margin_rate": "0",
                            "maintenance_margin_value": "0",
                            "liq_price": "0",
                            "bkr_price": "0",
                            "adl_level": 1,
                            "settle_price": "{event.position.entry_price}",
                            "settle_val": "0",
                            "created_at": "{event.position.updated_ms}",
                            "updated_at": "{event.position.updated_ms}",
                        },
                    },
                    "id": None,
                },
                push_on=("position",),
            ),
        ),
        "premium": Channel(
            name="premium",
            pattern="premium:{market}",
            tables=("premium.update",),
            message={"$ref": "#/schemas/FuturesWsPremiumMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            subscription=ItemList(
                subscribe="premium.subscribe", unsubscribe="premium.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(args={"symbol": "{params.market|from:futures_market}", "kind": "perpetual"}),
        ),
        "state": Channel(
            name="state",
            pattern="state:{market}",
            tables=("state.update",),
            message={"$ref": "#/schemas/FuturesWsStateMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            subscription=ItemList(
                subscribe="state.subscribe", unsubscribe="state.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                action="tickers",
                args={"symbol": "{params.market|from:futures_market}", "kind": "perpetual"},
                respond={
                    "method": "state.update",
                    "data": {
                        "state_list": {
                            "$each": "result",
                            "$item": {
                                "market": "{item.market|to:futures_market}",
                                "last": "{item.last}",
                                "open": "{item.open}",
                                "close": "{item.last}",
                                "high": "{item.high}",
                                "low": "{item.low}",
                                "volume": "{item.volume}",
                                "value": "{item.quote_volume}",
                                "volume_sell": "0",
                                "volume_buy": "0",
                                "open_interest_size": "{item.open_interest}",
                                "insurance_fund_size": "0",
                                "mark_price": "{item.mark}",
                                "index_price": "{item.mark}",
                                "latest_funding_rate": "0",
                                "next_funding_rate": "0",
                                "latest_funding_time": 0,
                                "next_funding_time": 0,
                                "period": 86400,
                            },
                        }
                    },
                    "id": None,
                },
                push_on=("trade",),
            ),
        ),
        "stop": Channel(
            name="stop",
            pattern="stop:{market}",
            tables=("stop.update",),
            message={"$ref": "#/schemas/FuturesWsStopMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            auth=True,
            subscription=ItemList(
                subscribe="stop.subscribe", unsubscribe="stop.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                args={"symbol": "{params.market|from:futures_market}", "kind": "perpetual"},
                respond={
                    "$if": "event.stop_price",
                    "$then": {
                        "method": "stop.update",
                        "data": {
                            "event": "{event.status|to:ws_stop_event}",
                            "stop": {
                                "stop_id": "{event.id}",
                                "market": "{event.market|to:futures_market}",
                                "side": "{event.side}",
                                "type": "{event.type|to:api_type}",
                                "amount": "{event.quantity}",
                                "price": "{event.price|default:0}",
                                "trigger_price": "{event.stop_price}",
                                "trigger_direction": {
                                    "$if": "event.trigger",
                                    "$then": "{event.trigger|to:trigger_direction}",
                                    "$else": "{event.side|to:stop_side_direction}",
                                },
                                "trigger_price_type": "{event.trigger_reference|to:trigger_price_type}",
                                "client_id": "{event.client_order_id|default:''}",
                                "maker_fee_rate": "0.0003",
                                "taker_fee_rate": "0.0005",
                                "created_at": "{event.created_ms}",
                                "updated_at": "{event.updated_ms}",
                            },
                        },
                        "id": None,
                    },
                },
                push_on=("order",),
            ),
        ),
        "user_deals": Channel(
            name="user_deals",
            pattern="user_deals:{market}",
            tables=("user_deals.update",),
            message={"$ref": "#/schemas/CoinexWsUserDealsMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            auth=True,
            subscription=ItemList(
                subscribe="user_deals.subscribe",
                unsubscribe="user_deals.unsubscribe",
                list="market_list",
                item="{market}",
            ),
            stub=StubMapping(
                args={"symbol": "{params.market|from:futures_market}", "kind": "perpetual"},
                respond={
                    "method": "user_deals.update",
                    "data": {
                        "deal_id": "{event.id}",
                        "created_at": "{event.time_ms}",
                        "market": "{event.market|to:futures_market}",
                        "side": "{event.side}",
                        "order_id": "{event.order_id}",
                        "client_id": "{event.client_order_id|default:''}",
                        "price": "{event.price}",
                        "amount": "{event.quantity}",
                        "role": "{event.liquidity}",
                        "fee": "{event.fee}",
                        "fee_ccy": "{event.fee_asset}",
                    },
                    "id": None,
                },
                push_on=("fill",),
            ),
        ),
    },
    schemas={
        "CoinexWsPingParams": {"type": "object", "properties": {}},
        "CoinexWsSignParams": {
            "type": "object",
            "required": ["access_id", "signed_str", "timestamp"],
            "properties": {
                "access_id": {"type": "string"},
                "signed_str": {"type": "string"},
                "timestamp": {"type": "integer", "format": "unix_ms"},
            },
        },
    },
    reply={"$ref": "#/schemas/CoinexWsReply"},
    rejections={
        "invalid_parameter": "30001",
        "missing_parameter": "30001",
        "too_many_items": "30001",
        "unknown_market": "30001",
        "too_large": "30001",
        "unknown_route": "30002",
        "login_required": "31001",
        "unknown_key": "31002",
        "unknown_account": "31002",
        "bad_signature": "31002",
        "stale_timestamp": "31002",
        "key_expired": "31002",
        "ip_not_allowed": "31002",
        "rate_limited": "33002",
    },
)
_FUTURES_TYPES = Types(
    replies={
        "ping": models.CoinexWsPingReply,
        "sign": models.CoinexWsReply,
    },
    payloads={
        "ping": models.CoinexWsPingParams,
        "sign": models.CoinexWsSignParams,
    },
    messages={
        "balance": models.FuturesWsBalanceMessage,
        "bbo": models.CoinexWsBboMessage,
        "deals": models.CoinexWsDealsMessage,
        "depth": models.CoinexWsDepthMessage,
        "index": models.FuturesWsIndexMessage,
        "notice": models.CoinexWsNoticeMessage,
        "order": models.FuturesWsOrderMessage,
        "position": models.FuturesWsPositionMessage,
        "premium": models.FuturesWsPremiumMessage,
        "state": models.FuturesWsStateMessage,
        "stop": models.FuturesWsStopMessage,
        "user_deals": models.CoinexWsUserDealsMessage,
    },
)


class AsyncFuturesStream(AsyncStream):
    """Futures market data and the account's futures orders, executions, balances and positions over one JSON-RPC-like WebSocket. (asynchronous; `async with` connects and logs in)

    Args:
        api_key: credential for the login (never logged or shown in errors).
        api_secret: credential for the login (never logged or shown in errors).
        url: server to connect to; overrides `environment`.
        environment: one of live.
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
            _FUTURES_CONFIG,
            _FUTURES_TYPES,
            credentials,
            url=url,
            environment=environment,
            reconnect=reconnect,
            command_timeout=command_timeout,
            watchdog=watchdog,
            queue_size=queue_size,
        )

    async def ping(
        self,
    ) -> models.CoinexWsPingReply:
        """Keep the connection alive; the server answers pong.

        Docs: https://docs.coinex.com/api/v2/common/ws/ping
        """
        data: dict[str, Any] = {}
        reply: models.CoinexWsPingReply = await self.command("ping", {k: v for k, v in data.items() if v is not None})
        return reply

    async def subscribe_balance(
        self,
        *,
        ccy: str | None = None,
    ) -> Subscription[models.FuturesWsBalanceMessage]:
        """The account's futures balances, pushed when they change.

        Requires server.sign first. balance_list holds the subscribed assets' balances.

        Docs: https://docs.coinex.com/api/v2/assets/balance/ws/futures_balance
        """
        return await self.subscribe("balance", ccy=ccy)

    async def subscribe_bbo(
        self,
        *,
        market: str,
    ) -> Subscription[models.CoinexWsBboMessage]:
        """Best bid and offer of futures markets, pushed in real time.

        Docs: https://docs.coinex.com/api/v2/futures/market/ws/market-bbo
        """
        return await self.subscribe("bbo", market=market)

    async def subscribe_deals(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.CoinexWsDealsMessage]:
        """Public trades of futures markets, pushed as they happen.

        The docs give a push delay of about 200 ms; deal_list holds the latest trades, newest first.

        Docs: https://docs.coinex.com/api/v2/futures/market/ws/market-deals
        """
        return await self.subscribe("deals", market=market)

    async def subscribe_depth(
        self,
        *,
        market: str,
        limit: Literal[5, 10, 20, 50],
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ],
        is_full: bool,
    ) -> Subscription[models.CoinexWsDepthMessage]:
        """Order book of a futures market at a depth and merge interval, as full snapshots or increments.

        With is_full false, pushes carry the levels changed since the last push (a size of "0"
        deletes the level); with is_full true, the whole book. A full book is pushed every minute
        either way. The docs give a push delay of about 200 ms, with no push when nothing changed.
        checksum is the CRC32 of "bid1_price:bid1_amount:bid2_price:...:ask1_price:ask1_amount:..."
        over the full book (asks only when there is no bid); compare it modulo 2^32.

        Docs: https://docs.coinex.com/api/v2/futures/market/ws/market-depth
        """
        return await self.subscribe("depth", market=market, limit=limit, interval=interval, is_full=is_full)

    async def subscribe_index(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.FuturesWsIndexMessage]:
        """Index and mark price of futures markets, about every 5 seconds.

        Docs: https://docs.coinex.com/api/v2/futures/market/ws/market-index
        """
        return await self.subscribe("index", market=market)

    async def subscribe_notice(
        self,
        *,
        channel: int,
    ) -> Subscription[models.CoinexWsNoticeMessage]:
        """System notices (channel 101 - system maintenance), pushed in real time.

        Requires server.sign first. info gives the maintenance window (start_time, end_time), the
        affected scope (SPOT, FUTURES or ALL_SITE) and the protection period.
        """
        return await self.subscribe("notice", channel=channel)

    async def subscribe_order(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.FuturesWsOrderMessage]:
        """The account's futures order events (put, update, modify, finish).

        Requires server.sign first. event is put (order placed), update (filled in part), modify
        (amount or price edited) or finish (filled or canceled); order holds the order afterwards.

        Docs: https://docs.coinex.com/api/v2/futures/order/ws/user-order
        """
        return await self.subscribe("order", market=market)

    async def subscribe_position(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.FuturesWsPositionMessage]:
        """The account's futures positions, pushed when they change.

        Requires server.sign first. event is update, close, sys_close, adl or liq; position holds
        the position afterwards.

        Docs: https://docs.coinex.com/api/v2/futures/position/ws/user-position
        """
        return await self.subscribe("position", market=market)

    async def subscribe_premium(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.FuturesWsPremiumMessage]:
        """Premium index of futures markets."""
        return await self.subscribe("premium", market=market)

    async def subscribe_state(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.FuturesWsStateMessage]:
        """24-hour status of futures markets, with mark and index prices, open interest and funding rates.

        Pushes state_list with one entry per subscribed market whose status changed. The docs give a
        push delay of about 200 ms. Funding rates are calculated every minute and collected every 8
        hours by default (2 or 4 hours when the premium is too high).

        Docs: https://docs.coinex.com/api/v2/futures/market/ws/market-state
        """
        return await self.subscribe("state", market=market)

    async def subscribe_stop(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.FuturesWsStopMessage]:
        """The account's futures stop (trigger) order events (put, active, cancel).

        Requires server.sign first. event is put (stop order placed), active (triggered: the order
        was placed) or cancel; stop holds the stop order.

        Docs: https://docs.coinex.com/api/v2/futures/order/ws/user-stop-order
        """
        return await self.subscribe("stop", market=market)

    async def subscribe_user_deals(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.CoinexWsUserDealsMessage]:
        """The account's futures executions, one push per deal.

        Requires server.sign first.

        Docs: https://docs.coinex.com/api/v2/futures/deal/ws/user-deals
        """
        return await self.subscribe("user_deals", market=market)


class FuturesStream(SyncStream):
    """Futures market data and the account's futures orders, executions, balances and positions over one JSON-RPC-like WebSocket. (blocking; `with` connects and logs in; same arguments as the async one)"""

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
            lambda: AsyncFuturesStream(
                **credentials.as_dict(),
                url=url,
                environment=environment,
                reconnect=reconnect,
                command_timeout=command_timeout,
                watchdog=watchdog,
                queue_size=queue_size,
            )
        )

    def ping(
        self,
    ) -> models.CoinexWsPingReply:
        """Keep the connection alive; the server answers pong.

        Docs: https://docs.coinex.com/api/v2/common/ws/ping
        """
        data: dict[str, Any] = {}
        reply: models.CoinexWsPingReply = self.command("ping", {k: v for k, v in data.items() if v is not None})
        return reply

    def subscribe_balance(
        self,
        *,
        ccy: str | None = None,
    ) -> SyncSubscription[models.FuturesWsBalanceMessage]:
        """The account's futures balances, pushed when they change.

        Requires server.sign first. balance_list holds the subscribed assets' balances.

        Docs: https://docs.coinex.com/api/v2/assets/balance/ws/futures_balance
        """
        return self.subscribe("balance", ccy=ccy)

    def subscribe_bbo(
        self,
        *,
        market: str,
    ) -> SyncSubscription[models.CoinexWsBboMessage]:
        """Best bid and offer of futures markets, pushed in real time.

        Docs: https://docs.coinex.com/api/v2/futures/market/ws/market-bbo
        """
        return self.subscribe("bbo", market=market)

    def subscribe_deals(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.CoinexWsDealsMessage]:
        """Public trades of futures markets, pushed as they happen.

        The docs give a push delay of about 200 ms; deal_list holds the latest trades, newest first.

        Docs: https://docs.coinex.com/api/v2/futures/market/ws/market-deals
        """
        return self.subscribe("deals", market=market)

    def subscribe_depth(
        self,
        *,
        market: str,
        limit: Literal[5, 10, 20, 50],
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ],
        is_full: bool,
    ) -> SyncSubscription[models.CoinexWsDepthMessage]:
        """Order book of a futures market at a depth and merge interval, as full snapshots or increments.

        With is_full false, pushes carry the levels changed since the last push (a size of "0"
        deletes the level); with is_full true, the whole book. A full book is pushed every minute
        either way. The docs give a push delay of about 200 ms, with no push when nothing changed.
        checksum is the CRC32 of "bid1_price:bid1_amount:bid2_price:...:ask1_price:ask1_amount:..."
        over the full book (asks only when there is no bid); compare it modulo 2^32.

        Docs: https://docs.coinex.com/api/v2/futures/market/ws/market-depth
        """
        return self.subscribe("depth", market=market, limit=limit, interval=interval, is_full=is_full)

    def subscribe_index(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.FuturesWsIndexMessage]:
        """Index and mark price of futures markets, about every 5 seconds.

        Docs: https://docs.coinex.com/api/v2/futures/market/ws/market-index
        """
        return self.subscribe("index", market=market)

    def subscribe_notice(
        self,
        *,
        channel: int,
    ) -> SyncSubscription[models.CoinexWsNoticeMessage]:
        """System notices (channel 101 - system maintenance), pushed in real time.

        Requires server.sign first. info gives the maintenance window (start_time, end_time), the
        affected scope (SPOT, FUTURES or ALL_SITE) and the protection period.
        """
        return self.subscribe("notice", channel=channel)

    def subscribe_order(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.FuturesWsOrderMessage]:
        """The account's futures order events (put, update, modify, finish).

        Requires server.sign first. event is put (order placed), update (filled in part), modify
        (amount or price edited) or finish (filled or canceled); order holds the order afterwards.

        Docs: https://docs.coinex.com/api/v2/futures/order/ws/user-order
        """
        return self.subscribe("order", market=market)

    def subscribe_position(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.FuturesWsPositionMessage]:
        """The account's futures positions, pushed when they change.

        Requires server.sign first. event is update, close, sys_close, adl or liq; position holds
        the position afterwards.

        Docs: https://docs.coinex.com/api/v2/futures/position/ws/user-position
        """
        return self.subscribe("position", market=market)

    def subscribe_premium(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.FuturesWsPremiumMessage]:
        """Premium index of futures markets."""
        return self.subscribe("premium", market=market)

    def subscribe_state(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.FuturesWsStateMessage]:
        """24-hour status of futures markets, with mark and index prices, open interest and funding rates.

        Pushes state_list with one entry per subscribed market whose status changed. The docs give a
        push delay of about 200 ms. Funding rates are calculated every minute and collected every 8
        hours by default (2 or 4 hours when the premium is too high).

        Docs: https://docs.coinex.com/api/v2/futures/market/ws/market-state
        """
        return self.subscribe("state", market=market)

    def subscribe_stop(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.FuturesWsStopMessage]:
        """The account's futures stop (trigger) order events (put, active, cancel).

        Requires server.sign first. event is put (stop order placed), active (triggered: the order
        was placed) or cancel; stop holds the stop order.

        Docs: https://docs.coinex.com/api/v2/futures/order/ws/user-stop-order
        """
        return self.subscribe("stop", market=market)

    def subscribe_user_deals(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.CoinexWsUserDealsMessage]:
        """The account's futures executions, one push per deal.

        Requires server.sign first.

        Docs: https://docs.coinex.com/api/v2/futures/deal/ws/user-deals
        """
        return self.subscribe("user_deals", market=market)


_SPOT_CONFIG = WebSocketStream(
    name="spot",
    server="spot",
    framing=Framing(
        op="method",
        tag="id",
        tag_type="integer",
        data="params",
        reply_ok_code=0,
        reply_ok_message="OK",
        reply_code="code",
        reply_message="message",
        push_channel="method",
    ),
    compression="gzip",
    login=StreamLogin(
        command="sign",
        scheme="ws_sign",
        data={"access_id": "{api_key}", "signed_str": "{signature}", "timestamp": "{timestamp}"},
    ),
    heartbeat=Heartbeat(kind="message", interval=30.0, timeout=60.0, command="ping"),
    commands={
        "ping": Command(
            name="ping",
            op="server.ping",
            data={"$ref": "#/schemas/CoinexWsPingParams"},
            reply={"$ref": "#/schemas/CoinexWsPingReply"},
            stub=StubMapping(respond={"result": "pong"}),
        ),
        "sign": Command(
            name="sign",
            op="server.sign",
            data={"$ref": "#/schemas/CoinexWsSignParams"},
            reply={"$ref": "#/schemas/CoinexWsReply"},
        ),
    },
    channels={
        "balance": Channel(
            name="balance",
            pattern="balance:{ccy}",
            tables=("balance.update",),
            message={"$ref": "#/schemas/SpotWsBalanceMessage"},
            params=(Param(name="ccy", schema={"type": "string"}),),
            auth=True,
            subscription=ItemList(
                subscribe="balance.subscribe", unsubscribe="balance.unsubscribe", list="ccy_list", item="{ccy}"
            ),
            stub=StubMapping(
                action="balances",
                args={"asset": "{params.ccy}", "wallet": "spot"},
                respond={
                    "method": "balance.update",
                    "data": {
                        "balance_list": {
                            "$each": "result",
                            "$item": {
                                "margin_market": "",
                                "ccy": "{item.asset}",
                                "available": "{item.available}",
                                "frozen": "{item.reserved}",
                                "updated_at": "{item.updated_ms}",
                            },
                        }
                    },
                    "id": None,
                },
                push_on=("balance",),
            ),
        ),
        "bbo": Channel(
            name="bbo",
            pattern="bbo:{market}",
            tables=("bbo.update",),
            message={"$ref": "#/schemas/CoinexWsBboMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            subscription=ItemList(
                subscribe="bbo.subscribe", unsubscribe="bbo.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                action="depth",
                args={"symbol": "{params.market}", "levels": 1, "kind": "spot"},
                respond={
                    "method": "bbo.update",
                    "data": {
                        "market": "{result.market}",
                        "updated_at": "{result.time_ms}",
                        "best_bid_price": "{result.bids.0.0|default:0}",
                        "best_bid_size": "{result.bids.0.1|default:0}",
                        "best_ask_price": "{result.asks.0.0|default:0}",
                        "best_ask_size": "{result.asks.0.1|default:0}",
                    },
                    "id": None,
                },
                push_on=("order", "trade"),
            ),
        ),
        "deals": Channel(
            name="deals",
            pattern="deals:{market}",
            tables=("deals.update",),
            message={"$ref": "#/schemas/CoinexWsDealsMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            subscription=ItemList(
                subscribe="deals.subscribe", unsubscribe="deals.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                args={"symbol": "{params.market}", "kind": "spot"},
                respond={
                    "method": "deals.update",
                    "data": {
                        "market": "{event.market}",
                        "deal_list": [
                            {
                                "deal_id": "{event.id}",
                                "created_at": "{event.time_ms}",
                                "side": "{event.taker_side}",
                                "price": "{event.price}",
                                "amount": "{event.quantity}",
                            }
                        ],
                    },
                    "id": None,
                },
                push_on=("trade",),
            ),
        ),
        "depth": Channel(
            name="depth",
            pattern="depth:{market}:{limit}:{interval}:{is_full}",
            tables=("depth.update",),
            message={"$ref": "#/schemas/CoinexWsDepthMessage"},
            params=(
                Param(name="market", schema={"type": "string"}),
                Param(name="limit", schema={"type": "integer", "enum": [5, 10, 20, 50]}),
                Param(
                    name="interval",
                    schema={
                        "type": "string",
                        "enum": [
                            "0",
                            "0.00000000001",
                            "0.000000000001",
                            "0.0000000001",
                            "0.000000001",
                            "0.00000001",
                            "0.0000001",
                            "0.000001",
                            "0.00001",
                            "0.0001",
                            "0.001",
                            "0.01",
                            "0.1",
                            "1",
                            "10",
                            "100",
                            "1000",
                        ],
                    },
                ),
                Param(name="is_full", schema={"type": "boolean"}),
            ),
            subscription=ItemList(
                subscribe="depth.subscribe",
                unsubscribe="depth.unsubscribe",
                list="market_list",
                item=["{market}", "{limit}", "{interval}", "{is_full}"],
                unsubscribe_item="{market}",
            ),
            stub=StubMapping(
                action="depth",
                args={"symbol": "{params.market}", "levels": "{params.limit}", "kind": "spot"},
                respond={
                    "method": "depth.update",
                    "data": {
                        "market": "{result.market}",
                        "is_full": True,
                        "depth": {
                            "asks": "{result.asks}",
                            "bids": "{result.bids}",
                            "last": "{result.last}",
                            "updated_at": "{result.time_ms}",
                            "checksum": "{result|crc32_book}",
                        },
                    },
                    "id": None,
                },
                push_on=("order", "trade"),
            ),
        ),
        "index": Channel(
            name="index",
            pattern="index:{market}",
            tables=("index.update",),
            message={"$ref": "#/schemas/SpotWsIndexMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            interval=5.0,
            subscription=ItemList(
                subscribe="index.subscribe", unsubscribe="index.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                action="tickers",
                args={"symbol": "{params.market}", "kind": "spot"},
                respond={
                    "$each": "result",
                    "$item": {
                        "method": "index.update",
                        "data": {"market": "{item.market}", "index_price": "{item.last}"},
                        "id": None,
                    },
                },
            ),
        ),
        "notice": Channel(
            name="notice",
            pattern="notice:{channel}",
            tables=("notice.update",),
            message={"$ref": "#/schemas/CoinexWsNoticeMessage"},
            params=(Param(name="channel", schema={"type": "integer", "default": 101}),),
            auth=True,
            subscription=ItemList(
                subscribe="notice.subscribe", unsubscribe="notice.unsubscribe", list="channels", item="{channel}"
            ),
        ),
        "order": Channel(
            name="order",
            pattern="order:{market}",
            tables=("order.update",),
            message={"$ref": "#/schemas/SpotWsOrderMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            auth=True,
            subscription=ItemList(
                subscribe="order.subscribe", unsubscribe="order.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                args={"symbol": "{params.market}", "kind": "spot"},
                respond={
                    "$if": "event.triggered",
                    "$then": {
                        "method": "order.update",
                        "data": {
                            "event": "{event.status|to:ws_order_event}",
                            "order": {
                                "order_id": "{event.id}",
                                "market": "{event.market}",
                                "margin_market": "",
                                "side": "{event.side}",
                                "type": "{event.type|to:api_type}",
                                "amount": "{event.quantity}",
                                "price": "{event.price|default:0}",
                                "unfilled_amount": "{event.remaining}",
                                "filled_amount": "{event.filled}",
                                "filled_value": "{event.cost}",
                                "client_id": "{event.client_order_id|default:''}",
                                "base_ccy_fee": "0",
                                "quote_ccy_fee": "{event.fees}",
                                "discount_ccy_fee": "0",
                                "maker_fee_rate": "0.002",
                                "taker_fee_rate": "0.002",
                                "last_filled_amount": "{event.last_fill.quantity|default:0}",
                                "last_filled_price": "{event.last_fill.price|default:0}",
                                "created_at": "{event.created_ms}",
                                "updated_at": "{event.updated_ms}",
                            },
                        },
                        "id": None,
                    },
                    "$else": {
                        "$if": "event.stop_price",
                        "$then": None,
                        "$else": {
                            "method": "order.update",
                            "data": {
                                "event": "{event.status|to:ws_order_event}",
                                "order": {
                                    "order_id": "{event.id}",
                                    "market": "{event.market}",
                                    "margin_market": "",
                                    "side": "{event.side}",
                                    "type": "{event.type|to:api_type}",
                                    "amount": "{event.quantity}",
                                    "price": "{event.price|default:0}",
                                    "unfilled_amount": "{event.remaining}",
                                    "filled_amount": "{event.filled}",
                                    "filled_value": "{event.cost}",
                                    "client_id": "{event.client_order_id|default:''}",
                                    "base_ccy_fee": "0",
                                    "quote_ccy_fee": "{event.fees}",
                                    "discount_ccy_fee": "0",
                                    "maker_fee_rate": "0.002",
                                    "taker_fee_rate": "0.002",
                                    "last_filled_amount": "{event.last_fill.quantity|default:0}",
                                    "last_filled_price": "{event.last_fill.price|default:0}",
                                    "created_at": "{event.created_ms}",
                                    "updated_at": "{event.updated_ms}",
                                },
                            },
                            "id": None,
                        },
                    },
                },
                push_on=("order",),
            ),
        ),
        "state": Channel(
            name="state",
            pattern="state:{market}",
            tables=("state.update",),
            message={"$ref": "#/schemas/SpotWsStateMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            subscription=ItemList(
                subscribe="state.subscribe", unsubscribe="state.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                action="tickers",
                args={"symbol": "{params.market}", "kind": "spot"},
                respond={
                    "method": "state.update",
                    "data": {
                        "state_list": {
                            "$each": "result",
                            "$item": {
                                "market": "{item.market}",
                                "last": "{item.last}",
                                "open": "{item.open}",
                                "close": "{item.last}",
                                "high": "{item.high}",
                                "low": "{item.low}",
                                "volume": "{item.volume}",
                                "value": "{item.quote_volume}",
                                "volume_sell": "0",
                                "volume_buy": "0",
                                "period": 86400,
                            },
                        }
                    },
                    "id": None,
                },
                push_on=("trade",),
            ),
        ),
        "stop": Channel(
            name="stop",
            pattern="stop:{market}",
            tables=("stop.update",),
            message={"$ref": "#/schemas/SpotWsStopMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            auth=True,
            subscription=ItemList(
                subscribe="stop.subscribe", unsubscribe="stop.unsubscribe", list="market_list", item="{market}"
            ),
            stub=StubMapping(
                args={"symbol": "{params.market}", "kind": "spot"},
                respond={
                    "$if": "event.stop_price",
                    "$then": {
                        "method": "stop.update",
                        "data": {
                            "event": "{event.status|to:ws_stop_event}",
                            "stop": {
                                "stop_id": "{event.id}",
                                "market": "{event.market}",
                                "margin_market": "",
                                "side": "{event.side}",
                                "type": "{event.type|to:api_type}",
                                "amount": "{event.quantity}",
                                "price": "{event.price|default:0}",
                                "trigger_price": "{event.stop_price}",
                                "trigger_direction": {
                                    "$if": "event.trigger",
                                    "$then": "{event.trigger|to:trigger_direction}",
                                    "$else": "{event.side|to:stop_side_direction}",
                                },
                                "trigger_price_type": "{event.trigger_reference|to:trigger_price_type}",
                                "client_id": "{event.client_order_id|default:''}",
                                "maker_fee_rate": "0.002",
                                "taker_fee_rate": "0.002",
                                "status": "{event.status|to:ws_stop_status}",
                                "created_at": "{event.created_ms}",
                                "updated_at": "{event.updated_ms}",
                            },
                        },
                        "id": None,
                    },
                },
                push_on=("order",),
            ),
        ),
        "user_deals": Channel(
            name="user_deals",
            pattern="user_deals:{market}",
            tables=("user_deals.update",),
            message={"$ref": "#/schemas/CoinexWsUserDealsMessage"},
            params=(Param(name="market", schema={"type": "string"}),),
            auth=True,
            subscription=ItemList(
                subscribe="user_deals.subscribe",
                unsubscribe="user_deals.unsubscribe",
                list="market_list",
                item="{market}",
            ),
            stub=StubMapping(
                args={"symbol": "{params.market}", "kind": "spot"},
                respond={
                    "method": "user_deals.update",
                    "data": {
                        "deal_id": "{event.id}",
                        "created_at": "{event.time_ms}",
                        "market": "{event.market}",
                        "side": "{event.side}",
                        "order_id": "{event.order_id}",
                        "client_id": "{event.client_order_id|default:''}",
                        "margin_market": "",
                        "price": "{event.price}",
                        "amount": "{event.quantity}",
                        "role": "{event.liquidity}",
                        "fee": "{event.fee}",
                        "fee_ccy": "{event.fee_asset}",
                    },
                    "id": None,
                },
                push_on=("fill",),
            ),
        ),
    },
    schemas={
        "CoinexWsPingParams": {"type": "object", "properties": {}},
        "CoinexWsSignParams": {
            "type": "object",
            "required": ["access_id", "signed_str", "timestamp"],
            "properties": {
                "access_id": {"type": "string"},
                "signed_str": {"type": "string"},
                "timestamp": {"type": "integer", "format": "unix_ms"},
            },
        },
    },
    reply={"$ref": "#/schemas/CoinexWsReply"},
    rejections={
        "invalid_parameter": "20001",
        "missing_parameter": "20001",
        "too_many_items": "20001",
        "unknown_market": "20001",
        "too_large": "20001",
        "unknown_route": "20002",
        "login_required": "21001",
        "unknown_key": "21002",
        "unknown_account": "21002",
        "bad_signature": "21002",
        "stale_timestamp": "21002",
        "key_expired": "21002",
        "ip_not_allowed": "21002",
        "rate_limited": "23002",
    },
)
_SPOT_TYPES = Types(
    replies={
        "ping": models.CoinexWsPingReply,
        "sign": models.CoinexWsReply,
    },
    payloads={
        "ping": models.CoinexWsPingParams,
        "sign": models.CoinexWsSignParams,
    },
    messages={
        "balance": models.SpotWsBalanceMessage,
        "bbo": models.CoinexWsBboMessage,
        "deals": models.CoinexWsDealsMessage,
        "depth": models.CoinexWsDepthMessage,
        "index": models.SpotWsIndexMessage,
        "notice": models.CoinexWsNoticeMessage,
        "order": models.SpotWsOrderMessage,
        "state": models.SpotWsStateMessage,
        "stop": models.SpotWsStopMessage,
        "user_deals": models.CoinexWsUserDealsMessage,
    },
)


class AsyncSpotStream(AsyncStream):
    """Spot market data and the account's spot orders, executions and balances over one JSON-RPC-like WebSocket. (asynchronous; `async with` connects and logs in)

    Args:
        api_key: credential for the login (never logged or shown in errors).
        api_secret: credential for the login (never logged or shown in errors).
        url: server to connect to; overrides `environment`.
        environment: one of live.
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
            _SPOT_CONFIG,
            _SPOT_TYPES,
            credentials,
            url=url,
            environment=environment,
            reconnect=reconnect,
            command_timeout=command_timeout,
            watchdog=watchdog,
            queue_size=queue_size,
        )

    async def ping(
        self,
    ) -> models.CoinexWsPingReply:
        """Keep the connection alive; the server answers pong.

        Docs: https://docs.coinex.com/api/v2/common/ws/ping
        """
        data: dict[str, Any] = {}
        reply: models.CoinexWsPingReply = await self.command("ping", {k: v for k, v in data.items() if v is not None})
        return reply

    async def subscribe_balance(
        self,
        *,
        ccy: str | None = None,
    ) -> Subscription[models.SpotWsBalanceMessage]:
        """The account's spot balances, pushed when they change.

        Requires server.sign first. balance_list holds the subscribed assets' balances.

        Docs: https://docs.coinex.com/api/v2/assets/balance/ws/spot_balance
        """
        return await self.subscribe("balance", ccy=ccy)

    async def subscribe_bbo(
        self,
        *,
        market: str,
    ) -> Subscription[models.CoinexWsBboMessage]:
        """Best bid and offer of markets, pushed in real time.

        Docs: https://docs.coinex.com/api/v2/spot/market/ws/market-bbo
        """
        return await self.subscribe("bbo", market=market)

    async def subscribe_deals(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.CoinexWsDealsMessage]:
        """Public trades of markets, pushed as they happen.

        The docs give a push delay of about 200 ms; deal_list holds the latest trades, newest first.

        Docs: https://docs.coinex.com/api/v2/spot/market/ws/market-deals
        """
        return await self.subscribe("deals", market=market)

    async def subscribe_depth(
        self,
        *,
        market: str,
        limit: Literal[5, 10, 20, 50],
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ],
        is_full: bool,
    ) -> Subscription[models.CoinexWsDepthMessage]:
        """Order book of a market at a depth and merge interval, as full snapshots or increments.

        With is_full false, pushes carry the levels changed since the last push (a size of "0"
        deletes the level); with is_full true, the whole book. A full book is pushed every minute
        either way. The docs give a push delay of about 200 ms, with no push when nothing changed.
        checksum is the CRC32 of "bid1_price:bid1_amount:bid2_price:...:ask1_price:ask1_amount:..."
        over the full book (asks only when there is no bid); compare it modulo 2^32.

        Docs: https://docs.coinex.com/api/v2/spot/market/ws/market-depth
        """
        return await self.subscribe("depth", market=market, limit=limit, interval=interval, is_full=is_full)

    async def subscribe_index(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.SpotWsIndexMessage]:
        """Index price of markets, about every 5 seconds.

        Docs: https://docs.coinex.com/api/v2/spot/market/ws/market-index
        """
        return await self.subscribe("index", market=market)

    async def subscribe_notice(
        self,
        *,
        channel: int,
    ) -> Subscription[models.CoinexWsNoticeMessage]:
        """System notices (channel 101 - system maintenance), pushed in real time.

        Requires server.sign first. info gives the maintenance window (start_time, end_time), the
        affected scope (SPOT, FUTURES or ALL_SITE) and the protection period.
        """
        return await self.subscribe("notice", channel=channel)

    async def subscribe_order(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.SpotWsOrderMessage]:
        """The account's spot and margin order events (put, update, modify, finish).

        Requires server.sign first. event is put (order placed), update (filled in part), modify
        (amount or price edited) or finish (filled or canceled); order holds the order afterwards.

        Docs: https://docs.coinex.com/api/v2/spot/order/ws/user-order
        """
        return await self.subscribe("order", market=market)

    async def subscribe_state(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.SpotWsStateMessage]:
        """24-hour market status (last, open, high, low, volumes) of markets.

        Pushes state_list with one entry per subscribed market whose status changed. The docs give a
        push delay of about 200 ms.

        Docs: https://docs.coinex.com/api/v2/spot/market/ws/market
        """
        return await self.subscribe("state", market=market)

    async def subscribe_stop(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.SpotWsStopMessage]:
        """The account's stop (trigger) order events (put, active, cancel).

        Requires server.sign first. event is put (stop order placed), active (triggered: the order
        was placed) or cancel; stop holds the stop order.

        Docs: https://docs.coinex.com/api/v2/spot/order/ws/user-stop-order
        """
        return await self.subscribe("stop", market=market)

    async def subscribe_user_deals(
        self,
        *,
        market: str | None = None,
    ) -> Subscription[models.CoinexWsUserDealsMessage]:
        """The account's executions, one push per deal.

        Requires server.sign first.

        Docs: https://docs.coinex.com/api/v2/spot/deal/ws/user-deals
        """
        return await self.subscribe("user_deals", market=market)


class SpotStream(SyncStream):
    """Spot market data and the account's spot orders, executions and balances over one JSON-RPC-like WebSocket. (blocking; `with` connects and logs in; same arguments as the async one)"""

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
            lambda: AsyncSpotStream(
                **credentials.as_dict(),
                url=url,
                environment=environment,
                reconnect=reconnect,
                command_timeout=command_timeout,
                watchdog=watchdog,
                queue_size=queue_size,
            )
        )

    def ping(
        self,
    ) -> models.CoinexWsPingReply:
        """Keep the connection alive; the server answers pong.

        Docs: https://docs.coinex.com/api/v2/common/ws/ping
        """
        data: dict[str, Any] = {}
        reply: models.CoinexWsPingReply = self.command("ping", {k: v for k, v in data.items() if v is not None})
        return reply

    def subscribe_balance(
        self,
        *,
        ccy: str | None = None,
    ) -> SyncSubscription[models.SpotWsBalanceMessage]:
        """The account's spot balances, pushed when they change.

        Requires server.sign first. balance_list holds the subscribed assets' balances.

        Docs: https://docs.coinex.com/api/v2/assets/balance/ws/spot_balance
        """
        return self.subscribe("balance", ccy=ccy)

    def subscribe_bbo(
        self,
        *,
        market: str,
    ) -> SyncSubscription[models.CoinexWsBboMessage]:
        """Best bid and offer of markets, pushed in real time.

        Docs: https://docs.coinex.com/api/v2/spot/market/ws/market-bbo
        """
        return self.subscribe("bbo", market=market)

    def subscribe_deals(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.CoinexWsDealsMessage]:
        """Public trades of markets, pushed as they happen.

        The docs give a push delay of about 200 ms; deal_list holds the latest trades, newest first.

        Docs: https://docs.coinex.com/api/v2/spot/market/ws/market-deals
        """
        return self.subscribe("deals", market=market)

    def subscribe_depth(
        self,
        *,
        market: str,
        limit: Literal[5, 10, 20, 50],
        interval: Literal[
            "0",
            "0.00000000001",
            "0.000000000001",
            "0.0000000001",
            "0.000000001",
            "0.00000001",
            "0.0000001",
            "0.000001",
            "0.00001",
            "0.0001",
            "0.001",
            "0.01",
            "0.1",
            "1",
            "10",
            "100",
            "1000",
        ],
        is_full: bool,
    ) -> SyncSubscription[models.CoinexWsDepthMessage]:
        """Order book of a market at a depth and merge interval, as full snapshots or increments.

        With is_full false, pushes carry the levels changed since the last push (a size of "0"
        deletes the level); with is_full true, the whole book. A full book is pushed every minute
        either way. The docs give a push delay of about 200 ms, with no push when nothing changed.
        checksum is the CRC32 of "bid1_price:bid1_amount:bid2_price:...:ask1_price:ask1_amount:..."
        over the full book (asks only when there is no bid); compare it modulo 2^32.

        Docs: https://docs.coinex.com/api/v2/spot/market/ws/market-depth
        """
        return self.subscribe("depth", market=market, limit=limit, interval=interval, is_full=is_full)

    def subscribe_index(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.SpotWsIndexMessage]:
        """Index price of markets, about every 5 seconds.

        Docs: https://docs.coinex.com/api/v2/spot/market/ws/market-index
        """
        return self.subscribe("index", market=market)

    def subscribe_notice(
        self,
        *,
        channel: int,
    ) -> SyncSubscription[models.CoinexWsNoticeMessage]:
        """System notices (channel 101 - system maintenance), pushed in real time.

        Requires server.sign first. info gives the maintenance window (start_time, end_time), the
        affected scope (SPOT, FUTURES or ALL_SITE) and the protection period.
        """
        return self.subscribe("notice", channel=channel)

    def subscribe_order(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.SpotWsOrderMessage]:
        """The account's spot and margin order events (put, update, modify, finish).

        Requires server.sign first. event is put (order placed), update (filled in part), modify
        (amount or price edited) or finish (filled or canceled); order holds the order afterwards.

        Docs: https://docs.coinex.com/api/v2/spot/order/ws/user-order
        """
        return self.subscribe("order", market=market)

    def subscribe_state(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.SpotWsStateMessage]:
        """24-hour market status (last, open, high, low, volumes) of markets.

        Pushes state_list with one entry per subscribed market whose status changed. The docs give a
        push delay of about 200 ms.

        Docs: https://docs.coinex.com/api/v2/spot/market/ws/market
        """
        return self.subscribe("state", market=market)

    def subscribe_stop(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.SpotWsStopMessage]:
        """The account's stop (trigger) order events (put, active, cancel).

        Requires server.sign first. event is put (stop order placed), active (triggered: the order
        was placed) or cancel; stop holds the stop order.

        Docs: https://docs.coinex.com/api/v2/spot/order/ws/user-stop-order
        """
        return self.subscribe("stop", market=market)

    def subscribe_user_deals(
        self,
        *,
        market: str | None = None,
    ) -> SyncSubscription[models.CoinexWsUserDealsMessage]:
        """The account's executions, one push per deal.

        Requires server.sign first.

        Docs: https://docs.coinex.com/api/v2/spot/deal/ws/user-deals
        """
        return self.subscribe("user_deals", market=market)
