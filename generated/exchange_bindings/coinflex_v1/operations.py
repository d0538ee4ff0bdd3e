"""CoinFLEX v1 (Trade Engine) REST operations, generated from spec/coinflex_v1; do not edit.

Every endpoint as the clients call it and the stub serves it, by operation name. A client imports this
module when the first one is made, not when the API is imported: it loads the API's structs.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from msgspec import Meta
from msgspec.structs import replace

from exchange_bindings.runtime.codecs import Fields, Items, Scaled, UnixTime
from exchange_bindings.runtime.codecs.bodies import Success
from exchange_bindings.runtime.operation import Operation, Pager, Param

from . import models
from .config import CONFIG

__all__ = ["OPERATIONS"]

OPERATIONS: dict[str, Operation[Any]] = {
    "cancel_all_orders": Operation(
        name="cancel_all_orders",
        method="DELETE",
        path="/orders/",
        response=list[models.Order],
        group="trading",
        params=(),
        auth="basic",
        retry=replace(CONFIG.retry, idempotency="safe"),
        cost={"rest_orders": 1},
        reader=Items(
            item=Fields(
                fields=(
                    ("quantity", Scaled(scale="amount", key="{base}", round="half_even")),
                    ("price", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                    ("time", UnixTime(unit="unix_us")),
                )
            ),
            prefix=(),
        ),
    ),
    "cancel_order": Operation(
        name="cancel_order",
        method="DELETE",
        path="/orders/{id}",
        response=models.Order,
        group="trading",
        params=(Param("id", "id", "path", int, required=True),),
        auth="basic",
        retry=replace(CONFIG.retry, idempotency="safe"),
        cost={"rest_orders": 1},
        reader=Fields(
            fields=(
                ("quantity", Scaled(scale="amount", key="{base}", round="half_even")),
                ("price", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                ("time", UnixTime(unit="unix_us")),
            )
        ),
    ),
    "convert": Operation(
        name="convert",
        method="POST",
        path="/borrower/conversion/",
        response=models.Conversion,
        group="borrower",
        params=(
            Param("asset_from", "asset_from", "body", int, required=True),
            Param("asset_to", "asset_to", "body", int, required=True),
            Param(
                "amount",
                "amount",
                "body",
                Decimal,
                required=True,
                decimal=True,
                codec=Scaled(scale="amount", key="{asset_from}", round="half_even"),
            ),
        ),
        auth="basic_passphrase",
        retry=replace(CONFIG.retry, idempotency="never"),
        cost={"conversions": 1},
        reader=Fields(fields=(("amount", Scaled(scale="amount", key="{asset_from}", round="half_even")),)),
        body_encoding="form",
        success=Success(status=201),
    ),
    "get_account_value": Operation(
        name="get_account_value",
        method="GET",
        path="/account_value/",
        response=list[models.AccountValue],
        group="account",
        params=(),
        auth="basic",
        reader=Items(
            item=Fields(
                fields=(
                    ("spot_value", Scaled(scale="amount", key="{asset}", round="half_even")),
                    ("change_in_spot_value", Scaled(scale="amount", key="{asset}", round="half_even")),
                    ("futures_value", Scaled(scale="amount", key="{asset}", round="half_even")),
                    ("change_in_futures_value", Scaled(scale="amount", key="{asset}", round="half_even")),
                    ("total_value", Scaled(scale="amount", key="{asset}", round="half_even")),
                    ("change_in_total_value", Scaled(scale="amount", key="{asset}", round="half_even")),
                )
            ),
            prefix=(),
        ),
    ),
    "get_asset_collateral": Operation(
        name="get_asset_collateral",
        method="GET",
        path="/borrower/collateral/{id}",
        response=models.Collateral,
        group="borrower",
        params=(Param("id", "id", "path", int, required=True),),
        auth="basic_passphrase",
        reader=Fields(
            fields=(
                ("available", Scaled(scale="amount", key="{asset_id}", round="half_even")),
                ("total", Scaled(scale="amount", key="{asset_id}", round="half_even")),
            )
        ),
    ),
    "get_assets": Operation(
        name="get_assets",
        method="GET",
        path="/assets/",
        response=list[models.Asset],
        group="market",
        params=(Param("activeOnly", "active_only", "query", bool),),
    ),
    "get_balance": Operation(
        name="get_balance",
        method="GET",
        path="/balances/{id}",
        response=models.Balance,
        group="account",
        params=(Param("id", "id", "path", int, required=True),),
        auth="basic",
        reader=Fields(
            fields=(
                ("available", Scaled(scale="amount", key="{id}", round="down")),
                ("reserved", Scaled(scale="amount", key="{id}", round="up")),
            )
        ),
    ),
    "get_balances": Operation(
        name="get_balances",
        method="GET",
        path="/balances/",
        response=list[models.Balance],
        group="account",
        params=(),
        auth="basic",
        reader=Items(
            item=Fields(
                fields=(
                    ("available", Scaled(scale="amount", key="{id}", round="down")),
                    ("reserved", Scaled(scale="amount", key="{id}", round="up")),
                )
            ),
            prefix=(),
        ),
    ),
    "get_collateral": Operation(
        name="get_collateral",
        method="GET",
        path="/borrower/collateral/",
        response=list[models.Collateral],
        group="borrower",
        params=(),
        auth="basic_passphrase",
        reader=Items(
            item=Fields(
                fields=(
                    ("available", Scaled(scale="amount", key="{asset_id}", round="half_even")),
                    ("total", Scaled(scale="amount", key="{asset_id}", round="half_even")),
                )
            ),
            prefix=(),
        ),
    ),
    "get_conversion_pairs": Operation(
        name="get_conversion_pairs",
        method="GET",
        path="/borrower/conversion/",
        response=list[models.ConversionPair],
        group="borrower",
        params=(),
        auth="basic_passphrase",
    ),
    "get_converted_totals": Operation(
        name="get_converted_totals",
        method="GET",
        path="/borrower/converted_totals/",
        response=list[models.ConvertedTotal],
        group="borrower",
        params=(),
        auth="basic_passphrase",
        reader=Items(
            item=Fields(fields=(("total", Scaled(scale="amount", key="{asset_from}", round="half_even")),)), prefix=()
        ),
    ),
    "get_depth": Operation(
        name="get_depth",
        method="GET",
        path="/depth/{base}:{counter}",
        response=models.Depth,
        group="market",
        params=(
            Param("base", "base", "path", int, required=True),
            Param("counter", "counter", "path", int, required=True),
        ),
        reader=Fields(
            fields=(
                (
                    "bids",
                    Items(
                        item=Items(
                            item=None,
                            prefix=(
                                Scaled(scale="price", key="{base}:{counter}", round="half_even"),
                                Scaled(scale="amount", key="{base}", round="half_even"),
                            ),
                        ),
                        prefix=(),
                    ),
                ),
                (
                    "asks",
                    Items(
                        item=Items(
                            item=None,
                            prefix=(
                                Scaled(scale="price", key="{base}:{counter}", round="half_even"),
                                Scaled(scale="amount", key="{base}", round="half_even"),
                            ),
                        ),
                        prefix=(),
                    ),
                ),
            )
        ),
    ),
    "get_loan": Operation(
        name="get_loan",
        method="GET",
        path="/borrower/loans/{id}",
        response=models.Loan,
        group="borrower",
        params=(Param("id", "id", "path", int, required=True),),
        auth="basic_passphrase",
        reader=Fields(
            fields=(
                ("initiated", UnixTime(unit="unix_us")),
                ("initial_margin", Scaled(scale="ratio", key="", round="half_even")),
                ("maintenance_margin", Scaled(scale="ratio", key="", round="half_even")),
                ("apr", Scaled(scale="ratio", key="", round="half_even")),
            )
        ),
    ),
    "get_loans": Operation(
        name="get_loans",
        method="GET",
        path="/borrower/loans/",
        response=list[models.Loan],
        group="borrower",
        params=(),
        auth="basic_passphrase",
        reader=Items(
            item=Fields(
                fields=(
                    ("initiated", UnixTime(unit="unix_us")),
                    ("initial_margin", Scaled(scale="ratio", key="", round="half_even")),
                    ("maintenance_margin", Scaled(scale="ratio", key="", round="half_even")),
                    ("apr", Scaled(scale="ratio", key="", round="half_even")),
                )
            ),
            prefix=(),
        ),
    ),
    "get_margin_ratios": Operation(
        name="get_margin_ratios",
        method="GET",
        path="/borrower/margin_ratios/",
        response=list[models.MarginRatio],
        group="borrower",
        params=(),
        auth="basic_passphrase",
        reader=Items(
            item=Fields(
                fields=(
                    ("collateral", Scaled(scale="amount", key="{asset_id}", round="half_even")),
                    ("loan", Scaled(scale="amount", key="{asset_id}", round="half_even")),
                )
            ),
            prefix=(),
        ),
    ),
    "get_markets": Operation(
        name="get_markets",
        method="GET",
        path="/markets/",
        response=list[models.Market],
        group="market",
        params=(),
        reader=Items(
            item=Fields(fields=(("tick", Scaled(scale="price", key="{base}:{counter}", round="half_even")),)), prefix=()
        ),
    ),
    "get_offer": Operation(
        name="get_offer",
        method="GET",
        path="/borrower/offers/{id}",
        response=models.Offer,
        group="borrower",
        params=(Param("id", "id", "path", int, required=True),),
        auth="basic_passphrase",
        reader=Fields(
            fields=(
                ("created", UnixTime(unit="unix_us")),
                ("rescinded", UnixTime(unit="unix_us")),
                ("amount", Scaled(scale="amount", key="{asset_id}", round="half_even")),
                ("min_amount", Scaled(scale="amount", key="{asset_id}", round="half_even")),
                ("max_amount", Scaled(scale="amount", key="{asset_id}", round="half_even")),
                ("initial_margin", Scaled(scale="ratio", key="", round="half_even")),
                ("maintenance_margin", Scaled(scale="ratio", key="", round="half_even")),
                ("apr", Scaled(scale="ratio", key="", round="half_even")),
            )
        ),
    ),
    "get_offers": Operation(
        name="get_offers",
        method="GET",
        path="/borrower/offers/",
        response=list[models.Offer],
        group="borrower",
        params=(),
        auth="basic_passphrase",
        reader=Items(
            item=Fields(
                fields=(
                    ("created", UnixTime(unit="unix_us")),
                    ("rescinded", UnixTime(unit="unix_us")),
                    ("amount", Scaled(scale="amount", key="{asset_id}", round="half_even")),
                    ("min_amount", Scaled(scale="amount", key="{asset_id}", round="half_even")),
                    ("max_amount", Scaled(scale="amount", key="{asset_id}", round="half_even")),
                    ("initial_margin", Scaled(scale="ratio", key="", round="half_even")),
                    ("maintenance_margin", Scaled(scale="ratio", key="", round="half_even")),
                    ("apr", Scaled(scale="ratio", key="", round="half_even")),
                )
            ),
            prefix=(),
        ),
    ),
    "get_order": Operation(
        name="get_order",
        method="GET",
        path="/orders/{id}",
        response=models.Order,
        group="trading",
        params=(Param("id", "id", "path", int, required=True),),
        auth="basic",
        reader=Fields(
            fields=(
                ("quantity", Scaled(scale="amount", key="{base}", round="half_even")),
                ("price", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                ("time", UnixTime(unit="unix_us")),
            )
        ),
    ),
    "get_orders": Operation(
        name="get_orders",
        method="GET",
        path="/orders/",
        response=list[models.Order],
        group="trading",
        params=(),
        auth="basic",
        reader=Items(
            item=Fields(
                fields=(
                    ("quantity", Scaled(scale="amount", key="{base}", round="half_even")),
                    ("price", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                    ("time", UnixTime(unit="unix_us")),
                )
            ),
            prefix=(),
        ),
    ),
    "get_positions": Operation(
        name="get_positions",
        method="GET",
        path="/positions/",
        response=list[models.Position],
        group="account",
        params=(),
        auth="basic",
        reader=Items(
            item=Fields(
                fields=(
                    ("position", Scaled(scale="amount", key="{asset}", round="half_even")),
                    ("through", UnixTime(unit="unix_us")),
                )
            ),
            prefix=(),
        ),
    ),
    "get_ticker": Operation(
        name="get_ticker",
        method="GET",
        path="/tickers/{base}:{counter}",
        response=models.Ticker,
        group="market",
        params=(
            Param("base", "base", "path", int, required=True),
            Param("counter", "counter", "path", int, required=True),
        ),
        reader=Fields(
            fields=(
                ("last", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                ("bid", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                ("ask", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                ("low", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                ("high", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                ("volume", Scaled(scale="amount", key="{base}", round="half_even")),
                ("time", UnixTime(unit="unix_us")),
            )
        ),
    ),
    "get_tickers": Operation(
        name="get_tickers",
        method="GET",
        path="/tickers/",
        response=list[models.Ticker],
        group="market",
        params=(),
        reader=Items(
            item=Fields(
                fields=(
                    ("last", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                    ("bid", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                    ("ask", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                    ("low", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                    ("high", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                    ("volume", Scaled(scale="amount", key="{base}", round="half_even")),
                    ("time", UnixTime(unit="unix_us")),
                )
            ),
            prefix=(),
        ),
    ),
    "get_trade": Operation(
        name="get_trade",
        method="GET",
        path="/trades/{time}",
        response=models.Trade,
        group="account",
        params=(Param("time", "time", "path", int, required=True, codec=UnixTime(unit="unix_us")),),
        auth="basic",
        cost={"records": 1},
        reader=Fields(
            fields=(
                ("time", UnixTime(unit="unix_us")),
                ("quantity", Scaled(scale="amount", key="{base}", round="half_even")),
                ("price", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                ("total", Scaled(scale="amount", key="{counter}", round="half_even")),
                ("base_fee", Scaled(scale="amount", key="{base}", round="half_even")),
                ("counter_fee", Scaled(scale="amount", key="{counter}", round="half_even")),
            )
        ),
    ),
    "get_trades": Operation(
        name="get_trades",
        method="GET",
        path="/trades/",
        response=list[models.Trade],
        group="account",
        params=(
            Param("since", "since", "query", int, codec=UnixTime(unit="unix_us")),
            Param("until", "until", "query", int, codec=UnixTime(unit="unix_us")),
            Param("sort", "sort", "query", Literal["asc", "desc"]),
            Param("limit", "limit", "query", Annotated[int, Meta(ge=1)]),
        ),
        auth="basic",
        cost={"records": 1},
        pager=Pager(style="time_window", limit="limit", start="since", next_time="time", ascending=("sort", "asc")),
        reader=Items(
            item=Fields(
                fields=(
                    ("time", UnixTime(unit="unix_us")),
                    ("quantity", Scaled(scale="amount", key="{base}", round="half_even")),
                    ("price", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                    ("total", Scaled(scale="amount", key="{counter}", round="half_even")),
                    ("base_fee", Scaled(scale="amount", key="{base}", round="half_even")),
                    ("counter_fee", Scaled(scale="amount", key="{counter}", round="half_even")),
                )
            ),
            prefix=(),
        ),
    ),
    "initiate_loan": Operation(
        name="initiate_loan",
        method="POST",
        path="/borrower/loans/",
        response=models.Loan,
        group="borrower",
        params=(
            Param("offer_id", "offer_id", "body", int, required=True),
            Param(
                "amount",
                "amount",
                "body",
                Decimal,
                required=True,
                decimal=True,
                codec=Scaled(scale="amount", key="", round="half_even"),
            ),
        ),
        auth="basic_passphrase",
        retry=replace(CONFIG.retry, idempotency="never"),
        reader=Fields(
            fields=(
                ("initiated", UnixTime(unit="unix_us")),
                ("initial_margin", Scaled(scale="ratio", key="", round="half_even")),
                ("maintenance_margin", Scaled(scale="ratio", key="", round="half_even")),
                ("apr", Scaled(scale="ratio", key="", round="half_even")),
            )
        ),
        body_encoding="form",
        success=Success(status=201, location="id"),
    ),
    "place_order": Operation(
        name="place_order",
        method="POST",
        path="/orders/",
        response=models.PlacedOrder,
        group="trading",
        params=(
            Param("base", "base", "body", int, required=True),
            Param("counter", "counter", "body", int, required=True),
            Param(
                "price",
                "price",
                "body",
                Decimal,
                decimal=True,
                codec=Scaled(scale="price", key="{base}:{counter}", round="half_even"),
            ),
            Param(
                "quantity",
                "quantity",
                "body",
                Decimal,
                decimal=True,
                codec=Scaled(scale="amount", key="{base}", round="half_even"),
                sign=("side", "sell"),
            ),
            Param(
                "total",
                "total",
                "body",
                Decimal,
                decimal=True,
                codec=Scaled(scale="amount", key="{counter}", round="half_even"),
                sign=("side", "sell"),
            ),
            Param("side", "side", "client", Literal["buy", "sell"]),
        ),
        auth="basic",
        retry=replace(CONFIG.retry, idempotency="never"),
        cost={"rest_orders": 1},
        reader=Fields(
            fields=(
                ("quantity", Scaled(scale="amount", key="{base}", round="half_even")),
                ("price", Scaled(scale="price", key="{base}:{counter}", round="half_even")),
                ("time", UnixTime(unit="unix_us")),
                ("remaining", Scaled(scale="amount", key="", round="half_even")),
            )
        ),
        body_encoding="form",
        success=Success(status=201, location="id"),
    ),
    "repay_loan": Operation(
        name="repay_loan",
        method="POST",
        path="/borrower/loans/{id}",
        response=None,
        group="borrower",
        params=(
            Param("id", "id", "path", int, required=True),
            Param(
                "amount",
                "amount",
                "body",
                Decimal,
                required=True,
                decimal=True,
                codec=Scaled(scale="amount", key="", round="half_even"),
            ),
        ),
        auth="basic_passphrase",
        retry=replace(CONFIG.retry, idempotency="never"),
        body_encoding="form",
        success=Success(status=204),
    ),
    "repay_loan_in_full": Operation(
        name="repay_loan_in_full",
        method="DELETE",
        path="/borrower/loans/{id}",
        response=None,
        group="borrower",
        params=(Param("id", "id", "path", int, required=True),),
        auth="basic_passphrase",
        retry=replace(CONFIG.retry, idempotency="safe"),
        success=Success(status=204),
    ),
}
