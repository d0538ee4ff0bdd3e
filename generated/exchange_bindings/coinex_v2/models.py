"""Structs of the CoinEx v2 API, generated from spec/coinex_v2; do not edit."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, TypeAlias

from msgspec import UNSET, Meta, Struct, UnsetType

from exchange_bindings.runtime.known import Checked
from exchange_bindings.runtime.known import Literal as Known


class AccountFuturesMarketSettings(Checked, kw_only=True):
    """
    Futures market settings of the account.
    """

    settle_switch: Annotated[Known[1, 2], Meta(description="1 = auto-settlement on, 2 = off")]
    """
    1 = auto-settlement on, 2 = off
    """


class AccountSubAccount(Checked, kw_only=True):
    """
    A sub-account.
    """

    sub_user_name: str
    is_frozen: bool
    is_authorized: bool
    permissions: list[Known["FUTURES", "MARGIN", "AMM", "API"]]
    balance_usd: Annotated[Decimal, Meta(description="Market value of the sub-account's assets (USD)")]
    """
    Market value of the sub-account's assets (USD)
    """


class AccountSubApiKey(Struct, kw_only=True):
    """
    An API key of a sub-account.
    """

    api_id: int
    created_at: int
    access_id: str
    ip_whitelist: list[str]
    trade_enabled: bool
    withdraw_enabled: bool
    is_expired: Annotated[bool, Meta(description="Keys with an IP whitelist never expire; others after three months")]
    """
    Keys with an IP whitelist never expire; others after three months
    """
    expires_at: Annotated[int, Meta(description="Expiry time; 0 = never")]
    """
    Expiry time; 0 = never
    """
    remark: str
    secret_key: str | UnsetType = UNSET


class AccountSubBalance(Struct, kw_only=True):
    """
    A balance returned by the undocumented GET /account/subs/balance (assumed to be like the sub-account spot balance; other fields are kept).
    """

    ccy: str
    available: Decimal
    frozen: Decimal


class AccountSubInfo(Checked, kw_only=True):
    """
    Type of the calling account.
    """

    user_type: Known["NORMAL", "SUB_ACCOUNT"]
    sub_user_name: Annotated[str, Meta(description="Sub-account username; null for an ordinary user")] | None
    """
    Sub-account username; null for an ordinary user
    """


class AccountSubTransfer(Checked, kw_only=True):
    """
    A transfer between the main account and a sub-account, or between sub-accounts.
    """

    id: int
    created_at: int
    from_account_type: Known["SPOT", "FUTURES"]
    to_account_type: Known["SPOT", "FUTURES"]
    ccy: str
    amount: Decimal
    status: Known["created", "deducted", "failed", "finished"]
    from_user_name: (
        Annotated[str, Meta(description="Source sub-account (empty or absent for the main account)")] | UnsetType
    ) = UNSET
    """
    Source sub-account (empty or absent for the main account)
    """
    to_user_name: (
        Annotated[str, Meta(description="Destination sub-account (empty or absent for the main account)")] | UnsetType
    ) = UNSET
    """
    Destination sub-account (empty or absent for the main account)
    """


class AccountTradeFeeRate(Struct, kw_only=True):
    """
    The account's fee rates in one market.
    """

    market: str
    maker_rate: Decimal
    taker_rate: Decimal


class AssetAmmIncome(Struct, kw_only=True):
    """
    One AMM income settlement.
    """

    created_at: Annotated[int, Meta(description="Settlement time")]
    """
    Settlement time
    """
    market: str
    base_ccy: str
    quote_ccy: str
    base_ccy_amount: Decimal
    quote_ccy_amount: Decimal
    liquidity: Annotated[Decimal, Meta(description="Value of the account's liquidity")]
    """
    Value of the account's liquidity
    """
    liquidity_proportion: Decimal
    fee_dividend: Annotated[Decimal, Meta(description="Fee dividend")]
    """
    Fee dividend
    """


class AssetAmmLiquidity(Struct, kw_only=True):
    """
    The account's liquidity in one AMM market.
    """

    market: str
    base_ccy: str
    quote_ccy: str
    base_ccy_amount: Decimal
    quote_ccy_amount: Decimal
    liquidity_proportion: Annotated[Decimal, Meta(description="Share of the pool")]
    """
    Share of the pool
    """


class AssetAmmLiquidityChange(Struct, kw_only=True):
    """
    The account's AMM holdings in a market after adding or removing liquidity.
    """

    market: str
    base_ccy_amount: Annotated[Decimal, Meta(description="Base amount in the AMM account")]
    """
    Base amount in the AMM account
    """
    quote_ccy_amount: Annotated[Decimal, Meta(description="Quote amount in the AMM account")]
    """
    Quote amount in the AMM account
    """
    liquidity_proportion: Annotated[Decimal, Meta(description="Share of the pool")]
    """
    Share of the pool
    """


class AssetAmmPool(Checked, kw_only=True):
    """
    One AMM market's pool.
    """

    market: str
    type: Annotated[Known["infinite", "finite"], Meta(description="AMM type (infinite or finite interval)")]
    """
    AMM type (infinite or finite interval)
    """
    base_ccy: str
    quote_ccy: str
    base_ccy_amount: Decimal
    quote_ccy_amount: Decimal
    total_liquidity: Annotated[Decimal, Meta(description="Total liquidity value")]
    """
    Total liquidity value
    """
    apy_1day: Decimal
    apy_7day: Decimal
    value_7day: Annotated[Decimal, Meta(description="7-day volume")]
    """
    7-day volume
    """
    fee_dividend_7day: Decimal


class AssetBalance(Struct, kw_only=True):
    """
    Balance of one asset in the spot or financial account (also a sub-account's spot balance).
    """

    ccy: Annotated[str, Meta(description="Asset")]
    """
    Asset
    """
    available: Annotated[Decimal, Meta(description="Available balance")]
    """
    Available balance
    """
    frozen: Annotated[Decimal, Meta(description="Frozen balance: held by open orders and other freezes")]
    """
    Frozen balance: held by open orders and other freezes
    """


class AssetBorrow(Checked, kw_only=True):
    """
    A margin loan.
    """

    borrow_id: int
    market: str
    ccy: str
    daily_interest_rate: Decimal
    expired_at: int
    borrow_amount: Decimal
    to_repaid_amount: Annotated[Decimal, Meta(description="Amount still to repay")]
    """
    Amount still to repay
    """
    status: Known["loan", "debt", "liquidated", "finish"]
    created_at: int | UnsetType = UNSET
    is_auto_renew: bool | UnsetType = UNSET


class AssetBorrowLimit(Struct, kw_only=True):
    """
    Borrowing rate and limits of an asset in a margin market.
    """

    market: str
    ccy: str
    daily_interest_rate: Decimal
    leverage: Annotated[int | str, Meta(description="Maximum leverage")]
    """
    Maximum leverage
    """
    min_amount: Decimal
    max_amount: Decimal


class AssetChainConfig(Struct, kw_only=True):
    """
    Deposit/withdraw configuration of an asset on one chain.
    """

    chain: Annotated[str, Meta(description="Chain name (the chain parameter of deposits and withdrawals)")]
    """
    Chain name (the chain parameter of deposits and withdrawals)
    """
    min_deposit_amount: Decimal
    min_withdraw_amount: Decimal
    deposit_enabled: bool
    withdraw_enabled: bool
    withdrawal_fee: Decimal
    withdrawal_precision: Annotated[int, Meta(description="Most decimals a withdrawal amount may have")]
    """
    Most decimals a withdrawal amount may have
    """
    deposit_delay_minutes: int | UnsetType = UNSET
    safe_confirmations: int | UnsetType = UNSET
    irreversible_confirmations: int | UnsetType = UNSET
    deflation_rate: Decimal | UnsetType = UNSET
    memo: Annotated[str, Meta(description="Memo name/hint; empty when not needed")] | UnsetType = UNSET
    """
    Memo name/hint; empty when not needed
    """
    is_memo_required_for_deposit: bool | UnsetType = UNSET
    explorer_asset_url: str | UnsetType = UNSET


class AssetCoinChain(Struct, kw_only=True):
    """
    A coin on one public chain.
    """

    chain_name: str
    identity: Annotated[str, Meta(description="The coin's identity on the chain, usually the contract address")]
    """
    The coin's identity on the chain, usually the contract address
    """
    explorer_url: str


class AssetCoinInfo(Struct, kw_only=True):
    """
    Descriptive information of a coin.
    """

    short_name: Annotated[str, Meta(description="Ticker")]
    """
    Ticker
    """
    full_name: str
    website_url: str
    white_paper_url: str
    chain_info: list[AssetCoinChain]


class AssetCreditInfo(Struct, kw_only=True):
    """
    Credit account summary.
    """

    equity: Annotated[Decimal, Meta(description="Account equity")]
    """
    Account equity
    """
    repaid: Annotated[Decimal, Meta(description="Market value still to repay")]
    """
    Market value still to repay
    """
    risk_rate: Annotated[str, Meta(description="Current risk rate; may be an empty string")]
    """
    Current risk rate; may be an empty string
    """
    withdrawal_risk: Annotated[Decimal, Meta(description="Withdrawal risk rate")]
    """
    Withdrawal risk rate
    """
    withdrawal_value: Annotated[Decimal, Meta(description="Market value that can be withdrawn")]
    """
    Market value that can be withdrawn
    """


class AssetDeposit(Checked, kw_only=True):
    """
    One deposit.
    """

    deposit_id: int
    created_at: int
    tx_id: Annotated[str, Meta(description="Transaction hash (empty for inter_user)")]
    """
    Transaction hash (empty for inter_user)
    """
    ccy: str
    chain: str
    deposit_method: Known["on_chain", "inter_user"]
    amount: Decimal
    actual_amount: Decimal
    to_address: Annotated[str, Meta(description="Deposit address, or the sender's e-mail for inter_user")]
    """
    Deposit address, or the sender's e-mail for inter_user
    """
    confirmations: int
    status: Known["processing", "confirming", "cancelled", "finished", "too_small", "exception"]
    tx_explorer_url: str
    to_addr_explorer_url: str
    remark: str


class AssetDepositAddress(Struct, kw_only=True):
    """
    A deposit address.
    """

    address: str
    memo: Annotated[str, Meta(description="Memo for chains that need one; absent or empty otherwise")] | UnsetType = (
        UNSET
    )
    """
    Memo for chains that need one; absent or empty otherwise
    """


class AssetDepositWithdrawAsset(Struct, kw_only=True):
    """
    Asset-level deposit/withdraw switches. All fields optional: ccxt reports that the all-assets list contains empty structures (items without ccy).
    """

    ccy: str | UnsetType = UNSET
    deposit_enabled: bool | UnsetType = UNSET
    withdraw_enabled: bool | UnsetType = UNSET
    inter_transfer_enabled: Annotated[bool, Meta(description="Internal (inter-user) transfers enabled")] | UnsetType = (
        UNSET
    )
    """
    Internal (inter-user) transfers enabled
    """
    is_st: Annotated[bool, Meta(description="Special-treatment (risk-warned) asset")] | UnsetType = UNSET
    """
    Special-treatment (risk-warned) asset
    """


class AssetDepositWithdrawConfig(Struct, kw_only=True):
    """
    Deposit/withdraw configuration of one asset.
    """

    asset: AssetDepositWithdrawAsset
    chains: list[AssetChainConfig]


class AssetFuturesBalance(Struct, kw_only=True):
    """
    Balance of one asset in the futures account.
    """

    ccy: Annotated[str, Meta(description="Asset")]
    """
    Asset
    """
    available: Annotated[Decimal, Meta(description="Balance available (account balance - frozen margin)")]
    """
    Balance available (account balance - frozen margin)
    """
    frozen: Annotated[Decimal, Meta(description="Frozen initial margin and fees of orders not yet executed")]
    """
    Frozen initial margin and fees of orders not yet executed
    """
    margin: Annotated[Decimal, Meta(description="Position margin")]
    """
    Position margin
    """
    transferrable: Annotated[Decimal, Meta(description="Balance that can be transferred out")]
    """
    Balance that can be transferred out
    """
    unrealized_pnl: Annotated[Decimal, Meta(description="Unrealized PNL of open positions")]
    """
    Unrealized PNL of open positions
    """
    equity: Annotated[Decimal, Meta(description="Account equity")] | UnsetType = UNSET
    """
    Account equity
    """


class AssetMarginPair(Struct, kw_only=True):
    """
    An amount of a margin market's base and quote assets.
    """

    base_ccy: Annotated[Decimal, Meta(description="Amount of the base asset")]
    """
    Amount of the base asset
    """
    quote_ccy: Annotated[Decimal, Meta(description="Amount of the quote asset")]
    """
    Amount of the quote asset
    """


class AssetSpotTransaction(Checked, kw_only=True):
    """
    One balance change of the spot account.
    """

    created_at: int
    ccy: str
    type: Annotated[
        Known["deposit", "withdraw", "trade", "maker_cash_back", "investment_interest", "exchange_order_transfer"],
        Meta(description="Transaction type"),
    ]
    """
    Transaction type
    """
    balance: Annotated[Decimal, Meta(description="Balance after the change")]
    """
    Balance after the change
    """
    change: Annotated[Decimal, Meta(description="Signed change")]
    """
    Signed change
    """


class AssetTransfer(Checked, kw_only=True):
    """
    One transfer between the account's own spot, margin and futures accounts.
    """

    margin_market: Annotated[str, Meta(description="Margin market; empty when no margin account is involved")]
    """
    Margin market; empty when no margin account is involved
    """
    created_at: int
    from_account_type: Known["SPOT", "MARGIN", "FUTURES"]
    to_account_type: Known["SPOT", "MARGIN", "FUTURES"]
    ccy: str
    amount: Decimal
    status: Known["created", "deducted", "failed", "finished"]
    id: int | UnsetType = UNSET


class AssetWithdrawal(Checked, kw_only=True):
    """
    One withdrawal.
    """

    withdraw_id: int
    created_at: int
    ccy: str
    chain: str
    withdraw_method: Known["on_chain", "inter_user"]
    memo: str
    amount: Decimal
    actual_amount: Decimal
    tx_fee: Decimal
    tx_id: str
    to_address: str
    confirmations: int
    explorer_address_url: str
    explorer_tx_url: str
    status: Known[
        "created",
        "audit_required",
        "audited",
        "processing",
        "confirming",
        "finished",
        "cancelled",
        "cancellation_failed",
        "failed",
    ]
    remark: str
    fee_ccy: Annotated[str, Meta(description="Asset the fee was charged in")] | UnsetType = UNSET
    """
    Asset the fee was charged in
    """


class CoinexWsBbo(Struct, kw_only=True):
    """
    Best bid and ask of one market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    updated_at: Annotated[int, Meta(description="Timestamp (ms)")]
    """
    Timestamp (ms)
    """
    best_bid_price: Annotated[Decimal, Meta(description="Best bid price")]
    """
    Best bid price
    """
    best_bid_size: Annotated[Decimal, Meta(description="Best bid size")]
    """
    Best bid size
    """
    best_ask_price: Annotated[Decimal, Meta(description="Best ask price")]
    """
    Best ask price
    """
    best_ask_size: Annotated[Decimal, Meta(description="Best ask size")]
    """
    Best ask size
    """


class CoinexWsBboMessage(Checked, kw_only=True):
    """
    A best bid and offer push.
    """

    method: Known["bbo.update"]
    data: CoinexWsBbo
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class CoinexWsDeal(Checked, kw_only=True):
    """
    One public trade.
    """

    deal_id: Annotated[int, Meta(description="Deal id")]
    """
    Deal id
    """
    created_at: Annotated[int, Meta(description="Trade time (ms)")]
    """
    Trade time (ms)
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Taker side")]
    """
    Taker side
    """
    price: Annotated[Decimal, Meta(description="Filled price")]
    """
    Filled price
    """
    amount: Annotated[Decimal, Meta(description="Executed amount")]
    """
    Executed amount
    """


class CoinexWsDeals(Struct, kw_only=True):
    """
    The latest trades of one market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    deal_list: Annotated[list[CoinexWsDeal], Meta(description="Latest trades")]
    """
    Latest trades
    """


class CoinexWsDealsMessage(Checked, kw_only=True):
    """
    A public trades push.
    """

    method: Known["deals.update"]
    data: CoinexWsDeals
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


Ask: TypeAlias = tuple[Decimal, Decimal]


Bid: TypeAlias = tuple[Decimal, Decimal]


class CoinexWsDepthBook(Struct, kw_only=True):
    """
    Price levels, latest price, time and checksum.
    """

    asks: Annotated[
        list[Ask],
        Meta(description='Sell side: [price, size] levels; in incremental pushes a size of "0" deletes the level'),
    ]
    """
    Sell side: [price, size] levels; in incremental pushes a size of "0" deletes the level
    """
    bids: Annotated[
        list[Bid],
        Meta(description='Buy side: [price, size] levels; in incremental pushes a size of "0" deletes the level'),
    ]
    """
    Buy side: [price, size] levels; in incremental pushes a size of "0" deletes the level
    """
    last: Annotated[Decimal, Meta(description="Latest price")]
    """
    Latest price
    """
    updated_at: Annotated[int, Meta(description="Timestamp (ms)")]
    """
    Timestamp (ms)
    """
    checksum: Annotated[int, Meta(description="CRC32 of the full book (compare modulo 2^32)")]
    """
    CRC32 of the full book (compare modulo 2^32)
    """


class CoinexWsNoticeInfo(Struct, kw_only=True):
    """
    A system maintenance notice.
    """

    start_time: Annotated[int, Meta(description="Maintenance start time (ms)")]
    """
    Maintenance start time (ms)
    """
    end_time: Annotated[int, Meta(description="Maintenance end time (ms)")]
    """
    Maintenance end time (ms)
    """
    scope: Annotated[list[str], Meta(description="Affected scope (FUTURES, SPOT, ALL_SITE)")]
    """
    Affected scope (FUTURES, SPOT, ALL_SITE)
    """
    protect_duration_start: (
        Annotated[int, Meta(description="Protection period start (ms); only Maker Only orders and cancellations then")]
        | UnsetType
    ) = UNSET
    """
    Protection period start (ms); only Maker Only orders and cancellations then
    """
    protect_duration_end: Annotated[int, Meta(description="Protection period end (ms)")] | UnsetType = UNSET
    """
    Protection period end (ms)
    """


class CoinexWsPingParams(Struct, kw_only=True):
    """
    The params of server.ping (an empty object).
    """


class CoinexWsPong(Checked, kw_only=True):
    """
    The payload of a ping reply.
    """

    result: Annotated[Known["pong"], Meta(description="Always pong")]
    """
    Always pong
    """


class CoinexWsReply(Struct, kw_only=True):
    """
    Reply to a request (sign, subscribe, unsubscribe), and the shape of every failure.
    """

    id: Annotated[int, Meta(description="The request's id")] | None
    """
    The request's id
    """
    code: Annotated[int, Meta(description="0 on success, else an error code (20001.. spot, 30001.. futures)")]
    """
    0 on success, else an error code (20001.. spot, 30001.. futures)
    """
    message: Annotated[str, Meta(description='"OK" on success, else the error (may be empty)')]
    """
    "OK" on success, else the error (may be empty)
    """


class CoinexWsSignParams(Struct, kw_only=True):
    """
    The params of server.sign.
    """

    access_id: Annotated[str, Meta(description="API access id")]
    """
    API access id
    """
    signed_str: Annotated[str, Meta(description="Lower-case hex HMAC-SHA256 of the timestamp with the secret key")]
    """
    Lower-case hex HMAC-SHA256 of the timestamp with the secret key
    """
    timestamp: Annotated[int, Meta(description="Timestamp (ms): the one signed")]
    """
    Timestamp (ms): the one signed
    """


class CoinexWsUserDeal(Checked, kw_only=True):
    """
    One execution of one of the account's orders.
    """

    deal_id: Annotated[int, Meta(description="Deal id")]
    """
    Deal id
    """
    created_at: Annotated[int, Meta(description="Execution time (ms)")]
    """
    Execution time (ms)
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Side of the account's order")]
    """
    Side of the account's order
    """
    order_id: Annotated[int, Meta(description="Order id")]
    """
    Order id
    """
    price: Annotated[Decimal, Meta(description="Filled price")]
    """
    Filled price
    """
    amount: Annotated[Decimal, Meta(description="Filled amount")]
    """
    Filled amount
    """
    client_id: Annotated[str, Meta(description="User-defined id of the order (may be empty)")] | UnsetType = UNSET
    """
    User-defined id of the order (may be empty)
    """
    margin_market: (
        Annotated[str, Meta(description="Margin market; empty or null outside margin trading")] | UnsetType | None
    ) = UNSET
    """
    Margin market; empty or null outside margin trading
    """
    role: Annotated[Known["taker", "maker"], Meta(description="Taker or maker")] | UnsetType = UNSET
    """
    Taker or maker
    """
    fee: Annotated[Decimal, Meta(description="Trading fee charged")] | UnsetType = UNSET
    """
    Trading fee charged
    """
    fee_ccy: Annotated[str, Meta(description="Currency of the fee")] | UnsetType = UNSET
    """
    Currency of the fee
    """


class CoinexWsUserDealsMessage(Checked, kw_only=True):
    """
    An execution push of the account.
    """

    method: Known["user_deals.update"]
    data: CoinexWsUserDeal
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class CommonMaintenance(Checked, kw_only=True):
    """
    A maintenance window, with its optional protection period.
    """

    started_at: int
    ended_at: int
    scope: list[Known["FUTURES", "SPOT", "ALL_SITE"]]
    announce_url: Annotated[str, Meta(description="Announcement link (empty when none)")]
    """
    Announcement link (empty when none)
    """
    announce_enabled: bool
    protect_duration_start: Annotated[int, Meta(description="Start of the protection period; 0 when none")]
    """
    Start of the protection period; 0 when none
    """
    protect_duration_end: Annotated[int, Meta(description="End of the protection period; 0 when none")]
    """
    End of the protection period; 0 when none
    """


class CommonPing(Checked, kw_only=True):
    """
    Reply of the ping endpoint.
    """

    result: Known["pong"]


class FuturesBasisRate(Struct, kw_only=True):
    """
    Basis rate of a futures market at a time.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    created_at: Annotated[int, Meta(description="Data creation time (ms)")]
    """
    Data creation time (ms)
    """
    basis_rate: Annotated[Decimal, Meta(description="Basis rate")]
    """
    Basis rate
    """


class FuturesDepthBook(Struct, kw_only=True):
    """
    Asks and bids as [price, amount] pairs, with the latest price, time and checksum.
    """

    asks: Annotated[
        list[Ask],
        Meta(description="Sell side: [price, amount] levels (an amount of 0 deletes the level in incremental pushes)"),
    ]
    """
    Sell side: [price, amount] levels (an amount of 0 deletes the level in incremental pushes)
    """
    bids: Annotated[
        list[Bid],
        Meta(description="Buy side: [price, amount] levels (an amount of 0 deletes the level in incremental pushes)"),
    ]
    """
    Buy side: [price, amount] levels (an amount of 0 deletes the level in incremental pushes)
    """
    last: Annotated[Decimal, Meta(description="Latest price")]
    """
    Latest price
    """
    updated_at: Annotated[int, Meta(description="Update time (ms)")]
    """
    Update time (ms)
    """
    checksum: Annotated[int, Meta(description="CRC32 of the full depth string (compare modulo 2^32)")]
    """
    CRC32 of the full depth string (compare modulo 2^32)
    """


class FuturesFundingRate(Struct, kw_only=True):
    """
    Current funding rate of a futures market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    mark_price: Annotated[Decimal, Meta(description="Mark price")]
    """
    Mark price
    """
    latest_funding_rate: Annotated[Decimal, Meta(description="Current funding rate (positive: longs pay shorts)")]
    """
    Current funding rate (positive: longs pay shorts)
    """
    next_funding_rate: Annotated[Decimal, Meta(description="Predicted next funding rate")]
    """
    Predicted next funding rate
    """
    max_funding_rate: Annotated[Decimal, Meta(description="Upper limit of the funding rate")]
    """
    Upper limit of the funding rate
    """
    min_funding_rate: Annotated[Decimal, Meta(description="Lower limit of the funding rate")]
    """
    Lower limit of the funding rate
    """
    latest_funding_time: Annotated[int, Meta(description="Collection time of the current funding rate (ms)")]
    """
    Collection time of the current funding rate (ms)
    """
    next_funding_time: Annotated[int, Meta(description="Collection time of the next funding rate (ms)")]
    """
    Collection time of the next funding rate (ms)
    """


class FuturesFundingRateHistory(Struct, kw_only=True):
    """
    One past funding-rate collection of a futures market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    funding_time: Annotated[int, Meta(description="Funding rate collection time (ms)")]
    """
    Funding rate collection time (ms)
    """
    theoretical_funding_rate: Annotated[Decimal, Meta(description="Theoretical funding rate of the period")]
    """
    Theoretical funding rate of the period
    """
    actual_funding_rate: Annotated[Decimal, Meta(description="Funding rate actually charged in the period")]
    """
    Funding rate actually charged in the period
    """


class FuturesIndexSource(Struct, kw_only=True):
    """
    One exchange price feeding an index.
    """

    exchange: Annotated[str, Meta(description="Exchange name")]
    """
    Exchange name
    """
    created_at: Annotated[int, Meta(description="Data collection time (ms)")]
    """
    Data collection time (ms)
    """
    index_weight: Annotated[Decimal, Meta(description="Weight in the index")]
    """
    Weight in the index
    """


class FuturesKline(Struct, kw_only=True):
    """
    One candlestick of a futures market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    created_at: Annotated[int, Meta(description="Period start (ms)")]
    """
    Period start (ms)
    """
    open: Annotated[Decimal, Meta(description="Opening price")]
    """
    Opening price
    """
    close: Annotated[Decimal, Meta(description="Closing price")]
    """
    Closing price
    """
    high: Annotated[Decimal, Meta(description="Highest price")]
    """
    Highest price
    """
    low: Annotated[Decimal, Meta(description="Lowest price")]
    """
    Lowest price
    """
    volume: Annotated[Decimal, Meta(description="Filled volume")]
    """
    Filled volume
    """
    value: Annotated[Decimal, Meta(description="Filled value")]
    """
    Filled value
    """


class FuturesLiquidation(Checked, kw_only=True):
    """
    A forced liquidation in a futures market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    side: Annotated[Known["long", "short"], Meta(description="Position side")]
    """
    Position side
    """
    liq_price: Annotated[Decimal, Meta(description="Liquidation price")]
    """
    Liquidation price
    """
    liq_amount: Annotated[Decimal, Meta(description="Liquidation amount")]
    """
    Liquidation amount
    """
    bkr_price: Annotated[Decimal, Meta(description="Bankruptcy price")]
    """
    Bankruptcy price
    """
    created_at: Annotated[int, Meta(description="Data creation time (ms)")]
    """
    Data creation time (ms)
    """


class FuturesMarket(Checked, kw_only=True):
    """
    A futures market (contract) and its trading rules.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    contract_type: Annotated[Known["linear", "inverse"], Meta(description="Contract type")]
    """
    Contract type
    """
    maker_fee_rate: Annotated[Decimal, Meta(description="Maker fee rate")]
    """
    Maker fee rate
    """
    taker_fee_rate: Annotated[Decimal, Meta(description="Taker fee rate")]
    """
    Taker fee rate
    """
    min_amount: Annotated[Decimal, Meta(description="Minimum order amount")]
    """
    Minimum order amount
    """
    base_ccy: Annotated[str, Meta(description="Base currency")]
    """
    Base currency
    """
    quote_ccy: Annotated[str, Meta(description="Quote currency")]
    """
    Quote currency
    """
    base_ccy_precision: Annotated[int, Meta(description="Decimal places of the amount (base currency)")]
    """
    Decimal places of the amount (base currency)
    """
    quote_ccy_precision: Annotated[int, Meta(description="Decimal places of the price (quote currency)")]
    """
    Decimal places of the price (quote currency)
    """
    leverage: Annotated[list[str], Meta(description="Allowed leverages")]
    """
    Allowed leverages
    """
    open_interest_volume: Annotated[Decimal, Meta(description="Open interest (futures position size)")]
    """
    Open interest (futures position size)
    """
    status: Annotated[Known["bidding", "counting_down", "online"], Meta(description="Market status")] | UnsetType = (
        UNSET
    )
    """
    Market status
    """
    delisted_at: Annotated[int, Meta(description="Expected delisting time (ms)")] | UnsetType = UNSET
    """
    Expected delisting time (ms)
    """
    tick_size: Annotated[Decimal, Meta(description="Price increment")] | UnsetType = UNSET
    """
    Price increment
    """
    is_market_available: Annotated[bool, Meta(description="Whether the market is open")] | UnsetType = UNSET
    """
    Whether the market is open
    """
    is_copy_trading_available: Annotated[bool, Meta(description="Whether copy trading is enabled")] | UnsetType = UNSET
    """
    Whether copy trading is enabled
    """
    is_api_trading_available: Annotated[bool, Meta(description="Whether API trading is enabled")] | UnsetType = UNSET
    """
    Whether API trading is enabled
    """


class FuturesMarketDeal(Checked, kw_only=True):
    """
    A public trade (deal) of a futures market.
    """

    deal_id: Annotated[int, Meta(description="Deal id")]
    """
    Deal id
    """
    created_at: Annotated[int, Meta(description="Trade time (ms)")]
    """
    Trade time (ms)
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Taker side")]
    """
    Taker side
    """
    price: Annotated[Decimal, Meta(description="Filled price")]
    """
    Filled price
    """
    amount: Annotated[Decimal, Meta(description="Executed amount")]
    """
    Executed amount
    """


class FuturesModifyOrderRequest(Struct, kw_only=True):
    """
    One edit of a batch-modify-order request (the fields of futures_modify_order).
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Literal["FUTURES"], Meta(description="Market type; only FUTURES")]
    """
    Market type; only FUTURES
    """
    order_id: Annotated[int, Meta(description="Order id")]
    """
    Order id
    """
    amount: Annotated[Decimal, Meta(description="New order amount")] | UnsetType = UNSET
    """
    New order amount
    """
    price: Annotated[Decimal, Meta(description="New order price")] | UnsetType = UNSET
    """
    New order price
    """


class FuturesOrder(Checked, kw_only=True):
    """
    A futures order.
    """

    order_id: Annotated[int, Meta(description="Order id")]
    """
    Order id
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Known["SPOT", "MARGIN", "FUTURES"], Meta(description="Market type (FUTURES here)")]
    """
    Market type (FUTURES here)
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[Known["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Order type")]
    """
    Order type
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    price: Annotated[Decimal, Meta(description='Order price ("0" for market orders)')]
    """
    Order price ("0" for market orders)
    """
    unfilled_amount: Annotated[Decimal, Meta(description="Remaining unfilled amount")]
    """
    Remaining unfilled amount
    """
    filled_amount: Annotated[Decimal, Meta(description="Filled amount")]
    """
    Filled amount
    """
    filled_value: Annotated[Decimal, Meta(description="Filled value")]
    """
    Filled value
    """
    client_id: Annotated[str, Meta(description='User-defined id ("" when none)')]
    """
    User-defined id ("" when none)
    """
    fee: Annotated[Decimal, Meta(description="Trading fee charged")]
    """
    Trading fee charged
    """
    fee_ccy: Annotated[str, Meta(description="Trading fee currency")]
    """
    Trading fee currency
    """
    maker_fee_rate: Annotated[Decimal, Meta(description="Maker fee rate")]
    """
    Maker fee rate
    """
    taker_fee_rate: Annotated[Decimal, Meta(description="Taker fee rate")]
    """
    Taker fee rate
    """
    created_at: Annotated[int, Meta(description="Creation time (ms)")]
    """
    Creation time (ms)
    """
    updated_at: Annotated[int, Meta(description="Update time (ms)")]
    """
    Update time (ms)
    """
    last_filled_amount: Annotated[Decimal, Meta(description="Filled amount of the last execution")] | UnsetType = UNSET
    """
    Filled amount of the last execution
    """
    last_filled_price: Annotated[Decimal, Meta(description="Filled price of the last execution")] | UnsetType = UNSET
    """
    Filled price of the last execution
    """
    realized_pnl: Annotated[Decimal, Meta(description="Realized profit and loss")] | UnsetType = UNSET
    """
    Realized profit and loss
    """
    status: (
        Annotated[Known["open", "part_filled", "filled", "part_canceled", "canceled"], Meta(description="Order status")]
        | UnsetType
    ) = UNSET
    """
    Order status
    """


