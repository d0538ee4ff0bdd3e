"""Perp v1: typed sync and async REST clients, generated from spec/perp_v1.

    from exchange_bindings.perp_v1 import Client

    with Client(api_key="...", api_secret="...", username="...", password="...", environment='live') as client:
        client.get_symbols(symbol='BTCUSDT')
        client.get_klines(symbol='BTCUSDT', interval='1h')
        order = client.place_order(symbol='BTCUSDT', side='BUY', type='LIMIT', quantity='0.01', price='20000', time_in_force='GTC')
        client.cancel_order(symbol='BTCUSDT', order_id=order.order_id)

53 endpoints; structs in `exchange_bindings.perp_v1.models`, errors in
`exchange_bindings.errors`. Docs: none published: seed 004 is an endpoint table only (NOTES-coinex-coinapi-perp.md (c))
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
