"""CoinEx v2: typed sync and async REST clients, generated from spec/coinex_v2.

    from exchange_bindings.coinex_v2 import Client

    with Client(api_key="...", api_secret="...", environment='live') as client:
        client.spot_get_markets(market='BTCUSDT')
        client.spot_get_tickers(market='BTCUSDT')
        order = client.spot_place_order(market='BTCUSDT', market_type='SPOT', side='buy', type='limit', amount='0.001', price='20000')
        client.spot_cancel_order(market='BTCUSDT', market_type='SPOT', order_id=order.order_id)

132 endpoints; structs in `exchange_bindings.coinex_v2.models`, errors in
`exchange_bindings.errors`. Docs: https://docs.coinex.com/api/v2/
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
