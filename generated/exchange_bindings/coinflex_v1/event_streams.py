"""CoinFLEX v1 (Trade Engine) Server-Sent Event streams, generated from spec/coinflex_v1; do not edit.

    async with AsyncBorrowerEventsStream(user_id="...", cookie="...", passphrase="...", private_key="...", environment='live') as stream:
        async for event in stream:
            ...  # event.name, event.id, event.data (typed by the event's name)

Every client reconnects with backoff after a drop and resumes after the last event it received
(Last-Event-ID); see exchange_bindings.runtime.transports.sse for the guarantees.
"""

from __future__ import annotations

from exchange_bindings.runtime.auth import Credentials
from exchange_bindings.runtime.codecs.scaled import Scaled
from exchange_bindings.runtime.codecs.shape import Fields, Items
from exchange_bindings.runtime.transports.sse import EventDef, SseConfig
from exchange_bindings.runtime.transports.sse.client import (
    AsyncEventStream,
    EventDecodeError,
    EventsLostError,
    ServerEvent,
    SyncEventStream,
)

from . import models
from .config import CONFIG

__all__ = [
    "AsyncBorrowerEventsStream",
    "AsyncEventStreamStream",
    "BorrowerEventsStream",
    "EventDecodeError",
    "EventStreamStream",
    "EventsLostError",
    "ServerEvent",
]


_BORROWER_EVENTS_CONFIG = SseConfig(server="borrower_events", auth_scheme="basic_query", keepalive=15.0, watchdog=45.0)
_BORROWER_EVENTS_EVENTS = {
    "Collateral": EventDef(
        "Collateral",
        list[models.Collateral],
        private=True,
        codecs=Items(
            item=Fields(
                fields=(
                    ("available", Scaled(scale="amount", key="{asset_id}")),
                    ("total", Scaled(scale="amount", key="{asset_id}")),
                )
            )
        ),
    ),
    "Offers": EventDef(
        "Offers",
        list[models.Offer],
        private=False,
        codecs=Items(
            item=Fields(
                fields=(
                    ("amount", Scaled(scale="amount", key="{asset_id}")),
                    ("min_amount", Scaled(scale="amount", key="{asset_id}")),
                    ("max_amount", Scaled(scale="amount", key="{asset_id}")),
                    ("initial_margin", Scaled(scale="ratio")),
                    ("maintenance_margin", Scaled(scale="ratio")),
                    ("apr", Scaled(scale="ratio")),
                )
            )
        ),
    ),
    "OfferOpened": EventDef(
        "OfferOpened",
        models.Offer,
        private=False,
        codecs=Fields(
            fields=(
                ("amount", Scaled(scale="amount", key="{asset_id}")),
                ("min_amount", Scaled(scale="amount", key="{asset_id}")),
                ("max_amount", Scaled(scale="amount", key="{asset_id}")),
                ("initial_margin", Scaled(scale="ratio")),
                ("maintenance_margin", Scaled(scale="ratio")),
                ("apr", Scaled(scale="ratio")),
            )
        ),
    ),
    "OfferUpdated": EventDef(
        "OfferUpdated",
        models.Offer,
        private=False,
        codecs=Fields(
            fields=(
                ("amount", Scaled(scale="amount", key="{asset_id}")),
                ("min_amount", Scaled(scale="amount", key="{asset_id}")),
                ("max_amount", Scaled(scale="amount", key="{asset_id}")),
                ("initial_margin", Scaled(scale="ratio")),
                ("maintenance_margin", Scaled(scale="ratio")),
                ("apr", Scaled(scale="ratio")),
            )
        ),
    ),
    "OfferClosed": EventDef("OfferClosed", models.BorrowerClosed, private=False),
    "Loans": EventDef(
        "Loans",
        list[models.Loan],
        private=True,
        codecs=Items(
            item=Fields(
                fields=(
                    ("initial_margin", Scaled(scale="ratio")),
                    ("maintenance_margin", Scaled(scale="ratio")),
                    ("apr", Scaled(scale="ratio")),
                )
            )
        ),
    ),
    "LoanInitiated": EventDef(
        "LoanInitiated",
        models.Loan,
        private=True,
        codecs=Fields(
            fields=(
                ("initial_margin", Scaled(scale="ratio")),
                ("maintenance_margin", Scaled(scale="ratio")),
                ("apr", Scaled(scale="ratio")),
            )
        ),
    ),
    "LoanUpdated": EventDef(
        "LoanUpdated",
        models.Loan,
        private=True,
        codecs=Fields(
            fields=(
                ("initial_margin", Scaled(scale="ratio")),
                ("maintenance_margin", Scaled(scale="ratio")),
                ("apr", Scaled(scale="ratio")),
            )
        ),
    ),
    "LoanTerminated": EventDef("LoanTerminated", models.BorrowerClosed, private=True),
}