class FuturesOrderRequest(Struct, kw_only=True):
    """
    One order of a batch-order request (the fields of futures_place_order).
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Literal["FUTURES"], Meta(description="Market type; only FUTURES")]
    """
    Market type; only FUTURES
    """
    side: Annotated[Literal["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[Literal["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Order type")]
    """
    Order type
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    price: Annotated[Decimal, Meta(description="Order price (not for market orders)")] | UnsetType = UNSET
    """
    Order price (not for market orders)
    """
    client_id: (
        Annotated[str, Meta(description="User-defined id", max_length=32, pattern="^[A-Za-z0-9_-]+$")] | UnsetType
    ) = UNSET
    """
    User-defined id
    """
    is_hide: Annotated[bool, Meta(description="Hide the order from the public depth")] | UnsetType = UNSET
    """
    Hide the order from the public depth
    """
    stp_mode: Annotated[Literal["ct", "cm", "both"], Meta(description="Self-trade prevention mode")] | UnsetType = UNSET
    """
    Self-trade prevention mode
    """


class FuturesPositionAdl(Checked, kw_only=True):
    """
    One auto-deleveraging fill of a position (position-adl-history).
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Known["SPOT", "MARGIN", "FUTURES"], Meta(description="Market type")]
    """
    Market type
    """
    position_id: Annotated[int, Meta(description="Position ID")]
    """
    Position ID
    """
    order_id: Annotated[int, Meta(description="Order ID")]
    """
    Order ID
    """
    deal_id: Annotated[int, Meta(description="Deal (fill) ID")]
    """
    Deal (fill) ID
    """
    amount: Annotated[Decimal, Meta(description="Filled amount")]
    """
    Filled amount
    """
    price: Annotated[Decimal, Meta(description="Fill price")]
    """
    Fill price
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Fill side")]
    """
    Fill side
    """
    role: Annotated[Known["taker", "maker"], Meta(description="Liquidity role")]
    """
    Liquidity role
    """
    created_at: Annotated[int, Meta(description="Record time")]
    """
    Record time
    """


