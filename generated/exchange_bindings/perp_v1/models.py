"""Structs of the Perp v1 API, generated from spec/perp_v1; do not edit."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, TypeAlias

from msgspec import UNSET, Meta, Struct, UnsetType, field

from exchange_bindings.runtime.known import Checked
from exchange_bindings.runtime.known import Literal as Known

AccountChangeType: TypeAlias = Literal[
    "TRANSFER",
    "REALIZED_PNL",
    "FUNDING_FEE",
    "COMMISSION",
    "INSURANCE_CLEAR",
    "WELCOME_BONUS",
    "REFERRAL_KICKBACK",
    "COMMISSION_REBATE",
]


class AmendOrderRequest(Struct, kw_only=True):
    """
    One amendment of batch_amend_orders.
    """

    order_id: int | UnsetType = field(name="orderId", default=UNSET)
    client_order_id: str | UnsetType = field(name="clientOrderId", default=UNSET)
    price: Decimal | UnsetType = UNSET
    quantity: Decimal | UnsetType = UNSET


ApiKeyPermission: TypeAlias = Literal["READ", "TRADE"]


ApiKeyStatus: TypeAlias = Literal["ENABLED", "DISABLED"]


class ApiKeysDeleted(Struct, kw_only=True):
    deleted: Annotated[int, Meta(description="How many keys were deleted")]
    """
    How many keys were deleted
    """


class AssetBalance(Struct, kw_only=True):
    asset: str
    wallet_balance: Annotated[Decimal, Meta(description="Deposits, transfers, realised PnL, funding and fees")] = field(
        name="walletBalance"
    )
    """
    Deposits, transfers, realised PnL, funding and fees
    """
    available_balance: Annotated[Decimal, Meta(description="What new orders can use")] = field(name="availableBalance")
    """
    What new orders can use
    """
    position_margin: Annotated[Decimal, Meta(description="Margin held by positions")] = field(name="positionMargin")
    """
    Margin held by positions
    """
    order_margin: Annotated[Decimal, Meta(description="Margin held by open orders")] = field(name="orderMargin")
    """
    Margin held by open orders
    """
    unrealized_profit: Decimal = field(name="unrealizedProfit")
    margin_balance: Annotated[Decimal, Meta(description="walletBalance + unrealizedProfit")] = field(
        name="marginBalance"
    )
    """
    walletBalance + unrealizedProfit
    """
    max_withdraw_amount: Decimal | UnsetType = field(name="maxWithdrawAmount", default=UNSET)
    update_time: int | UnsetType = field(name="updateTime", default=UNSET)


class AssetOverviewSummary(Struct, kw_only=True):
    asset: Annotated[str, Meta(description="The asset everything is valued in")]
    """
    The asset everything is valued in
    """
    total_equity: Decimal = field(name="totalEquity")
    wallet_balance: Decimal = field(name="walletBalance")
    unrealized_profit: Decimal = field(name="unrealizedProfit")
    available_balance: Decimal = field(name="availableBalance")
    position_margin: Decimal | UnsetType = field(name="positionMargin", default=UNSET)
    today_pnl: Decimal | UnsetType = field(name="todayPnl", default=UNSET)
    today_pnl_rate: Decimal | UnsetType = field(name="todayPnlRate", default=UNSET)
    pnl7d: Decimal | UnsetType = UNSET
    pnl30d: Decimal | UnsetType = UNSET
    update_time: int | UnsetType = field(name="updateTime", default=UNSET)


class AssetTrendPoint(Struct, kw_only=True):
    time: Annotated[int, Meta(description="Start of the day (UTC)")]
    """
    Start of the day (UTC)
    """
    equity: Decimal
    pnl: Decimal | UnsetType = UNSET
    cumulative_pnl: Decimal | UnsetType = field(name="cumulativePnl", default=UNSET)


class BalanceSnapshot(Struct, kw_only=True):
    time: Annotated[int, Meta(description="End of the day the snapshot closes (UTC)")]
    """
    End of the day the snapshot closes (UTC)
    """
    asset: str
    wallet_balance: Decimal = field(name="walletBalance")
    margin_balance: Decimal = field(name="marginBalance")
    unrealized_profit: Decimal | UnsetType = field(name="unrealizedProfit", default=UNSET)


class CancelledOrder(Checked, kw_only=True):
    category: Annotated[
        Known["NORMAL", "CONDITION", "STRATEGY"],
        Meta(description="What was cancelled; orderId is a conditionOrderId for CONDITION, a strategyId for STRATEGY"),
    ]
    """
    What was cancelled; orderId is a conditionOrderId for CONDITION, a strategyId for STRATEGY
    """
    order_id: int = field(name="orderId")
    symbol: str
    client_order_id: str | UnsetType = field(name="clientOrderId", default=UNSET)


class CloseRecord(Struct, kw_only=True):
    """
    One fill that reduced the position.
    """

    price: Decimal
    quantity: Decimal
    time: int
    order_id: int | UnsetType = field(name="orderId", default=UNSET)
    realized_pnl: Decimal | UnsetType = field(name="realizedPnl", default=UNSET)
    fee: Decimal | UnsetType = UNSET


ConditionOrderStatus: TypeAlias = Known["NEW", "TRIGGERED", "CANCELED", "REJECTED", "EXPIRED"]


ConditionOrderType: TypeAlias = Literal[
    "STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET"
]


class CurrentFundingRate(Struct, kw_only=True):
    symbol: str
    mark_price: Decimal = field(name="markPrice")
    index_price: Decimal = field(name="indexPrice")
    funding_rate: Annotated[
        Decimal, Meta(description="The rate of the running period (collected at nextFundingTime)")
    ] = field(name="fundingRate")
    """
    The rate of the running period (collected at nextFundingTime)
    """
    next_funding_time: int = field(name="nextFundingTime")
    interest_rate: Decimal | UnsetType = field(name="interestRate", default=UNSET)
    funding_interval_hours: int | UnsetType = field(name="fundingIntervalHours", default=UNSET)
    time: int | UnsetType = UNSET


class DailyVolume(Struct, kw_only=True):
    """
    One day of the 30-day volume statistics.
    """

    date: Annotated[int, Meta(description="Start of the day (UTC)")]
    """
    Start of the day (UTC)
    """
    volume: Decimal
    fee: Decimal


class FavoriteSymbols(Struct, kw_only=True):
    symbols: list[str]


class FeeTier(Struct, kw_only=True):
    tier: int
    name: str
    min_volume30d: Annotated[Decimal, Meta(description="30-day volume (quote asset) from which the tier applies")] = (
        field(name="minVolume30d")
    )
    """
    30-day volume (quote asset) from which the tier applies
    """
    maker_fee_rate: Decimal = field(name="makerFeeRate")
    taker_fee_rate: Decimal = field(name="takerFeeRate")


class FundingRateConfig(Struct, kw_only=True):
    symbol: str
    funding_interval_hours: int = field(name="fundingIntervalHours")
    max_funding_rate: Decimal = field(name="maxFundingRate")
    min_funding_rate: Decimal = field(name="minFundingRate")
    interest_rate: Annotated[Decimal, Meta(description="Interest rate per funding interval")] | UnsetType = field(
        name="interestRate", default=UNSET
    )
    """
    Interest rate per funding interval
    """


class FundingRateRecord(Struct, kw_only=True):
    symbol: str
    funding_rate: Decimal = field(name="fundingRate")
    funding_time: int = field(name="fundingTime")
    mark_price: Decimal | UnsetType = field(name="markPrice", default=UNSET)


class Kline(Struct, kw_only=True):
    open_time: int = field(name="openTime")
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal
    volume: Annotated[Decimal, Meta(description="Base-asset volume (0 for index and mark klines)")]
    """
    Base-asset volume (0 for index and mark klines)
    """
    quote_volume: Decimal | UnsetType = field(name="quoteVolume", default=UNSET)


class LeaderboardEntry(Checked, kw_only=True):
    rank: int
    nickname: str
    pnl: Annotated[Decimal, Meta(description="PnL over the period (quote asset)")]
    """
    PnL over the period (quote asset)
    """
    roi: Annotated[Decimal, Meta(description="Return on investment over the period (0.41 = 41%)")]
    """
    Return on investment over the period (0.41 = 41%)
    """
    period: Known["7D", "30D", "90D"] | UnsetType = UNSET
    update_time: int | UnsetType = field(name="updateTime", default=UNSET)


class ListenKey(Struct, kw_only=True):
    listen_key: str = field(name="listenKey")


MarginMode: TypeAlias = Literal["ISOLATED", "CROSS"]


class OrderRef(Struct, kw_only=True):
    """
    One order to cancel (orderId or clientOrderId).
    """

    symbol: str
    order_id: int | UnsetType = field(name="orderId", default=UNSET)
    client_order_id: str | UnsetType = field(name="clientOrderId", default=UNSET)


OrderSide: TypeAlias = Literal["BUY", "SELL"]


OrderStatus: TypeAlias = Known["NEW", "PARTIALLY_FILLED", "FILLED", "CANCELED", "REJECTED", "EXPIRED"]


OrderType: TypeAlias = Literal["LIMIT", "MARKET"]


class Position(Checked, kw_only=True):
    """
    An open position (one per symbol).
    """

    position_id: int = field(name="positionId")
    symbol: str
    side: Known["LONG", "SHORT"]
    quantity: Annotated[Decimal, Meta(description="Size (base asset, unsigned)")]
    """
    Size (base asset, unsigned)
    """
    entry_price: Decimal = field(name="entryPrice")
    mark_price: Decimal = field(name="markPrice")
    leverage: int
    margin_mode: MarginMode = field(name="marginMode")
    position_margin: Decimal = field(name="positionMargin")
    unrealized_pnl: Decimal = field(name="unrealizedPnl")
    realized_pnl: Annotated[Decimal, Meta(description="Since the position opened, net of fees and funding")] = field(
        name="realizedPnl"
    )
    """
    Since the position opened, net of fees and funding
    """
    create_time: int = field(name="createTime")
    update_time: int = field(name="updateTime")
    notional: Decimal | UnsetType = UNSET
    maint_margin: Decimal | UnsetType = field(name="maintMargin", default=UNSET)
    liquidation_price: Annotated[Decimal, Meta(description="0 when there is none")] | UnsetType = field(
        name="liquidationPrice", default=UNSET
    )
    """
    0 when there is none
    """


class PositionHistory(Checked, kw_only=True):
    """
    A closed position.
    """

    position_id: int = field(name="positionId")
    symbol: str
    side: Known["LONG", "SHORT"]
    margin_mode: MarginMode = field(name="marginMode")
    entry_price: Decimal = field(name="entryPrice")
    close_price: Annotated[Decimal, Meta(description="Average close price")] = field(name="closePrice")
    """
    Average close price
    """
    max_quantity: Annotated[Decimal, Meta(description="The largest size it reached")] = field(name="maxQuantity")
    """
    The largest size it reached
    """
    realized_pnl: Annotated[Decimal, Meta(description="PnL from prices alone")] = field(name="realizedPnl")
    """
    PnL from prices alone
    """
    open_time: int = field(name="openTime")
    close_time: int = field(name="closeTime")
    leverage: int | UnsetType = UNSET
    fee: Annotated[Decimal, Meta(description="Trading fees (negative: paid)")] | UnsetType = UNSET
    """
    Trading fees (negative: paid)
    """
    funding_fee: Annotated[Decimal, Meta(description="Funding (negative: paid)")] | UnsetType = field(
        name="fundingFee", default=UNSET
    )
    """
    Funding (negative: paid)
    """
    close_type: (
        Annotated[Known["MANUAL", "CONDITION", "LIQUIDATION", "ADL"], Meta(description="What closed it")] | UnsetType
    ) = field(name="closeType", default=UNSET)
    """
    What closed it
    """
    close_records: list[CloseRecord] | UnsetType = field(name="closeRecords", default=UNSET)


class PositionSettings(Struct, kw_only=True):
    symbol: str
    margin_mode: MarginMode = field(name="marginMode")
    leverage: int
    max_leverage: int | UnsetType = field(name="maxLeverage", default=UNSET)


class ServerTime(Struct, kw_only=True):
    server_time: int = field(name="serverTime")


class Session(Checked, kw_only=True):
    """
    A login session's access token (its refresh token is in the refreshToken cookie).
    """

    access_token: Annotated[str, Meta(description='The JWT, sent as "Authorization: Bearer <accessToken>"')] = field(
        name="accessToken"
    )
    """
    The JWT, sent as "Authorization: Bearer <accessToken>"
    """
    token_type: Known["Bearer"] = field(name="tokenType")
    expires_in: Annotated[int, Meta(description="Seconds until the access token expires")] = field(name="expiresIn")
    """
    Seconds until the access token expires
    """
    user_id: Annotated[str, Meta(description="The user logged in")] | UnsetType = field(name="userId", default=UNSET)
    """
    The user logged in
    """


StrategyType: TypeAlias = Literal["OTO", "OCO", "OTOCO"]


class SymbolConfig(Checked, kw_only=True):
    """
    One perpetual symbol and its trading rules.
    """

    symbol: str
    base_asset: str = field(name="baseAsset")
    quote_asset: str = field(name="quoteAsset")
    margin_asset: str = field(name="marginAsset")
    contract_type: Known["PERPETUAL"] = field(name="contractType")
    status: Known["TRADING", "PENDING_TRADING", "HALT", "DELISTED"]
    price_precision: Annotated[int, Meta(description="Decimal places of prices")] = field(name="pricePrecision")
    """
    Decimal places of prices
    """
    quantity_precision: Annotated[int, Meta(description="Decimal places of quantities")] = field(
        name="quantityPrecision"
    )
    """
    Decimal places of quantities
    """
    tick_size: Annotated[Decimal, Meta(description="Prices are multiples of it")] = field(name="tickSize")
    """
    Prices are multiples of it
    """
    step_size: Annotated[Decimal, Meta(description="Quantities are multiples of it")] = field(name="stepSize")
    """
    Quantities are multiples of it
    """
    min_qty: Decimal = field(name="minQty")
    max_qty: Decimal = field(name="maxQty")
    min_notional: Annotated[Decimal, Meta(description="Smallest price x quantity of an order")] = field(
        name="minNotional"
    )
    """
    Smallest price x quantity of an order
    """
    max_leverage: int = field(name="maxLeverage")
    maker_fee_rate: Annotated[Decimal, Meta(description="Tier-0 maker fee rate")] = field(name="makerFeeRate")
    """
    Tier-0 maker fee rate
    """
    taker_fee_rate: Annotated[Decimal, Meta(description="Tier-0 taker fee rate")] = field(name="takerFeeRate")
    """
    Tier-0 taker fee rate
    """
    default_leverage: Annotated[int, Meta(description="Leverage until the account chooses its own")] | UnsetType = (
        field(name="defaultLeverage", default=UNSET)
    )
    """
    Leverage until the account chooses its own
    """
    maint_margin_rate: Annotated[Decimal, Meta(description="Maintenance margin rate of the first tier")] | UnsetType = (
        field(name="maintMarginRate", default=UNSET)
    )
    """
    Maintenance margin rate of the first tier
    """
    order_types: list[Known["LIMIT", "MARKET"]] | UnsetType = field(name="orderTypes", default=UNSET)
    time_in_force: list[Known["GTC", "IOC", "FOK", "POST_ONLY"]] | UnsetType = field(name="timeInForce", default=UNSET)
    list_time: int | UnsetType = field(name="listTime", default=UNSET)


class SymbolsInfo(Struct, kw_only=True):
    symbols: list[SymbolConfig]
    fee_tiers: list[FeeTier] = field(name="feeTiers")


TimeInForce: TypeAlias = Literal["GTC", "IOC", "FOK", "POST_ONLY"]


class Trade(Struct, kw_only=True):
    """
    One fill of the account's order.
    """

    trade_id: int = field(name="tradeId")
    order_id: int = field(name="orderId")
    symbol: str
    side: OrderSide
    price: Decimal
    qty: Decimal
    fee: Decimal
    fee_asset: str = field(name="feeAsset")
    maker: bool
    time: int
    client_order_id: str | UnsetType = field(name="clientOrderId", default=UNSET)
    quote_qty: Decimal | UnsetType = field(name="quoteQty", default=UNSET)
    realized_pnl: Decimal | UnsetType = field(name="realizedPnl", default=UNSET)


class TradeTrendPoint(Struct, kw_only=True):
    """
    One day of the trade overview's trend.
    """

    time: Annotated[int, Meta(description="Start of the day (UTC)")]
    """
    Start of the day (UTC)
    """
    pnl: Decimal
    cumulative_pnl: Decimal = field(name="cumulativePnl")
    volume: Decimal | UnsetType = UNSET
    equity: Decimal | UnsetType = UNSET


TriggerPriceType: TypeAlias = Literal["MARK_PRICE", "LAST_PRICE", "INDEX_PRICE"]


class UserInfo(Struct, kw_only=True):
    user_id: str = field(name="userId")
    username: str
    fee_tier: Annotated[int, Meta(description="The fee tier (FeeTier.tier) of the user")] = field(name="feeTier")
    """
    The fee tier (FeeTier.tier) of the user
    """
    maker_fee_rate: Decimal = field(name="makerFeeRate")
    taker_fee_rate: Decimal = field(name="takerFeeRate")
    can_trade: bool = field(name="canTrade")
    nickname: str | UnsetType = UNSET
    email: Annotated[str, Meta(description="Masked e-mail address")] | UnsetType = UNSET
    """
    Masked e-mail address
    """
    create_time: int | UnsetType = field(name="createTime", default=UNSET)


class VersionInfo(Struct, kw_only=True):
    """
    Version of the running service.
    """

    version: Annotated[str, Meta(description="Service version")]
    """
    Service version
    """
    build_time: Annotated[int, Meta(description="When it was built")] | UnsetType = field(
        name="buildTime", default=UNSET
    )
    """
    When it was built
    """
    commit: Annotated[str, Meta(description="Source commit it was built from")] | UnsetType = UNSET
    """
    Source commit it was built from
    """


class VolumeStats(Struct, kw_only=True):
    days: Annotated[int, Meta(description="Length of the window in days (30)")]
    """
    Length of the window in days (30)
    """
    volume: Annotated[Decimal, Meta(description="Quote-asset volume")]
    """
    Quote-asset volume
    """
    fee: Annotated[Decimal, Meta(description="Fees paid")]
    """
    Fees paid
    """
    fee_tier: int = field(name="feeTier")
    maker_volume: Decimal | UnsetType = field(name="makerVolume", default=UNSET)
    taker_volume: Decimal | UnsetType = field(name="takerVolume", default=UNSET)
    maker_fee: Decimal | UnsetType = field(name="makerFee", default=UNSET)
    taker_fee: Decimal | UnsetType = field(name="takerFee", default=UNSET)
    maker_fee_rate: Decimal | UnsetType = field(name="makerFeeRate", default=UNSET)
    taker_fee_rate: Decimal | UnsetType = field(name="takerFeeRate", default=UNSET)
    daily: list[DailyVolume] | UnsetType = UNSET


class WsBalanceUpdate(Checked, kw_only=True):
    event: Known["BALANCE_UPDATE"]
    time: int
    data: AssetBalance


class WsListenKeyExpired(Checked, kw_only=True):
    event: Known["LISTEN_KEY_EXPIRED"]
    time: int
    data: ListenKey


class WsPositionUpdate(Checked, kw_only=True):
    event: Known["POSITION_UPDATE"]
    time: int
    data: Position


class AccountChangeLog(Struct, kw_only=True):
    id: int
    type: AccountChangeType
    asset: str
    amount: Annotated[Decimal, Meta(description="Signed change (negative when the balance fell)")]
    """
    Signed change (negative when the balance fell)
    """
    time: int
    balance: Annotated[Decimal, Meta(description="Wallet balance after the change")] | UnsetType = UNSET
    """
    Wallet balance after the change
    """
    symbol: str | UnsetType = UNSET
    order_id: int | UnsetType = field(name="orderId", default=UNSET)
    trade_id: int | UnsetType = field(name="tradeId", default=UNSET)
    remark: str | UnsetType = UNSET


class ApiKeyCreated(Struct, kw_only=True):
    """
    A new API key with its secret (shown this once).
    """

    api_key: str = field(name="apiKey")
    api_secret: Annotated[str, Meta(description="The HMAC secret; answered only by create_api_key")] = field(
        name="apiSecret"
    )
    """
    The HMAC secret; answered only by create_api_key
    """
    label: str
    permissions: list[ApiKeyPermission]
    ip_whitelist: list[str] = field(name="ipWhitelist")
    status: ApiKeyStatus
    create_time: int = field(name="createTime")
    expire_time: int | UnsetType = field(name="expireTime", default=UNSET)


class ApiKeyInfo(Struct, kw_only=True):
    """
    An API key as listed (never with its secret).
    """

    api_key: str = field(name="apiKey")
    label: str
    permissions: list[ApiKeyPermission]
    ip_whitelist: Annotated[list[str], Meta(description="Empty: any IP")] = field(name="ipWhitelist")
    """
    Empty: any IP
    """
    status: ApiKeyStatus
    create_time: int = field(name="createTime")
    update_time: int | UnsetType = field(name="updateTime", default=UNSET)
    expire_time: Annotated[int, Meta(description="When a key bound to no IP expires")] | UnsetType = field(
        name="expireTime", default=UNSET
    )
    """
    When a key bound to no IP expires
    """


class ConditionOrder(Struct, kw_only=True):
    """
    A condition order (untriggered, or what became of it).
    """

    condition_order_id: int = field(name="conditionOrderId")
    symbol: str
    side: OrderSide
    type: ConditionOrderType
    trigger_price_type: TriggerPriceType = field(name="triggerPriceType")
    reduce_only: bool = field(name="reduceOnly")
    close_position: bool = field(name="closePosition")
    status: ConditionOrderStatus
    create_time: int = field(name="createTime")
    update_time: int = field(name="updateTime")
    client_order_id: str | UnsetType = field(name="clientOrderId", default=UNSET)
    quantity: Annotated[Decimal, Meta(description="Absent with closePosition")] | UnsetType = UNSET
    """
    Absent with closePosition
    """
    price: (
        Annotated[Decimal, Meta(description="Limit price of the order it places (STOP, TAKE_PROFIT)")] | UnsetType
    ) = UNSET
    """
    Limit price of the order it places (STOP, TAKE_PROFIT)
    """
    trigger_price: Decimal | UnsetType = field(name="triggerPrice", default=UNSET)
    activation_price: Decimal | UnsetType = field(name="activationPrice", default=UNSET)
    callback_rate: Decimal | UnsetType = field(name="callbackRate", default=UNSET)
    time_in_force: TimeInForce | UnsetType = field(name="timeInForce", default=UNSET)
    order_id: Annotated[int, Meta(description="The normal order it placed when triggered")] | UnsetType = field(
        name="orderId", default=UNSET
    )
    """
    The normal order it placed when triggered
    """
    trigger_time: int | UnsetType = field(name="triggerTime", default=UNSET)
    strategy_id: int | UnsetType = field(name="strategyId", default=UNSET)


class Order(Struct, kw_only=True):
    """
    A normal order.
    """

    order_id: int = field(name="orderId")
    symbol: str
    side: OrderSide
    type: OrderType
    time_in_force: TimeInForce = field(name="timeInForce")
    orig_qty: Annotated[Decimal, Meta(description="Quantity ordered")] = field(name="origQty")
    """
    Quantity ordered
    """
    executed_qty: Annotated[Decimal, Meta(description="Quantity filled")] = field(name="executedQty")
    """
    Quantity filled
    """
    status: OrderStatus
    reduce_only: bool = field(name="reduceOnly")
    create_time: int = field(name="createTime")
    update_time: int = field(name="updateTime")
    client_order_id: str | UnsetType = field(name="clientOrderId", default=UNSET)
    price: Annotated[Decimal, Meta(description="Limit price (0 for a market order)")] | UnsetType = UNSET
    """
    Limit price (0 for a market order)
    """
    avg_price: Annotated[Decimal, Meta(description="Average fill price (0 before a fill)")] | UnsetType = field(
        name="avgPrice", default=UNSET
    )
    """
    Average fill price (0 before a fill)
    """
    cum_quote: Annotated[Decimal, Meta(description="Filled value (quote asset)")] | UnsetType = field(
        name="cumQuote", default=UNSET
    )
    """
    Filled value (quote asset)
    """
    fee: Annotated[Decimal, Meta(description="Fees paid so far")] | UnsetType = UNSET
    """
    Fees paid so far
    """
    fee_asset: str | UnsetType = field(name="feeAsset", default=UNSET)
    realized_pnl: Annotated[Decimal, Meta(description="PnL realised by its reducing fills")] | UnsetType = field(
        name="realizedPnl", default=UNSET
    )
    """
    PnL realised by its reducing fills
    """
    condition_order_id: Annotated[int, Meta(description="The condition order that placed it")] | UnsetType = field(
        name="conditionOrderId", default=UNSET
    )
    """
    The condition order that placed it
    """
    strategy_id: Annotated[int, Meta(description="The strategy order it is a leg of")] | UnsetType = field(
        name="strategyId", default=UNSET
    )
    """
    The strategy order it is a leg of
    """


class PlaceOrderRequest(Struct, kw_only=True):
    """
    One order of batch_place_orders (the fields of place_order).
    """

    symbol: str
    side: OrderSide
    type: OrderType
    quantity: Decimal
    price: Decimal | UnsetType = UNSET
    time_in_force: TimeInForce | UnsetType = field(name="timeInForce", default=UNSET)
    reduce_only: bool | UnsetType = field(name="reduceOnly", default=UNSET)
    client_order_id: Annotated[str, Meta(pattern="^[A-Za-z0-9._:/-]{1,36}$")] | UnsetType = field(
        name="clientOrderId", default=UNSET
    )


class StrategyLeg(Checked, kw_only=True):
    """
    One leg of a strategy order and its state.
    """

    role: Known["WORKING", "PENDING", "PENDING_ABOVE", "PENDING_BELOW"]
    type: Known["LIMIT", "MARKET", "STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET"]
    side: OrderSide
    quantity: Decimal
    status: Annotated[
        Known["PENDING_NEW", "NEW", "TRIGGERED", "PARTIALLY_FILLED", "FILLED", "CANCELED", "REJECTED", "EXPIRED"],
        Meta(description="PENDING_NEW: waiting for the working order to fill"),
    ]
    """
    PENDING_NEW: waiting for the working order to fill
    """
    order_id: (
        Annotated[int, Meta(description="The normal order (LIMIT, MARKET legs; condition legs once triggered)")]
        | UnsetType
    ) = field(name="orderId", default=UNSET)
    """
    The normal order (LIMIT, MARKET legs; condition legs once triggered)
    """
    condition_order_id: (
        Annotated[int, Meta(description="The condition order (STOP and TAKE_PROFIT legs)")] | UnsetType
    ) = field(name="conditionOrderId", default=UNSET)
    """
    The condition order (STOP and TAKE_PROFIT legs)
    """
    client_order_id: str | UnsetType = field(name="clientOrderId", default=UNSET)
    price: Decimal | UnsetType = UNSET
    trigger_price: Decimal | UnsetType = field(name="triggerPrice", default=UNSET)
    trigger_price_type: TriggerPriceType | UnsetType = field(name="triggerPriceType", default=UNSET)
    time_in_force: TimeInForce | UnsetType = field(name="timeInForce", default=UNSET)


class StrategyLegRequest(Struct, kw_only=True):
    """
    One leg of a strategy order.
    """

    type: Literal["LIMIT", "MARKET", "STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET"]
    side: OrderSide
    quantity: Decimal
    price: Decimal | UnsetType = UNSET
    trigger_price: Decimal | UnsetType = field(name="triggerPrice", default=UNSET)
    trigger_price_type: TriggerPriceType | UnsetType = field(name="triggerPriceType", default=UNSET)
    time_in_force: TimeInForce | UnsetType = field(name="timeInForce", default=UNSET)
    client_order_id: Annotated[str, Meta(pattern="^[A-Za-z0-9._:/-]{1,36}$")] | UnsetType = field(
        name="clientOrderId", default=UNSET
    )


class StrategyOrder(Checked, kw_only=True):
    strategy_id: int = field(name="strategyId")
    strategy_type: StrategyType = field(name="strategyType")
    symbol: str
    status: Annotated[
        Known["EXECUTING", "ALL_DONE", "REJECTED"],
        Meta(description="ALL_DONE once every leg is filled, cancelled or expired"),
    ]
    """
    ALL_DONE once every leg is filled, cancelled or expired
    """
    legs: list[StrategyLeg]
    create_time: int = field(name="createTime")
    update_time: int = field(name="updateTime")
    client_strategy_id: str | UnsetType = field(name="clientStrategyId", default=UNSET)


class TradeOverview(Checked, kw_only=True):
    period: Known["7D", "30D", "90D"]
    pnl: Annotated[Decimal, Meta(description="realizedPnl + fundingFee + fee")]
    """
    realizedPnl + fundingFee + fee
    """
    volume: Decimal
    trend: list[TradeTrendPoint]
    realized_pnl: Decimal | UnsetType = field(name="realizedPnl", default=UNSET)
    funding_fee: Decimal | UnsetType = field(name="fundingFee", default=UNSET)
    fee: Annotated[Decimal, Meta(description="Trading fees (negative when paid)")] | UnsetType = UNSET
    """
    Trading fees (negative when paid)
    """
    trade_count: int | UnsetType = field(name="tradeCount", default=UNSET)
    win_rate: Annotated[Decimal, Meta(description="Share of closed positions with a positive PnL")] | UnsetType = field(
        name="winRate", default=UNSET
    )
    """
    Share of closed positions with a positive PnL
    """


class WsAccountChange(Checked, kw_only=True):
    event: Known["ACCOUNT_CHANGE"]
    time: int
    data: AccountChangeLog


class WsConditionOrderUpdate(Checked, kw_only=True):
    event: Known["CONDITION_ORDER_UPDATE"]
    time: int
    data: ConditionOrder


class WsOrderChange(Checked, kw_only=True):
    """
    What happened to an order, and the order as it is now (an ORDER_UPDATE's data).
    """

    exec_type: Annotated[
        Known["NEW", "TRADE", "AMENDMENT", "CANCELED", "EXPIRED", "REJECTED"],
        Meta(description="What happened to the order"),
    ] = field(name="execType")
    """
    What happened to the order
    """
    order: Order
    fill: Annotated[Trade, Meta(description="execType TRADE: the fill")] | UnsetType = UNSET
    """
    execType TRADE: the fill
    """


class WsOrderUpdate(Checked, kw_only=True):
    event: Known["ORDER_UPDATE"]
    time: int
    data: WsOrderChange


class BatchOrderResult(Struct, kw_only=True):
    """
    The outcome of one item of a batch; data holds the order when code is 0.
    """

    code: int
    msg: str
    data: Order | UnsetType = UNSET
