"""Structs of the CoinFLEX v1 (Trade Engine) API, generated from spec/coinflex_v1; do not edit."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, TypeAlias

from msgspec import UNSET, Meta, Struct, UnsetType

from exchange_bindings.runtime.known import Checked
from exchange_bindings.runtime.known import Literal as Known


class AccountValue(Struct, kw_only=True):
    """
    The account's value in one asset, and its change since the 00:00 UTC snapshot.
    """

    asset: Annotated[
        int, Meta(description="The numeric asset code of an asset in which the user's account value is reported")
    ]
    """
    The numeric asset code of an asset in which the user's account value is reported
    """
    spot_value: Annotated[Decimal, Meta(description="The total amount held by the user in this spot asset")]
    """
    The total amount held by the user in this spot asset
    """
    change_in_spot_value: Annotated[
        Decimal, Meta(description="The difference between the current spot_value and the snapshot's")
    ]
    """
    The difference between the current spot_value and the snapshot's
    """
    futures_value: Annotated[Decimal, Meta(description="The total amount held by the user in this futures asset")]
    """
    The total amount held by the user in this futures asset
    """
    change_in_futures_value: Annotated[
        Decimal, Meta(description="The difference between the current futures_value and the snapshot's")
    ]
    """
    The difference between the current futures_value and the snapshot's
    """
    total_value: Annotated[Decimal, Meta(description="The sum of spot and futures")]
    """
    The sum of spot and futures
    """
    change_in_total_value: Annotated[Decimal, Meta(description="The difference between total_value and the snapshot's")]
    """
    The difference between total_value and the snapshot's
    """


class Asset(Struct, kw_only=True):
    """
    One CoinFLEX asset (GET /assets/).
    """

    id: Annotated[int, Meta(description="The numeric identifier of the asset")]
    """
    The numeric identifier of the asset
    """
    name: Annotated[str, Meta(description="The string name of the asset")]
    """
    The string name of the asset
    """
    scale: Annotated[
        int,
        Meta(
            description="The scale factor for the asset, applicable to all asset quantities and totals transmitted via the CoinFLEX API",
            ge=1,
        ),
    ]
    """
    The scale factor for the asset, applicable to all asset quantities and totals transmitted via the CoinFLEX API
    """
    spot_id: (
        Annotated[
            int,
            Meta(
                description="The numeric identifier of the underlying spot asset for a futures asset (futures assets only)"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    The numeric identifier of the underlying spot asset for a futures asset (futures assets only)
    """
    spot_name: (
        Annotated[
            str,
            Meta(description="The string name of the underlying spot asset for a futures asset (futures assets only)"),
        ]
        | UnsetType
    ) = UNSET
    """
    The string name of the underlying spot asset for a futures asset (futures assets only)
    """


class Balance(Struct, kw_only=True):
    """
    The account's balances in one asset (<balance>).
    """

    id: Annotated[int, Meta(description="The numeric asset code of the asset")]
    """
    The numeric asset code of the asset
    """
    available: Annotated[
        Decimal,
        Meta(
            description="The user's available balance in the asset (rounded down, as the reserved balance is up: the two add up to the whole balance)"
        ),
    ]
    """
    The user's available balance in the asset (rounded down, as the reserved balance is up: the two add up to the whole balance)
    """
    reserved: Annotated[
        Decimal,
        Meta(
            description="The user's reserved balance in the asset: a bid reserves ceil(quantity x price / 10000) of the counter asset (IMPL-GUIDE), so the simulator's exact amount is rounded up"
        ),
    ]
    """
    The user's reserved balance in the asset: a bid reserves ceil(quantity x price / 10000) of the counter asset (IMPL-GUIDE), so the simulator's exact amount is rounded up
    """


class BorrowerClosed(Struct, kw_only=True):
    """
    The id of an offer that closed or a loan that terminated (borrower events OfferClosed and LoanTerminated).
    """

    id: Annotated[int, Meta(description="The numeric identifier of the offer or loan")]
    """
    The numeric identifier of the offer or loan
    """


class Collateral(Struct, kw_only=True):
    """
    The account's collateral in one asset (<collateral>).
    """

    asset_id: Annotated[int, Meta(description="The numeric asset code of the asset")]
    """
    The numeric asset code of the asset
    """
    available: Annotated[
        Decimal,
        Meta(description="The available collateral: it excludes funds needed for maintaining margin requirements"),
    ]
    """
    The available collateral: it excludes funds needed for maintaining margin requirements
    """
    total: Annotated[
        Decimal,
        Meta(
            description="The account value in the asset that would remain if all outstanding loans were repaid (the underlying collateral value, with no margin requirement)"
        ),
    ]
    """
    The account value in the asset that would remain if all outstanding loans were repaid (the underlying collateral value, with no margin requirement)
    """


class Conversion(Struct, kw_only=True):
    """
    A conversion just initiated (POST /borrower/conversion/).
    """

    asset_from: Annotated[int, Meta(description="The numeric code of the asset converted from")]
    """
    The numeric code of the asset converted from
    """
    asset_to: Annotated[int, Meta(description="The numeric code of the asset converted to")]
    """
    The numeric code of the asset converted to
    """
    amount: Annotated[Decimal, Meta(description="The amount of the asset converted from")]
    """
    The amount of the asset converted from
    """


class ConversionPair(Struct, kw_only=True):
    """
    An asset pair available for conversion.
    """

    asset_from: Annotated[int, Meta(description="The numeric code of the asset to convert from")]
    """
    The numeric code of the asset to convert from
    """
    asset_to: Annotated[int, Meta(description="The numeric code of the asset to convert to")]
    """
    The numeric code of the asset to convert to
    """


class ConvertedTotal(Struct, kw_only=True):
    """
    The total converted for one asset pair.
    """

    asset_from: Annotated[int, Meta(description="The numeric code of the asset to convert from")]
    """
    The numeric code of the asset to convert from
    """
    asset_to: Annotated[int, Meta(description="The numeric code of the asset to convert to")]
    """
    The numeric code of the asset to convert to
    """
    total: Annotated[Decimal, Meta(description="The total quantity of the asset which has been converted")]
    """
    The total quantity of the asset which has been converted
    """


DepthLevel: TypeAlias = Annotated[
    tuple[Decimal, Decimal],
    Meta(description="[price, quantity]: a price level and the total open interest (base asset) at it"),
]
"""
[price, quantity]: a price level and the total open interest (base asset) at it
"""


class EsBalanceChanged(Struct, kw_only=True):
    """
    Event BalanceChanged (Version 1): the user's new available balance in one asset.
    """

    asset: Annotated[int, Meta(description="The numeric identifier of the asset whose available balance changed")]
    """
    The numeric identifier of the asset whose available balance changed
    """
    balance: Annotated[Decimal, Meta(description="The available amount of the asset in the user's account")]
    """
    The available amount of the asset in the user's account
    """