class FuturesPositionCloseOrder(Checked, kw_only=True):
    """
    The order placed by close-position (a futures order).
    """

    order_id: Annotated[int, Meta(description="Order ID")]
    """
    Order ID
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Known["SPOT", "MARGIN", "FUTURES"], Meta(description="Market type")]
    """
    Market type
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[Known["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Order type")]
    """
    Order type
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    price: Annotated[Decimal, Meta(description='Order price ("0" for market orders)')]
    """
    Order price ("0" for market orders)
    """
    unfilled_amount: Annotated[Decimal, Meta(description="Remaining unfilled amount")]
    """
    Remaining unfilled amount
    """
    filled_amount: Annotated[Decimal, Meta(description="Filled amount")]
    """
    Filled amount
    """
    filled_value: Annotated[Decimal, Meta(description="Filled value")]
    """
    Filled value
    """
    client_id: Annotated[str, Meta(description='Client order id ("" when none)')]
    """
    Client order id ("" when none)
    """
    fee: Annotated[Decimal, Meta(description="Trading fee charged")]
    """
    Trading fee charged
    """
    fee_ccy: Annotated[str, Meta(description="Fee currency")]
    """
    Fee currency
    """
    maker_fee_rate: Annotated[Decimal, Meta(description="Maker fee rate")]
    """
    Maker fee rate
    """
    taker_fee_rate: Annotated[Decimal, Meta(description="Taker fee rate")]
    """
    Taker fee rate
    """
    last_filled_amount: Annotated[Decimal, Meta(description="Amount of the last fill")]
    """
    Amount of the last fill
    """
    last_filled_price: Annotated[Decimal, Meta(description="Price of the last fill")]
    """
    Price of the last fill
    """
    realized_pnl: Annotated[Decimal, Meta(description="Realized PNL")]
    """
    Realized PNL
    """
    created_at: Annotated[int, Meta(description="Order creation time")]
    """
    Order creation time
    """
    updated_at: Annotated[int, Meta(description="Order update time")]
    """
    Order update time
    """


class FuturesPositionFunding(Checked, kw_only=True):
    """
    One funding settlement of a position (position-funding-history).
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Known["SPOT", "MARGIN", "FUTURES"], Meta(description="Market type")]
    """
    Market type
    """
    ccy: Annotated[str, Meta(description="Settlement currency")]
    """
    Settlement currency
    """
    position_id: Annotated[int, Meta(description="Position ID")]
    """
    Position ID
    """
    side: Annotated[Known["long", "short"], Meta(description="Position side")]
    """
    Position side
    """
    funding_rate: Annotated[Decimal, Meta(description="Funding rate")]
    """
    Funding rate
    """
    funding_value: Annotated[Decimal, Meta(description="Funding fee")]
    """
    Funding fee
    """
    created_at: Annotated[int, Meta(description="Record time")]
    """
    Record time
    """
    margin_mode: Annotated[Known["isolated", "cross"], Meta(description="Position type (margin mode)")] | UnsetType = (
        UNSET
    )
    """
    Position type (margin mode)
    """
    open_interest: Annotated[Decimal, Meta(description="Position size")] | UnsetType = UNSET
    """
    Position size
    """
    settle_price: Annotated[Decimal, Meta(description="Settlement price")] | UnsetType = UNSET
    """
    Settlement price
    """


class FuturesPositionLevel(Struct, kw_only=True):
    """
    One position level of a futures market.
    """

    amount: Annotated[Decimal, Meta(description="Upper limit of the position at this level")]
    """
    Upper limit of the position at this level
    """
    leverage: Annotated[Decimal, Meta(description="Maximum leverage at this level")]
    """
    Maximum leverage at this level
    """
    maintenance_margin_rate: Annotated[Decimal, Meta(description="Maintenance margin rate at this level")]
    """
    Maintenance margin rate at this level
    """
    min_initial_margin_rate: Annotated[Decimal, Meta(description="Minimum initial margin rate at this level")]
    """
    Minimum initial margin rate at this level
    """


