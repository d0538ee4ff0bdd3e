"""CoinFLEX v2: typed sync and async REST clients, generated from spec/coinflex_v2.

    from exchange_bindings.coinflex_v2 import Client

    with Client(api_key="...", api_secret="...", environment='live') as client:
        client.get_markets()
        client.get_tickers()
        placed = client.place_orders(response_type='FULL', orders=[{'clientOrderId': 1, 'marketCode': 'BTC-USD-SWAP-LIN', 'side': 'BUY', 'quantity': '0.001', 'orderType': 'LIMIT', 'price': '19000'}])
        client.cancel_orders(response_type='FULL', orders=[{'marketCode': 'BTC-USD-SWAP-LIN', 'orderId': placed.data[0].order_id}])

45 endpoints; structs in `exchange_bindings.coinflex_v2.models`, errors in
`exchange_bindings.errors`. Docs: https://docs.coinflex.com/
"""

from typing import TYPE_CHECKING

from exchange_bindings.runtime import errors
from exchange_bindings.runtime.lazy import attributes

from .client import AsyncClient, Client

__all__ = ["CONFIG", "CREDENTIALS", "AsyncClient", "Client", "errors", "models"]


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
