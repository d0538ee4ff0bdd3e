"""exchange-bindings: typed clients of crypto-exchange APIs, generated from a declarative spec.

APIs: coinex_v2, coinflex_v1, coinflex_v2. Each is a subpackage with `Client`, `AsyncClient`
and `models`; every error derives from `exchange_bindings.errors.ExchangeError`.
"""

from exchange_bindings.runtime import errors

APIS = ["coinex_v2", "coinflex_v1", "coinflex_v2"]
__all__ = ["APIS", "errors"]