class FuturesPositionLevels(Struct, kw_only=True):
    """
    The position levels (tiers) of one futures market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    level: Annotated[list[FuturesPositionLevel], Meta(description="Position levels, smallest first")]
    """
    Position levels, smallest first
    """


class FuturesPositionLeverage(Checked, kw_only=True):
    """
    Margin mode and leverage in effect after adjust-position-leverage.
    """

    margin_mode: Annotated[Known["isolated", "cross"], Meta(description="Position type (margin mode)")]
    """
    Position type (margin mode)
    """
    leverage: Annotated[int, Meta(description="Leverage")]
    """
    Leverage
    """


class FuturesPositionMarginChange(Checked, kw_only=True):
    """
    One margin change of a position (position-margin-history).
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Known["SPOT", "MARGIN", "FUTURES"], Meta(description="Market type")]
    """
    Market type
    """
    position_id: Annotated[int, Meta(description="Position ID")]
    """
    Position ID
    """
    margin_mode: Annotated[Known["isolated", "cross"], Meta(description="Position type (margin mode)")]
    """
    Position type (margin mode)
    """
    leverage: Annotated[Decimal, Meta(description="Leverage")]
    """
    Leverage
    """
    liq_price: Annotated[Decimal, Meta(description="Liquidation price")]
    """
    Liquidation price
    """
    settle_price: Annotated[Decimal, Meta(description="Settlement price (mark price)")]
    """
    Settlement price (mark price)
    """
    open_interest: Annotated[Decimal, Meta(description="Position size")]
    """
    Position size
    """
    margin_avbl: Annotated[Decimal, Meta(description="Available margin after the change")]
    """
    Available margin after the change
    """
    margin_change: Annotated[Decimal, Meta(description="Margin change; positive added, negative removed")]
    """
    Margin change; positive added, negative removed
    """
    created_at: Annotated[int, Meta(description="Record time")]
    """
    Record time
    """
    bkr_price: Annotated[Decimal, Meta(description="Bankruptcy price")] | UnsetType = UNSET
    """
    Bankruptcy price
    """
    bkr_pirce: Annotated[Decimal, Meta(description="Bankruptcy price, as misspelt by the live server")] | UnsetType = (
        UNSET
    )
    """
    Bankruptcy price, as misspelt by the live server
    """


class FuturesPositionSettlement(Checked, kw_only=True):
    """
    One auto-settlement of a position (position-settle-history).
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Known["SPOT", "MARGIN", "FUTURES"], Meta(description="Market type")]
    """
    Market type
    """
    position_id: Annotated[int, Meta(description="Position ID")]
    """
    Position ID
    """
    margin_mode: Annotated[Known["isolated", "cross"], Meta(description="Position type (margin mode)")]
    """
    Position type (margin mode)
    """
    leverage: Annotated[Decimal, Meta(description="Leverage")]
    """
    Leverage
    """
    liq_price: Annotated[Decimal, Meta(description="Liquidation price")]
    """
    Liquidation price
    """
    bkr_price: Annotated[Decimal, Meta(description="Bankruptcy price")]
    """
    Bankruptcy price
    """
    settle_price: Annotated[Decimal, Meta(description="Settlement price (mark price)")]
    """
    Settlement price (mark price)
    """
    open_interest: Annotated[Decimal, Meta(description="Position size")]
    """
    Position size
    """
    margin_avbl: Annotated[Decimal, Meta(description="Available margin after the settlement")]
    """
    Available margin after the settlement
    """
    margin_change: Annotated[Decimal, Meta(description="Margin change caused by the settlement")]
    """
    Margin change caused by the settlement
    """
    created_at: Annotated[int, Meta(description="Record time")]
    """
    Record time
    """


class FuturesPositionTpslOrder(Checked, kw_only=True):
    """
    One stop-loss or take-profit order attached to a position (items of stop_loss_list / take_profit_list).
    """

    id: Annotated[int, Meta(description="Order id (stop_loss_id / take_profit_id of the modify and cancel endpoints)")]
    """
    Order id (stop_loss_id / take_profit_id of the modify and cancel endpoints)
    """
    price: Annotated[Decimal, Meta(description="Trigger price")]
    """
    Trigger price
    """
    type: Annotated[Known["latest_price", "mark_price", "index_price"], Meta(description="Trigger price type")]
    """
    Trigger price type
    """
    created_at: Annotated[int, Meta(description="Creation time")]
    """
    Creation time
    """
    amount: Annotated[Decimal, Meta(description="Amount to close when triggered")] | UnsetType = UNSET
    """
    Amount to close when triggered
    """
    is_all: Annotated[bool, Meta(description="Whether it closes the whole position")] | UnsetType = UNSET
    """
    Whether it closes the whole position
    """


class FuturesPremiumIndex(Struct, kw_only=True):
    """
    Premium index of a futures market at a time.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    created_at: Annotated[int, Meta(description="Data creation time (ms)")]
    """
    Data creation time (ms)
    """
    premium_index: Annotated[Decimal, Meta(description="Premium index")]
    """
    Premium index
    """


class FuturesStopId(Struct, kw_only=True):
    """
    The id of a placed or edited stop order.
    """

    stop_id: Annotated[int, Meta(description="Stop order id")]
    """
    Stop order id
    """


