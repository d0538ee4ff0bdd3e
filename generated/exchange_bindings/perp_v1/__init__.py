"""Perp v1: typed sync and async REST clients, generated from spec/perp_v1.

    from exchange_bindings.perp_v1 import Client

    with Client(api_key="...", api_secret="...", username="...", password="...", environment='live') as client:
        result = client.amend_order(...)

53 endpoints; structs in `exchange_bindings.perp_v1.models`, errors in
`exchange_bindings.errors`. Docs: none published: seed 004 is an endpoint table only (NOTES-coinex-coinapi-perp.md (c))
"""

from exchange_bindings.runtime import errors

from . import models
from .client import AsyncClient, Client
from .config import CONFIG, CREDENTIALS

__all__ = ["CONFIG", "CREDENTIALS", "AsyncClient", "Client", "errors", "models"]
