"""CoinFLEX v1 (Trade Engine): typed sync and async REST clients, generated from spec/coinflex_v1.

    from exchange_bindings.coinflex_v1 import Client

    with Client(user_id="...", cookie="...", passphrase="...", private_key="...", environment='live') as client:
        client.get_markets()
        client.get_ticker(base=63488, counter=65283)
        order = client.place_order(base=63488, counter=65283, quantity='0.01', price='4000')
        client.cancel_order(id=order.id)

29 endpoints; structs in `exchange_bindings.coinflex_v1.models`, errors in
`exchange_bindings.errors`. Docs: https://github.com/coinflex-exchange/API
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
