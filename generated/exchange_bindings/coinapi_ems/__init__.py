"""CoinAPI EMS: typed sync and async REST clients, generated from spec/coinapi_ems.

    from exchange_bindings.coinapi_ems import Client

    with Client(api_key="...", environment='managed_cloud') as client:
        result = client.cancel_all_orders(...)

16 endpoints; structs in `exchange_bindings.coinapi_ems.models`, errors in
`exchange_bindings.errors`. Docs: https://docs.coinapi.io/ems-api/
"""

from exchange_bindings.runtime import errors

from . import models
from .client import AsyncClient, Client
from .config import CONFIG, CREDENTIALS

__all__ = ["CONFIG", "CREDENTIALS", "AsyncClient", "Client", "errors", "models"]
