"""CoinFLEX v2 REST clients, generated from spec/coinflex_v2; do not edit.

CoinFLEX's v2 REST API (spot, perpetual swaps, repo, flexAssets, AMM). Decimal strings for money, millisecond timestamps, responses in an envelope {event, timestamp, accountId, data}.

Docs: https://docs.coinflex.com/
"""

from __future__ import annotations

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
from exchange_bindings.runtime.operation import DecimalLike, Later, LazyModule, Operation, Param, settled

from .config import CONFIG

if TYPE_CHECKING:
    from . import models
else:  # the structs load when the operations are settled (a client, a stub, a reader of OPERATIONS)
    models = LazyModule(f"{__package__}.models")

__all__ = ["OPERATIONS", "AsyncClient", "Client"]


_BORROW: Operation[models.BorrowResponse] = Operation(
    name="borrow",
    method="POST",
    path="/v2/borrow",
    response=Later(__name__, 0),
    group="borrow",
    params=(
        Param("borrowAsset", "borrow_asset", "body", str, required=True),
        Param("collateralAsset", "collateral_asset", "body", str, required=True),
        Param("collateralAmount", "collateral_amount", "body", Decimal, required=True, decimal=True),
    ),
    auth="hmac",
    permission="trade",
    deprecated=True,
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_CANCEL_ALL_ORDERS: Operation[models.CancelAllOrdersResponse] = Operation(
    name="cancel_all_orders",
    method="DELETE",
    path="/v2/cancel/orders",
    response=Later(__name__, 1),
    group="trading",
    params=(),
    auth="hmac",
    permission="trade",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_CANCEL_ALL_ORDERS_BY_MARKET: Operation[models.CancelMarketOrdersResponse] = Operation(
    name="cancel_all_orders_by_market",
    method="DELETE",
    path="/v2/cancel/orders/{marketCode}",
    response=Later(__name__, 2),
    group="trading",
    params=(Param("marketCode", "market_code", "path", str, required=True),),
    auth="hmac",
    permission="trade",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_CANCEL_DELIVERY: Operation[models.DeliveryCancelResponse] = Operation(
    name="cancel_delivery",
    method="DELETE",
    path="/v2.1/delivery/orders/{deliveryOrderId}",
    response=Later(__name__, 3),
    group="delivery",
    params=(Param("deliveryOrderId", "delivery_order_id", "path", str, required=True),),
    auth="hmac",
    permission="trade",
    deprecated=True,
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_CANCEL_ORDERS: Operation[models.CancelOrdersResponse] = Operation(
    name="cancel_orders",
    method="DELETE",
    path="/v2/orders/cancel",
    response=Later(__name__, 4),
    group="trading",
    params=(
        Param("responseType", "response_type", "body", Later(__name__, 45), required=True),
        Param("orders", "orders", "body", Later(__name__, 46), required=True),
        Param("recvWindow", "recv_window", "body", Later(__name__, 47)),
        Param("timestamp", "timestamp", "body", int),
    ),
    auth="hmac",
    permission="trade",
    max_items={"orders": 8},
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_CLOSE_BORROW: Operation[models.CloseBorrowResponse] = Operation(
    name="close_borrow",
    method="POST",
    path="/v2/borrow/close",
    response=Later(__name__, 5),
    group="borrow",
    params=(
        Param("marketCode", "market_code", "body", str, required=True),
        Param("price", "price", "body", Decimal, decimal=True),
        Param("collateralAmount", "collateral_amount", "body", Decimal, decimal=True),
        Param("quantity", "quantity", "body", Decimal, decimal=True),
    ),
    auth="hmac",
    permission="trade",
    deprecated=True,
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_CREATE_AMM: Operation[models.CreateAmmResponse] = Operation(
    name="create_amm",
    method="POST",
    path="/v2/AMM/create",
    response=Later(__name__, 6),
    group="amm",
    params=(
        Param("direction", "direction", "body", Later(__name__, 48), required=True),
        Param("marketCode", "market_code", "body", str, required=True),
        Param("minPriceBound", "min_price_bound", "body", Decimal, required=True, decimal=True),
        Param("maxPriceBound", "max_price_bound", "body", Decimal, required=True, decimal=True),
        Param("leverage", "leverage", "body", str),
        Param("collateralAsset", "collateral_asset", "body", str),
        Param("assetQuantity", "asset_quantity", "body", Decimal, decimal=True),
        Param("collateralCounterAsset", "collateral_counter_asset", "body", str),
        Param("counterAssetQuantity", "counter_asset_quantity", "body", Decimal, decimal=True),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(CONFIG.retry, idempotency="never"),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_ACCOUNT_INFO: Operation[models.AccountInfoResponse] = Operation(
    name="get_account_info",
    method="GET",
    path="/v2/accountinfo",
    response=Later(__name__, 7),
    group="account",
    params=(),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_AMMS: Operation[models.AmmInfoResponse] = Operation(
    name="get_amms",
    method="GET",
    path="/v2/AMM",
    response=Later(__name__, 8),
    group="amm",
    params=(
        Param("hashToken", "hash_token", "query", str),
        Param("marketCode", "market_code", "query", str),
        Param("status", "status", "query", Later(__name__, 49)),
    ),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_ASSETS: Operation[models.AssetsResponse] = Operation(
    name="get_assets",
    method="GET",
    path="/v2/all/assets",
    response=Later(__name__, 9),
    group="market",
    params=(),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_BALANCE: Operation[models.BalanceByIdResponse] = Operation(
    name="get_balance",
    method="GET",
    path="/v2/balances/{instrumentId}",
    response=Later(__name__, 10),
    group="account",
    params=(Param("instrumentId", "instrument_id", "path", str, required=True),),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_BALANCES: Operation[models.BalancesResponse] = Operation(
    name="get_balances",
    method="GET",
    path="/v2/balances",
    response=Later(__name__, 11),
    group="account",
    params=(),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_BORROW_HISTORY: Operation[models.BorrowHistoryResponse] = Operation(
    name="get_borrow_history",
    method="GET",
    path="/v2/borrow/{asset}",
    response=Later(__name__, 12),
    group="borrowing",
    params=(
        Param("asset", "asset", "path", str, required=True),
        Param("limit", "limit", "query", Later(__name__, 50)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_BORROWING_SUMMARY: Operation[models.BorrowingSummaryResponse] = Operation(
    name="get_borrowing_summary",
    method="GET",
    path="/v2/borrowingSummary",
    response=Later(__name__, 13),
    group="borrow",
    params=(),
    auth="hmac",
    permission="read",
    deprecated=True,
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_CANDLES: Operation[models.CandlesResponse] = Operation(
    name="get_candles",
    method="GET",
    path="/v2/candles/{marketCode}",
    response=Later(__name__, 14),
    group="market",
    params=(
        Param("marketCode", "market_code", "path", str, required=True),
        Param("timeframe", "timeframe", "query", str),
        Param("limit", "limit", "query", Later(__name__, 51)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_DELIVER_AUCTION: Operation[models.DeliverAuctionResponse] = Operation(
    name="get_deliver_auction",
    method="GET",
    path="/v2.1/deliver-auction/{instrumentId}",
    response=Later(__name__, 15),
    group="delivery",
    params=(Param("instrumentId", "instrument_id", "path", str, required=True),),
    auth="hmac",
    permission="read",
    deprecated=True,
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_DELIVERY_ORDERS: Operation[models.AccountDeliveryOrdersResponse] = Operation(
    name="get_delivery_orders",
    method="GET",
    path="/v2.1/delivery/orders",
    response=Later(__name__, 16),
    group="delivery",
    params=(
        Param("limit", "limit", "query", Later(__name__, 52)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_DEPTH: Operation[models.DepthResponse] = Operation(
    name="get_depth",
    method="GET",
    path="/v2/depth/{marketCode}/{level}",
    response=Later(__name__, 17),
    group="market",
    params=(
        Param("marketCode", "market_code", "path", str, required=True),
        Param("level", "level", "path", Later(__name__, 53), required=True),
    ),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_FLEX_PROTOCOL_BALANCES: Operation[models.FlexProtocolBalancesResponse] = Operation(
    name="get_flex_protocol_balances",
    method="GET",
    path="/v2/flex-protocol/balances/{flexProtocol}",
    response=Later(__name__, 18),
    group="flex_protocol",
    params=(Param("flexProtocol", "flex_protocol", "path", Later(__name__, 54), required=True),),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_FLEX_PROTOCOL_DELIVERY_ORDERS: Operation[models.FlexProtocolDeliveryOrdersResponse] = Operation(
    name="get_flex_protocol_delivery_orders",
    method="GET",
    path="/v2/flex-protocol/delivery/orders/{flexProtocol}",
    response=Later(__name__, 19),
    group="flex_protocol",
    params=(
        Param("flexProtocol", "flex_protocol", "path", Later(__name__, 54), required=True),
        Param("limit", "limit", "query", Later(__name__, 55)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_FLEX_PROTOCOL_ORDERS: Operation[models.FlexProtocolOrdersResponse] = Operation(
    name="get_flex_protocol_orders",
    method="GET",
    path="/v2/flex-protocol/orders/{flexProtocol}",
    response=Later(__name__, 20),
    group="flex_protocol",
    params=(Param("flexProtocol", "flex_protocol", "path", Later(__name__, 54), required=True),),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_FLEX_PROTOCOL_POSITIONS: Operation[models.FlexProtocolPositionsResponse] = Operation(
    name="get_flex_protocol_positions",
    method="GET",
    path="/v2/flex-protocol/positions/{flexProtocol}",
    response=Later(__name__, 21),
    group="flex_protocol",
    params=(Param("flexProtocol", "flex_protocol", "path", Later(__name__, 54), required=True),),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_FLEX_PROTOCOL_TRADES: Operation[models.FlexProtocolTradesResponse] = Operation(
    name="get_flex_protocol_trades",
    method="GET",
    path="/v2/flex-protocol/trades/{flexProtocol}/{marketCode}",
    response=Later(__name__, 22),
    group="flex_protocol",
    params=(
        Param("flexProtocol", "flex_protocol", "path", Later(__name__, 54), required=True),
        Param("marketCode", "market_code", "path", str, required=True),
        Param("limit", "limit", "query", Later(__name__, 55)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_FUNDING_PAYMENTS: Operation[models.FundingPaymentsResponse] = Operation(
    name="get_funding_payments",
    method="GET",
    path="/v2/funding-payments",
    response=Later(__name__, 23),
    group="funding",
    params=(
        Param("marketCode", "market_code", "query", str),
        Param("limit", "limit", "query", Later(__name__, 52)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_FUNDING_RATE_HISTORY: Operation[list[models.FundingRateHistoryEntry]] = Operation(
    name="get_funding_rate_history",
    method="GET",
    path="/v2/delivery/public/funding",
    response=Later(__name__, 24),
    group="funding",
    params=(
        Param("column", "column", "query", str),
        Param("instrumentId", "instrument_id", "query", str),
        Param("limit", "limit", "query", Later(__name__, 55)),
        Param("startTime", "start_time", "query", Later(__name__, 56)),
        Param("endTime", "end_time", "query", Later(__name__, 56)),
    ),
    deprecated=True,
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_FUNDING_RATES: Operation[models.FundingRatesResponse] = Operation(
    name="get_funding_rates",
    method="GET",
    path="/v2/funding-rates/{marketCode}",
    response=Later(__name__, 25),
    group="funding",
    params=(
        Param("marketCode", "market_code", "path", Later(__name__, 57), required=True),
        Param("limit", "limit", "query", int),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    deprecated=True,
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_MARKETS: Operation[models.MarketsResponse] = Operation(
    name="get_markets",
    method="GET",
    path="/v2/all/markets",
    response=Later(__name__, 26),
    group="market",
    params=(),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_MINT_HISTORY: Operation[models.MintHistoryResponse] = Operation(
    name="get_mint_history",
    method="GET",
    path="/v2/mint/{asset}",
    response=Later(__name__, 27),
    group="flex_assets",
    params=(
        Param("asset", "asset", "path", Later(__name__, 54), required=True),
        Param("limit", "limit", "query", Later(__name__, 50)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_OPEN_ORDERS: Operation[models.OpenOrdersResponse] = Operation(
    name="get_open_orders",
    method="GET",
    path="/v2/orders",
    response=Later(__name__, 28),
    group="trading",
    params=(),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_ORDERS: Operation[models.OrderHistoryResponse] = Operation(
    name="get_orders",
    method="GET",
    path="/v2.1/orders",
    response=Later(__name__, 29),
    group="trading",
    params=(
        Param("marketCode", "market_code", "query", str),
        Param("orderId", "order_id", "query", int),
        Param("clientOrderId", "client_order_id", "query", Later(__name__, 58)),
        Param("limit", "limit", "query", Later(__name__, 50)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_POSITION: Operation[models.PositionByIdResponse] = Operation(
    name="get_position",
    method="GET",
    path="/v2/positions/{instrumentId}",
    response=Later(__name__, 30),
    group="account",
    params=(Param("instrumentId", "instrument_id", "path", str, required=True),),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_POSITIONS: Operation[models.PositionsResponse] = Operation(
    name="get_positions",
    method="GET",
    path="/v2/positions",
    response=Later(__name__, 31),
    group="account",
    params=(),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_PUBLIC_TRADES: Operation[models.PublicTradesResponse] = Operation(
    name="get_public_trades",
    method="GET",
    path="/v2/publictrades/{marketCode}",
    response=Later(__name__, 32),
    group="market",
    params=(
        Param("marketCode", "market_code", "path", str, required=True),
        Param("limit", "limit", "query", Later(__name__, 59)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_REDEEM_HISTORY: Operation[models.RedemptionHistoryResponse] = Operation(
    name="get_redeem_history",
    method="GET",
    path="/v2/redeem/{asset}",
    response=Later(__name__, 33),
    group="flex_assets",
    params=(
        Param("asset", "asset", "path", Later(__name__, 54), required=True),
        Param("limit", "limit", "query", Later(__name__, 50)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_REPAY_HISTORY: Operation[models.RepayHistoryResponse] = Operation(
    name="get_repay_history",
    method="GET",
    path="/v2/repay/{asset}",
    response=Later(__name__, 34),
    group="borrowing",
    params=(
        Param("asset", "asset", "path", str, required=True),
        Param("limit", "limit", "query", Later(__name__, 50)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_TICKERS: Operation[models.TickersResponse] = Operation(
    name="get_tickers",
    method="GET",
    path="/v2/ticker",
    response=Later(__name__, 35),
    group="market",
    params=(),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_GET_TRADES: Operation[models.AccountTradesResponse] = Operation(
    name="get_trades",
    method="GET",
    path="/v2/trades/{marketCode}",
    response=Later(__name__, 36),
    group="trading",
    params=(
        Param("marketCode", "market_code", "path", str, required=True),
        Param("limit", "limit", "query", Later(__name__, 60)),
        Param("startTime", "start_time", "query", int),
        Param("endTime", "end_time", "query", int),
    ),
    auth="hmac",
    permission="read",
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_MINT: Operation[models.MintResponse] = Operation(
    name="mint",
    method="POST",
    path="/v2/mint",
    response=Later(__name__, 37),
    group="flex_assets",
    params=(
        Param("asset", "asset", "body", Later(__name__, 54), required=True),
        Param("quantity", "quantity", "body", Decimal, required=True, decimal=True),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(CONFIG.retry, idempotency="never"),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_MODIFY_ORDERS: Operation[models.ModifyOrdersResponse] = Operation(
    name="modify_orders",
    method="POST",
    path="/v2/orders/modify",
    response=Later(__name__, 38),
    group="trading",
    params=(
        Param("responseType", "response_type", "body", Later(__name__, 45), required=True),
        Param("orders", "orders", "body", Later(__name__, 61), required=True),
        Param("recvWindow", "recv_window", "body", Later(__name__, 47)),
        Param("timestamp", "timestamp", "body", int),
    ),
    auth="hmac",
    permission="trade",
    max_items={"orders": 8},
    retry=replace(CONFIG.retry, idempotency="never"),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_PING: Operation[models.PingResponse] = Operation(
    name="ping",
    method="GET",
    path="/v2/ping",
    response=Later(__name__, 39),
    group="market",
    params=(),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_PLACE_ORDERS: Operation[models.PlaceOrdersResponse] = Operation(
    name="place_orders",
    method="POST",
    path="/v2/orders/place",
    response=Later(__name__, 40),
    group="trading",
    params=(
        Param("responseType", "response_type", "body", Later(__name__, 45), required=True),
        Param("orders", "orders", "body", Later(__name__, 62), required=True),
        Param("recvWindow", "recv_window", "body", Later(__name__, 47)),
        Param("timestamp", "timestamp", "body", int),
    ),
    auth="hmac",
    permission="trade",
    max_items={"orders": 8},
    retry=replace(
        CONFIG.retry,
        client_order_id=ClientOrderId(param="orders", field="clientOrderId", kind="integer"),
        lookup=Lookup(
            settle=2.0,
            queries=(
                LookupQuery(
                    operation="get_orders",
                    args={"marketCode": "{item.marketCode}", "clientOrderId": "{id}"},
                    list="data",
                ),
            ),
            match="clientOrderId",
            found={
                "success": "true",
                "timestamp": "{now}",
                "clientOrderId": "{order.clientOrderId}",
                "orderId": "{order.orderId}",
                "price": "{order.price}",
                "quantity": "{order.quantity}",
                "side": "{order.side}",
                "marketCode": "{order.marketCode}",
                "timeInForce": "{order.timeInForce}",
                "lastTradedPrice": "{order.lastTradedPrice}",
                "remainQuantity": "{order.remainQuantity}",
                "notice": "{order.status}",
                "orderType": "{order.orderType}",
                "isTriggered": "{order.isTriggered}",
            },
            result={
                "event": "placeOrder",
                "timestamp": "{listed.timestamp}",
                "accountId": "{listed.accountId}",
                "data": "{items}",
            },
            items="data",
        ),
    ),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_REDEEM: Operation[models.RedeemResponse] = Operation(
    name="redeem",
    method="POST",
    path="/v2/redeem",
    response=Later(__name__, 41),
    group="flex_assets",
    params=(
        Param("asset", "asset", "body", Later(__name__, 54), required=True),
        Param("quantity", "quantity", "body", Decimal, required=True, decimal=True),
        Param("type", "type", "body", Later(__name__, 63), required=True),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(CONFIG.retry, idempotency="never"),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_REDEEM_AMM: Operation[models.RedeemAmmResponse] = Operation(
    name="redeem_amm",
    method="POST",
    path="/v2/AMM/redeem",
    response=Later(__name__, 42),
    group="amm",
    params=(
        Param("hashToken", "hash_token", "body", str, required=True),
        Param("redeemType", "redeem_type", "body", Later(__name__, 64), required=True),
    ),
    auth="hmac",
    permission="trade",
    retry=replace(CONFIG.retry, idempotency="never"),
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_REPAY: Operation[models.RepayResponse] = Operation(
    name="repay",
    method="POST",
    path="/v2/repay",
    response=Later(__name__, 43),
    group="borrow",
    params=(
        Param("repayAsset", "repay_asset", "body", str, required=True),
        Param("regainAsset", "regain_asset", "body", str, required=True),
        Param("regainAmount", "regain_amount", "body", Decimal, required=True, decimal=True),
    ),
    auth="hmac",
    permission="trade",
    deprecated=True,
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1},
)

_REQUEST_DELIVERY: Operation[models.DeliveryRequestResponse] = Operation(
    name="request_delivery",
    method="POST",
    path="/v2.1/delivery/orders",
    response=Later(__name__, 44),
    group="delivery",
    params=(
        Param("instrumentId", "instrument_id", "body", str, required=True),
        Param("qtyDeliver", "qty_deliver", "body", Decimal, required=True, decimal=True),
    ),
    auth="hmac",
    permission="trade",
    deprecated=True,
    cost={"rest_per_second": 1, "rest_per_5_minutes": 1, "delivery_orders": 1},
)


def _deferred() -> list[Any]:
    """The types the operations name as Later, by index: built (and the structs loaded) when they are settled."""
    return [
        models.BorrowResponse,
        models.CancelAllOrdersResponse,
        models.CancelMarketOrdersResponse,
        models.DeliveryCancelResponse,
        models.CancelOrdersResponse,
        models.CloseBorrowResponse,
        models.CreateAmmResponse,
        models.AccountInfoResponse,
        models.AmmInfoResponse,
        models.AssetsResponse,
        models.BalanceByIdResponse,
        models.BalancesResponse,
        models.BorrowHistoryResponse,
        models.BorrowingSummaryResponse,
        models.CandlesResponse,
        models.DeliverAuctionResponse,
        models.AccountDeliveryOrdersResponse,
        models.DepthResponse,
        models.FlexProtocolBalancesResponse,
        models.FlexProtocolDeliveryOrdersResponse,
        models.FlexProtocolOrdersResponse,
        models.FlexProtocolPositionsResponse,
        models.FlexProtocolTradesResponse,
        models.FundingPaymentsResponse,
        list[models.FundingRateHistoryEntry],
        models.FundingRatesResponse,
        models.MarketsResponse,
        models.MintHistoryResponse,
        models.OpenOrdersResponse,
        models.OrderHistoryResponse,
        models.PositionByIdResponse,
        models.PositionsResponse,
        models.PublicTradesResponse,
        models.RedemptionHistoryResponse,
        models.RepayHistoryResponse,
        models.TickersResponse,
        models.AccountTradesResponse,
        models.MintResponse,
        models.ModifyOrdersResponse,
        models.PingResponse,
        models.PlaceOrdersResponse,
        models.RedeemResponse,
        models.RedeemAmmResponse,
        models.RepayResponse,
        models.DeliveryRequestResponse,
        Literal["FULL", "ACK"],
        Annotated[list[models.CancelOrderRequest], Meta(min_length=1, max_length=8)],
        Annotated[int, Meta(ge=0)],
        Literal["BUY", "SELL", "NEUTRAL"],
        Literal["ENDED", "EXECUTING", "PENDING"],
        Annotated[int, Meta(ge=1, le=100)],
        Annotated[int, Meta(le=5000)],
        Annotated[int, Meta(ge=1, le=500)],
        Annotated[int, Meta(ge=1)],
        Literal["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        Annotated[int, Meta(le=500)],
        Annotated[str, Meta(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")],
        Literal["BTC-USD-REPO-LIN", "ETH-USD-REPO-LIN"],
        Annotated[int, Meta(ge=1, le=9223372036854775807)],
        Annotated[int, Meta(le=300)],
        Annotated[int, Meta(ge=1, le=1000)],
        Annotated[list[models.ModifyOrderRequest], Meta(min_length=1, max_length=8)],
        Annotated[list[models.PlaceOrderRequest], Meta(min_length=1, max_length=8)],
        Literal["Normal", "Instant"],
        Literal["DELIVER", "MANUAL"],
    ]


_OPERATIONS: dict[str, Operation[Any]] = {
    "borrow": _BORROW,
    "cancel_all_orders": _CANCEL_ALL_ORDERS,
    "cancel_all_orders_by_market": _CANCEL_ALL_ORDERS_BY_MARKET,
    "cancel_delivery": _CANCEL_DELIVERY,
    "cancel_orders": _CANCEL_ORDERS,
    "close_borrow": _CLOSE_BORROW,
    "create_amm": _CREATE_AMM,
    "get_account_info": _GET_ACCOUNT_INFO,
    "get_amms": _GET_AMMS,
    "get_assets": _GET_ASSETS,
    "get_balance": _GET_BALANCE,
    "get_balances": _GET_BALANCES,
    "get_borrow_history": _GET_BORROW_HISTORY,
    "get_borrowing_summary": _GET_BORROWING_SUMMARY,
    "get_candles": _GET_CANDLES,
    "get_deliver_auction": _GET_DELIVER_AUCTION,
    "get_delivery_orders": _GET_DELIVERY_ORDERS,
    "get_depth": _GET_DEPTH,
    "get_flex_protocol_balances": _GET_FLEX_PROTOCOL_BALANCES,
    "get_flex_protocol_delivery_orders": _GET_FLEX_PROTOCOL_DELIVERY_ORDERS,
    "get_flex_protocol_orders": _GET_FLEX_PROTOCOL_ORDERS,
    "get_flex_protocol_positions": _GET_FLEX_PROTOCOL_POSITIONS,
    "get_flex_protocol_trades": _GET_FLEX_PROTOCOL_TRADES,
    "get_funding_payments": _GET_FUNDING_PAYMENTS,
    "get_funding_rate_history": _GET_FUNDING_RATE_HISTORY,
    "get_funding_rates": _GET_FUNDING_RATES,
    "get_markets": _GET_MARKETS,
    "get_mint_history": _GET_MINT_HISTORY,
    "get_open_orders": _GET_OPEN_ORDERS,
    "get_orders": _GET_ORDERS,
    "get_position": _GET_POSITION,
    "get_positions": _GET_POSITIONS,
    "get_public_trades": _GET_PUBLIC_TRADES,
    "get_redeem_history": _GET_REDEEM_HISTORY,
    "get_repay_history": _GET_REPAY_HISTORY,
    "get_tickers": _GET_TICKERS,
    "get_trades": _GET_TRADES,
    "mint": _MINT,
    "modify_orders": _MODIFY_ORDERS,
    "ping": _PING,
    "place_orders": _PLACE_ORDERS,
    "redeem": _REDEEM,
    "redeem_amm": _REDEEM_AMM,
    "repay": _REPAY,
    "request_delivery": _REQUEST_DELIVERY,
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
        return self._call(
            _BORROW,
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
        return self._call(
            _CANCEL_ALL_ORDERS,
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
        return self._call(
            _CANCEL_ALL_ORDERS_BY_MARKET,
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
        return self._call(
            _CANCEL_DELIVERY,
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
        return self._call(
            _CANCEL_ORDERS,
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
        return self._call(
            _CLOSE_BORROW,
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
        return self._call(
            _CREATE_AMM,
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
        return self._call(
            _GET_ACCOUNT_INFO,
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
        return self._call(
            _GET_AMMS,
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
        return self._call(
            _GET_ASSETS,
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
        return self._call(
            _GET_BALANCE,
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
        return self._call(
            _GET_BALANCES,
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
        return self._call(
            _GET_BORROW_HISTORY,
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
        return self._call(
            _GET_BORROWING_SUMMARY,
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
        return self._call(
            _GET_CANDLES,
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
        return self._call(
            _GET_DELIVER_AUCTION,
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
        return self._call(
            _GET_DELIVERY_ORDERS,
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
        return self._call(
            _GET_DEPTH,
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
        return self._call(
            _GET_FLEX_PROTOCOL_BALANCES,
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
        return self._call(
            _GET_FLEX_PROTOCOL_DELIVERY_ORDERS,
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
        return self._call(
            _GET_FLEX_PROTOCOL_ORDERS,
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
        return self._call(
            _GET_FLEX_PROTOCOL_POSITIONS,
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
        return self._call(
            _GET_FLEX_PROTOCOL_TRADES,
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
        return self._call(
            _GET_FUNDING_PAYMENTS,
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
        return self._call(
            _GET_FUNDING_RATE_HISTORY,
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
        return self._call(
            _GET_FUNDING_RATES,
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
        return self._call(
            _GET_MARKETS,
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
        return self._call(
            _GET_MINT_HISTORY,
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
        return self._call(
            _GET_OPEN_ORDERS,
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
        return self._call(
            _GET_ORDERS,
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
        return self._call(
            _GET_POSITION,
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
        return self._call(
            _GET_POSITIONS,
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
        return self._call(
            _GET_PUBLIC_TRADES,
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
        return self._call(
            _GET_REDEEM_HISTORY,
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
        return self._call(
            _GET_REPAY_HISTORY,
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
        return self._call(
            _GET_TICKERS,
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
        return self._call(
            _GET_TRADES,
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
        return self._call(
            _MINT,
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
        return self._call(
            _MODIFY_ORDERS,
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
        return self._call(
            _PING,
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
        return self._call(
            _PLACE_ORDERS,
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
        return self._call(
            _REDEEM,
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
        return self._call(
            _REDEEM_AMM,
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
        return self._call(
            _REPAY,
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
        return self._call(
            _REQUEST_DELIVERY,
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
        return await self._call(
            _BORROW,
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
        return await self._call(
            _CANCEL_ALL_ORDERS,
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
        return await self._call(
            _CANCEL_ALL_ORDERS_BY_MARKET,
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
        return await self._call(
            _CANCEL_DELIVERY,
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
        return await self._call(
            _CANCEL_ORDERS,
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
        return await self._call(
            _CLOSE_BORROW,
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
        return await self._call(
            _CREATE_AMM,
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
        return await self._call(
            _GET_ACCOUNT_INFO,
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
        return await self._call(
            _GET_AMMS,
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
        return await self._call(
            _GET_ASSETS,
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
        return await self._call(
            _GET_BALANCE,
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
        return await self._call(
            _GET_BALANCES,
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
        return await self._call(
            _GET_BORROW_HISTORY,
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
        return await self._call(
            _GET_BORROWING_SUMMARY,
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
        return await self._call(
            _GET_CANDLES,
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
        return await self._call(
            _GET_DELIVER_AUCTION,
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
        return await self._call(
            _GET_DELIVERY_ORDERS,
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
        return await self._call(
            _GET_DEPTH,
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
        return await self._call(
            _GET_FLEX_PROTOCOL_BALANCES,
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
        return await self._call(
            _GET_FLEX_PROTOCOL_DELIVERY_ORDERS,
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
        return await self._call(
            _GET_FLEX_PROTOCOL_ORDERS,
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
        return await self._call(
            _GET_FLEX_PROTOCOL_POSITIONS,
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
        return await self._call(
            _GET_FLEX_PROTOCOL_TRADES,
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
        return await self._call(
            _GET_FUNDING_PAYMENTS,
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
        return await self._call(
            _GET_FUNDING_RATE_HISTORY,
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
        return await self._call(
            _GET_FUNDING_RATES,
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
        return await self._call(
            _GET_MARKETS,
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
        return await self._call(
            _GET_MINT_HISTORY,
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
        return await self._call(
            _GET_OPEN_ORDERS,
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
        return await self._call(
            _GET_ORDERS,
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
        return await self._call(
            _GET_POSITION,
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
        return await self._call(
            _GET_POSITIONS,
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
        return await self._call(
            _GET_PUBLIC_TRADES,
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
        return await self._call(
            _GET_REDEEM_HISTORY,
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
        return await self._call(
            _GET_REPAY_HISTORY,
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
        return await self._call(
            _GET_TICKERS,
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
        return await self._call(
            _GET_TRADES,
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
        return await self._call(
            _MINT,
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
        return await self._call(
            _MODIFY_ORDERS,
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
        return await self._call(
            _PING,
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
        return await self._call(
            _PLACE_ORDERS,
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
        return await self._call(
            _REDEEM,
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
        return await self._call(
            _REDEEM_AMM,
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
        return await self._call(
            _REPAY,
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
        return await self._call(
            _REQUEST_DELIVERY,
            {
                "instrumentId": instrument_id,
                "qtyDeliver": qty_deliver,
            },
            timeout,
            deadline,
        )