class FuturesStopOrder(Checked, kw_only=True):
    """
    A futures stop (trigger) order.
    """

    stop_id: Annotated[int, Meta(description="Stop order id")]
    """
    Stop order id
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Known["SPOT", "MARGIN", "FUTURES"], Meta(description="Market type (FUTURES here)")]
    """
    Market type (FUTURES here)
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[Known["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Order type")]
    """
    Order type
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    price: Annotated[Decimal, Meta(description="Order price")]
    """
    Order price
    """
    client_id: Annotated[str, Meta(description='User-defined id ("" when none)')]
    """
    User-defined id ("" when none)
    """
    created_at: Annotated[int, Meta(description="Creation time (ms)")]
    """
    Creation time (ms)
    """
    updated_at: Annotated[int, Meta(description="Update time (ms)")]
    """
    Update time (ms)
    """
    trigger_price: Annotated[Decimal, Meta(description="Trigger price")]
    """
    Trigger price
    """
    trigger_direction: Annotated[
        Known["higher", "lower", ""],
        Meta(description="higher: triggers when the price rises to the trigger price; lower: when it falls to it"),
    ]
    """
    higher: triggers when the price rises to the trigger price; lower: when it falls to it
    """
    trigger_price_type: Annotated[
        Known["latest_price", "mark_price", "index_price"], Meta(description="Price that triggers the order")
    ]
    """
    Price that triggers the order
    """
    ccy: (
        Annotated[str, Meta(description="Currency of the amount (spot field; not seen in futures responses)")]
        | UnsetType
    ) = UNSET
    """
    Currency of the amount (spot field; not seen in futures responses)
    """
    maker_fee_rate: Annotated[Decimal, Meta(description="Maker fee rate")] | UnsetType = UNSET
    """
    Maker fee rate
    """
    taker_fee_rate: Annotated[Decimal, Meta(description="Taker fee rate")] | UnsetType = UNSET
    """
    Taker fee rate
    """


class FuturesStopOrderRequest(Struct, kw_only=True):
    """
    One stop order of a batch-stop-order request (the fields of futures_place_stop_order).
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Literal["FUTURES"], Meta(description="Market type; only FUTURES")]
    """
    Market type; only FUTURES
    """
    side: Annotated[Literal["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[Literal["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Order type")]
    """
    Order type
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    trigger_price_type: Annotated[
        Literal["latest_price", "mark_price", "index_price"], Meta(description="Price that triggers the order")
    ]
    """
    Price that triggers the order
    """
    trigger_price: Annotated[Decimal, Meta(description="Trigger price")]
    """
    Trigger price
    """
    price: Annotated[Decimal, Meta(description="Order price (not for market orders)")] | UnsetType = UNSET
    """
    Order price (not for market orders)
    """
    client_id: (
        Annotated[str, Meta(description="User-defined id", max_length=32, pattern="^[A-Za-z0-9_-]+$")] | UnsetType
    ) = UNSET
    """
    User-defined id
    """
    is_hide: Annotated[bool, Meta(description="Hide the order from the public depth")] | UnsetType = UNSET
    """
    Hide the order from the public depth
    """
    stp_mode: Annotated[Literal["ct", "cm", "both"], Meta(description="Self-trade prevention mode")] | UnsetType = UNSET
    """
    Self-trade prevention mode
    """


class FuturesTicker(Struct, kw_only=True):
    """
    24-hour statistics of a futures market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    last: Annotated[Decimal, Meta(description="Latest price")]
    """
    Latest price
    """
    open: Annotated[Decimal, Meta(description="Opening price")]
    """
    Opening price
    """
    close: Annotated[Decimal, Meta(description="Closing price")]
    """
    Closing price
    """
    high: Annotated[Decimal, Meta(description="Highest price")]
    """
    Highest price
    """
    low: Annotated[Decimal, Meta(description="Lowest price")]
    """
    Lowest price
    """
    volume: Annotated[Decimal, Meta(description="Filled volume")]
    """
    Filled volume
    """
    value: Annotated[Decimal, Meta(description="Filled value")]
    """
    Filled value
    """
    volume_sell: Annotated[Decimal, Meta(description="Taker sell volume")]
    """
    Taker sell volume
    """
    volume_buy: Annotated[Decimal, Meta(description="Taker buy volume")]
    """
    Taker buy volume
    """
    index_price: Annotated[Decimal, Meta(description="Index price")]
    """
    Index price
    """
    mark_price: Annotated[Decimal, Meta(description="Mark price")]
    """
    Mark price
    """
    open_interest_volume: Annotated[Decimal, Meta(description="Open interest (futures position size)")]
    """
    Open interest (futures position size)
    """
    period: Annotated[int, Meta(description="Period in seconds, fixed at 86400 (one day)")]
    """
    Period in seconds, fixed at 86400 (one day)
    """


class FuturesUserDeal(Checked, kw_only=True):
    """
    An execution (deal) of one of the account's futures orders.
    """

    deal_id: Annotated[int, Meta(description="Deal id")]
    """
    Deal id
    """
    created_at: Annotated[int, Meta(description="Execution time (ms)")]
    """
    Execution time (ms)
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Side of the account's order")]
    """
    Side of the account's order
    """
    order_id: Annotated[int, Meta(description="Order id")]
    """
    Order id
    """
    price: Annotated[Decimal, Meta(description="Filled price")]
    """
    Filled price
    """
    amount: Annotated[Decimal, Meta(description="Filled amount")]
    """
    Filled amount
    """
    client_id: Annotated[str, Meta(description="User-defined id of the order")] | UnsetType = UNSET
    """
    User-defined id of the order
    """
    margin_market: Annotated[str, Meta(description="Margin market (spot margin field)")] | UnsetType = UNSET
    """
    Margin market (spot margin field)
    """
    fee: Annotated[Decimal, Meta(description="Trading fee")] | UnsetType = UNSET
    """
    Trading fee
    """
    fee_ccy: Annotated[str, Meta(description="Trading fee currency")] | UnsetType = UNSET
    """
    Trading fee currency
    """
    role: Annotated[str, Meta(description="maker or taker")] | UnsetType = UNSET
    """
    maker or taker
    """


class FuturesWsBalance(Struct, kw_only=True):
    """
    Balance of one asset in the futures account.
    """

    ccy: Annotated[str, Meta(description="Asset")]
    """
    Asset
    """
    available: Annotated[Decimal, Meta(description="Available balance")]
    """
    Available balance
    """
    frozen: Annotated[Decimal, Meta(description="Frozen initial margin and fees of open orders")]
    """
    Frozen initial margin and fees of open orders
    """
    margin: Annotated[Decimal, Meta(description="Position margin")]
    """
    Position margin
    """
    unrealized_pnl: Annotated[Decimal, Meta(description="Unrealized PNL of open positions")]
    """
    Unrealized PNL of open positions
    """
    transferrable: Annotated[Decimal, Meta(description="Balance that can be transferred out")]
    """
    Balance that can be transferred out
    """
    equity: Annotated[Decimal, Meta(description="Account equity")]
    """
    Account equity
    """


class FuturesWsBalanceList(Struct, kw_only=True):
    """
    Futures balances of the subscribed assets.
    """

    balance_list: list[FuturesWsBalance]


class FuturesWsBalanceMessage(Checked, kw_only=True):
    """
    A futures balance push.
    """

    method: Known["balance.update"]
    data: FuturesWsBalanceList
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class FuturesWsIndex(Struct, kw_only=True):
    """
    Index and mark price of one futures market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    index_price: Annotated[Decimal, Meta(description="Index price")]
    """
    Index price
    """
    mark_price: Annotated[Decimal, Meta(description="Mark price")]
    """
    Mark price
    """


class FuturesWsIndexMessage(Checked, kw_only=True):
    """
    An index and mark price push (futures).
    """

    method: Known["index.update"]
    data: FuturesWsIndex
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class FuturesWsOrder(Checked, kw_only=True):
    """
    A futures order as pushed on the order channel.
    """

    order_id: Annotated[int, Meta(description="Order id")]
    """
    Order id
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[Known["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Order type")]
    """
    Order type
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    price: Annotated[Decimal, Meta(description='Order price ("0" for market orders)')]
    """
    Order price ("0" for market orders)
    """
    unfilled_amount: Annotated[Decimal, Meta(description="Amount not filled yet")]
    """
    Amount not filled yet
    """
    filled_amount: Annotated[Decimal, Meta(description="Amount filled")]
    """
    Amount filled
    """
    filled_value: Annotated[Decimal, Meta(description="Value filled")]
    """
    Value filled
    """
    client_id: Annotated[str, Meta(description="User-defined id (may be empty)")]
    """
    User-defined id (may be empty)
    """
    fee: Annotated[Decimal, Meta(description="Trading fee charged")]
    """
    Trading fee charged
    """
    fee_ccy: Annotated[str, Meta(description="Trading fee currency")]
    """
    Trading fee currency
    """
    maker_fee_rate: Annotated[Decimal, Meta(description="Maker fee rate")]
    """
    Maker fee rate
    """
    taker_fee_rate: Annotated[Decimal, Meta(description="Taker fee rate")]
    """
    Taker fee rate
    """
    created_at: Annotated[int, Meta(description="Creation time (ms)")]
    """
    Creation time (ms)
    """
    updated_at: Annotated[int, Meta(description="Last update time (ms)")]
    """
    Last update time (ms)
    """
    stop_id: (
        Annotated[int, Meta(description="Id of the stop order that placed this order (0 for none)")] | UnsetType
    ) = UNSET
    """
    Id of the stop order that placed this order (0 for none)
    """
    market_type: Annotated[Known["FUTURES"], Meta(description="Market type")] | UnsetType = UNSET
    """
    Market type
    """
    last_filled_amount: Annotated[Decimal, Meta(description="Amount of the latest fill")] | UnsetType = UNSET
    """
    Amount of the latest fill
    """
    last_filled_price: Annotated[Decimal, Meta(description="Price of the latest fill")] | UnsetType = UNSET
    """
    Price of the latest fill
    """
    realized_pnl: Annotated[Decimal, Meta(description="Realized profit and loss")] | UnsetType = UNSET
    """
    Realized profit and loss
    """
    status: (
        Annotated[Known["open", "part_filled", "filled", "part_canceled", "canceled"], Meta(description="Order status")]
        | UnsetType
    ) = UNSET
    """
    Order status
    """


class FuturesWsOrderUpdate(Checked, kw_only=True):
    """
    An order event and the order after it.
    """

    event: Annotated[
        Known["put", "update", "modify", "finish"],
        Meta(description="put: placed; update: filled in part; modify: edited; finish: filled or canceled"),
    ]
    """
    put: placed; update: filled in part; modify: edited; finish: filled or canceled
    """
    order: FuturesWsOrder


class FuturesWsPosition(Checked, kw_only=True):
    """
    A futures position as pushed on the position channel.
    """

    position_id: Annotated[int, Meta(description="Position id")]
    """
    Position id
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    side: Annotated[Known["long", "short"], Meta(description="Position side")]
    """
    Position side
    """
    margin_mode: Annotated[Known["isolated", "cross"], Meta(description="Margin mode")]
    """
    Margin mode
    """
    open_interest: Annotated[Decimal, Meta(description="Position size")]
    """
    Position size
    """
    close_avbl: Annotated[Decimal, Meta(description="Amount still available for closing")]
    """
    Amount still available for closing
    """
    ath_position_amount: Annotated[Decimal, Meta(description="All-time-high position amount")]
    """
    All-time-high position amount
    """
    unrealized_pnl: Annotated[Decimal, Meta(description="Unrealized PNL")]
    """
    Unrealized PNL
    """
    realized_pnl: Annotated[Decimal, Meta(description="Realized PNL")]
    """
    Realized PNL
    """
    avg_entry_price: Annotated[Decimal, Meta(description="Average entry price")]
    """
    Average entry price
    """
    cml_position_value: Annotated[Decimal, Meta(description="Cumulative position value")]
    """
    Cumulative position value
    """
    max_position_value: Annotated[Decimal, Meta(description="Maximum position value")]
    """
    Maximum position value
    """
    take_profit_price: Annotated[Decimal, Meta(description='Take-profit price ("0" when none)')]
    """
    Take-profit price ("0" when none)
    """
    stop_loss_price: Annotated[Decimal, Meta(description='Stop-loss price ("0" when none)')]
    """
    Stop-loss price ("0" when none)
    """
    take_profit_type: Annotated[
        str, Meta(description='Take-profit trigger price type (latest_price, mark_price or index_price; "" when none)')
    ]
    """
    Take-profit trigger price type (latest_price, mark_price or index_price; "" when none)
    """
    stop_loss_type: Annotated[
        str, Meta(description='Stop-loss trigger price type (latest_price, mark_price or index_price; "" when none)')
    ]
    """
    Stop-loss trigger price type (latest_price, mark_price or index_price; "" when none)
    """
    leverage: Annotated[Decimal, Meta(description="Leverage")]
    """
    Leverage
    """
    margin_avbl: Annotated[Decimal, Meta(description="Available margin")]
    """
    Available margin
    """
    ath_margin_size: Annotated[Decimal, Meta(description="All-time-high margin amount")]
    """
    All-time-high margin amount
    """
    position_margin_rate: Annotated[Decimal, Meta(description="Position margin rate")]
    """
    Position margin rate
    """
    maintenance_margin_rate: Annotated[Decimal, Meta(description="Maintenance margin rate")]
    """
    Maintenance margin rate
    """
    maintenance_margin_value: Annotated[Decimal, Meta(description="Maintenance margin amount")]
    """
    Maintenance margin amount
    """
    liq_price: Annotated[Decimal, Meta(description="Liquidation price")]
    """
    Liquidation price
    """
    bkr_price: Annotated[Decimal, Meta(description="Bankruptcy price")]
    """
    Bankruptcy price
    """
    adl_level: Annotated[int, Meta(description="Auto-deleveraging risk level")]
    """
    Auto-deleveraging risk level
    """
    settle_price: Annotated[Decimal, Meta(description="Settlement price (mark price at the last settlement)")]
    """
    Settlement price (mark price at the last settlement)
    """
    created_at: Annotated[int, Meta(description="Position creation time (ms)")]
    """
    Position creation time (ms)
    """
    updated_at: Annotated[int, Meta(description="Last update time (ms)")]
    """
    Last update time (ms)
    """
    market_type: Annotated[Known["FUTURES"], Meta(description="Market type")] | UnsetType = UNSET
    """
    Market type
    """
    settle_val: Annotated[Decimal, Meta(description="Settlement value")] | UnsetType = UNSET
    """
    Settlement value
    """
    settle_value: Annotated[Decimal, Meta(description="Settlement value (the REST name)")] | UnsetType = UNSET
    """
    Settlement value (the REST name)
    """
    first_filled_price: Annotated[Decimal, Meta(description="First filled price of the position")] | UnsetType = UNSET
    """
    First filled price of the position
    """
    latest_filled_price: Annotated[Decimal, Meta(description="Latest filled price of the position")] | UnsetType = UNSET
    """
    Latest filled price of the position
    """


class FuturesWsPositionUpdate(Checked, kw_only=True):
    """
    A position event and the position after it.
    """

    event: Annotated[
        Known["update", "close", "sys_close", "adl", "liq"],
        Meta(
            description="update: changed; close: closed; sys_close: closed by the system; adl: auto-deleveraged; liq: liquidated"
        ),
    ]
    """
    update: changed; close: closed; sys_close: closed by the system; adl: auto-deleveraged; liq: liquidated
    """
    position: FuturesWsPosition


class FuturesWsPremium(Struct, kw_only=True):
    """
    Premium index of one futures market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    updated_at: Annotated[int, Meta(description="Update time (ms)")]
    """
    Update time (ms)
    """
    premium_index: Annotated[Decimal, Meta(description="Premium index")]
    """
    Premium index
    """


class FuturesWsPremiumMessage(Checked, kw_only=True):
    """
    A premium index push.
    """

    method: Known["premium.update"]
    data: FuturesWsPremium
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class FuturesWsState(Struct, kw_only=True):
    """
    24-hour status of one futures market, with prices, open interest and funding.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    last: Annotated[Decimal, Meta(description="Latest price")]
    """
    Latest price
    """
    open: Annotated[Decimal, Meta(description="Opening price")]
    """
    Opening price
    """
    close: Annotated[Decimal, Meta(description="Closing price")]
    """
    Closing price
    """
    high: Annotated[Decimal, Meta(description="Highest price")]
    """
    Highest price
    """
    low: Annotated[Decimal, Meta(description="Lowest price")]
    """
    Lowest price
    """
    volume: Annotated[Decimal, Meta(description="24-hour volume")]
    """
    24-hour volume
    """
    value: Annotated[Decimal, Meta(description="24-hour value")]
    """
    24-hour value
    """
    volume_sell: Annotated[
        Decimal,
        Meta(description="Best ask size (the WS page's wording; the REST ticker page calls it the taker sell volume)"),
    ]
    """
    Best ask size (the WS page's wording; the REST ticker page calls it the taker sell volume)
    """
    volume_buy: Annotated[
        Decimal,
        Meta(description="Best bid size (the WS page's wording; the REST ticker page calls it the taker buy volume)"),
    ]
    """
    Best bid size (the WS page's wording; the REST ticker page calls it the taker buy volume)
    """
    insurance_fund_size: Annotated[Decimal, Meta(description="Insurance fund amount")]
    """
    Insurance fund amount
    """
    open_interest_size: Annotated[Decimal, Meta(description="Current open interest (position size)")]
    """
    Current open interest (position size)
    """
    latest_funding_rate: Annotated[
        Decimal,
        Meta(description="Current funding rate, calculated every minute, for reference (positive: longs pay shorts)"),
    ]
    """
    Current funding rate, calculated every minute, for reference (positive: longs pay shorts)
    """
    next_funding_rate: Annotated[Decimal, Meta(description="Predicted next funding rate")]
    """
    Predicted next funding rate
    """
    latest_funding_time: Annotated[int, Meta(description="Collection time of the current funding rate (ms)")]
    """
    Collection time of the current funding rate (ms)
    """
    next_funding_time: Annotated[int, Meta(description="Collection time of the next funding rate (ms)")]
    """
    Collection time of the next funding rate (ms)
    """
    period: Annotated[int, Meta(description="Period in seconds, fixed at 86400 (one day)")]
    """
    Period in seconds, fixed at 86400 (one day)
    """
    mark_price: Annotated[Decimal, Meta(description="Mark price")] | UnsetType = UNSET
    """
    Mark price
    """
    index_price: Annotated[Decimal, Meta(description="Index price")] | UnsetType = UNSET
    """
    Index price
    """


class FuturesWsStateList(Struct, kw_only=True):
    """
    Status of the futures markets that changed.
    """

    state_list: list[FuturesWsState]


class FuturesWsStateMessage(Checked, kw_only=True):
    """
    A 24-hour market status push (futures).
    """

    method: Known["state.update"]
    data: FuturesWsStateList
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class FuturesWsStopOrder(Checked, kw_only=True):
    """
    A futures stop order as pushed on the stop channel.
    """

    stop_id: Annotated[int, Meta(description="Stop order id")]
    """
    Stop order id
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[
        Known["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Type of the order placed on trigger")
    ]
    """
    Type of the order placed on trigger
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    price: Annotated[Decimal, Meta(description='Order price ("0" for market orders)')]
    """
    Order price ("0" for market orders)
    """
    trigger_price: Annotated[Decimal, Meta(description="Trigger price")]
    """
    Trigger price
    """
    trigger_direction: Annotated[
        str, Meta(description="higher: triggers when the price rises to trigger_price; lower: when it falls to it")
    ]
    """
    higher: triggers when the price rises to trigger_price; lower: when it falls to it
    """
    trigger_price_type: Annotated[
        Known["latest_price", "mark_price", "index_price"], Meta(description="Price compared with trigger_price")
    ]
    """
    Price compared with trigger_price
    """
    client_id: Annotated[str, Meta(description="User-defined id (may be empty)")]
    """
    User-defined id (may be empty)
    """
    created_at: Annotated[int, Meta(description="Creation time (ms)")]
    """
    Creation time (ms)
    """
    updated_at: Annotated[int, Meta(description="Last update time (ms)")]
    """
    Last update time (ms)
    """
    market_type: Annotated[Known["FUTURES"], Meta(description="Market type")] | UnsetType = UNSET
    """
    Market type
    """
    maker_fee_rate: Annotated[Decimal, Meta(description="Maker fee rate")] | UnsetType = UNSET
    """
    Maker fee rate
    """
    taker_fee_rate: Annotated[Decimal, Meta(description="Taker fee rate")] | UnsetType = UNSET
    """
    Taker fee rate
    """
    status: (
        Annotated[Known["put", "active_success", "active_fail", "cancel"], Meta(description="Stop order status")]
        | UnsetType
    ) = UNSET
    """
    Stop order status
    """


class FuturesWsStopUpdate(Checked, kw_only=True):
    """
    A stop order event and the stop order after it.
    """

    event: Annotated[
        Known["put", "active", "cancel"] | int, Meta(description="put: placed; active: triggered; cancel: canceled")
    ]
    """
    put: placed; active: triggered; cancel: canceled
    """
    stop: FuturesWsStopOrder


class ReferralAgentReferee(Struct, kw_only=True):
    """
    An agent invited by the account, with totals.
    """

    uid: str
    account_name: str
    rebate_rate: Decimal
    invite_number: Annotated[int, Meta(description="Users invited by the agent")]
    """
    Users invited by the agent
    """
    invite_deal_number: Annotated[int, Meta(description="Invited users who traded")]
    """
    Invited users who traded
    """
    invite_deal_value: Decimal
    invite_deal_fee: Decimal
    invite_rebate_usdt: Decimal
    invite_rebate_cet: Decimal
    remark: str


class ReferralRebateDetail(Struct, kw_only=True):
    """
    Daily rebate detail of one referee.
    """

    created_at: int
    uid: str
    account_name: str
    spot_value: Decimal
    spot_fee: Decimal
    futures_value: Decimal
    futures_fee: Decimal
    deal_value: Decimal
    deal_fee: Decimal
    deal_rebate_usdt: Decimal
    deal_rebate_cet: Decimal


class ReferralRebateRecord(Struct, kw_only=True):
    """
    Daily rebate totals (direct referees or agent referees).
    """

    created_at: int
    deal_user_number: Annotated[int, Meta(description="Number of referees who traded")]
    """
    Number of referees who traded
    """
    total_spot_value: Decimal
    total_spot_fee: Decimal
    total_futures_value: Decimal
    total_futures_fee: Decimal
    total_deal_value: Decimal
    total_deal_fee: Decimal
    total_deal_rebate_usdt: Decimal
    total_deal_rebate_cet: Decimal


class ReferralReferee(Struct, kw_only=True):
    """
    A user invited directly by the account, with totals.
    """

    uid: str
    account_name: str
    registered_at: int
    vip_level: int
    bound_at: int
    refer_code: str
    referrer_rebate_rate: Annotated[Decimal, Meta(description="Rebate rate of the referrer")]
    """
    Rebate rate of the referrer
    """
    referee_rebate_rate: Annotated[Decimal, Meta(description="Rebate rate of the invited user")]
    """
    Rebate rate of the invited user
    """
    first_deposit_time: int
    first_deposit_value: Decimal
    total_deposit_value: Decimal
    first_deal_time: int
    first_deal_value: Decimal
    has_spot_balance: bool
    has_futures_balance: bool
    total_spot_value: Decimal
    total_spot_fee: Decimal
    total_spot_rebate_usdt: Decimal
    total_spot_rebate_cet: Decimal
    total_futures_value: Decimal
    total_futures_fee: Decimal
    total_futures_rebate_usdt: Decimal
    total_futures_rebate_cet: Decimal
    total_deal_value: Decimal
    total_deal_fee: Decimal
    total_deal_rebate_usdt: Decimal
    total_deal_rebate_cet: Decimal


class SpotDepthBook(Struct, kw_only=True):
    """
    The price levels of an order book.
    """

    asks: Annotated[list[Ask], Meta(description="Sell side: [price, size] levels")]
    """
    Sell side: [price, size] levels
    """
    bids: Annotated[list[Bid], Meta(description="Buy side: [price, size] levels")]
    """
    Buy side: [price, size] levels
    """
    last: Annotated[Decimal, Meta(description="Latest price")]
    """
    Latest price
    """
    updated_at: Annotated[int, Meta(description="Timestamp (ms)")]
    """
    Timestamp (ms)
    """
    checksum: Annotated[int, Meta(description="CRC32 checksum of the full depth")]
    """
    CRC32 checksum of the full depth
    """


class SpotIndexSource(Struct, kw_only=True):
    """
    One exchange's contribution to an index price.
    """

    exchange: Annotated[str, Meta(description="Exchange name")]
    """
    Exchange name
    """
    created_at: Annotated[int, Meta(description="Data collection time (ms)")]
    """
    Data collection time (ms)
    """
    index_weight: Annotated[Decimal, Meta(description="Index weight")]
    """
    Index weight
    """
    index_price: Annotated[Decimal, Meta(description="That exchange's price")]
    """
    That exchange's price
    """


class SpotKline(Struct, kw_only=True):
    """
    One candlestick.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    created_at: Annotated[int, Meta(description="Candle start time (ms)")]
    """
    Candle start time (ms)
    """
    open: Annotated[Decimal, Meta(description="Opening price")]
    """
    Opening price
    """
    close: Annotated[Decimal, Meta(description="Closing price")]
    """
    Closing price
    """
    high: Annotated[Decimal, Meta(description="Highest price")]
    """
    Highest price
    """
    low: Annotated[Decimal, Meta(description="Lowest price")]
    """
    Lowest price
    """
    volume: Annotated[Decimal, Meta(description="Filled volume")]
    """
    Filled volume
    """
    value: Annotated[Decimal, Meta(description="Filled value")]
    """
    Filled value
    """


class SpotMarket(Checked, kw_only=True):
    """
    Status and trading rules of one spot market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    maker_fee_rate: Annotated[Decimal, Meta(description="Maker fee rate")]
    """
    Maker fee rate
    """
    taker_fee_rate: Annotated[Decimal, Meta(description="Taker fee rate")]
    """
    Taker fee rate
    """
    min_amount: Annotated[Decimal, Meta(description="Minimum order amount")]
    """
    Minimum order amount
    """
    base_ccy: Annotated[str, Meta(description="Base currency")]
    """
    Base currency
    """
    quote_ccy: Annotated[str, Meta(description="Quote currency")]
    """
    Quote currency
    """
    base_ccy_precision: Annotated[int, Meta(description="Base currency decimals (most decimals of an amount)")]
    """
    Base currency decimals (most decimals of an amount)
    """
    quote_ccy_precision: Annotated[int, Meta(description="Quote currency decimals (most decimals of a price)")]
    """
    Quote currency decimals (most decimals of a price)
    """
    status: Annotated[Known["bidding", "counting_down", "online"], Meta(description="Market status")]
    """
    Market status
    """
    delisted_at: Annotated[int, Meta(description="Expected delisting time (ms)")] | None
    """
    Expected delisting time (ms)
    """
    is_amm_available: Annotated[bool, Meta(description="Whether AMM is enabled")]
    """
    Whether AMM is enabled
    """
    is_margin_available: Annotated[bool, Meta(description="Whether margin trading is enabled")]
    """
    Whether margin trading is enabled
    """
    is_api_trading_available: Annotated[bool, Meta(description="Whether API trading is enabled")]
    """
    Whether API trading is enabled
    """
    is_pre_market_trading_available: (
        Annotated[bool, Meta(description="Whether pre-market trading is enabled")] | UnsetType
    ) = UNSET
    """
    Whether pre-market trading is enabled
    """
    is_pre_trading_available: (
        Annotated[bool, Meta(description="Whether pre-market trading is enabled (the name the docs example uses)")]
        | UnsetType
    ) = UNSET
    """
    Whether pre-market trading is enabled (the name the docs example uses)
    """


class SpotMarketDeal(Checked, kw_only=True):
    """
    One public trade.
    """

    deal_id: Annotated[int, Meta(description="Deal id")]
    """
    Deal id
    """
    created_at: Annotated[int, Meta(description="Trade time (ms)")]
    """
    Trade time (ms)
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Taker side")]
    """
    Taker side
    """
    price: Annotated[Decimal, Meta(description="Filled price")]
    """
    Filled price
    """
    amount: Annotated[Decimal, Meta(description="Filled amount")]
    """
    Filled amount
    """


class SpotModifyOrderRequest(Struct, kw_only=True):
    """
    One modification of spot_modify_batch_orders (the parameters of spot_modify_order).
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Literal["SPOT", "MARGIN"], Meta(description="Market type")]
    """
    Market type
    """
    order_id: Annotated[int, Meta(description="Order id")]
    """
    Order id
    """
    amount: Annotated[Decimal, Meta(description="New amount (at least one of amount and price)")] | UnsetType = UNSET
    """
    New amount (at least one of amount and price)
    """
    price: Annotated[Decimal, Meta(description="New price (at least one of amount and price)")] | UnsetType = UNSET
    """
    New price (at least one of amount and price)
    """


class SpotOrder(Checked, kw_only=True):
    """
    A spot or margin order.
    """

    order_id: Annotated[int, Meta(description="Order id")]
    """
    Order id
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Known["SPOT", "MARGIN"], Meta(description="Market type")]
    """
    Market type
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[Known["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Order type")]
    """
    Order type
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    price: Annotated[Decimal, Meta(description='Order price ("0" for market orders)')]
    """
    Order price ("0" for market orders)
    """
    unfilled_amount: Annotated[Decimal, Meta(description="Amount not filled yet")]
    """
    Amount not filled yet
    """
    filled_amount: Annotated[Decimal, Meta(description="Amount filled")]
    """
    Amount filled
    """
    filled_value: Annotated[Decimal, Meta(description="Value filled")]
    """
    Value filled
    """
    client_id: Annotated[str, Meta(description="User-defined id (may be empty)")]
    """
    User-defined id (may be empty)
    """
    base_fee: Annotated[Decimal, Meta(description="Fee charged in the base currency")]
    """
    Fee charged in the base currency
    """
    quote_fee: Annotated[Decimal, Meta(description="Fee charged in the quote currency")]
    """
    Fee charged in the quote currency
    """
    discount_fee: Annotated[Decimal, Meta(description="Fee charged in the discount currency (CET)")]
    """
    Fee charged in the discount currency (CET)
    """
    maker_fee_rate: Annotated[Decimal, Meta(description="Maker fee rate")]
    """
    Maker fee rate
    """
    taker_fee_rate: Annotated[Decimal, Meta(description="Taker fee rate")]
    """
    Taker fee rate
    """
    created_at: Annotated[int, Meta(description="Creation time (ms)")]
    """
    Creation time (ms)
    """
    updated_at: Annotated[int, Meta(description="Last update time (ms)")]
    """
    Last update time (ms)
    """
    ccy: Annotated[str, Meta(description="Currency the amount is counted in")] | UnsetType = UNSET
    """
    Currency the amount is counted in
    """
    last_filled_amount: Annotated[Decimal, Meta(description="Amount of the latest fill")] | UnsetType = UNSET
    """
    Amount of the latest fill
    """
    last_filled_price: Annotated[Decimal, Meta(description="Price of the latest fill")] | UnsetType = UNSET
    """
    Price of the latest fill
    """
    last_fill_amount: (
        Annotated[Decimal, Meta(description="Amount of the latest fill (name seen in examples and live answers)")]
        | UnsetType
    ) = UNSET
    """
    Amount of the latest fill (name seen in examples and live answers)
    """
    last_fill_price: (
        Annotated[Decimal, Meta(description="Price of the latest fill (name seen in examples and live answers)")]
        | UnsetType
    ) = UNSET
    """
    Price of the latest fill (name seen in examples and live answers)
    """
    status: (
        Annotated[
            Known["open", "part_filled", "filled", "part_canceled", "canceled"],
            Meta(description="Order status (order-status and batch-order-status only)"),
        ]
        | UnsetType
    ) = UNSET
    """
    Order status (order-status and batch-order-status only)
    """


class SpotOrderRequest(Struct, kw_only=True):
    """
    One order of spot_place_batch_orders (the parameters of spot_place_order).
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Literal["SPOT", "MARGIN"], Meta(description="Market type")]
    """
    Market type
    """
    side: Annotated[Literal["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[Literal["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Order type")]
    """
    Order type
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    ccy: Annotated[str, Meta(description="For market orders, the currency the amount is in")] | UnsetType = UNSET
    """
    For market orders, the currency the amount is in
    """
    price: Annotated[Decimal, Meta(description="Order price (every type but market)")] | UnsetType = UNSET
    """
    Order price (every type but market)
    """
    client_id: (
        Annotated[str, Meta(description="User-defined id", max_length=32, pattern="^[A-Za-z0-9_-]+$")] | UnsetType
    ) = UNSET
    """
    User-defined id
    """
    is_hide: Annotated[bool, Meta(description="Hide from the public depth (default false)")] | UnsetType = UNSET
    """
    Hide from the public depth (default false)
    """
    stp_mode: Annotated[Literal["ct", "cm", "both"], Meta(description="Self-trade prevention mode")] | UnsetType = UNSET
    """
    Self-trade prevention mode
    """


class SpotStopId(Struct, kw_only=True):
    """
    Id of a placed or replaced stop order.
    """

    stop_id: Annotated[int, Meta(description="Stop order id")]
    """
    Stop order id
    """


class SpotStopOrder(Checked, kw_only=True):
    """
    A stop (trigger) order.
    """

    stop_id: Annotated[int, Meta(description="Stop order id")]
    """
    Stop order id
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Known["SPOT", "MARGIN"], Meta(description="Market type")]
    """
    Market type
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[
        Known["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Type of the order placed on trigger")
    ]
    """
    Type of the order placed on trigger
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    price: Annotated[Decimal, Meta(description='Order price ("0" for market orders)')]
    """
    Order price ("0" for market orders)
    """
    trigger_price: Annotated[Decimal, Meta(description="Trigger price")]
    """
    Trigger price
    """
    trigger_direction: Annotated[
        Known["higher", "lower"],
        Meta(description="higher: triggers when the price rises above trigger_price; lower: when it falls below"),
    ]
    """
    higher: triggers when the price rises above trigger_price; lower: when it falls below
    """
    trigger_price_type: Annotated[
        Known["latest_price", "mark_price", "index_price"], Meta(description="Price compared with trigger_price")
    ]
    """
    Price compared with trigger_price
    """
    client_id: Annotated[str, Meta(description="User-defined id (may be empty)")]
    """
    User-defined id (may be empty)
    """
    created_at: Annotated[int, Meta(description="Creation time (ms)")]
    """
    Creation time (ms)
    """
    updated_at: Annotated[int, Meta(description="Last update time (ms)")]
    """
    Last update time (ms)
    """
    margin_market: (
        Annotated[str, Meta(description="Margin market, empty for non-margin markets")] | UnsetType | None
    ) = UNSET
    """
    Margin market, empty for non-margin markets
    """
    ccy: Annotated[str, Meta(description="Currency the amount is counted in")] | UnsetType = UNSET
    """
    Currency the amount is counted in
    """
    maker_fee_rate: Annotated[Decimal, Meta(description="Maker fee rate")] | UnsetType = UNSET
    """
    Maker fee rate
    """
    taker_fee_rate: Annotated[Decimal, Meta(description="Taker fee rate")] | UnsetType = UNSET
    """
    Taker fee rate
    """
    status: (
        Annotated[Known["put", "active_success", "active_fail", "cancel"], Meta(description="Stop order status")]
        | UnsetType
    ) = UNSET
    """
    Stop order status
    """


class SpotStopOrderRequest(Struct, kw_only=True):
    """
    One stop order of spot_place_batch_stop_orders (the parameters of spot_place_stop_order).
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Literal["SPOT", "MARGIN"], Meta(description="Market type")]
    """
    Market type
    """
    side: Annotated[Literal["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[
        Literal["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Type of the order placed on trigger")
    ]
    """
    Type of the order placed on trigger
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    trigger_price: Annotated[Decimal, Meta(description="Trigger price")]
    """
    Trigger price
    """
    ccy: Annotated[str, Meta(description="For market orders, the currency the amount is in")] | UnsetType = UNSET
    """
    For market orders, the currency the amount is in
    """
    price: Annotated[Decimal, Meta(description="Order price (every type but market)")] | UnsetType = UNSET
    """
    Order price (every type but market)
    """
    client_id: (
        Annotated[str, Meta(description="User-defined id", max_length=32, pattern="^[A-Za-z0-9_-]+$")] | UnsetType
    ) = UNSET
    """
    User-defined id
    """
    is_hide: Annotated[bool, Meta(description="Hide from the public depth (default false)")] | UnsetType = UNSET
    """
    Hide from the public depth (default false)
    """
    stp_mode: Annotated[Literal["ct", "cm", "both"], Meta(description="Self-trade prevention mode")] | UnsetType = UNSET
    """
    Self-trade prevention mode
    """


class SpotTicker(Struct, kw_only=True):
    """
    24-hour statistics of one spot market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    last: Annotated[Decimal, Meta(description="Latest price")]
    """
    Latest price
    """
    open: Annotated[Decimal, Meta(description="Opening price")]
    """
    Opening price
    """
    close: Annotated[Decimal, Meta(description="Closing price")]
    """
    Closing price
    """
    high: Annotated[Decimal, Meta(description="Highest price")]
    """
    Highest price
    """
    low: Annotated[Decimal, Meta(description="Lowest price")]
    """
    Lowest price
    """
    volume: Annotated[Decimal, Meta(description="Filled volume")]
    """
    Filled volume
    """
    value: Annotated[Decimal, Meta(description="Filled value")]
    """
    Filled value
    """
    volume_sell: Annotated[Decimal, Meta(description="Taker sell volume")]
    """
    Taker sell volume
    """
    volume_buy: Annotated[Decimal, Meta(description="Taker buy volume")]
    """
    Taker buy volume
    """
    period: Annotated[int, Meta(description="Period in seconds, fixed at 86400 (one day)")]
    """
    Period in seconds, fixed at 86400 (one day)
    """


class SpotUserDeal(Checked, kw_only=True):
    """
    One execution of the account.
    """

    deal_id: Annotated[int, Meta(description="Deal id")]
    """
    Deal id
    """
    created_at: Annotated[int, Meta(description="Execution time (ms)")]
    """
    Execution time (ms)
    """
    order_id: Annotated[int, Meta(description="Order id")]
    """
    Order id
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    price: Annotated[Decimal, Meta(description="Filled price")]
    """
    Filled price
    """
    amount: Annotated[Decimal, Meta(description="Filled amount")]
    """
    Filled amount
    """
    role: Annotated[Known["taker", "maker"], Meta(description="Taker or maker")]
    """
    Taker or maker
    """
    fee: Annotated[Decimal, Meta(description="Trading fee charged")]
    """
    Trading fee charged
    """
    fee_ccy: Annotated[str, Meta(description="Currency of the fee")]
    """
    Currency of the fee
    """
    margin_market: (
        Annotated[str, Meta(description="Margin market; null or empty for non-margin markets")] | UnsetType | None
    ) = UNSET
    """
    Margin market; null or empty for non-margin markets
    """
    client_id: Annotated[str, Meta(description="The order's user-defined id")] | UnsetType = UNSET
    """
    The order's user-defined id
    """


class SpotWsBalance(Struct, kw_only=True):
    """
    Balance of one asset in the spot (or a margin) account.
    """

    ccy: Annotated[str, Meta(description="Asset")]
    """
    Asset
    """
    available: Annotated[Decimal, Meta(description="Available balance")]
    """
    Available balance
    """
    frozen: Annotated[Decimal, Meta(description="Frozen balance")]
    """
    Frozen balance
    """
    updated_at: Annotated[int, Meta(description="Update time (ms)")]
    """
    Update time (ms)
    """
    margin_market: (
        Annotated[
            str, Meta(description="Margin market of a margin account's balance; empty or null for the spot account")
        ]
        | UnsetType
        | None
    ) = UNSET
    """
    Margin market of a margin account's balance; empty or null for the spot account
    """


class SpotWsBalanceList(Struct, kw_only=True):
    """
    Balances of the subscribed assets.
    """

    balance_list: list[SpotWsBalance]


class SpotWsBalanceMessage(Checked, kw_only=True):
    """
    A spot balance push.
    """

    method: Known["balance.update"]
    data: SpotWsBalanceList
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class SpotWsIndex(Struct, kw_only=True):
    """
    Index price of one spot market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    index_price: Annotated[Decimal, Meta(description="Index price")]
    """
    Index price
    """


class SpotWsIndexMessage(Checked, kw_only=True):
    """
    An index price push (spot).
    """

    method: Known["index.update"]
    data: SpotWsIndex
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class SpotWsOrder(Checked, kw_only=True):
    """
    A spot or margin order as pushed on the order channel.
    """

    order_id: Annotated[int, Meta(description="Order id")]
    """
    Order id
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[Known["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Order type")]
    """
    Order type
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    price: Annotated[Decimal, Meta(description='Order price ("0" for market orders)')]
    """
    Order price ("0" for market orders)
    """
    unfilled_amount: Annotated[Decimal, Meta(description="Amount not filled yet")]
    """
    Amount not filled yet
    """
    filled_amount: Annotated[Decimal, Meta(description="Amount filled")]
    """
    Amount filled
    """
    filled_value: Annotated[Decimal, Meta(description="Value filled")]
    """
    Value filled
    """
    client_id: Annotated[str, Meta(description="User-defined id (may be empty)")]
    """
    User-defined id (may be empty)
    """
    base_ccy_fee: Annotated[Decimal, Meta(description="Fee charged in the base currency")]
    """
    Fee charged in the base currency
    """
    quote_ccy_fee: Annotated[Decimal, Meta(description="Fee charged in the quote currency")]
    """
    Fee charged in the quote currency
    """
    discount_ccy_fee: Annotated[Decimal, Meta(description="Fee charged in the discount currency (CET)")]
    """
    Fee charged in the discount currency (CET)
    """
    maker_fee_rate: Annotated[Decimal, Meta(description="Maker fee rate")]
    """
    Maker fee rate
    """
    taker_fee_rate: Annotated[Decimal, Meta(description="Taker fee rate")]
    """
    Taker fee rate
    """
    created_at: Annotated[int, Meta(description="Creation time (ms)")]
    """
    Creation time (ms)
    """
    updated_at: Annotated[int, Meta(description="Last update time (ms)")]
    """
    Last update time (ms)
    """
    margin_market: (
        Annotated[str, Meta(description="Margin market; empty or null for spot orders")] | UnsetType | None
    ) = UNSET
    """
    Margin market; empty or null for spot orders
    """
    last_filled_amount: Annotated[Decimal, Meta(description="Amount of the latest fill")] | UnsetType = UNSET
    """
    Amount of the latest fill
    """
    last_filled_price: Annotated[Decimal, Meta(description="Price of the latest fill")] | UnsetType = UNSET
    """
    Price of the latest fill
    """
    last_fill_amount: (
        Annotated[
            Decimal,
            Meta(description="Amount of the latest fill (the name seen in some examples and live REST answers)"),
        ]
        | UnsetType
    ) = UNSET
    """
    Amount of the latest fill (the name seen in some examples and live REST answers)
    """
    last_fill_price: (
        Annotated[
            Decimal, Meta(description="Price of the latest fill (the name seen in some examples and live REST answers)")
        ]
        | UnsetType
    ) = UNSET
    """
    Price of the latest fill (the name seen in some examples and live REST answers)
    """


class SpotWsOrderUpdate(Checked, kw_only=True):
    """
    An order event and the order after it.
    """

    event: Annotated[
        Known["put", "update", "modify", "finish"],
        Meta(description="put: placed; update: filled in part; modify: edited; finish: filled or canceled"),
    ]
    """
    put: placed; update: filled in part; modify: edited; finish: filled or canceled
    """
    order: SpotWsOrder


class SpotWsState(Struct, kw_only=True):
    """
    24-hour status of one spot market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    last: Annotated[Decimal, Meta(description="Latest price")]
    """
    Latest price
    """
    open: Annotated[Decimal, Meta(description="Opening price")]
    """
    Opening price
    """
    close: Annotated[Decimal, Meta(description="Closing price")]
    """
    Closing price
    """
    high: Annotated[Decimal, Meta(description="Highest price")]
    """
    Highest price
    """
    low: Annotated[Decimal, Meta(description="Lowest price")]
    """
    Lowest price
    """
    volume: Annotated[Decimal, Meta(description="Filled volume")]
    """
    Filled volume
    """
    value: Annotated[Decimal, Meta(description="Filled value")]
    """
    Filled value
    """
    volume_sell: Annotated[
        Decimal,
        Meta(description="Best ask size (the WS page's wording; the REST ticker page calls it the taker sell volume)"),
    ]
    """
    Best ask size (the WS page's wording; the REST ticker page calls it the taker sell volume)
    """
    volume_buy: Annotated[
        Decimal,
        Meta(description="Best bid size (the WS page's wording; the REST ticker page calls it the taker buy volume)"),
    ]
    """
    Best bid size (the WS page's wording; the REST ticker page calls it the taker buy volume)
    """
    period: Annotated[int, Meta(description="Period in seconds, fixed at 86400 (one day)")]
    """
    Period in seconds, fixed at 86400 (one day)
    """


class SpotWsStateList(Struct, kw_only=True):
    """
    Status of the markets that changed.
    """

    state_list: list[SpotWsState]


class SpotWsStateMessage(Checked, kw_only=True):
    """
    A 24-hour market status push (spot).
    """

    method: Known["state.update"]
    data: SpotWsStateList
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class SpotWsStopOrder(Checked, kw_only=True):
    """
    A spot or margin stop order as pushed on the stop channel.
    """

    stop_id: Annotated[int, Meta(description="Stop order id")]
    """
    Stop order id
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    side: Annotated[Known["buy", "sell"], Meta(description="Order side")]
    """
    Order side
    """
    type: Annotated[
        Known["limit", "market", "maker_only", "ioc", "fok"], Meta(description="Type of the order placed on trigger")
    ]
    """
    Type of the order placed on trigger
    """
    amount: Annotated[Decimal, Meta(description="Order amount")]
    """
    Order amount
    """
    price: Annotated[Decimal, Meta(description='Order price ("0" for market orders)')]
    """
    Order price ("0" for market orders)
    """
    trigger_price: Annotated[Decimal, Meta(description="Trigger price")]
    """
    Trigger price
    """
    trigger_direction: Annotated[
        str, Meta(description="higher: triggers when the price rises to trigger_price; lower: when it falls to it")
    ]
    """
    higher: triggers when the price rises to trigger_price; lower: when it falls to it
    """
    client_id: Annotated[str, Meta(description="User-defined id (may be empty)")]
    """
    User-defined id (may be empty)
    """
    created_at: Annotated[int, Meta(description="Creation time (ms)")]
    """
    Creation time (ms)
    """
    updated_at: Annotated[int, Meta(description="Last update time (ms)")]
    """
    Last update time (ms)
    """
    market_type: Annotated[Known["SPOT", "MARGIN"], Meta(description="Market type")] | UnsetType = UNSET
    """
    Market type
    """
    margin_market: (
        Annotated[str, Meta(description="Margin market; empty or null for spot stop orders")] | UnsetType | None
    ) = UNSET
    """
    Margin market; empty or null for spot stop orders
    """
    ccy: Annotated[str, Meta(description="Currency the amount is counted in")] | UnsetType = UNSET
    """
    Currency the amount is counted in
    """
    trigger_price_type: (
        Annotated[
            Known["latest_price", "mark_price", "index_price"], Meta(description="Price compared with trigger_price")
        ]
        | UnsetType
    ) = UNSET
    """
    Price compared with trigger_price
    """
    maker_fee_rate: Annotated[Decimal, Meta(description="Maker fee rate")] | UnsetType = UNSET
    """
    Maker fee rate
    """
    taker_fee_rate: Annotated[Decimal, Meta(description="Taker fee rate")] | UnsetType = UNSET
    """
    Taker fee rate
    """
    status: (
        Annotated[Known["put", "active_success", "active_fail", "cancel"], Meta(description="Stop order status")]
        | UnsetType
    ) = UNSET
    """
    Stop order status
    """


class SpotWsStopUpdate(Checked, kw_only=True):
    """
    A stop order event and the stop order after it.
    """

    event: Annotated[
        Known["put", "active", "cancel"] | int, Meta(description="put: placed; active: triggered; cancel: canceled")
    ]
    """
    put: placed; active: triggered; cancel: canceled
    """
    stop: SpotWsStopOrder


class SystemTime(Struct, kw_only=True):
    """
    The server's clock.
    """

    timestamp: int


class AssetMarginBalance(Struct, kw_only=True):
    """
    One isolated margin account (one per margin market).
    """

    margin_account: Annotated[str, Meta(description="The margin market, e.g. CETUSDT")]
    """
    The margin market, e.g. CETUSDT
    """
    base_ccy: Annotated[str, Meta(description="Base asset")]
    """
    Base asset
    """
    quote_ccy: Annotated[str, Meta(description="Quote asset")]
    """
    Quote asset
    """
    available: AssetMarginPair
    frozen: AssetMarginPair
    repaid: AssetMarginPair
    interest: AssetMarginPair
    liq_price: Annotated[str, Meta(description="Liquidation price; empty string when there is no loan")]
    """
    Liquidation price; empty string when there is no loan
    """
    risk_rate: Annotated[str, Meta(description="Current risk rate; empty string when there is no loan")] | UnsetType = (
        UNSET
    )
    """
    Current risk rate; empty string when there is no loan
    """
    rik_rate: (
        Annotated[
            str, Meta(description="Misspelt risk_rate, as in the docs' example; empty string when there is no loan")
        ]
        | UnsetType
    ) = UNSET
    """
    Misspelt risk_rate, as in the docs' example; empty string when there is no loan
    """


class CoinexWsDepth(Struct, kw_only=True):
    """
    The order book of one market, full or incremental.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    is_full: Annotated[bool, Meta(description="true: the full book; false: the levels changed since the last push")]
    """
    true: the full book; false: the levels changed since the last push
    """
    depth: CoinexWsDepthBook


class CoinexWsDepthMessage(Checked, kw_only=True):
    """
    An order book push.
    """

    method: Known["depth.update"]
    data: CoinexWsDepth
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class CoinexWsNotice(Struct, kw_only=True):
    """
    One system notice.
    """

    channel: Annotated[int, Meta(description="Notice channel: 101 (system maintenance)")]
    """
    Notice channel: 101 (system maintenance)
    """
    info: CoinexWsNoticeInfo


class CoinexWsNoticeMessage(Checked, kw_only=True):
    """
    A system notice push.
    """

    method: Known["notice.update"]
    data: CoinexWsNotice
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class CoinexWsPingReply(Struct, kw_only=True):
    """
    Reply to server.ping.
    """

    id: Annotated[int, Meta(description="The request's id")] | None
    """
    The request's id
    """
    code: Annotated[int, Meta(description="0 on success")]
    """
    0 on success
    """
    message: Annotated[str, Meta(description='"OK" on success')]
    """
    "OK" on success
    """
    data: CoinexWsPong


class FuturesBatchOrderResult(Struct, kw_only=True):
    """
    The result of one item of a batch order request; data is null when code is not 0.
    """

    code: Annotated[int, Meta(description="0 on success, else an error code")]
    """
    0 on success, else an error code
    """
    message: Annotated[str, Meta(description="Error message (may be empty on success)")]
    """
    Error message (may be empty on success)
    """
    data: Annotated[FuturesOrder, Meta(description="The order, or null on failure")] | None
    """
    The order, or null on failure
    """


class FuturesBatchStopIdResult(Struct, kw_only=True):
    """
    The result of one item of a batch stop-order placement; data is null when code is not 0.
    """

    code: Annotated[int, Meta(description="0 on success, else an error code")]
    """
    0 on success, else an error code
    """
    message: Annotated[str, Meta(description="Error message (may be empty on success)")]
    """
    Error message (may be empty on success)
    """
    data: Annotated[FuturesStopId, Meta(description="The stop id, or null on failure")] | None
    """
    The stop id, or null on failure
    """


class FuturesBatchStopOrderResult(Struct, kw_only=True):
    """
    The result of one item of a batch stop-order cancel; data is null when code is not 0.
    """

    code: Annotated[int, Meta(description="0 on success, else an error code")]
    """
    0 on success, else an error code
    """
    message: Annotated[str, Meta(description="Error message (may be empty on success)")]
    """
    Error message (may be empty on success)
    """
    data: Annotated[FuturesStopOrder, Meta(description="The stop order, or null on failure")] | None
    """
    The stop order, or null on failure
    """


class FuturesDepth(Struct, kw_only=True):
    """
    Order book of a futures market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    is_full: Annotated[bool, Meta(description="true: full depth; false: incremental (WebSocket only)")]
    """
    true: full depth; false: incremental (WebSocket only)
    """
    depth: FuturesDepthBook


class FuturesIndex(Struct, kw_only=True):
    """
    Index price of a futures market with its components.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    created_at: Annotated[int, Meta(description="Time of the index price (ms)")]
    """
    Time of the index price (ms)
    """
    price: Annotated[Decimal, Meta(description="Index price")]
    """
    Index price
    """
    sources: Annotated[list[FuturesIndexSource], Meta(description="Index components")]
    """
    Index components
    """


class FuturesPosition(Checked, kw_only=True):
    """
    A futures position (current or finished). Returned by pending/finished-position, adjust-position-margin and the set/modify/cancel stop-loss and take-profit endpoints.
    """

    position_id: Annotated[int, Meta(description="Position ID")]
    """
    Position ID
    """
    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    market_type: Annotated[Known["SPOT", "MARGIN", "FUTURES"], Meta(description="Market type (FUTURES here)")]
    """
    Market type (FUTURES here)
    """
    side: Annotated[Known["long", "short"], Meta(description="Position side")]
    """
    Position side
    """
    margin_mode: Annotated[Known["isolated", "cross"], Meta(description="Position type (margin mode)")]
    """
    Position type (margin mode)
    """
    open_interest: Annotated[Decimal, Meta(description="Position size")]
    """
    Position size
    """
    close_avbl: Annotated[Decimal, Meta(description="Amount still available for closing")]
    """
    Amount still available for closing
    """
    ath_position_amount: Annotated[Decimal, Meta(description="All-time-high position amount")]
    """
    All-time-high position amount
    """
    unrealized_pnl: Annotated[Decimal, Meta(description="Unrealized PNL, estimated at the mark or latest price")]
    """
    Unrealized PNL, estimated at the mark or latest price
    """
    realized_pnl: Annotated[Decimal, Meta(description="Realized PNL")]
    """
    Realized PNL
    """
    avg_entry_price: Annotated[Decimal, Meta(description="Average entry price")]
    """
    Average entry price
    """
    cml_position_value: Annotated[Decimal, Meta(description="Cumulative position value")]
    """
    Cumulative position value
    """
    max_position_value: Annotated[Decimal, Meta(description="Maximum position value")]
    """
    Maximum position value
    """
    take_profit_price: Annotated[Decimal, Meta(description='Take-profit price ("0" when none)')]
    """
    Take-profit price ("0" when none)
    """
    stop_loss_price: Annotated[Decimal, Meta(description='Stop-loss price ("0" when none)')]
    """
    Stop-loss price ("0" when none)
    """
    take_profit_type: Annotated[
        str,
        Meta(
            description='Take-profit trigger price type (latest_price, mark_price or index_price; "" when none is set)'
        ),
    ]
    """
    Take-profit trigger price type (latest_price, mark_price or index_price; "" when none is set)
    """
    stop_loss_type: Annotated[
        str,
        Meta(description='Stop-loss trigger price type (latest_price, mark_price or index_price; "" when none is set)'),
    ]
    """
    Stop-loss trigger price type (latest_price, mark_price or index_price; "" when none is set)
    """
    leverage: Annotated[Decimal, Meta(description="Leverage")]
    """
    Leverage
    """
    margin_avbl: Annotated[Decimal, Meta(description="Available margin (initial + added - reduced margin)")]
    """
    Available margin (initial + added - reduced margin)
    """
    ath_margin_size: Annotated[Decimal, Meta(description="All-time-high margin amount")]
    """
    All-time-high margin amount
    """
    position_margin_rate: Annotated[Decimal, Meta(description="Position margin rate")]
    """
    Position margin rate
    """
    maintenance_margin_rate: Annotated[Decimal, Meta(description="Maintenance margin rate (tiered by position size)")]
    """
    Maintenance margin rate (tiered by position size)
    """
    maintenance_margin_value: Annotated[Decimal, Meta(description="Maintenance margin amount")]
    """
    Maintenance margin amount
    """
    liq_price: Annotated[Decimal, Meta(description="Liquidation price")]
    """
    Liquidation price
    """
    bkr_price: Annotated[Decimal, Meta(description="Bankruptcy price")]
    """
    Bankruptcy price
    """
    adl_level: Annotated[int, Meta(description="Auto-deleveraging risk level")]
    """
    Auto-deleveraging risk level
    """
    settle_price: Annotated[Decimal, Meta(description="Settlement price (mark price at the last settlement)")]
    """
    Settlement price (mark price at the last settlement)
    """
    settle_value: Annotated[Decimal, Meta(description="Settlement value")]
    """
    Settlement value
    """
    created_at: Annotated[int, Meta(description="Position creation time")]
    """
    Position creation time
    """
    updated_at: Annotated[int, Meta(description="Last update time")]
    """
    Last update time
    """
    finished_type: (
        Annotated[
            Known["liq", "adl", "sys", "limit", "market", "market_close_all", "take_profit", "stop_loss"],
            Meta(description="How the position was closed (finished positions only)"),
        ]
        | UnsetType
    ) = UNSET
    """
    How the position was closed (finished positions only)
    """
    stop_loss_list: (
        Annotated[list[FuturesPositionTpslOrder], Meta(description="The position's stop-loss orders")] | UnsetType
    ) = UNSET
    """
    The position's stop-loss orders
    """
    take_profit_list: (
        Annotated[list[FuturesPositionTpslOrder], Meta(description="The position's take-profit orders")] | UnsetType
    ) = UNSET
    """
    The position's take-profit orders
    """


class FuturesWsOrderMessage(Checked, kw_only=True):
    """
    An order event push (futures).
    """

    method: Known["order.update"]
    data: FuturesWsOrderUpdate
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class FuturesWsPositionMessage(Checked, kw_only=True):
    """
    A position push.
    """

    method: Known["position.update"]
    data: FuturesWsPositionUpdate
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class FuturesWsStopMessage(Checked, kw_only=True):
    """
    A stop order event push (futures).
    """

    method: Known["stop.update"]
    data: FuturesWsStopUpdate
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class SpotBatchOrderResult(Struct, kw_only=True):
    """
    Result of one item of a batch call on orders (code 0 = success).
    """

    code: Annotated[int, Meta(description="0 on success, else an error code (errors.codes)")]
    """
    0 on success, else an error code (errors.codes)
    """
    message: Annotated[str, Meta(description="Result message")]
    """
    Result message
    """
    data: Annotated[SpotOrder, Meta(description="The order, on success")] | UnsetType | None = UNSET
    """
    The order, on success
    """


class SpotBatchStopIdResult(Struct, kw_only=True):
    """
    Result of one stop order of spot_place_batch_stop_orders (code 0 = success).
    """

    code: Annotated[int, Meta(description="0 on success, else an error code (errors.codes)")]
    """
    0 on success, else an error code (errors.codes)
    """
    message: Annotated[str, Meta(description="Result message")]
    """
    Result message
    """
    data: Annotated[SpotStopId, Meta(description="The new stop id, on success")] | UnsetType | None = UNSET
    """
    The new stop id, on success
    """


class SpotBatchStopOrderResult(Struct, kw_only=True):
    """
    Result of one item of a batch call on stop orders (code 0 = success).
    """

    code: Annotated[int, Meta(description="0 on success, else an error code (errors.codes)")]
    """
    0 on success, else an error code (errors.codes)
    """
    message: Annotated[str, Meta(description="Result message")]
    """
    Result message
    """
    data: Annotated[SpotStopOrder, Meta(description="The stop order, on success")] | UnsetType | None = UNSET
    """
    The stop order, on success
    """


class SpotDepth(Struct, kw_only=True):
    """
    Order book of one market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    is_full: Annotated[bool, Meta(description="true: full snapshot; false: incremental update (always true over REST)")]
    """
    true: full snapshot; false: incremental update (always true over REST)
    """
    depth: SpotDepthBook


class SpotIndex(Struct, kw_only=True):
    """
    Index price of one market.
    """

    market: Annotated[str, Meta(description="Market name")]
    """
    Market name
    """
    created_at: Annotated[int, Meta(description="Time (ms)")]
    """
    Time (ms)
    """
    price: Annotated[Decimal, Meta(description="Index price")]
    """
    Index price
    """
    sources: Annotated[list[SpotIndexSource], Meta(description="Index components")]
    """
    Index components
    """


class SpotWsOrderMessage(Checked, kw_only=True):
    """
    An order event push (spot and margin).
    """

    method: Known["order.update"]
    data: SpotWsOrderUpdate
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """


class SpotWsStopMessage(Checked, kw_only=True):
    """
    A stop order event push (spot and margin).
    """

    method: Known["stop.update"]
    data: SpotWsStopUpdate
    id: Annotated[int, Meta(description="null in pushes")] | None
    """
    null in pushes
    """
