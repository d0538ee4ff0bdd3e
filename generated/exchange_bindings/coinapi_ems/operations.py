"""CoinAPI EMS REST operations, generated from spec/coinapi_ems; do not edit.

Every endpoint as the clients call it and the stub serves it, by operation name. A client imports this
module when the first one is made, not when the API is imported: it loads the API's structs.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from msgspec import Meta
from msgspec.structs import replace

from exchange_bindings.runtime.codecs import Fields, IsoTime, Items, JsonNumber
from exchange_bindings.runtime.codecs.bodies import Success
from exchange_bindings.runtime.config import ClientOrderId, Lookup, LookupQuery
from exchange_bindings.runtime.operation import Operation, Param

from . import models
from .config import CONFIG

__all__ = ["OPERATIONS"]

OPERATIONS: dict[str, Operation[Any]] = {
    "cancel_all_orders": Operation(
        name="cancel_all_orders",
        method="POST",
        path="/v1/orders/cancel/all",
        response=models.MessageReject,
        group="orders",
        params=(
            Param(
                "exchange_id",
                "exchange_id",
                "body",
                Annotated[str, Meta(pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$")],
                required=True,
            ),
        ),
        auth="api_key",
        retry=replace(CONFIG.retry, idempotency="safe"),
    ),
    "cancel_order": Operation(
        name="cancel_order",
        method="POST",
        path="/v1/orders/cancel",
        response=models.OrderExecutionReport,
        group="orders",
        params=(
            Param(
                "exchange_id",
                "exchange_id",
                "body",
                Annotated[str, Meta(pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$")],
                required=True,
            ),
            Param("exchange_order_id", "exchange_order_id", "body", str),
            Param("client_order_id", "client_order_id", "body", str),
        ),
        auth="api_key",
        reader=Fields(
            fields=(
                ("expire_time", IsoTime(digits=7)),
                ("status_history", Items(item=Items(item=None, prefix=(None, IsoTime(digits=7))), prefix=())),
                ("fills", Items(item=Fields(fields=(("time", IsoTime(digits=7)),)), prefix=())),
            )
        ),
    ),
    "delete_account": Operation(
        name="delete_account",
        method="DELETE",
        path="/v1/accounts",
        response=None,
        group="accounts",
        params=(
            Param(
                "exchange_id",
                "exchange_id",
                "query",
                Annotated[list[str], Meta(min_length=1)],
                required=True,
                explode=True,
            ),
        ),
        auth="api_key",
        success=Success(body="empty"),
        server="management",
    ),
    "delete_all_accounts": Operation(
        name="delete_all_accounts",
        method="DELETE",
        path="/v1/accounts/all",
        response=None,
        group="accounts",
        params=(),
        auth="api_key",
        retry=replace(CONFIG.retry, idempotency="safe"),
        success=Success(body="empty"),
        server="management",
    ),
    "get_accounts": Operation(
        name="get_accounts",
        method="GET",
        path="/v1/accounts",
        response=list[models.GetAccount],
        group="accounts",
        params=(Param("filter_exchange_id", "filter_exchange_id", "query", list[str], explode=True),),
        auth="api_key",
        server="management",
    ),
    "get_balances": Operation(
        name="get_balances",
        method="GET",
        path="/v1/balances",
        response=list[models.Balance],
        group="balances",
        params=(Param("exchange_id", "exchange_id", "query", str),),
        auth="api_key",
    ),
    "get_certificate_pem": Operation(
        name="get_certificate_pem",
        method="GET",
        path="/v1/certificate/pem",
        response=str,
        group="certificate",
        params=(),
        auth="api_key",
        success=Success(body="text"),
        server="management",
    ),
    "get_endpoints": Operation(
        name="get_endpoints",
        method="GET",
        path="/v1/endpoints",
        response=list[models.AccountEndpoint],
        group="endpoints",
        params=(Param("filter_exchange_id", "filter_exchange_id", "query", list[str], explode=True),),
        auth="api_key",
        server="management",
    ),
    "get_exchanges": Operation(
        name="get_exchanges",
        method="GET",
        path="/v1/exchanges",
        response=list[models.ExchangeLoginRequire],
        group="exchanges",
        params=(),
        auth="api_key",
        server="management",
    ),
    "get_locations": Operation(
        name="get_locations",
        method="GET",
        path="/v1/locations",
        response=list[models.Locations],
        group="locations",
        params=(),
        auth="api_key",
        server="management",
    ),
    "get_open_orders": Operation(
        name="get_open_orders",
        method="GET",
        path="/v1/orders",
        response=list[models.OrderExecutionReport],
        group="orders",
        params=(Param("exchange_id", "exchange_id", "query", str),),
        auth="api_key",
        reader=Items(
            item=Fields(
                fields=(
                    ("expire_time", IsoTime(digits=7)),
                    ("status_history", Items(item=Items(item=None, prefix=(None, IsoTime(digits=7))), prefix=())),
                    ("fills", Items(item=Fields(fields=(("time", IsoTime(digits=7)),)), prefix=())),
                )
            ),
            prefix=(),
        ),
    ),
    "get_order_execution_report": Operation(
        name="get_order_execution_report",
        method="GET",
        path="/v1/orders/status/{client_order_id}",
        response=models.OrderExecutionReport,
        group="orders",
        params=(
            Param("client_order_id", "client_order_id", "path", Annotated[str, Meta(min_length=1)], required=True),
        ),
        auth="api_key",
        reader=Fields(
            fields=(
                ("expire_time", IsoTime(digits=7)),
                ("status_history", Items(item=Items(item=None, prefix=(None, IsoTime(digits=7))), prefix=())),
                ("fills", Items(item=Fields(fields=(("time", IsoTime(digits=7)),)), prefix=())),
            )
        ),
    ),
    "get_order_history": Operation(
        name="get_order_history",
        method="GET",
        path="/v1/orders/history",
        response=list[models.OrderHistory],
        group="orders",
        params=(
            Param("time_start", "time_start", "query", datetime, required=True, codec=IsoTime(digits=7)),
            Param("time_end", "time_end", "query", datetime, required=True, codec=IsoTime(digits=7)),
        ),
        auth="api_key",
        reader=Items(
            item=Fields(
                fields=(
                    ("expireTime", IsoTime(digits=7)),
                    ("statusHistoryTime", Items(item=IsoTime(digits=7), prefix=())),
                    ("fillsTime", Items(item=IsoTime(digits=7), prefix=())),
                    ("createdTime", IsoTime(digits=7)),
                )
            ),
            prefix=(),
        ),
    ),
    "get_positions": Operation(
        name="get_positions",
        method="GET",
        path="/v1/positions",
        response=list[models.Position],
        group="positions",
        params=(Param("exchange_id", "exchange_id", "query", str),),
        auth="api_key",
    ),
    "persist_account": Operation(
        name="persist_account",
        method="POST",
        path="/v1/accounts",
        response=None,
        group="accounts",
        params=(
            Param(
                "exchange_id",
                "exchange_id",
                "body",
                Annotated[str, Meta(pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$")],
                required=True,
            ),
            Param("parameters", "parameters", "body", list[models.KeyValue], required=True),
        ),
        auth="api_key",
        retry=replace(CONFIG.retry, idempotency="safe"),
        success=Success(body="empty"),
        server="management",
    ),
    "send_new_order": Operation(
        name="send_new_order",
        method="POST",
        path="/v1/orders",
        response=models.OrderExecutionReport,
        group="orders",
        params=(
            Param(
                "exchange_id",
                "exchange_id",
                "body",
                Annotated[str, Meta(pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$")],
                required=True,
            ),
            Param("client_order_id", "client_order_id", "body", Annotated[str, Meta(min_length=1)], required=True),
            Param("amount_order", "amount_order", "body", Decimal, required=True, decimal=True, codec=JsonNumber()),
            Param("price", "price", "body", Decimal, required=True, decimal=True, codec=JsonNumber()),
            Param("side", "side", "body", Literal["BUY", "SELL"], required=True),
            Param("order_type", "order_type", "body", Literal["LIMIT"], required=True),
            Param(
                "time_in_force",
                "time_in_force",
                "body",
                Literal[
                    "GOOD_TILL_CANCEL",
                    "GOOD_TILL_TIME_EXCHANGE",
                    "GOOD_TILL_TIME_OMS",
                    "GOOD_TILL_TIME_OEML",
                    "FILL_OR_KILL",
                    "IMMEDIATE_OR_CANCEL",
                ],
                required=True,
            ),
            Param("symbol_id_exchange", "symbol_id_exchange", "body", str),
            Param("symbol_id_coinapi", "symbol_id_coinapi", "body", str),
            Param("expire_time", "expire_time", "body", datetime, codec=IsoTime(digits=7)),
            Param(
                "exec_inst",
                "exec_inst",
                "body",
                list[
                    Literal[
                        "MAKER_OR_CANCEL",
                        "AUCTION_ONLY",
                        "INDICATION_OF_INTEREST",
                        "CANCEL_ON_DISCONNECT",
                        "DO_NOT_CANCEL_ON_DISCONNECT",
                        "DO_NOT_INCREASE",
                    ]
                ],
            ),
        ),
        auth="api_key",
        retry=replace(
            CONFIG.retry,
            client_order_id=ClientOrderId(param="client_order_id"),
            lookup=Lookup(
                settle=5.0,
                queries=(
                    LookupQuery(operation="get_order_execution_report", args={"client_order_id": "{id}"}, single=True),
                ),
                match="client_order_id",
            ),
        ),
        reader=Fields(
            fields=(
                ("expire_time", IsoTime(digits=7)),
                ("status_history", Items(item=Items(item=None, prefix=(None, IsoTime(digits=7))), prefix=())),
                ("fills", Items(item=Fields(fields=(("time", IsoTime(digits=7)),)), prefix=())),
            )
        ),
    ),
}
