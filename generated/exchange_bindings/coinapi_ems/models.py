"""Structs of the CoinAPI EMS API, generated from spec/coinapi_ems; do not edit."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal, TypeAlias

from msgspec import UNSET, Meta, Struct, UnsetType, field

from exchange_bindings.runtime.known import Checked
from exchange_bindings.runtime.known import Literal as Known


class AccountEndpoint(Struct, kw_only=True):
    """
    One EMS API endpoint of the deployment, for one exchange account.
    """

    exchange_id: (
        Annotated[
            str,
            Meta(
                description="Exchange identifier and optional tag identifying a specific account when several accounts are managed on the same exchange: BITSTAMP, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70, BITSTAMP/2574. Allowed separators between the exchange identifier and the tag: ~/.,:;!@#$%^&*-_+=.",
                pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$",
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Exchange identifier and optional tag identifying a specific account when several accounts are managed on the same exchange: BITSTAMP, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70, BITSTAMP/2574. Allowed separators between the exchange identifier and the tag: ~/.,:;!@#$%^&*-_+=.
    """
    location_id: Annotated[str, Meta(description="Location identifier")] | UnsetType = UNSET
    """
    Location identifier
    """
    endpoint_schema: Annotated[str, Meta(description="Endpoint scheme (https)")] | UnsetType = UNSET
    """
    Endpoint scheme (https)
    """
    endpoint_host: Annotated[str, Meta(description="Endpoint host")] | UnsetType = UNSET
    """
    Endpoint host
    """
    endpoint_url: (
        Annotated[str, Meta(description="Endpoint URL: the base URL of the trading REST API for this account")]
        | UnsetType
    ) = UNSET
    """
    Endpoint URL: the base URL of the trading REST API for this account
    """


