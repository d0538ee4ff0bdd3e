"""CoinFLEX v2 REST clients, generated from spec/coinflex_v2; do not edit.

CoinFLEX's v2 REST API (spot, perpetual swaps, repo, flexAssets, AMM). Decimal strings for money, millisecond timestamps, responses in an envelope {event, timestamp, accountId, data}.

Docs: https://docs.coinflex.com/
"""

from __future__ import annotations

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
    """Synchronous client of the CoinFLEX v2 REST API.

    Args:
        api_key: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_COINFLEX_V2_API_KEY` environment variable.
        api_secret: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_COINFLEX_V2_API_SECRET` environment variable.
        base_url: server to talk to; overrides `environment`.
        environment: one of live, stage (default: the
            `EXCHANGE_BINDINGS_COINFLEX_V2_ENVIRONMENT` environment variable, else live).
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
        base_url: str | None = None,
        environment: Literal["live", "stage"] | None = None,
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
            }
        )
        del api_key, api_secret  # no frame keeps a credential in plain sight
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

    def borrow(
        self,
        *,
        borrow_asset: str,
        collateral_asset: str,
        collateral_amount: DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.BorrowResponse:
        """Borrow USD against collateral.

        Borrow.

        ``POST /v2/borrow`` (signed, permission: trade)

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            borrow_asset: Borrow asset, can only be USD for now (``borrowAsset``)
            collateral_asset: Collateral asset (``collateralAsset``)
            collateral_amount: Collateral amount of the collateral asset (``collateralAmount``)

        Notes:
            - "can only be USD for now" is a current restriction, not a closed set: no enum.
            - the collateral leaves the available balance and its value (last price of the
              collateral's spot market, times the stub's loan_to_value) arrives at once; always
              COMPLETED (nothing left uncollateralized); no interest. A collateral without a spot
              market in the borrowed asset, or another asset than USD: 40032; more collateral than
              available: 710006

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.BorrowResponse] = self._operations["borrow"]
        return self._call(
            op,
            {
                "borrowAsset": borrow_asset,
                "collateralAsset": collateral_asset,
                "collateralAmount": collateral_amount,
            },
            timeout,
            deadline,
        )

    def cancel_all_orders(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.CancelAllOrdersResponse:
        """Cancel all open orders of the account.

        Cancels all open orders of the account connected to the API key initiating the request. If
        successful it also triggers a "Cancel Open Orders" response message in an authenticated
        websocket of the account.

        ``DELETE /v2/cancel/orders`` (signed, permission: trade)

        Notes:
            - No parameters. The docs' Python sample sends the JSON body "{}" (json.dumps({})) with
              the DELETE and signs it as the payload.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-delete-v2-cancel-orders
        """
        op: Operation[models.CancelAllOrdersResponse] = self._operations["cancel_all_orders"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def cancel_all_orders_by_market(
        self,
        *,
        market_code: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.CancelMarketOrdersResponse:
        """Cancel all open orders of the account in one market.

        Cancels all open orders for the specified market for the account connected to the API key
        initiating the request. If successful it also triggers a "Cancel Open Orders" response
        message in an authenticated websocket of the account.

        ``DELETE /v2/cancel/orders/{marketCode}`` (signed, permission: trade)

        Args:
            market_code: Market code (please place it in URL) (``marketCode``)

        Notes:
            - The docs' Python sample sends the JSON body "{}" (json.dumps({})) with the DELETE and
              signs it as the payload.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-delete-v2-cancel-orders-marketcode
        """
        op: Operation[models.CancelMarketOrdersResponse] = self._operations["cancel_all_orders_by_market"]
        return self._call(
            op,
            {
                "marketCode": market_code,
            },
            timeout,
            deadline,
        )

    def cancel_delivery(
        self,
        *,
        delivery_order_id: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.DeliveryCancelResponse:
        """Cancel a pending delivery request.

        Cancels a pending delivery.

        ``DELETE /v2.1/delivery/orders/{deliveryOrderId}`` (signed, permission: trade)

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            delivery_order_id: Delivery order ID, please place it in URL (``deliveryOrderId``)

        Notes:
            - The docs' Python example sends the JSON body "{}" with the DELETE and signs it as the
              payload; the only parameter is in the path.
            - The deliverOrderId returned by the docs' POST /v2.1/delivery/orders example.
            - only a pending delivery order is cancelled; an unknown one: 40035, one delivered or
              cancelled: 100004 (the docs' failure message names no code)

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.DeliveryCancelResponse] = self._operations["cancel_delivery"]
        return self._call(
            op,
            {
                "deliveryOrderId": delivery_order_id,
            },
            timeout,
            deadline,
        )

    def cancel_orders(
        self,
        *,
        response_type: Literal["FULL", "ACK"],
        orders: list[models.CancelOrderRequest],
        recv_window: int | None = None,
        timestamp: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.CancelOrdersResponse:
        """Cancel up to 8 orders.

        Cancel orders; up to 8 orders at a time, each by orderId or clientOrderId. Each order gets
        its own result in data, with success "true" or "false" and, on failure, code and message.

        ``DELETE /v2/orders/cancel`` (signed, permission: trade)

        Args:
            response_type: FULL or ACK (``responseType``)
            orders: The orders to cancel (at most 8).
            recv_window: In milliseconds; see place_orders. (``recvWindow``)
            timestamp: In milliseconds; see place_orders.

        Notes:
            - LONG here (STRING in place/modify); the request example sends a JSON integer
            - DELETE with a JSON body. Left on the default retry policy: repeating a cancel cannot
              open anything (a second attempt reports 40035 Open order not found with id).

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-delete-v2-orders-cancel
        """
        op: Operation[models.CancelOrdersResponse] = self._operations["cancel_orders"]
        return self._call(
            op,
            {
                "responseType": response_type,
                "orders": orders,
                "recvWindow": recv_window,
                "timestamp": timestamp,
            },
            timeout,
            deadline,
        )

    def close_borrow(
        self,
        *,
        market_code: str,
        price: DecimalLike | None = None,
        collateral_amount: DecimalLike | None = None,
        quantity: DecimalLike | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.CloseBorrowResponse:
        """Close a borrow (sells collateral to repay).

        Close borrow.

        ``POST /v2/borrow/close`` (signed, permission: trade)

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            market_code: Borrow asset, can only be USD for now (``marketCode``)
            price: The price to close the borrow, default is the market price
            collateral_amount: The quantity to close the borrow, default is full position
                (``collateralAmount``)
            quantity: Quantity to close (sent by the docs' request example)

        Notes:
            - The table describes marketCode as "Borrow asset, can only be USD for now" while the
              request example sends the market code BTC-USD-SWAP-LIN (NOTES B9.10); no enum.
            - In the table but not in the request example, which sends quantity instead.
            - Not in the table: the request example sends "quantity": "1" where the table names
              collateralAmount. Both are kept because it is unclear which one the server reads.
            - sells the collateral (the market's base asset, borrowed against in USD) through a
              fill-or-kill order at the price given, else a market order; once it fills, the
              collateral's share of the debt is repaid (as POST /v2/repay would). quantity, else
              collateralAmount, else all the collateral. No borrow against the base asset: 40032

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.CloseBorrowResponse] = self._operations["close_borrow"]
        return self._call(
            op,
            {
                "marketCode": market_code,
                "price": price,
                "collateralAmount": collateral_amount,
                "quantity": quantity,
            },
            timeout,
            deadline,
        )

    def create_amm(
        self,
        *,
        direction: Literal["BUY", "SELL", "NEUTRAL"],
        market_code: str,
        min_price_bound: DecimalLike,
        max_price_bound: DecimalLike,
        leverage: str | None = None,
        collateral_asset: str | None = None,
        asset_quantity: DecimalLike | None = None,
        collateral_counter_asset: str | None = None,
        counter_asset_quantity: DecimalLike | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.CreateAmmResponse:
        """Create an AMM.

        Create AMM. When unleveraged and direction is NEUTRAL, minPriceBound and maxPriceBound must
        satisfy mid = counterAssetQuantity / collateralAssetQuantity and maxPriceBound - mid = mid -
        minPriceBound.

        ``POST /v2/AMM/create`` (signed, permission: trade)

        Args:
            direction: BUY or SELL or NEUTRAL
            market_code: Market code e.g. BCH-USD-SWAP-LIN (``marketCode``)
            min_price_bound: Minimum price of the range (see the NEUTRAL formula in the description)
                (``minPriceBound``)
            max_price_bound: Maximum price of the range (see the NEUTRAL formula in the description)
                (``maxPriceBound``)
            leverage: Maximum leverage; with USDT the range of leverage is 1 to 40X, otherwise 1 to
                10X
            collateral_asset: Required unless unleveraged and direction is BUY (``collateralAsset``)
            asset_quantity: Required unless unleveraged and direction is BUY. Minimum is $200
                notional (``assetQuantity``)
            collateral_counter_asset: Required if unleveraged and direction is NEUTRAL or BUY
                (``collateralCounterAsset``)
            counter_asset_quantity: Required if unleveraged and direction is NEUTRAL or BUY. Minimum
                is $200 notional (``counterAssetQuantity``)

        Notes:
            - Not retried automatically (a repeated request would create a second AMM). The v3 docs
              limit AMM POSTs to 4 per 10 seconds; no v2 limit is documented, so no cost is set.
            - the collateral leaves the account for the AMM's own, which quotes the range on the
              market's book (stub.amm_bots); collateral in another asset than the market's two:
              40032; more than available: 710006; bounds not within 0 < min < max on the tick:
              20021. The $200 minimum notional and the NEUTRAL mid-price rule are not checked

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-post-v2-amm-create
        """
        op: Operation[models.CreateAmmResponse] = self._operations["create_amm"]
        return self._call(
            op,
            {
                "direction": direction,
                "marketCode": market_code,
                "minPriceBound": min_price_bound,
                "maxPriceBound": max_price_bound,
                "leverage": leverage,
                "collateralAsset": collateral_asset,
                "assetQuantity": asset_quantity,
                "collateralCounterAsset": collateral_counter_asset,
                "counterAssetQuantity": counter_asset_quantity,
            },
            timeout,
            deadline,
        )

    def get_account_info(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.AccountInfoResponse:
        """Account-level information of the account the API key belongs to.

        Returns the account level information connected to the API key initiating the request.

        ``GET /v2/accountinfo`` (signed, permission: read)

        Notes:
            - the balances valued in USD at their spot markets' last prices plus the positions'
              unrealised PnL; collateral is all of it (no haircuts in the stub); portfolioVarMargin
              is the margin positions hold; riskRatio collateral over that margin (0 without margin)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-accountinfo
        """
        op: Operation[models.AccountInfoResponse] = self._operations["get_account_info"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_amms(
        self,
        *,
        hash_token: str | None = None,
        market_code: str | None = None,
        status: Literal["ENDED", "EXECUTING", "PENDING"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.AmmInfoResponse:
        """The account's AMMs.

        Get AMMs.

        ``GET /v2/AMM`` (signed, permission: read)

        Args:
            hash_token: Multiple hashTokens can be separated by a comma (``hashToken``)
            market_code: Market code e.g. BTC-USD-SWAP-LIN (``marketCode``)
            status: ENDED or EXECUTING or PENDING

        Notes:
            - the request line writes the path without the leading slash (GET v2/AMM?...);
              normalised to /v2/AMM
            - usdEarned: what the AMM holds now (an ended one: what it returned) less its
              collateral, valued at the last price, with its position's unrealised PnL; no
              flexReward or APR. PENDING is never reported (an AMM quotes at once)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-amm
        """
        op: Operation[models.AmmInfoResponse] = self._operations["get_amms"]
        return self._call(
            op,
            {
                "hashToken": hash_token,
                "marketCode": market_code,
                "status": status,
            },
            timeout,
            deadline,
        )

    def get_assets(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.AssetsResponse:
        """All assets (coins and bookable contracts).

        Get a list of all assets available on CoinFLEX. These include coins and bookable contracts.

        ``GET /v2/all/assets``

        Notes:
            - the stub lists the coins of its markets; the live API also lists futures instruments
              (the example's BTC-USD-200626-LIN)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-all-assets
        """
        op: Operation[models.AssetsResponse] = self._operations["get_assets"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_balance(
        self,
        *,
        instrument_id: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.BalanceByIdResponse:
        """The balance of one coin of the account.

        Returns the specified coin balance of the account connected to the API key initiating the
        request.

        ``GET /v2/balances/{instrumentId}`` (signed, permission: read)

        Args:
            instrument_id: Coin symbol, e.g. 'FLEX' (please place it in URL) (``instrumentId``)

        Notes:
            - The docs' Python sample sends the query "limit=3", which this endpoint does not
              document (copied from another sample); it is not modelled. The two example responses
              disagree: the older one has a JSON-integer timestamp and data as a one-element list,
              the newer one a string timestamp and data as a single object; the schema accepts both.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-balances-instrumentid
        """
        op: Operation[models.BalanceByIdResponse] = self._operations["get_balance"]
        return self._call(
            op,
            {
                "instrumentId": instrument_id,
            },
            timeout,
            deadline,
        )

    def get_balances(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.BalancesResponse:
        """All coin balances of the account.

        Returns all the coin balances of the account connected to the API key initiating the
        request.

        ``GET /v2/balances`` (signed, permission: read)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-balances
        """
        op: Operation[models.BalancesResponse] = self._operations["get_balances"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_borrow_history(
        self,
        *,
        asset: str,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.BorrowHistoryResponse:
        """Borrow history by collateral asset, newest first.

        Get borrow history by asset and sorted by time in descending order.

        ``GET /v2/borrow/{asset}`` (signed, permission: read)

        Args:
            asset: Collateral asset name
            limit: max 100, default 100
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - no request example names an asset; BTC is the collateralAsset of the response example
            - the table types limit as STRING; it is a count, sent in the query string like every
              other limit
            - the docs write the path without the leading slash (v2/borrow/{asset}); normalised to
              /v2/borrow/{asset}
            - the borrows of POST /v2/borrow (deprecated) against this collateral asset; the default
              24-hour window is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-borrow-asset
        """
        op: Operation[models.BorrowHistoryResponse] = self._operations["get_borrow_history"]
        return self._call(
            op,
            {
                "asset": asset,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_borrowing_summary(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.BorrowingSummaryResponse:
        """Borrowing summary of the account.

        Get borrowing summary.

        ``GET /v2/borrowingSummary`` (signed, permission: read)

        .. deprecated:: The exchange no longer documents this endpoint.

        Notes:
            - The docs write the path without its leading slash (GET v2/borrowingSummary);
              normalised.

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.BorrowingSummaryResponse] = self._operations["get_borrowing_summary"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_candles(
        self,
        *,
        market_code: str,
        timeframe: str | None = None,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.CandlesResponse:
        """Historical candles of active and expired markets.

        Get historical candles of active and expired markets.

        ``GET /v2/candles/{marketCode}``

        Args:
            market_code: When marketCode is expired market like BTC-USD-201225-LIN, the startTime
                and the endTime should be explicitly set in 2020 (``marketCode``)
            timeframe: e.g. 60s, 300s, 900s, 1800s, 3600s, 7200s, 14400s, 86400s, default 3600s
            limit: max 5000, default 500
            start_time: Millisecond timestamp, e.g. 1579450778000, default is limit times timeframe
                ago, if the limit is 300 and the timeframe is 3600s then the default startTime is
                time now - 300x3600s, if the limit is not present and the timeframe is 3600s then
                the default startTime is time now - 500x3600s (``startTime``)
            end_time: Millisecond timestamp, e.g 1579450778000, default time now (``endTime``)

        Notes:
            - the only market code the candles section names
            - Not an enum: the docs introduce the list with "e.g.", and the WS candle channel offers
              11 granularities against these 8 (NOTES B9.13).
            - No maximum window between startTime and endTime is documented for candles, so
              pagination has no max_window.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-candles-marketcode
        """
        op: Operation[models.CandlesResponse] = self._operations["get_candles"]
        return self._call(
            op,
            {
                "marketCode": market_code,
                "timeframe": timeframe,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_deliver_auction(
        self,
        *,
        instrument_id: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.DeliverAuctionResponse:
        """Upcoming delivery auction of a perpetual swap.

        Requires authentication. Get entire delivery history.

        ``GET /v2.1/deliver-auction/{instrumentId}`` (signed, permission: read)

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            instrument_id: Perpetual swap market code (``instrumentId``)

        Notes:
            - Auth is ambiguous (NOTES B4.2 #44, B9.9): on master the section sits under "Methods -
              Public", but its text says "Requires authentication"; we sign the request (auth:
              required). The text "Get entire delivery history" does not match the response, which
              describes the next auction (auctionTime, netDeliver, estFundingRate). The request
              block also shows "GET /v2/deliver-auction" with no instrument (presumably every
              instrument); only the documented heading path is specified. The docs have no parameter
              table.
            - From the request line GET /v2.1/deliver-auction/<instrumentId>; the example is the
              instrumentId of the docs' response.
            - the next auction of stub.delivery; netDeliver: the pending requests' quantities, longs
              positive and shorts negative; estFundingRate: the rate the next funding time collects

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.DeliverAuctionResponse] = self._operations["get_deliver_auction"]
        return self._call(
            op,
            {
                "instrumentId": instrument_id,
            },
            timeout,
            deadline,
        )

    def get_delivery_orders(
        self,
        *,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.AccountDeliveryOrdersResponse:
        """Delivery history of the account.

        Returns the entire delivery history for the account connected to the API key initiating the
        request.

        ``GET /v2.1/delivery/orders`` (signed, permission: read)

        Args:
            limit: Default 200, max 500
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - The "2 per 10 seconds" rate limit applies to POST /v2.1/delivery/orders (the
              deprecated request-delivery endpoint), not to this GET, which carries the default REST
              cost.
            - the requests of POST /v2.1/delivery/orders (deprecated); the default 24-hour window is
              not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-1-delivery-orders
        """
        op: Operation[models.AccountDeliveryOrdersResponse] = self._operations["get_delivery_orders"]
        return self._call(
            op,
            {
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_depth(
        self,
        *,
        market_code: str,
        level: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.DepthResponse:
        """Order book of a market, to a number of levels.

        Get order book by marketCode and level.

        ``GET /v2/depth/{marketCode}/{level}``

        Args:
            market_code: Market code (``marketCode``)
            level: Number of price levels per side; the response event is depthL<level>.

        Notes:
            - The docs have no parameter table for this endpoint; both path parameters come from the
              request line "GET /v2/depth/BTC-USD-SWAP-LIN/5". The allowed levels are not stated.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-depth-marketcode-level
        """
        op: Operation[models.DepthResponse] = self._operations["get_depth"]
        return self._call(
            op,
            {
                "marketCode": market_code,
                "level": level,
            },
            timeout,
            deadline,
        )

    def get_flex_protocol_balances(
        self,
        *,
        flex_protocol: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FlexProtocolBalancesResponse:
        """Balances of a flexAsset protocol.

        Get flexAsset balances.

        ``GET /v2/flex-protocol/balances/{flexProtocol}``

        Args:
            flex_protocol: Available values flexUSD, flexBTC, flexETH, flexFLEX (``flexProtocol``)

        Notes:
            - the protocol's own account (stub.values.flex_protocol); markPrice: the asset's last
              price in USD

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-flex-protocol-balances-flexprotocol
        """
        op: Operation[models.FlexProtocolBalancesResponse] = self._operations["get_flex_protocol_balances"]
        return self._call(
            op,
            {
                "flexProtocol": flex_protocol,
            },
            timeout,
            deadline,
        )

    def get_flex_protocol_delivery_orders(
        self,
        *,
        flex_protocol: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FlexProtocolDeliveryOrdersResponse:
        """Delivery orders of a flexAsset protocol.

        Get flexAsset delivery orders.

        ``GET /v2/flex-protocol/delivery/orders/{flexProtocol}``

        Args:
            flex_protocol: Available values flexUSD, flexBTC, flexETH, flexFLEX (``flexProtocol``)
            limit: default 100, max 500
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - the delivery orders of the protocol's own account (stub.values.flex_protocol); the
              default 24-hour window is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-flex-protocol-delivery-orders-flexprotocol
        """
        op: Operation[models.FlexProtocolDeliveryOrdersResponse] = self._operations["get_flex_protocol_delivery_orders"]
        return self._call(
            op,
            {
                "flexProtocol": flex_protocol,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_flex_protocol_orders(
        self,
        *,
        flex_protocol: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FlexProtocolOrdersResponse:
        """Open orders of a flexAsset protocol.

        Get flexAsset orders.

        ``GET /v2/flex-protocol/orders/{flexProtocol}``

        Args:
            flex_protocol: Available values flexUSD, flexBTC, flexETH, flexFLEX (``flexProtocol``)

        Notes:
            - the open orders of the protocol's own account (stub.values.flex_protocol)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-flex-protocol-orders-flexprotocol
        """
        op: Operation[models.FlexProtocolOrdersResponse] = self._operations["get_flex_protocol_orders"]
        return self._call(
            op,
            {
                "flexProtocol": flex_protocol,
            },
            timeout,
            deadline,
        )

    def get_flex_protocol_positions(
        self,
        *,
        flex_protocol: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FlexProtocolPositionsResponse:
        """Positions of a flexAsset protocol.

        Get flexAsset positions.

        ``GET /v2/flex-protocol/positions/{flexProtocol}``

        Args:
            flex_protocol: Available values flexUSD, flexBTC, flexETH, flexFLEX (``flexProtocol``)

        Notes:
            - the protocol's own account (stub.values.flex_protocol)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-flex-protocol-positions-flexprotocol
        """
        op: Operation[models.FlexProtocolPositionsResponse] = self._operations["get_flex_protocol_positions"]
        return self._call(
            op,
            {
                "flexProtocol": flex_protocol,
            },
            timeout,
            deadline,
        )

    def get_flex_protocol_trades(
        self,
        *,
        flex_protocol: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        market_code: str,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FlexProtocolTradesResponse:
        """Trades of a flexAsset protocol in one market.

        Get flexAsset trades.

        ``GET /v2/flex-protocol/trades/{flexProtocol}/{marketCode}``

        Args:
            flex_protocol: Available values flexUSD, flexBTC, flexETH, flexFLEX (``flexProtocol``)
            market_code: Market code (``marketCode``)
            limit: default 100, max 500
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - the docs give no description; the example is the marketCode of the docs' response
            - the fills of the protocol's own account (stub.values.flex_protocol); the default
              24-hour window is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-flex-protocol-trades-flexprotocol-marketcode
        """
        op: Operation[models.FlexProtocolTradesResponse] = self._operations["get_flex_protocol_trades"]
        return self._call(
            op,
            {
                "flexProtocol": flex_protocol,
                "marketCode": market_code,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_funding_payments(
        self,
        *,
        market_code: str | None = None,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FundingPaymentsResponse:
        """The account's funding payments, newest first.

        Get funding payments by marketCode and sorted by time in descending order.

        ``GET /v2/funding-payments`` (signed, permission: read)

        Args:
            market_code: e.g. BTC-USD-REPO-LIN (``marketCode``)
            limit: default is 500, max is 500
            start_time: millisecond timestamp, e.g. 1579450778000, default is 500 hours ago
                (``startTime``)
            end_time: millisecond timestamp, e.g. 1613978625000, default is time now (``endTime``)

        Notes:
            - The request line writes the path without the leading slash (GET v2/funding-
              payments?...); the heading has /v2/funding-payments. No maximum window is documented
              (startTime defaults to 500 hours ago).
            - payment is what the account received (negative: paid), as the docs' example (position
              -61.093 at 39996.5 and rate -0.00005 pays 122.17530872); the default 500-hour window
              is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-funding-payments
        """
        op: Operation[models.FundingPaymentsResponse] = self._operations["get_funding_payments"]
        return self._call(
            op,
            {
                "marketCode": market_code,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_funding_rate_history(
        self,
        *,
        column: str | None = None,
        instrument_id: str | None = None,
        limit: int | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.FundingRateHistoryEntry]:
        """Funding rates of perpetual swaps.

        Get funding rate

        ``GET /v2/delivery/public/funding``

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            column: limit size of results, e.g. 3
            instrument_id: e.g. UNI-USD-SWAP-LIN (``instrumentId``)
            limit: default 100, max 500
            start_time: STRING. e.g. 2021-12-08 08:00:00. Default 24 hours ago. startTime and
                endTime must be within 7 days of each other (``startTime``)
            end_time: STRING. e.g. 2021-12-08 08:00:00. Default time now. startTime and endTime must
                be within 7 days of each other (``endTime``)

        Notes:
            - The parameter table has no Required column; every parameter is taken as optional. No
              pagination block: startTime/endTime are "YYYY-MM-DD hh:mm:ss" strings, not millisecond
              timestamps, although the 7-day window and the limit (default 100, max 500) do apply.
              The response is a bare JSON array with no envelope.
            - Purpose unclear: described as "limit size of results" next to a separate limit
              parameter (NOTES B9.10).
            - The table types it STRING; integer like every other limit (query values are text on
              the wire either way).
            - times are read and written in UTC (the docs do not name the time zone); the default
              24-hour window and the 7-day limit are not applied; column is ignored

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[list[models.FundingRateHistoryEntry]] = self._operations["get_funding_rate_history"]
        return self._call(
            op,
            {
                "column": column,
                "instrumentId": instrument_id,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_funding_rates(
        self,
        *,
        market_code: Literal["BTC-USD-REPO-LIN", "ETH-USD-REPO-LIN"],
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FundingRatesResponse:
        """Funding rates of a repo market, newest first.

        Get funding rates by marketCode and sorted by time in descending order.

        ``GET /v2/funding-rates/{marketCode}``

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            market_code: e.g. BTC-USD-REPO-LIN , available values BTC-USD-REPO-LIN, ETH-USD-REPO-LIN
                (``marketCode``)
            limit: default is 50
            start_time: millisecond timestamp, e.g. 1579450778000, default is 7 days ago from time
                now (``startTime``)
            end_time: millisecond timestamp, e.g. 1613978625000, default is time now (``endTime``)

        Notes:
            - no maximum is documented
            - the stub has no repo markets: a repo market's rates are those its perpetual swap
              collected (values repo_market). The docs do not say what index is (2.78222423 next to
              a mark price of 33937.2848): the stub gives the index price, which is its mark price
              (the last price); the default 7-day window is not applied

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.FundingRatesResponse] = self._operations["get_funding_rates"]
        return self._call(
            op,
            {
                "marketCode": market_code,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_markets(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.MarketsResponse:
        """All available markets.

        Get a list of all available markets on CoinFlex.

        ``GET /v2/all/markets``

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-all-markets
        """
        op: Operation[models.MarketsResponse] = self._operations["get_markets"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_mint_history(
        self,
        *,
        asset: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.MintHistoryResponse:
        """Mint history of one flexAsset, newest first.

        Get mint history by asset and sorted by time in descending order.

        ``GET /v2/mint/{asset}`` (signed, permission: read)

        Args:
            asset: Asset name, available assets: flexUSD, flexBTC, flexETH, flexFLEX
            limit: max 100, default 100
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - the table types limit as STRING; it is a count, sent in the query string like every
              other limit
            - the default 24-hour window is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-mint-asset
        """
        op: Operation[models.MintHistoryResponse] = self._operations["get_mint_history"]
        return self._call(
            op,
            {
                "asset": asset,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_open_orders(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.OpenOrdersResponse:
        """All open orders of the account.

        Returns all the open orders of the account connected to the API key initiating the request.

        ``GET /v2/orders`` (signed, permission: read)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-orders
        """
        op: Operation[models.OpenOrdersResponse] = self._operations["get_open_orders"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_orders(
        self,
        *,
        market_code: str | None = None,
        order_id: int | None = None,
        client_order_id: int | None = None,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.OrderHistoryResponse:
        """All orders (open and closed) of the account.

        Returns all orders of the account connected to the API key initiating the request.
        OrderClosed orders are not in the orderbook; the remainQuantity in OrderClosed orders is the
        historical remaining quantity.

        ``GET /v2.1/orders`` (signed, permission: read)

        Args:
            market_code: Market code (``marketCode``)
            order_id: Order ID (``orderId``)
            client_order_id: Client assigned ID to help manage and identify orders with max value
                9223372036854775807 (``clientOrderId``)
            limit: max 100, default 100
            start_time: e.g. 1579450778000, default 24 hours ago; endTime - startTime <= 7 days
                (``startTime``)
            end_time: e.g. 1613978625000, default time now; endTime - startTime <= 7 days
                (``endTime``)

        Notes:
            - the docs describe orderId as 'Client assigned ID to help manage and identify orders'
              (copied from clientOrderId); it is the exchange's order ID. Type LONG.
            - ULONG; minimum 1 from error 20008 'clientOrderId must be greater than zero if
              provided'

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-1-orders
        """
        op: Operation[models.OrderHistoryResponse] = self._operations["get_orders"]
        return self._call(
            op,
            {
                "marketCode": market_code,
                "orderId": order_id,
                "clientOrderId": client_order_id,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_position(
        self,
        *,
        instrument_id: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PositionByIdResponse:
        """The position of the account in one instrument.

        Returns the specified instrument ID position of the account connected to the API key
        initiating the request. Returns an empty object {} when no positions were found.

        ``GET /v2/positions/{instrumentId}`` (signed, permission: read)

        Args:
            instrument_id: Contract symbol, e.g. 'FLEX-USD-SWAP-LIN' (please place it in URL)
                (``instrumentId``)

        Notes:
            - The docs' Python sample sends the query "limit=3", which this endpoint does not
              document (copied from another sample); it is not modelled. The older example has data
              as a one-element list and a JSON-integer timestamp, the newer one data as a single
              object and a string timestamp. "Returned an empty object {} when no positions were
              found" is read as data being {}; the schema accepts a list, a position or an empty
              object.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-positions-instrumentid
        """
        op: Operation[models.PositionByIdResponse] = self._operations["get_position"]
        return self._call(
            op,
            {
                "instrumentId": instrument_id,
            },
            timeout,
            deadline,
        )

    def get_positions(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PositionsResponse:
        """All positions of the account.

        Returns all the positions of the account connected to the API key initiating the request.
        Returns an empty array [] when no positions were found.

        ``GET /v2/positions`` (signed, permission: read)

        Notes:
            - The docs' Python sample sends the query "limit=3", which this endpoint does not
              document (copied from another sample); it is not modelled.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-positions
        """
        op: Operation[models.PositionsResponse] = self._operations["get_positions"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_public_trades(
        self,
        *,
        market_code: str,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PublicTradesResponse:
        """Most recent public trades of a market.

        Get most recent trades.

        ``GET /v2/publictrades/{marketCode}``

        Args:
            market_code: Market code (``marketCode``)
            limit: Default 100, max 300
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - the docs give no description and no request value; the example is the marketCode of
              the docs' response

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-publictrades-marketcode
        """
        op: Operation[models.PublicTradesResponse] = self._operations["get_public_trades"]
        return self._call(
            op,
            {
                "marketCode": market_code,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_redeem_history(
        self,
        *,
        asset: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.RedemptionHistoryResponse:
        """Redemption history of one flexAsset, newest first.

        Get redemption history by asset and sorted by time in descending order.

        ``GET /v2/redeem/{asset}`` (signed, permission: read)

        Args:
            asset: Asset name, available assets: flexUSD, flexBTC, flexETH, flexFLEX
            limit: max 100, default 100
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - no request example names an asset; flexETH is from the mint-history example (the
              redemption-history example shows asset ETH)
            - the table types limit as STRING; it is a count, sent in the query string like every
              other limit
            - asset is the underlying asset, as in the docs' example (ETH for flexETH); the default
              24-hour window is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-redeem-asset
        """
        op: Operation[models.RedemptionHistoryResponse] = self._operations["get_redeem_history"]
        return self._call(
            op,
            {
                "asset": asset,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_repay_history(
        self,
        *,
        asset: str,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.RepayHistoryResponse:
        """Repay history by regain asset, newest first.

        Get repay history by asset and sorted by time in descending order.

        ``GET /v2/repay/{asset}`` (signed, permission: read)

        Args:
            asset: Regain asset name
            limit: max 100, default 100
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - no request example names an asset; BTC is the regainAsset of the response example
            - the table types limit as STRING; it is a count, sent in the query string like every
              other limit
            - the docs write the path without the leading slash (v2/repay/{asset}); normalised to
              /v2/repay/{asset}
            - the repayments of POST /v2/repay (deprecated) regaining this asset; the default
              24-hour window is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-repay-asset
        """
        op: Operation[models.RepayHistoryResponse] = self._operations["get_repay_history"]
        return self._call(
            op,
            {
                "asset": asset,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def get_tickers(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.TickersResponse:
        """Tickers of all markets.

        Get a list of all of the tickers.

        ``GET /v2/ticker``

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-ticker
        """
        op: Operation[models.TickersResponse] = self._operations["get_tickers"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_trades(
        self,
        *,
        market_code: str,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.AccountTradesResponse:
        """The account's most recent trades in one market.

        Returns the most recent trades of the account connected to the API key initiating the
        request.

        ``GET /v2/trades/{marketCode}`` (signed, permission: read)

        Args:
            market_code: Market code (please place it in URL) (``marketCode``)
            limit: Default 500, max 1000
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-trades-marketcode
        """
        op: Operation[models.AccountTradesResponse] = self._operations["get_trades"]
        return self._call(
            op,
            {
                "marketCode": market_code,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    def mint(
        self,
        *,
        asset: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        quantity: DecimalLike | DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.MintResponse:
        """Mint a flexAsset.

        Mint.

        ``POST /v2/mint`` (signed, permission: trade)

        Args:
            asset: Asset name, available assets: flexUSD, flexBTC, flexETH, flexFLEX
            quantity: Quantity of the asset

        Notes:
            - the table says STRING/DECIMAL; the request example sends the JSON number 1000
            - Not retried automatically (a repeated request would mint again). The v3 docs limit
              flexAsset mint/redeem to 1 per second and 2 per 10 seconds; no v2 limit is documented,
              so no cost is set.
            - the underlying asset (USD for flexUSD, ...) leaves the available balance and the
              flexAsset arrives, one for one; more than available: 710006

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-post-v2-mint
        """
        op: Operation[models.MintResponse] = self._operations["mint"]
        return self._call(
            op,
            {
                "asset": asset,
                "quantity": quantity,
            },
            timeout,
            deadline,
        )

    def modify_orders(
        self,
        *,
        response_type: Literal["FULL", "ACK"],
        orders: list[models.ModifyOrderRequest],
        recv_window: int | None = None,
        timestamp: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ModifyOrdersResponse:
        """Modify up to 8 orders.

        Modify orders; up to 8 orders at a time. Each order gets its own result in data, with
        success "true" or "false" and, on failure, code and message.

        ``POST /v2/orders/modify`` (signed, permission: trade)

        Args:
            response_type: FULL or ACK (``responseType``)
            orders: The orders to modify (at most 8).
            recv_window: In milliseconds; see place_orders. (``recvWindow``)
            timestamp: In milliseconds; see place_orders.

        Notes:
            - the table says STRING; the request example sends a JSON integer (1614331650143)
            - Not retried automatically (a repeated modify may act on a changed order).

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-post-v2-orders-modify
        """
        op: Operation[models.ModifyOrdersResponse] = self._operations["modify_orders"]
        return self._call(
            op,
            {
                "responseType": response_type,
                "orders": orders,
                "recvWindow": recv_window,
                "timestamp": timestamp,
            },
            timeout,
            deadline,
        )

    def ping(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PingResponse:
        """API service status.

        Get API service status.

        ``GET /v2/ping``

        Notes:
            - a constant: the service is up whenever the stub answers

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-ping
        """
        op: Operation[models.PingResponse] = self._operations["ping"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def place_orders(
        self,
        *,
        response_type: Literal["FULL", "ACK"],
        orders: list[models.PlaceOrderRequest],
        recv_window: int | None = None,
        timestamp: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PlaceOrdersResponse:
        """Place up to 8 orders.

        Place orders; up to 8 orders at a time. Each order gets its own result in data, with success
        "true" or "false" and, on failure, code and message. If an order reaches the matching engine
        after timestamp + recvWindow it is rejected; with timestamp but no recvWindow, recvWindow
        defaults to 1000 ms; without timestamp the request is never rejected for lateness.

        ``POST /v2/orders/place`` (signed, permission: trade)

        Args:
            response_type: FULL or ACK (``responseType``)
            orders: The orders to place (at most 8).
            recv_window: In milliseconds. If an order reaches the matching engine and the current
                timestamp exceeds timestamp + recvWindow, the order is rejected. Without timestamp
                it has no effect. (``recvWindow``)
            timestamp: In milliseconds. If timestamp is provided without recvWindow, a default
                recvWindow of 1000 ms is used.

        Lost answers:
            The client makes a `clientOrderId` when none is given, the same for every attempt. The
            exchange may place a repeated order again, so a lost answer (dropped connection,
            timeout, 5xx, unreadable body) is never simply retried: 2s after sending, the client
            looks the order(s) up by that id (get_orders) and returns what it finds; an order is
            sent again only when the lookup shows it was not placed, and OutcomeUnknownError (with
            the ids) is raised when that cannot be told by the deadline.

        Notes:
            - GET /v2.1/orders lists open and closed orders and filters by clientOrderId. The docs
              state no bound on how long after sending an order can still reach the matching engine;
              2 s is our choice (a request with timestamp and recvWindow is refused after timestamp
              + recvWindow). A found order's notice is its history status (OrderOpened,
              OrderMatched, OrderClosed, ...).
            - the table says STRING; both request examples send a JSON integer (e.g. 1615430912440)
            - clientOrderId is not unique on CoinFLEX (the docs' examples reuse it), so a repeated
              request would place the orders again: a lost answer is resolved by looking the orders
              up.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-post-v2-orders-place
        """
        op: Operation[models.PlaceOrdersResponse] = self._operations["place_orders"]
        return self._call(
            op,
            {
                "responseType": response_type,
                "orders": orders,
                "recvWindow": recv_window,
                "timestamp": timestamp,
            },
            timeout,
            deadline,
        )

    def redeem(
        self,
        *,
        asset: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        quantity: DecimalLike | DecimalLike,
        type: Literal["Normal", "Instant"],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.RedeemResponse:
        """Redeem a flexAsset.

        Redeem.

        ``POST /v2/redeem`` (signed, permission: trade)

        Args:
            asset: Asset name, available assets: flexUSD, flexBTC, flexETH, flexFLEX
            quantity: Quantity of the asset
            type: Redeem type, available types: Normal, Instant

        Notes:
            - the table says STRING/DECIMAL; the request example sends the JSON number 1000
            - the request uses Normal/Instant; the response example echoes NORMAL
            - Not retried automatically (a repeated request would redeem again). The v3 docs limit
              flexAsset mint/redeem to 1 per second and 2 per 10 seconds; no v2 limit is documented,
              so no cost is set.
            - the flexAsset leaves and the underlying asset arrives at once; redeemAt is the next
              quarter hour (Normal) or now (Instant)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-post-v2-redeem
        """
        op: Operation[models.RedeemResponse] = self._operations["redeem"]
        return self._call(
            op,
            {
                "asset": asset,
                "quantity": quantity,
                "type": type,
            },
            timeout,
            deadline,
        )

    def redeem_amm(
        self,
        *,
        hash_token: str,
        redeem_type: Literal["DELIVER", "MANUAL"],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.RedeemAmmResponse:
        """Redeem (close) an AMM.

        Redeem AMM.

        ``POST /v2/AMM/redeem`` (signed, permission: trade)

        Args:
            hash_token: Identity of the AMM (``hashToken``)
            redeem_type: DELIVER or MANUAL (``redeemType``)

        Notes:
            - Not retried automatically. The v3 docs limit AMM POSTs to 4 per 10 seconds; no v2
              limit is documented, so no cost is set.
            - the AMM's orders are cancelled, its position delivered and its balances returned; not
              the account's AMM: 40035; ended already: 100004

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-post-v2-amm-redeem
        """
        op: Operation[models.RedeemAmmResponse] = self._operations["redeem_amm"]
        return self._call(
            op,
            {
                "hashToken": hash_token,
                "redeemType": redeem_type,
            },
            timeout,
            deadline,
        )

    def repay(
        self,
        *,
        repay_asset: str,
        regain_asset: str,
        regain_amount: DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.RepayResponse:
        """Repay borrowed USD and regain collateral.

        Repay.

        ``POST /v2/repay`` (signed, permission: trade)

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            repay_asset: Repay asset, can only be USD for now (``repayAsset``)
            regain_asset: Regain asset (``regainAsset``)
            regain_amount: Regain amount of the regain asset (``regainAmount``)

        Notes:
            - "can only be USD for now" is a current restriction, not a closed set: no enum.
            - repays the regained collateral's share of what is owed against it; more than is
              locked: 20006; nothing borrowed against it: 40032

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.RepayResponse] = self._operations["repay"]
        return self._call(
            op,
            {
                "repayAsset": repay_asset,
                "regainAsset": regain_asset,
                "regainAmount": regain_amount,
            },
            timeout,
            deadline,
        )

    def request_delivery(
        self,
        *,
        instrument_id: str,
        qty_deliver: DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.DeliveryRequestResponse:
        """Request physical delivery of a perpetual swap position.

        Submits a request for physical delivery for a specified perpetual swap instrument and
        quantity.

        ``POST /v2.1/delivery/orders`` (signed, permission: trade)

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            instrument_id: Perpetual swap instrument intended for delivery (``instrumentId``)
            qty_deliver: Quantity intended for delivery (``qtyDeliver``)

        Notes:
            - a long receives the base asset and pays its value in USD, a short the other way round,
              at the next auction (stub.delivery); more than the position (less what is already
              asked): 20006; not a perpetual market: 20015

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.DeliveryRequestResponse] = self._operations["request_delivery"]
        return self._call(
            op,
            {
                "instrumentId": instrument_id,
                "qtyDeliver": qty_deliver,
            },
            timeout,
            deadline,
        )


class AsyncClient(AsyncAPIClient):
    """Asynchronous client of the CoinFLEX v2 REST API.

    Args:
        api_key: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_COINFLEX_V2_API_KEY` environment variable.
        api_secret: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_COINFLEX_V2_API_SECRET` environment variable.
        base_url: server to talk to; overrides `environment`.
        environment: one of live, stage (default: the
            `EXCHANGE_BINDINGS_COINFLEX_V2_ENVIRONMENT` environment variable, else live).
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
        base_url: str | None = None,
        environment: Literal["live", "stage"] | None = None,
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
            }
        )
        del api_key, api_secret  # no frame keeps a credential in plain sight
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

    async def borrow(
        self,
        *,
        borrow_asset: str,
        collateral_asset: str,
        collateral_amount: DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.BorrowResponse:
        """Borrow USD against collateral.

        Borrow.

        ``POST /v2/borrow`` (signed, permission: trade)

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            borrow_asset: Borrow asset, can only be USD for now (``borrowAsset``)
            collateral_asset: Collateral asset (``collateralAsset``)
            collateral_amount: Collateral amount of the collateral asset (``collateralAmount``)

        Notes:
            - "can only be USD for now" is a current restriction, not a closed set: no enum.
            - the collateral leaves the available balance and its value (last price of the
              collateral's spot market, times the stub's loan_to_value) arrives at once; always
              COMPLETED (nothing left uncollateralized); no interest. A collateral without a spot
              market in the borrowed asset, or another asset than USD: 40032; more collateral than
              available: 710006

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.BorrowResponse] = self._operations["borrow"]
        return await self._call(
            op,
            {
                "borrowAsset": borrow_asset,
                "collateralAsset": collateral_asset,
                "collateralAmount": collateral_amount,
            },
            timeout,
            deadline,
        )

    async def cancel_all_orders(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.CancelAllOrdersResponse:
        """Cancel all open orders of the account.

        Cancels all open orders of the account connected to the API key initiating the request. If
        successful it also triggers a "Cancel Open Orders" response message in an authenticated
        websocket of the account.

        ``DELETE /v2/cancel/orders`` (signed, permission: trade)

        Notes:
            - No parameters. The docs' Python sample sends the JSON body "{}" (json.dumps({})) with
              the DELETE and signs it as the payload.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-delete-v2-cancel-orders
        """
        op: Operation[models.CancelAllOrdersResponse] = self._operations["cancel_all_orders"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def cancel_all_orders_by_market(
        self,
        *,
        market_code: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.CancelMarketOrdersResponse:
        """Cancel all open orders of the account in one market.

        Cancels all open orders for the specified market for the account connected to the API key
        initiating the request. If successful it also triggers a "Cancel Open Orders" response
        message in an authenticated websocket of the account.

        ``DELETE /v2/cancel/orders/{marketCode}`` (signed, permission: trade)

        Args:
            market_code: Market code (please place it in URL) (``marketCode``)

        Notes:
            - The docs' Python sample sends the JSON body "{}" (json.dumps({})) with the DELETE and
              signs it as the payload.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-delete-v2-cancel-orders-marketcode
        """
        op: Operation[models.CancelMarketOrdersResponse] = self._operations["cancel_all_orders_by_market"]
        return await self._call(
            op,
            {
                "marketCode": market_code,
            },
            timeout,
            deadline,
        )

    async def cancel_delivery(
        self,
        *,
        delivery_order_id: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.DeliveryCancelResponse:
        """Cancel a pending delivery request.

        Cancels a pending delivery.

        ``DELETE /v2.1/delivery/orders/{deliveryOrderId}`` (signed, permission: trade)

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            delivery_order_id: Delivery order ID, please place it in URL (``deliveryOrderId``)

        Notes:
            - The docs' Python example sends the JSON body "{}" with the DELETE and signs it as the
              payload; the only parameter is in the path.
            - The deliverOrderId returned by the docs' POST /v2.1/delivery/orders example.
            - only a pending delivery order is cancelled; an unknown one: 40035, one delivered or
              cancelled: 100004 (the docs' failure message names no code)

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.DeliveryCancelResponse] = self._operations["cancel_delivery"]
        return await self._call(
            op,
            {
                "deliveryOrderId": delivery_order_id,
            },
            timeout,
            deadline,
        )

    async def cancel_orders(
        self,
        *,
        response_type: Literal["FULL", "ACK"],
        orders: list[models.CancelOrderRequest],
        recv_window: int | None = None,
        timestamp: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.CancelOrdersResponse:
        """Cancel up to 8 orders.

        Cancel orders; up to 8 orders at a time, each by orderId or clientOrderId. Each order gets
        its own result in data, with success "true" or "false" and, on failure, code and message.

        ``DELETE /v2/orders/cancel`` (signed, permission: trade)

        Args:
            response_type: FULL or ACK (``responseType``)
            orders: The orders to cancel (at most 8).
            recv_window: In milliseconds; see place_orders. (``recvWindow``)
            timestamp: In milliseconds; see place_orders.

        Notes:
            - LONG here (STRING in place/modify); the request example sends a JSON integer
            - DELETE with a JSON body. Left on the default retry policy: repeating a cancel cannot
              open anything (a second attempt reports 40035 Open order not found with id).

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-delete-v2-orders-cancel
        """
        op: Operation[models.CancelOrdersResponse] = self._operations["cancel_orders"]
        return await self._call(
            op,
            {
                "responseType": response_type,
                "orders": orders,
                "recvWindow": recv_window,
                "timestamp": timestamp,
            },
            timeout,
            deadline,
        )

    async def close_borrow(
        self,
        *,
        market_code: str,
        price: DecimalLike | None = None,
        collateral_amount: DecimalLike | None = None,
        quantity: DecimalLike | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.CloseBorrowResponse:
        """Close a borrow (sells collateral to repay).

        Close borrow.

        ``POST /v2/borrow/close`` (signed, permission: trade)

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            market_code: Borrow asset, can only be USD for now (``marketCode``)
            price: The price to close the borrow, default is the market price
            collateral_amount: The quantity to close the borrow, default is full position
                (``collateralAmount``)
            quantity: Quantity to close (sent by the docs' request example)

        Notes:
            - The table describes marketCode as "Borrow asset, can only be USD for now" while the
              request example sends the market code BTC-USD-SWAP-LIN (NOTES B9.10); no enum.
            - In the table but not in the request example, which sends quantity instead.
            - Not in the table: the request example sends "quantity": "1" where the table names
              collateralAmount. Both are kept because it is unclear which one the server reads.
            - sells the collateral (the market's base asset, borrowed against in USD) through a
              fill-or-kill order at the price given, else a market order; once it fills, the
              collateral's share of the debt is repaid (as POST /v2/repay would). quantity, else
              collateralAmount, else all the collateral. No borrow against the base asset: 40032

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.CloseBorrowResponse] = self._operations["close_borrow"]
        return await self._call(
            op,
            {
                "marketCode": market_code,
                "price": price,
                "collateralAmount": collateral_amount,
                "quantity": quantity,
            },
            timeout,
            deadline,
        )

    async def create_amm(
        self,
        *,
        direction: Literal["BUY", "SELL", "NEUTRAL"],
        market_code: str,
        min_price_bound: DecimalLike,
        max_price_bound: DecimalLike,
        leverage: str | None = None,
        collateral_asset: str | None = None,
        asset_quantity: DecimalLike | None = None,
        collateral_counter_asset: str | None = None,
        counter_asset_quantity: DecimalLike | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.CreateAmmResponse:
        """Create an AMM.

        Create AMM. When unleveraged and direction is NEUTRAL, minPriceBound and maxPriceBound must
        satisfy mid = counterAssetQuantity / collateralAssetQuantity and maxPriceBound - mid = mid -
        minPriceBound.

        ``POST /v2/AMM/create`` (signed, permission: trade)

        Args:
            direction: BUY or SELL or NEUTRAL
            market_code: Market code e.g. BCH-USD-SWAP-LIN (``marketCode``)
            min_price_bound: Minimum price of the range (see the NEUTRAL formula in the description)
                (``minPriceBound``)
            max_price_bound: Maximum price of the range (see the NEUTRAL formula in the description)
                (``maxPriceBound``)
            leverage: Maximum leverage; with USDT the range of leverage is 1 to 40X, otherwise 1 to
                10X
            collateral_asset: Required unless unleveraged and direction is BUY (``collateralAsset``)
            asset_quantity: Required unless unleveraged and direction is BUY. Minimum is $200
                notional (``assetQuantity``)
            collateral_counter_asset: Required if unleveraged and direction is NEUTRAL or BUY
                (``collateralCounterAsset``)
            counter_asset_quantity: Required if unleveraged and direction is NEUTRAL or BUY. Minimum
                is $200 notional (``counterAssetQuantity``)

        Notes:
            - Not retried automatically (a repeated request would create a second AMM). The v3 docs
              limit AMM POSTs to 4 per 10 seconds; no v2 limit is documented, so no cost is set.
            - the collateral leaves the account for the AMM's own, which quotes the range on the
              market's book (stub.amm_bots); collateral in another asset than the market's two:
              40032; more than available: 710006; bounds not within 0 < min < max on the tick:
              20021. The $200 minimum notional and the NEUTRAL mid-price rule are not checked

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-post-v2-amm-create
        """
        op: Operation[models.CreateAmmResponse] = self._operations["create_amm"]
        return await self._call(
            op,
            {
                "direction": direction,
                "marketCode": market_code,
                "minPriceBound": min_price_bound,
                "maxPriceBound": max_price_bound,
                "leverage": leverage,
                "collateralAsset": collateral_asset,
                "assetQuantity": asset_quantity,
                "collateralCounterAsset": collateral_counter_asset,
                "counterAssetQuantity": counter_asset_quantity,
            },
            timeout,
            deadline,
        )

    async def get_account_info(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.AccountInfoResponse:
        """Account-level information of the account the API key belongs to.

        Returns the account level information connected to the API key initiating the request.

        ``GET /v2/accountinfo`` (signed, permission: read)

        Notes:
            - the balances valued in USD at their spot markets' last prices plus the positions'
              unrealised PnL; collateral is all of it (no haircuts in the stub); portfolioVarMargin
              is the margin positions hold; riskRatio collateral over that margin (0 without margin)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-accountinfo
        """
        op: Operation[models.AccountInfoResponse] = self._operations["get_account_info"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_amms(
        self,
        *,
        hash_token: str | None = None,
        market_code: str | None = None,
        status: Literal["ENDED", "EXECUTING", "PENDING"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.AmmInfoResponse:
        """The account's AMMs.

        Get AMMs.

        ``GET /v2/AMM`` (signed, permission: read)

        Args:
            hash_token: Multiple hashTokens can be separated by a comma (``hashToken``)
            market_code: Market code e.g. BTC-USD-SWAP-LIN (``marketCode``)
            status: ENDED or EXECUTING or PENDING

        Notes:
            - the request line writes the path without the leading slash (GET v2/AMM?...);
              normalised to /v2/AMM
            - usdEarned: what the AMM holds now (an ended one: what it returned) less its
              collateral, valued at the last price, with its position's unrealised PnL; no
              flexReward or APR. PENDING is never reported (an AMM quotes at once)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-amm
        """
        op: Operation[models.AmmInfoResponse] = self._operations["get_amms"]
        return await self._call(
            op,
            {
                "hashToken": hash_token,
                "marketCode": market_code,
                "status": status,
            },
            timeout,
            deadline,
        )

    async def get_assets(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.AssetsResponse:
        """All assets (coins and bookable contracts).

        Get a list of all assets available on CoinFLEX. These include coins and bookable contracts.

        ``GET /v2/all/assets``

        Notes:
            - the stub lists the coins of its markets; the live API also lists futures instruments
              (the example's BTC-USD-200626-LIN)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-all-assets
        """
        op: Operation[models.AssetsResponse] = self._operations["get_assets"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_balance(
        self,
        *,
        instrument_id: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.BalanceByIdResponse:
        """The balance of one coin of the account.

        Returns the specified coin balance of the account connected to the API key initiating the
        request.

        ``GET /v2/balances/{instrumentId}`` (signed, permission: read)

        Args:
            instrument_id: Coin symbol, e.g. 'FLEX' (please place it in URL) (``instrumentId``)

        Notes:
            - The docs' Python sample sends the query "limit=3", which this endpoint does not
              document (copied from another sample); it is not modelled. The two example responses
              disagree: the older one has a JSON-integer timestamp and data as a one-element list,
              the newer one a string timestamp and data as a single object; the schema accepts both.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-balances-instrumentid
        """
        op: Operation[models.BalanceByIdResponse] = self._operations["get_balance"]
        return await self._call(
            op,
            {
                "instrumentId": instrument_id,
            },
            timeout,
            deadline,
        )

    async def get_balances(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.BalancesResponse:
        """All coin balances of the account.

        Returns all the coin balances of the account connected to the API key initiating the
        request.

        ``GET /v2/balances`` (signed, permission: read)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-balances
        """
        op: Operation[models.BalancesResponse] = self._operations["get_balances"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_borrow_history(
        self,
        *,
        asset: str,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.BorrowHistoryResponse:
        """Borrow history by collateral asset, newest first.

        Get borrow history by asset and sorted by time in descending order.

        ``GET /v2/borrow/{asset}`` (signed, permission: read)

        Args:
            asset: Collateral asset name
            limit: max 100, default 100
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - no request example names an asset; BTC is the collateralAsset of the response example
            - the table types limit as STRING; it is a count, sent in the query string like every
              other limit
            - the docs write the path without the leading slash (v2/borrow/{asset}); normalised to
              /v2/borrow/{asset}
            - the borrows of POST /v2/borrow (deprecated) against this collateral asset; the default
              24-hour window is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-borrow-asset
        """
        op: Operation[models.BorrowHistoryResponse] = self._operations["get_borrow_history"]
        return await self._call(
            op,
            {
                "asset": asset,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_borrowing_summary(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.BorrowingSummaryResponse:
        """Borrowing summary of the account.

        Get borrowing summary.

        ``GET /v2/borrowingSummary`` (signed, permission: read)

        .. deprecated:: The exchange no longer documents this endpoint.

        Notes:
            - The docs write the path without its leading slash (GET v2/borrowingSummary);
              normalised.

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.BorrowingSummaryResponse] = self._operations["get_borrowing_summary"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_candles(
        self,
        *,
        market_code: str,
        timeframe: str | None = None,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.CandlesResponse:
        """Historical candles of active and expired markets.

        Get historical candles of active and expired markets.

        ``GET /v2/candles/{marketCode}``

        Args:
            market_code: When marketCode is expired market like BTC-USD-201225-LIN, the startTime
                and the endTime should be explicitly set in 2020 (``marketCode``)
            timeframe: e.g. 60s, 300s, 900s, 1800s, 3600s, 7200s, 14400s, 86400s, default 3600s
            limit: max 5000, default 500
            start_time: Millisecond timestamp, e.g. 1579450778000, default is limit times timeframe
                ago, if the limit is 300 and the timeframe is 3600s then the default startTime is
                time now - 300x3600s, if the limit is not present and the timeframe is 3600s then
                the default startTime is time now - 500x3600s (``startTime``)
            end_time: Millisecond timestamp, e.g 1579450778000, default time now (``endTime``)

        Notes:
            - the only market code the candles section names
            - Not an enum: the docs introduce the list with "e.g.", and the WS candle channel offers
              11 granularities against these 8 (NOTES B9.13).
            - No maximum window between startTime and endTime is documented for candles, so
              pagination has no max_window.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-candles-marketcode
        """
        op: Operation[models.CandlesResponse] = self._operations["get_candles"]
        return await self._call(
            op,
            {
                "marketCode": market_code,
                "timeframe": timeframe,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_deliver_auction(
        self,
        *,
        instrument_id: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.DeliverAuctionResponse:
        """Upcoming delivery auction of a perpetual swap.

        Requires authentication. Get entire delivery history.

        ``GET /v2.1/deliver-auction/{instrumentId}`` (signed, permission: read)

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            instrument_id: Perpetual swap market code (``instrumentId``)

        Notes:
            - Auth is ambiguous (NOTES B4.2 #44, B9.9): on master the section sits under "Methods -
              Public", but its text says "Requires authentication"; we sign the request (auth:
              required). The text "Get entire delivery history" does not match the response, which
              describes the next auction (auctionTime, netDeliver, estFundingRate). The request
              block also shows "GET /v2/deliver-auction" with no instrument (presumably every
              instrument); only the documented heading path is specified. The docs have no parameter
              table.
            - From the request line GET /v2.1/deliver-auction/<instrumentId>; the example is the
              instrumentId of the docs' response.
            - the next auction of stub.delivery; netDeliver: the pending requests' quantities, longs
              positive and shorts negative; estFundingRate: the rate the next funding time collects

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.DeliverAuctionResponse] = self._operations["get_deliver_auction"]
        return await self._call(
            op,
            {
                "instrumentId": instrument_id,
            },
            timeout,
            deadline,
        )

    async def get_delivery_orders(
        self,
        *,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.AccountDeliveryOrdersResponse:
        """Delivery history of the account.

        Returns the entire delivery history for the account connected to the API key initiating the
        request.

        ``GET /v2.1/delivery/orders`` (signed, permission: read)

        Args:
            limit: Default 200, max 500
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - The "2 per 10 seconds" rate limit applies to POST /v2.1/delivery/orders (the
              deprecated request-delivery endpoint), not to this GET, which carries the default REST
              cost.
            - the requests of POST /v2.1/delivery/orders (deprecated); the default 24-hour window is
              not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-1-delivery-orders
        """
        op: Operation[models.AccountDeliveryOrdersResponse] = self._operations["get_delivery_orders"]
        return await self._call(
            op,
            {
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_depth(
        self,
        *,
        market_code: str,
        level: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.DepthResponse:
        """Order book of a market, to a number of levels.

        Get order book by marketCode and level.

        ``GET /v2/depth/{marketCode}/{level}``

        Args:
            market_code: Market code (``marketCode``)
            level: Number of price levels per side; the response event is depthL<level>.

        Notes:
            - The docs have no parameter table for this endpoint; both path parameters come from the
              request line "GET /v2/depth/BTC-USD-SWAP-LIN/5". The allowed levels are not stated.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-depth-marketcode-level
        """
        op: Operation[models.DepthResponse] = self._operations["get_depth"]
        return await self._call(
            op,
            {
                "marketCode": market_code,
                "level": level,
            },
            timeout,
            deadline,
        )

    async def get_flex_protocol_balances(
        self,
        *,
        flex_protocol: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FlexProtocolBalancesResponse:
        """Balances of a flexAsset protocol.

        Get flexAsset balances.

        ``GET /v2/flex-protocol/balances/{flexProtocol}``

        Args:
            flex_protocol: Available values flexUSD, flexBTC, flexETH, flexFLEX (``flexProtocol``)

        Notes:
            - the protocol's own account (stub.values.flex_protocol); markPrice: the asset's last
              price in USD

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-flex-protocol-balances-flexprotocol
        """
        op: Operation[models.FlexProtocolBalancesResponse] = self._operations["get_flex_protocol_balances"]
        return await self._call(
            op,
            {
                "flexProtocol": flex_protocol,
            },
            timeout,
            deadline,
        )

    async def get_flex_protocol_delivery_orders(
        self,
        *,
        flex_protocol: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FlexProtocolDeliveryOrdersResponse:
        """Delivery orders of a flexAsset protocol.

        Get flexAsset delivery orders.

        ``GET /v2/flex-protocol/delivery/orders/{flexProtocol}``

        Args:
            flex_protocol: Available values flexUSD, flexBTC, flexETH, flexFLEX (``flexProtocol``)
            limit: default 100, max 500
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - the delivery orders of the protocol's own account (stub.values.flex_protocol); the
              default 24-hour window is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-flex-protocol-delivery-orders-flexprotocol
        """
        op: Operation[models.FlexProtocolDeliveryOrdersResponse] = self._operations["get_flex_protocol_delivery_orders"]
        return await self._call(
            op,
            {
                "flexProtocol": flex_protocol,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_flex_protocol_orders(
        self,
        *,
        flex_protocol: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FlexProtocolOrdersResponse:
        """Open orders of a flexAsset protocol.

        Get flexAsset orders.

        ``GET /v2/flex-protocol/orders/{flexProtocol}``

        Args:
            flex_protocol: Available values flexUSD, flexBTC, flexETH, flexFLEX (``flexProtocol``)

        Notes:
            - the open orders of the protocol's own account (stub.values.flex_protocol)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-flex-protocol-orders-flexprotocol
        """
        op: Operation[models.FlexProtocolOrdersResponse] = self._operations["get_flex_protocol_orders"]
        return await self._call(
            op,
            {
                "flexProtocol": flex_protocol,
            },
            timeout,
            deadline,
        )

    async def get_flex_protocol_positions(
        self,
        *,
        flex_protocol: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FlexProtocolPositionsResponse:
        """Positions of a flexAsset protocol.

        Get flexAsset positions.

        ``GET /v2/flex-protocol/positions/{flexProtocol}``

        Args:
            flex_protocol: Available values flexUSD, flexBTC, flexETH, flexFLEX (``flexProtocol``)

        Notes:
            - the protocol's own account (stub.values.flex_protocol)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-flex-protocol-positions-flexprotocol
        """
        op: Operation[models.FlexProtocolPositionsResponse] = self._operations["get_flex_protocol_positions"]
        return await self._call(
            op,
            {
                "flexProtocol": flex_protocol,
            },
            timeout,
            deadline,
        )

    async def get_flex_protocol_trades(
        self,
        *,
        flex_protocol: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        market_code: str,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FlexProtocolTradesResponse:
        """Trades of a flexAsset protocol in one market.

        Get flexAsset trades.

        ``GET /v2/flex-protocol/trades/{flexProtocol}/{marketCode}``

        Args:
            flex_protocol: Available values flexUSD, flexBTC, flexETH, flexFLEX (``flexProtocol``)
            market_code: Market code (``marketCode``)
            limit: default 100, max 500
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - the docs give no description; the example is the marketCode of the docs' response
            - the fills of the protocol's own account (stub.values.flex_protocol); the default
              24-hour window is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-flex-protocol-trades-flexprotocol-marketcode
        """
        op: Operation[models.FlexProtocolTradesResponse] = self._operations["get_flex_protocol_trades"]
        return await self._call(
            op,
            {
                "flexProtocol": flex_protocol,
                "marketCode": market_code,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_funding_payments(
        self,
        *,
        market_code: str | None = None,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FundingPaymentsResponse:
        """The account's funding payments, newest first.

        Get funding payments by marketCode and sorted by time in descending order.

        ``GET /v2/funding-payments`` (signed, permission: read)

        Args:
            market_code: e.g. BTC-USD-REPO-LIN (``marketCode``)
            limit: default is 500, max is 500
            start_time: millisecond timestamp, e.g. 1579450778000, default is 500 hours ago
                (``startTime``)
            end_time: millisecond timestamp, e.g. 1613978625000, default is time now (``endTime``)

        Notes:
            - The request line writes the path without the leading slash (GET v2/funding-
              payments?...); the heading has /v2/funding-payments. No maximum window is documented
              (startTime defaults to 500 hours ago).
            - payment is what the account received (negative: paid), as the docs' example (position
              -61.093 at 39996.5 and rate -0.00005 pays 122.17530872); the default 500-hour window
              is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-funding-payments
        """
        op: Operation[models.FundingPaymentsResponse] = self._operations["get_funding_payments"]
        return await self._call(
            op,
            {
                "marketCode": market_code,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_funding_rate_history(
        self,
        *,
        column: str | None = None,
        instrument_id: str | None = None,
        limit: int | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.FundingRateHistoryEntry]:
        """Funding rates of perpetual swaps.

        Get funding rate

        ``GET /v2/delivery/public/funding``

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            column: limit size of results, e.g. 3
            instrument_id: e.g. UNI-USD-SWAP-LIN (``instrumentId``)
            limit: default 100, max 500
            start_time: STRING. e.g. 2021-12-08 08:00:00. Default 24 hours ago. startTime and
                endTime must be within 7 days of each other (``startTime``)
            end_time: STRING. e.g. 2021-12-08 08:00:00. Default time now. startTime and endTime must
                be within 7 days of each other (``endTime``)

        Notes:
            - The parameter table has no Required column; every parameter is taken as optional. No
              pagination block: startTime/endTime are "YYYY-MM-DD hh:mm:ss" strings, not millisecond
              timestamps, although the 7-day window and the limit (default 100, max 500) do apply.
              The response is a bare JSON array with no envelope.
            - Purpose unclear: described as "limit size of results" next to a separate limit
              parameter (NOTES B9.10).
            - The table types it STRING; integer like every other limit (query values are text on
              the wire either way).
            - times are read and written in UTC (the docs do not name the time zone); the default
              24-hour window and the 7-day limit are not applied; column is ignored

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[list[models.FundingRateHistoryEntry]] = self._operations["get_funding_rate_history"]
        return await self._call(
            op,
            {
                "column": column,
                "instrumentId": instrument_id,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_funding_rates(
        self,
        *,
        market_code: Literal["BTC-USD-REPO-LIN", "ETH-USD-REPO-LIN"],
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.FundingRatesResponse:
        """Funding rates of a repo market, newest first.

        Get funding rates by marketCode and sorted by time in descending order.

        ``GET /v2/funding-rates/{marketCode}``

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            market_code: e.g. BTC-USD-REPO-LIN , available values BTC-USD-REPO-LIN, ETH-USD-REPO-LIN
                (``marketCode``)
            limit: default is 50
            start_time: millisecond timestamp, e.g. 1579450778000, default is 7 days ago from time
                now (``startTime``)
            end_time: millisecond timestamp, e.g. 1613978625000, default is time now (``endTime``)

        Notes:
            - no maximum is documented
            - the stub has no repo markets: a repo market's rates are those its perpetual swap
              collected (values repo_market). The docs do not say what index is (2.78222423 next to
              a mark price of 33937.2848): the stub gives the index price, which is its mark price
              (the last price); the default 7-day window is not applied

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.FundingRatesResponse] = self._operations["get_funding_rates"]
        return await self._call(
            op,
            {
                "marketCode": market_code,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_markets(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.MarketsResponse:
        """All available markets.

        Get a list of all available markets on CoinFlex.

        ``GET /v2/all/markets``

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-all-markets
        """
        op: Operation[models.MarketsResponse] = self._operations["get_markets"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_mint_history(
        self,
        *,
        asset: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.MintHistoryResponse:
        """Mint history of one flexAsset, newest first.

        Get mint history by asset and sorted by time in descending order.

        ``GET /v2/mint/{asset}`` (signed, permission: read)

        Args:
            asset: Asset name, available assets: flexUSD, flexBTC, flexETH, flexFLEX
            limit: max 100, default 100
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - the table types limit as STRING; it is a count, sent in the query string like every
              other limit
            - the default 24-hour window is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-mint-asset
        """
        op: Operation[models.MintHistoryResponse] = self._operations["get_mint_history"]
        return await self._call(
            op,
            {
                "asset": asset,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_open_orders(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.OpenOrdersResponse:
        """All open orders of the account.

        Returns all the open orders of the account connected to the API key initiating the request.

        ``GET /v2/orders`` (signed, permission: read)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-orders
        """
        op: Operation[models.OpenOrdersResponse] = self._operations["get_open_orders"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_orders(
        self,
        *,
        market_code: str | None = None,
        order_id: int | None = None,
        client_order_id: int | None = None,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.OrderHistoryResponse:
        """All orders (open and closed) of the account.

        Returns all orders of the account connected to the API key initiating the request.
        OrderClosed orders are not in the orderbook; the remainQuantity in OrderClosed orders is the
        historical remaining quantity.

        ``GET /v2.1/orders`` (signed, permission: read)

        Args:
            market_code: Market code (``marketCode``)
            order_id: Order ID (``orderId``)
            client_order_id: Client assigned ID to help manage and identify orders with max value
                9223372036854775807 (``clientOrderId``)
            limit: max 100, default 100
            start_time: e.g. 1579450778000, default 24 hours ago; endTime - startTime <= 7 days
                (``startTime``)
            end_time: e.g. 1613978625000, default time now; endTime - startTime <= 7 days
                (``endTime``)

        Notes:
            - the docs describe orderId as 'Client assigned ID to help manage and identify orders'
              (copied from clientOrderId); it is the exchange's order ID. Type LONG.
            - ULONG; minimum 1 from error 20008 'clientOrderId must be greater than zero if
              provided'

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-1-orders
        """
        op: Operation[models.OrderHistoryResponse] = self._operations["get_orders"]
        return await self._call(
            op,
            {
                "marketCode": market_code,
                "orderId": order_id,
                "clientOrderId": client_order_id,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_position(
        self,
        *,
        instrument_id: str,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PositionByIdResponse:
        """The position of the account in one instrument.

        Returns the specified instrument ID position of the account connected to the API key
        initiating the request. Returns an empty object {} when no positions were found.

        ``GET /v2/positions/{instrumentId}`` (signed, permission: read)

        Args:
            instrument_id: Contract symbol, e.g. 'FLEX-USD-SWAP-LIN' (please place it in URL)
                (``instrumentId``)

        Notes:
            - The docs' Python sample sends the query "limit=3", which this endpoint does not
              document (copied from another sample); it is not modelled. The older example has data
              as a one-element list and a JSON-integer timestamp, the newer one data as a single
              object and a string timestamp. "Returned an empty object {} when no positions were
              found" is read as data being {}; the schema accepts a list, a position or an empty
              object.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-positions-instrumentid
        """
        op: Operation[models.PositionByIdResponse] = self._operations["get_position"]
        return await self._call(
            op,
            {
                "instrumentId": instrument_id,
            },
            timeout,
            deadline,
        )

    async def get_positions(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PositionsResponse:
        """All positions of the account.

        Returns all the positions of the account connected to the API key initiating the request.
        Returns an empty array [] when no positions were found.

        ``GET /v2/positions`` (signed, permission: read)

        Notes:
            - The docs' Python sample sends the query "limit=3", which this endpoint does not
              document (copied from another sample); it is not modelled.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-positions
        """
        op: Operation[models.PositionsResponse] = self._operations["get_positions"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_public_trades(
        self,
        *,
        market_code: str,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PublicTradesResponse:
        """Most recent public trades of a market.

        Get most recent trades.

        ``GET /v2/publictrades/{marketCode}``

        Args:
            market_code: Market code (``marketCode``)
            limit: Default 100, max 300
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - the docs give no description and no request value; the example is the marketCode of
              the docs' response

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-publictrades-marketcode
        """
        op: Operation[models.PublicTradesResponse] = self._operations["get_public_trades"]
        return await self._call(
            op,
            {
                "marketCode": market_code,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_redeem_history(
        self,
        *,
        asset: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.RedemptionHistoryResponse:
        """Redemption history of one flexAsset, newest first.

        Get redemption history by asset and sorted by time in descending order.

        ``GET /v2/redeem/{asset}`` (signed, permission: read)

        Args:
            asset: Asset name, available assets: flexUSD, flexBTC, flexETH, flexFLEX
            limit: max 100, default 100
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - no request example names an asset; flexETH is from the mint-history example (the
              redemption-history example shows asset ETH)
            - the table types limit as STRING; it is a count, sent in the query string like every
              other limit
            - asset is the underlying asset, as in the docs' example (ETH for flexETH); the default
              24-hour window is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-redeem-asset
        """
        op: Operation[models.RedemptionHistoryResponse] = self._operations["get_redeem_history"]
        return await self._call(
            op,
            {
                "asset": asset,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_repay_history(
        self,
        *,
        asset: str,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.RepayHistoryResponse:
        """Repay history by regain asset, newest first.

        Get repay history by asset and sorted by time in descending order.

        ``GET /v2/repay/{asset}`` (signed, permission: read)

        Args:
            asset: Regain asset name
            limit: max 100, default 100
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Notes:
            - no request example names an asset; BTC is the regainAsset of the response example
            - the table types limit as STRING; it is a count, sent in the query string like every
              other limit
            - the docs write the path without the leading slash (v2/repay/{asset}); normalised to
              /v2/repay/{asset}
            - the repayments of POST /v2/repay (deprecated) regaining this asset; the default
              24-hour window is not applied

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-repay-asset
        """
        op: Operation[models.RepayHistoryResponse] = self._operations["get_repay_history"]
        return await self._call(
            op,
            {
                "asset": asset,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def get_tickers(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.TickersResponse:
        """Tickers of all markets.

        Get a list of all of the tickers.

        ``GET /v2/ticker``

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-ticker
        """
        op: Operation[models.TickersResponse] = self._operations["get_tickers"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_trades(
        self,
        *,
        market_code: str,
        limit: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.AccountTradesResponse:
        """The account's most recent trades in one market.

        Returns the most recent trades of the account connected to the API key initiating the
        request.

        ``GET /v2/trades/{marketCode}`` (signed, permission: read)

        Args:
            market_code: Market code (please place it in URL) (``marketCode``)
            limit: Default 500, max 1000
            start_time: Millisecond timestamp. Default 24 hours ago. startTime and endTime must be
                within 7 days of each other (``startTime``)
            end_time: Millisecond timestamp. Default time now. startTime and endTime must be within
                7 days of each other (``endTime``)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-get-v2-trades-marketcode
        """
        op: Operation[models.AccountTradesResponse] = self._operations["get_trades"]
        return await self._call(
            op,
            {
                "marketCode": market_code,
                "limit": limit,
                "startTime": start_time,
                "endTime": end_time,
            },
            timeout,
            deadline,
        )

    async def mint(
        self,
        *,
        asset: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        quantity: DecimalLike | DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.MintResponse:
        """Mint a flexAsset.

        Mint.

        ``POST /v2/mint`` (signed, permission: trade)

        Args:
            asset: Asset name, available assets: flexUSD, flexBTC, flexETH, flexFLEX
            quantity: Quantity of the asset

        Notes:
            - the table says STRING/DECIMAL; the request example sends the JSON number 1000
            - Not retried automatically (a repeated request would mint again). The v3 docs limit
              flexAsset mint/redeem to 1 per second and 2 per 10 seconds; no v2 limit is documented,
              so no cost is set.
            - the underlying asset (USD for flexUSD, ...) leaves the available balance and the
              flexAsset arrives, one for one; more than available: 710006

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-post-v2-mint
        """
        op: Operation[models.MintResponse] = self._operations["mint"]
        return await self._call(
            op,
            {
                "asset": asset,
                "quantity": quantity,
            },
            timeout,
            deadline,
        )

    async def modify_orders(
        self,
        *,
        response_type: Literal["FULL", "ACK"],
        orders: list[models.ModifyOrderRequest],
        recv_window: int | None = None,
        timestamp: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.ModifyOrdersResponse:
        """Modify up to 8 orders.

        Modify orders; up to 8 orders at a time. Each order gets its own result in data, with
        success "true" or "false" and, on failure, code and message.

        ``POST /v2/orders/modify`` (signed, permission: trade)

        Args:
            response_type: FULL or ACK (``responseType``)
            orders: The orders to modify (at most 8).
            recv_window: In milliseconds; see place_orders. (``recvWindow``)
            timestamp: In milliseconds; see place_orders.

        Notes:
            - the table says STRING; the request example sends a JSON integer (1614331650143)
            - Not retried automatically (a repeated modify may act on a changed order).

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-post-v2-orders-modify
        """
        op: Operation[models.ModifyOrdersResponse] = self._operations["modify_orders"]
        return await self._call(
            op,
            {
                "responseType": response_type,
                "orders": orders,
                "recvWindow": recv_window,
                "timestamp": timestamp,
            },
            timeout,
            deadline,
        )

    async def ping(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PingResponse:
        """API service status.

        Get API service status.

        ``GET /v2/ping``

        Notes:
            - a constant: the service is up whenever the stub answers

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-public-get-v2-ping
        """
        op: Operation[models.PingResponse] = self._operations["ping"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def place_orders(
        self,
        *,
        response_type: Literal["FULL", "ACK"],
        orders: list[models.PlaceOrderRequest],
        recv_window: int | None = None,
        timestamp: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PlaceOrdersResponse:
        """Place up to 8 orders.

        Place orders; up to 8 orders at a time. Each order gets its own result in data, with success
        "true" or "false" and, on failure, code and message. If an order reaches the matching engine
        after timestamp + recvWindow it is rejected; with timestamp but no recvWindow, recvWindow
        defaults to 1000 ms; without timestamp the request is never rejected for lateness.

        ``POST /v2/orders/place`` (signed, permission: trade)

        Args:
            response_type: FULL or ACK (``responseType``)
            orders: The orders to place (at most 8).
            recv_window: In milliseconds. If an order reaches the matching engine and the current
                timestamp exceeds timestamp + recvWindow, the order is rejected. Without timestamp
                it has no effect. (``recvWindow``)
            timestamp: In milliseconds. If timestamp is provided without recvWindow, a default
                recvWindow of 1000 ms is used.

        Lost answers:
            The client makes a `clientOrderId` when none is given, the same for every attempt. The
            exchange may place a repeated order again, so a lost answer (dropped connection,
            timeout, 5xx, unreadable body) is never simply retried: 2s after sending, the client
            looks the order(s) up by that id (get_orders) and returns what it finds; an order is
            sent again only when the lookup shows it was not placed, and OutcomeUnknownError (with
            the ids) is raised when that cannot be told by the deadline.

        Notes:
            - GET /v2.1/orders lists open and closed orders and filters by clientOrderId. The docs
              state no bound on how long after sending an order can still reach the matching engine;
              2 s is our choice (a request with timestamp and recvWindow is refused after timestamp
              + recvWindow). A found order's notice is its history status (OrderOpened,
              OrderMatched, OrderClosed, ...).
            - the table says STRING; both request examples send a JSON integer (e.g. 1615430912440)
            - clientOrderId is not unique on CoinFLEX (the docs' examples reuse it), so a repeated
              request would place the orders again: a lost answer is resolved by looking the orders
              up.

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-post-v2-orders-place
        """
        op: Operation[models.PlaceOrdersResponse] = self._operations["place_orders"]
        return await self._call(
            op,
            {
                "responseType": response_type,
                "orders": orders,
                "recvWindow": recv_window,
                "timestamp": timestamp,
            },
            timeout,
            deadline,
        )

    async def redeem(
        self,
        *,
        asset: Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        quantity: DecimalLike | DecimalLike,
        type: Literal["Normal", "Instant"],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.RedeemResponse:
        """Redeem a flexAsset.

        Redeem.

        ``POST /v2/redeem`` (signed, permission: trade)

        Args:
            asset: Asset name, available assets: flexUSD, flexBTC, flexETH, flexFLEX
            quantity: Quantity of the asset
            type: Redeem type, available types: Normal, Instant

        Notes:
            - the table says STRING/DECIMAL; the request example sends the JSON number 1000
            - the request uses Normal/Instant; the response example echoes NORMAL
            - Not retried automatically (a repeated request would redeem again). The v3 docs limit
              flexAsset mint/redeem to 1 per second and 2 per 10 seconds; no v2 limit is documented,
              so no cost is set.
            - the flexAsset leaves and the underlying asset arrives at once; redeemAt is the next
              quarter hour (Normal) or now (Instant)

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-post-v2-redeem
        """
        op: Operation[models.RedeemResponse] = self._operations["redeem"]
        return await self._call(
            op,
            {
                "asset": asset,
                "quantity": quantity,
                "type": type,
            },
            timeout,
            deadline,
        )

    async def redeem_amm(
        self,
        *,
        hash_token: str,
        redeem_type: Literal["DELIVER", "MANUAL"],
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.RedeemAmmResponse:
        """Redeem (close) an AMM.

        Redeem AMM.

        ``POST /v2/AMM/redeem`` (signed, permission: trade)

        Args:
            hash_token: Identity of the AMM (``hashToken``)
            redeem_type: DELIVER or MANUAL (``redeemType``)

        Notes:
            - Not retried automatically. The v3 docs limit AMM POSTs to 4 per 10 seconds; no v2
              limit is documented, so no cost is set.
            - the AMM's orders are cancelled, its position delivered and its balances returned; not
              the account's AMM: 40035; ended already: 100004

        Docs: https://docs.coinflex.com/#rest-api-v2-methods-private-post-v2-amm-redeem
        """
        op: Operation[models.RedeemAmmResponse] = self._operations["redeem_amm"]
        return await self._call(
            op,
            {
                "hashToken": hash_token,
                "redeemType": redeem_type,
            },
            timeout,
            deadline,
        )

    async def repay(
        self,
        *,
        repay_asset: str,
        regain_asset: str,
        regain_amount: DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.RepayResponse:
        """Repay borrowed USD and regain collateral.

        Repay.

        ``POST /v2/repay`` (signed, permission: trade)

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            repay_asset: Repay asset, can only be USD for now (``repayAsset``)
            regain_asset: Regain asset (``regainAsset``)
            regain_amount: Regain amount of the regain asset (``regainAmount``)

        Notes:
            - "can only be USD for now" is a current restriction, not a closed set: no enum.
            - repays the regained collateral's share of what is owed against it; more than is
              locked: 20006; nothing borrowed against it: 40032

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.RepayResponse] = self._operations["repay"]
        return await self._call(
            op,
            {
                "repayAsset": repay_asset,
                "regainAsset": regain_asset,
                "regainAmount": regain_amount,
            },
            timeout,
            deadline,
        )

    async def request_delivery(
        self,
        *,
        instrument_id: str,
        qty_deliver: DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.DeliveryRequestResponse:
        """Request physical delivery of a perpetual swap position.

        Submits a request for physical delivery for a specified perpetual swap instrument and
        quantity.

        ``POST /v2.1/delivery/orders`` (signed, permission: trade)

        .. deprecated:: The exchange no longer documents this endpoint.

        Args:
            instrument_id: Perpetual swap instrument intended for delivery (``instrumentId``)
            qty_deliver: Quantity intended for delivery (``qtyDeliver``)

        Notes:
            - a long receives the base asset and pays its value in USD, a short the other way round,
              at the next auction (stub.delivery); more than the position (less what is already
              asked): 20006; not a perpetual market: 20015

        Docs: https://github.com/coinflex-exchange/v2/blob/f72805b0/source/includes/_v2_restapi_deprecated.md
        """
        op: Operation[models.DeliveryRequestResponse] = self._operations["request_delivery"]
        return await self._call(
            op,
            {
                "instrumentId": instrument_id,
                "qtyDeliver": qty_deliver,
            },
            timeout,
            deadline,
        )
