"""Every error exchange-bindings raises; see the runtime for each one's meaning."""

from exchange_bindings.runtime.errors import *  # noqa: F403
from exchange_bindings.runtime.errors import __all__ as __all__
