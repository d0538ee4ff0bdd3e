"""Stub server of the CoinAPI EMS API (a test double that trades), from spec/coinapi_ems; do not edit.

    stub = create_stub(seed=1)
    client = Client(base_url="http://stub", http_client=httpx.Client(transport=stub.transport()), **stub.credentials)

`stub` is also an ASGI application: `python -m exchange_bindings serve coinapi_ems` serves it.
"""

from collections.abc import Callable
from decimal import Decimal

from exchange_bindings.runtime.sim.model import Market
from exchange_bindings.runtime.sim.venues import Venue, VenueConfig
from exchange_bindings.runtime.stub.app import Stub
from exchange_bindings.runtime.stub.config import Account, EndpointStub, ErrorResponse, Funds, StubConfig
from exchange_bindings.runtime.stub.handle import StubHandle
from exchange_bindings.runtime.stub.records import Collection

from . import streams
from .client import AsyncClient, Client
from .config import CONFIG
from .operations import OPERATIONS

Handle = StubHandle[Client, AsyncClient]
"""The pytest handle of this stub, its clients typed: `stub: Handle = exchange_stub("coinapi_ems")`."""

STUB = StubConfig(
    venues=VenueConfig(
        venues=(
            Venue(
                id="KRAKEN",
                markets=(
                    Market(
                        symbol="KRAKEN_SPOT_BTC_USD",
                        base="BTC",
                        quote="USD",
                        tick_size=Decimal("0.1"),
                        lot_size=Decimal("0.00000001"),
                        min_quantity=Decimal("0.0001"),
                        price=Decimal("60000"),
                    ),
                    Market(
                        symbol="KRAKEN_SPOT_BTC_USDT",
                        base="BTC",
                        quote="USDT",
                        tick_size=Decimal("0.0001"),
                        lot_size=Decimal("0.00000001"),
                        min_quantity=Decimal("0.0001"),
                        price=Decimal("60000"),
                    ),
                    Market(
                        symbol="KRAKEN_SPOT_USD_JPY",
                        base="USD",
                        quote="JPY",
                        tick_size=Decimal("0.001"),
                        lot_size=Decimal("0.01"),
                        min_quantity=Decimal("5"),
                        price=Decimal("150"),
                    ),
                    Market(
                        symbol="KRAKEN_SPOT_OXT_USD",
                        base="OXT",
                        quote="USD",
                        tick_size=Decimal("0.00001"),
                        lot_size=Decimal("0.00000001"),
                        min_quantity=Decimal("20"),
                        price=Decimal("0.11"),
                    ),
                ),
            ),
            Venue(
                id="BINANCE",
                markets=(
                    Market(
                        symbol="BINANCE_SPOT_BTC_USDT",
                        base="BTC",
                        quote="USDT",
                        lot_size=Decimal("0.00001"),
                        min_quantity=Decimal("0.00001"),
                        price=Decimal("60000"),
                    ),
                    Market(
                        symbol="BINANCE_SPOT_ETH_USDT",
                        base="ETH",
                        quote="USDT",
                        lot_size=Decimal("0.0001"),
                        min_quantity=Decimal("0.0001"),
                        price=Decimal("3000"),
                    ),
                ),
            ),
            Venue(
                id="BITSTAMP",
                markets=(
                    Market(
                        symbol="BITSTAMP_SPOT_BTC_USD",
                        base="BTC",
                        quote="USD",
                        tick_size=Decimal("1"),
                        lot_size=Decimal("0.00000001"),
                        min_quantity=Decimal("0.0002"),
                        price=Decimal("60000"),
                    ),
                    Market(
                        symbol="BITSTAMP_SPOT_ETH_BTC",
                        base="ETH",
                        quote="BTC",
                        tick_size=Decimal("0.00000001"),
                        lot_size=Decimal("0.00000001"),
                        min_quantity=Decimal("0.01"),
                        price=Decimal("0.05"),
                    ),
                ),
            ),
            Venue(
                id="BITMEX",
                markets=(
                    Market(
                        symbol="BITMEX_PERP_BTC_USDT",
                        base="BTC",
                        quote="USDT",
                        kind="perpetual",
                        tick_size=Decimal("0.5"),
                        lot_size=Decimal("0.000001"),
                        min_quantity=Decimal("0.000001"),
                        price=Decimal("60000"),
                        extra={"maintenance_margin_rate": "0.005"},
                        max_leverage=Decimal("100"),
                    ),
                ),
            ),
        ),
        param="exchange_id",
        tag_separators="~/.,:;!@#$%^&*-_+=",
    ),
    accounts=(
        Account(
            id="ems-demo-1",
            funds=Funds(
                balances={
                    "USD": Decimal("100000"),
                    "USDT": Decimal("100000"),
                    "BTC": Decimal("2"),
                    "JPY": Decimal("15000000"),
                    "OXT": Decimal("100000"),
                }
            ),
            credentials={"api_key": "73034021-THIS-IS-SAMPLE-KEY"},
            venues={
                "BINANCE": Funds(balances={"USDT": Decimal("100000"), "BTC": Decimal("2"), "ETH": Decimal("20")}),
                "BITSTAMP": Funds(balances={"USD": Decimal("100000"), "BTC": Decimal("2"), "ETH": Decimal("20")}),
                "BITMEX": Funds(balances={"USDT": Decimal("100000")}),
            },
        ),
        Account(
            id="ems-demo-2",
            funds=Funds(
                balances={
                    "USD": Decimal("100000"),
                    "USDT": Decimal("100000"),
                    "BTC": Decimal("2"),
                    "JPY": Decimal("15000000"),
                    "OXT": Decimal("100000"),
                }
            ),
            credentials={"api_key": "73034021-THIS-IS-SAMPLE-KEY-2"},
            venues={
                "BINANCE": Funds(balances={"USDT": Decimal("100000"), "BTC": Decimal("2"), "ETH": Decimal("20")}),
                "BITSTAMP": Funds(balances={"USD": Decimal("100000"), "BTC": Decimal("2"), "ETH": Decimal("20")}),
                "BITMEX": Funds(balances={"USDT": Decimal("100000")}),
            },
        ),
    ),
    values={
        "location": {
            "KRAKEN": "aws-us-west-2-prd",
            "BINANCE": "aws-ap-northeast-1-prd",
            "BITSTAMP": "aws-eu-central-1-prd",
            "BITMEX": "aws-eu-west-1-prd",
        },
        "symbol_id_exchange": {
            "KRAKEN_SPOT_BTC_USD": "XBT/USD",
            "KRAKEN_SPOT_BTC_USDT": "XBT/USDT",
            "KRAKEN_SPOT_USD_JPY": "USDJPY",
            "KRAKEN_SPOT_OXT_USD": "OXTUSD",
            "BINANCE_SPOT_BTC_USDT": "BTCUSDT",
            "BINANCE_SPOT_ETH_USDT": "ETHUSDT",
            "BITSTAMP_SPOT_BTC_USD": "btcusd",
            "BITSTAMP_SPOT_ETH_BTC": "ethbtc",
            "BITMEX_PERP_BTC_USDT": "XBTUSDT",
        },
        "side": {"buy": "BUY", "sell": "SELL"},
        "side_code": {"buy": 1, "sell": 2},
        "position_side": {"long": "BUY", "short": "SELL"},
        "time_in_force": {
            "gtc": "GOOD_TILL_CANCEL",
            "ioc": "IMMEDIATE_OR_CANCEL",
            "fok": "FILL_OR_KILL",
            "maker_only": "GOOD_TILL_CANCEL",
        },
        "sim_tif": {
            "GOOD_TILL_CANCEL": "gtc",
            "GOOD_TILL_TIME_EXCHANGE": "gtc",
            "GOOD_TILL_TIME_OMS": "gtc",
            "GOOD_TILL_TIME_OEML": "gtc",
            "FILL_OR_KILL": "fok",
            "IMMEDIATE_OR_CANCEL": "ioc",
        },
        "order_status": {
            "open": "NEW",
            "pending": "NEW",
            "partially_filled": "PARTIALLY_FILLED",
            "filled": "FILLED",
            "cancelled": "CANCELED",
            "cancelled:user": "CANCELED",
            "cancelled:amended": "CANCELED",
            "cancelled:maker_only": "REJECTED",
            "cancelled:fok": "CANCELED",
            "cancelled:ioc": "CANCELED",
            "cancelled:market_unfilled": "CANCELED",
            "cancelled:reduce_only": "CANCELED",
            "cancelled:position_closed": "CANCELED",
            "rejected": "REJECTED",
        },
    },
    rejections={
        "unknown_route": "METHOD_NOT_SUPPORTED",
        "wrong_method": "METHOD_NOT_SUPPORTED",
        "too_large": "JSON_ERROR",
        "missing_parameter": "JSON_ERROR",
        "invalid_parameter": "JSON_ERROR",
        "too_many_items": "JSON_ERROR",
        "unknown_key": "OTHER",
        "unknown_account": "OTHER",
        "unknown_market": "OTHER",
        "invalid_price": "OTHER",
        "invalid_quantity": "OTHER",
        "insufficient_funds": "OTHER",
        "order_not_found": "ORDER_ID_NOT_FOUND",
        "order_not_open": "ORDER_ID_NOT_FOUND",
        "unknown_venue": "EXCHANGE_UNREACHABLE",
        "not_found": "ORDER_ID_NOT_FOUND",
    },
    messages={
        "OTHER": "The request was rejected for another reason",
        "EXCHANGE_UNREACHABLE": "Exchange is unreachable",
        "EXCHANGE_RESPONSE_TIMEOUT": "Exchange didn't respond in the defined timeout",
        "ORDER_ID_NOT_FOUND": "Order not found",
        "INVALID_TYPE": "Invalid message type",
        "METHOD_NOT_SUPPORTED": "Method not supported",
        "JSON_ERROR": "The request is not valid JSON",
    },
    retention_ms=2592000000,
    error_response={"type": "MESSAGE_REJECT", "reject_reason": "{code}", "message": "{message}"},
    error_responses=(
        ErrorResponse(
            reasons=("missing_parameter", "invalid_parameter", "too_many_items"),
            status=400,
            body={
                "type": "https://tools.ietf.org/html/rfc7231#section-6.5.1",
                "title": "One or more validation errors occurred.",
                "status": 400,
                "traceId": "{trace_id}",
                "errors": "{detail}",
            },
        ),
        ErrorResponse(reasons=("unknown_key",), status=401, body={"message": "{detail}"}),
    ),
    endpoints={
        "cancel_all_orders": EndpointStub(
            action="cancel_all",
            response={"$ref": "#/schemas/MessageReject"},
            respond={
                "type": "MESSAGE_REJECT",
                "reject_reason": "OTHER",
                "exchange_id": "{params.exchange_id}",
                "message": "{result|len} orders canceled",
            },
        ),
        "cancel_order": EndpointStub(
            action="cancel_order",
            response={"$ref": "#/schemas/OrderExecutionReport"},
            args={"order_id": "{params.exchange_order_id}", "client_order_id": "{params.client_order_id}"},
            respond={
                "$with": "result",
                "$as": "o",
                "$item": {
                    "type": "ORDER_EXEC_REPORT_UPDATE",
                    "id": "{o.client_order_id|str}",
                    "exchange_id": "{params.exchange_id|or:venue|or:g.venue}",
                    "client_order_id": "{o.client_order_id|str}",
                    "symbol_id_exchange": "{o.market|to:symbol_id_exchange}",
                    "symbol_id_coinapi": "{o.market}",
                    "amount_order": "{o.quantity}",
                    "price": "{o.price}",
                    "side": "{o.side|to:side}",
                    "order_type": "LIMIT",
                    "time_in_force": "{o.time_in_force|to:time_in_force}",
                    "exec_inst": {"$if": "o.time_in_force|eq:'maker_only'", "$then": ["MAKER_OR_CANCEL"], "$else": []},
                    "client_order_id_format_exchange": "{o.id|str}",
                    "exchange_order_id": "{o.id|str}",
                    "amount_open": "{o.remaining}",
                    "amount_filled": "{o.filled}",
                    "avg_px": "{o.average_price|default:0}",
                    "status": "{o.outcome|to:order_status}",
                    "status_history": {
                        "$concat": [
                            [
                                ["RECEIVED", "{o.created_ms}"],
                                ["ROUTING", "{o.created_ms}"],
                                ["ROUTED", "{o.created_ms}"],
                            ],
                            {
                                "$each": "o|status_history",
                                "$as": "h",
                                "$item": ["{h.status|to:order_status}", "{h.time_ms}"],
                            },
                        ]
                    },
                    "fills": {
                        "$each": "o.fills",
                        "$as": "f",
                        "$item": {"time": "{f.time_ms}", "price": "{f.price}", "amount": "{f.quantity}"},
                    },
                },
            },
        ),
        "delete_account": EndpointStub(
            action="delete_records",
            response={"type": "null"},
            args={"collection": "accounts", "keys": "{params.exchange_id}"},
            venues="default",
        ),
        "delete_all_accounts": EndpointStub(
            action="clear_records", response={"type": "null"}, args={"collection": "accounts"}
        ),
        "get_accounts": EndpointStub(
            action="records",
            response={"type": "array", "items": {"$ref": "#/schemas/GetAccount"}},
            args={"collection": "accounts", "keys": "{params.filter_exchange_id}"},
            respond={
                "$each": "result",
                "$item": {"exchange_id": "{item.exchange_id}", "parameters": "{item.parameters}"},
            },
        ),
        "get_balances": EndpointStub(
            action="balances",
            response={"type": "array", "items": {"$ref": "#/schemas/Balance"}},
            respond={
                "$each": "result",
                "$as": "g",
                "$item": {
                    "type": "BALANCE_SNAPSHOT",
                    "exchange_id": "{params.exchange_id|or:g.venue}",
                    "data": {
                        "$each": "g.result",
                        "$item": {
                            "id": "{item.asset}",
                            "asset_id_exchange": "{item.asset}",
                            "asset_id_coinapi": "{item.asset}",
                            "balance": "{item.total}",
                            "available": "{item.available}",
                            "locked": "{item.reserved}",
                            "traded": 0,
                            "last_updated_by": "EXCHANGE",
                        },
                    },
                },
            },
            venues="each",
        ),
        "get_endpoints": EndpointStub(
            action="records",
            response={"type": "array", "items": {"$ref": "#/schemas/AccountEndpoint"}},
            args={"collection": "accounts", "keys": "{params.filter_exchange_id}"},
            respond={
                "$each": "result",
                "$item": {
                    "exchange_id": "{item.exchange_id}",
                    "location_id": "{item.venue|to:location}",
                    "endpoint_schema": "http",
                    "endpoint_host": "{host}",
                    "endpoint_url": "http://{host}/",
                },
            },
        ),
        "get_exchanges": EndpointStub(
            action="records",
            response={"type": "array", "items": {"$ref": "#/schemas/ExchangeLoginRequire"}},
            args={"collection": "exchanges"},
            respond={
                "$each": "result",
                "$item": {
                    "exchange_id": "{item.exchange_id}",
                    "location_id": "{item.exchange_id|to:location}",
                    "required_parameters": "{item.required_parameters}",
                },
            },
        ),
        "get_locations": EndpointStub(
            action="records",
            response={"type": "array", "items": {"$ref": "#/schemas/Locations"}},
            args={"collection": "locations"},
            respond={
                "$each": "result",
                "$item": {
                    "location_id": "{item.location_id}",
                    "region_name": "{item.region_name}",
                    "provider_name": "{item.provider_name}",
                },
            },
        ),
        "get_open_orders": EndpointStub(
            action="open_orders",
            response={"type": "array", "items": {"$ref": "#/schemas/OrderExecutionReport"}},
            respond={
                "$each": "result",
                "$as": "g",
                "$flat": True,
                "$item": {
                    "$each": "g.result",
                    "$as": "o",
                    "$item": {
                        "type": "ORDER_EXEC_REPORT_UPDATE",
                        "id": "{o.client_order_id|str}",
                        "exchange_id": "{params.exchange_id|or:venue|or:g.venue}",
                        "client_order_id": "{o.client_order_id|str}",
                        "symbol_id_exchange": "{o.market|to:symbol_id_exchange}",
                        "symbol_id_coinapi": "{o.market}",
                        "amount_order": "{o.quantity}",
                        "price": "{o.price}",
                        "side": "{o.side|to:side}",
                        "order_type": "LIMIT",
                        "time_in_force": "{o.time_in_force|to:time_in_force}",
                        "exec_inst": {
                            "$if": "o.time_in_force|eq:'maker_only'",
                            "$then": ["MAKER_OR_CANCEL"],
                            "$else": [],
                        },
                        "client_order_id_format_exchange": "{o.id|str}",
                        "exchange_order_id": "{o.id|str}",
                        "amount_open": "{o.remaining}",
                        "amount_filled": "{o.filled}",
                        "avg_px": "{o.average_price|default:0}",
                        "status": "{o.outcome|to:order_status}",
                        "status_history": {
                            "$concat": [
                                [
                                    ["RECEIVED", "{o.created_ms}"],
                                    ["ROUTING", "{o.created_ms}"],
                                    ["ROUTED", "{o.created_ms}"],
                                ],
                                {
                                    "$each": "o|status_history",
                                    "$as": "h",
                                    "$item": ["{h.status|to:order_status}", "{h.time_ms}"],
                                },
                            ]
                        },
                        "fills": {
                            "$each": "o.fills",
                            "$as": "f",
                            "$item": {"time": "{f.time_ms}", "price": "{f.price}", "amount": "{f.quantity}"},
                        },
                    },
                },
            },
            venues="each",
        ),
        "get_order_execution_report": EndpointStub(
            action="order",
            response={"$ref": "#/schemas/OrderExecutionReport"},
            args={"client_order_id": "{params.client_order_id}"},
            respond={
                "$with": "result",
                "$as": "o",
                "$item": {
                    "type": "ORDER_EXEC_REPORT_UPDATE",
                    "id": "{o.client_order_id|str}",
                    "exchange_id": "{params.exchange_id|or:venue|or:g.venue}",
                    "client_order_id": "{o.client_order_id|str}",
                    "symbol_id_exchange": "{o.market|to:symbol_id_exchange}",
                    "symbol_id_coinapi": "{o.market}",
                    "amount_order": "{o.quantity}",
                    "price": "{o.price}",
                    "side": "{o.side|to:side}",
                    "order_type": "LIMIT",
                    "time_in_force": "{o.time_in_force|to:time_in_force}",
                    "exec_inst": {"$if": "o.time_in_force|eq:'maker_only'", "$then": ["MAKER_OR_CANCEL"], "$else": []},
                    "client_order_id_format_exchange": "{o.id|str}",
                    "exchange_order_id": "{o.id|str}",
                    "amount_open": "{o.remaining}",
                    "amount_filled": "{o.filled}",
                    "avg_px": "{o.average_price|default:0}",
                    "status": "{o.outcome|to:order_status}",
                    "status_history": {
                        "$concat": [
                            [
                                ["RECEIVED", "{o.created_ms}"],
                                ["ROUTING", "{o.created_ms}"],
                                ["ROUTED", "{o.created_ms}"],
                            ],
                            {
                                "$each": "o|status_history",
                                "$as": "h",
                                "$item": ["{h.status|to:order_status}", "{h.time_ms}"],
                            },
                        ]
                    },
                    "fills": {
                        "$each": "o.fills",
                        "$as": "f",
                        "$item": {"time": "{f.time_ms}", "price": "{f.price}", "amount": "{f.quantity}"},
                    },
                },
            },
            venues="first",
        ),
        "get_order_history": EndpointStub(
            action="order_history",
            response={"type": "array", "items": {"$ref": "#/schemas/OrderHistory"}},
            args={"start_ms": "{params.time_start}", "end_ms": "{params.time_end}"},
            respond={
                "$each": "result",
                "$as": "g",
                "$flat": True,
                "$item": {
                    "$each": "g.result",
                    "$as": "o",
                    "$item": {
                        "exchangeId": "{g.venue}",
                        "clientOrderId": "{o.client_order_id|str}",
                        "symbolIdExchange": "{o.market|to:symbol_id_exchange}",
                        "symbolIdCoinapi": "{o.market}",
                        "amountOrder": "{o.quantity}",
                        "price": "{o.price}",
                        "side": "{o.side|to:side_code}",
                        "orderType": "LIMIT",
                        "timeInForce": "{o.time_in_force|to:time_in_force}",
                        "execInst": {
                            "$if": "o.time_in_force|eq:'maker_only'",
                            "$then": ["MAKER_OR_CANCEL"],
                            "$else": [],
                        },
                        "clientOrderIdFormatExchange": "{o.id|str}",
                        "exchangeOrderId": "{o.id|str}",
                        "amountOpen": "{o.remaining}",
                        "amountFilled": "{o.filled}",
                        "avgPx": "{o.average_price|default:0}",
                        "status": "{o.outcome|to:order_status}",
                        "statusHistoryStatus": {
                            "$concat": [
                                ["RECEIVED", "ROUTING", "ROUTED"],
                                {"$each": "o|status_history", "$as": "h", "$item": "{h.status|to:order_status}"},
                            ]
                        },
                        "statusHistoryTime": {
                            "$concat": [
                                ["{o.created_ms}", "{o.created_ms}", "{o.created_ms}"],
                                {"$each": "o|status_history", "$as": "h", "$item": "{h.time_ms}"},
                            ]
                        },
                        "fillsTime": {"$each": "o.fills", "$as": "f", "$item": "{f.time_ms}"},
                        "fillsPrice": {"$each": "o.fills", "$as": "f", "$item": "{f.price}"},
                        "fillsAmount": {"$each": "o.fills", "$as": "f", "$item": "{f.quantity}"},
                        "createdTime": "{o.created_ms}",
                    },
                },
            },
            venues="each",
        ),
        "get_positions": EndpointStub(
            action="positions",
            response={"type": "array", "items": {"$ref": "#/schemas/Position"}},
            args={"open": "true"},
            respond={
                "$each": "result",
                "$as": "g",
                "$item": {
                    "type": "POSITION_SNAPSHOT",
                    "exchange_id": "{params.exchange_id|or:g.venue}",
                    "data": {
                        "$each": "g.result",
                        "$item": {
                            "symbol_id_exchange": "{item.symbol|to:symbol_id_exchange}",
                            "symbol_id_coinapi": "{item.symbol}",
                            "avg_entry_price": "{item.entry_price}",
                            "quantity": "{item.size}",
                            "side": "{item.side|to:position_side}",
                            "unrealized_pnl": "{item.unrealized_pnl}",
                            "leverage": "{item.leverage}",
                            "cross_margin": "{item.margin_mode|eq:'cross'}",
                            "liquidation_price": "{item.liquidation_price}",
                        },
                    },
                },
            },
            venues="each",
        ),
        "persist_account": EndpointStub(
            action="put_record",
            response={"type": "null"},
            args={
                "collection": "accounts",
                "exchange_id": "{params.exchange_id}",
                "venue": "{venue}",
                "parameters": "{params.parameters}",
                "requires": {
                    "collection": "exchanges",
                    "key": "{venue}",
                    "field": "required_parameters",
                    "given": {"$each": "params.parameters", "$as": "p", "$item": "{p.key}"},
                },
            },
            rejections={
                "unknown_venue": "JSON_ERROR",
                "missing_parameter": {"code": "JSON_ERROR", "status": 405},
                "incomplete": {"code": "JSON_ERROR", "status": 405},
            },
        ),
        "send_new_order": EndpointStub(
            action="place_order",
            response={"$ref": "#/schemas/OrderExecutionReport"},
            args={
                "symbol": "{params.symbol_id_coinapi|or:params.symbol_id_exchange|from:symbol_id_exchange}",
                "side": "{params.side|from:side}",
                "type": "limit",
                "quantity": "{params.amount_order}",
                "price": "{params.price}",
                "time_in_force": {
                    "$if": "params.exec_inst|first|eq:'MAKER_OR_CANCEL'",
                    "$then": "maker_only",
                    "$else": "{params.time_in_force|to:sim_tif}",
                },
                "client_order_id": "{params.client_order_id}",
            },
            respond={
                "$with": "result",
                "$as": "o",
                "$item": {
                    "type": "ORDER_EXEC_REPORT_UPDATE",
                    "id": "{o.client_order_id|str}",
                    "exchange_id": "{params.exchange_id|or:venue|or:g.venue}",
                    "client_order_id": "{o.client_order_id|str}",
                    "symbol_id_exchange": "{o.market|to:symbol_id_exchange}",
                    "symbol_id_coinapi": "{o.market}",
                    "amount_order": "{o.quantity}",
                    "price": "{o.price}",
                    "side": "{o.side|to:side}",
                    "order_type": "LIMIT",
                    "time_in_force": "{o.time_in_force|to:time_in_force}",
                    "exec_inst": {"$if": "o.time_in_force|eq:'maker_only'", "$then": ["MAKER_OR_CANCEL"], "$else": []},
                    "client_order_id_format_exchange": "{o.id|str}",
                    "exchange_order_id": "{o.id|str}",
                    "amount_open": "{o.remaining}",
                    "amount_filled": "{o.filled}",
                    "avg_px": "{o.average_price|default:0}",
                    "status": "{o.outcome|to:order_status}",
                    "status_history": {
                        "$concat": [
                            [
                                ["RECEIVED", "{o.created_ms}"],
                                ["ROUTING", "{o.created_ms}"],
                                ["ROUTED", "{o.created_ms}"],
                            ],
                            {
                                "$each": "o|status_history",
                                "$as": "h",
                                "$item": ["{h.status|to:order_status}", "{h.time_ms}"],
                            },
                        ]
                    },
                    "fills": {
                        "$each": "o.fills",
                        "$as": "f",
                        "$item": {"time": "{f.time_ms}", "price": "{f.price}", "amount": "{f.quantity}"},
                    },
                },
            },
        ),
    },
    examples={
        "cancel_all_orders": {
            "type": "MESSAGE_REJECT",
            "reject_reason": "ORDER_ID_NOT_FOUND",
            "exchange_id": "BINANCE",
            "message": "Order with ID: BINANCE-7d8a-4888 not found",
            "rejected_message": '{"client_order_id":"BINANCE-7d8a-4888","exchange_id":"BINANCE","type":"ORDER_CANCEL_SINGLE_REQUEST"}',
        },
        "cancel_order": {
            "exchange_id": "KRAKEN",
            "client_order_id": "6ab36bc1-344d-432e-ac6d-0bf44ee64c2b",
            "symbol_id_exchange": "XBT/USDT",
            "symbol_id_coinapi": "KRAKEN_SPOT_BTC_USDT",
            "amount_order": 0.045,
            "price": 0.0783,
            "side": "BUY",
            "order_type": "LIMIT",
            "time_in_force": "GOOD_TILL_CANCEL",
            "expire_time": "2020-01-01T10:45:20.1677709Z",
            "exec_inst": ["MAKER_OR_CANCEL"],
            "client_order_id_format_exchange": "f81211e2-27c4-b86a-8143-01088ba9222c",
            "exchange_order_id": "3456456754",
            "amount_open": 0.22,
            "amount_filled": 0,
            "avg_px": 0.0783,
            "status": "RECEIVED",
            "status_history": [
                ["RECEIVED", "2020-05-27T11:16:20.1677709Z"],
                ["REJECTED", "2020-05-27T11:16:20.1677710Z"],
            ],
            "error_message": '{"result":"error","reason":"InsufficientFunds","message":"Failed to place buy order on symbol \'BTCUSD\' for price $7,000.00 and quantity 0.22 BTC due to insufficient funds"}',
            "fills": [{"time": "2020-01-01T10:45:20.1677709Z", "price": 10799.2, "amount": 0.002}],
        },
        "delete_account": None,
        "delete_all_accounts": None,
        "get_accounts": [
            {
                "exchange_id": "BITMEX/JOHN",
                "parameters": [
                    {"key": "PublicApiKey", "value": "73034021-THIS-IS-SAMPLE-PUBLIC-KEY-FROM-BITMEX"},
                    {"key": "PrivateApiKey", "value": "73034021-THIS-IS-SAMPLE-PRIVATE-KEY-FROM-BITMEX"},
                ],
            },
            {
                "exchange_id": "KRAKEN/JOHN",
                "parameters": [
                    {"key": "PublicApiKey", "value": "73034021-THIS-IS-SAMPLE-PUBLIC-KEY-FROM-KRAKEN"},
                    {"key": "PrivateApiKey", "value": "73034021-THIS-IS-SAMPLE-PRIVATE-KEY-FROM-KRAKEN"},
                ],
            },
        ],
        "get_balances": [
            {
                "exchange_id": "KRAKEN",
                "data": [
                    {
                        "asset_id_exchange": "XBT",
                        "asset_id_coinapi": "BTC",
                        "balance": 0.00134444,
                        "available": 0.00134444,
                        "locked": 0,
                        "last_updated_by": "EXCHANGE",
                        "rate_usd": 1355.12,
                        "traded": 0.007,
                    }
                ],
            }
        ],
        "get_certificate_pem": "-----BEGIN PUBLIC KEY-----\nMIIBIjANB.......\n-----END PUBLIC KEY-----\n-----BEGIN PRIVATE KEY-----\nMIIEvwIAA.......\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\nMIIDEjCCA.......\n-----END CERTIFICATE-----\n",
        "get_endpoints": [
            {
                "exchange_id": "KRAKEN",
                "location_id": "aws-us-east-2",
                "endpoint_schema": "https",
                "endpoint_host": "1314.51253.51.ec2.eu-west-1.amazonaws.com",
                "endpoint_url": "https://1314.51253.51.ec2.eu-west-1.amazonaws.com/",
            }
        ],
        "get_exchanges": [
            {
                "exchange_id": "BITMEX",
                "location_id": "aws-eu-west-1-prd",
                "required_parameters": ["PrivateApiKey", "PublicApiKey"],
            },
            {
                "exchange_id": "COINBASE",
                "location_id": "aws-us-east-1-prd",
                "required_parameters": ["PassPhrase", "PrivateApiKey", "PublicApiKey"],
            },
            {
                "exchange_id": "GEMINI",
                "location_id": "aws-us-east-1-prd",
                "required_parameters": ["PrivateApiKey", "PublicApiKey"],
            },
            {
                "exchange_id": "KRAKEN",
                "location_id": "aws-us-west-2-prd",
                "required_parameters": ["PrivateApiKey", "PublicApiKey"],
            },
        ],
        "get_locations": [{"location_id": "aws-us-east-1", "region_name": "us-east-1", "provider_name": "aws"}],
        "get_open_orders": [
            {
                "exchange_id": "KRAKEN",
                "client_order_id": "6ab36bc1-344d-432e-ac6d-0bf44ee64c2b",
                "symbol_id_exchange": "XBT/USDT",
                "symbol_id_coinapi": "KRAKEN_SPOT_BTC_USDT",
                "amount_order": 0.045,
                "price": 0.0783,
                "side": "BUY",
                "order_type": "LIMIT",
                "time_in_force": "GOOD_TILL_CANCEL",
                "expire_time": "2020-01-01T10:45:20.1677709Z",
                "exec_inst": ["MAKER_OR_CANCEL"],
                "client_order_id_format_exchange": "f81211e2-27c4-b86a-8143-01088ba9222c",
                "exchange_order_id": "3456456754",
                "amount_open": 0.22,
                "amount_filled": 0,
                "avg_px": 0.0783,
                "status": "RECEIVED",
                "status_history": [
                    ["RECEIVED", "2020-05-27T11:16:20.1677709Z"],
                    ["REJECTED", "2020-05-27T11:16:20.1677710Z"],
                ],
                "error_message": '{"result":"error","reason":"InsufficientFunds","message":"Failed to place buy order on symbol \'BTCUSD\' for price $7,000.00 and quantity 0.22 BTC due to insufficient funds"}',
                "fills": [{"time": "2020-01-01T10:45:20.1677709Z", "price": 10799.2, "amount": 0.002}],
            }
        ],
        "get_order_execution_report": {
            "type": "ORDER_EXEC_REPORT_UPDATE",
            "id": "YOUR-UNIQUE-IDENTIFIER-FOR-ORDER-001",
            "client_order_id_format_exchange": "1945919824",
            "exchange_order_id": "OUQMAY-ODBWL-AXG4ZE",
            "amount_open": 10.0,
            "amount_filled": 0.0,
            "status": "CANCELED",
            "status_history": [
                ["RECEIVED", "2024-02-23T00:16:20.2139293Z"],
                ["ROUTING", "2024-02-23T00:16:20.2389572Z"],
                ["ROUTED", "2024-02-23T00:16:20.4016779Z"],
                ["NEW", "2024-02-23T00:16:20.4021975Z"],
                ["CANCELED", "2024-02-23T00:16:20.4026337Z"],
            ],
            "error_message": None,
            "fills": [],
            "exchange_id": "KRAKEN/JOHN",
            "client_order_id": "YOUR-UNIQUE-IDENTIFIER-FOR-ORDER-001",
            "symbol_id_exchange": "USDJPY",
            "symbol_id_coinapi": "KRAKEN_SPOT_USD_JPY",
            "amount_order": 10.0,
            "price": 150.0,
            "avg_px": 0.0,
            "side": "SELL",
            "order_type": "LIMIT",
            "time_in_force": "GOOD_TILL_CANCEL",
            "expire_time": None,
            "exec_inst": ["MAKER_OR_CANCEL"],
        },
        "get_order_history": [
            {
                "apikey": "9a55567a-b5ff-4b78-b6aa-xxxx",
                "exchangeId": "BINANCE",
                "clientOrderId": "6ab36bc1-344d-432e-ac6d-0bf44ee64c2b",
                "symbolIdExchange": "BTCUSDT",
                "symbolIdCoinapi": "BINANCE_SPOT_BTC_USDT",
                "amountOrder": 0.00034,
                "price": 31939.47,
                "side": 2,
                "orderType": "LIMIT",
                "timeInForce": "GOOD_TILL_CANCEL",
                "expireTime": "2022-05-01T00:00:00",
                "execInst": ["MAKER_OR_CANCEL"],
                "clientOrderIdFormatExchange": "6ab36bc1-344d-432e-ac6d-0bf44ee64c2b",
                "exchangeOrderId": "6ab36bc1-344d-432e-ac6d-0bf44ee64c2b",
                "amountOpen": 0.00034,
                "amountFilled": 0,
                "avgPx": 0,
                "status": "REJECTED",
                "statusHistoryStatus": ["RECEIVED", "ROUTING", "REJECTED"],
                "statusHistoryTime": [
                    "2022-05-27T13:06:34.5122626Z",
                    "2022-05-27T13:06:37.3410216Z",
                    "2022-05-27T13:06:40.1342877Z",
                ],
                "errorMessageMessage": "-2015 Invalid API-key, IP, or permissions for action. https://api.binance.com/api/v3/order?newOrderRespType",
                "fillsTime": [],
                "fillsPrice": [],
                "fillsAmount": [],
                "createdTime": "2022-06-27T07:02:33.1977903Z",
            }
        ],
        "get_positions": [
            {
                "exchange_id": "KRAKEN",
                "data": [
                    {
                        "symbol_id_exchange": "XBTUSD",
                        "symbol_id_coinapi": "BITMEX_PERP_BTC_USD",
                        "avg_entry_price": 0.00134444,
                        "quantity": 7,
                        "side": "BUY",
                        "unrealized_pnl": 0,
                        "leverage": 0,
                        "cross_margin": True,
                        "liquidation_price": 0.072323,
                        "raw_data": {},
                    }
                ],
            }
        ],
        "persist_account": None,
        "send_new_order": {
            "type": "ORDER_EXEC_REPORT_UPDATE",
            "id": "YOUR-UNIQUE-IDENTIFIER-FOR-ORDER-001",
            "client_order_id_format_exchange": "74733759",
            "exchange_order_id": "OX6EKO-67KDQ-KGNYFI",
            "amount_open": 10.0,
            "amount_filled": 0.0,
            "status": "ROUTED",
            "status_history": [
                ["RECEIVED", "2024-02-22T23:55:31.5424443Z"],
                ["ROUTING", "2024-02-22T23:55:31.5439512Z"],
                ["ROUTED", "2024-02-22T23:55:31.8127436Z"],
            ],
            "error_message": None,
            "fills": [],
            "exchange_id": "KRAKEN/JOHN",
            "client_order_id": "YOUR-UNIQUE-IDENTIFIER-FOR-ORDER-001",
            "symbol_id_exchange": "USDJPY",
            "symbol_id_coinapi": "KRAKEN_SPOT_USD_JPY",
            "amount_order": 10.0,
            "price": 150.0,
            "avg_px": 0.0,
            "side": "SELL",
            "order_type": "LIMIT",
            "time_in_force": "GOOD_TILL_CANCEL",
            "expire_time": None,
            "exec_inst": ["MAKER_OR_CANCEL"],
        },
    },
    schemas={
        "KeyValue": {"type": "object", "properties": {"key": {"type": "string"}, "value": {"type": "string"}}},
        "GetAccount": {
            "type": "object",
            "properties": {
                "exchange_id": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"},
                "parameters": {"type": "array", "items": {"$ref": "#/schemas/KeyValue"}},
            },
        },
        "AccountEndpoint": {
            "type": "object",
            "properties": {
                "exchange_id": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"},
                "location_id": {"type": "string"},
                "endpoint_schema": {"type": "string"},
                "endpoint_host": {"type": "string"},
                "endpoint_url": {"type": "string"},
            },
        },
        "ExchangeLoginRequire": {
            "type": "object",
            "properties": {
                "exchange_id": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"},
                "location_id": {"type": "string"},
                "required_parameters": {"type": "array", "items": {"type": "string"}},
            },
        },
        "Locations": {
            "type": "object",
            "properties": {
                "location_id": {"type": "string"},
                "region_name": {"type": "string"},
                "provider_name": {"type": "string"},
            },
        },
        "OrderNewSingleRequest": {
            "type": "object",
            "required": [
                "exchange_id",
                "client_order_id",
                "amount_order",
                "price",
                "side",
                "order_type",
                "time_in_force",
            ],
            "properties": {
                "exchange_id": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"},
                "client_order_id": {"type": "string", "minLength": 1},
                "symbol_id_exchange": {"type": "string"},
                "symbol_id_coinapi": {"type": "string"},
                "amount_order": {"type": "number", "format": "decimal"},
                "price": {"type": "number", "format": "decimal"},
                "side": {"type": "string", "enum": ["BUY", "SELL"]},
                "order_type": {"type": "string", "enum": ["LIMIT"]},
                "time_in_force": {
                    "type": "string",
                    "enum": [
                        "GOOD_TILL_CANCEL",
                        "GOOD_TILL_TIME_EXCHANGE",
                        "GOOD_TILL_TIME_OMS",
                        "GOOD_TILL_TIME_OEML",
                        "FILL_OR_KILL",
                        "IMMEDIATE_OR_CANCEL",
                    ],
                },
                "expire_time": {"type": "string", "format": "date-time"},
                "exec_inst": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": [
                            "MAKER_OR_CANCEL",
                            "AUCTION_ONLY",
                            "INDICATION_OF_INTEREST",
                            "CANCEL_ON_DISCONNECT",
                            "DO_NOT_CANCEL_ON_DISCONNECT",
                            "DO_NOT_INCREASE",
                        ],
                    },
                },
            },
        },
        "OrderCancelSingleRequest": {
            "type": "object",
            "required": ["exchange_id"],
            "properties": {
                "exchange_id": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"},
                "exchange_order_id": {"type": "string"},
                "client_order_id": {"type": "string"},
            },
        },
        "OrderCancelAllRequest": {
            "type": "object",
            "required": ["exchange_id"],
            "properties": {"exchange_id": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"}},
        },
        "OrderExecutionReport": {
            "type": "object",
            "required": [
                "exchange_id",
                "client_order_id",
                "amount_order",
                "price",
                "side",
                "order_type",
                "time_in_force",
                "client_order_id_format_exchange",
                "amount_open",
                "amount_filled",
                "status",
            ],
            "properties": {
                "type": {"type": "string", "enum": ["ORDER_EXEC_REPORT_UPDATE"]},
                "id": {"type": "string"},
                "exchange_id": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"},
                "client_order_id": {"type": "string"},
                "symbol_id_exchange": {"type": "string"},
                "symbol_id_coinapi": {"type": "string"},
                "amount_order": {"type": "number", "format": "decimal"},
                "price": {"type": "number", "format": "decimal"},
                "side": {"type": "string", "enum": ["BUY", "SELL"]},
                "order_type": {"type": "string", "enum": ["LIMIT"]},
                "time_in_force": {
                    "type": "string",
                    "enum": [
                        "GOOD_TILL_CANCEL",
                        "GOOD_TILL_TIME_EXCHANGE",
                        "GOOD_TILL_TIME_OMS",
                        "GOOD_TILL_TIME_OEML",
                        "FILL_OR_KILL",
                        "IMMEDIATE_OR_CANCEL",
                    ],
                },
                "expire_time": {"type": "string", "format": "date-time", "nullable": True},
                "exec_inst": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": [
                            "MAKER_OR_CANCEL",
                            "AUCTION_ONLY",
                            "INDICATION_OF_INTEREST",
                            "CANCEL_ON_DISCONNECT",
                            "DO_NOT_CANCEL_ON_DISCONNECT",
                            "DO_NOT_INCREASE",
                        ],
                    },
                },
                "client_order_id_format_exchange": {"type": "string"},
                "exchange_order_id": {"type": "string", "nullable": True},
                "amount_open": {"type": "number", "format": "decimal"},
                "amount_filled": {"type": "number", "format": "decimal"},
                "avg_px": {"type": "number", "format": "decimal"},
                "status": {
                    "type": "string",
                    "enum": [
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
                },
                "status_history": {
                    "type": "array",
                    "items": {
                        "type": "array",
                        "minItems": 2,
                        "maxItems": 2,
                        "prefixItems": [
                            {
                                "type": "string",
                                "enum": [
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
                            },
                            {"type": "string", "format": "date-time"},
                        ],
                    },
                },
                "error_message": {"type": "string", "nullable": True},
                "fills": {"type": "array", "items": {"$ref": "#/schemas/Fills"}},
            },
        },
        "Fills": {
            "type": "object",
            "title": "Relay fill information on working orders.",
            "properties": {
                "time": {"type": "string", "format": "date-time"},
                "price": {"type": "number", "format": "decimal"},
                "amount": {"type": "number", "format": "decimal"},
            },
        },
        "OrderHistory": {
            "type": "object",
            "title": "Order history",
            "properties": {
                "apikey": {"type": "string"},
                "exchangeId": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"},
                "clientOrderId": {"type": "string"},
                "symbolIdExchange": {"type": "string"},
                "symbolIdCoinapi": {"type": "string"},
                "amountOrder": {"type": "number", "format": "decimal"},
                "price": {"type": "number", "format": "decimal"},
                "side": {"type": "integer", "enum": [1, 2]},
                "orderType": {"type": "string", "enum": ["LIMIT"]},
                "timeInForce": {
                    "type": "string",
                    "enum": [
                        "GOOD_TILL_CANCEL",
                        "GOOD_TILL_TIME_EXCHANGE",
                        "GOOD_TILL_TIME_OMS",
                        "GOOD_TILL_TIME_OEML",
                        "FILL_OR_KILL",
                        "IMMEDIATE_OR_CANCEL",
                    ],
                },
                "expireTime": {"type": "string", "format": "date-time", "nullable": True},
                "execInst": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": [
                            "MAKER_OR_CANCEL",
                            "AUCTION_ONLY",
                            "INDICATION_OF_INTEREST",
                            "CANCEL_ON_DISCONNECT",
                            "DO_NOT_CANCEL_ON_DISCONNECT",
                            "DO_NOT_INCREASE",
                        ],
                    },
                },
                "clientOrderIdFormatExchange": {"type": "string"},
                "exchangeOrderId": {"type": "string", "nullable": True},
                "amountOpen": {"type": "number", "format": "decimal"},
                "amountFilled": {"type": "number", "format": "decimal"},
                "avgPx": {"type": "number", "format": "decimal"},
                "status": {
                    "type": "string",
                    "enum": [
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
                },
                "statusHistoryStatus": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": [
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
                    },
                },
                "statusHistoryTime": {"type": "array", "items": {"type": "string", "format": "date-time"}},
                "errorMessageResult": {"type": "string", "nullable": True},
                "errorMessageReason": {"type": "string", "nullable": True},
                "errorMessageMessage": {"type": "string", "nullable": True},
                "fillsTime": {"type": "array", "items": {"type": "string", "format": "date-time"}},
                "fillsPrice": {"type": "array", "items": {"type": "number", "format": "decimal"}},
                "fillsAmount": {"type": "array", "items": {"type": "number", "format": "decimal"}},
                "createdTime": {"type": "string", "format": "date-time"},
            },
        },
        "Balance": {
            "type": "object",
            "properties": {
                "type": {"type": "string", "enum": ["BALANCE_SNAPSHOT"]},
                "exchange_id": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"},
                "data": {"type": "array", "items": {"$ref": "#/schemas/BalanceData"}},
            },
        },
        "BalanceData": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "asset_id_exchange": {"type": "string"},
                "asset_id_coinapi": {"type": "string"},
                "balance": {"type": "number", "format": "decimal"},
                "available": {"type": "number", "format": "decimal"},
                "locked": {"type": "number", "format": "decimal"},
                "last_updated_by": {"type": "string", "enum": ["INITIALIZATION", "BALANCE_MANAGER", "EXCHANGE"]},
                "rate_usd": {"type": "number", "format": "decimal", "nullable": True},
                "traded": {"type": "number", "format": "decimal"},
            },
        },
        "Position": {
            "type": "object",
            "properties": {
                "type": {"type": "string", "enum": ["POSITION_SNAPSHOT"]},
                "exchange_id": {"type": "string", "pattern": "^[A-Z0-9]+([~/.,:;!@#$%^&*_+=-].+)?$"},
                "data": {"type": "array", "items": {"$ref": "#/schemas/PositionData"}},
            },
        },
        "PositionData": {
            "type": "object",
            "properties": {
                "symbol_id_exchange": {"type": "string"},
                "symbol_id_coinapi": {"type": "string"},
                "avg_entry_price": {"type": "number", "format": "decimal"},
                "quantity": {"type": "number", "format": "decimal"},
                "side": {"type": "string", "enum": ["BUY", "SELL"]},
                "unrealized_pnl": {"type": "number", "format": "decimal"},
                "unrealised_pnl": {"type": "number", "format": "decimal"},
                "leverage": {"type": "number", "format": "decimal"},
                "cross_margin": {"type": "boolean"},
                "liquidation_price": {"type": "number", "format": "decimal"},
                "raw_data": {"type": "object"},
            },
        },
        "MessageReject": {
            "type": "object",
            "title": "MessageReject object.",
            "properties": {
                "type": {"type": "string", "enum": ["MESSAGE_REJECT"]},
                "reject_reason": {
                    "type": "string",
                    "enum": [
                        "OTHER",
                        "EXCHANGE_UNREACHABLE",
                        "EXCHANGE_RESPONSE_TIMEOUT",
                        "ORDER_ID_NOT_FOUND",
                        "INVALID_TYPE",
                        "METHOD_NOT_SUPPORTED",
                        "JSON_ERROR",
                    ],
                },
                "exchange_id": {"type": "string"},
                "message": {"type": "string"},
                "rejected_message": {"type": "string"},
            },
            "examples": [
                {
                    "type": "MESSAGE_REJECT",
                    "reject_reason": "ORDER_ID_NOT_FOUND",
                    "exchange_id": "BINANCE",
                    "message": "Order with ID: BINANCE-7d8a-4888 not found",
                    "rejected_message": '{"client_order_id":"BINANCE-7d8a-4888","exchange_id":"BINANCE","type":"ORDER_CANCEL_SINGLE_REQUEST"}',
                }
            ],
        },
        "ValidationProblemDetails": {
            "type": "object",
            "title": "JSON validation error.",
            "properties": {
                "type": {"type": "string"},
                "title": {"type": "string"},
                "status": {"type": "integer"},
                "traceId": {"type": "string"},
                "errors": {
                    "anyOf": [
                        {"type": "string"},
                        {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
                    ]
                },
            },
            "examples": [
                {
                    "type": "https://tools.ietf.org/html/rfc7231#section-6.5.1",
                    "title": "One or more validation errors occurred.",
                    "status": 400,
                    "traceId": "d200e8b5-4271a5461ce5342f",
                    "errors": "string",
                }
            ],
        },
        "MessageError": {
            "type": "object",
            "title": "MessageError object.",
            "properties": {"message": {"type": "string"}},
            "examples": [{"message": "Orders log is not configured."}],
        },
        "WsServerInfo": {
            "type": "object",
            "required": ["type"],
            "properties": {
                "type": {"type": "string", "const": "SERVER_INFO"},
                "time": {"type": "string", "format": "date-time"},
                "instance_guid": {"type": "string"},
                "exchange_id": {"type": "string"},
                "server_version": {"type": "string"},
                "server_name": {"type": "string"},
                "dns_name": {"type": "string"},
                "is_running": {"type": "boolean"},
                "time_server_start": {"type": "string", "format": "date-time"},
            },
        },
        "WsOrderExecReportSnapshot": {
            "type": "object",
            "required": ["type", "data"],
            "properties": {
                "type": {"type": "string", "const": "ORDER_EXEC_REPORT_SNAPSHOT"},
                "exchange_id": {"type": "string"},
                "data": {"type": "array", "items": {"$ref": "#/schemas/OrderExecutionReport"}},
            },
        },
        "WsBalanceUpdate": {
            "type": "object",
            "required": ["type"],
            "properties": {
                "type": {"type": "string", "const": "BALANCE_UPDATE"},
                "exchange_id": {"type": "string"},
                "asset_id_exchange": {"type": "string"},
                "asset_id_coinapi": {"type": "string"},
                "balance": {"type": "number", "format": "decimal"},
                "available": {"type": "number", "format": "decimal"},
                "locked": {"type": "number", "format": "decimal"},
                "last_updated_by": {"type": "string", "enum": ["INITIALIZATION", "BALANCE_MANAGER", "EXCHANGE"]},
                "rate_usd": {"type": "number", "format": "decimal", "nullable": True},
                "traded": {"type": "number", "format": "decimal"},
            },
        },
        "WsPositionUpdate": {
            "type": "object",
            "required": ["type"],
            "properties": {
                "type": {"type": "string", "const": "POSITION_UPDATE"},
                "exchange_id": {"type": "string"},
                "symbol_id_exchange": {"type": "string"},
                "symbol_id_coinapi": {"type": "string"},
                "avg_entry_price": {"type": "number", "format": "decimal"},
                "quantity": {"type": "number", "format": "decimal"},
                "side": {"type": "string", "enum": ["BUY", "SELL"]},
                "unrealized_pnl": {"type": "number", "format": "decimal"},
                "unrealised_pnl": {"type": "number", "format": "decimal"},
                "leverage": {"type": "number", "format": "decimal"},
                "cross_margin": {"type": "boolean"},
                "liquidation_price": {"type": "number", "format": "decimal"},
                "raw_data": {"type": "object"},
            },
        },
        "WsSymbolsSnapshot": {
            "type": "object",
            "required": ["type"],
            "properties": {
                "type": {"type": "string", "const": "SYMBOLS_SNAPSHOT"},
                "exchange_id": {"type": "string"},
                "data": {"type": "array", "items": {"$ref": "#/schemas/WsSymbol"}},
            },
        },
        "WsSymbol": {
            "type": "object",
            "properties": {
                "symbol_id_exchange": {"type": "string"},
                "symbol_id_coinapi": {"type": "string"},
                "asset_id_base_exchange": {"type": "string"},
                "asset_id_quote_exchange": {"type": "string"},
                "asset_id_base_coinapi": {"type": "string"},
                "asset_id_quote_coinapi": {"type": "string"},
                "price_precision": {"type": "number"},
                "size_precision": {"type": "number"},
            },
        },
    },
    streams={"ems": streams._EMS_CONFIG},
    records={
        "accounts": Collection(
            key="exchange_id",
            seed=(
                {
                    "exchange_id": "BITMEX/JOHN",
                    "venue": "BITMEX",
                    "parameters": [
                        {"key": "PublicApiKey", "value": "73034021-THIS-IS-SAMPLE-PUBLIC-KEY-FROM-BITMEX"},
                        {"key": "PrivateApiKey", "value": "73034021-THIS-IS-SAMPLE-PRIVATE-KEY-FROM-BITMEX"},
                    ],
                },
                {
                    "exchange_id": "KRAKEN/JOHN",
                    "venue": "KRAKEN",
                    "parameters": [
                        {"key": "PublicApiKey", "value": "73034021-THIS-IS-SAMPLE-PUBLIC-KEY-FROM-KRAKEN"},
                        {"key": "PrivateApiKey", "value": "73034021-THIS-IS-SAMPLE-PRIVATE-KEY-FROM-KRAKEN"},
                    ],
                },
            ),
        ),
        "exchanges": Collection(
            key="exchange_id",
            seed=(
                {"exchange_id": "KRAKEN", "required_parameters": ["PrivateApiKey", "PublicApiKey"]},
                {"exchange_id": "BINANCE", "required_parameters": ["PrivateApiKey", "PublicApiKey"]},
                {"exchange_id": "BITSTAMP", "required_parameters": ["PrivateApiKey", "PublicApiKey"]},
                {"exchange_id": "BITMEX", "required_parameters": ["PrivateApiKey", "PublicApiKey"]},
            ),
        ),
        "locations": Collection(
            key="location_id",
            seed=(
                {"location_id": "aws-us-east-1-prd", "region_name": "us-east-1", "provider_name": "aws"},
                {"location_id": "aws-us-west-2-prd", "region_name": "us-west-2", "provider_name": "aws"},
                {"location_id": "aws-eu-west-1-prd", "region_name": "eu-west-1", "provider_name": "aws"},
                {"location_id": "aws-eu-central-1-prd", "region_name": "eu-central-1", "provider_name": "aws"},
                {"location_id": "aws-ap-northeast-1-prd", "region_name": "ap-northeast-1", "provider_name": "aws"},
            ),
        ),
    },
)


def create_stub(*, seed: int = 0, clock: Callable[[], int] | None = None, environment: str | None = None) -> Stub:
    """A fresh stub with its demo accounts and seeded books; deterministic for `seed`. `environment`: the
    deployment it acts as (one that authenticates nobody accepts requests without a key)."""
    return Stub(CONFIG, OPERATIONS, STUB, seed=seed, clock=clock, environment=environment)
