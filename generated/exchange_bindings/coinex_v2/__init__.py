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

import importlib
from typing import TYPE_CHECKING, Any

from exchange_bindings.runtime import errors

from .client import AsyncClient, Client

__all__ = ["CONFIG", "CREDENTIALS", "AsyncClient", "Client", "errors", "models"]


if TYPE_CHECKING:
    from . import models
    from .config import CONFIG, CREDENTIALS
else:
    _MODULES = ("config", "models", "operations")  # loaded on first use (a client loads them too)
    _CONFIGURED = ("CONFIG", "CREDENTIALS")  # likewise, from config

    def __getattr__(name: str) -> Any:  # hidden from type checkers: they would take any name for one
        if name in _MODULES:
            return importlib.import_module(f"{__name__}.{name}")
        if name in _CONFIGURED:
            return getattr(importlib.import_module(f"{__name__}.config"), name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MODULES, *_CONFIGURED})
