"""CoinEx v2: typed sync and async REST clients, generated from spec/coinex_v2.

    from exchange_bindings.coinex_v2 import Client

    with Client(api_key="...", api_secret="...", environment='live') as client:
        result = client.add_amm_liquidity(...)

132 endpoints; structs in `exchange_bindings.coinex_v2.models`, errors in
`exchange_bindings.errors`. Docs: https://docs.coinex.com/api/v2/
"""

from exchange_bindings.runtime import errors

from . import models
from .client import AsyncClient, Client
from .config import CONFIG, CREDENTIALS

__all__ = ["CONFIG", "CREDENTIALS", "AsyncClient", "Client", "errors", "models"]
