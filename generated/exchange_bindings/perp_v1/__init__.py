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