class AsyncBorrowerEventsStream(
    AsyncEventStream[
        list[models.Collateral]
        | list[models.Offer]
        | models.Offer
        | models.BorrowerClosed
        | list[models.Loan]
        | models.Loan
    ]
):
    """The user's collateral, loan offers and loans as Server-Sent Events. (asynchronous: `async with` connects, `async for` reads)

    Events (`event.name`: the type of `event.data`):
        Collateral: list[models.Collateral]. The user's collateral in every asset (a snapshot: the whole list). (private)
        Offers: list[models.Offer]. The loan offers available to the user (a snapshot).
        OfferOpened: models.Offer. A loan offer became available.
        OfferUpdated: models.Offer. A loan offer changed.
        OfferClosed: models.BorrowerClosed. A loan offer closed.
        Loans: list[models.Loan]. The user's outstanding loans (a snapshot). (private)
        LoanInitiated: models.Loan. A loan was initiated. (private)
        LoanUpdated: models.Loan. A loan changed (a partial repayment). (private)
        LoanTerminated: models.BorrowerClosed. A loan ended (repaid in full). (private)

    Args:
        user_id: credential (never logged or shown in errors).
        cookie: credential (never logged or shown in errors).
        passphrase: credential (never logged or shown in errors).
        private_key: credential (never logged or shown in errors).
        url: server to connect to; overrides `environment`.
        environment: one of live, stage.
        reconnect: reconnect after a drop, resuming after the last event received.
        watchdog: seconds without a byte after which the connection counts as dead (default: the spec's).
        queue_size: events kept for a slow consumer (the oldest are dropped and counted in `dropped`).
        last_event_id: resume after this event (an earlier stream's `last_event_id`).
    """

    def __init__(
        self,
        *,
        user_id: str | None = None,
        cookie: str | None = None,
        passphrase: str | None = None,
        private_key: str | None = None,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        watchdog: float | None = None,
        queue_size: int = 1000,
        last_event_id: str | None = None,
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
            CONFIG,
            _BORROWER_EVENTS_CONFIG,
            _BORROWER_EVENTS_EVENTS,
            credentials,
            url=url,
            environment=environment,
            reconnect=reconnect,
            watchdog=watchdog,
            queue_size=queue_size,
            last_event_id=last_event_id,
        )


class BorrowerEventsStream(
    SyncEventStream[
        list[models.Collateral]
        | list[models.Offer]
        | models.Offer
        | models.BorrowerClosed
        | list[models.Loan]
        | models.Loan
    ]
):
    """The user's collateral, loan offers and loans as Server-Sent Events. (blocking: `with` connects, `for` reads; same arguments as the async one)"""

    def __init__(
        self,
        *,
        user_id: str | None = None,
        cookie: str | None = None,
        passphrase: str | None = None,
        private_key: str | None = None,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        watchdog: float | None = None,
        queue_size: int = 1000,
        last_event_id: str | None = None,
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
            lambda: AsyncBorrowerEventsStream(
                **credentials.as_dict(),
                url=url,
                environment=environment,
                reconnect=reconnect,
                watchdog=watchdog,
                queue_size=queue_size,
                last_event_id=last_event_id,
            )
        )