class EsOrderClosed(Struct, kw_only=True):
    """
    Event OrderClosed: an order left the book (no time field, unlike the socket's notice).
    """

    base: Annotated[int, Meta(description="The numeric identifier of the base asset of the order")]
    """
    The numeric identifier of the base asset of the order
    """
    counter: Annotated[int, Meta(description="The numeric identifier of the counter asset of the order")]
    """
    The numeric identifier of the counter asset of the order
    """
    id: Annotated[int, Meta(description="The numeric identifier of the order")]
    """
    The numeric identifier of the order
    """
    quantity: Annotated[
        Decimal,
        Meta(
            description="The amount remaining to trade when the order closed: negative for a sell, positive for a buy"
        ),
    ]
    """
    The amount remaining to trade when the order closed: negative for a sell, positive for a buy
    """
    price: Annotated[Decimal, Meta(description="The price at which the order had offered to trade")]
    """
    The price at which the order had offered to trade
    """
    tonce: (
        Annotated[
            int,
            Meta(
                description="The tonce of the PlaceOrder that opened the order, or null; present only for the order's owner"
            ),
        ]
        | UnsetType
        | None
    ) = UNSET
    """
    The tonce of the PlaceOrder that opened the order, or null; present only for the order's owner
    """


class EsOrderOpened(Struct, kw_only=True):
    """
    Event OrderOpened: an order was opened.
    """

    base: Annotated[int, Meta(description="The numeric identifier of the base asset of the order")]
    """
    The numeric identifier of the base asset of the order
    """
    counter: Annotated[int, Meta(description="The numeric identifier of the counter asset of the order")]
    """
    The numeric identifier of the counter asset of the order
    """
    id: Annotated[int, Meta(description="The numeric identifier of the order")]
    """
    The numeric identifier of the order
    """
    quantity: Annotated[
        Decimal, Meta(description="The amount of the base asset to trade: negative for a sell, positive for a buy")
    ]
    """
    The amount of the base asset to trade: negative for a sell, positive for a buy
    """
    price: Annotated[Decimal, Meta(description="The price at which the order offers to trade")]
    """
    The price at which the order offers to trade
    """
    time: Annotated[int, Meta(description="The microsecond Unix timestamp at which the order was opened")]
    """
    The microsecond Unix timestamp at which the order was opened
    """
    tonce: (
        Annotated[
            int,
            Meta(
                description="The tonce of the PlaceOrder that opened the order, or null; present only for the order's owner"
            ),
        ]
        | UnsetType
        | None
    ) = UNSET
    """
    The tonce of the PlaceOrder that opened the order, or null; present only for the order's owner
    """


class EsOrdersMatched(Struct, kw_only=True):
    """
    Event OrdersMatched: two orders matched in a trade.
    """

    base: Annotated[int, Meta(description="The numeric identifier of the base asset of the orders")]
    """
    The numeric identifier of the base asset of the orders
    """
    counter: Annotated[int, Meta(description="The numeric identifier of the counter asset of the orders")]
    """
    The numeric identifier of the counter asset of the orders
    """
    quantity: Annotated[Decimal, Meta(description="The amount of the base asset that was traded")]
    """
    The amount of the base asset that was traded
    """
    price: Annotated[Decimal, Meta(description="The price at which the trade executed")]
    """
    The price at which the trade executed
    """
    total: Annotated[Decimal, Meta(description="The amount of the counter asset that was traded")]
    """
    The amount of the counter asset that was traded
    """
    time: Annotated[int, Meta(description="The microsecond Unix timestamp at which the trade executed")]
    """
    The microsecond Unix timestamp at which the trade executed
    """
    bid: Annotated[int, Meta(description="The bid order's id; omitted if the bid was a market order")] | UnsetType = (
        UNSET
    )
    """
    The bid order's id; omitted if the bid was a market order
    """
    bid_tonce: (
        Annotated[int, Meta(description="The bid order's tonce (or null); present only for the bid's owner")]
        | UnsetType
        | None
    ) = UNSET
    """
    The bid order's tonce (or null); present only for the bid's owner
    """
    ask: Annotated[int, Meta(description="The ask order's id; omitted if the ask was a market order")] | UnsetType = (
        UNSET
    )
    """
    The ask order's id; omitted if the ask was a market order
    """
    ask_tonce: (
        Annotated[int, Meta(description="The ask order's tonce (or null); present only for the ask's owner")]
        | UnsetType
        | None
    ) = UNSET
    """
    The ask order's tonce (or null); present only for the ask's owner
    """
    bid_rem: (
        Annotated[
            Decimal,
            Meta(description="The quantity remaining in the bid order (always positive); omitted for a market order"),
        ]
        | UnsetType
    ) = UNSET
    """
    The quantity remaining in the bid order (always positive); omitted for a market order
    """
    ask_rem: (
        Annotated[
            Decimal,
            Meta(description="The quantity remaining in the ask order (always positive); omitted for a market order"),
        ]
        | UnsetType
    ) = UNSET
    """
    The quantity remaining in the ask order (always positive); omitted for a market order
    """
    bid_base_fee: (
        Annotated[Decimal, Meta(description="The buyer's fee in the base asset; present only for the bid's owner")]
        | UnsetType
    ) = UNSET
    """
    The buyer's fee in the base asset; present only for the bid's owner
    """
    bid_counter_fee: (
        Annotated[Decimal, Meta(description="The buyer's fee in the counter asset; present only for the bid's owner")]
        | UnsetType
    ) = UNSET
    """
    The buyer's fee in the counter asset; present only for the bid's owner
    """
    ask_base_fee: (
        Annotated[Decimal, Meta(description="The seller's fee in the base asset; present only for the ask's owner")]
        | UnsetType
    ) = UNSET
    """
    The seller's fee in the base asset; present only for the ask's owner
    """
    ask_counter_fee: (
        Annotated[Decimal, Meta(description="The seller's fee in the counter asset; present only for the ask's owner")]
        | UnsetType
    ) = UNSET
    """
    The seller's fee in the counter asset; present only for the ask's owner
    """


class EsTickerChanged(Struct, kw_only=True):
    """
    Event TickerChanged: the ticker of a book changed.
    """

    base: Annotated[int, Meta(description="The numeric identifier of the base asset of the book")]
    """
    The numeric identifier of the base asset of the book
    """
    counter: Annotated[int, Meta(description="The numeric identifier of the counter asset of the book")]
    """
    The numeric identifier of the counter asset of the book
    """
    last: Annotated[Decimal, Meta(description="The price of the last trade on the book, or null")] | None
    """
    The price of the last trade on the book, or null
    """
    bid: Annotated[Decimal, Meta(description="The highest bid price on the book, or null")] | None
    """
    The highest bid price on the book, or null
    """
    ask: Annotated[Decimal, Meta(description="The lowest ask price on the book, or null")] | None
    """
    The lowest ask price on the book, or null
    """
    low: Annotated[Decimal, Meta(description="The lowest trade price within the preceding 24 hours, or null")] | None
    """
    The lowest trade price within the preceding 24 hours, or null
    """
    high: Annotated[Decimal, Meta(description="The highest trade price within the preceding 24 hours, or null")] | None
    """
    The highest trade price within the preceding 24 hours, or null
    """
    volume: Annotated[
        Decimal, Meta(description="The total amount of the base asset traded on the book within the preceding 24 hours")
    ]
    """
    The total amount of the base asset traded on the book within the preceding 24 hours
    """


