"""Structs of the CoinFLEX v1 (Trade Engine) API, generated from spec/coinflex_v1; do not edit."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, TypeAlias

from msgspec import UNSET, Meta, Struct, UnsetType


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


class Loan(Struct, kw_only=True):
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
            list[str],
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


class Offer(Struct, kw_only=True):
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
            list[str],
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


class Depth(Struct, kw_only=True):
    """
    The top 20 price levels of each side of a book (GET /depth/).
    """

    bids: Annotated[list[DepthLevel], Meta(max_length=20)]
    asks: Annotated[list[DepthLevel], Meta(max_length=20)]
