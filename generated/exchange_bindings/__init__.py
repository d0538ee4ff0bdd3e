"""exchange-bindings: typed clients of crypto-exchange APIs, generated from a declarative spec.

APIs: coinex_v2, coinflex_v2, perp_v1. Each is a subpackage with `Client`, `AsyncClient`
and `models`; every error derives from `exchange_bindings.errors.ExchangeError`.
"""

from exchange_bindings.runtime import errors

APIS = ["coinex_v2", "coinflex_v2", "perp_v1"]
__all__ = ["APIS", "errors"]