class Loan(Checked, kw_only=True):
    """
    An outstanding loan (<loan>). Repayment is due at initiated + term * 1000000 (µs).
    """

    id: Annotated[int, Meta(description="The numeric identifier of an outstanding loan")]
    """
    The numeric identifier of an outstanding loan
    """
    offer_id: Annotated[
        int, Meta(description="The numeric identifier of the offer against which this loan was initiated")
    ]
    """
    The numeric identifier of the offer against which this loan was initiated
    """
    initiated: Annotated[int, Meta(description="The micro-timestamp at which this loan was initiated")]
    """
    The micro-timestamp at which this loan was initiated
    """
    asset_id: Annotated[int, Meta(description="The numeric asset code of the asset in which this loan is denominated")]
    """
    The numeric asset code of the asset in which this loan is denominated
    """
    principal: Annotated[
        Decimal,
        Meta(
            description="The amount borrowed as principal, in scaled units but as a JSON float. The accrued amount is ceil(principal * exp(apr/1e4 * (now - initiated) / (365.2425 * 24 * 60 * 60 * 1000000)))"
        ),
    ]
    """
    The amount borrowed as principal, in scaled units but as a JSON float. The accrued amount is ceil(principal * exp(apr/1e4 * (now - initiated) / (365.2425 * 24 * 60 * 60 * 1000000)))
    """
    term: Annotated[int, Meta(description="The maximum term of this loan, in seconds", ge=0)]
    """
    The maximum term of this loan, in seconds
    """
    initial_margin: Annotated[Decimal, Meta(description="The initial margin ratio of this loan (scale 10000)")]
    """
    The initial margin ratio of this loan (scale 10000)
    """
    maintenance_margin: Annotated[Decimal, Meta(description="The maintenance margin ratio of this loan (scale 10000)")]
    """
    The maintenance margin ratio of this loan (scale 10000)
    """
    apr: Annotated[
        Decimal,
        Meta(description="The annualized interest rate (scale 10000); always zero for loans of futures contracts"),
    ]
    """
    The annualized interest rate (scale 10000); always zero for loans of futures contracts
    """
    qualifiers: (
        Annotated[
            list[Known["promo", "facility", "corporate"]],
            Meta(
                description="The qualifiers of the loan, if any: promo, facility (a draw-down from a facility), corporate"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    The qualifiers of the loan, if any: promo, facility (a draw-down from a facility), corporate
    """


class MarginRatio(Struct, kw_only=True):
    """
    The account's margin ratio in one asset.
    """

    asset_id: Annotated[int, Meta(description="The numeric asset code of the asset")]
    """
    The numeric asset code of the asset
    """
    collateral: Annotated[Decimal, Meta(description="The user's available collateral in the asset")]
    """
    The user's available collateral in the asset
    """
    loan: Annotated[Decimal, Meta(description="The amount of the asset borrowed")]
    """
    The amount of the asset borrowed
    """
    ratio: Annotated[Decimal, Meta(description="The margin ratio of the asset (a JSON float)")]
    """
    The margin ratio of the asset (a JSON float)
    """


class Market(Struct, kw_only=True):
    """
    One CoinFLEX spot or futures market (GET /markets/).
    """

    base: Annotated[int, Meta(description="The numeric identifier attributed to the base asset of the market")]
    """
    The numeric identifier attributed to the base asset of the market
    """
    counter: Annotated[int, Meta(description="The numeric identifier attributed to the counter asset of the market")]
    """
    The numeric identifier attributed to the counter asset of the market
    """
    name: Annotated[
        str, Meta(description="The string name of the market consisting of the base asset name and counter asset name")
    ]
    """
    The string name of the market consisting of the base asset name and counter asset name
    """
    tenor: Annotated[str, Meta(description="The tenor code of the market using industry standard codes")]
    """
    The tenor code of the market using industry standard codes
    """
    tick: Annotated[
        Decimal,
        Meta(
            description="The scaled tick size of the market (callers get the price step: 5000 on the wire is 0.5 at 10000); refresh_scales() takes it in wire units"
        ),
    ]
    """
    The scaled tick size of the market (callers get the price step: 5000 on the wire is 0.5 at 10000); refresh_scales() takes it in wire units
    """
    spot_name: (
        Annotated[str, Meta(description="The string name of the underlying spot market for a futures market")]
        | UnsetType
    ) = UNSET
    """
    The string name of the underlying spot market for a futures market
    """
    start: (
        Annotated[
            int,
            Meta(
                description="The UNIX epoch millisecond timestamp of the first trade date of the market (futures markets only)"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    The UNIX epoch millisecond timestamp of the first trade date of the market (futures markets only)
    """
    expires: (
        Annotated[
            int,
            Meta(
                description="The UNIX epoch millisecond timestamp of the expiry date of the market (futures markets only)"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    The UNIX epoch millisecond timestamp of the expiry date of the market (futures markets only)
    """


class Offer(Checked, kw_only=True):
    """
    A loan offer (<offer>).
    """

    id: Annotated[int, Meta(description="The numeric identifier of a loan offer")]
    """
    The numeric identifier of a loan offer
    """
    created: Annotated[int, Meta(description="The micro-timestamp at which this offer was created")]
    """
    The micro-timestamp at which this offer was created
    """
    asset_id: Annotated[int, Meta(description="The numeric asset code of the asset in which a loan is offered")]
    """
    The numeric asset code of the asset in which a loan is offered
    """
    amount: Annotated[Decimal, Meta(description="The amount of the asset available for borrowing against this offer")]
    """
    The amount of the asset available for borrowing against this offer
    """
    term: Annotated[int, Meta(description="The maximum term of the offered loan, in seconds", ge=0)]
    """
    The maximum term of the offered loan, in seconds
    """
    initial_margin: Annotated[
        Decimal,
        Meta(
            description="The initial margin ratio (scale 10000): the minimum available collateral, as a fraction of the loan amount, to initiate a loan"
        ),
    ]
    """
    The initial margin ratio (scale 10000): the minimum available collateral, as a fraction of the loan amount, to initiate a loan
    """
    maintenance_margin: Annotated[
        Decimal, Meta(description="The maintenance margin ratio (scale 10000); never above initial_margin")
    ]
    """
    The maintenance margin ratio (scale 10000); never above initial_margin
    """
    apr: Annotated[
        Decimal,
        Meta(description="The annualized interest rate (scale 10000); always zero for offers of futures contracts"),
    ]
    """
    The annualized interest rate (scale 10000); always zero for offers of futures contracts
    """
    rescinded: (
        Annotated[
            int, Meta(description="The micro-timestamp at which this offer was rescinded (present only if it was)")
        ]
        | UnsetType
    ) = UNSET
    """
    The micro-timestamp at which this offer was rescinded (present only if it was)
    """
    min_amount: (
        Annotated[
            Decimal, Meta(description="The minimum amount that may be borrowed in any one loan (absent: no minimum)")
        ]
        | UnsetType
    ) = UNSET
    """
    The minimum amount that may be borrowed in any one loan (absent: no minimum)
    """
    max_amount: (
        Annotated[
            Decimal,
            Meta(
                description="The maximum amount that may be borrowed across all of the user's loans against this offer (absent: no maximum)"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    The maximum amount that may be borrowed across all of the user's loans against this offer (absent: no maximum)
    """
    qualifiers: (
        Annotated[
            list[Known["promo", "facility", "corporate"]],
            Meta(
                description="The qualifiers of the offer, if any: promo (a promotional offer), facility (a loan facility granted to the user), corporate (corporate customers only)"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    The qualifiers of the offer, if any: promo (a promotional offer), facility (a loan facility granted to the user), corporate (corporate customers only)
    """


class Order(Struct, kw_only=True):
    """
    One open limit order (<order>).
    """

    id: Annotated[int, Meta(description="The numeric identifier of the order")]
    """
    The numeric identifier of the order
    """
    base: Annotated[int, Meta(description="The numeric identifier of the base asset of the order")]
    """
    The numeric identifier of the base asset of the order
    """
    counter: Annotated[int, Meta(description="The numeric identifier of the counter asset of the order")]
    """
    The numeric identifier of the counter asset of the order
    """
    quantity: Annotated[
        Decimal,
        Meta(
            description="The amount of the base asset the order offers to trade: negative for a sell, positive for a buy"
        ),
    ]
    """
    The amount of the base asset the order offers to trade: negative for a sell, positive for a buy
    """
    price: Annotated[Decimal, Meta(description="The price at which the order offers to trade")]
    """
    The price at which the order offers to trade
    """
    time: Annotated[int, Meta(description="The micro-timestamp at which the order was opened")]
    """
    The micro-timestamp at which the order was opened
    """


class PlacedOrder(Struct, kw_only=True):
    """
    The answer to POST /orders/: the new order (a limit order, 201 Created) or the remaining amount (a market order, 200).
    """

    id: Annotated[int, Meta(description="The numeric identifier of the newly placed limit order")] | UnsetType = UNSET
    """
    The numeric identifier of the newly placed limit order
    """
    base: Annotated[int, Meta(description="The numeric identifier of the base asset of the order")] | UnsetType = UNSET
    """
    The numeric identifier of the base asset of the order
    """
    counter: (
        Annotated[int, Meta(description="The numeric identifier of the counter asset of the order")] | UnsetType
    ) = UNSET
    """
    The numeric identifier of the counter asset of the order
    """
    quantity: (
        Annotated[
            Decimal,
            Meta(
                description="The amount of the base asset the order offers to trade: negative for a sell, positive for a buy"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    The amount of the base asset the order offers to trade: negative for a sell, positive for a buy
    """
    price: (
        Annotated[Decimal, Meta(description="The price at which the order offers to trade (after tick rounding)")]
        | UnsetType
    ) = UNSET
    """
    The price at which the order offers to trade (after tick rounding)
    """
    time: Annotated[int, Meta(description="The micro-timestamp at which the order was opened")] | UnsetType = UNSET
    """
    The micro-timestamp at which the order was opened
    """
    remaining: (
        Annotated[
            Decimal,
            Meta(
                description="Market orders: the amount that could not be traded, of the base asset if quantity was given, of the counter asset if total was"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Market orders: the amount that could not be traded, of the base asset if quantity was given, of the counter asset if total was
    """


class Position(Struct, kw_only=True):
    """
    The account's traded net position in one asset.
    """

    asset: Annotated[
        int, Meta(description="The numeric asset code of an asset in which the user's traded net position is reported")
    ]
    """
    The numeric asset code of an asset in which the user's traded net position is reported
    """
    position: Annotated[Decimal, Meta(description="The traded net position in the asset")]
    """
    The traded net position in the asset
    """
    through: Annotated[int, Meta(description="The micro-timestamp of the last net position change for the asset")]
    """
    The micro-timestamp of the last net position change for the asset
    """


class Ticker(Struct, kw_only=True):
    """
    The ticker of one market (<ticker>).
    """

    base: Annotated[int, Meta(description="The numeric identifier of the base asset of the ticker")]
    """
    The numeric identifier of the base asset of the ticker
    """
    counter: Annotated[int, Meta(description="The numeric identifier of the counter asset of the ticker")]
    """
    The numeric identifier of the counter asset of the ticker
    """
    name: Annotated[
        str, Meta(description="The string name of the market consisting of the base asset name and counter asset name")
    ]
    """
    The string name of the market consisting of the base asset name and counter asset name
    """
    spot_name: Annotated[str, Meta(description="The string name of the underlying spot market for a futures market")]
    """
    The string name of the underlying spot market for a futures market
    """
    last: (
        Annotated[Decimal, Meta(description="The price of the last trade in the market, or null if none has occurred")]
        | None
    )
    """
    The price of the last trade in the market, or null if none has occurred
    """
    bid: (
        Annotated[Decimal, Meta(description="The price of the highest-priced open bid, or null if no bid is open")]
        | None
    )
    """
    The price of the highest-priced open bid, or null if no bid is open
    """
    ask: (
        Annotated[Decimal, Meta(description="The price of the lowest-priced open ask, or null if no ask is open")]
        | None
    )
    """
    The price of the lowest-priced open ask, or null if no ask is open
    """
    low: (
        Annotated[
            Decimal, Meta(description="The lowest trade price in the preceding 24 hours, or null if no trade occurred")
        ]
        | None
    )
    """
    The lowest trade price in the preceding 24 hours, or null if no trade occurred
    """
    high: (
        Annotated[
            Decimal, Meta(description="The highest trade price in the preceding 24 hours, or null if no trade occurred")
        ]
        | None
    )
    """
    The highest trade price in the preceding 24 hours, or null if no trade occurred
    """
    volume: Annotated[
        Decimal, Meta(description="The quantity of the base asset traded in the market in the preceding 24 hours")
    ]
    """
    The quantity of the base asset traded in the market in the preceding 24 hours
    """
    time: Annotated[int, Meta(description="The micro-timestamp at which the last update has occurred")]
    """
    The micro-timestamp at which the last update has occurred
    """


class Trade(Struct, kw_only=True):
    """
    One past trade of the account (<trade>).
    """

    time: Annotated[int, Meta(description="The micro-timestamp at which the trade occurred")]
    """
    The micro-timestamp at which the trade occurred
    """
    base: Annotated[int, Meta(description="The numeric identifier of the base asset that was traded")]
    """
    The numeric identifier of the base asset that was traded
    """
    counter: Annotated[int, Meta(description="The numeric identifier of the counter asset that was traded")]
    """
    The numeric identifier of the counter asset that was traded
    """
    quantity: Annotated[Decimal, Meta(description="The amount of the base asset that was traded")]
    """
    The amount of the base asset that was traded
    """
    price: Annotated[Decimal, Meta(description="The price at which the trade occurred")]
    """
    The price at which the trade occurred
    """
    total: Annotated[Decimal, Meta(description="The amount of the counter asset that was traded")]
    """
    The amount of the counter asset that was traded
    """
    base_fee: Annotated[Decimal, Meta(description="The amount of the base asset levied as a trading fee")]
    """
    The amount of the base asset levied as a trading fee
    """
    counter_fee: Annotated[Decimal, Meta(description="The amount of the counter asset levied as a trading fee")]
    """
    The amount of the counter asset levied as a trading fee
    """
    order_id: (
        Annotated[
            int,
            Meta(
                description="The user's limit order that took part in the trade, or null if the user caused the trade by a market order"
            ),
        ]
        | None
    )
    """
    The user's limit order that took part in the trade, or null if the user caused the trade by a market order
    """


SignatureItem: TypeAlias = Annotated[str, Meta(max_length=40, min_length=40)]


class WsAuthenticateData(Struct, kw_only=True):
    """
    The fields of Authenticate.
    """

    user_id: Annotated[
        int, Meta(description="The numeric identifier of the user who is attempting to authenticate", ge=0)
    ]
    """
    The numeric identifier of the user who is attempting to authenticate
    """
    cookie: Annotated[
        str, Meta(description='The user\'s base64 login cookie (the "API Key" of the CoinFLEX web interface)')
    ]
    """
    The user's base64 login cookie (the "API Key" of the CoinFLEX web interface)
    """
    nonce: Annotated[
        str, Meta(description="The client nonce: 16 random bytes, base64 (24 characters)", max_length=24, min_length=24)
    ]
    """
    The client nonce: 16 random bytes, base64 (24 characters)
    """
    signature: Annotated[
        list[SignatureItem],
        Meta(
            description="The base64 r and s of the ECDSA signature, each exactly 28 bytes big-endian (40 characters)",
            max_length=2,
            min_length=2,
        ),
    ]
    """
    The base64 r and s of the ECDSA signature, each exactly 28 bytes big-endian (40 characters)
    """


class WsBalance(Struct, kw_only=True):
    """
    The user's balances in one asset.
    """

    asset: Annotated[int, Meta(description="The asset code")]
    """
    The asset code
    """
    balance: Annotated[Decimal, Meta(description="The user's available balance in the asset")]
    """
    The user's available balance in the asset
    """
    reserved_balance: Annotated[Decimal, Meta(description="The user's reserved balance in the asset")]
    """
    The user's reserved balance in the asset
    """
    total_balance: Annotated[Decimal, Meta(description="The user's total balance in the asset")]
    """
    The user's total balance in the asset
    """


class WsBalanceChanged(Checked, kw_only=True):
    """
    The BalanceChanged notice.
    """

    notice: Known["BalanceChanged"]
    asset: Annotated[int, Meta(description="The asset code of the balance that changed")]
    """
    The asset code of the balance that changed
    """
    balance: Annotated[Decimal, Meta(description="The user's new available balance in the asset")]
    """
    The user's new available balance in the asset
    """


class WsBookOrder(Struct, kw_only=True):
    """
    One order of a watched book (base and counter are the command's).
    """

    id: Annotated[int, Meta(description="The numeric identifier of the order")]
    """
    The numeric identifier of the order
    """
    quantity: Annotated[Decimal, Meta(description="Negative for a sell, positive for a buy")]
    """
    Negative for a sell, positive for a buy
    """
    price: Annotated[Decimal, Meta(description="The price at which the order offers to trade")]
    """
    The price at which the order offers to trade
    """
    time: Annotated[int, Meta(description="The micro-timestamp at which the order was opened")]
    """
    The micro-timestamp at which the order was opened
    """


class WsCancelOrderData(Struct, kw_only=True):
    """
    The fields of CancelOrder: id or tonce, not both.
    """

    id: (
        Annotated[int, Meta(description="The identifier of the order to cancel; omitted if tonce is given")] | UnsetType
    ) = UNSET
    """
    The identifier of the order to cancel; omitted if tonce is given
    """
    tonce: (
        Annotated[
            int, Meta(description="The tonce of the PlaceOrder that opened the order; given if id is omitted", ge=1)
        ]
        | UnsetType
    ) = UNSET
    """
    The tonce of the PlaceOrder that opened the order; given if id is omitted
    """


class WsErrorReply(Struct, kw_only=True):
    """
    A failed command's reply.
    """

    error_code: Annotated[int, Meta(description="The error category (errors.codes): never 0 here")]
    """
    The error category (errors.codes): never 0 here
    """
    error_msg: Annotated[str, Meta(description="The error message (the commands' descriptions list them)")]
    """
    The error message (the commands' descriptions list them)
    """
    tag: Annotated[int, Meta(description="The command's tag, present iff it was given and non-zero")] | UnsetType = (
        UNSET
    )
    """
    The command's tag, present iff it was given and non-zero
    """


class WsEstimateMarketOrderData(Struct, kw_only=True):
    """
    The fields of EstimateMarketOrder: quantity or total, not both.
    """

    base: Annotated[int, Meta(description="The asset code of the base asset")]
    """
    The asset code of the base asset
    """
    counter: Annotated[int, Meta(description="The asset code of the counter asset")]
    """
    The asset code of the counter asset
    """
    quantity: (
        Annotated[
            Decimal,
            Meta(
                description="The amount of the base asset to trade: negative to sell, positive to buy; omitted if total is given"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    The amount of the base asset to trade: negative to sell, positive to buy; omitted if total is given
    """
    side: (
        Annotated[
            Literal["buy", "sell"],
            Meta(
                description="Clients only, never sent: buy or sell, with a positive quantity or total that the client writes negative for a sell (the wire's sign, as the docs define it); a signed amount without side is sent as given"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Clients only, never sent: buy or sell, with a positive quantity or total that the client writes negative for a sell (the wire's sign, as the docs define it); a signed amount without side is sent as given
    """
    total: (
        Annotated[
            Decimal,
            Meta(
                description="The amount of the counter asset to trade: negative to sell, positive to buy; given if quantity is omitted"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    The amount of the counter asset to trade: negative to sell, positive to buy; given if quantity is omitted
    """


class WsEstimateMarketOrderReply(Struct, kw_only=True):
    """
    The reply to EstimateMarketOrder.
    """

    error_code: Annotated[int, Meta(description="0 on success")]
    """
    0 on success
    """
    tag: Annotated[int, Meta(description="The command's tag, present iff it was given and non-zero")] | UnsetType = (
        UNSET
    )
    """
    The command's tag, present iff it was given and non-zero
    """
    error_msg: Annotated[str, Meta(description="Present when error_code is not 0")] | UnsetType = UNSET
    """
    Present when error_code is not 0
    """
    quantity: (
        Annotated[
            Decimal,
            Meta(description="The amount of the base asset the market order would have traded (always positive)"),
        ]
        | UnsetType
    ) = UNSET
    """
    The amount of the base asset the market order would have traded (always positive)
    """
    total: (
        Annotated[
            Decimal,
            Meta(description="The amount of the counter asset the market order would have traded (always positive)"),
        ]
        | UnsetType
    ) = UNSET
    """
    The amount of the counter asset the market order would have traded (always positive)
    """


class WsGetBalancesReply(Struct, kw_only=True):
    """
    The reply to GetBalances.
    """

    error_code: Annotated[int, Meta(description="0 on success")]
    """
    0 on success
    """
    tag: Annotated[int, Meta(description="The command's tag, present iff it was given and non-zero")] | UnsetType = (
        UNSET
    )
    """
    The command's tag, present iff it was given and non-zero
    """
    error_msg: Annotated[str, Meta(description="Present when error_code is not 0")] | UnsetType = UNSET
    """
    Present when error_code is not 0
    """
    balances: list[WsBalance] | UnsetType = UNSET


class WsGetTradeVolumeData(Struct, kw_only=True):
    """
    The fields of GetTradeVolume.
    """

    asset: Annotated[int, Meta(description="The asset code of the asset whose trade volume is to be retrieved")]
    """
    The asset code of the asset whose trade volume is to be retrieved
    """


class WsGetTradeVolumeReply(Struct, kw_only=True):
    """
    The reply to GetTradeVolume.
    """

    error_code: Annotated[int, Meta(description="0 on success")]
    """
    0 on success
    """
    tag: Annotated[int, Meta(description="The command's tag, present iff it was given and non-zero")] | UnsetType = (
        UNSET
    )
    """
    The command's tag, present iff it was given and non-zero
    """
    error_msg: Annotated[str, Meta(description="Present when error_code is not 0")] | UnsetType = UNSET
    """
    Present when error_code is not 0
    """
    volume: (
        Annotated[
            Decimal, Meta(description="The user's 30-day trailing trade volume in the asset (asset: the command's)")
        ]
        | UnsetType
    ) = UNSET
    """
    The user's 30-day trailing trade volume in the asset (asset: the command's)
    """


class WsModifyOrderData(Struct, kw_only=True):
    """
    The fields of ModifyOrder: id or tonce (not both), and quantity_delta and/or price.
    """

    id: (
        Annotated[int, Meta(description="The identifier of the order to modify; omitted if tonce is given")] | UnsetType
    ) = UNSET
    """
    The identifier of the order to modify; omitted if tonce is given
    """
    tonce: (
        Annotated[
            int, Meta(description="The tonce of the PlaceOrder that opened the order; given if id is omitted", ge=1)
        ]
        | UnsetType
    ) = UNSET
    """
    The tonce of the PlaceOrder that opened the order; given if id is omitted
    """
    quantity_delta: (
        Annotated[
            Decimal,
            Meta(
                description="Negative to increase a sell or decrease a buy, positive to increase a buy or decrease a sell; reaching or crossing zero cancels the order"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Negative to increase a sell or decrease a buy, positive to increase a buy or decrease a sell; reaching or crossing zero cancels the order
    """
    price: Annotated[Decimal, Meta(description="The new price")] | UnsetType = UNSET
    """
    The new price
    """
    post_only: (
        Annotated[
            bool, Meta(description="true: if the new price would match at once, the order is left unchanged (error 9)")
        ]
        | UnsetType
    ) = UNSET
    """
    true: if the new price would match at once, the order is left unchanged (error 9)
    """


class WsOrder(Struct, kw_only=True):
    """
    One of the user's orders (GetOrders, CancelAllOrders).
    """

    id: Annotated[int, Meta(description="The numeric identifier of the order")]
    """
    The numeric identifier of the order
    """
    tonce: (
        Annotated[
            int,
            Meta(description="The tonce given in the PlaceOrder command that opened the order, or null if none was"),
        ]
        | None
    )
    """
    The tonce given in the PlaceOrder command that opened the order, or null if none was
    """
    base: Annotated[int, Meta(description="The asset code of the base asset")]
    """
    The asset code of the base asset
    """
    counter: Annotated[int, Meta(description="The asset code of the counter asset")]
    """
    The asset code of the counter asset
    """
    quantity: Annotated[
        Decimal,
        Meta(description="The amount of the base asset (remaining) to trade: negative for a sell, positive for a buy"),
    ]
    """
    The amount of the base asset (remaining) to trade: negative for a sell, positive for a buy
    """
    price: Annotated[Decimal, Meta(description="The price at which the order offers to trade")]
    """
    The price at which the order offers to trade
    """
    time: Annotated[int, Meta(description="The micro-timestamp at which the order was opened")]
    """
    The micro-timestamp at which the order was opened
    """


class WsOrderClosed(Checked, kw_only=True):
    """
    The OrderClosed notice.
    """

    notice: Known["OrderClosed"]
    id: Annotated[int, Meta(description="The numeric identifier of the order")]
    """
    The numeric identifier of the order
    """
    base: Annotated[int, Meta(description="The asset code of the base asset")]
    """
    The asset code of the base asset
    """
    counter: Annotated[int, Meta(description="The asset code of the counter asset")]
    """
    The asset code of the counter asset
    """
    quantity: Annotated[
        Decimal,
        Meta(description="The amount that remained to trade (0 if filled): negative for a sell, positive for a buy"),
    ]
    """
    The amount that remained to trade (0 if filled): negative for a sell, positive for a buy
    """
    price: Annotated[Decimal, Meta(description="The price at which the order had offered to trade")]
    """
    The price at which the order had offered to trade
    """
    time_closed: Annotated[int, Meta(description="The microsecond timestamp of when the order was closed")]
    """
    The microsecond timestamp of when the order was closed
    """
    tonce: (
        Annotated[
            int,
            Meta(
                description="The tonce of the PlaceOrder that opened the order, or null; present only for the order's owner"
            ),
        ]
        | UnsetType
        | None
    ) = UNSET
    """
    The tonce of the PlaceOrder that opened the order, or null; present only for the order's owner
    """


class WsOrderNotice(Checked, kw_only=True):
    """
    The OrderOpened and OrderModified notices (time: when opened, or when modified).
    """

    notice: Known["OrderOpened", "OrderModified"]
    id: Annotated[int, Meta(description="The numeric identifier of the order")]
    """
    The numeric identifier of the order
    """
    base: Annotated[int, Meta(description="The asset code of the base asset")]
    """
    The asset code of the base asset
    """
    counter: Annotated[int, Meta(description="The asset code of the counter asset")]
    """
    The asset code of the counter asset
    """
    quantity: Annotated[
        Decimal,
        Meta(description="The (new) amount of the base asset to trade: negative for a sell, positive for a buy"),
    ]
    """
    The (new) amount of the base asset to trade: negative for a sell, positive for a buy
    """
    price: Annotated[Decimal, Meta(description="The (new) price")]
    """
    The (new) price
    """
    time: Annotated[
        int,
        Meta(description="The micro-timestamp at which the order was opened (OrderOpened) or modified (OrderModified)"),
    ]
    """
    The micro-timestamp at which the order was opened (OrderOpened) or modified (OrderModified)
    """
    tonce: (
        Annotated[
            int,
            Meta(
                description="The tonce of the PlaceOrder that opened the order, or null; present only for the order's owner"
            ),
        ]
        | UnsetType
        | None
    ) = UNSET
    """
    The tonce of the PlaceOrder that opened the order, or null; present only for the order's owner
    """


class WsOrderReply(Struct, kw_only=True):
    """
    The reply to ModifyOrder (the modified order; time: when modified) and CancelOrder (the cancelled order; time: when opened).
    """

    error_code: Annotated[int, Meta(description="0 on success")]
    """
    0 on success
    """
    tag: Annotated[int, Meta(description="The command's tag, present iff it was given and non-zero")] | UnsetType = (
        UNSET
    )
    """
    The command's tag, present iff it was given and non-zero
    """
    error_msg: Annotated[str, Meta(description="Present when error_code is not 0")] | UnsetType = UNSET
    """
    Present when error_code is not 0
    """
    id: Annotated[int, Meta(description="The identifier of the order")] | UnsetType = UNSET
    """
    The identifier of the order
    """
    tonce: (
        Annotated[int, Meta(description="The tonce of the PlaceOrder that opened the order, or null")]
        | UnsetType
        | None
    ) = UNSET
    """
    The tonce of the PlaceOrder that opened the order, or null
    """
    base: Annotated[int, Meta(description="The asset code of the base asset")] | UnsetType = UNSET
    """
    The asset code of the base asset
    """
    counter: Annotated[int, Meta(description="The asset code of the counter asset")] | UnsetType = UNSET
    """
    The asset code of the counter asset
    """
    quantity: (
        Annotated[Decimal, Meta(description="The amount remaining to trade: negative for a sell, positive for a buy")]
        | UnsetType
    ) = UNSET
    """
    The amount remaining to trade: negative for a sell, positive for a buy
    """
    price: Annotated[Decimal, Meta(description="The order's price")] | UnsetType = UNSET
    """
    The order's price
    """
    time: (
        Annotated[int, Meta(description="ModifyOrder: when the order was modified; CancelOrder: when it was opened")]
        | UnsetType
    ) = UNSET
    """
    ModifyOrder: when the order was modified; CancelOrder: when it was opened
    """


class WsOrdersMatched(Checked, kw_only=True):
    """
    The OrdersMatched notice.
    """

    notice: Known["OrdersMatched"]
    base: Annotated[int, Meta(description="The asset code of the base asset")]
    """
    The asset code of the base asset
    """
    counter: Annotated[int, Meta(description="The asset code of the counter asset")]
    """
    The asset code of the counter asset
    """
    quantity: Annotated[Decimal, Meta(description="The amount of the base asset traded (always positive)")]
    """
    The amount of the base asset traded (always positive)
    """
    taker_side: Annotated[Known["bid", "ask"], Meta(description="Which side was the taker (aggressor)")]
    """
    Which side was the taker (aggressor)
    """
    price: Annotated[Decimal, Meta(description="The price at which the trade executed")]
    """
    The price at which the trade executed
    """
    total: Annotated[Decimal, Meta(description="The amount of the counter asset traded (always positive)")]
    """
    The amount of the counter asset traded (always positive)
    """
    time: Annotated[int, Meta(description="The micro-timestamp at which the trade executed")]
    """
    The micro-timestamp at which the trade executed
    """
    bid: Annotated[int, Meta(description="The bid order's id; omitted if the bid was a market order")] | UnsetType = (
        UNSET
    )
    """
    The bid order's id; omitted if the bid was a market order
    """
    bid_tonce: (
        Annotated[int, Meta(description="The bid order's tonce (or null); present only for the buyer")]
        | UnsetType
        | None
    ) = UNSET
    """
    The bid order's tonce (or null); present only for the buyer
    """
    ask: Annotated[int, Meta(description="The ask order's id; omitted if the ask was a market order")] | UnsetType = (
        UNSET
    )
    """
    The ask order's id; omitted if the ask was a market order
    """
    ask_tonce: (
        Annotated[int, Meta(description="The ask order's tonce (or null); present only for the seller")]
        | UnsetType
        | None
    ) = UNSET
    """
    The ask order's tonce (or null); present only for the seller
    """
    taker: (
        Annotated[
            bool,
            Meta(
                description="true for a taker trade, false for a maker trade; only in the private (authenticated) notice"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    true for a taker trade, false for a maker trade; only in the private (authenticated) notice
    """
    bid_rem: (
        Annotated[Decimal, Meta(description="The quantity remaining in the bid order; omitted for a market order")]
        | UnsetType
    ) = UNSET
    """
    The quantity remaining in the bid order; omitted for a market order
    """
    ask_rem: (
        Annotated[
            Decimal, Meta(description="The quantity remaining in the ask order (positive); omitted for a market order")
        ]
        | UnsetType
    ) = UNSET
    """
    The quantity remaining in the ask order (positive); omitted for a market order
    """
    bid_base_fee: (
        Annotated[Decimal, Meta(description="The buyer's fee in the base asset; present only for the buyer")]
        | UnsetType
    ) = UNSET
    """
    The buyer's fee in the base asset; present only for the buyer
    """
    bid_counter_fee: (
        Annotated[Decimal, Meta(description="The buyer's fee in the counter asset; present only for the buyer")]
        | UnsetType
    ) = UNSET
    """
    The buyer's fee in the counter asset; present only for the buyer
    """
    ask_base_fee: (
        Annotated[Decimal, Meta(description="The seller's fee in the base asset; present only for the seller")]
        | UnsetType
    ) = UNSET
    """
    The seller's fee in the base asset; present only for the seller
    """
    ask_counter_fee: (
        Annotated[Decimal, Meta(description="The seller's fee in the counter asset; present only for the seller")]
        | UnsetType
    ) = UNSET
    """
    The seller's fee in the counter asset; present only for the seller
    """


class WsOrdersReply(Struct, kw_only=True):
    """
    The reply to GetOrders (the open orders) and to CancelAllOrders (the cancelled ones).
    """

    error_code: Annotated[int, Meta(description="0 on success")]
    """
    0 on success
    """
    tag: Annotated[int, Meta(description="The command's tag, present iff it was given and non-zero")] | UnsetType = (
        UNSET
    )
    """
    The command's tag, present iff it was given and non-zero
    """
    error_msg: Annotated[str, Meta(description="Present when error_code is not 0")] | UnsetType = UNSET
    """
    Present when error_code is not 0
    """
    orders: list[WsOrder] | UnsetType = UNSET


class WsPlaceOrderData(Struct, kw_only=True):
    """
    The fields of PlaceOrder: quantity and price (limit), quantity (market) or total (market).
    """

    base: Annotated[int, Meta(description="The asset code of the base asset")]
    """
    The asset code of the base asset
    """
    counter: Annotated[int, Meta(description="The asset code of the counter asset")]
    """
    The asset code of the counter asset
    """
    tonce: (
        Annotated[
            int,
            Meta(
                description="Optional client number of the order: lets a client resubmit PlaceOrder after a connection failure without placing it twice, and cancel or modify the order before its id is known",
                ge=1,
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Optional client number of the order: lets a client resubmit PlaceOrder after a connection failure without placing it twice, and cancel or modify the order before its id is known
    """
    quantity: (
        Annotated[
            Decimal,
            Meta(
                description="The amount of the base asset to trade: negative to sell, positive to buy. Given with price; omitted with total"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    The amount of the base asset to trade: negative to sell, positive to buy. Given with price; omitted with total
    """
    side: (
        Annotated[
            Literal["buy", "sell"],
            Meta(
                description="Clients only, never sent: buy or sell, with a positive quantity or total that the client writes negative for a sell (the wire's sign, as the docs define it); a signed amount without side is sent as given"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Clients only, never sent: buy or sell, with a positive quantity or total that the client writes negative for a sell (the wire's sign, as the docs define it); a signed amount without side is sent as given
    """
    price: (
        Annotated[Decimal, Meta(description="The limit price; omitted, the order executes as a market order")]
        | UnsetType
    ) = UNSET
    """
    The limit price; omitted, the order executes as a market order
    """
    total: (
        Annotated[
            Decimal,
            Meta(
                description="The amount of the counter asset to trade: negative to sell, positive to buy. Omitted with price; given if quantity is omitted"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    The amount of the counter asset to trade: negative to sell, positive to buy. Omitted with price; given if quantity is omitted
    """
    persist: (
        Annotated[
            bool | Literal["fill_or_kill"],
            Meta(
                description='true (default): kept until cancelled or filled; false: cancelled when the client disconnects; "fill_or_kill": cancelled after any immediate matches'
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    true (default): kept until cancelled or filled; false: cancelled when the client disconnects; "fill_or_kill": cancelled after any immediate matches
    """
    post_only: (
        Annotated[
            bool, Meta(description="true: never take liquidity; an order that would match at once is refused (error 9)")
        ]
        | UnsetType
    ) = UNSET
    """
    true: never take liquidity; an order that would match at once is refused (error 9)
    """


class WsPlaceOrderReply(Struct, kw_only=True):
    """
    The reply to PlaceOrder: id and time for a limit order, remaining for a market order.
    """

    error_code: Annotated[int, Meta(description="0 on success")]
    """
    0 on success
    """
    tag: Annotated[int, Meta(description="The command's tag, present iff it was given and non-zero")] | UnsetType = (
        UNSET
    )
    """
    The command's tag, present iff it was given and non-zero
    """
    error_msg: Annotated[str, Meta(description="Present when error_code is not 0")] | UnsetType = UNSET
    """
    Present when error_code is not 0
    """
    id: Annotated[int, Meta(description="The identifier of the opened order (limit orders only)")] | UnsetType = UNSET
    """
    The identifier of the opened order (limit orders only)
    """
    time: (
        Annotated[int, Meta(description="The micro-timestamp at which the order was opened (limit orders only)")]
        | UnsetType
    ) = UNSET
    """
    The micro-timestamp at which the order was opened (limit orders only)
    """
    remaining: (
        Annotated[
            Decimal,
            Meta(
                description="Market orders only: the amount that could not be traded (of the base asset for quantity, of the counter asset for total)"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Market orders only: the amount that could not be traded (of the base asset for quantity, of the counter asset for total)
    """


class WsReply(Struct, kw_only=True):
    """
    The reply to a command that returns nothing but its outcome (Authenticate).
    """

    error_code: Annotated[int, Meta(description="0 on success")]
    """
    0 on success
    """
    tag: Annotated[int, Meta(description="The command's tag, present iff it was given and non-zero")] | UnsetType = (
        UNSET
    )
    """
    The command's tag, present iff it was given and non-zero
    """
    error_msg: Annotated[str, Meta(description="Present when error_code is not 0")] | UnsetType = UNSET
    """
    Present when error_code is not 0
    """


class WsTickerChanged(Checked, kw_only=True):
    """
    The TickerChanged notice; each value is present only if it changed since the previous notice that had it.
    """

    notice: Known["TickerChanged"]
    base: Annotated[int, Meta(description="The asset code of the book's base asset")]
    """
    The asset code of the book's base asset
    """
    counter: Annotated[int, Meta(description="The asset code of the book's counter asset")]
    """
    The asset code of the book's counter asset
    """
    last: (
        Annotated[Decimal, Meta(description="The price of the last trade, or null if none has executed")]
        | UnsetType
        | None
    ) = UNSET
    """
    The price of the last trade, or null if none has executed
    """
    bid: Annotated[Decimal, Meta(description="The highest bid price, or null")] | UnsetType | None = UNSET
    """
    The highest bid price, or null
    """
    ask: Annotated[Decimal, Meta(description="The lowest ask price, or null")] | UnsetType | None = UNSET
    """
    The lowest ask price, or null
    """
    low: (
        Annotated[Decimal, Meta(description="The lowest trade price in the trailing 24 hours, or null")]
        | UnsetType
        | None
    ) = UNSET
    """
    The lowest trade price in the trailing 24 hours, or null
    """
    high: (
        Annotated[Decimal, Meta(description="The highest trade price in the trailing 24 hours, or null")]
        | UnsetType
        | None
    ) = UNSET
    """
    The highest trade price in the trailing 24 hours, or null
    """
    volume: (
        Annotated[Decimal, Meta(description="The quantity of the base asset traded in the trailing 24 hours")]
        | UnsetType
    ) = UNSET
    """
    The quantity of the base asset traded in the trailing 24 hours
    """


class WsTradeVolumeChanged(Checked, kw_only=True):
    """
    The TradeVolumeChanged notice.
    """

    notice: Known["TradeVolumeChanged"]
    asset: Annotated[int, Meta(description="The asset code of the asset whose 30-day trailing trade volume changed")]
    """
    The asset code of the asset whose 30-day trailing trade volume changed
    """
    volume: Annotated[Decimal, Meta(description="The user's updated 30-day trailing trade volume in the asset")]
    """
    The user's updated 30-day trailing trade volume in the asset
    """


class WsWatchData(Struct, kw_only=True):
    """
    The fields of WatchOrders and WatchTicker.
    """

    base: Annotated[int, Meta(description="The asset code of the book's base asset")]
    """
    The asset code of the book's base asset
    """
    counter: Annotated[int, Meta(description="The asset code of the book's counter asset")]
    """
    The asset code of the book's counter asset
    """
    watch: Annotated[bool, Meta(description="true to subscribe, false to unsubscribe")]
    """
    true to subscribe, false to unsubscribe
    """


class WsWatchOrdersReply(Struct, kw_only=True):
    """
    The reply to WatchOrders (orders iff watch was true).
    """

    error_code: Annotated[int, Meta(description="0 on success")]
    """
    0 on success
    """
    tag: Annotated[int, Meta(description="The command's tag, present iff it was given and non-zero")] | UnsetType = (
        UNSET
    )
    """
    The command's tag, present iff it was given and non-zero
    """
    error_msg: Annotated[str, Meta(description="Present when error_code is not 0")] | UnsetType = UNSET
    """
    Present when error_code is not 0
    """
    orders: (
        Annotated[
            list[WsBookOrder],
            Meta(description="Up to 1000 bids and 1000 asks from the top of the book", max_length=2000),
        ]
        | UnsetType
    ) = UNSET
    """
    Up to 1000 bids and 1000 asks from the top of the book
    """


class WsWatchTickerReply(Struct, kw_only=True):
    """
    The reply to WatchTicker (the ticker values iff watch was true; base and counter are the command's).
    """

    error_code: Annotated[int, Meta(description="0 on success")]
    """
    0 on success
    """
    tag: Annotated[int, Meta(description="The command's tag, present iff it was given and non-zero")] | UnsetType = (
        UNSET
    )
    """
    The command's tag, present iff it was given and non-zero
    """
    error_msg: Annotated[str, Meta(description="Present when error_code is not 0")] | UnsetType = UNSET
    """
    Present when error_code is not 0
    """
    last: (
        Annotated[Decimal, Meta(description="The price of the last trade, or null if none has executed")]
        | UnsetType
        | None
    ) = UNSET
    """
    The price of the last trade, or null if none has executed
    """
    bid: Annotated[Decimal, Meta(description="The highest bid price, or null")] | UnsetType | None = UNSET
    """
    The highest bid price, or null
    """
    ask: Annotated[Decimal, Meta(description="The lowest ask price, or null")] | UnsetType | None = UNSET
    """
    The lowest ask price, or null
    """
    low: (
        Annotated[Decimal, Meta(description="The lowest trade price in the trailing 24 hours, or null")]
        | UnsetType
        | None
    ) = UNSET
    """
    The lowest trade price in the trailing 24 hours, or null
    """
    high: (
        Annotated[Decimal, Meta(description="The highest trade price in the trailing 24 hours, or null")]
        | UnsetType
        | None
    ) = UNSET
    """
    The highest trade price in the trailing 24 hours, or null
    """
    volume: (
        Annotated[Decimal, Meta(description="The quantity of the base asset traded in the trailing 24 hours")]
        | UnsetType
    ) = UNSET
    """
    The quantity of the base asset traded in the trailing 24 hours
    """


class WsWelcome(Checked, kw_only=True):
    """
    The Welcome notice sent on connect.
    """

    notice: Known["Welcome"]
    nonce: Annotated[
        str, Meta(description="The server nonce: 16 random bytes, base64 (24 characters)", max_length=24, min_length=24)
    ]
    """
    The server nonce: 16 random bytes, base64 (24 characters)
    """


class Depth(Struct, kw_only=True):
    """
    The top 20 price levels of each side of a book (GET /depth/).
    """

    bids: Annotated[list[DepthLevel], Meta(max_length=20)]
    asks: Annotated[list[DepthLevel], Meta(max_length=20)]