class BalanceData(Checked, kw_only=True):
    """
    One currency's balance on an exchange.
    """

    id: (
        Annotated[str, Meta(description="The exchange's currency code (sent by the live system; not in the OpenAPI)")]
        | UnsetType
    ) = UNSET
    """
    The exchange's currency code (sent by the live system; not in the OpenAPI)
    """
    asset_id_exchange: Annotated[str, Meta(description="Exchange currency code")] | UnsetType = UNSET
    """
    Exchange currency code
    """
    asset_id_coinapi: Annotated[str, Meta(description="CoinAPI currency code")] | UnsetType = UNSET
    """
    CoinAPI currency code
    """
    balance: (
        Annotated[Decimal, Meta(description="Value of the current total currency balance on the exchange")] | UnsetType
    ) = UNSET
    """
    Value of the current total currency balance on the exchange
    """
    available: (
        Annotated[
            Decimal,
            Meta(
                description="Value of the current available currency balance on the exchange that can be used as collateral"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Value of the current available currency balance on the exchange that can be used as collateral
    """
    locked: (
        Annotated[Decimal, Meta(description="Value of the current locked currency balance by the exchange")] | UnsetType
    ) = UNSET
    """
    Value of the current locked currency balance by the exchange
    """
    last_updated_by: (
        Annotated[
            Known["INITIALIZATION", "BALANCE_MANAGER", "EXCHANGE"], Meta(description="Source of the last modification")
        ]
        | UnsetType
    ) = UNSET
    """
    Source of the last modification
    """
    rate_usd: (
        Annotated[Decimal, Meta(description="Current exchange rate to the USD for the single unit of the currency")]
        | UnsetType
        | None
    ) = UNSET
    """
    Current exchange rate to the USD for the single unit of the currency
    """
    traded: Annotated[Decimal, Meta(description="Value of the current total traded")] | UnsetType = UNSET
    """
    Value of the current total traded
    """


class ExchangeLoginRequire(Struct, kw_only=True):
    """
    An exchange the EMS supports, where it runs and what an account on it needs.
    """

    exchange_id: (
        Annotated[
            str,
            Meta(
                description="Exchange identifier and optional tag identifying a specific account when several accounts are managed on the same exchange: BITSTAMP, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70, BITSTAMP/2574. Allowed separators between the exchange identifier and the tag: ~/.,:;!@#$%^&*-_+=.",
                pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$",
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Exchange identifier and optional tag identifying a specific account when several accounts are managed on the same exchange: BITSTAMP, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70, BITSTAMP/2574. Allowed separators between the exchange identifier and the tag: ~/.,:;!@#$%^&*-_+=.
    """
    location_id: Annotated[str, Meta(description="Location identifier")] | UnsetType = UNSET
    """
    Location identifier
    """
    required_parameters: (
        Annotated[list[str], Meta(description="Parameters required to log into the exchange")] | UnsetType
    ) = UNSET
    """
    Parameters required to log into the exchange
    """


class Fills(Struct, kw_only=True):
    """
    One fill of an order (the OpenAPI names the struct of one fill Fills).
    """

    time: Annotated[datetime, Meta(description="Execution time")] | UnsetType = UNSET
    """
    Execution time
    """
    price: Annotated[Decimal, Meta(description="Execution price")] | UnsetType = UNSET
    """
    Execution price
    """
    amount: Annotated[Decimal, Meta(description="Executed quantity")] | UnsetType = UNSET
    """
    Executed quantity
    """


class KeyValue(Struct, kw_only=True):
    """
    Key-value pair used to configure exchange accounts (e.g. PublicApiKey, PrivateApiKey, PassPhrase).
    """

    key: str | UnsetType = UNSET
    value: str | UnsetType = UNSET


class Locations(Struct, kw_only=True):
    """
    A server site location.
    """

    location_id: Annotated[str, Meta(description="CoinAPI location identifier")] | UnsetType = UNSET
    """
    CoinAPI location identifier
    """
    region_name: Annotated[str, Meta(description="Identifier of the region by the location provider")] | UnsetType = (
        UNSET
    )
    """
    Identifier of the region by the location provider
    """
    provider_name: Annotated[str, Meta(description="Identifier of the location provider")] | UnsetType = UNSET
    """
    Identifier of the location provider
    """


class MessageError(Struct, kw_only=True):
    """
    An error message (HTTP 400 of the order history when the order log is not configured).
    """

    message: Annotated[str, Meta(description="Message text")] | UnsetType = UNSET
    """
    Message text
    """


class MessageReject(Checked, kw_only=True):
    """
    A rejected request (HTTP 404, 490, 504; the WebSocket MESSAGE_REJECT message), and the result message of cancel-all (HTTP 200).
    """

    type: Annotated[Known["MESSAGE_REJECT"], Meta(description="Message type, constant")] | UnsetType = UNSET
    """
    Message type, constant
    """
    reject_reason: (
        Annotated[
            Known[
                "OTHER",
                "EXCHANGE_UNREACHABLE",
                "EXCHANGE_RESPONSE_TIMEOUT",
                "ORDER_ID_NOT_FOUND",
                "INVALID_TYPE",
                "METHOD_NOT_SUPPORTED",
                "JSON_ERROR",
            ],
            Meta(description="Cause of rejection"),
        ]
        | UnsetType
    ) = UNSET
    """
    Cause of rejection
    """
    exchange_id: Annotated[str, Meta(description="The exchange the message concerns, if any")] | UnsetType = UNSET
    """
    The exchange the message concerns, if any
    """
    message: Annotated[str, Meta(description="Message text")] | UnsetType = UNSET
    """
    Message text
    """
    rejected_message: (
        Annotated[str, Meta(description="The rejected request as JSON text, if available")] | UnsetType
    ) = UNSET
    """
    The rejected request as JSON text, if available
    """


class OrderCancelAllRequest(Struct, kw_only=True):
    """
    Cancel all orders request.
    """

    exchange_id: Annotated[
        str,
        Meta(
            description="Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)",
            pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$",
        ),
    ]
    """
    Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)
    """


class OrderCancelSingleRequest(Struct, kw_only=True):
    """
    Cancel single order request (one of exchange_order_id and client_order_id is required).
    """

    exchange_id: Annotated[
        str,
        Meta(
            description="Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)",
            pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$",
        ),
    ]
    """
    Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)
    """
    exchange_order_id: (
        Annotated[str, Meta(description="Identifier of the order assigned by the exchange or executing system")]
        | UnsetType
    ) = UNSET
    """
    Identifier of the order assigned by the exchange or executing system
    """
    client_order_id: (
        Annotated[str, Meta(description="The unique identifier of the order assigned by the client")] | UnsetType
    ) = UNSET
    """
    The unique identifier of the order assigned by the client
    """


StatusHistoryItem: TypeAlias = tuple[
    Known[
        "RECEIVED", "ROUTING", "ROUTED", "NEW", "PENDING_CANCEL", "PARTIALLY_FILLED", "FILLED", "CANCELED", "REJECTED"
    ],
    datetime,
]


class OrderExecutionReport(Checked, kw_only=True):
    """
    The order execution report: the order as requested plus its state. Also the WebSocket ORDER_EXEC_REPORT_UPDATE message and the items of ORDER_EXEC_REPORT_SNAPSHOT.
    """

    exchange_id: Annotated[
        str,
        Meta(
            description="Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)",
            pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$",
        ),
    ]
    """
    Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)
    """
    client_order_id: Annotated[str, Meta(description="The unique identifier of the order assigned by the client")]
    """
    The unique identifier of the order assigned by the client
    """
    amount_order: Annotated[Decimal, Meta(description="Order quantity")]
    """
    Order quantity
    """
    price: Annotated[Decimal, Meta(description="Order price")]
    """
    Order price
    """
    side: Annotated[Known["BUY", "SELL"], Meta(description="Side of order")]
    """
    Side of order
    """
    order_type: Annotated[
        Known["LIMIT"],
        Meta(
            description="Order type: EMS supports only LIMIT (a market order is a LIMIT order with FILL_OR_KILL or IMMEDIATE_OR_CANCEL at the worst acceptable price)"
        ),
    ]
    """
    Order type: EMS supports only LIMIT (a market order is a LIMIT order with FILL_OR_KILL or IMMEDIATE_OR_CANCEL at the worst acceptable price)
    """
    time_in_force: Annotated[
        Known[
            "GOOD_TILL_CANCEL",
            "GOOD_TILL_TIME_EXCHANGE",
            "GOOD_TILL_TIME_OMS",
            "GOOD_TILL_TIME_OEML",
            "FILL_OR_KILL",
            "IMMEDIATE_OR_CANCEL",
        ],
        Meta(
            description="GOOD_TILL_CANCEL (GTC, default); GOOD_TILL_TIME_EXCHANGE (GTTE: the exchange cancels at expire_time); GOOD_TILL_TIME_OEML or GOOD_TILL_TIME_OMS (GTTO: the EMS Edge cancels at expire_time, by its own clock, only if it is running then); FILL_OR_KILL (FOK); IMMEDIATE_OR_CANCEL (IOC). Support varies by exchange (Starter Guide table: e.g. no GTTE on KRAKEN, BINANCE, BITSTAMP; no FOK on KRAKEN)"
        ),
    ]
    """
    GOOD_TILL_CANCEL (GTC, default); GOOD_TILL_TIME_EXCHANGE (GTTE: the exchange cancels at expire_time); GOOD_TILL_TIME_OEML or GOOD_TILL_TIME_OMS (GTTO: the EMS Edge cancels at expire_time, by its own clock, only if it is running then); FILL_OR_KILL (FOK); IMMEDIATE_OR_CANCEL (IOC). Support varies by exchange (Starter Guide table: e.g. no GTTE on KRAKEN, BINANCE, BITSTAMP; no FOK on KRAKEN)
    """
    client_order_id_format_exchange: Annotated[
        str, Meta(description="The client_order_id converted to the exchange's order tag format, for tracking it")
    ]
    """
    The client_order_id converted to the exchange's order tag format, for tracking it
    """
    amount_open: Annotated[
        Decimal, Meta(description="Quantity open for further execution: amount_order - amount_filled")
    ]
    """
    Quantity open for further execution: amount_order - amount_filled
    """
    amount_filled: Annotated[Decimal, Meta(description="Total quantity filled")]
    """
    Total quantity filled
    """
    status: Annotated[
        Known[
            "RECEIVED",
            "ROUTING",
            "ROUTED",
            "NEW",
            "PENDING_CANCEL",
            "PARTIALLY_FILLED",
            "FILLED",
            "CANCELED",
            "REJECTED",
        ],
        Meta(
            description="RECEIVED -> REJECTED | ROUTING; ROUTING -> ROUTED; ROUTED -> REJECTED | NEW | PARTIALLY_FILLED | FILLED | CANCELED; NEW -> PARTIALLY_FILLED | FILLED | PENDING_CANCEL | CANCELED; PENDING_CANCEL -> NEW | PARTIALLY_FILLED | FILLED | CANCELED; PARTIALLY_FILLED -> FILLED | PENDING_CANCEL | CANCELED; FILLED, CANCELED and REJECTED are terminal. An order placed outside the EMS first appears as NEW or PARTIALLY_FILLED"
        ),
    ]
    """
    RECEIVED -> REJECTED | ROUTING; ROUTING -> ROUTED; ROUTED -> REJECTED | NEW | PARTIALLY_FILLED | FILLED | CANCELED; NEW -> PARTIALLY_FILLED | FILLED | PENDING_CANCEL | CANCELED; PENDING_CANCEL -> NEW | PARTIALLY_FILLED | FILLED | CANCELED; PARTIALLY_FILLED -> FILLED | PENDING_CANCEL | CANCELED; FILLED, CANCELED and REJECTED are terminal. An order placed outside the EMS first appears as NEW or PARTIALLY_FILLED
    """
    type: (
        Annotated[
            Known["ORDER_EXEC_REPORT_UPDATE"],
            Meta(description="Message type (sent by the live system on REST answers too)"),
        ]
        | UnsetType
    ) = UNSET
    """
    Message type (sent by the live system on REST answers too)
    """
    id: (
        Annotated[str, Meta(description="The client_order_id again (sent by the live system; not in the OpenAPI)")]
        | UnsetType
    ) = UNSET
    """
    The client_order_id again (sent by the live system; not in the OpenAPI)
    """
    symbol_id_exchange: Annotated[str, Meta(description="Exchange symbol")] | UnsetType = UNSET
    """
    Exchange symbol
    """
    symbol_id_coinapi: Annotated[str, Meta(description="CoinAPI symbol")] | UnsetType = UNSET
    """
    CoinAPI symbol
    """
    expire_time: (
        Annotated[datetime, Meta(description="ISO-8601 UTC, seven fractional digits (yyyy-MM-ddTHH:mm:ss.fffffffZ)")]
        | UnsetType
        | None
    ) = UNSET
    """
    ISO-8601 UTC, seven fractional digits (yyyy-MM-ddTHH:mm:ss.fffffffZ)
    """
    exec_inst: (
        Annotated[
            list[
                Known[
                    "MAKER_OR_CANCEL",
                    "AUCTION_ONLY",
                    "INDICATION_OF_INTEREST",
                    "CANCEL_ON_DISCONNECT",
                    "DO_NOT_CANCEL_ON_DISCONNECT",
                    "DO_NOT_INCREASE",
                ]
            ],
            Meta(
                description="Execution instructions: MAKER_OR_CANCEL (post only: rejected whole if any part would fill at once), AUCTION_ONLY, INDICATION_OF_INTEREST, CANCEL_ON_DISCONNECT, DO_NOT_CANCEL_ON_DISCONNECT, DO_NOT_INCREASE (reduce only). Support varies by exchange (Starter Guide table)"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Execution instructions: MAKER_OR_CANCEL (post only: rejected whole if any part would fill at once), AUCTION_ONLY, INDICATION_OF_INTEREST, CANCEL_ON_DISCONNECT, DO_NOT_CANCEL_ON_DISCONNECT, DO_NOT_INCREASE (reduce only). Support varies by exchange (Starter Guide table)
    """
    exchange_order_id: (
        Annotated[str, Meta(description="Identifier of the order assigned by the exchange or executing system")]
        | UnsetType
        | None
    ) = UNSET
    """
    Identifier of the order assigned by the exchange or executing system
    """
    avg_px: Annotated[Decimal, Meta(description="Calculated average price of all fills on this order")] | UnsetType = (
        UNSET
    )
    """
    Calculated average price of all fills on this order
    """
    status_history: (
        Annotated[
            list[StatusHistoryItem],
            Meta(description="Timestamped history of order status changes, oldest first, as [status, time] pairs"),
        ]
        | UnsetType
    ) = UNSET
    """
    Timestamped history of order status changes, oldest first, as [status, time] pairs
    """
    error_message: (
        Annotated[str, Meta(description="Error message (the exchange's own, often JSON text)")] | UnsetType | None
    ) = UNSET
    """
    Error message (the exchange's own, often JSON text)
    """
    fills: Annotated[list[Fills], Meta(description="Relay fill information on working orders")] | UnsetType = UNSET
    """
    Relay fill information on working orders
    """


class OrderHistory(Checked, kw_only=True):
    """
    One order of the order log, camelCase (unlike every other struct): side is a number (1 buy, 2 sell), the status history and the fills are parallel lists.
    """

    apikey: Annotated[str, Meta(description="The API key that placed the order")] | UnsetType = UNSET
    """
    The API key that placed the order
    """
    exchange_id: (
        Annotated[
            str,
            Meta(
                description="Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)",
                pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$",
            ),
        ]
        | UnsetType
    ) = field(name="exchangeId", default=UNSET)
    """
    Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)
    """
    client_order_id: Annotated[str, Meta(description="Client order id")] | UnsetType = field(
        name="clientOrderId", default=UNSET
    )
    """
    Client order id
    """
    symbol_id_exchange: Annotated[str, Meta(description="Exchange symbol")] | UnsetType = field(
        name="symbolIdExchange", default=UNSET
    )
    """
    Exchange symbol
    """
    symbol_id_coinapi: Annotated[str, Meta(description="CoinAPI symbol")] | UnsetType = field(
        name="symbolIdCoinapi", default=UNSET
    )
    """
    CoinAPI symbol
    """
    amount_order: Annotated[Decimal, Meta(description="Amount")] | UnsetType = field(name="amountOrder", default=UNSET)
    """
    Amount
    """
    price: Annotated[Decimal, Meta(description="Price")] | UnsetType = UNSET
    """
    Price
    """
    side: Annotated[Known[1, 2], Meta(description="1 buy, 2 sell")] | UnsetType = UNSET
    """
    1 buy, 2 sell
    """
    order_type: (
        Annotated[
            Known["LIMIT"],
            Meta(
                description="Order type: EMS supports only LIMIT (a market order is a LIMIT order with FILL_OR_KILL or IMMEDIATE_OR_CANCEL at the worst acceptable price)"
            ),
        ]
        | UnsetType
    ) = field(name="orderType", default=UNSET)
    """
    Order type: EMS supports only LIMIT (a market order is a LIMIT order with FILL_OR_KILL or IMMEDIATE_OR_CANCEL at the worst acceptable price)
    """
    time_in_force: (
        Annotated[
            Known[
                "GOOD_TILL_CANCEL",
                "GOOD_TILL_TIME_EXCHANGE",
                "GOOD_TILL_TIME_OMS",
                "GOOD_TILL_TIME_OEML",
                "FILL_OR_KILL",
                "IMMEDIATE_OR_CANCEL",
            ],
            Meta(
                description="GOOD_TILL_CANCEL (GTC, default); GOOD_TILL_TIME_EXCHANGE (GTTE: the exchange cancels at expire_time); GOOD_TILL_TIME_OEML or GOOD_TILL_TIME_OMS (GTTO: the EMS Edge cancels at expire_time, by its own clock, only if it is running then); FILL_OR_KILL (FOK); IMMEDIATE_OR_CANCEL (IOC). Support varies by exchange (Starter Guide table: e.g. no GTTE on KRAKEN, BINANCE, BITSTAMP; no FOK on KRAKEN)"
            ),
        ]
        | UnsetType
    ) = field(name="timeInForce", default=UNSET)
    """
    GOOD_TILL_CANCEL (GTC, default); GOOD_TILL_TIME_EXCHANGE (GTTE: the exchange cancels at expire_time); GOOD_TILL_TIME_OEML or GOOD_TILL_TIME_OMS (GTTO: the EMS Edge cancels at expire_time, by its own clock, only if it is running then); FILL_OR_KILL (FOK); IMMEDIATE_OR_CANCEL (IOC). Support varies by exchange (Starter Guide table: e.g. no GTTE on KRAKEN, BINANCE, BITSTAMP; no FOK on KRAKEN)
    """
    expire_time: Annotated[datetime, Meta(description="Expire time")] | UnsetType | None = field(
        name="expireTime", default=UNSET
    )
    """
    Expire time
    """
    exec_inst: (
        Annotated[
            list[
                Known[
                    "MAKER_OR_CANCEL",
                    "AUCTION_ONLY",
                    "INDICATION_OF_INTEREST",
                    "CANCEL_ON_DISCONNECT",
                    "DO_NOT_CANCEL_ON_DISCONNECT",
                    "DO_NOT_INCREASE",
                ]
            ],
            Meta(
                description="Execution instructions: MAKER_OR_CANCEL (post only: rejected whole if any part would fill at once), AUCTION_ONLY, INDICATION_OF_INTEREST, CANCEL_ON_DISCONNECT, DO_NOT_CANCEL_ON_DISCONNECT, DO_NOT_INCREASE (reduce only). Support varies by exchange (Starter Guide table)"
            ),
        ]
        | UnsetType
    ) = field(name="execInst", default=UNSET)
    """
    Execution instructions: MAKER_OR_CANCEL (post only: rejected whole if any part would fill at once), AUCTION_ONLY, INDICATION_OF_INTEREST, CANCEL_ON_DISCONNECT, DO_NOT_CANCEL_ON_DISCONNECT, DO_NOT_INCREASE (reduce only). Support varies by exchange (Starter Guide table)
    """
    client_order_id_format_exchange: (
        Annotated[str, Meta(description="Client order id in the exchange's format")] | UnsetType
    ) = field(name="clientOrderIdFormatExchange", default=UNSET)
    """
    Client order id in the exchange's format
    """
    exchange_order_id: Annotated[str, Meta(description="Exchange order id")] | UnsetType | None = field(
        name="exchangeOrderId", default=UNSET
    )
    """
    Exchange order id
    """
    amount_open: Annotated[Decimal, Meta(description="Amount open")] | UnsetType = field(
        name="amountOpen", default=UNSET
    )
    """
    Amount open
    """
    amount_filled: Annotated[Decimal, Meta(description="Amount filled")] | UnsetType = field(
        name="amountFilled", default=UNSET
    )
    """
    Amount filled
    """
    avg_px: Annotated[Decimal, Meta(description="Average price")] | UnsetType = field(name="avgPx", default=UNSET)
    """
    Average price
    """
    status: (
        Annotated[
            Known[
                "RECEIVED",
                "ROUTING",
                "ROUTED",
                "NEW",
                "PENDING_CANCEL",
                "PARTIALLY_FILLED",
                "FILLED",
                "CANCELED",
                "REJECTED",
            ],
            Meta(
                description="RECEIVED -> REJECTED | ROUTING; ROUTING -> ROUTED; ROUTED -> REJECTED | NEW | PARTIALLY_FILLED | FILLED | CANCELED; NEW -> PARTIALLY_FILLED | FILLED | PENDING_CANCEL | CANCELED; PENDING_CANCEL -> NEW | PARTIALLY_FILLED | FILLED | CANCELED; PARTIALLY_FILLED -> FILLED | PENDING_CANCEL | CANCELED; FILLED, CANCELED and REJECTED are terminal. An order placed outside the EMS first appears as NEW or PARTIALLY_FILLED"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    RECEIVED -> REJECTED | ROUTING; ROUTING -> ROUTED; ROUTED -> REJECTED | NEW | PARTIALLY_FILLED | FILLED | CANCELED; NEW -> PARTIALLY_FILLED | FILLED | PENDING_CANCEL | CANCELED; PENDING_CANCEL -> NEW | PARTIALLY_FILLED | FILLED | CANCELED; PARTIALLY_FILLED -> FILLED | PENDING_CANCEL | CANCELED; FILLED, CANCELED and REJECTED are terminal. An order placed outside the EMS first appears as NEW or PARTIALLY_FILLED
    """
    status_history_status: (
        Annotated[
            list[
                Known[
                    "RECEIVED",
                    "ROUTING",
                    "ROUTED",
                    "NEW",
                    "PENDING_CANCEL",
                    "PARTIALLY_FILLED",
                    "FILLED",
                    "CANCELED",
                    "REJECTED",
                ]
            ],
            Meta(description="The statuses of the order's history, oldest first"),
        ]
        | UnsetType
    ) = field(name="statusHistoryStatus", default=UNSET)
    """
    The statuses of the order's history, oldest first
    """
    status_history_time: (
        Annotated[list[datetime], Meta(description="The time of each status in statusHistoryStatus")] | UnsetType
    ) = field(name="statusHistoryTime", default=UNSET)
    """
    The time of each status in statusHistoryStatus
    """
    error_message_result: Annotated[str, Meta(description="Error message (result)")] | UnsetType | None = field(
        name="errorMessageResult", default=UNSET
    )
    """
    Error message (result)
    """
    error_message_reason: Annotated[str, Meta(description="Error message (reason)")] | UnsetType | None = field(
        name="errorMessageReason", default=UNSET
    )
    """
    Error message (reason)
    """
    error_message_message: Annotated[str, Meta(description="Error message")] | UnsetType | None = field(
        name="errorMessageMessage", default=UNSET
    )
    """
    Error message
    """
    fills_time: Annotated[list[datetime], Meta(description="The time of each fill")] | UnsetType = field(
        name="fillsTime", default=UNSET
    )
    """
    The time of each fill
    """
    fills_price: Annotated[list[Decimal], Meta(description="The price of each fill")] | UnsetType = field(
        name="fillsPrice", default=UNSET
    )
    """
    The price of each fill
    """
    fills_amount: Annotated[list[Decimal], Meta(description="The amount of each fill")] | UnsetType = field(
        name="fillsAmount", default=UNSET
    )
    """
    The amount of each fill
    """
    created_time: Annotated[datetime, Meta(description="Created time")] | UnsetType = field(
        name="createdTime", default=UNSET
    )
    """
    Created time
    """


class OrderNewSingleRequest(Struct, kw_only=True):
    """
    The new order message (the REST body of send_new_order; the WebSocket ORDER_NEW_SINGLE_REQUEST without its type).
    """

    exchange_id: Annotated[
        str,
        Meta(
            description="Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)",
            pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$",
        ),
    ]
    """
    Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)
    """
    client_order_id: Annotated[
        str, Meta(description="The unique identifier of the order assigned by the client", min_length=1)
    ]
    """
    The unique identifier of the order assigned by the client
    """
    amount_order: Annotated[Decimal, Meta(description="Order quantity")]
    """
    Order quantity
    """
    price: Annotated[Decimal, Meta(description="Order price")]
    """
    Order price
    """
    side: Annotated[Literal["BUY", "SELL"], Meta(description="Side of order")]
    """
    Side of order
    """
    order_type: Annotated[
        Literal["LIMIT"],
        Meta(
            description="Order type: EMS supports only LIMIT (a market order is a LIMIT order with FILL_OR_KILL or IMMEDIATE_OR_CANCEL at the worst acceptable price)"
        ),
    ]
    """
    Order type: EMS supports only LIMIT (a market order is a LIMIT order with FILL_OR_KILL or IMMEDIATE_OR_CANCEL at the worst acceptable price)
    """
    time_in_force: Annotated[
        Literal[
            "GOOD_TILL_CANCEL",
            "GOOD_TILL_TIME_EXCHANGE",
            "GOOD_TILL_TIME_OMS",
            "GOOD_TILL_TIME_OEML",
            "FILL_OR_KILL",
            "IMMEDIATE_OR_CANCEL",
        ],
        Meta(
            description="GOOD_TILL_CANCEL (GTC, default); GOOD_TILL_TIME_EXCHANGE (GTTE: the exchange cancels at expire_time); GOOD_TILL_TIME_OEML or GOOD_TILL_TIME_OMS (GTTO: the EMS Edge cancels at expire_time, by its own clock, only if it is running then); FILL_OR_KILL (FOK); IMMEDIATE_OR_CANCEL (IOC). Support varies by exchange (Starter Guide table: e.g. no GTTE on KRAKEN, BINANCE, BITSTAMP; no FOK on KRAKEN)"
        ),
    ]
    """
    GOOD_TILL_CANCEL (GTC, default); GOOD_TILL_TIME_EXCHANGE (GTTE: the exchange cancels at expire_time); GOOD_TILL_TIME_OEML or GOOD_TILL_TIME_OMS (GTTO: the EMS Edge cancels at expire_time, by its own clock, only if it is running then); FILL_OR_KILL (FOK); IMMEDIATE_OR_CANCEL (IOC). Support varies by exchange (Starter Guide table: e.g. no GTTE on KRAKEN, BINANCE, BITSTAMP; no FOK on KRAKEN)
    """
    symbol_id_exchange: (
        Annotated[
            str, Meta(description="Exchange symbol (one of symbol_id_exchange and symbol_id_coinapi is required)")
        ]
        | UnsetType
    ) = UNSET
    """
    Exchange symbol (one of symbol_id_exchange and symbol_id_coinapi is required)
    """
    symbol_id_coinapi: (
        Annotated[str, Meta(description="CoinAPI symbol (one of symbol_id_exchange and symbol_id_coinapi is required)")]
        | UnsetType
    ) = UNSET
    """
    CoinAPI symbol (one of symbol_id_exchange and symbol_id_coinapi is required)
    """
    expire_time: (
        Annotated[datetime, Meta(description="ISO-8601 UTC, seven fractional digits (yyyy-MM-ddTHH:mm:ss.fffffffZ)")]
        | UnsetType
    ) = UNSET
    """
    ISO-8601 UTC, seven fractional digits (yyyy-MM-ddTHH:mm:ss.fffffffZ)
    """
    exec_inst: (
        Annotated[
            list[
                Literal[
                    "MAKER_OR_CANCEL",
                    "AUCTION_ONLY",
                    "INDICATION_OF_INTEREST",
                    "CANCEL_ON_DISCONNECT",
                    "DO_NOT_CANCEL_ON_DISCONNECT",
                    "DO_NOT_INCREASE",
                ]
            ],
            Meta(
                description="Execution instructions: MAKER_OR_CANCEL (post only: rejected whole if any part would fill at once), AUCTION_ONLY, INDICATION_OF_INTEREST, CANCEL_ON_DISCONNECT, DO_NOT_CANCEL_ON_DISCONNECT, DO_NOT_INCREASE (reduce only). Support varies by exchange (Starter Guide table)"
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Execution instructions: MAKER_OR_CANCEL (post only: rejected whole if any part would fill at once), AUCTION_ONLY, INDICATION_OF_INTEREST, CANCEL_ON_DISCONNECT, DO_NOT_CANCEL_ON_DISCONNECT, DO_NOT_INCREASE (reduce only). Support varies by exchange (Starter Guide table)
    """


class PositionData(Checked, kw_only=True):
    """
    One position on an exchange.
    """

    symbol_id_exchange: Annotated[str, Meta(description="Exchange symbol")] | UnsetType = UNSET
    """
    Exchange symbol
    """
    symbol_id_coinapi: Annotated[str, Meta(description="CoinAPI symbol")] | UnsetType = UNSET
    """
    CoinAPI symbol
    """
    avg_entry_price: (
        Annotated[Decimal, Meta(description="Calculated average price of all fills on this position")] | UnsetType
    ) = UNSET
    """
    Calculated average price of all fills on this position
    """
    quantity: Annotated[Decimal, Meta(description="The current position quantity")] | UnsetType = UNSET
    """
    The current position quantity
    """
    side: Annotated[Known["BUY", "SELL"], Meta(description="Side of order")] | UnsetType = UNSET
    """
    Side of order
    """
    unrealized_pnl: (
        Annotated[Decimal, Meta(description="Unrealised profit or loss (PNL) of this position")] | UnsetType
    ) = UNSET
    """
    Unrealised profit or loss (PNL) of this position
    """
    unrealised_pnl: Annotated[Decimal, Meta(description="The same, as the WebSocket examples spell it")] | UnsetType = (
        UNSET
    )
    """
    The same, as the WebSocket examples spell it
    """
    leverage: (
        Annotated[Decimal, Meta(description="Leverage for this position reported by the exchange")] | UnsetType
    ) = UNSET
    """
    Leverage for this position reported by the exchange
    """
    cross_margin: Annotated[bool, Meta(description="Is cross margin mode enabled for this position")] | UnsetType = (
        UNSET
    )
    """
    Is cross margin mode enabled for this position
    """
    liquidation_price: (
        Annotated[Decimal, Meta(description="The position is liquidated if the mark price reaches this value")]
        | UnsetType
    ) = UNSET
    """
    The position is liquidated if the mark price reaches this value
    """
    raw_data: (
        Annotated[dict[str, Any], Meta(description="Other information provided by the exchange on this position")]
        | UnsetType
    ) = UNSET
    """
    Other information provided by the exchange on this position
    """


class ValidationProblemDetails(Struct, kw_only=True):
    """
    An RFC 7231 problem (HTTP 400) listing the request's validation errors.
    """

    type: (
        Annotated[str, Meta(description="The problem type, https://tools.ietf.org/html/rfc7231#section-6.5.1")]
        | UnsetType
    ) = UNSET
    """
    The problem type, https://tools.ietf.org/html/rfc7231#section-6.5.1
    """
    title: Annotated[str, Meta(description="One or more validation errors occurred.")] | UnsetType = UNSET
    """
    One or more validation errors occurred.
    """
    status: Annotated[int, Meta(description="400")] | UnsetType = UNSET
    """
    400
    """
    trace_id: str | UnsetType = field(name="traceId", default=UNSET)
    errors: str | dict[str, list[str]] | UnsetType = UNSET


class WsBalanceUpdate(Checked, kw_only=True):
    """
    The BALANCE_UPDATE message (one balance row, flat, with its exchange).
    """

    type: Known["BALANCE_UPDATE"]
    exchange_id: Annotated[str, Meta(description="Exchange identifier")] | UnsetType = UNSET
    """
    Exchange identifier
    """
    asset_id_exchange: Annotated[str, Meta(description="Exchange currency code")] | UnsetType = UNSET
    """
    Exchange currency code
    """
    asset_id_coinapi: Annotated[str, Meta(description="CoinAPI currency code")] | UnsetType = UNSET
    """
    CoinAPI currency code
    """
    balance: (
        Annotated[Decimal, Meta(description="Value of the current total currency balance on the exchange")] | UnsetType
    ) = UNSET
    """
    Value of the current total currency balance on the exchange
    """
    available: (
        Annotated[
            Decimal, Meta(description="Value of the current available currency balance that can be used as collateral")
        ]
        | UnsetType
    ) = UNSET
    """
    Value of the current available currency balance that can be used as collateral
    """
    locked: (
        Annotated[Decimal, Meta(description="Value of the current locked currency balance by the exchange")] | UnsetType
    ) = UNSET
    """
    Value of the current locked currency balance by the exchange
    """
    last_updated_by: (
        Annotated[
            Known["INITIALIZATION", "BALANCE_MANAGER", "EXCHANGE"], Meta(description="Source of the last modification")
        ]
        | UnsetType
    ) = UNSET
    """
    Source of the last modification
    """
    rate_usd: (
        Annotated[Decimal, Meta(description="Current exchange rate to the USD for the single unit of the currency")]
        | UnsetType
        | None
    ) = UNSET
    """
    Current exchange rate to the USD for the single unit of the currency
    """
    traded: Annotated[Decimal, Meta(description="Value of the current total traded")] | UnsetType = UNSET
    """
    Value of the current total traded
    """


class WsOrderExecReportSnapshot(Checked, kw_only=True):
    """
    The ORDER_EXEC_REPORT_SNAPSHOT message.
    """

    type: Known["ORDER_EXEC_REPORT_SNAPSHOT"]
    data: list[OrderExecutionReport]
    exchange_id: Annotated[str, Meta(description="The exchange the snapshot is of")] | UnsetType = UNSET
    """
    The exchange the snapshot is of
    """


class WsPositionUpdate(Checked, kw_only=True):
    """
    The POSITION_UPDATE message (one position row, flat, with its exchange).
    """

    type: Known["POSITION_UPDATE"]
    exchange_id: Annotated[str, Meta(description="Exchange identifier")] | UnsetType = UNSET
    """
    Exchange identifier
    """
    symbol_id_exchange: Annotated[str, Meta(description="Exchange symbol")] | UnsetType = UNSET
    """
    Exchange symbol
    """
    symbol_id_coinapi: Annotated[str, Meta(description="CoinAPI symbol")] | UnsetType = UNSET
    """
    CoinAPI symbol
    """
    avg_entry_price: (
        Annotated[Decimal, Meta(description="Calculated average price of all fills on this position")] | UnsetType
    ) = UNSET
    """
    Calculated average price of all fills on this position
    """
    quantity: Annotated[Decimal, Meta(description="The current position quantity")] | UnsetType = UNSET
    """
    The current position quantity
    """
    side: Annotated[Known["BUY", "SELL"], Meta(description="Side of the position")] | UnsetType = UNSET
    """
    Side of the position
    """
    unrealized_pnl: (
        Annotated[Decimal, Meta(description="Unrealised profit or loss (PNL) of this position")] | UnsetType
    ) = UNSET
    """
    Unrealised profit or loss (PNL) of this position
    """
    unrealised_pnl: Annotated[Decimal, Meta(description="The same, as the examples spell it")] | UnsetType = UNSET
    """
    The same, as the examples spell it
    """
    leverage: (
        Annotated[Decimal, Meta(description="Leverage for this position reported by the exchange")] | UnsetType
    ) = UNSET
    """
    Leverage for this position reported by the exchange
    """
    cross_margin: Annotated[bool, Meta(description="Is cross margin mode enabled for this position")] | UnsetType = (
        UNSET
    )
    """
    Is cross margin mode enabled for this position
    """
    liquidation_price: (
        Annotated[Decimal, Meta(description="The position is liquidated if the mark price reaches this value")]
        | UnsetType
    ) = UNSET
    """
    The position is liquidated if the mark price reaches this value
    """
    raw_data: (
        Annotated[dict[str, Any], Meta(description="Other information provided by the exchange on this position")]
        | UnsetType
    ) = UNSET
    """
    Other information provided by the exchange on this position
    """


class WsServerInfo(Checked, kw_only=True):
    """
    The SERVER_INFO message.
    """

    type: Known["SERVER_INFO"]
    time: (
        Annotated[datetime, Meta(description="Sending time of the message (to measure the link's latency)")] | UnsetType
    ) = UNSET
    """
    Sending time of the message (to measure the link's latency)
    """
    instance_guid: (
        Annotated[str, Meta(description="The server process's random GUID; it changes on each restart")] | UnsetType
    ) = UNSET
    """
    The server process's random GUID; it changes on each restart
    """
    exchange_id: Annotated[str, Meta(description="Exchange identifier")] | UnsetType = UNSET
    """
    Exchange identifier
    """
    server_version: Annotated[str, Meta(description="Server software version")] | UnsetType = UNSET
    """
    Server software version
    """
    server_name: Annotated[str, Meta(description="Server name")] | UnsetType = UNSET
    """
    Server name
    """
    dns_name: Annotated[str, Meta(description="DNS name")] | UnsetType = UNSET
    """
    DNS name
    """
    is_running: (
        Annotated[
            bool, Meta(description="Whether the server on the other side is running (false is sent before a shutdown)")
        ]
        | UnsetType
    ) = UNSET
    """
    Whether the server on the other side is running (false is sent before a shutdown)
    """
    time_server_start: Annotated[datetime, Meta(description="Time the server software started")] | UnsetType = UNSET
    """
    Time the server software started
    """


class WsSymbol(Struct, kw_only=True):
    """
    One market symbol of an exchange.
    """

    symbol_id_exchange: Annotated[str, Meta(description="Exchange symbol identifier")] | UnsetType = UNSET
    """
    Exchange symbol identifier
    """
    symbol_id_coinapi: Annotated[str, Meta(description="CoinAPI symbol identifier")] | UnsetType = UNSET
    """
    CoinAPI symbol identifier
    """
    asset_id_base_exchange: Annotated[str, Meta(description="Base asset exchange identifier")] | UnsetType = UNSET
    """
    Base asset exchange identifier
    """
    asset_id_quote_exchange: Annotated[str, Meta(description="Quote asset exchange identifier")] | UnsetType = UNSET
    """
    Quote asset exchange identifier
    """
    asset_id_base_coinapi: Annotated[str, Meta(description="Base asset CoinAPI identifier")] | UnsetType = UNSET
    """
    Base asset CoinAPI identifier
    """
    asset_id_quote_coinapi: Annotated[str, Meta(description="Quote asset CoinAPI identifier")] | UnsetType = UNSET
    """
    Quote asset CoinAPI identifier
    """
    price_precision: Annotated[float, Meta(description="Price step (tick size), e.g. 0.01")] | UnsetType = UNSET
    """
    Price step (tick size), e.g. 0.01
    """
    size_precision: Annotated[float, Meta(description="Size step (lot size), e.g. 1")] | UnsetType = UNSET
    """
    Size step (lot size), e.g. 1
    """


class WsSymbolsSnapshot(Checked, kw_only=True):
    """
    The SYMBOLS_SNAPSHOT message.
    """

    type: Known["SYMBOLS_SNAPSHOT"]
    exchange_id: Annotated[str, Meta(description="Exchange identifier")] | UnsetType = UNSET
    """
    Exchange identifier
    """
    data: list[WsSymbol] | UnsetType = UNSET


class Balance(Checked, kw_only=True):
    """
    The balances on one exchange (also the WebSocket BALANCE_SNAPSHOT message).
    """

    type: (
        Annotated[
            Known["BALANCE_SNAPSHOT"], Meta(description="Message type (sent by the live system on REST answers too)")
        ]
        | UnsetType
    ) = UNSET
    """
    Message type (sent by the live system on REST answers too)
    """
    exchange_id: (
        Annotated[
            str,
            Meta(
                description="Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)",
                pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$",
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)
    """
    data: list[BalanceData] | UnsetType = UNSET


class GetAccount(Struct, kw_only=True):
    """
    One exchange account of the subscription.
    """

    exchange_id: (
        Annotated[
            str,
            Meta(
                description="Exchange identifier and optional tag identifying a specific account when several accounts are managed on the same exchange: BITSTAMP, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70, BITSTAMP/2574. Allowed separators between the exchange identifier and the tag: ~/.,:;!@#$%^&*-_+=.",
                pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$",
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Exchange identifier and optional tag identifying a specific account when several accounts are managed on the same exchange: BITSTAMP, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70, BITSTAMP/2574. Allowed separators between the exchange identifier and the tag: ~/.,:;!@#$%^&*-_+=.
    """
    parameters: (
        Annotated[list[KeyValue], Meta(description="Exchange-specific configuration parameters")] | UnsetType
    ) = UNSET
    """
    Exchange-specific configuration parameters
    """


class Position(Checked, kw_only=True):
    """
    The open positions on one exchange (also the WebSocket POSITION_SNAPSHOT message).
    """

    type: (
        Annotated[
            Known["POSITION_SNAPSHOT"],
            Meta(description="Message type (on the WebSocket; by analogy with balances on REST)"),
        ]
        | UnsetType
    ) = UNSET
    """
    Message type (on the WebSocket; by analogy with balances on REST)
    """
    exchange_id: (
        Annotated[
            str,
            Meta(
                description="Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)",
                pattern="^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$",
            ),
        ]
        | UnsetType
    ) = UNSET
    """
    Exchange identifier used to identify the routing destination (KRAKEN, BINANCE, ...), optionally followed by a tag naming one of several accounts on that exchange: BITSTAMP/2574, BITSTAMP/7c177641-74bd-4dbe-9b01-2497c12a5f70 (separators ~/.,:;!@#$%^&*-_+=.)
    """
    data: list[PositionData] | UnsetType = UNSET
