"""CoinAPI EMS stream clients (WebSocket), generated from spec/coinapi_ems; do not edit.

    async with AsyncEmsStream(api_key="...", environment='managed_cloud') as stream:
        book = await stream.subscribe_balance_snapshot(...)
        async for message in book:
            ...

Every client logs in when given credentials, reconnects with backoff and resubscribes after a
drop, and raises typed errors; see exchange_bindings.runtime.transports.websocket for the guarantees.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from exchange_bindings.runtime.auth import Credentials
from exchange_bindings.runtime.client import DecimalLike
from exchange_bindings.runtime.codecs.number import JsonNumber
from exchange_bindings.runtime.codecs.shape import Fields, Items
from exchange_bindings.runtime.codecs.timestamps import IsoTime
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
    Handshake,
    Heartbeat,
    StubMapping,
    WebSocketStream,
)
from exchange_bindings.runtime.transports.websocket.state import StateView

from . import models
from .config import CONFIG

__all__ = ["AsyncEmsStream", "EmsStream"]


_EMS_CONFIG = WebSocketStream(
    name="ems",
    server="ws",
    framing=Framing(
        op="type",
        data=None,
        reply_data=None,
        reply_code="reject_reason",
        reply_message="message",
        push_channel="type",
        correlate="client_order_id",
        rejected={"type": "MESSAGE_REJECT"},
        rejected_request="rejected_message",
    ),
    handshake=Handshake(scheme="api_key"),
    heartbeat=Heartbeat(kind="server", interval=1.0, timeout=10.0, server_pings=(60.0, 30.0)),
    pushed=True,
    commands={
        "cancel_all": Command(
            name="cancel_all",
            op="ORDER_CANCEL_ALL_REQUEST",
            auth=True,
            data={"$ref": "#/schemas/OrderCancelAllRequest"},
            reply={"$ref": "#/schemas/MessageReject"},
            answers=("MESSAGE_REJECT",),
            correlate=("exchange_id",),
            stub=StubMapping(endpoint="cancel_all_orders"),
        ),
        "cancel_order": Command(
            name="cancel_order",
            op="ORDER_CANCEL_SINGLE_REQUEST",
            auth=True,
            data={"$ref": "#/schemas/OrderCancelSingleRequest"},
            reply={"$ref": "#/schemas/OrderExecutionReport"},
            reply_codecs=Fields(
                fields=(
                    ("expire_time", IsoTime(digits=7)),
                    ("status_history", Items(item=Items(prefix=(None, IsoTime(digits=7))))),
                    ("fills", Items(item=Fields(fields=(("time", IsoTime(digits=7)),)))),
                )
            ),
            answers=("ORDER_EXEC_REPORT_UPDATE",),
            correlate=("client_order_id", "exchange_order_id"),
            stub=StubMapping(endpoint="cancel_order"),
        ),
        "new_order": Command(
            name="new_order",
            op="ORDER_NEW_SINGLE_REQUEST",
            auth=True,
            data={"$ref": "#/schemas/OrderNewSingleRequest"},
            reply={"$ref": "#/schemas/OrderExecutionReport"},
            payload_codecs=Fields(
                fields=(("amount_order", JsonNumber()), ("price", JsonNumber()), ("expire_time", IsoTime(digits=7)))
            ),
            reply_codecs=Fields(
                fields=(
                    ("expire_time", IsoTime(digits=7)),
                    ("status_history", Items(item=Items(prefix=(None, IsoTime(digits=7))))),
                    ("fills", Items(item=Fields(fields=(("time", IsoTime(digits=7)),)))),
                )
            ),
            answers=("ORDER_EXEC_REPORT_UPDATE",),
            stub=StubMapping(endpoint="send_new_order"),
        ),
    },
    channels={
        "balance_snapshot": Channel(
            name="balance_snapshot",
            pattern="BALANCE_SNAPSHOT",
            tables=("BALANCE_SNAPSHOT",),
            message={"$ref": "#/schemas/Balance"},
            auth=True,
            stub=StubMapping(
                action="balances",
                respond={
                    "type": "BALANCE_SNAPSHOT",
                    "exchange_id": "{venue}",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "asset_id_exchange": "{item.asset}",
                            "asset_id_coinapi": "{item.asset}",
                            "balance": "{item.total}",
                            "available": "{item.available}",
                            "locked": "{item.reserved}",
                            "traded": 0,
                            "last_updated_by": "EXCHANGE",
                        },
                    },
                },
                venues="each",
            ),
        ),
        "balance_update": Channel(
            name="balance_update",
            pattern="BALANCE_UPDATE",
            tables=("BALANCE_UPDATE",),
            message={"$ref": "#/schemas/WsBalanceUpdate"},
            auth=True,
            stub=StubMapping(
                action="balances",
                args={"symbol": "{event.market}", "asset": "{event.asset}"},
                respond={
                    "$each": "result",
                    "$item": {
                        "asset_id_exchange": "{item.asset}",
                        "asset_id_coinapi": "{item.asset}",
                        "balance": "{item.total}",
                        "available": "{item.available}",
                        "locked": "{item.reserved}",
                        "traded": 0,
                        "last_updated_by": "EXCHANGE",
                        "type": "BALANCE_UPDATE",
                        "exchange_id": "{venue}",
                    },
                },
                push_on=("balance", "order"),
                snapshot=False,
            ),
        ),
        "message_reject": Channel(
            name="message_reject",
            pattern="MESSAGE_REJECT",
            tables=("MESSAGE_REJECT",),
            message={"$ref": "#/schemas/MessageReject"},
        ),
        "order_exec_report_snapshot": Channel(
            name="order_exec_report_snapshot",
            pattern="ORDER_EXEC_REPORT_SNAPSHOT",
            tables=("ORDER_EXEC_REPORT_SNAPSHOT",),
            message={"$ref": "#/schemas/WsOrderExecReportSnapshot"},
            auth=True,
            message_codecs=Fields(
                fields=(
                    (
                        "data",
                        Items(
                            item=Fields(
                                fields=(
                                    ("expire_time", IsoTime(digits=7)),
                                    ("status_history", Items(item=Items(prefix=(None, IsoTime(digits=7))))),
                                    ("fills", Items(item=Fields(fields=(("time", IsoTime(digits=7)),)))),
                                )
                            )
                        ),
                    ),
                )
            ),
            stub=StubMapping(
                action="open_orders",
                respond={
                    "type": "ORDER_EXEC_REPORT_SNAPSHOT",
                    "exchange_id": "{venue}",
                    "data": {
                        "$each": "result",
                        "$as": "o",
                        "$item": {
                            "type": "ORDER_EXEC_REPORT_UPDATE",
                            "id": "{o.client_order_id|or:o.id|str}",
                            "exchange_id": "{venue}",
                            "client_order_id": "{o.client_order_id|or:o.id|str}",
                            "symbol_id_exchange": "{o.market|to:symbol_id_exchange}",
                            "symbol_id_coinapi": "{o.market}",
                            "amount_order": "{o.quantity}",
                            "price": "{o.price}",
                            "side": "{o.side|to:side}",
                            "order_type": "LIMIT",
                            "time_in_force": "{o.time_in_force|to:time_in_force}",
                            "exec_inst": {
                                "$if": "o.time_in_force|eq:'maker_only'",
                                "$then": ["MAKER_OR_CANCEL"],
                                "$else": [],
                            },
                            "client_order_id_format_exchange": "{o.id|str}",
                            "exchange_order_id": "{o.id|str}",
                            "amount_open": "{o.remaining}",
                            "amount_filled": "{o.filled}",
                            "avg_px": "{o.average_price|default:0}",
                            "status": "{o.outcome|to:order_status}",
                            "status_history": {
                                "$concat": [
                                    [
                                        ["RECEIVED", "{o.created_ms}"],
                                        ["ROUTING", "{o.created_ms}"],
                                        ["ROUTED", "{o.created_ms}"],
                                    ],
                                    {
                                        "$each": "o|status_history",
                                        "$as": "h",
                                        "$item": ["{h.status|to:order_status}", "{h.time_ms}"],
                                    },
                                ]
                            },
                            "fills": {
                                "$each": "o.fills",
                                "$as": "f",
                                "$item": {"time": "{f.time_ms}", "price": "{f.price}", "amount": "{f.quantity}"},
                            },
                        },
                    },
                },
                venues="each",
            ),
        ),
        "order_exec_report_update": Channel(
            name="order_exec_report_update",
            pattern="ORDER_EXEC_REPORT_UPDATE",
            tables=("ORDER_EXEC_REPORT_UPDATE",),
            message={"$ref": "#/schemas/OrderExecutionReport"},
            auth=True,
            message_codecs=Fields(
                fields=(
                    ("expire_time", IsoTime(digits=7)),
                    ("status_history", Items(item=Items(prefix=(None, IsoTime(digits=7))))),
                    ("fills", Items(item=Fields(fields=(("time", IsoTime(digits=7)),)))),
                )
            ),
            stub=StubMapping(
                respond={
                    "$with": "event",
                    "$as": "o",
                    "$item": {
                        "type": "ORDER_EXEC_REPORT_UPDATE",
                        "id": "{o.client_order_id|or:o.id|str}",
                        "exchange_id": "{venue}",
                        "client_order_id": "{o.client_order_id|or:o.id|str}",
                        "symbol_id_exchange": "{o.market|to:symbol_id_exchange}",
                        "symbol_id_coinapi": "{o.market}",
                        "amount_order": "{o.quantity}",
                        "price": "{o.price}",
                        "side": "{o.side|to:side}",
                        "order_type": "LIMIT",
                        "time_in_force": "{o.time_in_force|to:time_in_force}",
                        "exec_inst": {
                            "$if": "o.time_in_force|eq:'maker_only'",
                            "$then": ["MAKER_OR_CANCEL"],
                            "$else": [],
                        },
                        "client_order_id_format_exchange": "{o.id|str}",
                        "exchange_order_id": "{o.id|str}",
                        "amount_open": "{o.remaining}",
                        "amount_filled": "{o.filled}",
                        "avg_px": "{o.average_price|default:0}",
                        "status": "{o.outcome|to:order_status}",
                        "status_history": {
                            "$concat": [
                                [
                                    ["RECEIVED", "{o.created_ms}"],
                                    ["ROUTING", "{o.created_ms}"],
                                    ["ROUTED", "{o.created_ms}"],
                                ],
                                {
                                    "$each": "o|status_history",
                                    "$as": "h",
                                    "$item": ["{h.status|to:order_status}", "{h.time_ms}"],
                                },
                            ]
                        },
                        "fills": {
                            "$each": "o.fills",
                            "$as": "f",
                            "$item": {"time": "{f.time_ms}", "price": "{f.price}", "amount": "{f.quantity}"},
                        },
                    },
                },
                push_on=("order",),
            ),
        ),
        "position_snapshot": Channel(
            name="position_snapshot",
            pattern="POSITION_SNAPSHOT",
            tables=("POSITION_SNAPSHOT",),
            message={"$ref": "#/schemas/Position"},
            auth=True,
            stub=StubMapping(
                action="positions",
                args={"open": "true"},
                respond={
                    "type": "POSITION_SNAPSHOT",
                    "exchange_id": "{venue}",
                    "data": {
                        "$each": "result",
                        "$item": {
                            "symbol_id_exchange": "{item.symbol|to:symbol_id_exchange}",
                            "symbol_id_coinapi": "{item.symbol}",
                            "avg_entry_price": "{item.entry_price}",
                            "quantity": "{item.size}",
                            "side": "{item.side|to:position_side}",
                            "unrealized_pnl": "{item.unrealized_pnl}",
                            "leverage": "{item.leverage}",
                            "cross_margin": "{item.margin_mode|eq:'cross'}",
                            "liquidation_price": "{item.liquidation_price}",
                        },
                    },
                },
                venues="each",
            ),
        ),
        "position_update": Channel(
            name="position_update",
            pattern="POSITION_UPDATE",
            tables=("POSITION_UPDATE",),
            message={"$ref": "#/schemas/WsPositionUpdate"},
            auth=True,
            stub=StubMapping(
                args={"kind": "perpetual"},
                respond={
                    "type": "POSITION_UPDATE",
                    "exchange_id": "{venue}",
                    "symbol_id_exchange": "{event.market|to:symbol_id_exchange}",
                    "symbol_id_coinapi": "{event.market}",
                    "avg_entry_price": "{event.position.entry_price}",
                    "quantity": "{event.position.quantity|abs}",
                    "side": "{event.position.side|to:position_side}",
                    "unrealized_pnl": 0,
                    "leverage": "{event.position.leverage}",
                    "cross_margin": "{event.position.margin_mode|eq:'cross'}",
                    "liquidation_price": "{event.position.bankruptcy_price}",
                },
                push_on=("position",),
            ),
        ),
        "server_info": Channel(
            name="server_info",
            pattern="SERVER_INFO",
            tables=("SERVER_INFO",),
            message={"$ref": "#/schemas/WsServerInfo"},
            interval=1.0,
            message_codecs=Fields(fields=(("time", IsoTime(digits=7)), ("time_server_start", IsoTime(digits=7)))),
            stub=StubMapping(
                respond={
                    "type": "SERVER_INFO",
                    "time": "{now}",
                    "instance_guid": "5d1f3a52-7c2e-4f43-9a67-2f0c8e1b6d90",
                    "exchange_id": "{venue}",
                    "server_version": "stub",
                    "server_name": "exchange-bindings-stub",
                    "dns_name": "localhost",
                    "is_running": True,
                },
                venues="each",
            ),
        ),
        "symbols_snapshot": Channel(
            name="symbols_snapshot",
            pattern="SYMBOLS_SNAPSHOT",
            tables=("SYMBOLS_SNAPSHOT",),
            message={"$ref": "#/schemas/WsSymbolsSnapshot"},
            stub=StubMapping(
                action="markets",
                respond={
                    "type": "SYMBOLS_SNAPSHOT",
                    "exchange_id": "{venue}",
                    "data": {
                        "$each": "result",
                        "$as": "m",
                        "$item": {
                            "symbol_id_exchange": "{m.symbol|to:symbol_id_exchange}",
                            "symbol_id_coinapi": "{m.symbol}",
                            "asset_id_base_exchange": "{m.base}",
                            "asset_id_quote_exchange": "{m.quote}",
                            "asset_id_base_coinapi": "{m.base}",
                            "asset_id_quote_coinapi": "{m.quote}",
                            "price_precision": "{m.tick_size}",
                            "size_precision": "{m.lot_size}",
                        },
                    },
                },
                venues="each",
            ),
        ),
    },
    schemas={
        "OrderCancelAllRequest": {
            "type": "object",
            "required": ["exchange_id"],
            "properties": {"exchange_id": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"}},
        },
        "OrderCancelSingleRequest": {
            "type": "object",
            "required": ["exchange_id"],
            "properties": {
                "exchange_id": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"},
                "exchange_order_id": {"type": "string"},
                "client_order_id": {"type": "string"},
            },
        },
        "OrderNewSingleRequest": {
            "type": "object",
            "required": [
                "exchange_id",
                "client_order_id",
                "amount_order",
                "price",
                "side",
                "order_type",
                "time_in_force",
            ],
            "properties": {
                "exchange_id": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"},
                "client_order_id": {"type": "string", "minLength": 1},
                "symbol_id_exchange": {"type": "string"},
                "symbol_id_coinapi": {"type": "string"},
                "amount_order": {"type": "number", "format": "decimal"},
                "price": {"type": "number", "format": "decimal"},
                "side": {"type": "string", "enum": ["BUY", "SELL"]},
                "order_type": {"type": "string", "enum": ["LIMIT"]},
                "time_in_force": {
                    "type": "string",
                    "enum": [
                        "GOOD_TILL_CANCEL",
                        "GOOD_TILL_TIME_EXCHANGE",
                        "GOOD_TILL_TIME_OMS",
                        "GOOD_TILL_TIME_OEML",
                        "FILL_OR_KILL",
                        "IMMEDIATE_OR_CANCEL",
                    ],
                },
                "expire_time": {"type": "string", "format": "date-time"},
                "exec_inst": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": [
                            "MAKER_OR_CANCEL",
                            "AUCTION_ONLY",
                            "INDICATION_OF_INTEREST",
                            "CANCEL_ON_DISCONNECT",
                            "DO_NOT_CANCEL_ON_DISCONNECT",
                            "DO_NOT_INCREASE",
                        ],
                    },
                },
            },
        },
    },
    reply={"$ref": "#/schemas/MessageReject"},
    rejections={
        "invalid_parameter": "JSON_ERROR",
        "missing_parameter": "JSON_ERROR",
        "too_large": "JSON_ERROR",
        "unknown_route": "INVALID_TYPE",
        "order_not_found": "ORDER_ID_NOT_FOUND",
        "order_not_open": "ORDER_ID_NOT_FOUND",
    },
    state=(
        StateView(
            name="balances",
            snapshot="BALANCE_SNAPSHOT",
            scope="exchange_id",
            key="asset_id_coinapi",
            update="BALANCE_UPDATE",
        ),
        StateView(
            name="orders",
            snapshot="ORDER_EXEC_REPORT_SNAPSHOT",
            scope="exchange_id",
            key="client_order_id",
            update="ORDER_EXEC_REPORT_UPDATE",
            drop={"status": ("FILLED", "CANCELED", "REJECTED")},
        ),
        StateView(
            name="positions",
            snapshot="POSITION_SNAPSHOT",
            scope="exchange_id",
            key="symbol_id_coinapi",
            update="POSITION_UPDATE",
        ),
        StateView(name="symbols", snapshot="SYMBOLS_SNAPSHOT", scope="exchange_id", key="symbol_id_coinapi"),
    ),
)
_EMS_TYPES = Types(
    replies={
        "cancel_all": models.MessageReject,
        "cancel_order": models.OrderExecutionReport,
        "new_order": models.OrderExecutionReport,
    },
    payloads={
        "cancel_all": models.OrderCancelAllRequest,
        "cancel_order": models.OrderCancelSingleRequest,
        "new_order": models.OrderNewSingleRequest,
    },
    messages={
        "balance_snapshot": models.Balance,
        "balance_update": models.WsBalanceUpdate,
        "message_reject": models.MessageReject,
        "order_exec_report_snapshot": models.WsOrderExecReportSnapshot,
        "order_exec_report_update": models.OrderExecutionReport,
        "position_snapshot": models.Position,
        "position_update": models.WsPositionUpdate,
        "server_info": models.WsServerInfo,
        "symbols_snapshot": models.WsSymbolsSnapshot,
    },
)


class AsyncEmsStream(AsyncStream):
    """Orders, execution reports, balances, positions and symbols of every exchange of the deployment over one JSON WebSocket. (asynchronous; `async with` connects and logs in)

    Args:
        api_key: credential for the login (never logged or shown in errors).
        url: server to connect to; overrides `environment`.
        environment: one of managed_cloud, dev, self_hosted.
        reconnect: reconnect after a drop (log in again, resubscribe everything).
        watchdog: seconds of silence after which the connection counts as dead.
        queue_size: messages kept per subscription for a slow consumer (the oldest are dropped).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
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
            }
        )
        del api_key  # no frame keeps a credential in plain sight
        super().__init__(
            CONFIG,
            _EMS_CONFIG,
            _EMS_TYPES,
            credentials,
            url=url,
            environment=environment,
            reconnect=reconnect,
            command_timeout=command_timeout,
            watchdog=watchdog,
            queue_size=queue_size,
        )

    async def cancel_all(
        self,
        *,
        exchange_id: str,
    ) -> models.MessageReject:
        """Cancel all open orders on one exchange.

        Each cancelled order's ORDER_EXEC_REPORT_UPDATE follows.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#order_cancel_all_request-out
        """
        data: dict[str, Any] = {
            "exchange_id": exchange_id,
        }
        reply: models.MessageReject = await self.command("cancel_all", {k: v for k, v in data.items() if v is not None})
        return reply

    async def cancel_order(
        self,
        *,
        exchange_id: str,
        exchange_order_id: str | None = None,
        client_order_id: str | None = None,
    ) -> models.OrderExecutionReport:
        """Cancel an order.

        Names the order by exchange_order_id or client_order_id (one of the two is required) on the
        exchange exchange_id. The answer is the order's ORDER_EXEC_REPORT_UPDATE, or a
        MESSAGE_REJECT (ORDER_ID_NOT_FOUND).

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#order_cancel_single_request-out
        """
        data: dict[str, Any] = {
            "exchange_id": exchange_id,
            "exchange_order_id": exchange_order_id,
            "client_order_id": client_order_id,
        }
        reply: models.OrderExecutionReport = await self.command(
            "cancel_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def new_order(
        self,
        *,
        exchange_id: str,
        client_order_id: str,
        amount_order: DecimalLike,
        price: DecimalLike,
        side: Literal["BUY", "SELL"],
        order_type: Literal["LIMIT"],
        time_in_force: Literal[
            "GOOD_TILL_CANCEL",
            "GOOD_TILL_TIME_EXCHANGE",
            "GOOD_TILL_TIME_OMS",
            "GOOD_TILL_TIME_OEML",
            "FILL_OR_KILL",
            "IMMEDIATE_OR_CANCEL",
        ],
        symbol_id_exchange: str | None = None,
        symbol_id_coinapi: str | None = None,
        expire_time: datetime | None = None,
        exec_inst: list[
            Literal[
                "MAKER_OR_CANCEL",
                "AUCTION_ONLY",
                "INDICATION_OF_INTEREST",
                "CANCEL_ON_DISCONNECT",
                "DO_NOT_CANCEL_ON_DISCONNECT",
                "DO_NOT_INCREASE",
            ]
        ]
        | None = None,
    ) -> models.OrderExecutionReport:
        """Send a new order.

        The fields of the REST order (send_new_order) beside the type. The answer is the order's
        ORDER_EXEC_REPORT_UPDATE, or a MESSAGE_REJECT. As over REST, the order is identified by its
        client_order_id.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#order_new_single_request-out
        """
        data: dict[str, Any] = {
            "exchange_id": exchange_id,
            "client_order_id": client_order_id,
            "amount_order": amount_order,
            "price": price,
            "side": side,
            "order_type": order_type,
            "time_in_force": time_in_force,
            "symbol_id_exchange": symbol_id_exchange,
            "symbol_id_coinapi": symbol_id_coinapi,
            "expire_time": expire_time,
            "exec_inst": exec_inst,
        }
        reply: models.OrderExecutionReport = await self.command(
            "new_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    async def subscribe_balance_snapshot(
        self,
    ) -> Subscription[models.Balance]:
        """The balances on one exchange, on connection open (one message per exchange).

        The client discards its balances of that exchange and applies the snapshot, which
        BALANCE_UPDATE messages then modify.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#balance_snapshot-in
        """
        return await self.subscribe("balance_snapshot")

    async def subscribe_balance_update(
        self,
    ) -> Subscription[models.WsBalanceUpdate]:
        """One currency's balance on one exchange changed.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#balance_update-in
        """
        return await self.subscribe("balance_update")

    async def subscribe_message_reject(
        self,
    ) -> Subscription[models.MessageReject]:
        """An order request (new, cancel, cancel all) was refused; also cancel-all's result.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#message_reject-in
        """
        return await self.subscribe("message_reject")

    async def subscribe_order_exec_report_snapshot(
        self,
    ) -> Subscription[models.WsOrderExecReportSnapshot]:
        """The open orders of one exchange, on connection open (one message per exchange).

        The client discards its open orders of that exchange and applies the snapshot, which the
        ORDER_EXEC_REPORT_UPDATE messages then modify.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#order_exec_report_snapshot-in
        """
        return await self.subscribe("order_exec_report_snapshot")

    async def subscribe_order_exec_report_update(
        self,
    ) -> Subscription[models.OrderExecutionReport]:
        """One order's execution report changed.

        The client updates the report it holds (from the snapshot); the message is a whole execution
        report with its type.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#order_exec_report_update-in
        """
        return await self.subscribe("order_exec_report_update")

    async def subscribe_position_snapshot(
        self,
    ) -> Subscription[models.Position]:
        """The open positions on one exchange, on connection open (one message per exchange).

        The client discards its positions of that exchange and applies the snapshot, which
        POSITION_UPDATE messages then modify.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#position_snapshot-in
        """
        return await self.subscribe("position_snapshot")

    async def subscribe_position_update(
        self,
    ) -> Subscription[models.WsPositionUpdate]:
        """One position on one exchange changed.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#position_update-in
        """
        return await self.subscribe("position_update")

    async def subscribe_server_info(
        self,
    ) -> Subscription[models.WsServerInfo]:
        """Heartbeat and server information, on open, every second and on change.

        Used to measure the link's latency (time is the sending time). is_running false is sent
        before the server shuts down; instance_guid changes on each restart.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#server_info-in
        """
        return await self.subscribe("server_info")

    async def subscribe_symbols_snapshot(
        self,
    ) -> Subscription[models.WsSymbolsSnapshot]:
        """The market symbols of one exchange, on connection open (one message per exchange).

        The client discards its symbols of that exchange and applies the snapshot. price_precision
        and size_precision are step sizes (the tick and the lot: 0.01, 1), not numbers of decimals.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#symbols_snapshot-in
        """
        return await self.subscribe("symbols_snapshot")


