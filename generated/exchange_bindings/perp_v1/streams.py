"""Perp v1 stream clients (WebSocket), generated from spec/perp_v1; do not edit.

    async with AsyncUserDataStream(api_key="...", api_secret="...", username="...", password="...", environment='live') as stream:
        book = await stream.subscribe_account_change(...)
        async for message in book:
            ...

Every client logs in when given credentials, reconnects with backoff and resubscribes after a
drop, and raises typed errors; see exchange_bindings.runtime.transports.websocket for the guarantees.
"""

from __future__ import annotations

from exchange_bindings.runtime.auth import Credentials
from exchange_bindings.runtime.transports.websocket import (
    AsyncStream,
    Subscription,
    SyncStream,
    SyncSubscription,
    Types,
)
from exchange_bindings.runtime.transports.websocket.config import (
    Channel,
    Framing,
    Heartbeat,
    StubMapping,
    UrlCredential,
    WebSocketStream,
)
from exchange_bindings.runtime.transports.websocket.connection import RestOperations

from . import models
from .client import AsyncClient
from .config import CONFIG
from .operations import OPERATIONS

__all__ = ["AsyncUserDataStream", "UserDataStream"]


_USER_DATA_CONFIG = WebSocketStream(
    name="user_data",
    server="user_data",
    framing=Framing(op="method", push_channel="event", timestamp="time"),
    path="/ws/{listenKey}",
    url_credential=UrlCredential(
        create="create_listen_key",
        field="listenKey",
        keep_alive="renew_listen_key",
        every=1800.0,
        expired_push="listen_key_expired",
        close_code=1000,
        refused_close=4001,
    ),
    heartbeat=Heartbeat(kind="ws_ping", interval=180.0, timeout=600.0, server_pings=(180.0, 600.0)),
    pushed=True,
    rate_limits={"connect": "ws_connect"},
    channels={
        "account_change": Channel(
            name="account_change",
            pattern="account_change",
            tables=("ACCOUNT_CHANGE",),
            message={"$ref": "#/schemas/WsAccountChange"},
            auth=True,
            stub=StubMapping(
                respond={
                    "event": "ACCOUNT_CHANGE",
                    "time": "{now}",
                    "data": {
                        "id": "{event.id}",
                        "type": "COMMISSION",
                        "asset": "{event.fee_asset}",
                        "amount": "{event.fee|neg}",
                        "symbol": "{event.market}",
                        "tradeId": "{event.id}",
                        "orderId": "{event.order_id}",
                        "time": "{event.time_ms}",
                    },
                },
                push_on=("fill",),
            ),
        ),
        "balance_update": Channel(
            name="balance_update",
            pattern="balance_update",
            tables=("BALANCE_UPDATE",),
            message={"$ref": "#/schemas/WsBalanceUpdate"},
            auth=True,
            stub=StubMapping(
                action="balances",
                args={"asset": "{event.asset}"},
                respond={
                    "$each": "result",
                    "$as": "b",
                    "$item": {
                        "event": "BALANCE_UPDATE",
                        "time": "{now}",
                        "data": {
                            "$with": "b",
                            "$as": "b",
                            "$item": {
                                "asset": "{b.asset}",
                                "walletBalance": "{b.total}",
                                "availableBalance": "{b.available}",
                                "positionMargin": "{b.margin}",
                                "orderMargin": "{b.reserved}",
                                "unrealizedProfit": "{b.unrealized_pnl}",
                                "marginBalance": "{b.equity}",
                                "maxWithdrawAmount": "{b.transferable}",
                                "updateTime": "{b.updated_ms}",
                            },
                        },
                    },
                },
                push_on=("balance",),
            ),
        ),
        "condition_order_update": Channel(
            name="condition_order_update",
            pattern="condition_order_update",
            tables=("CONDITION_ORDER_UPDATE",),
            message={"$ref": "#/schemas/WsConditionOrderUpdate"},
            auth=True,
            stub=StubMapping(
                respond={
                    "$if": "event.is_stop",
                    "$then": {
                        "event": "CONDITION_ORDER_UPDATE",
                        "time": "{now}",
                        "data": {
                            "$with": "event",
                            "$as": "o",
                            "$item": {
                                "conditionOrderId": "{o.id}",
                                "clientOrderId": "{o.client_order_id}",
                                "symbol": "{o.market}",
                                "side": "{o.side|to:side}",
                                "type": {
                                    "$if": "o.type|eq:'trailing_stop_market'",
                                    "$then": "TRAILING_STOP_MARKET",
                                    "$else": {
                                        "$if": "o.side|eq:'buy'",
                                        "$then": {
                                            "$if": "o.trigger|eq:'above'",
                                            "$then": "{o.type|to:stop_type}",
                                            "$else": "{o.type|to:take_profit_type}",
                                        },
                                        "$else": {
                                            "$if": "o.trigger|eq:'below'",
                                            "$then": "{o.type|to:stop_type}",
                                            "$else": "{o.type|to:take_profit_type}",
                                        },
                                    },
                                },
                                "quantity": {"$if": "o.closes_position", "$then": None, "$else": "{o.quantity}"},
                                "price": "{o.price}",
                                "triggerPrice": "{o.stop_price}",
                                "triggerPriceType": "{o.trigger_reference|to:trigger_price_type}",
                                "activationPrice": "{o.activation_price}",
                                "callbackRate": "{o.callback_rate}",
                                "timeInForce": "{o.time_in_force|to:time_in_force}",
                                "reduceOnly": "{o.reduce_only}",
                                "closePosition": "{o.closes_position}",
                                "status": {
                                    "$if": "o.triggered",
                                    "$then": "TRIGGERED",
                                    "$else": "{o.status|to:condition_status}",
                                },
                                "orderId": {"$if": "o.triggered", "$then": "{o.id}"},
                                "strategyId": "{o.strategy_id}",
                                "createTime": "{o.created_ms}",
                                "updateTime": "{o.updated_ms}",
                            },
                        },
                    },
                },
                push_on=("order",),
            ),
        ),
        "listen_key_expired": Channel(
            name="listen_key_expired",
            pattern="listen_key_expired",
            tables=("LISTEN_KEY_EXPIRED",),
            message={"$ref": "#/schemas/WsListenKeyExpired"},
            auth=True,
            stub=StubMapping(
                respond={"event": "LISTEN_KEY_EXPIRED", "time": "{now}", "data": {"listenKey": "{event.key}"}}
            ),
        ),
        "order_update": Channel(
            name="order_update",
            pattern="order_update",
            tables=("ORDER_UPDATE",),
            message={"$ref": "#/schemas/WsOrderUpdate"},
            auth=True,
            stub=StubMapping(
                respond={
                    "$if": "event.is_stop",
                    "$then": {
                        "$if": "event.triggered",
                        "$then": {
                            "event": "ORDER_UPDATE",
                            "time": "{now}",
                            "data": {
                                "execType": "{event.outcome|to:exec_type}",
                                "order": {
                                    "$with": "event",
                                    "$as": "o",
                                    "$item": {
                                        "orderId": "{o.id}",
                                        "clientOrderId": "{o.client_order_id}",
                                        "symbol": "{o.market}",
                                        "side": "{o.side|to:side}",
                                        "type": "{o.type|to:order_type}",
                                        "timeInForce": "{o.time_in_force|to:time_in_force}",
                                        "price": "{o.price|default:0}",
                                        "avgPrice": "{o.average_price|default:0}",
                                        "origQty": "{o.quantity}",
                                        "executedQty": "{o.filled}",
                                        "cumQuote": "{o.cost}",
                                        "status": "{o.outcome|to:order_status}",
                                        "reduceOnly": "{o.reduce_only}",
                                        "fee": "{o.fees}",
                                        "feeAsset": "USDT",
                                        "realizedPnl": "{o.realized_pnl}",
                                        "conditionOrderId": {"$if": "o.is_stop", "$then": "{o.id}"},
                                        "strategyId": "{o.strategy_id}",
                                        "createTime": "{o.created_ms}",
                                        "updateTime": "{o.updated_ms}",
                                    },
                                },
                            },
                        },
                    },
                    "$else": {
                        "event": "ORDER_UPDATE",
                        "time": "{now}",
                        "data": {
                            "execType": "{event.outcome|to:exec_type}",
                            "order": {
                                "$with": "event",
                                "$as": "o",
                                "$item": {
                                    "orderId": "{o.id}",
                                    "clientOrderId": "{o.client_order_id}",
                                    "symbol": "{o.market}",
                                    "side": "{o.side|to:side}",
                                    "type": "{o.type|to:order_type}",
                                    "timeInForce": "{o.time_in_force|to:time_in_force}",
                                    "price": "{o.price|default:0}",
                                    "avgPrice": "{o.average_price|default:0}",
                                    "origQty": "{o.quantity}",
                                    "executedQty": "{o.filled}",
                                    "cumQuote": "{o.cost}",
                                    "status": "{o.outcome|to:order_status}",
                                    "reduceOnly": "{o.reduce_only}",
                                    "fee": "{o.fees}",
                                    "feeAsset": "USDT",
                                    "realizedPnl": "{o.realized_pnl}",
                                    "conditionOrderId": {"$if": "o.is_stop", "$then": "{o.id}"},
                                    "strategyId": "{o.strategy_id}",
                                    "createTime": "{o.created_ms}",
                                    "updateTime": "{o.updated_ms}",
                                },
                            },
                        },
                    },
                },
                push_on=("order",),
            ),
        ),
        "position_update": Channel(
            name="position_update",
            pattern="position_update",
            tables=("POSITION_UPDATE",),
            message={"$ref": "#/schemas/WsPositionUpdate"},
            auth=True,
            stub=StubMapping(
                action="positions",
                args={"symbol": "{event.market}"},
                respond={
                    "$each": "result",
                    "$as": "p",
                    "$item": {
                        "event": "POSITION_UPDATE",
                        "time": "{now}",
                        "data": {
                            "$with": "p",
                            "$as": "p",
                            "$item": {
                                "positionId": "{p.id}",
                                "symbol": "{p.symbol}",
                                "side": "{p.side|to:position_side}",
                                "quantity": "{p.size}",
                                "entryPrice": "{p.entry_price}",
                                "markPrice": "{p.mark_price}",
                                "notional": "{p.value}",
                                "leverage": "{p.leverage}",
                                "marginMode": "{p.margin_mode|to:margin_mode}",
                                "positionMargin": "{p.margin}",
                                "maintMargin": "{p.maintenance_margin}",
                                "unrealizedPnl": "{p.unrealized_pnl}",
                                "realizedPnl": "{p.realized_pnl_net}",
                                "liquidationPrice": "{p.liquidation_price|default:0}",
                                "createTime": "{p.created_ms}",
                                "updateTime": "{p.updated_ms}",
                            },
                        },
                    },
                },
                push_on=("position",),
            ),
        ),
    },
)
_USER_DATA_TYPES = Types(
    replies={},
    payloads={},
    messages={
        "account_change": models.WsAccountChange,
        "balance_update": models.WsBalanceUpdate,
        "condition_order_update": models.WsConditionOrderUpdate,
        "listen_key_expired": models.WsListenKeyExpired,
        "order_update": models.WsOrderUpdate,
        "position_update": models.WsPositionUpdate,
    },
)


