"""Perp v1 REST clients, generated from spec/perp_v1; do not edit.

A perpetual-futures exchange API known only by its endpoint table (seed 004): public market data, a JWT login session, API keys with Read/Trade permissions, normal, condition and strategy orders, positions, and a private WebSocket user-data stream opened with a listenKey. Decimal strings for money, integer milliseconds for time, camelCase names, responses in an envelope {code, msg, data} (code 0 = success) and errors with HTTP 4xx/5xx statuses.

Docs: none published: seed 004 is an endpoint table only (NOTES-coinex-coinapi-perp.md (c))
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Literal

import httpx

from exchange_bindings.runtime.client import (
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    DecimalLike,
    LimitWaitHook,
    RetryHook,
    SyncAPIClient,
)
from exchange_bindings.runtime.credentials import Credentials
from exchange_bindings.runtime.lazy import LazyModule, attributes

if TYPE_CHECKING:
    from exchange_bindings.runtime.operation import Operation

    from . import config, models, operations
else:  # loaded by the first client, not the import: the configuration, the operation table and the structs
    config = LazyModule(f"{__package__}.config")
    models = LazyModule(f"{__package__}.models")
    operations = LazyModule(f"{__package__}.operations")

__all__ = ["OPERATIONS", "AsyncClient", "Client"]

OPERATIONS: dict[str, Operation[Any]]
"""Every endpoint by operation name: the operations module's table (here before 1.1.0), loaded when read."""

