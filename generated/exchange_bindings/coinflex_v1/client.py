"""CoinFLEX v1 (Trade Engine) REST clients, generated from spec/coinflex_v1; do not edit.

CoinFLEX's legacy "Trade Engine" APIs: a native WebSocket API (commands with integer tags, replies with error_code/error_msg, notices), a REST API (JSON answers, form-encoded POST bodies, HTTP Basic auth), a futures/borrower REST API, and two Server-Sent-Events streams (the Event Stream and the borrower events). Every quantity and price is an integer with an implicit scale factor per asset (amounts) or per pair (prices); times are Unix microseconds (except the millisecond start/expires of GET /markets/). Assets and pairs are named by numeric ids (XBT is 63488 = 0xF800). BIST, the Bitstamp-emulation API of 2018-2019, is documented as "no longer supported by CoinFLEX" (BIST.md) and is deliberately left out of this spec.

Docs: https://github.com/coinflex-exchange/API
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
    """Synchronous client of the CoinFLEX v1 (Trade Engine) REST API.

    Args:
        user_id: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_COINFLEX_V1_USER_ID` environment variable.
        cookie: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_COINFLEX_V1_COOKIE` environment variable.
        passphrase: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_COINFLEX_V1_PASSPHRASE` environment variable.
        private_key: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_COINFLEX_V1_PRIVATE_KEY` environment variable.
        base_url: server to talk to; overrides `environment`.
        environment: one of live, stage (default: the
            `EXCHANGE_BINDINGS_COINFLEX_V1_ENVIRONMENT` environment variable, else live).
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
        user_id: str | None = None,
        cookie: str | None = None,
        passphrase: str | None = None,
        private_key: str | None = None,
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
                "user_id": user_id,
                "cookie": cookie,
                "passphrase": passphrase,
                "private_key": private_key,
            }
        )
        del user_id, cookie, passphrase, private_key  # no frame keeps a credential in plain sight
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

    def cancel_all_orders(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Order]:
        """Cancel all of the account's open limit orders.

        Cancels all of the user's open limit orders; the answer is a snapshot of the orders that
        were cancelled.

        ``DELETE /orders/`` (signed, permission: any)

        Notes:
            - cancelling all twice leaves the same state (the second answer is an empty list); safe
              to repeat

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#delete-orders
        """
        op: Operation[list[models.Order]] = self._operations["cancel_all_orders"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def cancel_order(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Order:
        """Cancel one open limit order of the account.

        Cancels the specified limit order; the answer is a snapshot of the cancelled order, 404
        (Content-Length 0) if not found.

        ``DELETE /orders/{id}`` (signed, permission: any)

        Args:
            id: The numeric identifier of the order to be cancelled

        Notes:
            - a repeated cancel cannot cancel anything else: at worst it is answered 404

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#delete-ordersid
        """
        op: Operation[models.Order] = self._operations["cancel_order"]
        return self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )

    def convert(
        self,
        *,
        asset_from: int,
        asset_to: int,
        amount: DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Conversion:
        """Convert an amount of one asset into another.

        Initiates a conversion of assets; answered 201 Created. 404 (with an explanation) if
        asset_from or asset_to is not found; 400 with a text/plain explanation if the request is
        invalid (missing attributes, not enough balance).

        ``POST /borrower/conversion/`` (signed, permission: any)

        Args:
            asset_from: The numeric code of the asset to convert from
            asset_to: The numeric code of the asset to convert to
            amount: The amount of the asset to convert from

        Notes:
            - a conversion carries no client id: never sent twice

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#post-borrowerconversion
        """
        op: Operation[models.Conversion] = self._operations["convert"]
        return self._call(
            op,
            {
                "asset_from": asset_from,
                "asset_to": asset_to,
                "amount": amount,
            },
            timeout,
            deadline,
        )

    def get_account_value(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.AccountValue]:
        """The account's value per asset, spot and futures, and its change since the 00:00 UTC snapshot.

        Returns the user's account value broken down by spot, futures and their value changes since
        the daily snapshot at 00:00 UTC.

        ``GET /account_value/`` (signed, permission: any)

        Notes:
            - the docs list the response's fields under Request (NOTES A13 #2) and wrap the section
              in zero-width spaces (A13 #3, ignored)
            - changes since the 00:00 UTC snapshot (REST.md: account_value): a day-long period
              starting at midnight UTC

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-account_value
        """
        op: Operation[list[models.AccountValue]] = self._operations["get_account_value"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_asset_collateral(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Collateral:
        """The collateral available to the account in one asset.

        404 (Content-Length 0) if the asset is not found.

        ``GET /borrower/collateral/{id}`` (signed, permission: any)

        Args:
            id: The numeric asset code of the asset in which to report available collateral

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowercollateralid
        """
        op: Operation[models.Collateral] = self._operations["get_asset_collateral"]
        return self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )

    def get_assets(
        self,
        *,
        active_only: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Asset]:
        """The CoinFLEX assets (active ones by default) with their ids and scale factors.

        Returns a complete list of CoinFLEX assets. scale is the factor of every amount of the asset
        on the wire (all assets are at 10000 today); this endpoint refreshes the spec's asset scales
        at run time.

        ``GET /assets/``

        Args:
            active_only: If true or omitted, only the active assets; if false, every asset, expired
                and active (``activeOnly``)

        Notes:
            - the docs show the response as a single object although the endpoint "returns a
              complete list" (NOTES A13 #2): a list of them

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-assets
        """
        op: Operation[list[models.Asset]] = self._operations["get_assets"]
        return self._call(
            op,
            {
                "activeOnly": active_only,
            },
            timeout,
            deadline,
        )

    def get_balance(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Balance:
        """The account's available and reserved balances in one asset.

        Returns the user's balances in the specified asset; 404 (Content-Length 0) if the asset is
        not found.

        ``GET /balances/{id}`` (signed, permission: any)

        Args:
            id: The numeric asset code of the asset in which to report the user's balances

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-balancesid
        """
        op: Operation[models.Balance] = self._operations["get_balance"]
        return self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )

    def get_balances(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Balance]:
        """The account's available and reserved balances in every asset.

        ``GET /balances/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-balances
        """
        op: Operation[list[models.Balance]] = self._operations["get_balances"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_collateral(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Collateral]:
        """The collateral available to the account in each asset.

        ``GET /borrower/collateral/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowercollateral
        """
        op: Operation[list[models.Collateral]] = self._operations["get_collateral"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_conversion_pairs(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.ConversionPair]:
        """The asset pairs available for conversion.

        ``GET /borrower/conversion/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowerconversion
        """
        op: Operation[list[models.ConversionPair]] = self._operations["get_conversion_pairs"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_converted_totals(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.ConvertedTotal]:
        """The total amount converted for each convertible asset pair.

        ``GET /borrower/converted_totals/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowerconverted_totals
        """
        op: Operation[list[models.ConvertedTotal]] = self._operations["get_converted_totals"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_depth(
        self,
        *,
        base: int,
        counter: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Depth:
        """Open interest at each of the top 20 price levels on each side of one order book.

        Returns the amount of open interest at each of the top 20 price levels on each side of the
        specified order book; 404 (empty body) if the market is not found. A full order book is
        deliberately not offered over REST: use the WebSocket API's WatchOrders, which delivers a
        snapshot followed by incremental updates.

        ``GET /depth/{base}:{counter}``

        Args:
            base: The numeric identifier of the base asset of the market
            counter: The numeric identifier of the counter asset of the market

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-depthbasecounter
        """
        op: Operation[models.Depth] = self._operations["get_depth"]
        return self._call(
            op,
            {
                "base": base,
                "counter": counter,
            },
            timeout,
            deadline,
        )

    def get_loan(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Loan:
        """One outstanding loan of the account.

        404 (Content-Length 0) if not found; 403 (Content-Length 0) if the loan is not visible to
        the account.

        ``GET /borrower/loans/{id}`` (signed, permission: any)

        Args:
            id: The numeric identifier of the loan to return

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowerloansid
        """
        op: Operation[models.Loan] = self._operations["get_loan"]
        return self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )

    def get_loans(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Loan]:
        """The account's outstanding loans.

        ``GET /borrower/loans/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowerloans
        """
        op: Operation[list[models.Loan]] = self._operations["get_loans"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_margin_ratios(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.MarginRatio]:
        """The account's margin ratio in every asset where leverage funding has been taken out.

        Returns the margin ratio of the user for all assets where leverage funding has been taken
        out. The docs recommend computing it from the /borrower/events stream instead.

        ``GET /borrower/margin_ratios/`` (signed, permission: any)

        Notes:
            - the docs show a single object and list its fields under Request (NOTES A13 #7); "for
              all assets where leverage funding has been taken out" makes it a list

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowermargin_ratios
        """
        op: Operation[list[models.MarginRatio]] = self._operations["get_margin_ratios"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_markets(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Market]:
        """The CoinFLEX spot and futures markets with their tick sizes.

        Returns a complete list of CoinFLEX SPOT and Futures markets. tick is the market's tick size
        in the pair's price scale; start and expires are Unix milliseconds (the only millisecond
        times of the API). This endpoint refreshes the spec's ticks at run time.

        ``GET /markets/``

        Notes:
            - shown as a single object although the endpoint "returns a complete list" (NOTES A13
              #2): a list; the field descriptions sit under Request in the docs

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-markets
        """
        op: Operation[list[models.Market]] = self._operations["get_markets"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_offer(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Offer:
        """One loan offer.

        404 (Content-Length 0) if not found; 403 (Content-Length 0) if the offer is not visible to
        the account.

        ``GET /borrower/offers/{id}`` (signed, permission: any)

        Args:
            id: The numeric identifier of the loan offer to return

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borroweroffersid
        """
        op: Operation[models.Offer] = self._operations["get_offer"]
        return self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )

    def get_offers(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Offer]:
        """The loan offers available to the account.

        ``GET /borrower/offers/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borroweroffers
        """
        op: Operation[list[models.Offer]] = self._operations["get_offers"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_order(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Order:
        """One open limit order of the account.

        Returns the specified limit order of the user; 404 (Content-Length 0) if not found.

        ``GET /orders/{id}`` (signed, permission: any)

        Args:
            id: The numeric identifier of the order

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-ordersid
        """
        op: Operation[models.Order] = self._operations["get_order"]
        return self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )

    def get_orders(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Order]:
        """The account's open limit orders.

        ``GET /orders/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-orders
        """
        op: Operation[list[models.Order]] = self._operations["get_orders"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_positions(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Position]:
        """The account's traded net position in every asset.

        ``GET /positions/`` (signed, permission: any)

        Notes:
            - the docs list the response's fields under Request (NOTES A13 #2)

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-positions
        """
        op: Operation[list[models.Position]] = self._operations["get_positions"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_ticker(
        self,
        *,
        base: int,
        counter: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Ticker:
        """The ticker of one market.

        Returns the ticker of the specified market; 404 (empty body) if the market is not found.

        ``GET /tickers/{base}:{counter}``

        Args:
            base: The numeric identifier of the base asset of the market
            counter: The numeric identifier of the counter asset of the market

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-tickersbasecounter
        """
        op: Operation[models.Ticker] = self._operations["get_ticker"]
        return self._call(
            op,
            {
                "base": base,
                "counter": counter,
            },
            timeout,
            deadline,
        )

    def get_tickers(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Ticker]:
        """The tickers of all available markets.

        ``GET /tickers/``

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-tickers
        """
        op: Operation[list[models.Ticker]] = self._operations["get_tickers"]
        return self._call(
            op,
            {},
            timeout,
            deadline,
        )

    def get_trade(
        self,
        *,
        time: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Trade:
        """One past trade of the account, by its micro-timestamp.

        Returns the historical record of a particular past trade of the user; 404 (Content-Length 0)
        if none.

        ``GET /trades/{time}`` (signed, permission: any)

        Args:
            time: The micro-timestamp of the trade to return

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-tradestime
        """
        op: Operation[models.Trade] = self._operations["get_trade"]
        return self._call(
            op,
            {
                "time": time,
            },
            timeout,
            deadline,
        )

    def get_trades(
        self,
        *,
        since: int | None = None,
        until: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Trade]:
        """The account's past trades, paged by time.

        Returns historical records of the user's past trades. since and until are exclusive micro-
        timestamp bounds. The server may return fewer than limit records even when more exist in the
        range, but at least one if any does: page on by repeating the request with since (for asc)
        or until (for desc) set to the time of the last record received, until none is returned.

        ``GET /trades/`` (signed, permission: any)

        Args:
            since: Only trades that occurred strictly after this micro-timestamp
            until: Only trades that occurred strictly before this micro-timestamp
            sort: asc or desc; also decides which records are selected when not all in the range are
                returned. Default: asc if since is given, else desc
            limit: The maximum number of records to return (default: no particular limit)

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-trades
        """
        op: Operation[list[models.Trade]] = self._operations["get_trades"]
        return self._call(
            op,
            {
                "since": since,
                "until": until,
                "sort": sort,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    def iter_get_trades(
        self,
        *,
        since: int | None = None,
        until: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Iterator[models.Trade]:
        """Every item of :meth:`get_trades`, fetching page after page as the iteration goes.

        Same arguments; oldest first, each page starting after the last item's time.
        """
        op: Operation[list[models.Trade]] = self._operations["get_trades"]
        return self._pages(
            op,
            {
                "since": since,
                "until": until,
                "limit": limit,
                "sort": "asc",
            },
            timeout,
            deadline,
        )

    def initiate_loan(
        self,
        *,
        offer_id: int,
        amount: DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Loan:
        """Borrow an amount against a loan offer.

        Initiates a loan; answered 201 Created with the new loan's id in Location. 404 (Content-
        Length 0) if the offer is not found; 403 with a text/plain explanation if the loan is not
        allowed.

        ``POST /borrower/loans/`` (signed, permission: any)

        Args:
            offer_id: The numeric identifier of an available loan offer
            amount: The amount of the offered asset to borrow

        Notes:
            - a loan request carries no client id: never sent twice
            - in the offered asset's amount scale, which the request does not name: the amount
              scale's default factor (every asset's, 10000 today) is used

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#post-borrowerloans
        """
        op: Operation[models.Loan] = self._operations["initiate_loan"]
        return self._call(
            op,
            {
                "offer_id": offer_id,
                "amount": amount,
            },
            timeout,
            deadline,
        )

    def place_order(
        self,
        *,
        base: int,
        counter: int,
        price: DecimalLike | None = None,
        quantity: DecimalLike | None = None,
        total: DecimalLike | None = None,
        side: Literal["buy", "sell"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PlacedOrder:
        """Place a limit order, or execute a market order by quantity or by total.

        quantity + price: a limit order, answered 201 Created with Location and Content-Location
        holding the new order's id and the order in the body. quantity alone: a market order for
        that amount of the base asset; total alone: a market order for that amount of the counter
        asset; both answered 200 with {"remaining": n}, the amount (of the base asset for quantity,
        of the counter asset for total) that could not be traded for lack of liquidity or balance.
        quantity and total are negative for a sell and positive for a buy. Prices are rounded to the
        market's tick: bids down, asks up. No other combination is valid.

        ``POST /orders/`` (signed, permission: any)

        Args:
            base: The numeric identifier of the base asset of the order
            counter: The numeric identifier of the counter asset of the order
            price: The price at which to offer to trade; omitted, the order executes at once as a
                market order
            quantity: The amount of the base asset to trade, negative to sell, positive to buy.
                Required if price is given or total omitted
            total: The amount of the counter asset to trade, negative to sell, positive to buy.
                Required if quantity is omitted; forbidden if quantity is given
            side: Not sent: buy or sell, with a positive quantity or total, which the client writes
                negative for a sell (the docs' signed quantity and total may still be given without
                it)

        Notes:
            - REST orders carry no tonce or client id: a placement that may have reached the server
              is never sent again
            - REST.md signs quantity and total (negative to sell); the issue asks for a side and a
              positive amount where the docs allow it: both map one-to-one onto the signed wire
              value. A negative amount with a side is refused before sending (a ValueError).

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#post-orders
        """
        op: Operation[models.PlacedOrder] = self._operations["place_order"]
        return self._call(
            op,
            {
                "base": base,
                "counter": counter,
                "price": price,
                "quantity": quantity,
                "total": total,
                "side": side,
            },
            timeout,
            deadline,
        )

    def repay_loan(
        self,
        *,
        id: int,
        amount: DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> None:
        """Repay part of an outstanding loan.

        Partially repays an outstanding loan; answered 204 No Content. 404 (Content-Length 0) if the
        loan is not found; 403 with a text/plain explanation if the repayment is not allowed.

        ``POST /borrower/loans/{id}`` (signed, permission: any)

        Args:
            id: The numeric identifier of the outstanding loan to repay
            amount: The amount to repay

        Notes:
            - a repeated partial repayment would repay twice: never sent again
            - in the loan asset's amount scale, which the request does not name: the amount scale's
              default factor (every asset's, 10000 today) is used

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#post-borrowerloansid
        """
        op: Operation[None] = self._operations["repay_loan"]
        return self._call(
            op,
            {
                "id": id,
                "amount": amount,
            },
            timeout,
            deadline,
        )

    def repay_loan_in_full(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> None:
        """Repay an outstanding loan in full.

        Fully repays an outstanding loan; answered 204 No Content. 404 (Content-Length 0) if the
        loan is not found; 403 with a text/plain explanation if the repayment is not allowed.

        ``DELETE /borrower/loans/{id}`` (signed, permission: any)

        Args:
            id: The numeric identifier of the outstanding loan to repay

        Notes:
            - repaying in full twice cannot repay more: the second is answered 404

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#delete-borrowerloansid
        """
        op: Operation[None] = self._operations["repay_loan_in_full"]
        return self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )


class AsyncClient(AsyncAPIClient):
    """Asynchronous client of the CoinFLEX v1 (Trade Engine) REST API.

    Args:
        user_id: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_COINFLEX_V1_USER_ID` environment variable.
        cookie: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_COINFLEX_V1_COOKIE` environment variable.
        passphrase: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_COINFLEX_V1_PASSPHRASE` environment variable.
        private_key: credential for signed endpoints (never logged or shown in errors); default: the
            `EXCHANGE_BINDINGS_COINFLEX_V1_PRIVATE_KEY` environment variable.
        base_url: server to talk to; overrides `environment`.
        environment: one of live, stage (default: the
            `EXCHANGE_BINDINGS_COINFLEX_V1_ENVIRONMENT` environment variable, else live).
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
        user_id: str | None = None,
        cookie: str | None = None,
        passphrase: str | None = None,
        private_key: str | None = None,
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
                "user_id": user_id,
                "cookie": cookie,
                "passphrase": passphrase,
                "private_key": private_key,
            }
        )
        del user_id, cookie, passphrase, private_key  # no frame keeps a credential in plain sight
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

    async def cancel_all_orders(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Order]:
        """Cancel all of the account's open limit orders.

        Cancels all of the user's open limit orders; the answer is a snapshot of the orders that
        were cancelled.

        ``DELETE /orders/`` (signed, permission: any)

        Notes:
            - cancelling all twice leaves the same state (the second answer is an empty list); safe
              to repeat

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#delete-orders
        """
        op: Operation[list[models.Order]] = self._operations["cancel_all_orders"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def cancel_order(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Order:
        """Cancel one open limit order of the account.

        Cancels the specified limit order; the answer is a snapshot of the cancelled order, 404
        (Content-Length 0) if not found.

        ``DELETE /orders/{id}`` (signed, permission: any)

        Args:
            id: The numeric identifier of the order to be cancelled

        Notes:
            - a repeated cancel cannot cancel anything else: at worst it is answered 404

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#delete-ordersid
        """
        op: Operation[models.Order] = self._operations["cancel_order"]
        return await self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )

    async def convert(
        self,
        *,
        asset_from: int,
        asset_to: int,
        amount: DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Conversion:
        """Convert an amount of one asset into another.

        Initiates a conversion of assets; answered 201 Created. 404 (with an explanation) if
        asset_from or asset_to is not found; 400 with a text/plain explanation if the request is
        invalid (missing attributes, not enough balance).

        ``POST /borrower/conversion/`` (signed, permission: any)

        Args:
            asset_from: The numeric code of the asset to convert from
            asset_to: The numeric code of the asset to convert to
            amount: The amount of the asset to convert from

        Notes:
            - a conversion carries no client id: never sent twice

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#post-borrowerconversion
        """
        op: Operation[models.Conversion] = self._operations["convert"]
        return await self._call(
            op,
            {
                "asset_from": asset_from,
                "asset_to": asset_to,
                "amount": amount,
            },
            timeout,
            deadline,
        )

    async def get_account_value(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.AccountValue]:
        """The account's value per asset, spot and futures, and its change since the 00:00 UTC snapshot.

        Returns the user's account value broken down by spot, futures and their value changes since
        the daily snapshot at 00:00 UTC.

        ``GET /account_value/`` (signed, permission: any)

        Notes:
            - the docs list the response's fields under Request (NOTES A13 #2) and wrap the section
              in zero-width spaces (A13 #3, ignored)
            - changes since the 00:00 UTC snapshot (REST.md: account_value): a day-long period
              starting at midnight UTC

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-account_value
        """
        op: Operation[list[models.AccountValue]] = self._operations["get_account_value"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_asset_collateral(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Collateral:
        """The collateral available to the account in one asset.

        404 (Content-Length 0) if the asset is not found.

        ``GET /borrower/collateral/{id}`` (signed, permission: any)

        Args:
            id: The numeric asset code of the asset in which to report available collateral

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowercollateralid
        """
        op: Operation[models.Collateral] = self._operations["get_asset_collateral"]
        return await self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )

    async def get_assets(
        self,
        *,
        active_only: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Asset]:
        """The CoinFLEX assets (active ones by default) with their ids and scale factors.

        Returns a complete list of CoinFLEX assets. scale is the factor of every amount of the asset
        on the wire (all assets are at 10000 today); this endpoint refreshes the spec's asset scales
        at run time.

        ``GET /assets/``

        Args:
            active_only: If true or omitted, only the active assets; if false, every asset, expired
                and active (``activeOnly``)

        Notes:
            - the docs show the response as a single object although the endpoint "returns a
              complete list" (NOTES A13 #2): a list of them

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-assets
        """
        op: Operation[list[models.Asset]] = self._operations["get_assets"]
        return await self._call(
            op,
            {
                "activeOnly": active_only,
            },
            timeout,
            deadline,
        )

    async def get_balance(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Balance:
        """The account's available and reserved balances in one asset.

        Returns the user's balances in the specified asset; 404 (Content-Length 0) if the asset is
        not found.

        ``GET /balances/{id}`` (signed, permission: any)

        Args:
            id: The numeric asset code of the asset in which to report the user's balances

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-balancesid
        """
        op: Operation[models.Balance] = self._operations["get_balance"]
        return await self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )

    async def get_balances(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Balance]:
        """The account's available and reserved balances in every asset.

        ``GET /balances/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-balances
        """
        op: Operation[list[models.Balance]] = self._operations["get_balances"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_collateral(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Collateral]:
        """The collateral available to the account in each asset.

        ``GET /borrower/collateral/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowercollateral
        """
        op: Operation[list[models.Collateral]] = self._operations["get_collateral"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_conversion_pairs(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.ConversionPair]:
        """The asset pairs available for conversion.

        ``GET /borrower/conversion/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowerconversion
        """
        op: Operation[list[models.ConversionPair]] = self._operations["get_conversion_pairs"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_converted_totals(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.ConvertedTotal]:
        """The total amount converted for each convertible asset pair.

        ``GET /borrower/converted_totals/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowerconverted_totals
        """
        op: Operation[list[models.ConvertedTotal]] = self._operations["get_converted_totals"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_depth(
        self,
        *,
        base: int,
        counter: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Depth:
        """Open interest at each of the top 20 price levels on each side of one order book.

        Returns the amount of open interest at each of the top 20 price levels on each side of the
        specified order book; 404 (empty body) if the market is not found. A full order book is
        deliberately not offered over REST: use the WebSocket API's WatchOrders, which delivers a
        snapshot followed by incremental updates.

        ``GET /depth/{base}:{counter}``

        Args:
            base: The numeric identifier of the base asset of the market
            counter: The numeric identifier of the counter asset of the market

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-depthbasecounter
        """
        op: Operation[models.Depth] = self._operations["get_depth"]
        return await self._call(
            op,
            {
                "base": base,
                "counter": counter,
            },
            timeout,
            deadline,
        )

    async def get_loan(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Loan:
        """One outstanding loan of the account.

        404 (Content-Length 0) if not found; 403 (Content-Length 0) if the loan is not visible to
        the account.

        ``GET /borrower/loans/{id}`` (signed, permission: any)

        Args:
            id: The numeric identifier of the loan to return

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowerloansid
        """
        op: Operation[models.Loan] = self._operations["get_loan"]
        return await self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )

    async def get_loans(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Loan]:
        """The account's outstanding loans.

        ``GET /borrower/loans/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowerloans
        """
        op: Operation[list[models.Loan]] = self._operations["get_loans"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_margin_ratios(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.MarginRatio]:
        """The account's margin ratio in every asset where leverage funding has been taken out.

        Returns the margin ratio of the user for all assets where leverage funding has been taken
        out. The docs recommend computing it from the /borrower/events stream instead.

        ``GET /borrower/margin_ratios/`` (signed, permission: any)

        Notes:
            - the docs show a single object and list its fields under Request (NOTES A13 #7); "for
              all assets where leverage funding has been taken out" makes it a list

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borrowermargin_ratios
        """
        op: Operation[list[models.MarginRatio]] = self._operations["get_margin_ratios"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_markets(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Market]:
        """The CoinFLEX spot and futures markets with their tick sizes.

        Returns a complete list of CoinFLEX SPOT and Futures markets. tick is the market's tick size
        in the pair's price scale; start and expires are Unix milliseconds (the only millisecond
        times of the API). This endpoint refreshes the spec's ticks at run time.

        ``GET /markets/``

        Notes:
            - shown as a single object although the endpoint "returns a complete list" (NOTES A13
              #2): a list; the field descriptions sit under Request in the docs

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-markets
        """
        op: Operation[list[models.Market]] = self._operations["get_markets"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_offer(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Offer:
        """One loan offer.

        404 (Content-Length 0) if not found; 403 (Content-Length 0) if the offer is not visible to
        the account.

        ``GET /borrower/offers/{id}`` (signed, permission: any)

        Args:
            id: The numeric identifier of the loan offer to return

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borroweroffersid
        """
        op: Operation[models.Offer] = self._operations["get_offer"]
        return await self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )

    async def get_offers(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Offer]:
        """The loan offers available to the account.

        ``GET /borrower/offers/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#get-borroweroffers
        """
        op: Operation[list[models.Offer]] = self._operations["get_offers"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_order(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Order:
        """One open limit order of the account.

        Returns the specified limit order of the user; 404 (Content-Length 0) if not found.

        ``GET /orders/{id}`` (signed, permission: any)

        Args:
            id: The numeric identifier of the order

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-ordersid
        """
        op: Operation[models.Order] = self._operations["get_order"]
        return await self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )

    async def get_orders(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Order]:
        """The account's open limit orders.

        ``GET /orders/`` (signed, permission: any)

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-orders
        """
        op: Operation[list[models.Order]] = self._operations["get_orders"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_positions(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Position]:
        """The account's traded net position in every asset.

        ``GET /positions/`` (signed, permission: any)

        Notes:
            - the docs list the response's fields under Request (NOTES A13 #2)

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-positions
        """
        op: Operation[list[models.Position]] = self._operations["get_positions"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_ticker(
        self,
        *,
        base: int,
        counter: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Ticker:
        """The ticker of one market.

        Returns the ticker of the specified market; 404 (empty body) if the market is not found.

        ``GET /tickers/{base}:{counter}``

        Args:
            base: The numeric identifier of the base asset of the market
            counter: The numeric identifier of the counter asset of the market

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-tickersbasecounter
        """
        op: Operation[models.Ticker] = self._operations["get_ticker"]
        return await self._call(
            op,
            {
                "base": base,
                "counter": counter,
            },
            timeout,
            deadline,
        )

    async def get_tickers(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Ticker]:
        """The tickers of all available markets.

        ``GET /tickers/``

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-tickers
        """
        op: Operation[list[models.Ticker]] = self._operations["get_tickers"]
        return await self._call(
            op,
            {},
            timeout,
            deadline,
        )

    async def get_trade(
        self,
        *,
        time: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Trade:
        """One past trade of the account, by its micro-timestamp.

        Returns the historical record of a particular past trade of the user; 404 (Content-Length 0)
        if none.

        ``GET /trades/{time}`` (signed, permission: any)

        Args:
            time: The micro-timestamp of the trade to return

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-tradestime
        """
        op: Operation[models.Trade] = self._operations["get_trade"]
        return await self._call(
            op,
            {
                "time": time,
            },
            timeout,
            deadline,
        )

    async def get_trades(
        self,
        *,
        since: int | None = None,
        until: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> list[models.Trade]:
        """The account's past trades, paged by time.

        Returns historical records of the user's past trades. since and until are exclusive micro-
        timestamp bounds. The server may return fewer than limit records even when more exist in the
        range, but at least one if any does: page on by repeating the request with since (for asc)
        or until (for desc) set to the time of the last record received, until none is returned.

        ``GET /trades/`` (signed, permission: any)

        Args:
            since: Only trades that occurred strictly after this micro-timestamp
            until: Only trades that occurred strictly before this micro-timestamp
            sort: asc or desc; also decides which records are selected when not all in the range are
                returned. Default: asc if since is given, else desc
            limit: The maximum number of records to return (default: no particular limit)

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#get-trades
        """
        op: Operation[list[models.Trade]] = self._operations["get_trades"]
        return await self._call(
            op,
            {
                "since": since,
                "until": until,
                "sort": sort,
                "limit": limit,
            },
            timeout,
            deadline,
        )

    def iter_get_trades(
        self,
        *,
        since: int | None = None,
        until: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.Trade]:
        """Every item of :meth:`get_trades`, fetching page after page as the iteration goes.

        Same arguments; oldest first, each page starting after the last item's time.
        """
        op: Operation[list[models.Trade]] = self._operations["get_trades"]
        return self._pages(
            op,
            {
                "since": since,
                "until": until,
                "limit": limit,
                "sort": "asc",
            },
            timeout,
            deadline,
        )

    async def initiate_loan(
        self,
        *,
        offer_id: int,
        amount: DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.Loan:
        """Borrow an amount against a loan offer.

        Initiates a loan; answered 201 Created with the new loan's id in Location. 404 (Content-
        Length 0) if the offer is not found; 403 with a text/plain explanation if the loan is not
        allowed.

        ``POST /borrower/loans/`` (signed, permission: any)

        Args:
            offer_id: The numeric identifier of an available loan offer
            amount: The amount of the offered asset to borrow

        Notes:
            - a loan request carries no client id: never sent twice
            - in the offered asset's amount scale, which the request does not name: the amount
              scale's default factor (every asset's, 10000 today) is used

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#post-borrowerloans
        """
        op: Operation[models.Loan] = self._operations["initiate_loan"]
        return await self._call(
            op,
            {
                "offer_id": offer_id,
                "amount": amount,
            },
            timeout,
            deadline,
        )

    async def place_order(
        self,
        *,
        base: int,
        counter: int,
        price: DecimalLike | None = None,
        quantity: DecimalLike | None = None,
        total: DecimalLike | None = None,
        side: Literal["buy", "sell"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> models.PlacedOrder:
        """Place a limit order, or execute a market order by quantity or by total.

        quantity + price: a limit order, answered 201 Created with Location and Content-Location
        holding the new order's id and the order in the body. quantity alone: a market order for
        that amount of the base asset; total alone: a market order for that amount of the counter
        asset; both answered 200 with {"remaining": n}, the amount (of the base asset for quantity,
        of the counter asset for total) that could not be traded for lack of liquidity or balance.
        quantity and total are negative for a sell and positive for a buy. Prices are rounded to the
        market's tick: bids down, asks up. No other combination is valid.

        ``POST /orders/`` (signed, permission: any)

        Args:
            base: The numeric identifier of the base asset of the order
            counter: The numeric identifier of the counter asset of the order
            price: The price at which to offer to trade; omitted, the order executes at once as a
                market order
            quantity: The amount of the base asset to trade, negative to sell, positive to buy.
                Required if price is given or total omitted
            total: The amount of the counter asset to trade, negative to sell, positive to buy.
                Required if quantity is omitted; forbidden if quantity is given
            side: Not sent: buy or sell, with a positive quantity or total, which the client writes
                negative for a sell (the docs' signed quantity and total may still be given without
                it)

        Notes:
            - REST orders carry no tonce or client id: a placement that may have reached the server
              is never sent again
            - REST.md signs quantity and total (negative to sell); the issue asks for a side and a
              positive amount where the docs allow it: both map one-to-one onto the signed wire
              value. A negative amount with a side is refused before sending (a ValueError).

        Docs: https://github.com/coinflex-exchange/API/blob/master/REST.md#post-orders
        """
        op: Operation[models.PlacedOrder] = self._operations["place_order"]
        return await self._call(
            op,
            {
                "base": base,
                "counter": counter,
                "price": price,
                "quantity": quantity,
                "total": total,
                "side": side,
            },
            timeout,
            deadline,
        )

    async def repay_loan(
        self,
        *,
        id: int,
        amount: DecimalLike,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> None:
        """Repay part of an outstanding loan.

        Partially repays an outstanding loan; answered 204 No Content. 404 (Content-Length 0) if the
        loan is not found; 403 with a text/plain explanation if the repayment is not allowed.

        ``POST /borrower/loans/{id}`` (signed, permission: any)

        Args:
            id: The numeric identifier of the outstanding loan to repay
            amount: The amount to repay

        Notes:
            - a repeated partial repayment would repay twice: never sent again
            - in the loan asset's amount scale, which the request does not name: the amount scale's
              default factor (every asset's, 10000 today) is used

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#post-borrowerloansid
        """
        op: Operation[None] = self._operations["repay_loan"]
        return await self._call(
            op,
            {
                "id": id,
                "amount": amount,
            },
            timeout,
            deadline,
        )

    async def repay_loan_in_full(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> None:
        """Repay an outstanding loan in full.

        Fully repays an outstanding loan; answered 204 No Content. 404 (Content-Length 0) if the
        loan is not found; 403 with a text/plain explanation if the repayment is not allowed.

        ``DELETE /borrower/loans/{id}`` (signed, permission: any)

        Args:
            id: The numeric identifier of the outstanding loan to repay

        Notes:
            - repaying in full twice cannot repay more: the second is answered 404

        Docs: https://github.com/coinflex-exchange/API/blob/master/FUTURES.md#delete-borrowerloansid
        """
        op: Operation[None] = self._operations["repay_loan_in_full"]
        return await self._call(
            op,
            {
                "id": id,
            },
            timeout,
            deadline,
        )
