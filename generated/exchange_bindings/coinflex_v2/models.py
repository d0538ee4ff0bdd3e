"""Structs of the CoinFLEX v2 API, generated from spec/coinflex_v2; do not edit."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal, TypeAlias

from msgspec import UNSET, Meta, Struct, UnsetType, field

from exchange_bindings.runtime.known import Checked
from exchange_bindings.runtime.known import Literal as Known


class AccountDeliveryOrder(Struct, kw_only=True):
    """
    One physical-delivery request of the account.
    """

    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the delivery action")]
    """
    Millisecond timestamp of the delivery action
    """
    instrument_id: Annotated[str, Meta(description="Perpetual swap market code")] = field(name="instrumentId")
    """
    Perpetual swap market code
    """
    status: Annotated[str, Meta(description="Request status, e.g. PENDING, DELIVERED, CANCELLED")]
    """
    Request status, e.g. PENDING, DELIVERED, CANCELLED
    """
    quantity: Annotated[Decimal, Meta(description="Quantity")] | None
    """
    Quantity
    """
    deliver_price: Annotated[Decimal, Meta(description="Mark price at delivery")] = field(name="deliverPrice")
    """
    Mark price at delivery
    """
    transfer_asset: Annotated[str, Meta(description="Asset being sent")] = field(name="transferAsset")
    """
    Asset being sent
    """
    transfer_qty: Annotated[Decimal, Meta(description="Quantity being sent")] = field(name="transferQty")
    """
    Quantity being sent
    """
    instrument_id_deliver: Annotated[
        str, Meta(description="Asset being received: long position = coin, short position = USD")
    ] = field(name="instrumentIdDeliver")
    """
    Asset being received: long position = coin, short position = USD
    """
    deliver_qty: Annotated[Decimal, Meta(description="Quantity of the received asset")] = field(name="deliverQty")
    """
    Quantity of the received asset
    """
    deliver_order_id: Annotated[str, Meta(description="Order id")] = field(name="deliverOrderId")
    """
    Order id
    """
    client_order_id: Annotated[str, Meta(description="Always null in the docs")] | None = field(name="clientOrderId")
    """
    Always null in the docs
    """


class AccountDeliveryOrdersResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2.1/delivery/orders (no accountId).
    """

    event: Known["deliverOrders"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    data: list[AccountDeliveryOrder]


class AccountInfo(Struct, kw_only=True):
    """
    Account-level balances and risk.
    """

    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    trade_type: Annotated[str, Meta(description="Account type, e.g. LINEAR")] = field(name="tradeType")
    """
    Account type, e.g. LINEAR
    """
    margin_currency: Annotated[str, Meta(description="Asset, e.g. USD")] = field(name="marginCurrency")
    """
    Asset, e.g. USD
    """
    total_balance: Annotated[Decimal, Meta(description="Total balance denoted in marginCurrency")] = field(
        name="totalBalance"
    )
    """
    Total balance denoted in marginCurrency
    """
    collateral_balance: Annotated[Decimal, Meta(description="Collateral balance with LTV applied")] = field(
        name="collateralBalance"
    )
    """
    Collateral balance with LTV applied
    """
    available_balance: Annotated[Decimal, Meta(description="Available balance")] = field(name="availableBalance")
    """
    Available balance
    """
    portfolio_var_margin: Annotated[Decimal, Meta(description="Portfolio margin")] = field(name="portfolioVarMargin")
    """
    Portfolio margin
    """
    risk_ratio: Annotated[
        Decimal,
        Meta(
            description="collateralBalance / portfolioVarMargin; orders are rejected or cancelled below 1, liquidation below 0.5"
        ),
    ] = field(name="riskRatio")
    """
    collateralBalance / portfolioVarMargin; orders are rejected or cancelled below 1, liquidation below 0.5
    """
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """


class AccountInfoResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/accountinfo.
    """

    event: Known["accountinfo"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[AccountInfo]


class AccountTrade(Checked, kw_only=True):
    """
    One trade (match) of the account.
    """

    match_id: Annotated[str, Meta(description="Match ID")] = field(name="matchId")
    """
    Match ID
    """
    match_timestamp: Annotated[str, Meta(description="Order matched timestamp")] = field(name="matchTimestamp")
    """
    Order matched timestamp
    """
    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    match_quantity: Annotated[Decimal, Meta(description="Match quantity")] = field(name="matchQuantity")
    """
    Match quantity
    """
    match_price: Annotated[Decimal, Meta(description="Match price")] = field(name="matchPrice")
    """
    Match price
    """
    total: Annotated[Decimal, Meta(description="Total price")]
    """
    Total price
    """
    side: Annotated[Known["BUY", "SELL"], Meta(description="Side of the match")]
    """
    Side of the match
    """
    order_match_type: Annotated[Known["TAKER", "MAKER"], Meta(description="TAKER or MAKER")] = field(
        name="orderMatchType"
    )
    """
    TAKER or MAKER
    """
    fees: Annotated[Decimal, Meta(description="Fees")]
    """
    Fees
    """
    fee_instrument_id: Annotated[str, Meta(description="Instrument ID of the fees")] | None = field(
        name="feeInstrumentId"
    )
    """
    Instrument ID of the fees
    """
    order_id: Annotated[str, Meta(description="Unique order ID from the exchange")] = field(name="orderId")
    """
    Unique order ID from the exchange
    """
    client_order_id: Annotated[str, Meta(description="Client assigned ID to help manage and identify orders")] = field(
        name="clientOrderId"
    )
    """
    Client assigned ID to help manage and identify orders
    """


class AccountTradesResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/trades/{marketCode}.
    """

    event: Known["trades"]
    timestamp: Annotated[str | int, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[AccountTrade]


class AmmInfo(Checked, kw_only=True):
    """
    One AMM of the account.
    """

    hash_token: Annotated[str, Meta(description="Identity of the AMM")] = field(name="hashToken")
    """
    Identity of the AMM
    """
    direction: Known["BUY", "SELL", "NEUTRAL"]
    market_code: Annotated[str, Meta(description="Market code e.g. BTC-USD-SWAP-LIN")] = field(name="marketCode")
    """
    Market code e.g. BTC-USD-SWAP-LIN
    """
    status: Known["ENDED", "EXECUTING", "PENDING"]
    min_price_bound: Annotated[Decimal, Meta(description="Minimum price of the range")] = field(name="minPriceBound")
    """
    Minimum price of the range
    """
    max_price_bound: Annotated[Decimal, Meta(description="Maximum price of the range")] = field(name="maxPriceBound")
    """
    Maximum price of the range
    """
    position: Annotated[Decimal, Meta(description="Current position")]
    """
    Current position
    """
    usd_earned: Annotated[Decimal, Meta(description="USD already earned")] = field(name="usdEarned")
    """
    USD already earned
    """
    flex_reward: Annotated[Decimal, Meta(description="Amount of FLEX reward")] = field(name="flexReward")
    """
    Amount of FLEX reward
    """
    apr: Annotated[Decimal, Meta(description="APR (annual percentage rate)")]
    """
    APR (annual percentage rate)
    """
    created_at: Annotated[str, Meta(description="The time that AMM was created at")] = field(name="createdAt")
    """
    The time that AMM was created at
    """
    updated_at: Annotated[str, Meta(description="The time that AMM was updated at")] = field(name="updatedAt")
    """
    The time that AMM was updated at
    """
    collateral_asset: Annotated[str, Meta(description="Collateral asset")] | UnsetType = field(
        name="collateralAsset", default=UNSET
    )
    """
    Collateral asset
    """
    asset_quantity: Annotated[Decimal, Meta(description="Quantity of the collateral asset")] | UnsetType = field(
        name="assetQuantity", default=UNSET
    )
    """
    Quantity of the collateral asset
    """
    collateral_counter_asset: Annotated[str, Meta(description="Collateral counter asset")] | UnsetType = field(
        name="collateralCounterAsset", default=UNSET
    )
    """
    Collateral counter asset
    """
    counter_asset_quantity: (
        Annotated[Decimal, Meta(description="Quantity of the collateral counter asset")] | UnsetType
    ) = field(name="counterAssetQuantity", default=UNSET)
    """
    Quantity of the collateral counter asset
    """
    asset_balance: (
        Annotated[Decimal, Meta(description="Current balance of the collateral asset (undocumented)")] | UnsetType
    ) = field(name="assetBalance", default=UNSET)
    """
    Current balance of the collateral asset (undocumented)
    """
    counter_asset_balance: (
        Annotated[Decimal, Meta(description="Current balance of the collateral counter asset (undocumented)")]
        | UnsetType
    ) = field(name="counterAssetBalance", default=UNSET)
    """
    Current balance of the collateral counter asset (undocumented)
    """
    entry_price: Annotated[Decimal, Meta(description="Entry price of the position (undocumented)")] | UnsetType = field(
        name="entryPrice", default=UNSET
    )
    """
    Entry price of the position (undocumented)
    """


class AmmInfoResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/AMM.
    """

    event: Known["infoAMM"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[AmmInfo]


class Asset(Struct, kw_only=True):
    """
    One asset (coin or bookable contract); coins have null base, counter and currencies.
    """

    instrument_id: Annotated[str, Meta(description="Instrument ID")] = field(name="instrumentId")
    """
    Instrument ID
    """
    name: Annotated[str, Meta(description="Name of the asset")]
    """
    Name of the asset
    """
    base: Annotated[str, Meta(description="Base of the asset")] | None
    """
    Base of the asset
    """
    counter: Annotated[str, Meta(description="Counter of the asset")] | None
    """
    Counter of the asset
    """
    type: Annotated[str, Meta(description="type of the asset, e.g. SPOT or FUTURE")]
    """
    type of the asset, e.g. SPOT or FUTURE
    """
    margin_currency: Annotated[str, Meta(description="Margining currency")] | None = field(name="marginCurrency")
    """
    Margining currency
    """
    contract_val_currency: Annotated[str, Meta(description="Contract valuation currency")] | None = field(
        name="contractValCurrency"
    )
    """
    Contract valuation currency
    """
    delivery_date: Annotated[str, Meta(description="Delivery date")] | None = field(name="deliveryDate")
    """
    Delivery date
    """
    delivery_instrument: Annotated[str, Meta(description="Delivery instrument")] | None = field(
        name="deliveryInstrument"
    )
    """
    Delivery instrument
    """


class AssetsResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/all/assets.
    """

    event: Known["assets"]
    timestamp: Annotated[str, Meta(description="Timestamp of this response")]
    """
    Timestamp of this response
    """
    data: list[Asset]


class Balance(Struct, kw_only=True):
    """
    One coin balance.
    """

    instrument_id: Annotated[str, Meta(description="Coin symbol, e.g. 'BTC'")] = field(name="instrumentId")
    """
    Coin symbol, e.g. 'BTC'
    """
    total: Annotated[Decimal, Meta(description="Total balance")]
    """
    Total balance
    """
    available: Annotated[Decimal, Meta(description="Available balance")]
    """
    Available balance
    """
    reserved: Annotated[Decimal, Meta(description="Reserved balance (unavailable) due to working spot orders")]
    """
    Reserved balance (unavailable) due to working spot orders
    """
    quantity_last_updated: Annotated[
        str, Meta(description="Millisecond timestamp of when balance was last updated")
    ] = field(name="quantityLastUpdated")
    """
    Millisecond timestamp of when balance was last updated
    """


class BalanceByIdResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/balances/{instrumentId}.
    """

    event: Known["balancesById"]
    timestamp: Annotated[str | int, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: Annotated[
        list[Balance] | Balance,
        Meta(description="The balance; a one-element list in the older example, a single object in the newer one."),
    ]
    """
    The balance; a one-element list in the older example, a single object in the newer one.
    """
    trade_type: Annotated[str, Meta(description="LINEAR")] | UnsetType = field(name="tradeType", default=UNSET)
    """
    LINEAR
    """


class BalancesResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/balances.
    """

    event: Known["balances"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[Balance]
    trade_type: Annotated[str, Meta(description="LINEAR")] | UnsetType = field(name="tradeType", default=UNSET)
    """
    LINEAR
    """


class BorrowHistoryEntry(Checked, kw_only=True):
    """
    One borrow.
    """

    borrow_asset: Annotated[str, Meta(description="Borrow asset, can only be USD for now")] = field(name="borrowAsset")
    """
    Borrow asset, can only be USD for now
    """
    borrowed_amount: Annotated[Decimal, Meta(description="Borrowed amount of the borrow asset")] = field(
        name="borrowedAmount"
    )
    """
    Borrowed amount of the borrow asset
    """
    collateral_asset: Annotated[str, Meta(description="Collateral asset")] = field(name="collateralAsset")
    """
    Collateral asset
    """
    collateralized_amount: Annotated[Decimal, Meta(description="Collateralized amount of the collateral asset")] = (
        field(name="collateralizedAmount")
    )
    """
    Collateralized amount of the collateral asset
    """
    non_collateralized_amount: Annotated[Decimal, Meta(description="collateralAmount - collateralizedAmount")] = field(
        name="nonCollateralizedAmount"
    )
    """
    collateralAmount - collateralizedAmount
    """
    rate_type: Annotated[Known["FLOATING_RATE", "FIXED_RATE"], Meta(description="FLOATING_RATE or FIXED_RATE")] = field(
        name="rateType"
    )
    """
    FLOATING_RATE or FIXED_RATE
    """
    status: Annotated[
        Known["COMPLETED", "PARTIAL", "CANCELLED", "CANCELED"], Meta(description="COMPLETED or PARTIAL or CANCELLED")
    ]
    """
    COMPLETED or PARTIAL or CANCELLED
    """
    borrowed_at: Annotated[str, Meta(description="The time of borrowed at")] = field(name="borrowedAt")
    """
    The time of borrowed at
    """


class BorrowHistoryResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/borrow/{asset}.
    """

    event: Known["borrowHistory"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[BorrowHistoryEntry]


class BorrowResult(Checked, kw_only=True):
    """
    Outcome of a borrow.
    """

    borrow_asset: Annotated[str, Meta(description="Borrow asset, can only be USD for now")] = field(name="borrowAsset")
    """
    Borrow asset, can only be USD for now
    """
    borrowed_amount: Annotated[Decimal, Meta(description="Borrowed amount of the borrow asset")] = field(
        name="borrowedAmount"
    )
    """
    Borrowed amount of the borrow asset
    """
    collateral_asset: Annotated[str, Meta(description="Collateral asset")] = field(name="collateralAsset")
    """
    Collateral asset
    """
    collateralized_amount: Annotated[Decimal, Meta(description="Collateralized amount of the collateral asset")] = (
        field(name="collateralizedAmount")
    )
    """
    Collateralized amount of the collateral asset
    """
    non_collateralized_amount: Annotated[
        Decimal, Meta(description="nonCollateralizedAmount = collateralAmount - collateralizedAmount")
    ] = field(name="nonCollateralizedAmount")
    """
    nonCollateralizedAmount = collateralAmount - collateralizedAmount
    """
    rate_type: Annotated[Known["FLOATING_RATE", "FIXED_RATE"], Meta(description="FLOATING_RATE or FIXED_RATE")] = field(
        name="rateType"
    )
    """
    FLOATING_RATE or FIXED_RATE
    """
    status: Annotated[Known["COMPLETED", "PARTIAL", "CANCELLED"], Meta(description="COMPLETED or PARTIAL or CANCELLED")]
    """
    COMPLETED or PARTIAL or CANCELLED
    """
    borrowed_at: Annotated[str, Meta(description="The time of borrowed at")] = field(name="borrowedAt")
    """
    The time of borrowed at
    """


class BorrowingSummary(Checked, kw_only=True):
    """
    Outstanding borrowing against one collateral asset.
    """

    borrow_asset: Annotated[str, Meta(description="Borrow asset, can only be USD for now")] = field(name="borrowAsset")
    """
    Borrow asset, can only be USD for now
    """
    borrowed_amount: Annotated[Decimal, Meta(description="Total borrowed amount of the borrow asset")] = field(
        name="borrowedAmount"
    )
    """
    Total borrowed amount of the borrow asset
    """
    collateral_asset: Annotated[str, Meta(description="Collateral asset")] = field(name="collateralAsset")
    """
    Collateral asset
    """
    collateralized_amount: Annotated[
        Decimal, Meta(description="Total collateralized amount of the collateral asset")
    ] = field(name="collateralizedAmount")
    """
    Total collateralized amount of the collateral asset
    """
    rate_type: Annotated[Known["FLOATING_RATE", "FIXED_RATE"], Meta(description="FLOATING_RATE or FIXED_RATE")] = field(
        name="rateType"
    )
    """
    FLOATING_RATE or FIXED_RATE
    """
    status: Annotated[str, Meta(description='"To be repaid"')]
    """
    "To be repaid"
    """


class BorrowingSummaryResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/borrowingSummary.
    """

    event: Known["borrowingSummary"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[BorrowingSummary]


class CancelAllOrdersResult(Struct, kw_only=True):
    """
    Confirmation of a cancel-all.
    """

    msg: Annotated[str, Meta(description="Confirmation of action")]
    """
    Confirmation of action
    """


class CancelMarketOrdersResult(Struct, kw_only=True):
    """
    Confirmation of a cancel-all in one market.
    """

    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    msg: Annotated[str, Meta(description="Confirmation of action")]
    """
    Confirmation of action
    """


class CancelOrderRequest(Struct, kw_only=True):
    """
    One order of a cancel_orders batch; give orderId or clientOrderId (either one is required).
    """

    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    order_id: Annotated[str, Meta(description="Order ID (either orderId or clientOrderId is required)")] | UnsetType = (
        field(name="orderId", default=UNSET)
    )
    """
    Order ID (either orderId or clientOrderId is required)
    """
    client_order_id: (
        Annotated[
            int,
            Meta(
                description="Client assigned ID with max value 9223372036854775807 (either orderId or clientOrderId is required)",
                ge=1,
                le=9223372036854775807,
            ),
        ]
        | UnsetType
    ) = field(name="clientOrderId", default=UNSET)
    """
    Client assigned ID with max value 9223372036854775807 (either orderId or clientOrderId is required)
    """


class CancelOrderResult(Checked, kw_only=True):
    """
    Result of one order of a cancel_orders batch. success is "true" or "false"; code and message appear on failure.
    """

    success: Known["true", "false"]
    timestamp: str
    market_code: str = field(name="marketCode")
    code: Annotated[str, Meta(description="Error code")] | UnsetType = UNSET
    """
    Error code
    """
    message: Annotated[str, Meta(description="Error message")] | UnsetType = UNSET
    """
    Error message
    """
    client_order_id: (
        Annotated[
            str,
            Meta(
                description="Client assigned ID to help manage and identify orders with max value 9223372036854775807"
            ),
        ]
        | UnsetType
    ) = field(name="clientOrderId", default=UNSET)
    """
    Client assigned ID to help manage and identify orders with max value 9223372036854775807
    """
    order_id: str | UnsetType = field(name="orderId", default=UNSET)
    price: Decimal | UnsetType = UNSET
    quantity: Decimal | UnsetType = UNSET
    side: Known["SELL", "BUY"] | UnsetType = UNSET
    status: Annotated[str, Meta(description="Status of the order, e.g. CANCELED_BY_USER")] | UnsetType = UNSET
    """
    Status of the order, e.g. CANCELED_BY_USER
    """
    time_in_force: str | UnsetType = field(name="timeInForce", default=UNSET)
    remain_quantity: Annotated[Decimal, Meta(description="Remaining quantity")] | UnsetType = field(
        name="remainQuantity", default=UNSET
    )
    """
    Remaining quantity
    """
    notice: (
        Annotated[str, Meta(description="OrderClosed or OrderMatched or OrderOpened (the table spells it OrderOpend)")]
        | UnsetType
    ) = UNSET
    """
    OrderClosed or OrderMatched or OrderOpened (the table spells it OrderOpend)
    """
    order_type: str | UnsetType = field(name="orderType", default=UNSET)
    is_triggered: Known["true", "false"] | UnsetType = field(name="isTriggered", default=UNSET)


class CancelOrdersResponse(Checked, kw_only=True):
    """
    Envelope of DELETE /v2/orders/cancel.
    """

    account_id: str = field(name="accountId")
    event: Known["cancelOrder"]
    timestamp: str
    data: list[CancelOrderResult]


class Candle(Struct, kw_only=True):
    """
    One candle.
    """

    timestamp: Annotated[str, Meta(description="Beginning of the candle")]
    """
    Beginning of the candle
    """
    open: Annotated[Decimal, Meta(description="Open price")]
    """
    Open price
    """
    high: Annotated[Decimal, Meta(description="High price")]
    """
    High price
    """
    low: Annotated[Decimal, Meta(description="Low price")]
    """
    Low price
    """
    close: Annotated[Decimal, Meta(description="Close price")]
    """
    Close price
    """
    volume24h: Annotated[Decimal, Meta(description="24 hour rolling trading volume in counter currency")]
    """
    24 hour rolling trading volume in counter currency
    """
    currency_volume24h: Annotated[Decimal, Meta(description="24 hour rolling trading volume in base currency")] = field(
        name="currencyVolume24h"
    )
    """
    24 hour rolling trading volume in base currency
    """


class CandlesResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/candles/{marketCode}.
    """

    event: Known["candles"]
    timestamp: Annotated[str, Meta(description="Timestamp of this response")]
    """
    Timestamp of this response
    """
    timeframe: Annotated[str, Meta(description="Selected timeframe")]
    """
    Selected timeframe
    """
    data: list[Candle]


class CloseBorrowOrder(Checked, kw_only=True):
    """
    The order placed to close the borrow.
    """

    client_order_id: Annotated[
        str,
        Meta(description="Client assigned ID to help manage and identify orders with max value 9223372036854775807"),
    ] = field(name="clientOrderId")
    """
    Client assigned ID to help manage and identify orders with max value 9223372036854775807
    """
    order_id: Annotated[str, Meta(description="Order ID which generated by the server")] = field(name="orderId")
    """
    Order ID which generated by the server
    """
    price: Annotated[Decimal, Meta(description="Price submitted")]
    """
    Price submitted
    """
    quantity: Annotated[Decimal, Meta(description="Quantity submitted")]
    """
    Quantity submitted
    """
    side: Annotated[Known["BUY", "SELL"], Meta(description="Side of the order, BUY or SELL")]
    """
    Side of the order, BUY or SELL
    """
    status: Annotated[str, Meta(description="Status of the order, e.g. CANCELED_BY_FOK")]
    """
    Status of the order, e.g. CANCELED_BY_FOK
    """
    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    time_in_force: Annotated[str, Meta(description="Time in force, e.g. FOK")] = field(name="timeInForce")
    """
    Time in force, e.g. FOK
    """
    notice: Annotated[str, Meta(description="OrderClosed or OrderMatched or OrderOpend")]
    """
    OrderClosed or OrderMatched or OrderOpend
    """
    order_type: Annotated[str, Meta(description="Type of the order")] = field(name="orderType")
    """
    Type of the order
    """
    is_triggered: Annotated[Known["true", "false"], Meta(description='"true" (for stop order) or "false"')] = field(
        name="isTriggered"
    )
    """
    "true" (for stop order) or "false"
    """
    success: Annotated[Known["true", "false"], Meta(description='"true" or "false"')] | UnsetType = UNSET
    """
    "true" or "false"
    """
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")] | UnsetType = UNSET
    """
    Millisecond timestamp
    """


class CloseBorrowResponse(Checked, kw_only=True):
    """
    Envelope of POST /v2/borrow/close (data is one object, not a list).
    """

    event: Known["closeBorrow"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: CloseBorrowOrder


class CreateAmmResult(Checked, kw_only=True):
    """
    The created AMM.
    """

    hash_token: Annotated[str, Meta(description="Identity of the AMM")] = field(name="hashToken")
    """
    Identity of the AMM
    """
    direction: Known["BUY", "SELL", "NEUTRAL"]
    market_code: Annotated[str, Meta(description="Market code e.g. BCH-USD-SWAP-LIN")] = field(name="marketCode")
    """
    Market code e.g. BCH-USD-SWAP-LIN
    """
    min_price_bound: Annotated[Decimal, Meta(description="Minimum price of the range")] = field(name="minPriceBound")
    """
    Minimum price of the range
    """
    max_price_bound: Annotated[Decimal, Meta(description="Maximum price of the range")] = field(name="maxPriceBound")
    """
    Maximum price of the range
    """
    leverage: Annotated[str, Meta(description="Leverage of the AMM")] | UnsetType = UNSET
    """
    Leverage of the AMM
    """
    collateral_asset: Annotated[str, Meta(description="Collateral asset")] | UnsetType = field(
        name="collateralAsset", default=UNSET
    )
    """
    Collateral asset
    """
    asset_quantity: Annotated[Decimal, Meta(description="Quantity of the collateral asset")] | UnsetType = field(
        name="assetQuantity", default=UNSET
    )
    """
    Quantity of the collateral asset
    """
    collateral_counter_asset: Annotated[str, Meta(description="Collateral counter asset")] | UnsetType = field(
        name="collateralCounterAsset", default=UNSET
    )
    """
    Collateral counter asset
    """
    counter_asset_quantity: (
        Annotated[Decimal, Meta(description="Quantity of the collateral counter asset")] | UnsetType
    ) = field(name="counterAssetQuantity", default=UNSET)
    """
    Quantity of the collateral counter asset
    """


class DeliverAuction(Struct, kw_only=True):
    """
    The next delivery auction of one perpetual swap.
    """

    instrument_id: Annotated[str, Meta(description="Market code")] = field(name="instrumentId")
    """
    Market code
    """
    auction_time: Annotated[
        str, Meta(description="UNIX timestamp of the next auction (milliseconds in the example)")
    ] = field(name="auctionTime")
    """
    UNIX timestamp of the next auction (milliseconds in the example)
    """
    net_deliver: Annotated[
        Decimal, Meta(description="Delivery imbalance (negative = more shorts than longs and vice versa)")
    ] = field(name="netDeliver")
    """
    Delivery imbalance (negative = more shorts than longs and vice versa)
    """
    est_funding_rate: Annotated[
        Decimal, Meta(description="Estimated funding rate a positive rate means longs pay shorts")
    ] = field(name="estFundingRate")
    """
    Estimated funding rate a positive rate means longs pay shorts
    """


class DeliverAuctionResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2.1/deliver-auction/{instrumentId} (no accountId).
    """

    event: Known["deliverAuction"]
    timestamp: Annotated[str, Meta(description="UNIX Timestamp of the response")]
    """
    UNIX Timestamp of the response
    """
    data: list[DeliverAuction]


class DeliveryCancelResponse(Checked, kw_only=True):
    """
    Envelope of DELETE /v2.1/delivery/orders/{deliveryOrderId}; data holds the server's message.
    """

    event: Known["delivery"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: Annotated[
        list[str],
        Meta(
            description='Message from the server, e.g. "Cancel of user order was successful" or "Cancel exception please try again"'
        ),
    ]
    """
    Message from the server, e.g. "Cancel of user order was successful" or "Cancel exception please try again"
    """


class DeliveryRequest(Struct, kw_only=True):
    """
    The delivery order created by the request.
    """

    deliver_order_id: Annotated[str, Meta(description="Order id")] = field(name="deliverOrderId")
    """
    Order id
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    client_order_id: Annotated[str, Meta(description="Always null in the docs")] | None = field(name="clientOrderId")
    """
    Always null in the docs
    """
    instrument_id: Annotated[str, Meta(description="Perpetual swap market code")] = field(name="instrumentId")
    """
    Perpetual swap market code
    """
    deliver_price: Annotated[Decimal, Meta(description="Mark price at delivery")] = field(name="deliverPrice")
    """
    Mark price at delivery
    """
    deliver_position: Annotated[Decimal, Meta(description="Delivered position size")] = field(name="deliverPosition")
    """
    Delivered position size
    """
    deliver_type: Annotated[str, Meta(description='"NEXT_CYCLE": Queueing for the upcoming auction')] = field(
        name="deliverType"
    )
    """
    "NEXT_CYCLE": Queueing for the upcoming auction
    """
    instrument_id_deliver: Annotated[
        str, Meta(description="Asset being received: long position = coin, short position = USD")
    ] = field(name="instrumentIdDeliver")
    """
    Asset being received: long position = coin, short position = USD
    """
    deliver_qty: Annotated[Decimal, Meta(description="Quantity of the received asset")] = field(name="deliverQty")
    """
    Quantity of the received asset
    """
    remaining_qty: Annotated[Decimal, Meta(description="Remaining quantity")] = field(name="remainingQty")
    """
    Remaining quantity
    """
    remaining_position: Annotated[Decimal, Meta(description="Remaining position")] = field(name="remainingPosition")
    """
    Remaining position
    """
    transfer_asset: Annotated[str, Meta(description="Asset being sent")] = field(name="transferAsset")
    """
    Asset being sent
    """
    transfer_qty: Annotated[Decimal, Meta(description="Quantity being sent")] = field(name="transferQty")
    """
    Quantity being sent
    """
    auction_time: Annotated[str, Meta(description="Millisecond timestamp of the next auction")] = field(
        name="auctionTime"
    )
    """
    Millisecond timestamp of the next auction
    """
    created: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    last_updated: Annotated[str, Meta(description="Millisecond timestamp")] = field(name="lastUpdated")
    """
    Millisecond timestamp
    """
    status: Annotated[str, Meta(description="Delivery status, e.g. PENDING")]
    """
    Delivery status, e.g. PENDING
    """


class DeliveryRequestResponse(Checked, kw_only=True):
    """
    Envelope of POST /v2.1/delivery/orders.
    """

    event: Known["delivery"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[DeliveryRequest]


Ask: TypeAlias = tuple[Decimal, Decimal]


Bid: TypeAlias = tuple[Decimal, Decimal]


class Depth(Struct, kw_only=True):
    """
    Order book snapshot of one market.
    """

    asks: Annotated[list[Ask], Meta(description="Sell side depth: [price, quantity] levels")]
    """
    Sell side depth: [price, quantity] levels
    """
    bids: Annotated[list[Bid], Meta(description="Buy side depth: [price, quantity] levels")]
    """
    Buy side depth: [price, quantity] levels
    """
    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the book")]
    """
    Millisecond timestamp of the book
    """


class DepthResponse(Struct, kw_only=True):
    """
    Envelope of GET /v2/depth/{marketCode}/{level}.
    """

    event: Annotated[str, Meta(description="depthL<level>, e.g. depthL5", pattern="^depthL[0-9]+$")]
    """
    depthL<level>, e.g. depthL5
    """
    timestamp: Annotated[str, Meta(description="Timestamp of this response")]
    """
    Timestamp of this response
    """
    data: list[Depth]


class FlexProtocolBalance(Struct, kw_only=True):
    """
    One coin balance of a flexAsset protocol.
    """

    instrument_id: Annotated[str, Meta(description="Coin symbol, e.g. 'BTC'")] = field(name="instrumentId")
    """
    Coin symbol, e.g. 'BTC'
    """
    total: Annotated[Decimal, Meta(description="Total balance")]
    """
    Total balance
    """
    available: Annotated[Decimal, Meta(description="Available balance")]
    """
    Available balance
    """
    reserved: Annotated[Decimal, Meta(description="Reserved balance (unavailable) due to working spot orders")]
    """
    Reserved balance (unavailable) due to working spot orders
    """
    mark_price: Annotated[Decimal, Meta(description="Mark price")] = field(name="markPrice")
    """
    Mark price
    """
    quantity_last_updated: Annotated[
        str, Meta(description="Millisecond timestamp of when balance was last updated")
    ] = field(name="quantityLastUpdated")
    """
    Millisecond timestamp of when balance was last updated
    """


class FlexProtocolBalancesResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/flex-protocol/balances/{flexProtocol}.
    """

    event: Known["flexBalances"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    trade_type: Annotated[str, Meta(description="Trade type, e.g. LINEAR")] = field(name="tradeType")
    """
    Trade type, e.g. LINEAR
    """
    flex_protocol: Annotated[
        Known["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        Meta(description="Available values flexUSD, flexBTC, flexETH, flexFLEX"),
    ] = field(name="flexProtocol")
    """
    Available values flexUSD, flexBTC, flexETH, flexFLEX
    """
    data: list[FlexProtocolBalance]


class FlexProtocolDeliveryOrder(Struct, kw_only=True):
    """
    One physical delivery of a flexAsset protocol.
    """

    instrument_id: Annotated[str, Meta(description="Perpetual swap market code")] = field(name="instrumentId")
    """
    Perpetual swap market code
    """
    status: Annotated[str, Meta(description="Request status, e.g. DELIVERED")]
    """
    Request status, e.g. DELIVERED
    """
    quantity: Annotated[Decimal, Meta(description="Always null in the docs")] | None
    """
    Always null in the docs
    """
    deliver_price: Annotated[Decimal, Meta(description="Mark price at delivery")] = field(name="deliverPrice")
    """
    Mark price at delivery
    """
    transfer_asset: Annotated[str, Meta(description="Asset being sent")] = field(name="transferAsset")
    """
    Asset being sent
    """
    transfer_qty: Annotated[Decimal, Meta(description="Quantity being sent")] = field(name="transferQty")
    """
    Quantity being sent
    """
    instrument_id_deliver: Annotated[
        str, Meta(description="Asset being received: long position is coin, short position is USD")
    ] = field(name="instrumentIdDeliver")
    """
    Asset being received: long position is coin, short position is USD
    """
    deliver_qty: Annotated[Decimal, Meta(description="Quantity of the received asset")] = field(name="deliverQty")
    """
    Quantity of the received asset
    """
    deliver_order_id: Annotated[str, Meta(description="Order id")] = field(name="deliverOrderId")
    """
    Order id
    """
    client_order_id: Annotated[str, Meta(description="Always null in the docs")] | None = field(name="clientOrderId")
    """
    Always null in the docs
    """
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the delivery")] | UnsetType = UNSET
    """
    Millisecond timestamp of the delivery
    """


class FlexProtocolDeliveryOrdersResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/flex-protocol/delivery/orders/{flexProtocol}.
    """

    event: Known["flexDeliveryOrders"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    flex_protocol: Annotated[
        Known["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        Meta(description="Available values flexUSD, flexBTC, flexETH, flexFLEX"),
    ] = field(name="flexProtocol")
    """
    Available values flexUSD, flexBTC, flexETH, flexFLEX
    """
    data: list[FlexProtocolDeliveryOrder]


class FlexProtocolOrder(Checked, kw_only=True):
    """
    One open order of a flexAsset protocol.
    """

    order_id: Annotated[str, Meta(description="Unique order ID from the exchange")] = field(name="orderId")
    """
    Unique order ID from the exchange
    """
    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    client_order_id: Annotated[
        str,
        Meta(description="Client assigned ID to help manage and identify orders with max value 9223372036854775807"),
    ] = field(name="clientOrderId")
    """
    Client assigned ID to help manage and identify orders with max value 9223372036854775807
    """
    side: Annotated[Known["BUY", "SELL"], Meta(description="BUY or SELL")]
    """
    BUY or SELL
    """
    order_type: Annotated[Known["LIMIT", "STOP"], Meta(description="LIMIT or STOP")] = field(name="orderType")
    """
    LIMIT or STOP
    """
    quantity: Annotated[Decimal, Meta(description="Quantity submitted")]
    """
    Quantity submitted
    """
    remaining_quantity: Annotated[Decimal, Meta(description="Remaining quantity")] = field(name="remainingQuantity")
    """
    Remaining quantity
    """
    price: Annotated[Decimal, Meta(description="Price submitted")]
    """
    Price submitted
    """
    stop_price: Annotated[Decimal, Meta(description="Stop price for the stop order")] | None = field(name="stopPrice")
    """
    Stop price for the stop order
    """
    limit_price: Annotated[Decimal, Meta(description="Limit price for the stop limit order")] = field(name="limitPrice")
    """
    Limit price for the stop limit order
    """
    order_created: Annotated[str, Meta(description="Timestamp when order was created")] = field(name="orderCreated")
    """
    Timestamp when order was created
    """
    last_modified: Annotated[str, Meta(description="Timestamp when order was last modified")] = field(
        name="lastModified"
    )
    """
    Timestamp when order was last modified
    """
    last_trade_timestamp: Annotated[str, Meta(description="Timestamp when order was last traded")] = field(
        name="lastTradeTimestamp"
    )
    """
    Timestamp when order was last traded
    """
    time_in_force: Annotated[str, Meta(description="Time in force, e.g. GTC")] = field(name="timeInForce")
    """
    Time in force, e.g. GTC
    """


class FlexProtocolOrdersResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/flex-protocol/orders/{flexProtocol}.
    """

    event: Known["flexOrders"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    data: list[FlexProtocolOrder]
    flex_protocol: (
        Annotated[
            Known["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
            Meta(description="Available values flexUSD, flexBTC, flexETH, flexFLEX"),
        ]
        | UnsetType
    ) = field(name="flexProtocol", default=UNSET)
    """
    Available values flexUSD, flexBTC, flexETH, flexFLEX
    """


class FlexProtocolPosition(Struct, kw_only=True):
    """
    One position of a flexAsset protocol.
    """

    instrument_id: Annotated[str, Meta(description="Contract symbol, e.g. FLEX-USD-SWAP-LIN")] = field(
        name="instrumentId"
    )
    """
    Contract symbol, e.g. FLEX-USD-SWAP-LIN
    """
    quantity: Annotated[Decimal, Meta(description="Quantity of position, e.g. 0.94 (negative when short)")]
    """
    Quantity of position, e.g. 0.94 (negative when short)
    """
    last_updated: Annotated[str, Meta(description="Timestamp when position was last updated")] = field(
        name="lastUpdated"
    )
    """
    Timestamp when position was last updated
    """
    contract_val_currency: Annotated[str, Meta(description="Contract valuation currency")] = field(
        name="contractValCurrency"
    )
    """
    Contract valuation currency
    """
    entry_price: Annotated[Decimal, Meta(description="Average entry price")] = field(name="entryPrice")
    """
    Average entry price
    """
    position_pnl: Annotated[Decimal, Meta(description="Position profit and loss")] = field(name="positionPnl")
    """
    Position profit and loss
    """


class FlexProtocolPositionsResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/flex-protocol/positions/{flexProtocol}.
    """

    event: Known["flexPositions"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    flex_protocol: Annotated[
        Known["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        Meta(description="Available values flexUSD, flexBTC, flexETH, flexFLEX"),
    ] = field(name="flexProtocol")
    """
    Available values flexUSD, flexBTC, flexETH, flexFLEX
    """
    data: list[FlexProtocolPosition]


class FlexProtocolTrade(Checked, kw_only=True):
    """
    One trade (match) of a flexAsset protocol.
    """

    match_id: Annotated[str, Meta(description="Match ID")] = field(name="matchId")
    """
    Match ID
    """
    match_timestamp: Annotated[str, Meta(description="Order Matched timestamp")] = field(name="matchTimestamp")
    """
    Order Matched timestamp
    """
    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    match_quantity: Annotated[Decimal, Meta(description="Match quantity")] = field(name="matchQuantity")
    """
    Match quantity
    """
    match_price: Annotated[Decimal, Meta(description="Match price")] = field(name="matchPrice")
    """
    Match price
    """
    total: Annotated[Decimal, Meta(description="Total price")]
    """
    Total price
    """
    side: Annotated[Known["BUY", "SELL"], Meta(description="Side of the match")]
    """
    Side of the match
    """
    order_match_type: Annotated[Known["TAKER", "MAKER"], Meta(description="TAKER or MAKER")] = field(
        name="orderMatchType"
    )
    """
    TAKER or MAKER
    """
    fees: Annotated[Decimal, Meta(description="Fees")]
    """
    Fees
    """
    fee_instrument_id: Annotated[str, Meta(description="Instrument ID of the fees")] = field(name="feeInstrumentId")
    """
    Instrument ID of the fees
    """
    order_id: Annotated[str, Meta(description="Unique order ID from the exchange")] = field(name="orderId")
    """
    Unique order ID from the exchange
    """
    client_order_id: Annotated[str, Meta(description="Client assigned ID to help manage and identify orders")] = field(
        name="clientOrderId"
    )
    """
    Client assigned ID to help manage and identify orders
    """


class FlexProtocolTradesResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/flex-protocol/trades/{flexProtocol}/{marketCode}.
    """

    event: Known["flexTrades"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    flex_protocol: Annotated[
        Known["flexUSD", "flexBTC", "flexETH", "flexFLEX"],
        Meta(description="Available values flexUSD, flexBTC, flexETH, flexFLEX"),
    ] = field(name="flexProtocol")
    """
    Available values flexUSD, flexBTC, flexETH, flexFLEX
    """
    data: list[FlexProtocolTrade]


class FundingPayment(Struct, kw_only=True):
    """
    One funding payment.
    """

    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    payment: Annotated[Decimal, Meta(description="Funding payment")]
    """
    Funding payment
    """
    rate: Annotated[Decimal, Meta(description="Funding rate")]
    """
    Funding rate
    """
    position: Annotated[Decimal, Meta(description="Position")]
    """
    Position
    """
    mark_price: Annotated[Decimal, Meta(description="Mark price")] = field(name="markPrice")
    """
    Mark price
    """
    timestamp: Annotated[str, Meta(description="Updated time")]
    """
    Updated time
    """


class FundingPaymentsResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/funding-payments.
    """

    event: Known["fundingPayments"]
    timestamp: Annotated[str, Meta(description="Timestamp of this response")]
    """
    Timestamp of this response
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[FundingPayment]


class FundingRate(Struct, kw_only=True):
    """
    One funding rate of a repo market.
    """

    funding_rate: Annotated[Decimal, Meta(description="Funding rate")] = field(name="fundingRate")
    """
    Funding rate
    """
    index: Annotated[Decimal, Meta(description="Index")]
    """
    Index
    """
    mark_price: Annotated[Decimal, Meta(description="Mark price")] = field(name="markPrice")
    """
    Mark price
    """
    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the rate")]
    """
    Millisecond timestamp of the rate
    """


class FundingRateHistoryEntry(Struct, kw_only=True):
    """
    One funding rate of GET /v2/delivery/public/funding (items of a bare array).
    """

    timestamp: Annotated[
        str,
        Meta(
            description='Time of the funding, "YYYY-MM-DD hh:mm:ss" (the table says "Timestamp of this response")',
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        ),
    ]
    """
    Time of the funding, "YYYY-MM-DD hh:mm:ss" (the table says "Timestamp of this response")
    """
    instrument_id: Annotated[str, Meta(description="Perpetual swap, e.g. BTC-USD-SWAP-LIN")] = field(
        name="instrumentId"
    )
    """
    Perpetual swap, e.g. BTC-USD-SWAP-LIN
    """
    funding_rate: Annotated[Decimal, Meta(description="e.g. 0.000060000")] = field(name="fundingRate")
    """
    e.g. 0.000060000
    """


class FundingRatesResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/funding-rates/{marketCode}.
    """

    event: Known["fundingRates"]
    timestamp: Annotated[str, Meta(description="Timestamp of this response")]
    """
    Timestamp of this response
    """
    data: list[FundingRate]


class Market(Struct, kw_only=True):
    """
    One market (spot pair, future, perpetual swap, repo, ...).
    """

    market_id: Annotated[str, Meta(description="Market ID")] = field(name="marketId")
    """
    Market ID
    """
    market_code: Annotated[str, Meta(description="Market Code")] = field(name="marketCode")
    """
    Market Code
    """
    name: Annotated[
        str, Meta(description="Name of the contract (changelog 2021-04-28: e.g. 'BAND/USD' instead of 'BAND/USD Spot')")
    ]
    """
    Name of the contract (changelog 2021-04-28: e.g. 'BAND/USD' instead of 'BAND/USD Spot')
    """
    reference_pair: Annotated[str, Meta(description="Reference pair")] = field(name="referencePair")
    """
    Reference pair
    """
    base: Annotated[str, Meta(description="Base asset")]
    """
    Base asset
    """
    counter: Annotated[str, Meta(description="Counter asset")]
    """
    Counter asset
    """
    type: Annotated[str, Meta(description="Type of the contract, e.g. SPOT")]
    """
    Type of the contract, e.g. SPOT
    """
    tick_size: Annotated[Decimal, Meta(description="Tick size of the contract")] = field(name="tickSize")
    """
    Tick size of the contract
    """
    qty_increment: Annotated[Decimal, Meta(description="Minimum increment quantity")] = field(name="qtyIncrement")
    """
    Minimum increment quantity
    """
    listing_date: Annotated[int, Meta(description="Listing date of the contract")] = field(name="listingDate")
    """
    Listing date of the contract
    """
    end_date: Annotated[int, Meta(description="Ending date of the contract (0 when none)")] = field(name="endDate")
    """
    Ending date of the contract (0 when none)
    """
    margin_currency: Annotated[str, Meta(description="Margining currency")] = field(name="marginCurrency")
    """
    Margining currency
    """
    contract_val_currency: Annotated[str, Meta(description="Contract valuation currency")] = field(
        name="contractValCurrency"
    )
    """
    Contract valuation currency
    """
    upper_price_bound: Annotated[Decimal, Meta(description="Upper price bound")] = field(name="upperPriceBound")
    """
    Upper price bound
    """
    lower_price_bound: Annotated[Decimal, Meta(description="Lower price bound")] = field(name="lowerPriceBound")
    """
    Lower price bound
    """
    market_price: Annotated[Decimal, Meta(description="Market price")] = field(name="marketPrice")
    """
    Market price
    """
    market_price_last_updated: Annotated[str, Meta(description="The time that market price last updated at")] = field(
        name="marketPriceLastUpdated"
    )
    """
    The time that market price last updated at
    """


class MarketsResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/all/markets.
    """

    event: Known["markets"]
    timestamp: Annotated[str, Meta(description="Timestamp of this response")]
    """
    Timestamp of this response
    """
    data: list[Market]


class MintHistoryEntry(Struct, kw_only=True):
    """
    One mint.
    """

    asset: Annotated[str, Meta(description="Asset name")]
    """
    Asset name
    """
    quantity: Annotated[Decimal, Meta(description="Quantity of the asset")]
    """
    Quantity of the asset
    """
    minted_at: Annotated[str, Meta(description="Minted time in millisecond timestamp")] = field(name="mintedAt")
    """
    Minted time in millisecond timestamp
    """


class MintHistoryResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/mint/{asset}.
    """

    event: Known["mintHistory"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[MintHistoryEntry]


class MintResult(Struct, kw_only=True):
    """
    The mint request.
    """

    asset: Annotated[str, Meta(description="Asset name: flexUSD, flexBTC, flexETH or flexFLEX")]
    """
    Asset name: flexUSD, flexBTC, flexETH or flexFLEX
    """
    quantity: Annotated[Decimal, Meta(description="Quantity of the asset")]
    """
    Quantity of the asset
    """


class ModifyOrderRequest(Struct, kw_only=True):
    """
    One order of a modify_orders batch.
    """

    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    client_order_id: (
        Annotated[
            int,
            Meta(
                description="Client assigned ID to help manage and identify orders with max value 9223372036854775807",
                ge=1,
                le=9223372036854775807,
            ),
        ]
        | UnsetType
    ) = field(name="clientOrderId", default=UNSET)
    """
    Client assigned ID to help manage and identify orders with max value 9223372036854775807
    """
    order_id: (
        Annotated[str, Meta(description="Order ID of the order to modify (required by the docs' table)")] | UnsetType
    ) = field(name="orderId", default=UNSET)
    """
    Order ID of the order to modify (required by the docs' table)
    """
    side: Literal["BUY", "SELL"] | UnsetType = UNSET
    quantity: Decimal | UnsetType = UNSET
    price: Decimal | UnsetType = UNSET
    stop_price: Decimal | UnsetType = field(name="stopPrice", default=UNSET)
    limit_price: Decimal | UnsetType = field(name="limitPrice", default=UNSET)


class ModifyOrderResult(Checked, kw_only=True):
    """
    Result of one order of a modify_orders batch. success is "true" or "false"; code and message appear on failure.
    """

    success: Known["true", "false"]
    timestamp: str
    market_code: str = field(name="marketCode")
    code: Annotated[str, Meta(description="Error code")] | UnsetType = UNSET
    """
    Error code
    """
    message: Annotated[str, Meta(description="Error message")] | UnsetType = UNSET
    """
    Error message
    """
    client_order_id: (
        Annotated[
            str,
            Meta(
                description="Client assigned ID to help manage and identify orders with max value 9223372036854775807"
            ),
        ]
        | UnsetType
    ) = field(name="clientOrderId", default=UNSET)
    """
    Client assigned ID to help manage and identify orders with max value 9223372036854775807
    """
    order_id: str | UnsetType = field(name="orderId", default=UNSET)
    price: Decimal | UnsetType = UNSET
    quantity: Decimal | UnsetType = UNSET
    side: Known["SELL", "BUY"] | UnsetType = UNSET
    status: Annotated[str, Meta(description="Status of the order, e.g. OPEN")] | UnsetType = UNSET
    """
    Status of the order, e.g. OPEN
    """
    time_in_force: str | UnsetType = field(name="timeInForce", default=UNSET)
    notice: (
        Annotated[str, Meta(description="OrderClosed or OrderMatched or OrderOpened (the table spells it OrderOpend)")]
        | UnsetType
    ) = UNSET
    """
    OrderClosed or OrderMatched or OrderOpened (the table spells it OrderOpend)
    """
    order_type: str | UnsetType = field(name="orderType", default=UNSET)
    is_triggered: Known["true", "false"] | UnsetType = field(name="isTriggered", default=UNSET)


class ModifyOrdersResponse(Checked, kw_only=True):
    """
    Envelope of POST /v2/orders/modify.
    """

    account_id: str = field(name="accountId")
    event: Known["modifyOrder"]
    timestamp: str
    data: list[ModifyOrderResult]


class OpenOrder(Checked, kw_only=True):
    """
    One open order.
    """

    order_id: Annotated[str, Meta(description="Unique order ID from the exchange")] = field(name="orderId")
    """
    Unique order ID from the exchange
    """
    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    client_order_id: (
        Annotated[
            str,
            Meta(
                description="Client assigned ID to help manage and identify orders with max value 9223372036854775807; null when none was given"
            ),
        ]
        | None
    ) = field(name="clientOrderId")
    """
    Client assigned ID to help manage and identify orders with max value 9223372036854775807; null when none was given
    """
    side: Known["BUY", "SELL"]
    order_type: Annotated[Known["LIMIT", "STOP"], Meta(description="LIMIT or STOP")] = field(name="orderType")
    """
    LIMIT or STOP
    """
    quantity: Annotated[Decimal, Meta(description="Quantity submitted")]
    """
    Quantity submitted
    """
    remaining_quantity: Annotated[Decimal, Meta(description="Remaining quantity")] = field(name="remainingQuantity")
    """
    Remaining quantity
    """
    price: Annotated[Decimal, Meta(description="Price submitted; null for stop orders")] | None
    """
    Price submitted; null for stop orders
    """
    stop_price: Annotated[Decimal, Meta(description="Stop price for the stop order; null for limit orders")] | None = (
        field(name="stopPrice")
    )
    """
    Stop price for the stop order; null for limit orders
    """
    limit_price: Annotated[Decimal, Meta(description="Limit price for the stop limit order")] | None = field(
        name="limitPrice"
    )
    """
    Limit price for the stop limit order
    """
    order_created: Annotated[int, Meta(description="Timestamp when order was created")] = field(name="orderCreated")
    """
    Timestamp when order was created
    """
    last_modified: Annotated[int, Meta(description="Timestamp when order was last modified")] = field(
        name="lastModified"
    )
    """
    Timestamp when order was last modified
    """
    last_trade_timestamp: Annotated[int, Meta(description="Timestamp when order was last traded")] = field(
        name="lastTradeTimestamp"
    )
    """
    Timestamp when order was last traded
    """
    time_in_force: Annotated[str, Meta(description="Time in force")] = field(name="timeInForce")
    """
    Time in force
    """


class OpenOrdersResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/orders.
    """

    event: Known["orders"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[OpenOrder]


class OrderMatchInfo(Checked, kw_only=True):
    """
    One match of an order (the value under its match ID in matchIds).
    """

    match_quantity: Annotated[Decimal, Meta(description="Matched quantity")] = field(name="matchQuantity")
    """
    Matched quantity
    """
    match_price: Annotated[Decimal, Meta(description="Matched price")] = field(name="matchPrice")
    """
    Matched price
    """
    timestamp: Annotated[str, Meta(description="Time matched at")]
    """
    Time matched at
    """
    order_match_type: Known["MAKER", "TAKER"] = field(name="orderMatchType")


class PingResponse(Struct, kw_only=True):
    """
    Body of GET /v2/ping (no envelope).
    """

    success: Annotated[str, Meta(description='"true" indicates that the API service is OK otherwise it will be failed')]
    """
    "true" indicates that the API service is OK otherwise it will be failed
    """


class PlaceOrderRequest(Struct, kw_only=True):
    """
    One order of a place_orders batch.
    """

    client_order_id: Annotated[
        int,
        Meta(
            description="Client assigned ID to help manage and identify orders with max value 9223372036854775807",
            ge=1,
            le=9223372036854775807,
        ),
    ] = field(name="clientOrderId")
    """
    Client assigned ID to help manage and identify orders with max value 9223372036854775807
    """
    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    side: Literal["BUY", "SELL"]
    quantity: Annotated[Decimal, Meta(description="Quantity")]
    """
    Quantity
    """
    order_type: Annotated[
        Literal["LIMIT", "MARKET", "STOP", "STOP_LIMIT"],
        Meta(description="LIMIT or MARKET or STOP (STOP_LIMIT is the same stop-limit order as STOP)"),
    ] = field(name="orderType")
    """
    LIMIT or MARKET or STOP (STOP_LIMIT is the same stop-limit order as STOP)
    """
    time_in_force: (
        Annotated[
            Literal["GTC", "IOC", "FOK", "MAKER_ONLY", "MAKER_ONLY_REPRICE"],
            Meta(description="Time in force, default GTC"),
        ]
        | UnsetType
    ) = field(name="timeInForce", default="GTC")
    """
    Time in force, default GTC
    """
    price: Annotated[Decimal, Meta(description="Limit price for the limit order")] | UnsetType = UNSET
    """
    Limit price for the limit order
    """
    stop_price: Annotated[Decimal, Meta(description="Stop price for the stop order")] | UnsetType = field(
        name="stopPrice", default=UNSET
    )
    """
    Stop price for the stop order
    """
    limit_price: Annotated[Decimal, Meta(description="Limit price for the stop limit order")] | UnsetType = field(
        name="limitPrice", default=UNSET
    )
    """
    Limit price for the stop limit order
    """


class PlaceOrderResult(Checked, kw_only=True):
    """
    Result of one order of a place_orders batch. success is "true" or "false"; code and message appear on failure.
    """

    success: Annotated[Known["true", "false"], Meta(description="Whether the order has been successfully placed")]
    """
    Whether the order has been successfully placed
    """
    timestamp: str
    client_order_id: Annotated[
        str,
        Meta(description="Client assigned ID to help manage and identify orders with max value 9223372036854775807"),
    ] = field(name="clientOrderId")
    """
    Client assigned ID to help manage and identify orders with max value 9223372036854775807
    """
    quantity: Decimal
    side: Known["SELL", "BUY"]
    market_code: str = field(name="marketCode")
    order_type: Known["MARKET", "LIMIT", "STOP"] = field(name="orderType")
    code: Annotated[str, Meta(description="Error code")] | UnsetType = UNSET
    """
    Error code
    """
    message: Annotated[str, Meta(description="Error message")] | UnsetType = UNSET
    """
    Error message
    """
    order_id: str | UnsetType = field(name="orderId", default=UNSET)
    price: Decimal | UnsetType = UNSET
    status: Annotated[str, Meta(description="Order status, e.g. OPEN, PARTIAL_FILL")] | UnsetType = UNSET
    """
    Order status, e.g. OPEN, PARTIAL_FILL
    """
    time_in_force: str | UnsetType = field(name="timeInForce", default=UNSET)
    match_id: Annotated[str, Meta(description='Exchange match ID ("0" when not matched)')] | UnsetType = field(
        name="matchId", default=UNSET
    )
    """
    Exchange match ID ("0" when not matched)
    """
    last_traded_price: Annotated[Decimal, Meta(description="Price when order was last traded")] | UnsetType = field(
        name="lastTradedPrice", default=UNSET
    )
    """
    Price when order was last traded
    """
    match_quantity: Annotated[Decimal, Meta(description="Matched quantity")] | UnsetType = field(
        name="matchQuantity", default=UNSET
    )
    """
    Matched quantity
    """
    order_match_type: Known["MAKER", "TAKER"] | UnsetType = field(name="orderMatchType", default=UNSET)
    remain_quantity: Annotated[Decimal, Meta(description="Remaining quantity")] | UnsetType = field(
        name="remainQuantity", default=UNSET
    )
    """
    Remaining quantity
    """
    notice: (
        Annotated[str, Meta(description="OrderClosed or OrderMatched or OrderOpened (the table spells it OrderOpend)")]
        | UnsetType
    ) = UNSET
    """
    OrderClosed or OrderMatched or OrderOpened (the table spells it OrderOpend)
    """
    fees: Annotated[Decimal, Meta(description="Amount of fees paid from this match ID")] | UnsetType = UNSET
    """
    Amount of fees paid from this match ID
    """
    fee_instrument_id: Annotated[str, Meta(description="Instrument ID of fees paid from this match ID")] | UnsetType = (
        field(name="feeInstrumentId", default=UNSET)
    )
    """
    Instrument ID of fees paid from this match ID
    """
    is_triggered: (
        Annotated[Known["true", "false"], Meta(description="false (or true for STOP order types)")] | UnsetType
    ) = field(name="isTriggered", default=UNSET)
    """
    false (or true for STOP order types)
    """


class PlaceOrdersResponse(Checked, kw_only=True):
    """
    Envelope of POST /v2/orders/place.
    """

    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    event: Known["placeOrder"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    data: list[PlaceOrderResult]


class Position(Struct, kw_only=True):
    """
    One position; the last four fields appear only for positions using isolated margin.
    """

    instrument_id: Annotated[str, Meta(description="Contract symbol, e.g. 'BTC-USD-SWAP-LIN'")] = field(
        name="instrumentId"
    )
    """
    Contract symbol, e.g. 'BTC-USD-SWAP-LIN'
    """
    quantity: Annotated[Decimal, Meta(description="Quantity of position, e.g. '0.94' (negative for short)")]
    """
    Quantity of position, e.g. '0.94' (negative for short)
    """
    last_updated: Annotated[str, Meta(description="Timestamp when position was last updated")] = field(
        name="lastUpdated"
    )
    """
    Timestamp when position was last updated
    """
    contract_val_currency: Annotated[str, Meta(description="Contract valuation currency")] = field(
        name="contractValCurrency"
    )
    """
    Contract valuation currency
    """
    entry_price: Annotated[Decimal, Meta(description="Average entry price")] = field(name="entryPrice")
    """
    Average entry price
    """
    position_pnl: Annotated[Decimal, Meta(description="Position profit and loss")] = field(name="positionPnl")
    """
    Position profit and loss
    """
    est_liquidation_price: Annotated[Decimal, Meta(description="Estimated liquidation price, 0 if it is negative")] = (
        field(name="estLiquidationPrice")
    )
    """
    Estimated liquidation price, 0 if it is negative
    """
    margin_balance: (
        Annotated[Decimal, Meta(description="Isolated margin only: isolated margin + unrealized position PnL")]
        | UnsetType
    ) = field(name="marginBalance", default=UNSET)
    """
    Isolated margin only: isolated margin + unrealized position PnL
    """
    maintenance_margin: Annotated[Decimal, Meta(description="Isolated margin only")] | UnsetType = field(
        name="maintenanceMargin", default=UNSET
    )
    """
    Isolated margin only
    """
    margin_ratio: Annotated[Decimal, Meta(description="Isolated margin only")] | UnsetType = field(
        name="marginRatio", default=UNSET
    )
    """
    Isolated margin only
    """
    leverage: Annotated[Decimal, Meta(description="Isolated margin only")] | UnsetType = UNSET
    """
    Isolated margin only
    """


class PositionByIdResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/positions/{instrumentId}.
    """

    event: Known["positionsById"]
    timestamp: Annotated[str | int, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: Annotated[
        list[Position] | Position,
        Meta(
            description="The position: a one-element list in the older example, a single object in the newer one, an empty object when there is no position."
        ),
    ]
    """
    The position: a one-element list in the older example, a single object in the newer one, an empty object when there is no position.
    """


class PositionsResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/positions.
    """

    event: Known["positions"]
    timestamp: Annotated[str | int, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: Annotated[list[Position], Meta(description="Positions; empty when there are none.")]
    """
    Positions; empty when there are none.
    """


class PublicTrade(Checked, kw_only=True):
    """
    One public trade.
    """

    match_id: Annotated[str, Meta(description="Match ID")] = field(name="matchId")
    """
    Match ID
    """
    match_quantity: Annotated[Decimal, Meta(description="Match quantity")] = field(name="matchQuantity")
    """
    Match quantity
    """
    match_price: Annotated[Decimal, Meta(description="Match price")] = field(name="matchPrice")
    """
    Match price
    """
    side: Annotated[Known["BUY", "SELL"], Meta(description="Side of the match")]
    """
    Side of the match
    """
    match_timestamp: Annotated[str, Meta(description="Millisecond timestamp of the match")] = field(
        name="matchTimestamp"
    )
    """
    Millisecond timestamp of the match
    """


class PublicTradesResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/publictrades/{marketCode}.
    """

    event: Known["publicTrades"]
    timestamp: Annotated[str, Meta(description="Timestamp of this response")]
    """
    Timestamp of this response
    """
    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    data: list[PublicTrade]


class RedeemAmmResult(Checked, kw_only=True):
    """
    The AMM redeem request.
    """

    hash_token: Annotated[str, Meta(description="Identity of the AMM")] = field(name="hashToken")
    """
    Identity of the AMM
    """
    redeem_type: Known["DELIVER", "MANUAL"] = field(name="redeemType")


class RedeemResult(Struct, kw_only=True):
    """
    The redeem request.
    """

    asset: Annotated[str, Meta(description="Asset name: flexUSD, flexBTC, flexETH or flexFLEX")]
    """
    Asset name: flexUSD, flexBTC, flexETH or flexFLEX
    """
    quantity: Annotated[Decimal, Meta(description="Quantity of the asset")]
    """
    Quantity of the asset
    """
    redeem_at: Annotated[str, Meta(description="Redeemed time")] = field(name="redeemAt")
    """
    Redeemed time
    """
    type: Annotated[str, Meta(description="Redeem type")]
    """
    Redeem type
    """


class RedemptionHistoryEntry(Struct, kw_only=True):
    """
    One redemption.
    """

    asset: Annotated[str, Meta(description="Asset name")]
    """
    Asset name
    """
    quantity: Annotated[Decimal, Meta(description="Quantity of the asset")]
    """
    Quantity of the asset
    """
    requested_at: Annotated[str, Meta(description="When the redeem request was made")] = field(name="requestedAt")
    """
    When the redeem request was made
    """
    redeemed_at: Annotated[str, Meta(description="When the redemption was actually processed")] = field(
        name="redeemedAt"
    )
    """
    When the redemption was actually processed
    """


class RedemptionHistoryResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/redeem/{asset}.
    """

    event: Known["redemptionHistory"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[RedemptionHistoryEntry]


class RepayHistoryEntry(Checked, kw_only=True):
    """
    One repayment.
    """

    repay_asset: Annotated[str, Meta(description="Repay asset, can only be USD for now")] = field(name="repayAsset")
    """
    Repay asset, can only be USD for now
    """
    repaid_amount: Annotated[Decimal, Meta(description="Repaid amount of the repay asset")] = field(name="repaidAmount")
    """
    Repaid amount of the repay asset
    """
    regain_asset: Annotated[str, Meta(description="Regain asset")] = field(name="regainAsset")
    """
    Regain asset
    """
    regained_amount: Annotated[Decimal, Meta(description="Already regained amount of the regain asset")] = field(
        name="regainedAmount"
    )
    """
    Already regained amount of the regain asset
    """
    non_regained_amount: Annotated[Decimal, Meta(description="regainAmount - regainedAmount")] = field(
        name="nonRegainedAmount"
    )
    """
    regainAmount - regainedAmount
    """
    status: Annotated[
        Known["COMPLETED", "PARTIAL", "CANCELLED", "CANCELED"], Meta(description="COMPLETED or PARTIAL or CANCELLED")
    ]
    """
    COMPLETED or PARTIAL or CANCELLED
    """
    repaid_at: Annotated[str, Meta(description="The time of repaid at")] = field(name="repaidAt")
    """
    The time of repaid at
    """
    borrowed_at: Annotated[str, Meta(description="The time of borrowed at")] | UnsetType = field(
        name="borrowedAt", default=UNSET
    )
    """
    The time of borrowed at
    """


class RepayHistoryResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/repay/{asset}.
    """

    event: Known["repayHistory"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[RepayHistoryEntry]


class RepayResult(Checked, kw_only=True):
    """
    Outcome of a repayment.
    """

    repay_asset: Annotated[str, Meta(description="Repay asset, can only be USD for now")] = field(name="repayAsset")
    """
    Repay asset, can only be USD for now
    """
    repaid_amount: Annotated[Decimal, Meta(description="Repaid amount of the repay asset")] = field(name="repaidAmount")
    """
    Repaid amount of the repay asset
    """
    regain_asset: Annotated[str, Meta(description="Regain asset")] = field(name="regainAsset")
    """
    Regain asset
    """
    regained_amount: Annotated[Decimal, Meta(description="Already regained amount of the regain asset")] = field(
        name="regainedAmount"
    )
    """
    Already regained amount of the regain asset
    """
    non_regained_amount: Annotated[Decimal, Meta(description="nonRegainedAmount = regainAmount - regainedAmount")] = (
        field(name="nonRegainedAmount")
    )
    """
    nonRegainedAmount = regainAmount - regainedAmount
    """
    status: Annotated[Known["COMPLETED", "PARTIAL", "CANCELLED"], Meta(description="COMPLETED or PARTIAL or CANCELLED")]
    """
    COMPLETED or PARTIAL or CANCELLED
    """
    repaid_at: Annotated[str, Meta(description="The time of repaid at")] = field(name="repaidAt")
    """
    The time of repaid at
    """


class Ticker(Struct, kw_only=True):
    """
    24-hour ticker of one market.
    """

    market_code: Annotated[str, Meta(description="Market code, e.g. BTC-USD-SWAP-LIN")] = field(name="marketCode")
    """
    Market code, e.g. BTC-USD-SWAP-LIN
    """
    last: Annotated[Decimal, Meta(description="Last traded price")]
    """
    Last traded price
    """
    mark_price: Annotated[Decimal, Meta(description="Mark price")] = field(name="markPrice")
    """
    Mark price
    """
    open24h: Annotated[Decimal, Meta(description="Daily opening price")]
    """
    Daily opening price
    """
    volume24h: Annotated[Decimal, Meta(description="24 hour volume (USD)")]
    """
    24 hour volume (USD)
    """
    currency_volume24h: Annotated[Decimal, Meta(description="24 hour volume (coin)")] = field(name="currencyVolume24h")
    """
    24 hour volume (coin)
    """
    high24h: Annotated[Decimal, Meta(description="24 hour high")]
    """
    24 hour high
    """
    low24h: Annotated[Decimal, Meta(description="24 hour low")]
    """
    24 hour low
    """
    open_interest: Annotated[Decimal, Meta(description="Current open interest")] = field(name="openInterest")
    """
    Current open interest
    """
    last_qty: Annotated[Decimal, Meta(description="Last traded quantity")] = field(name="lastQty")
    """
    Last traded quantity
    """


class TickersResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2/ticker.
    """

    event: Known["ticker"]
    timestamp: Annotated[str, Meta(description="Timestamp of this response")]
    """
    Timestamp of this response
    """
    data: list[Ticker]


class WsBalance(Struct, kw_only=True):
    """
    One spot asset balance.
    """

    total: Decimal
    reserved: Annotated[Decimal, Meta(description="Reserved for working spot and repo orders")]
    """
    Reserved for working spot and repo orders
    """
    instrument_id: Annotated[str, Meta(description="Asset ID e.g. BTC")] = field(name="instrumentId")
    """
    Asset ID e.g. BTC
    """
    available: Annotated[Decimal, Meta(description="total - reserved")]
    """
    total - reserved
    """
    locked: Annotated[Decimal, Meta(description="Temporarily locked balance")]
    """
    Temporarily locked balance
    """
    quantity_last_updated: str = field(name="quantityLastUpdated")


class WsBalanceMessage(Checked, kw_only=True):
    """
    A balance push.
    """

    table: Known["balance"]
    account_id: str = field(name="accountId")
    timestamp: str
    trade_type: Annotated[str, Meta(description="LINEAR")] = field(name="tradeType")
    """
    LINEAR
    """
    data: list[WsBalance]


class WsBestBidAskData(Struct, kw_only=True):
    """
    The best level on each side, as [price, quantity].
    """

    ask: list[Any]
    bid: list[Any]
    checksum: int
    market_code: str = field(name="marketCode")
    timestamp: str


class WsBestBidAskMessage(Checked, kw_only=True):
    """
    A best bid/ask push.
    """

    table: Known["bestBidAsk"]
    data: WsBestBidAskData


class WsCancelAllMessage(Checked, kw_only=True):
    """
    Sent after all open orders were cancelled by REST or the GUI.
    """

    event: Known["CANCEL"]
    submitted: bool
    timestamp: str


class WsCancelOrderData(Struct, kw_only=True):
    """
    One order to cancel over the socket.
    """

    market_code: Annotated[str, Meta(description="Market code e.g. BTC-USD-SWAP-LIN")] = field(name="marketCode")
    """
    Market code e.g. BTC-USD-SWAP-LIN
    """
    order_id: Annotated[int, Meta(description="Unique order ID from the exchange")] = field(name="orderId")
    """
    Unique order ID from the exchange
    """


class WsCancelOrderEcho(Struct, kw_only=True):
    """
    The cancel request as the server received it.
    """

    market_code: str = field(name="marketCode")
    order_id: str = field(name="orderId")
    client_order_id: str | UnsetType = field(name="clientOrderId", default=UNSET)


class WsCancelOrderReply(Checked, kw_only=True):
    """
    Reply to cancelorder (one per order for cancelorders).
    """

    event: Known["cancelorder"]
    submitted: bool
    tag: str | UnsetType = UNSET
    code: str | UnsetType = UNSET
    message: str | UnsetType = UNSET
    timestamp: str | UnsetType = UNSET
    data: WsCancelOrderEcho | UnsetType = UNSET


class WsCandle(Struct, kw_only=True):
    """
    The current candle of one market.
    """

    market_code: str = field(name="marketCode")
    candle: Annotated[
        list[Any],
        Meta(
            description="[start timestamp, open, high, low, close, volume in counter currency, volume in base currency], as strings",
            min_length=7,
        ),
    ]
    """
    [start timestamp, open, high, low, close, volume in counter currency, volume in base currency], as strings
    """


class WsCandleMessage(Struct, kw_only=True):
    """
    A candle push, shared by every granularity.
    """

    table: Annotated[str, Meta(description="candle<granularity> (e.g. candle60s)", pattern="^candles?[0-9]+s$")]
    """
    candle<granularity> (e.g. candle60s)
    """
    data: list[WsCandle]


class WsDepthData(Struct, kw_only=True):
    """
    Book levels, best first, as [price, quantity].
    """

    seq_num: int = field(name="seqNum")
    asks: list[list[Any]]
    bids: list[list[Any]]
    market_code: str = field(name="marketCode")
    timestamp: Annotated[str | int, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    checksum: int | UnsetType = UNSET


class WsDepthFixedMessage(Checked, kw_only=True):
    """
    A fixed-size order book snapshot (depthL5, depthL10 or depthL25).
    """

    table: Known["depthL5", "depthL10", "depthL25"]
    action: Known["partial"]
    data: WsDepthData


class WsDepthMessage(Checked, kw_only=True):
    """
    A full order book snapshot.
    """

    table: Known["depth"]
    action: Known["partial"]
    data: WsDepthData


class WsDepthUpdateMessage(Checked, kw_only=True):
    """
    An incremental order book push - the snapshot (depthUpdate, partial) or a diff (depthUpdate-diff, increment).
    """

    table: Known["depthUpdate", "depthUpdate-diff"]
    action: Known["partial", "increment"]
    data: WsDepthData


class WsLiquidationRfq(Struct, kw_only=True):
    """
    A market about to see a liquidation, auto-borrow or auto-repay event.
    """

    market_code: str = field(name="marketCode")
    timestamp: str


class WsLiquidationRfqMessage(Checked, kw_only=True):
    """
    A liquidation RFQ push.
    """

    table: Known["liquidationRFQ"]
    data: list[WsLiquidationRfq]


class WsLoginData(Struct, kw_only=True):
    """
    Payload of the login command.
    """

    api_key: str = field(name="apiKey")
    timestamp: str
    signature: Annotated[str, Meta(description="Base64 HMAC-SHA256 of timestamp + 'GET/auth/self/verify'")]
    """
    Base64 HMAC-SHA256 of timestamp + 'GET/auth/self/verify'
    """


class WsLoginReply(Checked, kw_only=True):
    """
    Reply to login.
    """

    event: Known["login"]
    success: bool
    tag: str | UnsetType = UNSET
    code: str | UnsetType = UNSET
    message: str | UnsetType = UNSET
    timestamp: str | UnsetType = UNSET


class WsMarket(Struct, kw_only=True):
    """
    Live price, sanity bounds and reference data of one market.
    """

    market_price: Annotated[Decimal, Meta(description="Mark price")] = field(name="marketPrice")
    """
    Mark price
    """
    listing_date: str = field(name="listingDate")
    qty_increment: Decimal = field(name="qtyIncrement")
    upper_price_bound: Annotated[Decimal, Meta(description="Upper sanity price bound")] = field(name="upperPriceBound")
    """
    Upper sanity price bound
    """
    lower_price_bound: Annotated[Decimal, Meta(description="Lower sanity price bound")] = field(name="lowerPriceBound")
    """
    Lower sanity price bound
    """
    counter: str
    type: Annotated[str, Meta(description="e.g. SPOT")]
    """
    e.g. SPOT
    """
    market_id: str = field(name="marketId")
    reference_pair: str = field(name="referencePair")
    tick_size: Decimal = field(name="tickSize")
    market_price_last_updated: str = field(name="marketPriceLastUpdated")
    contract_val_currency: str = field(name="contractValCurrency")
    name: str
    market_code: str = field(name="marketCode")
    margin_currency: str = field(name="marginCurrency")
    base: str


class WsMarketMessage(Checked, kw_only=True):
    """
    A market push (one entry, or every market for market:all).
    """

    table: Known["market"]
    data: list[WsMarket]


class WsModifyOrderData(Struct, kw_only=True):
    """
    One LIMIT order to modify over the socket.
    """

    market_code: Annotated[str, Meta(description="Market code e.g. BTC-USD-SWAP-LIN")] = field(name="marketCode")
    """
    Market code e.g. BTC-USD-SWAP-LIN
    """
    order_id: Annotated[int, Meta(description="Unique order ID from the exchange")] = field(name="orderId")
    """
    Unique order ID from the exchange
    """
    side: Literal["BUY", "SELL"] | UnsetType = UNSET
    price: Decimal | UnsetType = UNSET
    quantity: Decimal | UnsetType = UNSET
    timestamp: int | UnsetType = UNSET
    recv_window: Annotated[int, Meta(ge=0)] | UnsetType = field(name="recvWindow", default=UNSET)


class WsModifyOrderEcho(Struct, kw_only=True):
    """
    The modify request as the server received it.
    """

    order_id: str | int = field(name="orderId")
    market_code: str = field(name="marketCode")
    side: str | UnsetType = UNSET
    quantity: Decimal | UnsetType = UNSET
    price: Decimal | UnsetType = UNSET
    order_type: str | UnsetType = field(name="orderType", default=UNSET)


class WsModifyOrderReply(Checked, kw_only=True):
    """
    Reply to modifyorder (one per order for modifyorders).
    """

    event: Known["modifyorder"]
    submitted: bool
    tag: str | UnsetType = UNSET
    code: str | UnsetType = UNSET
    message: str | UnsetType = UNSET
    timestamp: str | UnsetType = UNSET
    data: WsModifyOrderEcho | UnsetType = UNSET


class WsOrderEcho(Struct, kw_only=True):
    """
    The order as the server accepted (or refused) it.
    """

    client_order_id: str | int | UnsetType = field(name="clientOrderId", default=UNSET)
    market_code: str | UnsetType = field(name="marketCode", default=UNSET)
    side: str | UnsetType = UNSET
    order_type: str | UnsetType = field(name="orderType", default=UNSET)
    quantity: Decimal | UnsetType = UNSET
    price: Decimal | UnsetType = UNSET
    stop_price: Decimal | UnsetType = field(name="stopPrice", default=UNSET)
    limit_price: Decimal | UnsetType = field(name="limitPrice", default=UNSET)
    time_in_force: str | UnsetType = field(name="timeInForce", default=UNSET)
    order_id: str | UnsetType = field(name="orderId", default=UNSET)
    source: int | UnsetType = UNSET


class WsOrderFailureData(Struct, kw_only=True):
    """
    The engine's view of the order whose cancel or modify was rejected.
    """

    client_order_id: str | int = field(name="clientOrderId")
    order_id: str | int = field(name="orderId")
    display_quantity: Decimal = field(name="displayQuantity")
    last_match_price: Decimal = field(name="lastMatchPrice")
    last_match_quantity: Decimal = field(name="lastMatchQuantity")
    last_matched_order_id: int = field(name="lastMatchedOrderId")
    last_matched_order_id2: int = field(name="lastMatchedOrderId2")
    matched_id: int = field(name="matchedId")
    matched_type: str = field(name="matchedType")
    remain_quantity: Decimal = field(name="remainQuantity")
    side: str
    status: Annotated[str, Meta(description="e.g. REJECT_CANCEL_ORDER_ID_NOT_FOUND, REJECT_AMEND_ORDER_ID_NOT_FOUND")]
    """
    e.g. REJECT_CANCEL_ORDER_ID_NOT_FOUND, REJECT_AMEND_ORDER_ID_NOT_FOUND
    """
    time_condition: Annotated[str, Meta(description="time in force, e.g. GTC")] = field(name="timeCondition")
    """
    time in force, e.g. GTC
    """
    market_code: str = field(name="marketCode")
    timestamp_epoch_ms: int = field(name="timestampEpochMs")
    order_type: str = field(name="orderType")
    price: Decimal
    quantity: Decimal
    is_triggered: bool = field(name="isTriggered")


class WsOrderFailureMessage(Checked, kw_only=True):
    """
    A rejected cancel (event CANCEL) or modify (event AMEND) of an order that is no longer open.
    """

    event: Known["CANCEL", "AMEND"]
    submitted: bool
    message: str
    code: str
    timestamp: Annotated[str, Meta(description="0 in the examples")]
    """
    0 in the examples
    """
    data: WsOrderFailureData


class WsOrderUpdate(Checked, kw_only=True):
    """
    One order update; the fields present depend on the notice.
    """

    notice: Known["OrderOpened", "OrderClosed", "OrderModified", "OrderMatched"]
    order_id: str = field(name="orderId")
    status: Annotated[
        str,
        Meta(
            description="OPEN; FILLED or PARTIAL_FILL (OrderMatched); CANCELED_BY_USER, CANCELED_BY_MAKER_ONLY, CANCELED_BY_FOK, CANCELED_ALL_BY_IOC, CANCELED_PARTIAL_BY_IOC or CANCELED_BY_AMEND (OrderClosed)"
        ),
    ]
    """
    OPEN; FILLED or PARTIAL_FILL (OrderMatched); CANCELED_BY_USER, CANCELED_BY_MAKER_ONLY, CANCELED_BY_FOK, CANCELED_ALL_BY_IOC, CANCELED_PARTIAL_BY_IOC or CANCELED_BY_AMEND (OrderClosed)
    """
    market_code: str = field(name="marketCode")
    account_id: str | UnsetType = field(name="accountId", default=UNSET)
    client_order_id: str | UnsetType = field(name="clientOrderId", default=UNSET)
    price: Decimal | UnsetType = UNSET
    quantity: Decimal | UnsetType = UNSET
    side: Known["BUY", "SELL"] | UnsetType = UNSET
    time_in_force: str | UnsetType = field(name="timeInForce", default=UNSET)
    timestamp: str | UnsetType = UNSET
    order_type: Annotated[str, Meta(description="LIMIT, MARKET or STOP_LIMIT")] | UnsetType = field(
        name="orderType", default=UNSET
    )
    """
    LIMIT, MARKET or STOP_LIMIT
    """
    is_triggered: Annotated[str, Meta(description="True or False, as a string (not a JSON boolean)")] | UnsetType = (
        field(name="isTriggered", default=UNSET)
    )
    """
    True or False, as a string (not a JSON boolean)
    """
    stop_price: Decimal | UnsetType = field(name="stopPrice", default=UNSET)
    limit_price: Decimal | UnsetType = field(name="limitPrice", default=UNSET)
    remain_quantity: Decimal | UnsetType = field(name="remainQuantity", default=UNSET)
    match_id: str | UnsetType = field(name="matchId", default=UNSET)
    match_price: Decimal | UnsetType = field(name="matchPrice", default=UNSET)
    match_quantity: Decimal | UnsetType = field(name="matchQuantity", default=UNSET)
    order_match_type: Known["MAKER", "TAKER"] | UnsetType = field(name="orderMatchType", default=UNSET)
    fees: Decimal | UnsetType = UNSET
    fee_instrument_id: str | UnsetType = field(name="feeInstrumentId", default=UNSET)


class WsPlaceOrderData(Struct, kw_only=True):
    """
    One order to place over the socket.
    """

    market_code: str = field(name="marketCode")
    side: Literal["BUY", "SELL"]
    order_type: Annotated[
        Literal["LIMIT", "MARKET", "STOP_LIMIT", "STOP"],
        Meta(description="STOP_LIMIT and STOP are the same stop-limit order"),
    ] = field(name="orderType")
    """
    STOP_LIMIT and STOP are the same stop-limit order
    """
    quantity: Decimal
    client_order_id: Annotated[int, Meta(ge=1, le=9223372036854775807)] | UnsetType = field(
        name="clientOrderId", default=UNSET
    )
    price: Decimal | UnsetType = UNSET
    stop_price: Decimal | UnsetType = field(name="stopPrice", default=UNSET)
    limit_price: Decimal | UnsetType = field(name="limitPrice", default=UNSET)
    time_in_force: Literal["GTC", "IOC", "FOK", "MAKER_ONLY", "MAKER_ONLY_REPRICE"] | UnsetType = field(
        name="timeInForce", default=UNSET
    )
    timestamp: int | UnsetType = UNSET
    recv_window: Annotated[int, Meta(ge=0)] | UnsetType = field(name="recvWindow", default=UNSET)


class WsPlaceOrderReply(Checked, kw_only=True):
    """
    Reply to placeorder (one per order for placeorders).
    """

    event: Known["placeorder"]
    submitted: bool
    tag: str | UnsetType = UNSET
    code: str | UnsetType = UNSET
    message: str | UnsetType = UNSET
    timestamp: str | UnsetType = UNSET
    data: WsOrderEcho | UnsetType = UNSET


class WsPosition(Struct, kw_only=True):
    """
    One position.
    """

    instrument_id: str = field(name="instrumentId")
    quantity: Annotated[Decimal, Meta(description="Position size (+/-)")]
    """
    Position size (+/-)
    """
    last_updated: str = field(name="lastUpdated")
    contract_val_currency: str = field(name="contractValCurrency")
    entry_price: Decimal = field(name="entryPrice")
    position_pnl: Decimal = field(name="positionPnl")
    est_liquidation_price: Annotated[Decimal, Meta(description="0 if negative")] = field(name="estLiquidationPrice")
    """
    0 if negative
    """
    margin: Annotated[Decimal, Meta(description="Isolated margin in permissionless perps; 0 elsewhere")]
    """
    Isolated margin in permissionless perps; 0 elsewhere
    """
    leverage: Annotated[Decimal, Meta(description="Selected leverage in permissionless perps; 0 elsewhere")]
    """
    Selected leverage in permissionless perps; 0 elsewhere
    """


class WsPositionMessage(Checked, kw_only=True):
    """
    A position push.
    """

    table: Known["position"]
    account_id: str = field(name="accountId")
    timestamp: str
    data: list[WsPosition]


class WsSubscribeReply(Checked, kw_only=True):
    """
    Reply to subscribe or unsubscribe, one per channel.
    """

    event: Known["subscribe", "unsubscribe"]
    success: bool
    tag: str | UnsetType = UNSET
    channel: str | list[str] | UnsetType = UNSET
    code: str | UnsetType = UNSET
    message: str | UnsetType = UNSET
    timestamp: str | UnsetType = UNSET


class WsTicker(Struct, kw_only=True):
    """
    Live price and 24-hour rolling volume of one market.
    """

    market_code: str = field(name="marketCode")
    last: Annotated[Decimal, Meta(description="Last traded price")]
    """
    Last traded price
    """
    mark_price: Decimal = field(name="markPrice")
    open24h: Decimal
    volume24h: Annotated[Decimal, Meta(description="24-hour volume in the counter currency")]
    """
    24-hour volume in the counter currency
    """
    currency_volume24h: Annotated[Decimal, Meta(description="24-hour volume in the base currency")] = field(
        name="currencyVolume24h"
    )
    """
    24-hour volume in the base currency
    """
    high24h: Decimal
    low24h: Decimal
    open_interest: Decimal = field(name="openInterest")
    last_qty: Annotated[Decimal, Meta(description="Quantity of the last trade")] = field(name="lastQty")
    """
    Quantity of the last trade
    """
    timestamp: str
    last_mark_price: Decimal | UnsetType = field(name="lastMarkPrice", default=UNSET)


class WsTickerMessage(Checked, kw_only=True):
    """
    A ticker push (one entry, or every market for ticker:all).
    """

    table: Known["ticker"]
    data: list[WsTicker]


class WsTrade(Checked, kw_only=True):
    """
    One public trade.
    """

    side: Annotated[str, Meta(description="Matched side")]
    """
    Matched side
    """
    trade_id: str = field(name="tradeId")
    price: Decimal
    quantity: Decimal
    match_type: Known["TAKER", "MAKER"] = field(name="matchType")
    market_code: str = field(name="marketCode")
    timestamp: str


class WsTradeMessage(Checked, kw_only=True):
    """
    A public trade push.
    """

    table: Known["trade"]
    data: list[WsTrade]


class BorrowResponse(Checked, kw_only=True):
    """
    Envelope of POST /v2/borrow (data is one object, not a list).
    """

    event: Known["borrow"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: BorrowResult


class CancelAllOrdersResponse(Checked, kw_only=True):
    """
    Envelope of DELETE /v2/cancel/orders.
    """

    event: Known["orders"]
    timestamp: Annotated[str | int, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: CancelAllOrdersResult


class CancelMarketOrdersResponse(Checked, kw_only=True):
    """
    Envelope of DELETE /v2/cancel/orders/{marketCode}.
    """

    event: Known["orders"]
    timestamp: Annotated[str | int, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: CancelMarketOrdersResult


class CreateAmmResponse(Checked, kw_only=True):
    """
    Envelope of POST /v2/AMM/create.
    """

    event: Known["createAMM"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: CreateAmmResult


class MintResponse(Checked, kw_only=True):
    """
    Envelope of POST /v2/mint.
    """

    event: Known["mint"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: MintResult


class OrderHistoryEntry(Checked, kw_only=True):
    """
    One order (any status) with its matches.
    """

    status: Annotated[
        Known["OrderOpened", "OrderPartiallyMatched", "OrderMatched", "OrderClosed"],
        Meta(description="Status of the order"),
    ]
    """
    Status of the order
    """
    order_id: Annotated[str, Meta(description="Order ID generated by the server")] = field(name="orderId")
    """
    Order ID generated by the server
    """
    client_order_id: Annotated[
        str,
        Meta(description="Client assigned ID to help manage and identify orders with max value 9223372036854775807"),
    ] = field(name="clientOrderId")
    """
    Client assigned ID to help manage and identify orders with max value 9223372036854775807
    """
    market_code: Annotated[str, Meta(description="Market code")] = field(name="marketCode")
    """
    Market code
    """
    side: Annotated[Known["BUY", "SELL"], Meta(description="Side of the order")]
    """
    Side of the order
    """
    order_type: Annotated[Known["LIMIT", "MARKET", "STOP"], Meta(description="Type of the order")] = field(
        name="orderType"
    )
    """
    Type of the order
    """
    price: Annotated[Decimal, Meta(description="Price submitted")]
    """
    Price submitted
    """
    quantity: Annotated[Decimal, Meta(description="Quantity submitted")]
    """
    Quantity submitted
    """
    remain_quantity: Annotated[
        Decimal, Meta(description="Remaining quantity (historical remaining quantity for OrderClosed orders)")
    ] = field(name="remainQuantity")
    """
    Remaining quantity (historical remaining quantity for OrderClosed orders)
    """
    last_traded_price: Annotated[Decimal, Meta(description="Price when order was last traded")] | UnsetType = field(
        name="lastTradedPrice", default=UNSET
    )
    """
    Price when order was last traded
    """
    avg_fill_price: Annotated[Decimal, Meta(description="Average of filled price")] | UnsetType = field(
        name="avgFillPrice", default=UNSET
    )
    """
    Average of filled price
    """
    stop_price: Annotated[Decimal, Meta(description="Stop price for the stop order")] | UnsetType = field(
        name="stopPrice", default=UNSET
    )
    """
    Stop price for the stop order
    """
    limit_price: Annotated[Decimal, Meta(description="Limit price for the stop limit order")] | UnsetType = field(
        name="limitPrice", default=UNSET
    )
    """
    Limit price for the stop limit order
    """
    filled_quantity: Annotated[Decimal, Meta(description="Filled quantity")] | UnsetType = field(
        name="filledQuantity", default=UNSET
    )
    """
    Filled quantity
    """
    match_ids: (
        Annotated[
            list[dict[str, OrderMatchInfo]],
            Meta(
                description="Exchange matched IDs and information about matching orders; each item maps one match ID to its details."
            ),
        ]
        | UnsetType
    ) = field(name="matchIds", default=UNSET)
    """
    Exchange matched IDs and information about matching orders; each item maps one match ID to its details.
    """
    leg1_price: Annotated[Decimal, Meta(description="(undocumented)")] | UnsetType = field(
        name="leg1Price", default=UNSET
    )
    """
    (undocumented)
    """
    leg2_price: Annotated[Decimal, Meta(description="(undocumented)")] | UnsetType = field(
        name="leg2Price", default=UNSET
    )
    """
    (undocumented)
    """
    fees: (
        Annotated[
            dict[str, Decimal],
            Meta(
                description="Overall fees keyed by instrument ID; if FLEX is not enough to pay the fee then USD is paid"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Overall fees keyed by instrument ID; if FLEX is not enough to pay the fee then USD is paid
    """
    time_in_force: Annotated[str, Meta(description="Time in force")] | UnsetType = field(
        name="timeInForce", default=UNSET
    )
    """
    Time in force
    """
    is_triggered: Annotated[Known["true", "false"], Meta(description="true (for stop order) or false")] | UnsetType = (
        field(name="isTriggered", default=UNSET)
    )
    """
    true (for stop order) or false
    """
    order_opened_timestamp: Annotated[str, Meta(description="Order opened at")] | UnsetType = field(
        name="orderOpenedTimestamp", default=UNSET
    )
    """
    Order opened at
    """
    order_modified_timestamp: Annotated[str, Meta(description="Order modified at")] | UnsetType = field(
        name="orderModifiedTimestamp", default=UNSET
    )
    """
    Order modified at
    """
    order_closed_timestamp: Annotated[str, Meta(description="Order closed at")] | UnsetType = field(
        name="orderClosedTimestamp", default=UNSET
    )
    """
    Order closed at
    """


class OrderHistoryResponse(Checked, kw_only=True):
    """
    Envelope of GET /v2.1/orders.
    """

    event: Known["orders"]
    timestamp: Annotated[str, Meta(description="Timestamp of this response")]
    """
    Timestamp of this response
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: list[OrderHistoryEntry]


class RedeemAmmResponse(Checked, kw_only=True):
    """
    Envelope of POST /v2/AMM/redeem.
    """

    event: Known["redeemAMM"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: RedeemAmmResult


class RedeemResponse(Checked, kw_only=True):
    """
    Envelope of POST /v2/redeem.
    """

    event: Known["redeem"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp")]
    """
    Millisecond timestamp
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: RedeemResult


class RepayResponse(Checked, kw_only=True):
    """
    Envelope of POST /v2/repay (data is one object, not a list).
    """

    event: Known["repay"]
    timestamp: Annotated[str, Meta(description="Millisecond timestamp of the response")]
    """
    Millisecond timestamp of the response
    """
    account_id: Annotated[str, Meta(description="Account ID")] = field(name="accountId")
    """
    Account ID
    """
    data: RepayResult


class WsOrderMessage(Checked, kw_only=True):
    """
    An order-channel push.
    """

    table: Known["order"]
    data: list[WsOrderUpdate]