if not TYPE_CHECKING:  # module globals here before 1.1.0; hidden from type checkers: they would take any name
    __getattr__, __dir__ = attributes(globals(), {"OPERATIONS": ".operations:OPERATIONS", "CONFIG": ".config:CONFIG"})


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
            config.CONFIG,
            operations.OPERATIONS,
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
        op: Operation[models.Order] = self._operations["amend_order"]
        return self._call(
            op,
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
        op: Operation[list[models.BatchOrderResult]] = self._operations["batch_amend_orders"]
        return self._call(
            op,
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
        op: Operation[list[models.BatchOrderResult]] = self._operations["batch_cancel_orders"]
        return self._call(
            op,
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
        op: Operation[list[models.BatchOrderResult]] = self._operations["batch_place_orders"]
        return self._call(
            op,
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
        op: Operation[list[models.CancelledOrder]] = self._operations["cancel_all_orders"]
        return self._call(
            op,
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
        op: Operation[models.ConditionOrder] = self._operations["cancel_condition_order"]
        return self._call(
            op,
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
        op: Operation[models.Order] = self._operations["cancel_order"]
        return self._call(
            op,
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
        op: Operation[dict[str, Any]] = self._operations["close_listen_key"]
        return self._call(
            op,
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
        op: Operation[models.ApiKeyCreated] = self._operations["create_api_key"]
        return self._call(
            op,
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
        op: Operation[models.ListenKey] = self._operations["create_listen_key"]
        return self._call(
            op,
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
        op: Operation[models.ApiKeysDeleted] = self._operations["delete_all_api_keys"]
        return self._call(
            op,
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
        op: Operation[dict[str, Any]] = self._operations["delete_api_key"]
        return self._call(
            op,
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
        op: Operation[models.Session] = self._operations["exchange_agent_ticket"]
        return self._call(
            op,
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
        op: Operation[models.Session] = self._operations["exchange_embed_token"]
        return self._call(
            op,
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
        op: Operation[list[models.AccountChangeLog]] = self._operations["get_account_change_logs"]
        return self._call(
            op,
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
        op: Operation[models.AssetOverviewSummary] = self._operations["get_asset_overview_summary"]
        return self._call(
            op,
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
        op: Operation[list[models.AssetTrendPoint]] = self._operations["get_asset_overview_trend"]
        return self._call(
            op,
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
        op: Operation[list[models.BalanceSnapshot]] = self._operations["get_balance_history"]
        return self._call(
            op,
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
        op: Operation[list[models.ConditionOrder]] = self._operations["get_condition_order_history"]
        return self._call(
            op,
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
        op: Operation[list[models.ConditionOrder]] = self._operations["get_condition_order_history"]
        return self._pages(
            op,
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
        op: Operation[list[models.CurrentFundingRate]] = self._operations["get_current_funding_rates"]
        return self._call(
            op,
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
        op: Operation[list[models.CurrentFundingRate]] = self._operations["get_current_funding_rates"]
        return self._pages(
            op,
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
        op: Operation[models.FavoriteSymbols] = self._operations["get_favorite_symbols"]
        return self._call(
            op,
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
        op: Operation[list[models.FundingRateConfig]] = self._operations["get_funding_rate_config"]
        return self._call(
            op,
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
        op: Operation[list[models.FundingRateRecord]] = self._operations["get_funding_rate_history"]
        return self._call(
            op,
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
        op: Operation[list[models.Kline]] = self._operations["get_klines"]
        return self._call(
            op,
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
        op: Operation[list[models.ConditionOrder]] = self._operations["get_open_condition_orders"]
        return self._call(
            op,
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
        op: Operation[list[models.Order]] = self._operations["get_open_orders"]
        return self._call(
            op,
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
        op: Operation[models.Order] = self._operations["get_order"]
        return self._call(
            op,
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
        op: Operation[list[models.Order]] = self._operations["get_order_history"]
        return self._call(
            op,
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
        op: Operation[list[models.Order]] = self._operations["get_order_history"]
        return self._pages(
            op,
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
        op: Operation[list[models.LeaderboardEntry]] = self._operations["get_pnl_leaderboard"]
        return self._call(
            op,
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
        op: Operation[list[models.PositionHistory]] = self._operations["get_position_history"]
        return self._call(
            op,
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
        op: Operation[models.PositionSettings] = self._operations["get_position_settings"]
        return self._call(
            op,
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
        op: Operation[list[models.Position]] = self._operations["get_positions"]
        return self._call(
            op,
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
        op: Operation[models.ServerTime] = self._operations["get_server_time"]
        return self._call(
            op,
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
        op: Operation[models.StrategyOrder] = self._operations["get_strategy_order"]
        return self._call(
            op,
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
        op: Operation[models.SymbolsInfo] = self._operations["get_symbols"]
        return self._call(
            op,
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
        op: Operation[models.TradeOverview] = self._operations["get_trade_overview"]
        return self._call(
            op,
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
        op: Operation[list[models.Trade]] = self._operations["get_trades"]
        return self._call(
            op,
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
        op: Operation[list[models.Trade]] = self._operations["get_trades"]
        return self._pages(
            op,
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
        op: Operation[list[models.AssetBalance]] = self._operations["get_user_assets"]
        return self._call(
            op,
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
        op: Operation[models.UserInfo] = self._operations["get_user_info"]
        return self._call(
            op,
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
        op: Operation[models.VersionInfo] = self._operations["get_version"]
        return self._call(
            op,
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
        op: Operation[models.VolumeStats] = self._operations["get_volume_stats"]
        return self._call(
            op,
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
        op: Operation[list[models.ApiKeyInfo]] = self._operations["list_api_keys"]
        return self._call(
            op,
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
        op: Operation[models.Session] = self._operations["login"]
        return self._call(
            op,
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
        op: Operation[dict[str, Any]] = self._operations["logout"]
        return self._call(
            op,
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
        op: Operation[models.ConditionOrder] = self._operations["place_condition_order"]
        return self._call(
            op,
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
        op: Operation[models.Order] = self._operations["place_order"]
        return self._call(
            op,
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
        op: Operation[models.StrategyOrder] = self._operations["place_strategy_order"]
        return self._call(
            op,
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
        op: Operation[models.Session] = self._operations["refresh_token"]
        return self._call(
            op,
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
        op: Operation[models.ListenKey] = self._operations["renew_listen_key"]
        return self._call(
            op,
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
        op: Operation[models.FavoriteSymbols] = self._operations["save_favorite_symbols"]
        return self._call(
            op,
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
        op: Operation[models.PositionSettings] = self._operations["set_leverage"]
        return self._call(
            op,
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
        op: Operation[models.PositionSettings] = self._operations["set_margin_mode"]
        return self._call(
            op,
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
        op: Operation[models.ApiKeyInfo] = self._operations["update_api_key"]
        return self._call(
            op,
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
            config.CONFIG,
            operations.OPERATIONS,
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
        op: Operation[models.Order] = self._operations["amend_order"]
        return await self._call(
            op,
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
        op: Operation[list[models.BatchOrderResult]] = self._operations["batch_amend_orders"]
        return await self._call(
            op,
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
        op: Operation[list[models.BatchOrderResult]] = self._operations["batch_cancel_orders"]
        return await self._call(
            op,
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
        op: Operation[list[models.BatchOrderResult]] = self._operations["batch_place_orders"]
        return await self._call(
            op,
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
        op: Operation[list[models.CancelledOrder]] = self._operations["cancel_all_orders"]
        return await self._call(
            op,
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
        op: Operation[models.ConditionOrder] = self._operations["cancel_condition_order"]
        return await self._call(
            op,
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
        op: Operation[models.Order] = self._operations["cancel_order"]
        return await self._call(
            op,
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
        op: Operation[dict[str, Any]] = self._operations["close_listen_key"]
        return await self._call(
            op,
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
        op: Operation[models.ApiKeyCreated] = self._operations["create_api_key"]
        return await self._call(
            op,
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
        op: Operation[models.ListenKey] = self._operations["create_listen_key"]
        return await self._call(
            op,
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
        op: Operation[models.ApiKeysDeleted] = self._operations["delete_all_api_keys"]
        return await self._call(
            op,
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
        op: Operation[dict[str, Any]] = self._operations["delete_api_key"]
        return await self._call(
            op,
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
        op: Operation[models.Session] = self._operations["exchange_agent_ticket"]
        return await self._call(
            op,
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
        op: Operation[models.Session] = self._operations["exchange_embed_token"]
        return await self._call(
            op,
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
        op: Operation[list[models.AccountChangeLog]] = self._operations["get_account_change_logs"]
        return await self._call(
            op,
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
        op: Operation[models.AssetOverviewSummary] = self._operations["get_asset_overview_summary"]
        return await self._call(
            op,
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
        op: Operation[list[models.AssetTrendPoint]] = self._operations["get_asset_overview_trend"]
        return await self._call(
            op,
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
        op: Operation[list[models.BalanceSnapshot]] = self._operations["get_balance_history"]
        return await self._call(
            op,
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
        op: Operation[list[models.ConditionOrder]] = self._operations["get_condition_order_history"]
        return await self._call(
            op,
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
        op: Operation[list[models.ConditionOrder]] = self._operations["get_condition_order_history"]
        return self._pages(
            op,
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
        op: Operation[list[models.CurrentFundingRate]] = self._operations["get_current_funding_rates"]
        return await self._call(
            op,
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
        op: Operation[list[models.CurrentFundingRate]] = self._operations["get_current_funding_rates"]
        return self._pages(
            op,
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
        op: Operation[models.FavoriteSymbols] = self._operations["get_favorite_symbols"]
        return await self._call(
            op,
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
        op: Operation[list[models.FundingRateConfig]] = self._operations["get_funding_rate_config"]
        return await self._call(
            op,
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
        op: Operation[list[models.FundingRateRecord]] = self._operations["get_funding_rate_history"]
        return await self._call(
            op,
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
        op: Operation[list[models.Kline]] = self._operations["get_klines"]
        return await self._call(
            op,
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
        op: Operation[list[models.ConditionOrder]] = self._operations["get_open_condition_orders"]
        return await self._call(
            op,
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
        op: Operation[list[models.Order]] = self._operations["get_open_orders"]
        return await self._call(
            op,
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
        op: Operation[models.Order] = self._operations["get_order"]
        return await self._call(
            op,
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
        op: Operation[list[models.Order]] = self._operations["get_order_history"]
        return await self._call(
            op,
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
        op: Operation[list[models.Order]] = self._operations["get_order_history"]
        return self._pages(
            op,
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
        op: Operation[list[models.LeaderboardEntry]] = self._operations["get_pnl_leaderboard"]
        return await self._call(
            op,
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
        op: Operation[list[models.PositionHistory]] = self._operations["get_position_history"]
        return await self._call(
            op,
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
        op: Operation[models.PositionSettings] = self._operations["get_position_settings"]
        return await self._call(
            op,
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
        op: Operation[list[models.Position]] = self._operations["get_positions"]
        return await self._call(
            op,
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
        op: Operation[models.ServerTime] = self._operations["get_server_time"]
        return await self._call(
            op,
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
        op: Operation[models.StrategyOrder] = self._operations["get_strategy_order"]
        return await self._call(
            op,
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
        op: Operation[models.SymbolsInfo] = self._operations["get_symbols"]
        return await self._call(
            op,
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
        op: Operation[models.TradeOverview] = self._operations["get_trade_overview"]
        return await self._call(
            op,
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
        op: Operation[list[models.Trade]] = self._operations["get_trades"]
        return await self._call(
            op,
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
        op: Operation[list[models.Trade]] = self._operations["get_trades"]
        return self._pages(
            op,
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
        op: Operation[list[models.AssetBalance]] = self._operations["get_user_assets"]
        return await self._call(
            op,
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
        op: Operation[models.UserInfo] = self._operations["get_user_info"]
        return await self._call(
            op,
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
        op: Operation[models.VersionInfo] = self._operations["get_version"]
        return await self._call(
            op,
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
        op: Operation[models.VolumeStats] = self._operations["get_volume_stats"]
        return await self._call(
            op,
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
        op: Operation[list[models.ApiKeyInfo]] = self._operations["list_api_keys"]
        return await self._call(
            op,
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
        op: Operation[models.Session] = self._operations["login"]
        return await self._call(
            op,
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
        op: Operation[dict[str, Any]] = self._operations["logout"]
        return await self._call(
            op,
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
        op: Operation[models.ConditionOrder] = self._operations["place_condition_order"]
        return await self._call(
            op,
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
        op: Operation[models.Order] = self._operations["place_order"]
        return await self._call(
            op,
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
        op: Operation[models.StrategyOrder] = self._operations["place_strategy_order"]
        return await self._call(
            op,
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
        op: Operation[models.Session] = self._operations["refresh_token"]
        return await self._call(
            op,
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
        op: Operation[models.ListenKey] = self._operations["renew_listen_key"]
        return await self._call(
            op,
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
        op: Operation[models.FavoriteSymbols] = self._operations["save_favorite_symbols"]
        return await self._call(
            op,
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
        op: Operation[models.PositionSettings] = self._operations["set_leverage"]
        return await self._call(
            op,
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
        op: Operation[models.PositionSettings] = self._operations["set_margin_mode"]
        return await self._call(
            op,
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
        op: Operation[models.ApiKeyInfo] = self._operations["update_api_key"]
        return await self._call(
            op,
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
