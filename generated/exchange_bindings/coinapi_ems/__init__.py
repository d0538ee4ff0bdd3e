"""CoinAPI EMS: typed sync and async REST clients, generated from spec/coinapi_ems.

    from exchange_bindings.coinapi_ems import Client

    with Client(api_key="...", environment='managed_cloud') as client:
        client.get_balances(exchange_id='KRAKEN')
        order = client.send_new_order(exchange_id='KRAKEN', client_order_id='my-order-1', symbol_id_coinapi='KRAKEN_SPOT_BTC_USD', amount_order='0.01', price='50000', side='BUY', order_type='LIMIT', time_in_force='GOOD_TILL_CANCEL')
        client.cancel_order(exchange_id='KRAKEN', client_order_id=order.client_order_id)

16 endpoints; structs in `exchange_bindings.coinapi_ems.models`, errors in
`exchange_bindings.errors`. Docs: https://docs.coinapi.io/ems-api/
"""

from typing import TYPE_CHECKING

from exchange_bindings.runtime import errors
from exchange_bindings.runtime.lazy import attributes

from .client import AsyncClient, Client

__all__ = [
    "CONFIG",
    "CREDENTIALS",
    "AsyncClient",
    "Client",
    "MessageError",
    "MessageRejectError",
    "ValidationProblemError",
    "errors",
    "models",
]


class MessageRejectError(errors.ShapedError, api="coinapi_ems", shape="MessageReject"):
    """An error answered in the API's MessageReject body; the raised error is also its kind's class
    (NotFoundError, ...). `fields` is the body."""


class ValidationProblemError(errors.ShapedError, api="coinapi_ems", shape="ValidationProblem"):
    """An error answered in the API's ValidationProblem body; the raised error is also its kind's class
    (NotFoundError, ...). `fields` is the body."""


class MessageError(errors.ShapedError, api="coinapi_ems", shape="MessageError"):
    """An error answered in the API's MessageError body; the raised error is also its kind's class
    (NotFoundError, ...). `fields` is the body."""


if TYPE_CHECKING:
    from . import models
    from .config import CONFIG, CREDENTIALS
else:  # loaded on first use (a client loads them too); hidden from type checkers: they would take any name
    __getattr__, __dir__ = attributes(
        globals(),
        {
            "config": ".config",
            "models": ".models",
            "operations": ".operations",
            "CONFIG": ".config:CONFIG",
            "CREDENTIALS": ".config:CREDENTIALS",
        },
    )