_EVENT_STREAM_CONFIG = SseConfig(server="event_stream", auth_scheme="basic", keepalive=15.0, watchdog=45.0)
_EVENT_STREAM_EVENTS = {
    "BalanceChanged": EventDef(
        "BalanceChanged",
        models.EsBalanceChanged,
        private=True,
        codecs=Fields(fields=(("balance", Scaled(scale="amount", key="{asset}")),)),
    ),
    "OrderOpened": EventDef(
        "OrderOpened",
        models.EsOrderOpened,
        private=False,
        codecs=Fields(
            fields=(
                ("quantity", Scaled(scale="amount", key="{base}")),
                ("price", Scaled(scale="price", key="{base}:{counter}")),
            )
        ),
    ),
    "OrdersMatched": EventDef(
        "OrdersMatched",
        models.EsOrdersMatched,
        private=False,
        codecs=Fields(
            fields=(
                ("quantity", Scaled(scale="amount", key="{base}")),
                ("price", Scaled(scale="price", key="{base}:{counter}")),
                ("total", Scaled(scale="amount", key="{counter}")),
                ("bid_rem", Scaled(scale="amount", key="{base}")),
                ("ask_rem", Scaled(scale="amount", key="{base}")),
                ("bid_base_fee", Scaled(scale="amount", key="{base}")),
                ("bid_counter_fee", Scaled(scale="amount", key="{counter}")),
                ("ask_base_fee", Scaled(scale="amount", key="{base}")),
                ("ask_counter_fee", Scaled(scale="amount", key="{counter}")),
            )
        ),
    ),
    "OrderClosed": EventDef(
        "OrderClosed",
        models.EsOrderClosed,
        private=False,
        codecs=Fields(
            fields=(
                ("quantity", Scaled(scale="amount", key="{base}")),
                ("price", Scaled(scale="price", key="{base}:{counter}")),
            )
        ),
    ),
    "TickerChanged": EventDef(
        "TickerChanged",
        models.EsTickerChanged,
        private=False,
        codecs=Fields(
            fields=(
                ("last", Scaled(scale="price", key="{base}:{counter}")),
                ("bid", Scaled(scale="price", key="{base}:{counter}")),
                ("ask", Scaled(scale="price", key="{base}:{counter}")),
                ("low", Scaled(scale="price", key="{base}:{counter}")),
                ("high", Scaled(scale="price", key="{base}:{counter}")),
                ("volume", Scaled(scale="amount", key="{base}")),
            )
        ),
    ),
}


class AsyncEventStreamStream(
    AsyncEventStream[
        models.EsBalanceChanged
        | models.EsOrderOpened
        | models.EsOrdersMatched
        | models.EsOrderClosed
        | models.EsTickerChanged
    ]
):
    """Market and account events (balances, orders, trades, tickers) as Server-Sent Events. (asynchronous: `async with` connects, `async for` reads)

    Events (`event.name`: the type of `event.data`):
        BalanceChanged: models.EsBalanceChanged. The user's available balance in one asset changed. (private)
        OrderOpened: models.EsOrderOpened. An order was opened (its tonce for the owner only).
        OrdersMatched: models.EsOrdersMatched. Two orders matched (ids and remainders omitted for a market order's side; tonces and fees for the owners only).
        OrderClosed: models.EsOrderClosed. An order left the book (the quantity that remained; no time field).
        TickerChanged: models.EsTickerChanged. The ticker of a book changed.

    Args:
        user_id: credential (never logged or shown in errors).
        cookie: credential (never logged or shown in errors).
        passphrase: credential (never logged or shown in errors).
        private_key: credential (never logged or shown in errors).
        url: server to connect to; overrides `environment`.
        environment: one of live, stage.
        reconnect: reconnect after a drop, resuming after the last event received.
        watchdog: seconds without a byte after which the connection counts as dead (default: the spec's).
        queue_size: events kept for a slow consumer (the oldest are dropped and counted in `dropped`).
        last_event_id: resume after this event (an earlier stream's `last_event_id`).
    """

    def __init__(
        self,
        *,
        user_id: str | None = None,
        cookie: str | None = None,
        passphrase: str | None = None,
        private_key: str | None = None,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        watchdog: float | None = None,
        queue_size: int = 1000,
        last_event_id: str | None = None,
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
            CONFIG,
            _EVENT_STREAM_CONFIG,
            _EVENT_STREAM_EVENTS,
            credentials,
            url=url,
            environment=environment,
            reconnect=reconnect,
            watchdog=watchdog,
            queue_size=queue_size,
            last_event_id=last_event_id,
        )


class EventStreamStream(
    SyncEventStream[
        models.EsBalanceChanged
        | models.EsOrderOpened
        | models.EsOrdersMatched
        | models.EsOrderClosed
        | models.EsTickerChanged
    ]
):
    """Market and account events (balances, orders, trades, tickers) as Server-Sent Events. (blocking: `with` connects, `for` reads; same arguments as the async one)"""

    def __init__(
        self,
        *,
        user_id: str | None = None,
        cookie: str | None = None,
        passphrase: str | None = None,
        private_key: str | None = None,
        url: str | None = None,
        environment: str | None = None,
        reconnect: bool = True,
        watchdog: float | None = None,
        queue_size: int = 1000,
        last_event_id: str | None = None,
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
            lambda: AsyncEventStreamStream(
                **credentials.as_dict(),
                url=url,
                environment=environment,
                reconnect=reconnect,
                watchdog=watchdog,
                queue_size=queue_size,
                last_event_id=last_event_id,
            )
        )
