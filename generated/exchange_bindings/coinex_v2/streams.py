"""CoinEx v2 stream clients (WebSocket), generated from spec/coinex_v2; do not edit.

    async with AsyncFuturesStream(api_key="...", api_secret="...", environment='live') as stream:
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

__all__ = ["AsyncFuturesStream", "AsyncSpotStream", "FuturesStream", "SpotStream"]


_FUTURES_SPEC: dict[str, Any] = {
    "server": "futures",
    "compression": "gzip",
    "protocol": {
        "op": "method",
        "tag": "id",
        "tag_type": "integer",
        "data": "params",
        "reply_data": "data",
        "reply_code": "code",
        "reply_message": "message",
        "reply_ok_code": 0,
        "reply_ok_message": "OK",
        "push_channel": "method",
    },
    "heartbeat": {"kind": "message", "command": "ping", "interval": "30s", "timeout": "60s"},
    "login": StreamLogin(
        command="sign",
        scheme="ws_sign",
        data={"access_id": "{api_key}", "signed_str": "{signature}", "timestamp": "{timestamp}"},
    ),
}
_FUTURES_SCHEMAS: dict[str, Any] = {
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
}
_FUTURES_COMMANDS = {
    "ping": CommandDef(
        "ping",
        "server.ping",
        models.CoinexWsPingReply,
        batch=False,
        auth=False,
        data={"$ref": "#/schemas/CoinexWsPingParams"},
        data_type=models.CoinexWsPingParams,
    ),
    "sign": CommandDef(
        "sign",
        "server.sign",
        models.CoinexWsReply,
        batch=False,
        auth=False,
        data={"$ref": "#/schemas/CoinexWsSignParams"},
        data_type=models.CoinexWsSignParams,
    ),
}
_FUTURES_CHANNELS = {
    "balance": ChannelDef(
        "balance",
        "balance:{ccy}",
        ("balance.update",),
        models.FuturesWsBalanceMessage,
        ("ccy",),
        auth=True,
        interval=None,
        subscription={
            "subscribe": "balance.subscribe",
            "unsubscribe": "balance.unsubscribe",
            "list": "ccy_list",
            "item": "{ccy}",
        },
        schemas={
            "ccy": {"type": "string"},
        },
    ),
    "bbo": ChannelDef(
        "bbo",
        "bbo:{market}",
        ("bbo.update",),
        models.CoinexWsBboMessage,
        ("market",),
        auth=False,
        interval=None,
        subscription={
            "subscribe": "bbo.subscribe",
            "unsubscribe": "bbo.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "deals": ChannelDef(
        "deals",
        "deals:{market}",
        ("deals.update",),
        models.CoinexWsDealsMessage,
        ("market",),
        auth=False,
        interval=None,
        subscription={
            "subscribe": "deals.subscribe",
            "unsubscribe": "deals.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "depth": ChannelDef(
        "depth",
        "depth:{market}:{limit}:{interval}:{is_full}",
        ("depth.update",),
        models.CoinexWsDepthMessage,
        (
            "market",
            "limit",
            "interval",
            "is_full",
        ),
        auth=False,
        interval=None,
        subscription={
            "subscribe": "depth.subscribe",
            "unsubscribe": "depth.unsubscribe",
            "list": "market_list",
            "item": ["{market}", "{limit}", "{interval}", "{is_full}"],
            "unsubscribe_item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
            "limit": {"type": "integer", "enum": [5, 10, 20, 50]},
            "interval": {
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
            "is_full": {"type": "boolean"},
        },
    ),
    "index": ChannelDef(
        "index",
        "index:{market}",
        ("index.update",),
        models.FuturesWsIndexMessage,
        ("market",),
        auth=False,
        interval="5s",
        subscription={
            "subscribe": "index.subscribe",
            "unsubscribe": "index.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "notice": ChannelDef(
        "notice",
        "notice:{channel}",
        ("notice.update",),
        models.CoinexWsNoticeMessage,
        ("channel",),
        auth=True,
        interval=None,
        subscription={
            "subscribe": "notice.subscribe",
            "unsubscribe": "notice.unsubscribe",
            "list": "channels",
            "item": "{channel}",
        },
        schemas={
            "channel": {"type": "integer", "default": 101},
        },
    ),
    "order": ChannelDef(
        "order",
        "order:{market}",
        ("order.update",),
        models.FuturesWsOrderMessage,
        ("market",),
        auth=True,
        interval=None,
        subscription={
            "subscribe": "order.subscribe",
            "unsubscribe": "order.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "position": ChannelDef(
        "position",
        "position:{market}",
        ("position.update",),
        models.FuturesWsPositionMessage,
        ("market",),
        auth=True,
        interval=None,
        subscription={
            "subscribe": "position.subscribe",
            "unsubscribe": "position.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "premium": ChannelDef(
        "premium",
        "premium:{market}",
        ("premium.update",),
        models.FuturesWsPremiumMessage,
        ("market",),
        auth=False,
        interval=None,
        subscription={
            "subscribe": "premium.subscribe",
            "unsubscribe": "premium.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "state": ChannelDef(
        "state",
        "state:{market}",
        ("state.update",),
        models.FuturesWsStateMessage,
        ("market",),
        auth=False,
        interval=None,
        subscription={
            "subscribe": "state.subscribe",
            "unsubscribe": "state.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "stop": ChannelDef(
        "stop",
        "stop:{market}",
        ("stop.update",),
        models.FuturesWsStopMessage,
        ("market",),
        auth=True,
        interval=None,
        subscription={
            "subscribe": "stop.subscribe",
            "unsubscribe": "stop.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "user_deals": ChannelDef(
        "user_deals",
        "user_deals:{market}",
        ("user_deals.update",),
        models.CoinexWsUserDealsMessage,
        ("market",),
        auth=True,
        interval=None,
        subscription={
            "subscribe": "user_deals.subscribe",
            "unsubscribe": "user_deals.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
}


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
            _FUTURES_SPEC,
            _FUTURES_COMMANDS,
            _FUTURES_CHANNELS,
            credentials,
            url=url,
            environment=environment,
            reconnect=reconnect,
            command_timeout=command_timeout,
            watchdog=watchdog,
            queue_size=queue_size,
            schemas=_FUTURES_SCHEMAS,
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


_SPOT_SPEC: dict[str, Any] = {
    "server": "spot",
    "compression": "gzip",
    "protocol": {
        "op": "method",
        "tag": "id",
        "tag_type": "integer",
        "data": "params",
        "reply_data": "data",
        "reply_code": "code",
        "reply_message": "message",
        "reply_ok_code": 0,
        "reply_ok_message": "OK",
        "push_channel": "method",
    },
    "heartbeat": {"kind": "message", "command": "ping", "interval": "30s", "timeout": "60s"},
    "login": StreamLogin(
        command="sign",
        scheme="ws_sign",
        data={"access_id": "{api_key}", "signed_str": "{signature}", "timestamp": "{timestamp}"},
    ),
}
_SPOT_SCHEMAS: dict[str, Any] = {
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
}
_SPOT_COMMANDS = {
    "ping": CommandDef(
        "ping",
        "server.ping",
        models.CoinexWsPingReply,
        batch=False,
        auth=False,
        data={"$ref": "#/schemas/CoinexWsPingParams"},
        data_type=models.CoinexWsPingParams,
    ),
    "sign": CommandDef(
        "sign",
        "server.sign",
        models.CoinexWsReply,
        batch=False,
        auth=False,
        data={"$ref": "#/schemas/CoinexWsSignParams"},
        data_type=models.CoinexWsSignParams,
    ),
}
_SPOT_CHANNELS = {
    "balance": ChannelDef(
        "balance",
        "balance:{ccy}",
        ("balance.update",),
        models.SpotWsBalanceMessage,
        ("ccy",),
        auth=True,
        interval=None,
        subscription={
            "subscribe": "balance.subscribe",
            "unsubscribe": "balance.unsubscribe",
            "list": "ccy_list",
            "item": "{ccy}",
        },
        schemas={
            "ccy": {"type": "string"},
        },
    ),
    "bbo": ChannelDef(
        "bbo",
        "bbo:{market}",
        ("bbo.update",),
        models.CoinexWsBboMessage,
        ("market",),
        auth=False,
        interval=None,
        subscription={
            "subscribe": "bbo.subscribe",
            "unsubscribe": "bbo.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "deals": ChannelDef(
        "deals",
        "deals:{market}",
        ("deals.update",),
        models.CoinexWsDealsMessage,
        ("market",),
        auth=False,
        interval=None,
        subscription={
            "subscribe": "deals.subscribe",
            "unsubscribe": "deals.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "depth": ChannelDef(
        "depth",
        "depth:{market}:{limit}:{interval}:{is_full}",
        ("depth.update",),
        models.CoinexWsDepthMessage,
        (
            "market",
            "limit",
            "interval",
            "is_full",
        ),
        auth=False,
        interval=None,
        subscription={
            "subscribe": "depth.subscribe",
            "unsubscribe": "depth.unsubscribe",
            "list": "market_list",
            "item": ["{market}", "{limit}", "{interval}", "{is_full}"],
            "unsubscribe_item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
            "limit": {"type": "integer", "enum": [5, 10, 20, 50]},
            "interval": {
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
            "is_full": {"type": "boolean"},
        },
    ),
    "index": ChannelDef(
        "index",
        "index:{market}",
        ("index.update",),
        models.SpotWsIndexMessage,
        ("market",),
        auth=False,
        interval="5s",
        subscription={
            "subscribe": "index.subscribe",
            "unsubscribe": "index.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "notice": ChannelDef(
        "notice",
        "notice:{channel}",
        ("notice.update",),
        models.CoinexWsNoticeMessage,
        ("channel",),
        auth=True,
        interval=None,
        subscription={
            "subscribe": "notice.subscribe",
            "unsubscribe": "notice.unsubscribe",
            "list": "channels",
            "item": "{channel}",
        },
        schemas={
            "channel": {"type": "integer", "default": 101},
        },
    ),
    "order": ChannelDef(
        "order",
        "order:{market}",
        ("order.update",),
        models.SpotWsOrderMessage,
        ("market",),
        auth=True,
        interval=None,
        subscription={
            "subscribe": "order.subscribe",
            "unsubscribe": "order.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "state": ChannelDef(
        "state",
        "state:{market}",
        ("state.update",),
        models.SpotWsStateMessage,
        ("market",),
        auth=False,
        interval=None,
        subscription={
            "subscribe": "state.subscribe",
            "unsubscribe": "state.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "stop": ChannelDef(
        "stop",
        "stop:{market}",
        ("stop.update",),
        models.SpotWsStopMessage,
        ("market",),
        auth=True,
        interval=None,
        subscription={
            "subscribe": "stop.subscribe",
            "unsubscribe": "stop.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
    "user_deals": ChannelDef(
        "user_deals",
        "user_deals:{market}",
        ("user_deals.update",),
        models.CoinexWsUserDealsMessage,
        ("market",),
        auth=True,
        interval=None,
        subscription={
            "subscribe": "user_deals.subscribe",
            "unsubscribe": "user_deals.unsubscribe",
            "list": "market_list",
            "item": "{market}",
        },
        schemas={
            "market": {"type": "string"},
        },
    ),
}


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
            _SPOT_SPEC,
            _SPOT_COMMANDS,
            _SPOT_CHANNELS,
            credentials,
            url=url,
            environment=environment,
            reconnect=reconnect,
            command_timeout=command_timeout,
            watchdog=watchdog,
            queue_size=queue_size,
            schemas=_SPOT_SCHEMAS,
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
