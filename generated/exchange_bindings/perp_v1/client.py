"""Perp v1 REST clients, generated from spec/perp_v1; do not edit.

A perpetual-futures exchange API known only by its endpoint table (seed 004): public market data, a JWT login session, API keys with Read/Trade permissions, normal, condition and strategy orders, positions, and a private WebSocket user-data stream opened with a listenKey. Decimal strings for money, integer milliseconds for time, camelCase names, responses in an envelope {code, msg, data} (code 0 = success) and errors with HTTP 4xx/5xx statuses.

Docs: none published: seed 004 is an endpoint table only (NOTES-coinex-coinapi-perp.md (c))
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal

import httpx
from msgspec import Meta
from msgspec.structs import replace

from exchange_bindings.runtime.auth import Credentials
from exchange_bindings.runtime.client import (
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    LimitWaitHook,
    RetryHook,
    SyncAPIClient,
)
from exchange_bindings.runtime.config import ClientOrderId, Lookup, LookupQuery
from exchange_bindings.runtime.limits import PerItem
from exchange_bindings.runtime.operation import DecimalLike, Later, LazyModule, Operation, Pager, Param, settled

from .config import CONFIG

if TYPE_CHECKING:
    from . import models
else:  # the structs load when the operations are settled (a client, a stub, a reader of OPERATIONS)
    models = LazyModule(f"{__package__}.models")

__all__ = ["OPERATIONS", "AsyncClient", "Client"]


_AMEND_ORDER: Operation[models.Order] = Operation(
    name="amend_order",
    method="POST",
    path="/v1/private/order/move",
    response=Later(__name__, 0),
    group="order",
    params=(
        Param("symbol", "symbol", "body", str, required=True),
        Param("orderId", "order_id", "body", int),
        Param("clientOrderId", "client_order_id", "body", str),
        Param("price", "price", "body", Decimal, decimal=True),
        Param("quantity", "quantity", "body", Decimal, decimal=True),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1, "orders_10s": 1, "orders_1m": 1},
    envelope="data",
)

_BATCH_AMEND_ORDERS: Operation[list[models.BatchOrderResult]] = Operation(
    name="batch_amend_orders",
    method="POST",
    path="/v1/private/order/batch-move",
    response=Later(__name__, 1),
    group="order",
    params=(
        Param("symbol", "symbol", "body", str, required=True),
        Param("orders", "orders", "body", Later(__name__, 35), required=True),
    ),
    auth="hmac",
    permission="trade",
    max_items={"orders": 5},
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 5, "orders_10s": PerItem(param="orders"), "orders_1m": PerItem(param="orders")},
    envelope="data",
)

_BATCH_CANCEL_ORDERS: Operation[list[models.BatchOrderResult]] = Operation(
    name="batch_cancel_orders",
    method="POST",
    path="/v1/private/order/batch-cancel",
    response=Later(__name__, 1),
    group="order",
    params=(Param("orders", "orders", "body", Later(__name__, 36), required=True),),
    auth="hmac",
    permission="trade",
    max_items={"orders": 10},
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)

_BATCH_PLACE_ORDERS: Operation[list[models.BatchOrderResult]] = Operation(
    name="batch_place_orders",
    method="POST",
    path="/v1/private/order/batch-place",
    response=Later(__name__, 1),
    group="order",
    params=(Param("orders", "orders", "body", Later(__name__, 37), required=True),),
    auth="hmac",
    permission="trade",
    max_items={"orders": 5},
    retry=replace(
        CONFIG.retry,
        client_order_id=ClientOrderId(param="orders", field="clientOrderId"),
        lookup=Lookup(
            settle=5.0,
            queries=(
                LookupQuery(operation="get_open_orders", args={"symbol": "{item.symbol}"}),
                LookupQuery(operation="get_order_history", args={"symbol": "{item.symbol}", "pageSize": 100}),
            ),
            match="clientOrderId",
            found={"code": 0, "msg": "success", "data": "{order}"},
        ),
    ),
    cost={"ip_weight": 5, "orders_10s": PerItem(param="orders"), "orders_1m": PerItem(param="orders")},
    envelope="data",
)

_CANCEL_ALL_ORDERS: Operation[list[models.CancelledOrder]] = Operation(
    name="cancel_all_orders",
    method="POST",
    path="/v1/private/order/batch-cancel-all",
    response=Later(__name__, 2),
    group="order",
    params=(
        Param("symbol", "symbol", "body", str),
        Param("type", "type", "body", Later(__name__, 38)),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)

_CANCEL_CONDITION_ORDER: Operation[models.ConditionOrder] = Operation(
    name="cancel_condition_order",
    method="POST",
    path="/v1/private/order/cancel-condition",
    response=Later(__name__, 3),
    group="order",
    params=(
        Param("symbol", "symbol", "body", str, required=True),
        Param("conditionOrderId", "condition_order_id", "body", int),
        Param("clientOrderId", "client_order_id", "body", str),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)

_CANCEL_ORDER: Operation[models.Order] = Operation(
    name="cancel_order",
    method="POST",
    path="/v1/private/order/cancel",
    response=Later(__name__, 0),
    group="order",
    params=(
        Param("symbol", "symbol", "body", str, required=True),
        Param("orderId", "order_id", "body", int),
        Param("clientOrderId", "client_order_id", "body", str),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)

_CLOSE_LISTEN_KEY: Operation[dict[str, Any]] = Operation(
    name="close_listen_key",
    method="DELETE",
    path="/v1/private/user/listen-key",
    response=Later(__name__, 4),
    group="user",
    params=(Param("listenKey", "listen_key", "query", Later(__name__, 39), required=True),),
    auth="hmac",
    permission="read",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)

_CREATE_API_KEY: Operation[models.ApiKeyCreated] = Operation(
    name="create_api_key",
    method="POST",
    path="/v1/private/user/api-key/create",
    response=Later(__name__, 5),
    group="api_key",
    params=(
        Param("label", "label", "body", Later(__name__, 40), required=True),
        Param("permissions", "permissions", "body", Later(__name__, 41)),
        Param("ipWhitelist", "ip_whitelist", "body", Later(__name__, 42)),
    ),
    auth="session",
    permission="jwt_only",
    retry=replace(CONFIG.retry, idempotency="never"),
    cost={"ip_weight": 1},
    envelope="data",
)

_CREATE_LISTEN_KEY: Operation[models.ListenKey] = Operation(
    name="create_listen_key",
    method="POST",
    path="/v1/private/user/listen-key",
    response=Later(__name__, 6),
    group="user",
    params=(),
    auth="hmac",
    permission="read",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)

_DELETE_ALL_API_KEYS: Operation[models.ApiKeysDeleted] = Operation(
    name="delete_all_api_keys",
    method="POST",
    path="/v1/private/user/api-key/delete-all",
    response=Later(__name__, 7),
    group="api_key",
    params=(),
    auth="session",
    permission="jwt_only",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)

_DELETE_API_KEY: Operation[dict[str, Any]] = Operation(
    name="delete_api_key",
    method="POST",
    path="/v1/private/user/api-key/delete",
    response=Later(__name__, 4),
    group="api_key",
    params=(Param("apiKey", "api_key", "body", Later(__name__, 39), required=True),),
    auth="session",
    permission="jwt_only",
    retry=replace(CONFIG.retry, idempotency="never"),
    cost={"ip_weight": 1},
    envelope="data",
)

_EXCHANGE_AGENT_TICKET: Operation[models.Session] = Operation(
    name="exchange_agent_ticket",
    method="POST",
    path="/v1/public/agent-sso/exchange-ticket",
    response=Later(__name__, 8),
    group="public",
    params=(Param("ticket", "ticket", "body", Later(__name__, 43), required=True),),
    retry=replace(CONFIG.retry, idempotency="never"),
    cost={"ip_weight": 1, "login": 1},
    envelope="data",
)

_EXCHANGE_EMBED_TOKEN: Operation[models.Session] = Operation(
    name="exchange_embed_token",
    method="POST",
    path="/v1/public/agent-sso/exchange-embed-token",
    response=Later(__name__, 8),
    group="public",
    params=(Param("embedToken", "embed_token", "body", Later(__name__, 44), required=True),),
    retry=replace(CONFIG.retry, idempotency="never"),
    cost={"ip_weight": 1, "login": 1},
    envelope="data",
)

_GET_ACCOUNT_CHANGE_LOGS: Operation[list[models.AccountChangeLog]] = Operation(
    name="get_account_change_logs",
    method="GET",
    path="/v1/private/user/account-change-log",
    response=Later(__name__, 9),
    group="user",
    params=(
        Param("symbol", "symbol", "query", str),
        Param("type", "type", "query", Later(__name__, 45)),
        Param("asset", "asset", "query", str),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
        Param("limit", "limit", "query", Later(__name__, 46)),
    ),
    auth="hmac",
    permission="read",
    cost={"ip_weight": 30},
    envelope="data",
)

_GET_ASSET_OVERVIEW_SUMMARY: Operation[models.AssetOverviewSummary] = Operation(
    name="get_asset_overview_summary",
    method="GET",
    path="/v1/private/user/asset/overview/summary",
    response=Later(__name__, 10),
    group="user",
    params=(),
    auth="hmac",
    permission="read",
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_ASSET_OVERVIEW_TREND: Operation[list[models.AssetTrendPoint]] = Operation(
    name="get_asset_overview_trend",
    method="GET",
    path="/v1/private/user/asset/overview/trend",
    response=Later(__name__, 11),
    group="user",
    params=(Param("period", "period", "query", Later(__name__, 47)),),
    auth="hmac",
    permission="read",
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_BALANCE_HISTORY: Operation[list[models.BalanceSnapshot]] = Operation(
    name="get_balance_history",
    method="GET",
    path="/v1/private/user/balance-history",
    response=Later(__name__, 12),
    group="user",
    params=(
        Param("asset", "asset", "query", str),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
        Param("limit", "limit", "query", Later(__name__, 48)),
    ),
    auth="hmac",
    permission="read",
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_CONDITION_ORDER_HISTORY: Operation[list[models.ConditionOrder]] = Operation(
    name="get_condition_order_history",
    method="GET",
    path="/v1/private/order/history-condition",
    response=Later(__name__, 13),
    group="order",
    params=(
        Param("symbol", "symbol", "query", str),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
        Param("page", "page", "query", Later(__name__, 49)),
        Param("pageSize", "page_size", "query", Later(__name__, 50)),
    ),
    auth="hmac",
    permission="trade",
    cost={"ip_weight": 5},
    envelope="data",
    pager=Pager(style="page", limit="pageSize", page="page", has_next="hasNext", default_limit=20),
)

_GET_CURRENT_FUNDING_RATES: Operation[list[models.CurrentFundingRate]] = Operation(
    name="get_current_funding_rates",
    method="GET",
    path="/v1/public/market/funding-rate/current",
    response=Later(__name__, 14),
    group="public",
    params=(
        Param("symbol", "symbol", "query", str),
        Param("page", "page", "query", Later(__name__, 49)),
        Param("pageSize", "page_size", "query", Later(__name__, 50)),
    ),
    cost={"ip_weight": 1},
    envelope="data",
    pager=Pager(style="page", limit="pageSize", page="page", has_next="hasNext", default_limit=20),
)

_GET_FAVORITE_SYMBOLS: Operation[models.FavoriteSymbols] = Operation(
    name="get_favorite_symbols",
    method="GET",
    path="/v1/private/user/favorite-symbols",
    response=Later(__name__, 15),
    group="user",
    params=(),
    auth="hmac",
    permission="read",
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_FUNDING_RATE_CONFIG: Operation[list[models.FundingRateConfig]] = Operation(
    name="get_funding_rate_config",
    method="GET",
    path="/v1/public/market/funding-rate",
    response=Later(__name__, 16),
    group="public",
    params=(Param("symbol", "symbol", "query", str),),
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_FUNDING_RATE_HISTORY: Operation[list[models.FundingRateRecord]] = Operation(
    name="get_funding_rate_history",
    method="GET",
    path="/v1/public/market/funding-rate/history",
    response=Later(__name__, 17),
    group="public",
    params=(
        Param("symbol", "symbol", "query", str, required=True),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
        Param("limit", "limit", "query", Later(__name__, 46)),
    ),
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_KLINES: Operation[list[models.Kline]] = Operation(
    name="get_klines",
    method="GET",
    path="/v1/public/market/klines",
    response=Later(__name__, 18),
    group="public",
    params=(
        Param("symbol", "symbol", "query", str, required=True),
        Param("interval", "interval", "query", Later(__name__, 51), required=True),
        Param("priceType", "price_type", "query", Later(__name__, 52)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
        Param("limit", "limit", "query", Later(__name__, 53)),
    ),
    cost={"ip_weight": 5},
    envelope="data",
)

_GET_OPEN_CONDITION_ORDERS: Operation[list[models.ConditionOrder]] = Operation(
    name="get_open_condition_orders",
    method="GET",
    path="/v1/private/order/current-condition",
    response=Later(__name__, 13),
    group="order",
    params=(Param("symbol", "symbol", "query", str),),
    auth="hmac",
    permission="trade",
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_OPEN_ORDERS: Operation[list[models.Order]] = Operation(
    name="get_open_orders",
    method="GET",
    path="/v1/private/order/current",
    response=Later(__name__, 19),
    group="order",
    params=(Param("symbol", "symbol", "query", str),),
    auth="hmac",
    permission="trade",
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_ORDER: Operation[models.Order] = Operation(
    name="get_order",
    method="GET",
    path="/v1/private/order",
    response=Later(__name__, 0),
    group="order",
    params=(
        Param("symbol", "symbol", "query", str, required=True),
        Param("orderId", "order_id", "query", int),
        Param("clientOrderId", "client_order_id", "query", str),
    ),
    auth="hmac",
    permission="trade",
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_ORDER_HISTORY: Operation[list[models.Order]] = Operation(
    name="get_order_history",
    method="GET",
    path="/v1/private/order/history",
    response=Later(__name__, 19),
    group="order",
    params=(
        Param("symbol", "symbol", "query", str),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
        Param("page", "page", "query", Later(__name__, 49)),
        Param("pageSize", "page_size", "query", Later(__name__, 50)),
    ),
    auth="hmac",
    permission="trade",
    cost={"ip_weight": 5},
    envelope="data",
    pager=Pager(style="page", limit="pageSize", page="page", has_next="hasNext", default_limit=20),
)

_GET_PNL_LEADERBOARD: Operation[list[models.LeaderboardEntry]] = Operation(
    name="get_pnl_leaderboard",
    method="GET",
    path="/v1/public/leaderboard/pnl",
    response=Later(__name__, 20),
    group="public",
    params=(
        Param("period", "period", "query", Later(__name__, 47)),
        Param("limit", "limit", "query", Later(__name__, 50)),
    ),
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_POSITION_HISTORY: Operation[list[models.PositionHistory]] = Operation(
    name="get_position_history",
    method="GET",
    path="/v1/private/position/history",
    response=Later(__name__, 21),
    group="position",
    params=(
        Param("symbol", "symbol", "query", str),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
        Param("limit", "limit", "query", Later(__name__, 50)),
    ),
    auth="hmac",
    permission="trade",
    cost={"ip_weight": 5},
    envelope="data",
)

_GET_POSITION_SETTINGS: Operation[models.PositionSettings] = Operation(
    name="get_position_settings",
    method="GET",
    path="/v1/private/position/settings",
    response=Later(__name__, 22),
    group="position",
    params=(Param("symbol", "symbol", "query", str, required=True),),
    auth="hmac",
    permission="trade",
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_POSITIONS: Operation[list[models.Position]] = Operation(
    name="get_positions",
    method="GET",
    path="/v1/private/position/positions",
    response=Later(__name__, 23),
    group="position",
    params=(Param("symbol", "symbol", "query", str),),
    auth="hmac",
    permission="trade",
    cost={"ip_weight": 5},
    envelope="data",
)

_GET_SERVER_TIME: Operation[models.ServerTime] = Operation(
    name="get_server_time",
    method="GET",
    path="/v1/time",
    response=Later(__name__, 24),
    group="public",
    params=(),
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_STRATEGY_ORDER: Operation[models.StrategyOrder] = Operation(
    name="get_strategy_order",
    method="GET",
    path="/v1/private/order/strategy",
    response=Later(__name__, 25),
    group="order",
    params=(
        Param("symbol", "symbol", "query", str),
        Param("strategyId", "strategy_id", "query", int),
        Param("clientStrategyId", "client_strategy_id", "query", str),
    ),
    auth="hmac",
    permission="trade",
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_SYMBOLS: Operation[models.SymbolsInfo] = Operation(
    name="get_symbols",
    method="GET",
    path="/v1/public/market/symbols",
    response=Later(__name__, 26),
    group="public",
    params=(Param("symbol", "symbol", "query", str),),
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_TRADE_OVERVIEW: Operation[models.TradeOverview] = Operation(
    name="get_trade_overview",
    method="GET",
    path="/v1/private/user/trade-overview",
    response=Later(__name__, 27),
    group="user",
    params=(Param("period", "period", "query", Later(__name__, 47)),),
    auth="hmac",
    permission="read",
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_TRADES: Operation[list[models.Trade]] = Operation(
    name="get_trades",
    method="GET",
    path="/v1/private/order/trades",
    response=Later(__name__, 28),
    group="order",
    params=(
        Param("symbol", "symbol", "query", str),
        Param("orderId", "order_id", "query", int),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
        Param("page", "page", "query", Later(__name__, 49)),
        Param("pageSize", "page_size", "query", Later(__name__, 50)),
    ),
    auth="hmac",
    permission="trade",
    cost={"ip_weight": 5},
    envelope="data",
    pager=Pager(style="page", limit="pageSize", page="page", has_next="hasNext", default_limit=20),
)

_GET_USER_ASSETS: Operation[list[models.AssetBalance]] = Operation(
    name="get_user_assets",
    method="GET",
    path="/v1/private/user/asset",
    response=Later(__name__, 29),
    group="user",
    params=(Param("asset", "asset", "query", str),),
    auth="hmac",
    permission="read",
    cost={"ip_weight": 5},
    envelope="data",
)

_GET_USER_INFO: Operation[models.UserInfo] = Operation(
    name="get_user_info",
    method="GET",
    path="/v1/private/user/info",
    response=Later(__name__, 30),
    group="user",
    params=(),
    auth="hmac",
    permission="read",
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_VERSION: Operation[models.VersionInfo] = Operation(
    name="get_version",
    method="GET",
    path="/v1/version",
    response=Later(__name__, 31),
    group="public",
    params=(),
    cost={"ip_weight": 1},
    envelope="data",
)

_GET_VOLUME_STATS: Operation[models.VolumeStats] = Operation(
    name="get_volume_stats",
    method="GET",
    path="/v1/private/user/volume-stats",
    response=Later(__name__, 32),
    group="user",
    params=(),
    auth="hmac",
    permission="read",
    cost={"ip_weight": 1},
    envelope="data",
)

_LIST_API_KEYS: Operation[list[models.ApiKeyInfo]] = Operation(
    name="list_api_keys",
    method="GET",
    path="/v1/private/user/api-key/list",
    response=Later(__name__, 33),
    group="api_key",
    params=(),
    auth="session",
    permission="jwt_only",
    cost={"ip_weight": 1},
    envelope="data",
)

_LOGIN: Operation[models.Session] = Operation(
    name="login",
    method="POST",
    path="/v1/public/user/login",
    response=Later(__name__, 8),
    group="public",
    params=(
        Param("username", "username", "body", Later(__name__, 54), required=True),
        Param("password", "password", "body", Later(__name__, 55), required=True),
    ),
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1, "login": 1},
    envelope="data",
)

_LOGOUT: Operation[dict[str, Any]] = Operation(
    name="logout",
    method="POST",
    path="/v1/private/user/logout",
    response=Later(__name__, 4),
    group="user",
    params=(),
    auth="session",
    permission="jwt_only",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)

_PLACE_CONDITION_ORDER: Operation[models.ConditionOrder] = Operation(
    name="place_condition_order",
    method="POST",
    path="/v1/private/order/place-condition",
    response=Later(__name__, 3),
    group="order",
    params=(
        Param("symbol", "symbol", "body", str, required=True),
        Param("side", "side", "body", Later(__name__, 56), required=True),
        Param("type", "type", "body", Later(__name__, 57), required=True),
        Param("quantity", "quantity", "body", Decimal, decimal=True),
        Param("price", "price", "body", Decimal, decimal=True),
        Param("triggerPrice", "trigger_price", "body", Decimal, decimal=True),
        Param("triggerPriceType", "trigger_price_type", "body", Later(__name__, 58)),
        Param("activationPrice", "activation_price", "body", Decimal, decimal=True),
        Param("callbackRate", "callback_rate", "body", Decimal, decimal=True),
        Param("timeInForce", "time_in_force", "body", Later(__name__, 59)),
        Param("reduceOnly", "reduce_only", "body", bool),
        Param("closePosition", "close_position", "body", bool),
        Param("clientOrderId", "client_order_id", "body", Later(__name__, 60)),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(
        CONFIG.retry,
        client_order_id=ClientOrderId(param="clientOrderId"),
        lookup=Lookup(
            settle=5.0,
            queries=(
                LookupQuery(operation="get_open_condition_orders", args={"symbol": "{params.symbol}"}),
                LookupQuery(
                    operation="get_condition_order_history", args={"symbol": "{params.symbol}", "pageSize": 100}
                ),
            ),
            match="clientOrderId",
        ),
    ),
    cost={"orders_10s": 1, "orders_1m": 1},
    envelope="data",
)

_PLACE_ORDER: Operation[models.Order] = Operation(
    name="place_order",
    method="POST",
    path="/v1/private/order/place",
    response=Later(__name__, 0),
    group="order",
    params=(
        Param("symbol", "symbol", "body", str, required=True),
        Param("side", "side", "body", Later(__name__, 56), required=True),
        Param("type", "type", "body", Later(__name__, 61), required=True),
        Param("quantity", "quantity", "body", Decimal, required=True, decimal=True),
        Param("price", "price", "body", Decimal, decimal=True),
        Param("timeInForce", "time_in_force", "body", Later(__name__, 59)),
        Param("reduceOnly", "reduce_only", "body", bool),
        Param("clientOrderId", "client_order_id", "body", Later(__name__, 60)),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(
        CONFIG.retry,
        client_order_id=ClientOrderId(param="clientOrderId"),
        lookup=Lookup(
            settle=5.0,
            queries=(
                LookupQuery(operation="get_open_orders", args={"symbol": "{params.symbol}"}),
                LookupQuery(operation="get_order_history", args={"symbol": "{params.symbol}", "pageSize": 100}),
            ),
            match="clientOrderId",
        ),
    ),
    cost={"orders_10s": 1, "orders_1m": 1},
    envelope="data",
)

_PLACE_STRATEGY_ORDER: Operation[models.StrategyOrder] = Operation(
    name="place_strategy_order",
    method="POST",
    path="/v1/private/order/place-strategy",
    response=Later(__name__, 25),
    group="order",
    params=(
        Param("symbol", "symbol", "body", str, required=True),
        Param("strategyType", "strategy_type", "body", Later(__name__, 62), required=True),
        Param("working", "working", "body", Later(__name__, 63)),
        Param("pending", "pending", "body", Later(__name__, 63)),
        Param("pendingAbove", "pending_above", "body", Later(__name__, 63)),
        Param("pendingBelow", "pending_below", "body", Later(__name__, 63)),
        Param("clientStrategyId", "client_strategy_id", "body", Later(__name__, 60)),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(CONFIG.retry, client_order_id=ClientOrderId(param="clientStrategyId"), duplicates="replay"),
    cost={"orders_10s": 2, "orders_1m": 2},
    envelope="data",
)

_REFRESH_TOKEN: Operation[models.Session] = Operation(
    name="refresh_token",
    method="POST",
    path="/v1/public/user/refresh-token",
    response=Later(__name__, 8),
    group="public",
    params=(),
    cost={"ip_weight": 1, "login": 1},
    envelope="data",
)

_RENEW_LISTEN_KEY: Operation[models.ListenKey] = Operation(
    name="renew_listen_key",
    method="PUT",
    path="/v1/private/user/listen-key",
    response=Later(__name__, 6),
    group="user",
    params=(Param("listenKey", "listen_key", "query", Later(__name__, 39), required=True),),
    auth="hmac",
    permission="read",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)

_SAVE_FAVORITE_SYMBOLS: Operation[models.FavoriteSymbols] = Operation(
    name="save_favorite_symbols",
    method="POST",
    path="/v1/private/user/favorite-symbols",
    response=Later(__name__, 15),
    group="user",
    params=(Param("symbols", "symbols", "body", Later(__name__, 64), required=True),),
    auth="hmac",
    permission="read",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)

_SET_LEVERAGE: Operation[models.PositionSettings] = Operation(
    name="set_leverage",
    method="POST",
    path="/v1/private/position/leverage",
    response=Later(__name__, 22),
    group="position",
    params=(
        Param("symbol", "symbol", "body", str, required=True),
        Param("leverage", "leverage", "body", Later(__name__, 65), required=True),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)

_SET_MARGIN_MODE: Operation[models.PositionSettings] = Operation(
    name="set_margin_mode",
    method="POST",
    path="/v1/private/position/margin-mode",
    response=Later(__name__, 22),
    group="position",
    params=(
        Param("symbol", "symbol", "body", str, required=True),
        Param("marginMode", "margin_mode", "body", Later(__name__, 66), required=True),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)

_UPDATE_API_KEY: Operation[models.ApiKeyInfo] = Operation(
    name="update_api_key",
    method="PUT",
    path="/v1/private/user/api-key/update",
    response=Later(__name__, 34),
    group="api_key",
    params=(
        Param("apiKey", "api_key", "body", Later(__name__, 39), required=True),
        Param("label", "label", "body", Later(__name__, 40)),
        Param("permissions", "permissions", "body", Later(__name__, 41)),
        Param("ipWhitelist", "ip_whitelist", "body", Later(__name__, 42)),
        Param("status", "status", "body", Later(__name__, 67)),
    ),
    auth="session",
    permission="jwt_only",
    retry=replace(CONFIG.retry, idempotency="safe"),
    cost={"ip_weight": 1},
    envelope="data",
)


def _deferred() -> list[Any]:
    """The types the operations name as Later, by index: built (and the structs loaded) when they are settled."""
    return [
        models.Order,
        list[models.BatchOrderResult],
        list[models.CancelledOrder],
        models.ConditionOrder,
        dict[str, Any],
        models.ApiKeyCreated,
        models.ListenKey,
        models.ApiKeysDeleted,
        models.Session,
        list[models.AccountChangeLog],
        models.AssetOverviewSummary,
        list[models.AssetTrendPoint],
        list[models.BalanceSnapshot],
        list[models.ConditionOrder],
        list[models.CurrentFundingRate],
        models.FavoriteSymbols,
        list[models.FundingRateConfig],
        list[models.FundingRateRecord],
        list[models.Kline],
        list[models.Order],
        list[models.LeaderboardEntry],
        list[models.PositionHistory],
        models.PositionSettings,
        list[models.Position],
        models.ServerTime,
        models.StrategyOrder,
        models.SymbolsInfo,
        models.TradeOverview,
        list[models.Trade],
        list[models.AssetBalance],
        models.UserInfo,
        models.VersionInfo,
        models.VolumeStats,
        list[models.ApiKeyInfo],
        models.ApiKeyInfo,
        Annotated[list[models.AmendOrderRequest], Meta(min_length=1, max_length=5)],
        Annotated[list[models.OrderRef], Meta(min_length=1, max_length=10)],
        Annotated[list[models.PlaceOrderRequest], Meta(min_length=1, max_length=5)],
        Literal["NORMAL", "CONDITION", "STRATEGY", "ALL"],
        Annotated[str, Meta(min_length=1)],
        Annotated[str, Meta(min_length=1, max_length=32)],
        list[models.ApiKeyPermission],
        Annotated[list[str], Meta(max_length=30)],
        Annotated[str, Meta(min_length=1, max_length=512)],
        Annotated[str, Meta(min_length=1, max_length=1024)],
        models.AccountChangeType,
        Annotated[int, Meta(ge=1, le=1000)],
        Literal["7D", "30D", "90D"],
        Annotated[int, Meta(ge=1, le=90)],
        Annotated[int, Meta(ge=1)],
        Annotated[int, Meta(ge=1, le=100)],
        Literal["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
        Literal["TRADE", "INDEX", "MARK"],
        Annotated[int, Meta(ge=1, le=1500)],
        Annotated[str, Meta(min_length=1, max_length=64)],
        Annotated[str, Meta(min_length=1, max_length=128)],
        models.OrderSide,
        models.ConditionOrderType,
        models.TriggerPriceType,
        models.TimeInForce,
        Annotated[str, Meta(pattern="^[A-Za-z0-9._:/-]{1,36}$")],
        models.OrderType,
        models.StrategyType,
        models.StrategyLegRequest,
        Annotated[list[str], Meta(max_length=100)],
        Annotated[int, Meta(ge=1, le=125)],
        models.MarginMode,
        models.ApiKeyStatus,
    ]


_OPERATIONS: dict[str, Operation[Any]] = {
    "amend_order": _AMEND_ORDER,
    "batch_amend_orders": _BATCH_AMEND_ORDERS,
    "batch_cancel_orders": _BATCH_CANCEL_ORDERS,
    "batch_place_orders": _BATCH_PLACE_ORDERS,
    "cancel_all_orders": _CANCEL_ALL_ORDERS,
    "cancel_condition_order": _CANCEL_CONDITION_ORDER,
    "cancel_order": _CANCEL_ORDER,
    "close_listen_key": _CLOSE_LISTEN_KEY,
    "create_api_key": _CREATE_API_KEY,
    "create_listen_key": _CREATE_LISTEN_KEY,
    "delete_all_api_keys": _DELETE_ALL_API_KEYS,
    "delete_api_key": _DELETE_API_KEY,
    "exchange_agent_ticket": _EXCHANGE_AGENT_TICKET,
    "exchange_embed_token": _EXCHANGE_EMBED_TOKEN,
    "get_account_change_logs": _GET_ACCOUNT_CHANGE_LOGS,
    "get_asset_overview_summary": _GET_ASSET_OVERVIEW_SUMMARY,
    "get_asset_overview_trend": _GET_ASSET_OVERVIEW_TREND,
    "get_balance_history": _GET_BALANCE_HISTORY,
    "get_condition_order_history": _GET_CONDITION_ORDER_HISTORY,
    "get_current_funding_rates": _GET_CURRENT_FUNDING_RATES,
    "get_favorite_symbols": _GET_FAVORITE_SYMBOLS,
    "get_funding_rate_config": _GET_FUNDING_RATE_CONFIG,
    "get_funding_rate_history": _GET_FUNDING_RATE_HISTORY,
    "get_klines": _GET_KLINES,
    "get_open_condition_orders": _GET_OPEN_CONDITION_ORDERS,
    "get_open_orders": _GET_OPEN_ORDERS,
    "get_order": _GET_ORDER,
    "get_order_history": _GET_ORDER_HISTORY,
    "get_pnl_leaderboard": _GET_PNL_LEADERBOARD,
    "get_position_history": _GET_POSITION_HISTORY,
    "get_position_settings": _GET_POSITION_SETTINGS,
    "get_positions": _GET_POSITIONS,
    "get_server_time": _GET_SERVER_TIME,
    "get_strategy_order": _GET_STRATEGY_ORDER,
    "get_symbols": _GET_SYMBOLS,
    "get_trade_overview": _GET_TRADE_OVERVIEW,
    "get_trades": _GET_TRADES,
    "get_user_assets": _GET_USER_ASSETS,
    "get_user_info": _GET_USER_INFO,
    "get_version": _GET_VERSION,
    "get_volume_stats": _GET_VOLUME_STATS,
    "list_api_keys": _LIST_API_KEYS,
    "login": _LOGIN,
    "logout": _LOGOUT,
    "place_condition_order": _PLACE_CONDITION_ORDER,
    "place_order": _PLACE_ORDER,
    "place_strategy_order": _PLACE_STRATEGY_ORDER,
    "refresh_token": _REFRESH_TOKEN,
    "renew_listen_key": _RENEW_LISTEN_KEY,
    "save_favorite_symbols": _SAVE_FAVORITE_SYMBOLS,
    "set_leverage": _SET_LEVERAGE,
    "set_margin_mode": _SET_MARGIN_MODE,
    "update_api_key": _UPDATE_API_KEY,
}


OPERATIONS: dict[str, Operation[Any]]
"""Every endpoint by operation name (the stub server serves these), settled when first read."""


if not TYPE_CHECKING:  # hidden from type checkers: they would take any name for one

    def __getattr__(name: str) -> Any:
        if name == "OPERATIONS":
            return settled(_OPERATIONS)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), "OPERATIONS"})


class Client(SyncAPIClient):
    """Synchronous client of the Perp v1 REST API.

    Args:
        api_key: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_PERP_V1_API_KEY` environment variable.
        api_secret: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_PERP_V1_API_SECRET` environment variable.
        username: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_PERP_V1_USERNAME` environment variable.
        password: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_PERP_V1_PASSWORD` environment variable.
        base_url: server to talk to; overrides `environment`.
        environment: one of live (default: the
            `EXCHANGE_BINDINGS_PERP_V1_ENVIRONMENT` environment variable, else live).
        timeout: seconds (or an `httpx.Timeout`) per attempt; a call's `timeout` overrides it.
        http_client: an `httpx.Client` of your own (proxies, limits, transports); not closed by `close()`.
        max_retries: retries after the first attempt; default from the spec's retry policy.
        deadline: seconds a call may take across all attempts, waits and lookups, however slowly
            the server answers; default from the spec; a call's `deadline` overrides it.
        rate_limits: pace calls by the spec's rate-limit buckets (shared by every client of this
            process on the same host with the same key); False leaves pacing to you.
        on_limit_wait: called with a `LimitWait` whenever a bucket holds a call back.
        on_retry: called with a `RetryEvent` before each retry.
        strict: refuse a response value the spec does not list for an enumerated field (a `DecodeError`);
            by default it is kept and reported once (an `UnknownValueWarning`).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        environment: Literal["live"] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        rate_limits: bool = True,
        on_limit_wait: LimitWaitHook | None = None,
        on_retry: RetryHook | None = None,
        strict: bool = False,
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
            CONFIG,
            _OPERATIONS,
            credentials,
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            deadline=deadline,
            rate_limits=rate_limits,
            on_limit_wait=on_limit_wait,
            on_retry=on_retry,
            strict=strict,
        )

    def amend_order(
        self,
        *,
        symbol: str,
        order_id: int | None = None,
        client_order_id: str | None = None,
        price: DecimalLike | None = None,
        quantity: DecimalLike | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Order:
        """Amend (move) an open normal order's price and quantity.

        Changes the price and/or quantity of an open LIMIT order, keeping its id. A new quantity
        below the filled quantity is refused.

        ``POST /v1/private/order/move`` (signed, permission: trade)

        Args:
            symbol: Symbol
            order_id: The order's id (``orderId``)
            client_order_id: The order's client id (``clientOrderId``)
            price: New price
            quantity: New quantity

        Notes:
            - seed: 'Modify normal pending order price and quantity' (path 'move'). Binance USDⓈ-M
              PUT /fapi/v1/order (symbol, orderId/origClientOrderId, quantity, price; the order
              keeps its id) as a POST; amending to the same values twice is harmless
            - the simulator finds the order to amend by orderId only: an amend by clientOrderId
              alone is refused as missing orderId (-1102)
        """
        return self._call(
            _AMEND_ORDER,
            {
                "symbol": symbol,
                "orderId": order_id,
                "clientOrderId": client_order_id,
                "price": price,
                "quantity": quantity,
            },
            timeout,
            deadline,
        )

    def batch_amend_orders(
        self,
        *,
        symbol: str,
        orders: list[models.AmendOrderRequest],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.BatchOrderResult]:
        """Amend several open normal orders of one symbol.

        Each item amends one order of the symbol; one entry per item with its own code and msg.

        ``POST /v1/private/order/batch-move`` (signed, permission: trade)

        Args:
            symbol: Symbol of every order
            orders: The amendments (5 at most)

        Notes:
            - seed: 'Batch modify normal pending orders for the same symbol'. Binance USDⓈ-M PUT
              /fapi/v1/batchOrders (5 at most) with the symbol once, per-item results as
              batch_place_orders
        """
        return self._call(
            _BATCH_AMEND_ORDERS,
            {
                "symbol": symbol,
                "orders": orders,
            },
            timeout,
            deadline,
        )

    def batch_cancel_orders(
        self,
        *,
        orders: list[models.OrderRef],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.BatchOrderResult]:
        """Cancel several normal orders.

        Each item names one order (symbol and orderId or clientOrderId); one entry per item with its
        own code and msg.

        ``POST /v1/private/order/batch-cancel`` (signed, permission: trade)

        Args:
            orders: The orders to cancel (10 at most)

        Notes:
            - seed: 'Batch cancel normal orders'. Binance USDⓈ-M DELETE /fapi/v1/batchOrders (10 at
              most, weight 1) with items as OKX v5 cancel-batch-orders ({instId, ordId, clOrdId}
              each), per-item results as batch_place_orders
        """
        return self._call(
            _BATCH_CANCEL_ORDERS,
            {
                "orders": orders,
            },
            timeout,
            deadline,
        )

    def batch_place_orders(
        self,
        *,
        orders: list[models.PlaceOrderRequest],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.BatchOrderResult]:
        """Place several normal orders in one request.

        Each item is a place_order body. Items are placed in order, independently: the answer has
        one entry per item with its own code and msg, and the order when it was placed.

        ``POST /v1/private/order/batch-place`` (signed, permission: trade)

        Args:
            orders: The orders (5 at most)

        Lost answers:
            The client makes a `clientOrderId` when none is given, the same for every attempt. The
            exchange may place a repeated order again, so a lost answer (dropped connection,
            timeout, 5xx, unreadable body) is never simply retried: 5s after sending, the client
            looks the order(s) up by that id (get_open_orders, get_order_history) and returns what
            it finds; an order is sent again only when the lookup shows it was not placed, and
            OutcomeUnknownError (with the ids) is raised when that cannot be told by the deadline.

        Notes:
            - no published word on repeated client ids: Binance USDⓈ-M refuses one only while the
              first order is open (-4116) and Bybit v5 always, so neither refusal nor replay is
              relied on: a lost answer is looked up by the id (open orders, then the newest 100 of
              the history) once the 5 s signing window has passed, after which the server refuses
              the first request
            - seed: 'Submit multiple normal orders'. Binance USDⓈ-M POST /fapi/v1/batchOrders (5
              orders at most, weight 5, each order on the order limits; answers orders and {code,
              msg} errors in one list) with per-item {code, msg, data} results as OKX v5 batch-
              orders' sCode/sMsg (a list mixing two object shapes cannot be decoded)
        """
        return self._call(
            _BATCH_PLACE_ORDERS,
            {
                "orders": orders,
            },
            timeout,
            deadline,
        )

    def cancel_all_orders(
        self,
        *,
        symbol: str | None = None,
        type: Literal["NORMAL", "CONDITION", "STRATEGY", "ALL"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.CancelledOrder]:
        """Cancel every open order of a type (of one symbol or all).

        type NORMAL cancels open normal orders, CONDITION untriggered condition orders, STRATEGY
        running strategy orders (every open leg), ALL all of them. Answers what was cancelled.

        ``POST /v1/private/order/batch-cancel-all`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol
            type: Which orders; default ALL

        Notes:
            - seed: 'Batch cancel orders by type'. Bybit v5 POST /v5/order/cancel-all (orderFilter
              Order/StopOrder/tpslOrder; answers [{orderId, orderLinkId}]) with the seed's three
              kinds of orders as types; Binance cancels normal and algo orders with two endpoints
              (allOpenOrders, algoOpenOrders)
            - NORMAL cancels open orders (a strategy's legs among them, which ends their unit),
              CONDITION untriggered stops, STRATEGY the running strategy orders (every open leg),
              ALL the strategies and then every other open order
        """
        return self._call(
            _CANCEL_ALL_ORDERS,
            {
                "symbol": symbol,
                "type": type,
            },
            timeout,
            deadline,
        )

    def cancel_condition_order(
        self,
        *,
        symbol: str,
        condition_order_id: int | None = None,
        client_order_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ConditionOrder:
        """Cancel an untriggered condition order.

        By symbol and conditionOrderId or clientOrderId; answers it as cancelled. One that has
        triggered (or is closed) is not found.

        ``POST /v1/private/order/cancel-condition`` (signed, permission: trade)

        Args:
            symbol: Symbol
            condition_order_id: The condition order's id (``conditionOrderId``)
            client_order_id: Its client id (``clientOrderId``)

        Notes:
            - seed: 'Cancel a specified condition order'. Binance USDⓈ-M DELETE /fapi/v1/algoOrder
              (algoId or clientAlgoId) as a POST
        """
        return self._call(
            _CANCEL_CONDITION_ORDER,
            {
                "symbol": symbol,
                "conditionOrderId": condition_order_id,
                "clientOrderId": client_order_id,
            },
            timeout,
            deadline,
        )

    def cancel_order(
        self,
        *,
        symbol: str,
        order_id: int | None = None,
        client_order_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Order:
        """Cancel a normal order.

        By symbol and orderId or clientOrderId; answers the order as cancelled. An order no longer
        open: -2011.

        ``POST /v1/private/order/cancel`` (signed, permission: trade)

        Args:
            symbol: Symbol
            order_id: The order's id (``orderId``)
            client_order_id: The order's client id (``clientOrderId``)

        Notes:
            - seed: 'Cancel a specified normal order'. Binance USDⓈ-M DELETE /fapi/v1/order (symbol,
              orderId or origClientOrderId; answers the order) as a POST; a repeated cancel changes
              nothing (it answers -2011)
        """
        return self._call(
            _CANCEL_ORDER,
            {
                "symbol": symbol,
                "orderId": order_id,
                "clientOrderId": client_order_id,
            },
            timeout,
            deadline,
        )

    def close_listen_key(
        self,
        *,
        listen_key: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> dict[str, Any]:
        """Close a listenKey (and its streams).

        Invalidates the listenKey; streams connected with it are closed.

        ``DELETE /v1/private/user/listen-key`` (signed, permission: read)

        Args:
            listen_key: The listenKey to close (``listenKey``)

        Notes:
            - seed: 'Close listenKey'. Binance spot DELETE /api/v3/userDataStream and BingX DELETE
              /openApi/user/auth/userDataStream (listenKey as a query parameter; answer {})
        """
        return self._call(
            _CLOSE_LISTEN_KEY,
            {
                "listenKey": listen_key,
            },
            timeout,
            deadline,
        )

    def create_api_key(
        self,
        *,
        label: str,
        permissions: list[models.ApiKeyPermission] | None = None,
        ip_whitelist: list[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ApiKeyCreated:
        """Create an API key (its secret is answered only this once).

        Creates a key with a label, permissions (READ always; TRADE to trade) and an optional IP
        whitelist. apiSecret appears in this answer only; later listings never show it. A key bound
        to no IP expires after 90 days.

        ``POST /v1/private/user/api-key/create`` (signed, permission: jwt_only)

        Args:
            label: A name for the key
            permissions: What the key may do; READ is always included
            ip_whitelist: IPv4/IPv6 addresses the key works from (absent or empty: any, and the key
                expires after 90 days) (``ipWhitelist``)

        Notes:
            - seed: 'Create API Key; apiSecret is returned only once'. Bybit v5 POST
              /v5/user/create-sub-api (note, readOnly, ips, permissions -> apiKey, secret), with
              READ/TRADE for the seed's Read and Trade permissions; 30 IPs as Binance's API-key IP
              restriction; 90-day expiry without IP as Bybit's. Never repeated: a second key would
              be created
            - Bybit v5 create-sub-api / Binance API-key management: the key signs at once, its
              secret is in this answer only, READ is always held; key_rules apply (too many keys
              -7007, IPs -7008)
        """
        return self._call(
            _CREATE_API_KEY,
            {
                "label": label,
                "permissions": permissions,
                "ipWhitelist": ip_whitelist,
            },
            timeout,
            deadline,
        )

    def create_listen_key(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ListenKey:
        """Create a listenKey for the private WebSocket user-data stream.

        Answers a listenKey valid for 60 minutes; connect to the user-data stream with it
        (streams.user_data). When the user already has an active listenKey, that one is answered and
        its validity extended by 60 minutes.

        ``POST /v1/private/user/listen-key`` (signed, permission: read)

        Notes:
            - seed: 'Create private WebSocket authentication key'. Binance USDⓈ-M POST
              /fapi/v1/listenKey and BingX POST /openApi/user/auth/userDataStream (60 minutes; an
              active key is answered again and extended, which makes a repeat harmless)
            - Binance USDⓈ-M: 60 minutes (the stub's control surface, POST /__stub__/ws/keys,
              shortens it for tests)
        """
        return self._call(
            _CREATE_LISTEN_KEY,
            {},
            timeout,
            deadline,
        )

    def delete_all_api_keys(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ApiKeysDeleted:
        """Delete every API key of the current user.

        ``POST /v1/private/user/api-key/delete-all`` (signed, permission: jwt_only)

        Notes:
            - seed: 'Delete all API Keys of the current user'. Answer the count, as Binance USDⓈ-M's
              cancel-all answers a summary; a repeat deletes nothing more
            - every key made by create_api_key, refused from the next call on (the login session
              stays)
        """
        return self._call(
            _DELETE_ALL_API_KEYS,
            {},
            timeout,
            deadline,
        )

    def delete_api_key(
        self,
        *,
        api_key: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> dict[str, Any]:
        """Delete one API key.

        ``POST /v1/private/user/api-key/delete`` (signed, permission: jwt_only)

        Args:
            api_key: The key to delete (``apiKey``)

        Notes:
            - seed: 'Delete a specified API Key'. Bybit v5 POST /v5/user/delete-sub-api (answer {});
              not repeated: a repeat of a delete that landed answers -7006
            - Bybit v5 delete-sub-api: the key is refused from the next call on; an unknown key
              -7006
        """
        return self._call(
            _DELETE_API_KEY,
            {
                "apiKey": api_key,
            },
            timeout,
            deadline,
        )

    def exchange_agent_ticket(
        self,
        *,
        ticket: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Session:
        """Exchange an agent entrance ticket for a login session.

        An agent (a partner or broker site) hands the user a one-time entrance ticket; exchanging it
        answers a session as login does (access token, refresh-token cookie). A ticket works once.

        ``POST /v1/public/agent-sso/exchange-ticket``

        Args:
            ticket: The one-time entrance ticket the agent issued

        Notes:
            - seed: 'Exchange an agent entrance ticket for login state'. One-time ticket exchange as
              CAS service-ticket validation and OAuth 2.0 token exchange (RFC 8693); never repeated:
              a ticket is spent by its first use
            - answered by the session auth scheme (api.yaml auth.schemes.session)
        """
        return self._call(
            _EXCHANGE_AGENT_TICKET,
            {
                "ticket": ticket,
            },
            timeout,
            deadline,
        )

    def exchange_embed_token(
        self,
        *,
        embed_token: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Session:
        """Exchange a short-lived embedded-trading token for a login session.

        A page embedding the trading view passes the short-lived embed token it was given;
        exchanging it answers a session as login does. The token works once, within its short
        lifetime.

        ``POST /v1/public/agent-sso/exchange-embed-token``

        Args:
            embed_token: The short-lived embedded-trading token (``embedToken``)

        Notes:
            - seed: 'Exchange an embedded trading short-lived token for login state'. As
              exchange_agent_ticket (RFC 8693 token exchange); the parameter name embedToken follows
              the path
            - answered by the session auth scheme (api.yaml auth.schemes.session)
        """
        return self._call(
            _EXCHANGE_EMBED_TOKEN,
            {
                "embedToken": embed_token,
            },
            timeout,
            deadline,
        )

    def get_account_change_logs(
        self,
        *,
        symbol: str | None = None,
        type: models.AccountChangeType | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.AccountChangeLog]:
        """Fund movement records.

        Every change of a wallet balance, newest first: transfers, realised PnL, funding fees and
        trading fees, with the balance after it. Without startTime and endTime, the last 7 days.

        ``GET /v1/private/user/account-change-log`` (signed, permission: read)

        Args:
            symbol: Only changes of this symbol
            type: Only changes of this type
            asset: Only changes of this asset
            start_time: From this time (ms) (``startTime``)
            end_time: Up to this time (ms) (``endTime``)
            limit: Most records

        Notes:
            - seed: 'Query fund movement records' (not paginated). Binance USDⓈ-M GET
              /fapi/v1/income (incomeType, income, asset, info, time, tranId, tradeId; 7 days by
              default, limit default 100 max 1000, weight 30) with the balance after each change as
              OKX v5 GET /api/v5/account/bills (bal)
            - every balance change the simulator makes: opening balances and transfers (TRANSFER),
              realised PnL of reducing fills, trading fees (COMMISSION) and funding (FUNDING_FEE),
              with the balance after each; the 7-day default window is not applied (the whole log,
              newest first, up to limit)
        """
        return self._call(
            _GET_ACCOUNT_CHANGE_LOGS,
            {
                "symbol": symbol,
                "type": type,
                "asset": asset,
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    def get_asset_overview_summary(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.AssetOverviewSummary:
        """Asset summary metrics.

        Equity, wallet balance, unrealised PnL, available balance and position margin valued in one
        asset, with today's, 7-day and 30-day PnL.

        ``GET /v1/private/user/asset/overview/summary`` (signed, permission: read)

        Notes:
            - seed: 'Query asset summary metrics'. The asset-overview cards of Binance Futures and
              OKX (total equity, today's PnL and PnL rate, 7/30-day PnL) valued in USDT
            - valued in USDT (every stub market settles in it); PnL is the change log's realised
              PnL, funding and fees since the day's start (UTC) and over 7 and 30 days
        """
        return self._call(
            _GET_ASSET_OVERVIEW_SUMMARY,
            {},
            timeout,
            deadline,
        )

    def get_asset_overview_trend(
        self,
        *,
        period: Literal["7D", "30D", "90D"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.AssetTrendPoint]:
        """Asset trend.

        Daily equity and PnL over the period, oldest first.

        ``GET /v1/private/user/asset/overview/trend`` (signed, permission: read)

        Args:
            period: The period

        Notes:
            - seed: 'Query asset trend'. The equity curve of Binance Futures' and OKX's asset
              overview (one point a day)
            - one point per day of the period, oldest first: a past day's equity is its snapshot (or
              its closing wallet balance without one), today's is the equity now
        """
        return self._call(
            _GET_ASSET_OVERVIEW_TREND,
            {
                "period": period,
            },
            timeout,
            deadline,
        )

    def get_balance_history(
        self,
        *,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.BalanceSnapshot]:
        """Balance history (daily snapshots).

        The wallet and margin balance of each asset at the end of each day (UTC), newest first.

        ``GET /v1/private/user/balance-history`` (signed, permission: read)

        Args:
            asset: One asset; absent: every asset
            start_time: From this day (ms) (``startTime``)
            end_time: Up to this day (ms) (``endTime``)
            limit: Most snapshots

        Notes:
            - seed: 'Query balance history'. Binance GET /sapi/v1/accountSnapshot?type=FUTURES
              (daily snapshots of walletBalance and marginBalance per asset), flattened
            - one snapshot per asset at each UTC day end the stub's clock passes (taken at the first
              request after it: the wallet balance of the day's end, the unrealised PnL of that
              moment); none before the first day ends
        """
        return self._call(
            _GET_BALANCE_HISTORY,
            {
                "asset": asset,
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    def get_condition_order_history(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.ConditionOrder]:
        """Finished condition orders, a page at a time.

        Triggered, cancelled, rejected and expired condition orders, newest first.

        ``GET /v1/private/order/history-condition`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol
            start_time: Created from this time (ms) (``startTime``)
            end_time: Created up to this time (ms) (``endTime``)
            page: Page number from 1
            page_size: Records per page (``pageSize``)

        Notes:
            - seed: 'Paginate historical condition orders'. Binance USDⓈ-M GET
              /fapi/v1/allAlgoOrders, paged with page/pageSize as Binance's algo historicalOrders
            - the simulator's finished stops cannot be filtered by time: startTime and endTime are
              not applied
        """
        return self._call(
            _GET_CONDITION_ORDER_HISTORY,
            {
                "symbol": symbol,
                "startTime": start_time,
                "endTime": end_time,
                "page": page,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    def iter_get_condition_order_history(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Iterator[models.ConditionOrder]:
        """Every item of :meth:`get_condition_order_history`, fetching page after page as the iteration goes.

        Same arguments, without the page it advances itself.
        """
        return self._pages(
            _GET_CONDITION_ORDER_HISTORY,
            {
                "symbol": symbol,
                "startTime": start_time,
                "endTime": end_time,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    def get_current_funding_rates(
        self,
        *,
        symbol: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.CurrentFundingRate]:
        """Current funding rates, a page at a time.

        For each symbol (or one): mark and index price, the funding rate of the running period, the
        interest rate and the next funding time. Positive rates are paid by longs to shorts.

        ``GET /v1/public/market/funding-rate/current``

        Args:
            symbol: One symbol; absent: every symbol
            page: Page number from 1
            page_size: Records per page (``pageSize``)

        Notes:
            - seed: 'Paginate current funding rates'. Fields of Binance USDⓈ-M GET
              /fapi/v1/premiumIndex (markPrice, indexPrice, lastFundingRate, interestRate,
              nextFundingTime, time); page/pageSize as the envelope's hasNext/total
            - fundingRate is the rate the stub's funding model (stub.yaml funding) will collect at
              nextFundingTime; mark and index price are the last price
        """
        return self._call(
            _GET_CURRENT_FUNDING_RATES,
            {
                "symbol": symbol,
                "page": page,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    def iter_get_current_funding_rates(
        self,
        *,
        symbol: str | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Iterator[models.CurrentFundingRate]:
        """Every item of :meth:`get_current_funding_rates`, fetching page after page as the iteration goes.

        Same arguments, without the page it advances itself.
        """
        return self._pages(
            _GET_CURRENT_FUNDING_RATES,
            {
                "symbol": symbol,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    def get_favorite_symbols(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FavoriteSymbols:
        """Favourite symbols.

        ``GET /v1/private/user/favorite-symbols`` (signed, permission: read)

        Notes:
            - seed: 'Query favorite symbols'; the answer of save_favorite_symbols
        """
        return self._call(
            _GET_FAVORITE_SYMBOLS,
            {},
            timeout,
            deadline,
        )

    def get_funding_rate_config(
        self,
        *,
        symbol: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.FundingRateConfig]:
        """Funding rate configuration.

        The funding interval, the cap and floor of the funding rate and the interest rate of each
        symbol (or one).

        ``GET /v1/public/market/funding-rate``

        Args:
            symbol: One symbol; absent: every symbol

        Notes:
            - seed: 'Query funding rate configuration'. Binance USDⓈ-M GET /fapi/v1/fundingInfo
              (adjustedFundingRateCap/Floor, fundingIntervalHours) with the interest rate of GET
              /fapi/v1/premiumIndex
        """
        return self._call(
            _GET_FUNDING_RATE_CONFIG,
            {
                "symbol": symbol,
            },
            timeout,
            deadline,
        )

    def get_funding_rate_history(
        self,
        *,
        symbol: str,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.FundingRateRecord]:
        """Funding rate history of one symbol.

        The rates collected at each funding time, newest first, within an optional time window.

        ``GET /v1/public/market/funding-rate/history``

        Args:
            symbol: Symbol
            start_time: From this time (ms) (``startTime``)
            end_time: Up to this time (ms) (``endTime``)
            limit: Most records

        Notes:
            - seed: 'Query funding rate history' (not paginated). Binance USDⓈ-M GET
              /fapi/v1/fundingRate (symbol, startTime, endTime, limit default 100 max 1000;
              fundingRate, fundingTime, markPrice)
        """
        return self._call(
            _GET_FUNDING_RATE_HISTORY,
            {
                "symbol": symbol,
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    def get_klines(
        self,
        *,
        symbol: str,
        interval: Literal["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
        price_type: Literal["TRADE", "INDEX", "MARK"] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Kline]:
        """Klines of the trade, index or mark price.

        Candles of one symbol, oldest first, of the last trade price (TRADE), the index price
        (INDEX) or the mark price (MARK). Index and mark klines have volume 0.

        ``GET /v1/public/market/klines``

        Args:
            symbol: Symbol
            interval: Candle length
            price_type: Which price the candles draw (``priceType``)
            start_time: Candles opening from this time (ms) (``startTime``)
            end_time: Candles opening up to this time (ms) (``endTime``)
            limit: Most candles

        Notes:
            - one endpoint for three prices as Bitget v2 candles' kLineType (MARKET/MARK/INDEX);
              Binance has /klines, /indexPriceKlines and /markPriceKlines
            - seed: 'Query trade price, index price, or mark price Klines'. Binance USDⓈ-M GET
              /fapi/v1/klines (intervals, limit default 500 max 1500, weight up to 5 at 500) with
              candles as objects rather than Binance's arrays, as camelCase APIs answer them
            - every priceType draws the last price (the simulator's mark and index prices are its
              last price), with its volume
        """
        return self._call(
            _GET_KLINES,
            {
                "symbol": symbol,
                "interval": interval,
                "priceType": price_type,
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    def get_open_condition_orders(
        self,
        *,
        symbol: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.ConditionOrder]:
        """Untriggered condition orders.

        ``GET /v1/private/order/current-condition`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol

        Notes:
            - seed: 'Query current untriggered condition orders'. Binance USDⓈ-M GET
              /fapi/v1/openAlgoOrders
        """
        return self._call(
            _GET_OPEN_CONDITION_ORDERS,
            {
                "symbol": symbol,
            },
            timeout,
            deadline,
        )

    def get_open_orders(
        self,
        *,
        symbol: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Order]:
        """Open normal orders.

        ``GET /v1/private/order/current`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol

        Notes:
            - seed: 'Query current normal pending orders'. Binance USDⓈ-M GET /fapi/v1/openOrders
        """
        return self._call(
            _GET_OPEN_ORDERS,
            {
                "symbol": symbol,
            },
            timeout,
            deadline,
        )

    def get_order(
        self,
        *,
        symbol: str,
        order_id: int | None = None,
        client_order_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Order:
        """One normal order, by symbol and orderId or clientOrderId.

        Open or finished; one of orderId and clientOrderId is needed (orderId wins when both are
        sent).

        ``GET /v1/private/order`` (signed, permission: trade)

        Args:
            symbol: Symbol
            order_id: The order's id (``orderId``)
            client_order_id: The order's client id (``clientOrderId``)

        Notes:
            - seed: 'Exact query by symbol + orderId/clientOrderId'. Binance USDⓈ-M GET
              /fapi/v1/order (symbol, orderId or origClientOrderId) with the clientOrderId name of
              its answer
        """
        return self._call(
            _GET_ORDER,
            {
                "symbol": symbol,
                "orderId": order_id,
                "clientOrderId": client_order_id,
            },
            timeout,
            deadline,
        )

    def get_order_history(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Order]:
        """Finished normal orders, a page at a time.

        Filled, cancelled, rejected and expired orders, newest first.

        ``GET /v1/private/order/history`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol
            start_time: Orders created from this time (ms) (``startTime``)
            end_time: Orders created up to this time (ms) (``endTime``)
            page: Page number from 1
            page_size: Records per page (``pageSize``)

        Notes:
            - seed: 'Paginate historical normal orders'. Binance USDⓈ-M GET /fapi/v1/allOrders
              (weight 5) for the records, paged with page/pageSize as Binance's algo
              historicalOrders (page, pageSize max 100)
        """
        return self._call(
            _GET_ORDER_HISTORY,
            {
                "symbol": symbol,
                "startTime": start_time,
                "endTime": end_time,
                "page": page,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    def iter_get_order_history(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Iterator[models.Order]:
        """Every item of :meth:`get_order_history`, fetching page after page as the iteration goes.

        Same arguments, without the page it advances itself.
        """
        return self._pages(
            _GET_ORDER_HISTORY,
            {
                "symbol": symbol,
                "startTime": start_time,
                "endTime": end_time,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    def get_pnl_leaderboard(
        self,
        *,
        period: Literal["7D", "30D", "90D"] | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.LeaderboardEntry]:
        """PnL leaderboard over 7, 30 or 90 days.

        The traders with the largest PnL over the period, ranked, with their ROI.

        ``GET /v1/public/leaderboard/pnl``

        Args:
            period: The period ranked
            limit: Most entries

        Notes:
            - seed: 'Query 7 / 30 / 90 day PnL leaderboard'. The Binance Futures leaderboard (rank,
              nickName, pnl, roi by WEEKLY/MONTHLY period, ranked by PNL); nicknames, not user ids,
              are public
            - every simulated account (the market maker's aside), ranked by realised PnL, funding
              and fees over the period plus unrealised PnL now (Binance Futures leaderboard: PnL and
              ROI); the nickname is the login name, roi over the equity the period began with
        """
        return self._call(
            _GET_PNL_LEADERBOARD,
            {
                "period": period,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    def get_position_history(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.PositionHistory]:
        """Closed positions and their close records.

        Positions closed (fully), newest first, with entry and average close price, the largest
        size, realised PnL, fees and funding, and how they closed; closeRecords lists each reducing
        fill.

        ``GET /v1/private/position/history`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol
            start_time: Closed from this time (ms) (``startTime``)
            end_time: Closed up to this time (ms) (``endTime``)
            limit: Most positions

        Notes:
            - seed: 'Query historical positions and close records' (not paginated). OKX v5 GET
              /api/v5/account/positions-history (openAvgPx, closeAvgPx, closeTotalPos, realizedPnl,
              fee, fundingFee, type 1-5 how it closed; limit default 100) with Bybit v5 GET
              /v5/position/closed-pnl records as closeRecords
            - closeRecords are the position's reducing fills (oldest first) and fundingFee the
              funding it received while open (negative: paid); closePrice is the last reducing
              fill's price, not an average
        """
        return self._call(
            _GET_POSITION_HISTORY,
            {
                "symbol": symbol,
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    def get_position_settings(
        self,
        *,
        symbol: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PositionSettings:
        """Leverage and margin mode of a symbol.

        ``GET /v1/private/position/settings`` (signed, permission: trade)

        Args:
            symbol: Symbol

        Notes:
            - seed: 'Query leverage and margin mode for a symbol'. Binance USDⓈ-M GET
              /fapi/v1/symbolConfig (symbol, marginType, leverage)
            - the account's choice for the symbol (set_leverage, set_margin_mode), else the symbol's
              default (20x, CROSS), with or without a position
        """
        return self._call(
            _GET_POSITION_SETTINGS,
            {
                "symbol": symbol,
            },
            timeout,
            deadline,
        )

    def get_positions(
        self,
        *,
        symbol: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Position]:
        """Current positions.

        Open positions (of one symbol or all) with entry and mark price, margin, unrealised and
        realised PnL, and liquidation price.

        ``GET /v1/private/position/positions`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol

        Notes:
            - seed: 'Query current positions'. Binance USDⓈ-M GET /fapi/v3/positionRisk
              (positionAmt, entryPrice, markPrice, unRealizedProfit, liquidationPrice,
              isolatedMargin, notional, maintMargin; weight 5) with a side and an unsigned quantity
              as Bybit v5 position/list, and realised PnL as Bybit's cumRealisedPnl
            - realizedPnl is net of the position's fees; the simulator's mark price is its last
              price, its liquidation price the bankruptcy price (no maintenance margin is
              simulated); notional at the entry price
        """
        return self._call(
            _GET_POSITIONS,
            {
                "symbol": symbol,
            },
            timeout,
            deadline,
        )

    def get_server_time(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ServerTime:
        """Server time.

        The server's clock in milliseconds; signed requests must carry a timestamp within 5 s of it.

        ``GET /v1/time``

        Notes:
            - Binance USDⓈ-M GET /fapi/v1/time ({serverTime})
        """
        return self._call(
            _GET_SERVER_TIME,
            {},
            timeout,
            deadline,
        )

    def get_strategy_order(
        self,
        *,
        symbol: str | None = None,
        strategy_id: int | None = None,
        client_strategy_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.StrategyOrder:
        """A strategy order and its legs.

        By strategyId or clientStrategyId; each leg with its order or condition order id and status.

        ``GET /v1/private/order/strategy`` (signed, permission: trade)

        Args:
            symbol: Symbol
            strategy_id: The strategy's id (``strategyId``)
            client_strategy_id: Its client id (``clientStrategyId``)

        Notes:
            - seed: 'Query strategy order and sub-orders'. Binance spot GET /api/v3/orderList
              (orderListId or origClientOrderId; orders of the list)
        """
        return self._call(
            _GET_STRATEGY_ORDER,
            {
                "symbol": symbol,
                "strategyId": strategy_id,
                "clientStrategyId": client_strategy_id,
            },
            timeout,
            deadline,
        )

    def get_symbols(
        self,
        *,
        symbol: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.SymbolsInfo:
        """Symbols, trading rules and fee tiers.

        Every perpetual symbol (or one) with its status, precisions, tick and step sizes, quantity
        and notional limits, leverage and maintenance margin, and the fee tiers by 30-day volume.

        ``GET /v1/public/market/symbols``

        Args:
            symbol: One symbol; absent: every symbol

        Notes:
            - seed: 'Get symbols, trading rules, and fee tier configuration'. Binance USDⓈ-M GET
              /fapi/v1/exchangeInfo (its PRICE_FILTER/LOT_SIZE/MIN_NOTIONAL filters flattened into
              fields, as Bybit v5 instruments-info's priceFilter/lotSizeFilter); fee tiers as
              Binance's VIP table (30-day volume -> maker/taker rates)
            - every account of the stub trades at its market's tier-0 rates (the simulator has no
              fee tiers: stub-simulator.yaml.pending)
        """
        return self._call(
            _GET_SYMBOLS,
            {
                "symbol": symbol,
            },
            timeout,
            deadline,
        )

    def get_trade_overview(
        self,
        *,
        period: Literal["7D", "30D", "90D"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.TradeOverview:
        """PnL, volume and asset trend over a period.

        Totals over the period (PnL split into realised PnL, funding and fees; volume; win rate) and
        a daily trend of PnL, volume and equity.

        ``GET /v1/private/user/trade-overview`` (signed, permission: read)

        Args:
            period: The period

        Notes:
            - seed: 'Query PnL, volume, and asset trend'. The PnL analysis pages of Binance Futures
              and Bybit (7/30/90-day totals, daily PnL and cumulative PnL, win rate)
            - from the account's change log (realised PnL, funding, fees) and fills over the
              period's days (today included), valued in USDT (every stub market settles in it);
              tradeCount counts fills
        """
        return self._call(
            _GET_TRADE_OVERVIEW,
            {
                "period": period,
            },
            timeout,
            deadline,
        )

    def get_trades(
        self,
        *,
        symbol: str | None = None,
        order_id: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Trade]:
        """The account's trades (fills), a page at a time.

        Fills of the account's orders, newest first, with fee and realised PnL.

        ``GET /v1/private/order/trades`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol
            order_id: Fills of this order only (``orderId``)
            start_time: From this time (ms) (``startTime``)
            end_time: Up to this time (ms) (``endTime``)
            page: Page number from 1
            page_size: Records per page (``pageSize``)

        Notes:
            - seed: 'Paginate trade records'. Binance USDⓈ-M GET /fapi/v1/userTrades (id, orderId,
              side, price, qty, quoteQty, commission, commissionAsset, realizedPnl, maker, time;
              weight 5), paged with page/pageSize
            - the simulator keeps no quote quantity or realised PnL per fill: quoteQty and
              realizedPnl are left out
        """
        return self._call(
            _GET_TRADES,
            {
                "symbol": symbol,
                "orderId": order_id,
                "startTime": start_time,
                "endTime": end_time,
                "page": page,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    def iter_get_trades(
        self,
        *,
        symbol: str | None = None,
        order_id: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Iterator[models.Trade]:
        """Every item of :meth:`get_trades`, fetching page after page as the iteration goes.

        Same arguments, without the page it advances itself.
        """
        return self._pages(
            _GET_TRADES,
            {
                "symbol": symbol,
                "orderId": order_id,
                "startTime": start_time,
                "endTime": end_time,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    def get_user_assets(
        self,
        *,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.AssetBalance]:
        """Wallet balances and margin usage.

        Per asset: wallet balance, the part available, margin held by positions and by open orders,
        unrealised PnL, margin balance (wallet balance + unrealised PnL) and the amount that can be
        withdrawn.

        ``GET /v1/private/user/asset`` (signed, permission: read)

        Args:
            asset: One asset; absent: every asset

        Notes:
            - seed: 'Query wallet balance and margin usage'. Binance USDⓈ-M GET /fapi/v3/balance and
              /fapi/v3/account assets (walletBalance, unrealizedProfit, marginBalance,
              positionInitialMargin, openOrderInitialMargin, availableBalance, maxWithdrawAmount;
              weight 5)
        """
        return self._call(
            _GET_USER_ASSETS,
            {
                "asset": asset,
            },
            timeout,
            deadline,
        )

    def get_user_info(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.UserInfo:
        """Current user profile.

        The user's id, names, fee tier and rates, and whether trading is enabled.

        ``GET /v1/private/user/info`` (signed, permission: read)

        Notes:
            - seed: 'Query current user profile'. Fields of a web profile plus Bybit v5 GET
              /v5/user/query-api (uid, vipLevel) and Binance USDⓈ-M GET /fapi/v1/commissionRate
              (maker/taker rates)
            - the username is the account's login name; every account of the stub trades at tier 0
              (Binance USDⓈ-M VIP0 rates, as get_symbols' feeTiers); nickname, email and createTime
              are left out (the simulator keeps no profile)
        """
        return self._call(
            _GET_USER_INFO,
            {},
            timeout,
            deadline,
        )

    def get_version(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.VersionInfo:
        """Service version.

        The version of the running service, with its build time and commit.

        ``GET /v1/version``

        Notes:
            - seed: 'Get service version information'. No perpetual API publishes one; fields of a
              Spring Boot /actuator/info build section (version, time) and a commit id
            - a constant: the stub's answer is the documented example (a running service's version
              does not change with its state)
        """
        return self._call(
            _GET_VERSION,
            {},
            timeout,
            deadline,
        )

    def get_volume_stats(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.VolumeStats:
        """30-day trading volume and fees.

        Volume (quote asset) and fees over the last 30 days, maker and taker apart, per day, and the
        fee tier they give.

        ``GET /v1/private/user/volume-stats`` (signed, permission: read)

        Notes:
            - seed: 'Query recent 30-day trading volume and fees'. The 30-day volume that sets the
              fee tier on Binance's and Bybit's VIP pages, with the daily breakdown of Binance's
              futures trade-volume chart
            - from the account's own fills over the last 30 days (today included); the stub's
              accounts stay at tier 0 whatever their volume (VIP0 rates of get_symbols' feeTiers)
        """
        return self._call(
            _GET_VOLUME_STATS,
            {},
            timeout,
            deadline,
        )

    def list_api_keys(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.ApiKeyInfo]:
        """The current user's API keys (without secrets).

        ``GET /v1/private/user/api-key/list`` (signed, permission: jwt_only)

        Notes:
            - seed: 'Query current user's API Keys'. Bybit v5 GET /v5/user/query-api fields (apiKey,
              note, permissions, ips, createdAt, expiredAt), secret left out
            - Bybit v5 query-api: the keys made by create_api_key, oldest first, never with a secret
              (the demo keys of stub.yaml hold the login and are not listed)
        """
        return self._call(
            _LIST_API_KEYS,
            {},
            timeout,
            deadline,
        )

    def login(
        self,
        *,
        username: str,
        password: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Session:
        """Log in with username and password (JWT access token).

        Answers an access token (a JWT, sent as "Authorization: Bearer <accessToken>") and sets the
        refresh token in an HttpOnly cookie (refreshToken). The access token expires after expiresIn
        seconds; refresh_token renews it.

        ``POST /v1/public/user/login``

        Args:
            username: Login name
            password: Password

        Notes:
            - seed: 'Use username and password to obtain accessToken'. Body and answer as OAuth 2.0
              token responses (RFC 6749 5.1: access_token, token_type Bearer, expires_in) in
              camelCase; 15-minute tokens with a cookie-held refresh token, the common SPA pattern.
              Retrying a login is harmless (a second session). The Set-Cookie answer header is
              pending (auth-session.yaml.pending)
            - answered by the session auth scheme (api.yaml auth.schemes.session)
        """
        return self._call(
            _LOGIN,
            {
                "username": username,
                "password": password,
            },
            timeout,
            deadline,
        )

    def logout(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> dict[str, Any]:
        """Log out (clear the login session).

        Revokes the session's refresh token and clears its cookie; the access token stops working.
        Needs the JWT and the refresh-token cookie (seed: "JWT + Cookie").

        ``POST /v1/private/user/logout`` (signed, permission: jwt_only)

        Notes:
            - seed: 'Clear login state', permission 'JWT + Cookie'. Refresh-token revocation (RFC
              7009) and an expiring Set-Cookie; the cookie is pending (auth-session.yaml.pending)
            - answered by the session auth scheme (api.yaml auth.schemes.session): the refresh
              cookie and the token it was issued with are revoked
        """
        return self._call(
            _LOGOUT,
            {},
            timeout,
            deadline,
        )

    def place_condition_order(
        self,
        *,
        symbol: str,
        side: models.OrderSide,
        type: models.ConditionOrderType,
        quantity: DecimalLike | None = None,
        price: DecimalLike | None = None,
        trigger_price: DecimalLike | None = None,
        trigger_price_type: models.TriggerPriceType | None = None,
        activation_price: DecimalLike | None = None,
        callback_rate: DecimalLike | None = None,
        time_in_force: models.TimeInForce | None = None,
        reduce_only: bool | None = None,
        close_position: bool | None = None,
        client_order_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ConditionOrder:
        """Place a condition order (stop loss, take profit, trailing stop).

        Waits untriggered until its trigger price (the mark price by default) is reached, then
        places a normal order (a market order for *_MARKET types, a limit order at price for STOP
        and TAKE_PROFIT). STOP types trigger when the price moves against the side (a SELL stop
        below the market), TAKE_PROFIT types when it moves with it. TRAILING_STOP_MARKET follows the
        best price since activationPrice (or placement) and triggers when the price retraces by
        callbackRate percent. closePosition closes the whole position whatever its size when it
        triggers (no quantity then).

        ``POST /v1/private/order/place-condition`` (signed, permission: trade)

        Args:
            symbol: Symbol
            side: Side of the order it places
            type: Condition order type
            quantity: Quantity; not with closePosition
            price: Limit price of the order placed (STOP and TAKE_PROFIT)
            trigger_price: Trigger price (all types but TRAILING_STOP_MARKET) (``triggerPrice``)
            trigger_price_type: The price compared with triggerPrice; default MARK_PRICE
                (``triggerPriceType``)
            activation_price: TRAILING_STOP_MARKET: start trailing once the price reaches this
                (default: at once) (``activationPrice``)
            callback_rate: TRAILING_STOP_MARKET: retracement in percent that triggers it, 0.1 to 10
                (1 = 1%) (``callbackRate``)
            time_in_force: STOP and TAKE_PROFIT: of the limit order placed; default GTC
                (``timeInForce``)
            reduce_only: The order placed only reduces the position (``reduceOnly``)
            close_position: Close the whole position when triggered (STOP_MARKET and
                TAKE_PROFIT_MARKET) (``closePosition``)
            client_order_id: The caller's id, unique per account (``clientOrderId``)

        Lost answers:
            The client makes a `clientOrderId` when none is given, the same for every attempt. The
            exchange may place a repeated order again, so a lost answer (dropped connection,
            timeout, 5xx, unreadable body) is never simply retried: 5s after sending, the client
            looks the order(s) up by that id (get_open_condition_orders,
            get_condition_order_history) and returns what it finds; an order is sent again only when
            the lookup shows it was not placed, and OutcomeUnknownError (with the ids) is raised
            when that cannot be told by the deadline.

        Notes:
            - no published word on repeated client ids: Binance USDⓈ-M refuses one only while the
              first order is open (-4116) and Bybit v5 always, so neither refusal nor replay is
              relied on: a lost answer is looked up by the id (open orders, then the newest 100 of
              the history) once the 5 s signing window has passed, after which the server refuses
              the first request
            - Binance USDⓈ-M workingType (MARK_PRICE, CONTRACT_PRICE) and Bybit v5 triggerBy
              (LastPrice, IndexPrice, MarkPrice); default MARK_PRICE as the issue asks for mark-
              price triggers (Binance's default is CONTRACT_PRICE)
            - seed: 'Stop loss, take profit, trailing stop, and other condition orders'. Binance
              USDⓈ-M POST /fapi/v1/algoOrder (algoType CONDITIONAL; type
              STOP_MARKET/TAKE_PROFIT_MARKET/STOP/TAKE_PROFIT/TRAILING_STOP_MARKET; triggerPrice,
              workingType, activatePrice, callbackRate 0.1-10, closePosition, reduceOnly,
              clientAlgoId) with its algoId named conditionOrderId
            - STOP/TAKE_PROFIT become the simulator's stop orders, whose trigger direction is chosen
              against the price they watch (triggerPriceType: the stub's own mark price,
              stub.mark_price, its index price or the last price); the order a triggered condition
              order places keeps its id (orderId = conditionOrderId). The type answered is read back
              from side and trigger direction. TRAILING_STOP_MARKET trails the best watched price
              from activationPrice and places a market order on a callbackRate percent retrace
              (Binance USDⓈ-M TRAILING_STOP_MARKET); closePosition is a reduce-only stop sized to
              the whole position when it triggers (Binance closePosition)
        """
        return self._call(
            _PLACE_CONDITION_ORDER,
            {
                "symbol": symbol,
                "side": side,
                "type": type,
                "quantity": quantity,
                "price": price,
                "triggerPrice": trigger_price,
                "triggerPriceType": trigger_price_type,
                "activationPrice": activation_price,
                "callbackRate": callback_rate,
                "timeInForce": time_in_force,
                "reduceOnly": reduce_only,
                "closePosition": close_position,
                "clientOrderId": client_order_id,
            },
            timeout,
            deadline,
        )

    def place_order(
        self,
        *,
        symbol: str,
        side: models.OrderSide,
        type: models.OrderType,
        quantity: DecimalLike,
        price: DecimalLike | None = None,
        time_in_force: models.TimeInForce | None = None,
        reduce_only: bool | None = None,
        client_order_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Order:
        """Place a limit or market order.

        A LIMIT order needs price (timeInForce GTC by default; POST_ONLY is refused rather than
        taking liquidity); a MARKET order takes quantity only. reduceOnly orders only reduce the
        position (and are cut to it). clientOrderId must be unique per account: a repeat is refused
        (-4116).

        ``POST /v1/private/order/place`` (signed, permission: trade)

        Args:
            symbol: Symbol
            side: Side
            type: Order type
            quantity: Quantity (base asset, a multiple of stepSize)
            price: Limit price (LIMIT only; a multiple of tickSize)
            time_in_force: LIMIT only; default GTC (``timeInForce``)
            reduce_only: Only reduce the position (``reduceOnly``)
            client_order_id: The caller's id, unique per account: [A-Za-z0-9._:/-]{1,36}
                (``clientOrderId``)

        Lost answers:
            The client makes a `clientOrderId` when none is given, the same for every attempt. The
            exchange may place a repeated order again, so a lost answer (dropped connection,
            timeout, 5xx, unreadable body) is never simply retried: 5s after sending, the client
            looks the order(s) up by that id (get_open_orders, get_order_history) and returns what
            it finds; an order is sent again only when the lookup shows it was not placed, and
            OutcomeUnknownError (with the ids) is raised when that cannot be told by the deadline.

        Notes:
            - no published word on repeated client ids: Binance USDⓈ-M refuses one only while the
              first order is open (-4116) and Bybit v5 always, so neither refusal nor replay is
              relied on: a lost answer is looked up by the id (open orders, then the newest 100 of
              the history) once the 5 s signing window has passed, after which the server refuses
              the first request
            - Binance USDⓈ-M newClientOrderId pattern ^[.A-Z:/a-z0-9_-]{1,36}$
            - seed: 'Limit or market order'. Binance USDⓈ-M POST /fapi/v1/order (symbol, side, type,
              quantity, price, timeInForce GTC/IOC/FOK/GTX, reduceOnly, newClientOrderId; weight 0
              on IP, 1 on each order limit) in a JSON body; GTX named POST_ONLY as Bybit v5
              timeInForce PostOnly
            - margin (price x quantity / the account's leverage in the symbol) is held from
              placement; fees in USDT (every stub symbol is USDT-margined)
        """
        return self._call(
            _PLACE_ORDER,
            {
                "symbol": symbol,
                "side": side,
                "type": type,
                "quantity": quantity,
                "price": price,
                "timeInForce": time_in_force,
                "reduceOnly": reduce_only,
                "clientOrderId": client_order_id,
            },
            timeout,
            deadline,
        )

    def place_strategy_order(
        self,
        *,
        symbol: str,
        strategy_type: models.StrategyType,
        working: models.StrategyLegRequest | None = None,
        pending: models.StrategyLegRequest | None = None,
        pending_above: models.StrategyLegRequest | None = None,
        pending_below: models.StrategyLegRequest | None = None,
        client_strategy_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.StrategyOrder:
        """Place a strategy order (OTO, OCO or OTOCO).

        OTO: a working order and a pending order placed when the working order is fully filled. OCO:
        two orders (pendingAbove above the market, pendingBelow below it) where one filling or
        triggering cancels the other. OTOCO: a working order whose fill places an OCO pair. The legs
        are placed, triggered and cancelled as one unit (cancelling the strategy cancels every open
        leg). Legs are normal orders (LIMIT, MARKET) or condition orders (STOP, STOP_MARKET,
        TAKE_PROFIT, TAKE_PROFIT_MARKET); the working order is LIMIT or MARKET.

        ``POST /v1/private/order/place-strategy`` (signed, permission: trade)

        Args:
            symbol: Symbol of every leg
            strategy_type: Strategy type (``strategyType``)
            working: OTO and OTOCO: the working order
            pending: OTO: the order placed when the working order fills
            pending_above: OCO and OTOCO: the leg above the market (a SELL's take profit, a BUY's
                stop) (``pendingAbove``)
            pending_below: OCO and OTOCO: the leg below the market (a SELL's stop, a BUY's take
                profit) (``pendingBelow``)
            client_strategy_id: The caller's id for the strategy, unique per account
                (``clientStrategyId``)

        Lost answers:
            The client makes a `clientStrategyId` when none is given, the same for every attempt.
            The exchange answers a repeated one with the order already placed, so a lost answer is
            retried.

        Notes:
            - seed: 'OTO / OCO / OTOCO strategy order'. Binance spot order lists POST
              /api/v3/orderList/oto, /oco and /otoco (working*, pending*, pendingAbove*,
              pendingBelow* parameters; listClientOrderId; orderListId, contingencyType,
              listOrderStatus EXECUTING/ALL_DONE/REJECT) as one endpoint with a strategyType and
              legs as JSON objects; each leg counts as an order against the order limits (cost 2,
              one more per leg is not expressible); no published word on a repeated
              clientStrategyId: a repeat is answered with the unit already placed (retry.duplicates
              replay), so a resend after a lost answer is safe without a lookup (units are not
              listed, so none could find one)
            - Binance order lists: OTO places the pending leg when the working leg fills completely;
              OCO legs (one side, pendingAbove's price above pendingBelow's) cancel each other when
              one fills or triggers (or is cancelled); OTOCO places the OCO pair when the working
              leg fills; a working leg that ends unfilled cancels the legs waiting for it. STOP legs
              trigger against their side (a SELL stop below the market), TAKE_PROFIT legs with it,
              as condition orders do. A malformed unit (missing or extra legs for its type, a stop
              working leg, an OCO pair on two sides or upside down) or a first leg refused is
              refused whole; a released leg refused is REJECTED and cancels its sibling.
              runtime/sim/strategies.py
        """
        return self._call(
            _PLACE_STRATEGY_ORDER,
            {
                "symbol": symbol,
                "strategyType": strategy_type,
                "working": working,
                "pending": pending,
                "pendingAbove": pending_above,
                "pendingBelow": pending_below,
                "clientStrategyId": client_strategy_id,
            },
            timeout,
            deadline,
        )

    def refresh_token(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Session:
        """Renew the access token with the refresh-token cookie.

        Reads the refreshToken cookie set by login, answers a new access token and rotates the
        cookie. Without a valid cookie: -7003 (log in again).

        ``POST /v1/public/user/refresh-token``

        Notes:
            - seed: 'Refresh login state via Cookie'. Refresh-token rotation as OAuth 2.0 for
              browser apps recommends it; the cookie parameter is pending (auth-
              session.yaml.pending: the format has no cookie parameters)
            - answered by the session auth scheme (api.yaml auth.schemes.session)
        """
        return self._call(
            _REFRESH_TOKEN,
            {},
            timeout,
            deadline,
        )

    def renew_listen_key(
        self,
        *,
        listen_key: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ListenKey:
        """Extend a listenKey's validity by 60 minutes.

        A stream whose listenKey is not renewed closes 60 minutes after the last renewal (a
        listenKeyExpired event first). Renew about every 30 minutes. An unknown or expired key:
        -1125.

        ``PUT /v1/private/user/listen-key`` (signed, permission: read)

        Args:
            listen_key: The listenKey to renew (``listenKey``)

        Notes:
            - seed: 'Extend listenKey validity'. Binance spot PUT /api/v3/userDataStream and BingX
              PUT /openApi/user/auth/userDataStream (listenKey as a query parameter; Binance USDⓈ-M
              takes none and renews the key of the API key); answer {listenKey} as Binance USDⓈ-M's
        """
        return self._call(
            _RENEW_LISTEN_KEY,
            {
                "listenKey": listen_key,
            },
            timeout,
            deadline,
        )

    def save_favorite_symbols(
        self,
        *,
        symbols: list[str],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FavoriteSymbols:
        """Overwrite the favourite symbols.

        Replaces the user's favourite symbols with this list (in this order) and answers it.

        ``POST /v1/private/user/favorite-symbols`` (signed, permission: read)

        Args:
            symbols: The favourite symbols, in order (an empty list clears them)

        Notes:
            - seed: 'Overwrite favorite symbols' with permission Read (as the seed says, though it
              writes). A whole-list PUT-like overwrite, so a repeat is harmless; 100 at most is our
              choice
            - each symbol must be listed (-1121); repeats are kept once
        """
        return self._call(
            _SAVE_FAVORITE_SYMBOLS,
            {
                "symbols": symbols,
            },
            timeout,
            deadline,
        )

    def set_leverage(
        self,
        *,
        symbol: str,
        leverage: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PositionSettings:
        """Set a symbol's leverage.

        From 1 to the symbol's maxLeverage; applies to the position and to new orders.

        ``POST /v1/private/position/leverage`` (signed, permission: trade)

        Args:
            symbol: Symbol
            leverage: Leverage

        Notes:
            - seed: 'Set symbol leverage'. Binance USDⓈ-M POST /fapi/v1/leverage (leverage 1 to 125;
              -4028 when out of range)
            - maxLeverage is left out (the simulator answers the leverage and mode chosen)
        """
        return self._call(
            _SET_LEVERAGE,
            {
                "symbol": symbol,
                "leverage": leverage,
            },
            timeout,
            deadline,
        )

    def set_margin_mode(
        self,
        *,
        symbol: str,
        margin_mode: models.MarginMode,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PositionSettings:
        """Switch a symbol between isolated and cross margin.

        Refused while the symbol has a position or open orders (-4048, -4047); setting the mode it
        already has answers -4046.

        ``POST /v1/private/position/margin-mode`` (signed, permission: trade)

        Args:
            symbol: Symbol
            margin_mode: Margin mode (``marginMode``)

        Notes:
            - seed: 'Switch isolated / cross margin'. Binance USDⓈ-M POST /fapi/v1/marginType
              (ISOLATED/CROSSED, -4046/-4047/-4048) answering the settings as GET
              /fapi/v1/symbolConfig; CROSS as OKX v5 mgnMode cross and Bybit v5 tradeMode
        """
        return self._call(
            _SET_MARGIN_MODE,
            {
                "symbol": symbol,
                "marginMode": margin_mode,
            },
            timeout,
            deadline,
        )

    def update_api_key(
        self,
        *,
        api_key: str,
        label: str | None = None,
        permissions: list[models.ApiKeyPermission] | None = None,
        ip_whitelist: list[str] | None = None,
        status: models.ApiKeyStatus | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ApiKeyInfo:
        """Update an API key's label, permissions, IP whitelist or status.

        Fields left out keep their value; ipWhitelist replaces the whole list. A DISABLED key is
        refused until enabled again.

        ``PUT /v1/private/user/api-key/update`` (signed, permission: jwt_only)

        Args:
            api_key: The key to update (``apiKey``)
            label: New name
            permissions: New permissions (READ is always kept)
            ip_whitelist: New IP whitelist (replaces the old one) (``ipWhitelist``)
            status: Enable or disable the key

        Notes:
            - seed: 'Update label, permissions, IP whitelist, and status'. Bybit v5 POST
              /v5/user/update-api (fields replace the old values, so a repeat is harmless), with an
              ENABLED/DISABLED status as Binance's API-key management page
            - Bybit v5 update-api (given fields replace the old ones) with Binance's enable/disable:
              the next signed call sees the change; a DISABLED key is refused with -7009, an unknown
              key -7006
        """
        return self._call(
            _UPDATE_API_KEY,
            {
                "apiKey": api_key,
                "label": label,
                "permissions": permissions,
                "ipWhitelist": ip_whitelist,
                "status": status,
            },
            timeout,
            deadline,
        )


class AsyncClient(AsyncAPIClient):
    """Asynchronous client of the Perp v1 REST API.

    Args:
        api_key: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_PERP_V1_API_KEY` environment variable.
        api_secret: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_PERP_V1_API_SECRET` environment variable.
        username: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_PERP_V1_USERNAME` environment variable.
        password: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_PERP_V1_PASSWORD` environment variable.
        base_url: server to talk to; overrides `environment`.
        environment: one of live (default: the
            `EXCHANGE_BINDINGS_PERP_V1_ENVIRONMENT` environment variable, else live).
        timeout: seconds (or an `httpx.Timeout`) per attempt; a call's `timeout` overrides it.
        http_client: an `httpx.AsyncClient` of your own (proxies, limits, transports); not closed by `close()`.
        max_retries: retries after the first attempt; default from the spec's retry policy.
        deadline: seconds a call may take across all attempts, waits and lookups, however slowly
            the server answers; default from the spec; a call's `deadline` overrides it.
        rate_limits: pace calls by the spec's rate-limit buckets (shared by every client of this
            process on the same host with the same key); False leaves pacing to you.
        on_limit_wait: called with a `LimitWait` whenever a bucket holds a call back.
        on_retry: called with a `RetryEvent` before each retry.
        strict: refuse a response value the spec does not list for an enumerated field (a `DecodeError`);
            by default it is kept and reported once (an `UnknownValueWarning`).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        environment: Literal["live"] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        rate_limits: bool = True,
        on_limit_wait: LimitWaitHook | None = None,
        on_retry: RetryHook | None = None,
        strict: bool = False,
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
            CONFIG,
            _OPERATIONS,
            credentials,
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            deadline=deadline,
            rate_limits=rate_limits,
            on_limit_wait=on_limit_wait,
            on_retry=on_retry,
            strict=strict,
        )

    async def amend_order(
        self,
        *,
        symbol: str,
        order_id: int | None = None,
        client_order_id: str | None = None,
        price: DecimalLike | None = None,
        quantity: DecimalLike | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Order:
        """Amend (move) an open normal order's price and quantity.

        Changes the price and/or quantity of an open LIMIT order, keeping its id. A new quantity
        below the filled quantity is refused.

        ``POST /v1/private/order/move`` (signed, permission: trade)

        Args:
            symbol: Symbol
            order_id: The order's id (``orderId``)
            client_order_id: The order's client id (``clientOrderId``)
            price: New price
            quantity: New quantity

        Notes:
            - seed: 'Modify normal pending order price and quantity' (path 'move'). Binance USDⓈ-M
              PUT /fapi/v1/order (symbol, orderId/origClientOrderId, quantity, price; the order
              keeps its id) as a POST; amending to the same values twice is harmless
            - the simulator finds the order to amend by orderId only: an amend by clientOrderId
              alone is refused as missing orderId (-1102)
        """
        return await self._call(
            _AMEND_ORDER,
            {
                "symbol": symbol,
                "orderId": order_id,
                "clientOrderId": client_order_id,
                "price": price,
                "quantity": quantity,
            },
            timeout,
            deadline,
        )

    async def batch_amend_orders(
        self,
        *,
        symbol: str,
        orders: list[models.AmendOrderRequest],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.BatchOrderResult]:
        """Amend several open normal orders of one symbol.

        Each item amends one order of the symbol; one entry per item with its own code and msg.

        ``POST /v1/private/order/batch-move`` (signed, permission: trade)

        Args:
            symbol: Symbol of every order
            orders: The amendments (5 at most)

        Notes:
            - seed: 'Batch modify normal pending orders for the same symbol'. Binance USDⓈ-M PUT
              /fapi/v1/batchOrders (5 at most) with the symbol once, per-item results as
              batch_place_orders
        """
        return await self._call(
            _BATCH_AMEND_ORDERS,
            {
                "symbol": symbol,
                "orders": orders,
            },
            timeout,
            deadline,
        )

    async def batch_cancel_orders(
        self,
        *,
        orders: list[models.OrderRef],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.BatchOrderResult]:
        """Cancel several normal orders.

        Each item names one order (symbol and orderId or clientOrderId); one entry per item with its
        own code and msg.

        ``POST /v1/private/order/batch-cancel`` (signed, permission: trade)

        Args:
            orders: The orders to cancel (10 at most)

        Notes:
            - seed: 'Batch cancel normal orders'. Binance USDⓈ-M DELETE /fapi/v1/batchOrders (10 at
              most, weight 1) with items as OKX v5 cancel-batch-orders ({instId, ordId, clOrdId}
              each), per-item results as batch_place_orders
        """
        return await self._call(
            _BATCH_CANCEL_ORDERS,
            {
                "orders": orders,
            },
            timeout,
            deadline,
        )

    async def batch_place_orders(
        self,
        *,
        orders: list[models.PlaceOrderRequest],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.BatchOrderResult]:
        """Place several normal orders in one request.

        Each item is a place_order body. Items are placed in order, independently: the answer has
        one entry per item with its own code and msg, and the order when it was placed.

        ``POST /v1/private/order/batch-place`` (signed, permission: trade)

        Args:
            orders: The orders (5 at most)

        Lost answers:
            The client makes a `clientOrderId` when none is given, the same for every attempt. The
            exchange may place a repeated order again, so a lost answer (dropped connection,
            timeout, 5xx, unreadable body) is never simply retried: 5s after sending, the client
            looks the order(s) up by that id (get_open_orders, get_order_history) and returns what
            it finds; an order is sent again only when the lookup shows it was not placed, and
            OutcomeUnknownError (with the ids) is raised when that cannot be told by the deadline.

        Notes:
            - no published word on repeated client ids: Binance USDⓈ-M refuses one only while the
              first order is open (-4116) and Bybit v5 always, so neither refusal nor replay is
              relied on: a lost answer is looked up by the id (open orders, then the newest 100 of
              the history) once the 5 s signing window has passed, after which the server refuses
              the first request
            - seed: 'Submit multiple normal orders'. Binance USDⓈ-M POST /fapi/v1/batchOrders (5
              orders at most, weight 5, each order on the order limits; answers orders and {code,
              msg} errors in one list) with per-item {code, msg, data} results as OKX v5 batch-
              orders' sCode/sMsg (a list mixing two object shapes cannot be decoded)
        """
        return await self._call(
            _BATCH_PLACE_ORDERS,
            {
                "orders": orders,
            },
            timeout,
            deadline,
        )

    async def cancel_all_orders(
        self,
        *,
        symbol: str | None = None,
        type: Literal["NORMAL", "CONDITION", "STRATEGY", "ALL"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.CancelledOrder]:
        """Cancel every open order of a type (of one symbol or all).

        type NORMAL cancels open normal orders, CONDITION untriggered condition orders, STRATEGY
        running strategy orders (every open leg), ALL all of them. Answers what was cancelled.

        ``POST /v1/private/order/batch-cancel-all`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol
            type: Which orders; default ALL

        Notes:
            - seed: 'Batch cancel orders by type'. Bybit v5 POST /v5/order/cancel-all (orderFilter
              Order/StopOrder/tpslOrder; answers [{orderId, orderLinkId}]) with the seed's three
              kinds of orders as types; Binance cancels normal and algo orders with two endpoints
              (allOpenOrders, algoOpenOrders)
            - NORMAL cancels open orders (a strategy's legs among them, which ends their unit),
              CONDITION untriggered stops, STRATEGY the running strategy orders (every open leg),
              ALL the strategies and then every other open order
        """
        return await self._call(
            _CANCEL_ALL_ORDERS,
            {
                "symbol": symbol,
                "type": type,
            },
            timeout,
            deadline,
        )

    async def cancel_condition_order(
        self,
        *,
        symbol: str,
        condition_order_id: int | None = None,
        client_order_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ConditionOrder:
        """Cancel an untriggered condition order.

        By symbol and conditionOrderId or clientOrderId; answers it as cancelled. One that has
        triggered (or is closed) is not found.

        ``POST /v1/private/order/cancel-condition`` (signed, permission: trade)

        Args:
            symbol: Symbol
            condition_order_id: The condition order's id (``conditionOrderId``)
            client_order_id: Its client id (``clientOrderId``)

        Notes:
            - seed: 'Cancel a specified condition order'. Binance USDⓈ-M DELETE /fapi/v1/algoOrder
              (algoId or clientAlgoId) as a POST
        """
        return await self._call(
            _CANCEL_CONDITION_ORDER,
            {
                "symbol": symbol,
                "conditionOrderId": condition_order_id,
                "clientOrderId": client_order_id,
            },
            timeout,
            deadline,
        )

    async def cancel_order(
        self,
        *,
        symbol: str,
        order_id: int | None = None,
        client_order_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Order:
        """Cancel a normal order.

        By symbol and orderId or clientOrderId; answers the order as cancelled. An order no longer
        open: -2011.

        ``POST /v1/private/order/cancel`` (signed, permission: trade)

        Args:
            symbol: Symbol
            order_id: The order's id (``orderId``)
            client_order_id: The order's client id (``clientOrderId``)

        Notes:
            - seed: 'Cancel a specified normal order'. Binance USDⓈ-M DELETE /fapi/v1/order (symbol,
              orderId or origClientOrderId; answers the order) as a POST; a repeated cancel changes
              nothing (it answers -2011)
        """
        return await self._call(
            _CANCEL_ORDER,
            {
                "symbol": symbol,
                "orderId": order_id,
                "clientOrderId": client_order_id,
            },
            timeout,
            deadline,
        )

    async def close_listen_key(
        self,
        *,
        listen_key: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> dict[str, Any]:
        """Close a listenKey (and its streams).

        Invalidates the listenKey; streams connected with it are closed.

        ``DELETE /v1/private/user/listen-key`` (signed, permission: read)

        Args:
            listen_key: The listenKey to close (``listenKey``)

        Notes:
            - seed: 'Close listenKey'. Binance spot DELETE /api/v3/userDataStream and BingX DELETE
              /openApi/user/auth/userDataStream (listenKey as a query parameter; answer {})
        """
        return await self._call(
            _CLOSE_LISTEN_KEY,
            {
                "listenKey": listen_key,
            },
            timeout,
            deadline,
        )

    async def create_api_key(
        self,
        *,
        label: str,
        permissions: list[models.ApiKeyPermission] | None = None,
        ip_whitelist: list[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ApiKeyCreated:
        """Create an API key (its secret is answered only this once).

        Creates a key with a label, permissions (READ always; TRADE to trade) and an optional IP
        whitelist. apiSecret appears in this answer only; later listings never show it. A key bound
        to no IP expires after 90 days.

        ``POST /v1/private/user/api-key/create`` (signed, permission: jwt_only)

        Args:
            label: A name for the key
            permissions: What the key may do; READ is always included
            ip_whitelist: IPv4/IPv6 addresses the key works from (absent or empty: any, and the key
                expires after 90 days) (``ipWhitelist``)

        Notes:
            - seed: 'Create API Key; apiSecret is returned only once'. Bybit v5 POST
              /v5/user/create-sub-api (note, readOnly, ips, permissions -> apiKey, secret), with
              READ/TRADE for the seed's Read and Trade permissions; 30 IPs as Binance's API-key IP
              restriction; 90-day expiry without IP as Bybit's. Never repeated: a second key would
              be created
            - Bybit v5 create-sub-api / Binance API-key management: the key signs at once, its
              secret is in this answer only, READ is always held; key_rules apply (too many keys
              -7007, IPs -7008)
        """
        return await self._call(
            _CREATE_API_KEY,
            {
                "label": label,
                "permissions": permissions,
                "ipWhitelist": ip_whitelist,
            },
            timeout,
            deadline,
        )

    async def create_listen_key(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ListenKey:
        """Create a listenKey for the private WebSocket user-data stream.

        Answers a listenKey valid for 60 minutes; connect to the user-data stream with it
        (streams.user_data). When the user already has an active listenKey, that one is answered and
        its validity extended by 60 minutes.

        ``POST /v1/private/user/listen-key`` (signed, permission: read)

        Notes:
            - seed: 'Create private WebSocket authentication key'. Binance USDⓈ-M POST
              /fapi/v1/listenKey and BingX POST /openApi/user/auth/userDataStream (60 minutes; an
              active key is answered again and extended, which makes a repeat harmless)
            - Binance USDⓈ-M: 60 minutes (the stub's control surface, POST /__stub__/ws/keys,
              shortens it for tests)
        """
        return await self._call(
            _CREATE_LISTEN_KEY,
            {},
            timeout,
            deadline,
        )

    async def delete_all_api_keys(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ApiKeysDeleted:
        """Delete every API key of the current user.

        ``POST /v1/private/user/api-key/delete-all`` (signed, permission: jwt_only)

        Notes:
            - seed: 'Delete all API Keys of the current user'. Answer the count, as Binance USDⓈ-M's
              cancel-all answers a summary; a repeat deletes nothing more
            - every key made by create_api_key, refused from the next call on (the login session
              stays)
        """
        return await self._call(
            _DELETE_ALL_API_KEYS,
            {},
            timeout,
            deadline,
        )

    async def delete_api_key(
        self,
        *,
        api_key: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> dict[str, Any]:
        """Delete one API key.

        ``POST /v1/private/user/api-key/delete`` (signed, permission: jwt_only)

        Args:
            api_key: The key to delete (``apiKey``)

        Notes:
            - seed: 'Delete a specified API Key'. Bybit v5 POST /v5/user/delete-sub-api (answer {});
              not repeated: a repeat of a delete that landed answers -7006
            - Bybit v5 delete-sub-api: the key is refused from the next call on; an unknown key
              -7006
        """
        return await self._call(
            _DELETE_API_KEY,
            {
                "apiKey": api_key,
            },
            timeout,
            deadline,
        )

    async def exchange_agent_ticket(
        self,
        *,
        ticket: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Session:
        """Exchange an agent entrance ticket for a login session.

        An agent (a partner or broker site) hands the user a one-time entrance ticket; exchanging it
        answers a session as login does (access token, refresh-token cookie). A ticket works once.

        ``POST /v1/public/agent-sso/exchange-ticket``

        Args:
            ticket: The one-time entrance ticket the agent issued

        Notes:
            - seed: 'Exchange an agent entrance ticket for login state'. One-time ticket exchange as
              CAS service-ticket validation and OAuth 2.0 token exchange (RFC 8693); never repeated:
              a ticket is spent by its first use
            - answered by the session auth scheme (api.yaml auth.schemes.session)
        """
        return await self._call(
            _EXCHANGE_AGENT_TICKET,
            {
                "ticket": ticket,
            },
            timeout,
            deadline,
        )

    async def exchange_embed_token(
        self,
        *,
        embed_token: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Session:
        """Exchange a short-lived embedded-trading token for a login session.

        A page embedding the trading view passes the short-lived embed token it was given;
        exchanging it answers a session as login does. The token works once, within its short
        lifetime.

        ``POST /v1/public/agent-sso/exchange-embed-token``

        Args:
            embed_token: The short-lived embedded-trading token (``embedToken``)

        Notes:
            - seed: 'Exchange an embedded trading short-lived token for login state'. As
              exchange_agent_ticket (RFC 8693 token exchange); the parameter name embedToken follows
              the path
            - answered by the session auth scheme (api.yaml auth.schemes.session)
        """
        return await self._call(
            _EXCHANGE_EMBED_TOKEN,
            {
                "embedToken": embed_token,
            },
            timeout,
            deadline,
        )

    async def get_account_change_logs(
        self,
        *,
        symbol: str | None = None,
        type: models.AccountChangeType | None = None,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.AccountChangeLog]:
        """Fund movement records.

        Every change of a wallet balance, newest first: transfers, realised PnL, funding fees and
        trading fees, with the balance after it. Without startTime and endTime, the last 7 days.

        ``GET /v1/private/user/account-change-log`` (signed, permission: read)

        Args:
            symbol: Only changes of this symbol
            type: Only changes of this type
            asset: Only changes of this asset
            start_time: From this time (ms) (``startTime``)
            end_time: Up to this time (ms) (``endTime``)
            limit: Most records

        Notes:
            - seed: 'Query fund movement records' (not paginated). Binance USDⓈ-M GET
              /fapi/v1/income (incomeType, income, asset, info, time, tranId, tradeId; 7 days by
              default, limit default 100 max 1000, weight 30) with the balance after each change as
              OKX v5 GET /api/v5/account/bills (bal)
            - every balance change the simulator makes: opening balances and transfers (TRANSFER),
              realised PnL of reducing fills, trading fees (COMMISSION) and funding (FUNDING_FEE),
              with the balance after each; the 7-day default window is not applied (the whole log,
              newest first, up to limit)
        """
        return await self._call(
            _GET_ACCOUNT_CHANGE_LOGS,
            {
                "symbol": symbol,
                "type": type,
                "asset": asset,
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    async def get_asset_overview_summary(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.AssetOverviewSummary:
        """Asset summary metrics.

        Equity, wallet balance, unrealised PnL, available balance and position margin valued in one
        asset, with today's, 7-day and 30-day PnL.

        ``GET /v1/private/user/asset/overview/summary`` (signed, permission: read)

        Notes:
            - seed: 'Query asset summary metrics'. The asset-overview cards of Binance Futures and
              OKX (total equity, today's PnL and PnL rate, 7/30-day PnL) valued in USDT
            - valued in USDT (every stub market settles in it); PnL is the change log's realised
              PnL, funding and fees since the day's start (UTC) and over 7 and 30 days
        """
        return await self._call(
            _GET_ASSET_OVERVIEW_SUMMARY,
            {},
            timeout,
            deadline,
        )

    async def get_asset_overview_trend(
        self,
        *,
        period: Literal["7D", "30D", "90D"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.AssetTrendPoint]:
        """Asset trend.

        Daily equity and PnL over the period, oldest first.

        ``GET /v1/private/user/asset/overview/trend`` (signed, permission: read)

        Args:
            period: The period

        Notes:
            - seed: 'Query asset trend'. The equity curve of Binance Futures' and OKX's asset
              overview (one point a day)
            - one point per day of the period, oldest first: a past day's equity is its snapshot (or
              its closing wallet balance without one), today's is the equity now
        """
        return await self._call(
            _GET_ASSET_OVERVIEW_TREND,
            {
                "period": period,
            },
            timeout,
            deadline,
        )

    async def get_balance_history(
        self,
        *,
        asset: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.BalanceSnapshot]:
        """Balance history (daily snapshots).

        The wallet and margin balance of each asset at the end of each day (UTC), newest first.

        ``GET /v1/private/user/balance-history`` (signed, permission: read)

        Args:
            asset: One asset; absent: every asset
            start_time: From this day (ms) (``startTime``)
            end_time: Up to this day (ms) (``endTime``)
            limit: Most snapshots

        Notes:
            - seed: 'Query balance history'. Binance GET /sapi/v1/accountSnapshot?type=FUTURES
              (daily snapshots of walletBalance and marginBalance per asset), flattened
            - one snapshot per asset at each UTC day end the stub's clock passes (taken at the first
              request after it: the wallet balance of the day's end, the unrealised PnL of that
              moment); none before the first day ends
        """
        return await self._call(
            _GET_BALANCE_HISTORY,
            {
                "asset": asset,
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    async def get_condition_order_history(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.ConditionOrder]:
        """Finished condition orders, a page at a time.

        Triggered, cancelled, rejected and expired condition orders, newest first.

        ``GET /v1/private/order/history-condition`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol
            start_time: Created from this time (ms) (``startTime``)
            end_time: Created up to this time (ms) (``endTime``)
            page: Page number from 1
            page_size: Records per page (``pageSize``)

        Notes:
            - seed: 'Paginate historical condition orders'. Binance USDⓈ-M GET
              /fapi/v1/allAlgoOrders, paged with page/pageSize as Binance's algo historicalOrders
            - the simulator's finished stops cannot be filtered by time: startTime and endTime are
              not applied
        """
        return await self._call(
            _GET_CONDITION_ORDER_HISTORY,
            {
                "symbol": symbol,
                "startTime": start_time,
                "endTime": end_time,
                "page": page,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    def iter_get_condition_order_history(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.ConditionOrder]:
        """Every item of :meth:`get_condition_order_history`, fetching page after page as the iteration goes.

        Same arguments, without the page it advances itself.
        """
        return self._pages(
            _GET_CONDITION_ORDER_HISTORY,
            {
                "symbol": symbol,
                "startTime": start_time,
                "endTime": end_time,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    async def get_current_funding_rates(
        self,
        *,
        symbol: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.CurrentFundingRate]:
        """Current funding rates, a page at a time.

        For each symbol (or one): mark and index price, the funding rate of the running period, the
        interest rate and the next funding time. Positive rates are paid by longs to shorts.

        ``GET /v1/public/market/funding-rate/current``

        Args:
            symbol: One symbol; absent: every symbol
            page: Page number from 1
            page_size: Records per page (``pageSize``)

        Notes:
            - seed: 'Paginate current funding rates'. Fields of Binance USDⓈ-M GET
              /fapi/v1/premiumIndex (markPrice, indexPrice, lastFundingRate, interestRate,
              nextFundingTime, time); page/pageSize as the envelope's hasNext/total
            - fundingRate is the rate the stub's funding model (stub.yaml funding) will collect at
              nextFundingTime; mark and index price are the last price
        """
        return await self._call(
            _GET_CURRENT_FUNDING_RATES,
            {
                "symbol": symbol,
                "page": page,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    def iter_get_current_funding_rates(
        self,
        *,
        symbol: str | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.CurrentFundingRate]:
        """Every item of :meth:`get_current_funding_rates`, fetching page after page as the iteration goes.

        Same arguments, without the page it advances itself.
        """
        return self._pages(
            _GET_CURRENT_FUNDING_RATES,
            {
                "symbol": symbol,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    async def get_favorite_symbols(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FavoriteSymbols:
        """Favourite symbols.

        ``GET /v1/private/user/favorite-symbols`` (signed, permission: read)

        Notes:
            - seed: 'Query favorite symbols'; the answer of save_favorite_symbols
        """
        return await self._call(
            _GET_FAVORITE_SYMBOLS,
            {},
            timeout,
            deadline,
        )

    async def get_funding_rate_config(
        self,
        *,
        symbol: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.FundingRateConfig]:
        """Funding rate configuration.

        The funding interval, the cap and floor of the funding rate and the interest rate of each
        symbol (or one).

        ``GET /v1/public/market/funding-rate``

        Args:
            symbol: One symbol; absent: every symbol

        Notes:
            - seed: 'Query funding rate configuration'. Binance USDⓈ-M GET /fapi/v1/fundingInfo
              (adjustedFundingRateCap/Floor, fundingIntervalHours) with the interest rate of GET
              /fapi/v1/premiumIndex
        """
        return await self._call(
            _GET_FUNDING_RATE_CONFIG,
            {
                "symbol": symbol,
            },
            timeout,
            deadline,
        )

    async def get_funding_rate_history(
        self,
        *,
        symbol: str,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.FundingRateRecord]:
        """Funding rate history of one symbol.

        The rates collected at each funding time, newest first, within an optional time window.

        ``GET /v1/public/market/funding-rate/history``

        Args:
            symbol: Symbol
            start_time: From this time (ms) (``startTime``)
            end_time: Up to this time (ms) (``endTime``)
            limit: Most records

        Notes:
            - seed: 'Query funding rate history' (not paginated). Binance USDⓈ-M GET
              /fapi/v1/fundingRate (symbol, startTime, endTime, limit default 100 max 1000;
              fundingRate, fundingTime, markPrice)
        """
        return await self._call(
            _GET_FUNDING_RATE_HISTORY,
            {
                "symbol": symbol,
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    async def get_klines(
        self,
        *,
        symbol: str,
        interval: Literal["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"],
        price_type: Literal["TRADE", "INDEX", "MARK"] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Kline]:
        """Klines of the trade, index or mark price.

        Candles of one symbol, oldest first, of the last trade price (TRADE), the index price
        (INDEX) or the mark price (MARK). Index and mark klines have volume 0.

        ``GET /v1/public/market/klines``

        Args:
            symbol: Symbol
            interval: Candle length
            price_type: Which price the candles draw (``priceType``)
            start_time: Candles opening from this time (ms) (``startTime``)
            end_time: Candles opening up to this time (ms) (``endTime``)
            limit: Most candles

        Notes:
            - one endpoint for three prices as Bitget v2 candles' kLineType (MARKET/MARK/INDEX);
              Binance has /klines, /indexPriceKlines and /markPriceKlines
            - seed: 'Query trade price, index price, or mark price Klines'. Binance USDⓈ-M GET
              /fapi/v1/klines (intervals, limit default 500 max 1500, weight up to 5 at 500) with
              candles as objects rather than Binance's arrays, as camelCase APIs answer them
            - every priceType draws the last price (the simulator's mark and index prices are its
              last price), with its volume
        """
        return await self._call(
            _GET_KLINES,
            {
                "symbol": symbol,
                "interval": interval,
                "priceType": price_type,
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    async def get_open_condition_orders(
        self,
        *,
        symbol: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.ConditionOrder]:
        """Untriggered condition orders.

        ``GET /v1/private/order/current-condition`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol

        Notes:
            - seed: 'Query current untriggered condition orders'. Binance USDⓈ-M GET
              /fapi/v1/openAlgoOrders
        """
        return await self._call(
            _GET_OPEN_CONDITION_ORDERS,
            {
                "symbol": symbol,
            },
            timeout,
            deadline,
        )

    async def get_open_orders(
        self,
        *,
        symbol: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Order]:
        """Open normal orders.

        ``GET /v1/private/order/current`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol

        Notes:
            - seed: 'Query current normal pending orders'. Binance USDⓈ-M GET /fapi/v1/openOrders
        """
        return await self._call(
            _GET_OPEN_ORDERS,
            {
                "symbol": symbol,
            },
            timeout,
            deadline,
        )

    async def get_order(
        self,
        *,
        symbol: str,
        order_id: int | None = None,
        client_order_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Order:
        """One normal order, by symbol and orderId or clientOrderId.

        Open or finished; one of orderId and clientOrderId is needed (orderId wins when both are
        sent).

        ``GET /v1/private/order`` (signed, permission: trade)

        Args:
            symbol: Symbol
            order_id: The order's id (``orderId``)
            client_order_id: The order's client id (``clientOrderId``)

        Notes:
            - seed: 'Exact query by symbol + orderId/clientOrderId'. Binance USDⓈ-M GET
              /fapi/v1/order (symbol, orderId or origClientOrderId) with the clientOrderId name of
              its answer
        """
        return await self._call(
            _GET_ORDER,
            {
                "symbol": symbol,
                "orderId": order_id,
                "clientOrderId": client_order_id,
            },
            timeout,
            deadline,
        )

    async def get_order_history(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Order]:
        """Finished normal orders, a page at a time.

        Filled, cancelled, rejected and expired orders, newest first.

        ``GET /v1/private/order/history`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol
            start_time: Orders created from this time (ms) (``startTime``)
            end_time: Orders created up to this time (ms) (``endTime``)
            page: Page number from 1
            page_size: Records per page (``pageSize``)

        Notes:
            - seed: 'Paginate historical normal orders'. Binance USDⓈ-M GET /fapi/v1/allOrders
              (weight 5) for the records, paged with page/pageSize as Binance's algo
              historicalOrders (page, pageSize max 100)
        """
        return await self._call(
            _GET_ORDER_HISTORY,
            {
                "symbol": symbol,
                "startTime": start_time,
                "endTime": end_time,
                "page": page,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    def iter_get_order_history(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.Order]:
        """Every item of :meth:`get_order_history`, fetching page after page as the iteration goes.

        Same arguments, without the page it advances itself.
        """
        return self._pages(
            _GET_ORDER_HISTORY,
            {
                "symbol": symbol,
                "startTime": start_time,
                "endTime": end_time,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    async def get_pnl_leaderboard(
        self,
        *,
        period: Literal["7D", "30D", "90D"] | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.LeaderboardEntry]:
        """PnL leaderboard over 7, 30 or 90 days.

        The traders with the largest PnL over the period, ranked, with their ROI.

        ``GET /v1/public/leaderboard/pnl``

        Args:
            period: The period ranked
            limit: Most entries

        Notes:
            - seed: 'Query 7 / 30 / 90 day PnL leaderboard'. The Binance Futures leaderboard (rank,
              nickName, pnl, roi by WEEKLY/MONTHLY period, ranked by PNL); nicknames, not user ids,
              are public
            - every simulated account (the market maker's aside), ranked by realised PnL, funding
              and fees over the period plus unrealised PnL now (Binance Futures leaderboard: PnL and
              ROI); the nickname is the login name, roi over the equity the period began with
        """
        return await self._call(
            _GET_PNL_LEADERBOARD,
            {
                "period": period,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    async def get_position_history(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.PositionHistory]:
        """Closed positions and their close records.

        Positions closed (fully), newest first, with entry and average close price, the largest
        size, realised PnL, fees and funding, and how they closed; closeRecords lists each reducing
        fill.

        ``GET /v1/private/position/history`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol
            start_time: Closed from this time (ms) (``startTime``)
            end_time: Closed up to this time (ms) (``endTime``)
            limit: Most positions

        Notes:
            - seed: 'Query historical positions and close records' (not paginated). OKX v5 GET
              /api/v5/account/positions-history (openAvgPx, closeAvgPx, closeTotalPos, realizedPnl,
              fee, fundingFee, type 1-5 how it closed; limit default 100) with Bybit v5 GET
              /v5/position/closed-pnl records as closeRecords
            - closeRecords are the position's reducing fills (oldest first) and fundingFee the
              funding it received while open (negative: paid); closePrice is the last reducing
              fill's price, not an average
        """
        return await self._call(
            _GET_POSITION_HISTORY,
            {
                "symbol": symbol,
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    async def get_position_settings(
        self,
        *,
        symbol: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PositionSettings:
        """Leverage and margin mode of a symbol.

        ``GET /v1/private/position/settings`` (signed, permission: trade)

        Args:
            symbol: Symbol

        Notes:
            - seed: 'Query leverage and margin mode for a symbol'. Binance USDⓈ-M GET
              /fapi/v1/symbolConfig (symbol, marginType, leverage)
            - the account's choice for the symbol (set_leverage, set_margin_mode), else the symbol's
              default (20x, CROSS), with or without a position
        """
        return await self._call(
            _GET_POSITION_SETTINGS,
            {
                "symbol": symbol,
            },
            timeout,
            deadline,
        )

    async def get_positions(
        self,
        *,
        symbol: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Position]:
        """Current positions.

        Open positions (of one symbol or all) with entry and mark price, margin, unrealised and
        realised PnL, and liquidation price.

        ``GET /v1/private/position/positions`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol

        Notes:
            - seed: 'Query current positions'. Binance USDⓈ-M GET /fapi/v3/positionRisk
              (positionAmt, entryPrice, markPrice, unRealizedProfit, liquidationPrice,
              isolatedMargin, notional, maintMargin; weight 5) with a side and an unsigned quantity
              as Bybit v5 position/list, and realised PnL as Bybit's cumRealisedPnl
            - realizedPnl is net of the position's fees; the simulator's mark price is its last
              price, its liquidation price the bankruptcy price (no maintenance margin is
              simulated); notional at the entry price
        """
        return await self._call(
            _GET_POSITIONS,
            {
                "symbol": symbol,
            },
            timeout,
            deadline,
        )

    async def get_server_time(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ServerTime:
        """Server time.

        The server's clock in milliseconds; signed requests must carry a timestamp within 5 s of it.

        ``GET /v1/time``

        Notes:
            - Binance USDⓈ-M GET /fapi/v1/time ({serverTime})
        """
        return await self._call(
            _GET_SERVER_TIME,
            {},
            timeout,
            deadline,
        )

    async def get_strategy_order(
        self,
        *,
        symbol: str | None = None,
        strategy_id: int | None = None,
        client_strategy_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.StrategyOrder:
        """A strategy order and its legs.

        By strategyId or clientStrategyId; each leg with its order or condition order id and status.

        ``GET /v1/private/order/strategy`` (signed, permission: trade)

        Args:
            symbol: Symbol
            strategy_id: The strategy's id (``strategyId``)
            client_strategy_id: Its client id (``clientStrategyId``)

        Notes:
            - seed: 'Query strategy order and sub-orders'. Binance spot GET /api/v3/orderList
              (orderListId or origClientOrderId; orders of the list)
        """
        return await self._call(
            _GET_STRATEGY_ORDER,
            {
                "symbol": symbol,
                "strategyId": strategy_id,
                "clientStrategyId": client_strategy_id,
            },
            timeout,
            deadline,
        )

    async def get_symbols(
        self,
        *,
        symbol: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.SymbolsInfo:
        """Symbols, trading rules and fee tiers.

        Every perpetual symbol (or one) with its status, precisions, tick and step sizes, quantity
        and notional limits, leverage and maintenance margin, and the fee tiers by 30-day volume.

        ``GET /v1/public/market/symbols``

        Args:
            symbol: One symbol; absent: every symbol

        Notes:
            - seed: 'Get symbols, trading rules, and fee tier configuration'. Binance USDⓈ-M GET
              /fapi/v1/exchangeInfo (its PRICE_FILTER/LOT_SIZE/MIN_NOTIONAL filters flattened into
              fields, as Bybit v5 instruments-info's priceFilter/lotSizeFilter); fee tiers as
              Binance's VIP table (30-day volume -> maker/taker rates)
            - every account of the stub trades at its market's tier-0 rates (the simulator has no
              fee tiers: stub-simulator.yaml.pending)
        """
        return await self._call(
            _GET_SYMBOLS,
            {
                "symbol": symbol,
            },
            timeout,
            deadline,
        )

    async def get_trade_overview(
        self,
        *,
        period: Literal["7D", "30D", "90D"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.TradeOverview:
        """PnL, volume and asset trend over a period.

        Totals over the period (PnL split into realised PnL, funding and fees; volume; win rate) and
        a daily trend of PnL, volume and equity.

        ``GET /v1/private/user/trade-overview`` (signed, permission: read)

        Args:
            period: The period

        Notes:
            - seed: 'Query PnL, volume, and asset trend'. The PnL analysis pages of Binance Futures
              and Bybit (7/30/90-day totals, daily PnL and cumulative PnL, win rate)
            - from the account's change log (realised PnL, funding, fees) and fills over the
              period's days (today included), valued in USDT (every stub market settles in it);
              tradeCount counts fills
        """
        return await self._call(
            _GET_TRADE_OVERVIEW,
            {
                "period": period,
            },
            timeout,
            deadline,
        )

    async def get_trades(
        self,
        *,
        symbol: str | None = None,
        order_id: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Trade]:
        """The account's trades (fills), a page at a time.

        Fills of the account's orders, newest first, with fee and realised PnL.

        ``GET /v1/private/order/trades`` (signed, permission: trade)

        Args:
            symbol: One symbol; absent: every symbol
            order_id: Fills of this order only (``orderId``)
            start_time: From this time (ms) (``startTime``)
            end_time: Up to this time (ms) (``endTime``)
            page: Page number from 1
            page_size: Records per page (``pageSize``)

        Notes:
            - seed: 'Paginate trade records'. Binance USDⓈ-M GET /fapi/v1/userTrades (id, orderId,
              side, price, qty, quoteQty, commission, commissionAsset, realizedPnl, maker, time;
              weight 5), paged with page/pageSize
            - the simulator keeps no quote quantity or realised PnL per fill: quoteQty and
              realizedPnl are left out
        """
        return await self._call(
            _GET_TRADES,
            {
                "symbol": symbol,
                "orderId": order_id,
                "startTime": start_time,
                "endTime": end_time,
                "page": page,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    def iter_get_trades(
        self,
        *,
        symbol: str | None = None,
        order_id: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.Trade]:
        """Every item of :meth:`get_trades`, fetching page after page as the iteration goes.

        Same arguments, without the page it advances itself.
        """
        return self._pages(
            _GET_TRADES,
            {
                "symbol": symbol,
                "orderId": order_id,
                "startTime": start_time,
                "endTime": end_time,
                "pageSize": page_size,
            },
            timeout,
            deadline,
        )

    async def get_user_assets(
        self,
        *,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.AssetBalance]:
        """Wallet balances and margin usage.

        Per asset: wallet balance, the part available, margin held by positions and by open orders,
        unrealised PnL, margin balance (wallet balance + unrealised PnL) and the amount that can be
        withdrawn.

        ``GET /v1/private/user/asset`` (signed, permission: read)

        Args:
            asset: One asset; absent: every asset

        Notes:
            - seed: 'Query wallet balance and margin usage'. Binance USDⓈ-M GET /fapi/v3/balance and
              /fapi/v3/account assets (walletBalance, unrealizedProfit, marginBalance,
              positionInitialMargin, openOrderInitialMargin, availableBalance, maxWithdrawAmount;
              weight 5)
        """
        return await self._call(
            _GET_USER_ASSETS,
            {
                "asset": asset,
            },
            timeout,
            deadline,
        )

    async def get_user_info(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.UserInfo:
        """Current user profile.

        The user's id, names, fee tier and rates, and whether trading is enabled.

        ``GET /v1/private/user/info`` (signed, permission: read)

        Notes:
            - seed: 'Query current user profile'. Fields of a web profile plus Bybit v5 GET
              /v5/user/query-api (uid, vipLevel) and Binance USDⓈ-M GET /fapi/v1/commissionRate
              (maker/taker rates)
            - the username is the account's login name; every account of the stub trades at tier 0
              (Binance USDⓈ-M VIP0 rates, as get_symbols' feeTiers); nickname, email and createTime
              are left out (the simulator keeps no profile)
        """
        return await self._call(
            _GET_USER_INFO,
            {},
            timeout,
            deadline,
        )

    async def get_version(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.VersionInfo:
        """Service version.

        The version of the running service, with its build time and commit.

        ``GET /v1/version``

        Notes:
            - seed: 'Get service version information'. No perpetual API publishes one; fields of a
              Spring Boot /actuator/info build section (version, time) and a commit id
            - a constant: the stub's answer is the documented example (a running service's version
              does not change with its state)
        """
        return await self._call(
            _GET_VERSION,
            {},
            timeout,
            deadline,
        )

    async def get_volume_stats(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.VolumeStats:
        """30-day trading volume and fees.

        Volume (quote asset) and fees over the last 30 days, maker and taker apart, per day, and the
        fee tier they give.

        ``GET /v1/private/user/volume-stats`` (signed, permission: read)

        Notes:
            - seed: 'Query recent 30-day trading volume and fees'. The 30-day volume that sets the
              fee tier on Binance's and Bybit's VIP pages, with the daily breakdown of Binance's
              futures trade-volume chart
            - from the account's own fills over the last 30 days (today included); the stub's
              accounts stay at tier 0 whatever their volume (VIP0 rates of get_symbols' feeTiers)
        """
        return await self._call(
            _GET_VOLUME_STATS,
            {},
            timeout,
            deadline,
        )

    async def list_api_keys(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.ApiKeyInfo]:
        """The current user's API keys (without secrets).

        ``GET /v1/private/user/api-key/list`` (signed, permission: jwt_only)

        Notes:
            - seed: 'Query current user's API Keys'. Bybit v5 GET /v5/user/query-api fields (apiKey,
              note, permissions, ips, createdAt, expiredAt), secret left out
            - Bybit v5 query-api: the keys made by create_api_key, oldest first, never with a secret
              (the demo keys of stub.yaml hold the login and are not listed)
        """
        return await self._call(
            _LIST_API_KEYS,
            {},
            timeout,
            deadline,
        )

    async def login(
        self,
        *,
        username: str,
        password: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Session:
        """Log in with username and password (JWT access token).

        Answers an access token (a JWT, sent as "Authorization: Bearer <accessToken>") and sets the
        refresh token in an HttpOnly cookie (refreshToken). The access token expires after expiresIn
        seconds; refresh_token renews it.

        ``POST /v1/public/user/login``

        Args:
            username: Login name
            password: Password

        Notes:
            - seed: 'Use username and password to obtain accessToken'. Body and answer as OAuth 2.0
              token responses (RFC 6749 5.1: access_token, token_type Bearer, expires_in) in
              camelCase; 15-minute tokens with a cookie-held refresh token, the common SPA pattern.
              Retrying a login is harmless (a second session). The Set-Cookie answer header is
              pending (auth-session.yaml.pending)
            - answered by the session auth scheme (api.yaml auth.schemes.session)
        """
        return await self._call(
            _LOGIN,
            {
                "username": username,
                "password": password,
            },
            timeout,
            deadline,
        )

    async def logout(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> dict[str, Any]:
        """Log out (clear the login session).

        Revokes the session's refresh token and clears its cookie; the access token stops working.
        Needs the JWT and the refresh-token cookie (seed: "JWT + Cookie").

        ``POST /v1/private/user/logout`` (signed, permission: jwt_only)

        Notes:
            - seed: 'Clear login state', permission 'JWT + Cookie'. Refresh-token revocation (RFC
              7009) and an expiring Set-Cookie; the cookie is pending (auth-session.yaml.pending)
            - answered by the session auth scheme (api.yaml auth.schemes.session): the refresh
              cookie and the token it was issued with are revoked
        """
        return await self._call(
            _LOGOUT,
            {},
            timeout,
            deadline,
        )

    async def place_condition_order(
        self,
        *,
        symbol: str,
        side: models.OrderSide,
        type: models.ConditionOrderType,
        quantity: DecimalLike | None = None,
        price: DecimalLike | None = None,
        trigger_price: DecimalLike | None = None,
        trigger_price_type: models.TriggerPriceType | None = None,
        activation_price: DecimalLike | None = None,
        callback_rate: DecimalLike | None = None,
        time_in_force: models.TimeInForce | None = None,
        reduce_only: bool | None = None,
        close_position: bool | None = None,
        client_order_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ConditionOrder:
        """Place a condition order (stop loss, take profit, trailing stop).

        Waits untriggered until its trigger price (the mark price by default) is reached, then
        places a normal order (a market order for *_MARKET types, a limit order at price for STOP
        and TAKE_PROFIT). STOP types trigger when the price moves against the side (a SELL stop
        below the market), TAKE_PROFIT types when it moves with it. TRAILING_STOP_MARKET follows the
        best price since activationPrice (or placement) and triggers when the price retraces by
        callbackRate percent. closePosition closes the whole position whatever its size when it
        triggers (no quantity then).

        ``POST /v1/private/order/place-condition`` (signed, permission: trade)

        Args:
            symbol: Symbol
            side: Side of the order it places
            type: Condition order type
            quantity: Quantity; not with closePosition
            price: Limit price of the order placed (STOP and TAKE_PROFIT)
            trigger_price: Trigger price (all types but TRAILING_STOP_MARKET) (``triggerPrice``)
            trigger_price_type: The price compared with triggerPrice; default MARK_PRICE
                (``triggerPriceType``)
            activation_price: TRAILING_STOP_MARKET: start trailing once the price reaches this
                (default: at once) (``activationPrice``)
            callback_rate: TRAILING_STOP_MARKET: retracement in percent that triggers it, 0.1 to 10
                (1 = 1%) (``callbackRate``)
            time_in_force: STOP and TAKE_PROFIT: of the limit order placed; default GTC
                (``timeInForce``)
            reduce_only: The order placed only reduces the position (``reduceOnly``)
            close_position: Close the whole position when triggered (STOP_MARKET and
                TAKE_PROFIT_MARKET) (``closePosition``)
            client_order_id: The caller's id, unique per account (``clientOrderId``)

        Lost answers:
            The client makes a `clientOrderId` when none is given, the same for every attempt. The
            exchange may place a repeated order again, so a lost answer (dropped connection,
            timeout, 5xx, unreadable body) is never simply retried: 5s after sending, the client
            looks the order(s) up by that id (get_open_condition_orders,
            get_condition_order_history) and returns what it finds; an order is sent again only when
            the lookup shows it was not placed, and OutcomeUnknownError (with the ids) is raised
            when that cannot be told by the deadline.

        Notes:
            - no published word on repeated client ids: Binance USDⓈ-M refuses one only while the
              first order is open (-4116) and Bybit v5 always, so neither refusal nor replay is
              relied on: a lost answer is looked up by the id (open orders, then the newest 100 of
              the history) once the 5 s signing window has passed, after which the server refuses
              the first request
            - Binance USDⓈ-M workingType (MARK_PRICE, CONTRACT_PRICE) and Bybit v5 triggerBy
              (LastPrice, IndexPrice, MarkPrice); default MARK_PRICE as the issue asks for mark-
              price triggers (Binance's default is CONTRACT_PRICE)
            - seed: 'Stop loss, take profit, trailing stop, and other condition orders'. Binance
              USDⓈ-M POST /fapi/v1/algoOrder (algoType CONDITIONAL; type
              STOP_MARKET/TAKE_PROFIT_MARKET/STOP/TAKE_PROFIT/TRAILING_STOP_MARKET; triggerPrice,
              workingType, activatePrice, callbackRate 0.1-10, closePosition, reduceOnly,
              clientAlgoId) with its algoId named conditionOrderId
            - STOP/TAKE_PROFIT become the simulator's stop orders, whose trigger direction is chosen
              against the price they watch (triggerPriceType: the stub's own mark price,
              stub.mark_price, its index price or the last price); the order a triggered condition
              order places keeps its id (orderId = conditionOrderId). The type answered is read back
              from side and trigger direction. TRAILING_STOP_MARKET trails the best watched price
              from activationPrice and places a market order on a callbackRate percent retrace
              (Binance USDⓈ-M TRAILING_STOP_MARKET); closePosition is a reduce-only stop sized to
              the whole position when it triggers (Binance closePosition)
        """
        return await self._call(
            _PLACE_CONDITION_ORDER,
            {
                "symbol": symbol,
                "side": side,
                "type": type,
                "quantity": quantity,
                "price": price,
                "triggerPrice": trigger_price,
                "triggerPriceType": trigger_price_type,
                "activationPrice": activation_price,
                "callbackRate": callback_rate,
                "timeInForce": time_in_force,
                "reduceOnly": reduce_only,
                "closePosition": close_position,
                "clientOrderId": client_order_id,
            },
            timeout,
            deadline,
        )

    async def place_order(
        self,
        *,
        symbol: str,
        side: models.OrderSide,
        type: models.OrderType,
        quantity: DecimalLike,
        price: DecimalLike | None = None,
        time_in_force: models.TimeInForce | None = None,
        reduce_only: bool | None = None,
        client_order_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Order:
        """Place a limit or market order.

        A LIMIT order needs price (timeInForce GTC by default; POST_ONLY is refused rather than
        taking liquidity); a MARKET order takes quantity only. reduceOnly orders only reduce the
        position (and are cut to it). clientOrderId must be unique per account: a repeat is refused
        (-4116).

        ``POST /v1/private/order/place`` (signed, permission: trade)

        Args:
            symbol: Symbol
            side: Side
            type: Order type
            quantity: Quantity (base asset, a multiple of stepSize)
            price: Limit price (LIMIT only; a multiple of tickSize)
            time_in_force: LIMIT only; default GTC (``timeInForce``)
            reduce_only: Only reduce the position (``reduceOnly``)
            client_order_id: The caller's id, unique per account: [A-Za-z0-9._:/-]{1,36}
                (``clientOrderId``)

        Lost answers:
            The client makes a `clientOrderId` when none is given, the same for every attempt. The
            exchange may place a repeated order again, so a lost answer (dropped connection,
            timeout, 5xx, unreadable body) is never simply retried: 5s after sending, the client
            looks the order(s) up by that id (get_open_orders, get_order_history) and returns what
            it finds; an order is sent again only when the lookup shows it was not placed, and
            OutcomeUnknownError (with the ids) is raised when that cannot be told by the deadline.

        Notes:
            - no published word on repeated client ids: Binance USDⓈ-M refuses one only while the
              first order is open (-4116) and Bybit v5 always, so neither refusal nor replay is
              relied on: a lost answer is looked up by the id (open orders, then the newest 100 of
              the history) once the 5 s signing window has passed, after which the server refuses
              the first request
            - Binance USDⓈ-M newClientOrderId pattern ^[.A-Z:/a-z0-9_-]{1,36}$
            - seed: 'Limit or market order'. Binance USDⓈ-M POST /fapi/v1/order (symbol, side, type,
              quantity, price, timeInForce GTC/IOC/FOK/GTX, reduceOnly, newClientOrderId; weight 0
              on IP, 1 on each order limit) in a JSON body; GTX named POST_ONLY as Bybit v5
              timeInForce PostOnly
            - margin (price x quantity / the account's leverage in the symbol) is held from
              placement; fees in USDT (every stub symbol is USDT-margined)
        """
        return await self._call(
            _PLACE_ORDER,
            {
                "symbol": symbol,
                "side": side,
                "type": type,
                "quantity": quantity,
                "price": price,
                "timeInForce": time_in_force,
                "reduceOnly": reduce_only,
                "clientOrderId": client_order_id,
            },
            timeout,
            deadline,
        )

    async def place_strategy_order(
        self,
        *,
        symbol: str,
        strategy_type: models.StrategyType,
        working: models.StrategyLegRequest | None = None,
        pending: models.StrategyLegRequest | None = None,
        pending_above: models.StrategyLegRequest | None = None,
        pending_below: models.StrategyLegRequest | None = None,
        client_strategy_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.StrategyOrder:
        """Place a strategy order (OTO, OCO or OTOCO).

        OTO: a working order and a pending order placed when the working order is fully filled. OCO:
        two orders (pendingAbove above the market, pendingBelow below it) where one filling or
        triggering cancels the other. OTOCO: a working order whose fill places an OCO pair. The legs
        are placed, triggered and cancelled as one unit (cancelling the strategy cancels every open
        leg). Legs are normal orders (LIMIT, MARKET) or condition orders (STOP, STOP_MARKET,
        TAKE_PROFIT, TAKE_PROFIT_MARKET); the working order is LIMIT or MARKET.

        ``POST /v1/private/order/place-strategy`` (signed, permission: trade)

        Args:
            symbol: Symbol of every leg
            strategy_type: Strategy type (``strategyType``)
            working: OTO and OTOCO: the working order
            pending: OTO: the order placed when the working order fills
            pending_above: OCO and OTOCO: the leg above the market (a SELL's take profit, a BUY's
                stop) (``pendingAbove``)
            pending_below: OCO and OTOCO: the leg below the market (a SELL's stop, a BUY's take
                profit) (``pendingBelow``)
            client_strategy_id: The caller's id for the strategy, unique per account
                (``clientStrategyId``)

        Lost answers:
            The client makes a `clientStrategyId` when none is given, the same for every attempt.
            The exchange answers a repeated one with the order already placed, so a lost answer is
            retried.

        Notes:
            - seed: 'OTO / OCO / OTOCO strategy order'. Binance spot order lists POST
              /api/v3/orderList/oto, /oco and /otoco (working*, pending*, pendingAbove*,
              pendingBelow* parameters; listClientOrderId; orderListId, contingencyType,
              listOrderStatus EXECUTING/ALL_DONE/REJECT) as one endpoint with a strategyType and
              legs as JSON objects; each leg counts as an order against the order limits (cost 2,
              one more per leg is not expressible); no published word on a repeated
              clientStrategyId: a repeat is answered with the unit already placed (retry.duplicates
              replay), so a resend after a lost answer is safe without a lookup (units are not
              listed, so none could find one)
            - Binance order lists: OTO places the pending leg when the working leg fills completely;
              OCO legs (one side, pendingAbove's price above pendingBelow's) cancel each other when
              one fills or triggers (or is cancelled); OTOCO places the OCO pair when the working
              leg fills; a working leg that ends unfilled cancels the legs waiting for it. STOP legs
              trigger against their side (a SELL stop below the market), TAKE_PROFIT legs with it,
              as condition orders do. A malformed unit (missing or extra legs for its type, a stop
              working leg, an OCO pair on two sides or upside down) or a first leg refused is
              refused whole; a released leg refused is REJECTED and cancels its sibling.
              runtime/sim/strategies.py
        """
        return await self._call(
            _PLACE_STRATEGY_ORDER,
            {
                "symbol": symbol,
                "strategyType": strategy_type,
                "working": working,
                "pending": pending,
                "pendingAbove": pending_above,
                "pendingBelow": pending_below,
                "clientStrategyId": client_strategy_id,
            },
            timeout,
            deadline,
        )

    async def refresh_token(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Session:
        """Renew the access token with the refresh-token cookie.

        Reads the refreshToken cookie set by login, answers a new access token and rotates the
        cookie. Without a valid cookie: -7003 (log in again).

        ``POST /v1/public/user/refresh-token``

        Notes:
            - seed: 'Refresh login state via Cookie'. Refresh-token rotation as OAuth 2.0 for
              browser apps recommends it; the cookie parameter is pending (auth-
              session.yaml.pending: the format has no cookie parameters)
            - answered by the session auth scheme (api.yaml auth.schemes.session)
        """
        return await self._call(
            _REFRESH_TOKEN,
            {},
            timeout,
            deadline,
        )

    async def renew_listen_key(
        self,
        *,
        listen_key: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ListenKey:
        """Extend a listenKey's validity by 60 minutes.

        A stream whose listenKey is not renewed closes 60 minutes after the last renewal (a
        listenKeyExpired event first). Renew about every 30 minutes. An unknown or expired key:
        -1125.

        ``PUT /v1/private/user/listen-key`` (signed, permission: read)

        Args:
            listen_key: The listenKey to renew (``listenKey``)

        Notes:
            - seed: 'Extend listenKey validity'. Binance spot PUT /api/v3/userDataStream and BingX
              PUT /openApi/user/auth/userDataStream (listenKey as a query parameter; Binance USDⓈ-M
              takes none and renews the key of the API key); answer {listenKey} as Binance USDⓈ-M's
        """
        return await self._call(
            _RENEW_LISTEN_KEY,
            {
                "listenKey": listen_key,
            },
            timeout,
            deadline,
        )

    async def save_favorite_symbols(
        self,
        *,
        symbols: list[str],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FavoriteSymbols:
        """Overwrite the favourite symbols.

        Replaces the user's favourite symbols with this list (in this order) and answers it.

        ``POST /v1/private/user/favorite-symbols`` (signed, permission: read)

        Args:
            symbols: The favourite symbols, in order (an empty list clears them)

        Notes:
            - seed: 'Overwrite favorite symbols' with permission Read (as the seed says, though it
              writes). A whole-list PUT-like overwrite, so a repeat is harmless; 100 at most is our
              choice
            - each symbol must be listed (-1121); repeats are kept once
        """
        return await self._call(
            _SAVE_FAVORITE_SYMBOLS,
            {
                "symbols": symbols,
            },
            timeout,
            deadline,
        )

    async def set_leverage(
        self,
        *,
        symbol: str,
        leverage: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PositionSettings:
        """Set a symbol's leverage.

        From 1 to the symbol's maxLeverage; applies to the position and to new orders.

        ``POST /v1/private/position/leverage`` (signed, permission: trade)

        Args:
            symbol: Symbol
            leverage: Leverage

        Notes:
            - seed: 'Set symbol leverage'. Binance USDⓈ-M POST /fapi/v1/leverage (leverage 1 to 125;
              -4028 when out of range)
            - maxLeverage is left out (the simulator answers the leverage and mode chosen)
        """
        return await self._call(
            _SET_LEVERAGE,
            {
                "symbol": symbol,
                "leverage": leverage,
            },
            timeout,
            deadline,
        )

    async def set_margin_mode(
        self,
        *,
        symbol: str,
        margin_mode: models.MarginMode,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PositionSettings:
        """Switch a symbol between isolated and cross margin.

        Refused while the symbol has a position or open orders (-4048, -4047); setting the mode it
        already has answers -4046.

        ``POST /v1/private/position/margin-mode`` (signed, permission: trade)

        Args:
            symbol: Symbol
            margin_mode: Margin mode (``marginMode``)

        Notes:
            - seed: 'Switch isolated / cross margin'. Binance USDⓈ-M POST /fapi/v1/marginType
              (ISOLATED/CROSSED, -4046/-4047/-4048) answering the settings as GET
              /fapi/v1/symbolConfig; CROSS as OKX v5 mgnMode cross and Bybit v5 tradeMode
        """
        return await self._call(
            _SET_MARGIN_MODE,
            {
                "symbol": symbol,
                "marginMode": margin_mode,
            },
            timeout,
            deadline,
        )

    async def update_api_key(
        self,
        *,
        api_key: str,
        label: str | None = None,
        permissions: list[models.ApiKeyPermission] | None = None,
        ip_whitelist: list[str] | None = None,
        status: models.ApiKeyStatus | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ApiKeyInfo:
        """Update an API key's label, permissions, IP whitelist or status.

        Fields left out keep their value; ipWhitelist replaces the whole list. A DISABLED key is
        refused until enabled again.

        ``PUT /v1/private/user/api-key/update`` (signed, permission: jwt_only)

        Args:
            api_key: The key to update (``apiKey``)
            label: New name
            permissions: New permissions (READ is always kept)
            ip_whitelist: New IP whitelist (replaces the old one) (``ipWhitelist``)
            status: Enable or disable the key

        Notes:
            - seed: 'Update label, permissions, IP whitelist, and status'. Bybit v5 POST
              /v5/user/update-api (fields replace the old values, so a repeat is harmless), with an
              ENABLED/DISABLED status as Binance's API-key management page
            - Bybit v5 update-api (given fields replace the old ones) with Binance's enable/disable:
              the next signed call sees the change; a DISABLED key is refused with -7009, an unknown
              key -7006
        """
        return await self._call(
            _UPDATE_API_KEY,
            {
                "apiKey": api_key,
                "label": label,
                "permissions": permissions,
                "ipWhitelist": ip_whitelist,
                "status": status,
            },
            timeout,
            deadline,
        )
