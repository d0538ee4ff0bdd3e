"""exchange-bindings: typed clients of crypto-exchange APIs, generated from a declarative spec.

APIs: coinapi_ems, coinex_v2, coinflex_v1, coinflex_v2, perp_v1. Each is a subpackage with `Client`, `AsyncClient`
and `models`; every error derives from `exchange_bindings.errors.ExchangeError`.
"""

from exchange_bindings.runtime import errors

APIS = ["coinapi_ems", "coinex_v2", "coinflex_v1", "coinflex_v2", "perp_v1"]
__version__ = "1.1.0"
__all__ = ["APIS", "__version__", "errors"]
