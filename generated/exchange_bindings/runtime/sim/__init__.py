"""The exchange simulator shared by every API's stub, split by concern (see exchange.py for the parts),
and the venues a stub hosts (venues.py): each venue one simulated Exchange."""

from .exchange import Exchange
from .model import (
    DEFAULT_WALLET,
    MARKET_KINDS,
    Account,
    Balance,
    Fill,
    MarginChange,
    Market,
    Order,
    Position,
    SimulatorError,
    Trade,
    Transfer,
)

__all__ = [
    "DEFAULT_WALLET",
    "MARKET_KINDS",
    "Account",
    "Balance",
    "Exchange",
    "Fill",
    "MarginChange",
    "Market",
    "Order",
    "Position",
    "SimulatorError",
    "Trade",
    "Transfer",
]
