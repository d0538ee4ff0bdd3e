"""CoinFLEX v2: typed sync and async REST clients, generated from spec/coinflex_v2.

    from exchange_bindings.coinflex_v2 import Client

    with Client(api_key="...", api_secret="...", environment='live') as client:
        result = client.borrow(...)

45 endpoints; structs in `exchange_bindings.coinflex_v2.models`, errors in
`exchange_bindings.errors`. Docs: https://docs.coinflex.com/
"""

from exchange_bindings.runtime import errors

from . import models
from .client import AsyncClient, Client
from .config import CONFIG, CREDENTIALS

__all__ = ["CONFIG", "CREDENTIALS", "AsyncClient", "Client", "errors", "models"]