class AsyncUserDataStream(AsyncStream):
    """The account's orders, condition orders, positions, balances and fund movements, pushed as they change. (asynchronous; `async with` connects and logs in)

    Args:
        api_key: credential for the login (never logged or shown in errors).
        api_secret: credential for the login (never logged or shown in errors).
        username: credential for the login (never logged or shown in errors).
        password: credential for the login (never logged or shown in errors).
        url: server to connect to; overrides `environment`.
        environment: one of live.
        reconnect: reconnect after a drop (log in again, resubscribe everything).
        watchdog: seconds of silence after which the connection counts as dead.
        queue_size: messages kept per subscription for a slow consumer (the oldest are dropped).
        rest_url: the REST server the stream's listenKey comes from (default: the environment's).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        command_timeout: float = 10.0,
        watchdog: float | None = None,
        queue_size: int = 1000,
        rest_url: str | None = None,
    ) -> None:
        credentials = Credentials(
            {
                "api_key": api_key,
                "api_secret": api_secret,
                "username": username,
                "password": password,
            }
        )
        del api_key, api_secret, username, password  # no frame keeps a credential in plain sight
        given = credentials.as_dict()
        rest = AsyncClient(
            base_url=rest_url or CONFIG.base_url(environment),
            api_key=given.get("api_key"),
            api_secret=given.get("api_secret"),
            username=given.get("username"),
            password=given.get("password"),
        )
        del given
        super().__init__(
            CONFIG,
            _USER_DATA_CONFIG,
            _USER_DATA_TYPES,
            credentials,
            url=url,
            environment=environment,
            reconnect=reconnect,
            command_timeout=command_timeout,
            watchdog=watchdog,
            queue_size=queue_size,
            credential_source=RestOperations(rest, OPERATIONS),
        )

    async def subscribe_account_change(
        self,
    ) -> Subscription[models.WsAccountChange]:
        """A fund movement (transfer, realised PnL, funding fee, trading fee, ...), as get_account_change_logs lists it."""
        return await self.subscribe("account_change")

    async def subscribe_balance_update(
        self,
    ) -> Subscription[models.WsBalanceUpdate]:
        """A wallet balance or the margin it holds changed."""
        return await self.subscribe("balance_update")

    async def subscribe_condition_order_update(
        self,
    ) -> Subscription[models.WsConditionOrderUpdate]:
        """A condition order was placed, triggered, cancelled, expired or rejected."""
        return await self.subscribe("condition_order_update")

    async def subscribe_listen_key_expired(
        self,
    ) -> Subscription[models.WsListenKeyExpired]:
        """The listenKey expired (not renewed for 60 minutes); the server closes the connection after this push."""
        return await self.subscribe("listen_key_expired")

    async def subscribe_order_update(
        self,
    ) -> Subscription[models.WsOrderUpdate]:
        """A normal order was placed, filled (in part), amended, cancelled, expired or rejected."""
        return await self.subscribe("order_update")

    async def subscribe_position_update(
        self,
    ) -> Subscription[models.WsPositionUpdate]:
        """A position changed (opened, added to, reduced, closed, margin or leverage changed)."""
        return await self.subscribe("position_update")


class UserDataStream(SyncStream):
    """The account's orders, condition orders, positions, balances and fund movements, pushed as they change. (blocking; `with` connects and logs in; same arguments as the async one)"""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        command_timeout: float = 10.0,
        watchdog: float | None = None,
        queue_size: int = 1000,
        rest_url: str | None = None,
    ) -> None:
        credentials = Credentials(
            {
                "api_key": api_key,
                "api_secret": api_secret,
                "username": username,
                "password": password,
            }
        )
        del api_key, api_secret, username, password  # no frame keeps a credential in plain sight
        super().__init__(
            lambda: AsyncUserDataStream(
                **credentials.as_dict(),
                url=url,
                environment=environment,
                reconnect=reconnect,
                command_timeout=command_timeout,
                watchdog=watchdog,
                queue_size=queue_size,
                rest_url=rest_url,
            )
        )

    def subscribe_account_change(
        self,
    ) -> SyncSubscription[models.WsAccountChange]:
        """A fund movement (transfer, realised PnL, funding fee, trading fee, ...), as get_account_change_logs lists it."""
        return self.subscribe("account_change")

    def subscribe_balance_update(
        self,
    ) -> SyncSubscription[models.WsBalanceUpdate]:
        """A wallet balance or the margin it holds changed."""
        return self.subscribe("balance_update")

    def subscribe_condition_order_update(
        self,
    ) -> SyncSubscription[models.WsConditionOrderUpdate]:
        """A condition order was placed, triggered, cancelled, expired or rejected."""
        return self.subscribe("condition_order_update")

    def subscribe_listen_key_expired(
        self,
    ) -> SyncSubscription[models.WsListenKeyExpired]:
        """The listenKey expired (not renewed for 60 minutes); the server closes the connection after this push."""
        return self.subscribe("listen_key_expired")

    def subscribe_order_update(
        self,
    ) -> SyncSubscription[models.WsOrderUpdate]:
        """A normal order was placed, filled (in part), amended, cancelled, expired or rejected."""
        return self.subscribe("order_update")

    def subscribe_position_update(
        self,
    ) -> SyncSubscription[models.WsPositionUpdate]:
        """A position changed (opened, added to, reduced, closed, margin or leverage changed)."""
        return self.subscribe("position_update")