class EmsStream(SyncStream):
    """Orders, execution reports, balances, positions and symbols of every exchange of the deployment over one JSON WebSocket. (blocking; `with` connects and logs in; same arguments as the async one)"""

    def __init__(
        self,
        *,
        api_key: str | None = None,
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
            }
        )
        del api_key  # no frame keeps a credential in plain sight
        super().__init__(
            lambda: AsyncEmsStream(
                **credentials.as_dict(),
                url=url,
                environment=environment,
                reconnect=reconnect,
                command_timeout=command_timeout,
                watchdog=watchdog,
                queue_size=queue_size,
            )
        )

    def cancel_all(
        self,
        *,
        exchange_id: str,
    ) -> models.MessageReject:
        """Cancel all open orders on one exchange.

        Each cancelled order's ORDER_EXEC_REPORT_UPDATE follows.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#order_cancel_all_request-out
        """
        data: dict[str, Any] = {
            "exchange_id": exchange_id,
        }
        reply: models.MessageReject = self.command("cancel_all", {k: v for k, v in data.items() if v is not None})
        return reply

    def cancel_order(
        self,
        *,
        exchange_id: str,
        exchange_order_id: str | None = None,
        client_order_id: str | None = None,
    ) -> models.OrderExecutionReport:
        """Cancel an order.

        Names the order by exchange_order_id or client_order_id (one of the two is required) on the
        exchange exchange_id. The answer is the order's ORDER_EXEC_REPORT_UPDATE, or a
        MESSAGE_REJECT (ORDER_ID_NOT_FOUND).

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#order_cancel_single_request-out
        """
        data: dict[str, Any] = {
            "exchange_id": exchange_id,
            "exchange_order_id": exchange_order_id,
            "client_order_id": client_order_id,
        }
        reply: models.OrderExecutionReport = self.command(
            "cancel_order", {k: v for k, v in data.items() if v is not None}
        )
        return reply

    def new_order(
        self,
        *,
        exchange_id: str,
        client_order_id: str,
        amount_order: DecimalLike,
        price: DecimalLike,
        side: Literal["BUY", "SELL"],
        order_type: Literal["LIMIT"],
        time_in_force: Literal[
            "GOOD_TILL_CANCEL",
            "GOOD_TILL_TIME_EXCHANGE",
            "GOOD_TILL_TIME_OMS",
            "GOOD_TILL_TIME_OEML",
            "FILL_OR_KILL",
            "IMMEDIATE_OR_CANCEL",
        ],
        symbol_id_exchange: str | None = None,
        symbol_id_coinapi: str | None = None,
        expire_time: datetime | None = None,
        exec_inst: list[
            Literal[
                "MAKER_OR_CANCEL",
                "AUCTION_ONLY",
                "INDICATION_OF_INTEREST",
                "CANCEL_ON_DISCONNECT",
                "DO_NOT_CANCEL_ON_DISCONNECT",
                "DO_NOT_INCREASE",
            ]
        ]
        | None = None,
    ) -> models.OrderExecutionReport:
        """Send a new order.

        The fields of the REST order (send_new_order) beside the type. The answer is the order's
        ORDER_EXEC_REPORT_UPDATE, or a MESSAGE_REJECT. As over REST, the order is identified by its
        client_order_id.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#order_new_single_request-out
        """
        data: dict[str, Any] = {
            "exchange_id": exchange_id,
            "client_order_id": client_order_id,
            "amount_order": amount_order,
            "price": price,
            "side": side,
            "order_type": order_type,
            "time_in_force": time_in_force,
            "symbol_id_exchange": symbol_id_exchange,
            "symbol_id_coinapi": symbol_id_coinapi,
            "expire_time": expire_time,
            "exec_inst": exec_inst,
        }
        reply: models.OrderExecutionReport = self.command("new_order", {k: v for k, v in data.items() if v is not None})
        return reply

    def subscribe_balance_snapshot(
        self,
    ) -> SyncSubscription[models.Balance]:
        """The balances on one exchange, on connection open (one message per exchange).

        The client discards its balances of that exchange and applies the snapshot, which
        BALANCE_UPDATE messages then modify.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#balance_snapshot-in
        """
        return self.subscribe("balance_snapshot")

    def subscribe_balance_update(
        self,
    ) -> SyncSubscription[models.WsBalanceUpdate]:
        """One currency's balance on one exchange changed.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#balance_update-in
        """
        return self.subscribe("balance_update")

    def subscribe_message_reject(
        self,
    ) -> SyncSubscription[models.MessageReject]:
        """An order request (new, cancel, cancel all) was refused; also cancel-all's result.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#message_reject-in
        """
        return self.subscribe("message_reject")

    def subscribe_order_exec_report_snapshot(
        self,
    ) -> SyncSubscription[models.WsOrderExecReportSnapshot]:
        """The open orders of one exchange, on connection open (one message per exchange).

        The client discards its open orders of that exchange and applies the snapshot, which the
        ORDER_EXEC_REPORT_UPDATE messages then modify.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#order_exec_report_snapshot-in
        """
        return self.subscribe("order_exec_report_snapshot")

    def subscribe_order_exec_report_update(
        self,
    ) -> SyncSubscription[models.OrderExecutionReport]:
        """One order's execution report changed.

        The client updates the report it holds (from the snapshot); the message is a whole execution
        report with its type.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#order_exec_report_update-in
        """
        return self.subscribe("order_exec_report_update")

    def subscribe_position_snapshot(
        self,
    ) -> SyncSubscription[models.Position]:
        """The open positions on one exchange, on connection open (one message per exchange).

        The client discards its positions of that exchange and applies the snapshot, which
        POSITION_UPDATE messages then modify.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#position_snapshot-in
        """
        return self.subscribe("position_snapshot")

    def subscribe_position_update(
        self,
    ) -> SyncSubscription[models.WsPositionUpdate]:
        """One position on one exchange changed.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#position_update-in
        """
        return self.subscribe("position_update")

    def subscribe_server_info(
        self,
    ) -> SyncSubscription[models.WsServerInfo]:
        """Heartbeat and server information, on open, every second and on change.

        Used to measure the link's latency (time is the sending time). is_running false is sent
        before the server shuts down; instance_guid changes on each restart.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#server_info-in
        """
        return self.subscribe("server_info")

    def subscribe_symbols_snapshot(
        self,
    ) -> SyncSubscription[models.WsSymbolsSnapshot]:
        """The market symbols of one exchange, on connection open (one message per exchange).

        The client discards its symbols of that exchange and applies the snapshot. price_precision
        and size_precision are step sizes (the tick and the lot: 0.01, 1), not numbers of decimals.

        Docs: https://docs.coinapi.io/ems-api/websocket/messages#symbols_snapshot-in
        """
        return self.subscribe("symbols_snapshot")
