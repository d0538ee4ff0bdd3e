"""Names: wire names to Python identifiers, computed once for the IR and the loader."""

from __future__ import annotations

import keyword
import re

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[^A-Za-z0-9]+")

# Keyword arguments every generated method has besides the spec's parameters.
RESERVED_ARGUMENTS = frozenset({"self", "timeout"})


def snake(name: str) -> str:
    """`clientOrderID` -> `client_order_id`, `open24h` -> `open24h`, `type` -> `type_`."""
    words = [w for w in _BOUNDARY.split(name.replace("IDs", "Ids")) if w]
    out = "_".join(w.lower() for w in words) or "_"
    if out[0].isdigit():
        out = "n" + out
    if keyword.iskeyword(out):
        out += "_"
    return out


def pascal(name: str) -> str:
    """`get_trades` -> `GetTrades`."""
    return "".join(w[:1].upper() + w[1:] for w in _BOUNDARY.split(name) if w)
