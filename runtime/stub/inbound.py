"""What a stub reads from its clients, bounded: body sizes, JSON nesting, numbers written as numbers.

Clients may send anything. These checks turn hostile input into a `ValueError` (which the stub answers
as the API's own rejection) before it can reach code that would recurse without end, fail to encode it
back, or read a number the exchange would refuse (" 1", "NaN", "1_000"). The JSON and number checks
are the codecs' stub side (runtime/codecs); they are named here for the stub's modules.
"""

from __future__ import annotations

from typing import Any

from ..codecs.bodies import MAX_DEPTH, load_json
from ..codecs.checks import misread_decimal
from ..codecs.decimal import parse as wire_decimal

__all__ = ["MAX_BODY", "MAX_DEPTH", "delay", "load_json", "misread_decimal", "wire_decimal"]

MAX_BODY = 1 << 20  # bytes of a request body or of a socket message


def delay(latency: Any) -> float:
    """A scripted latency as seconds to sleep: what is not a positive number (NaN, negative, text) is
    none, and none is longer than a day (sleeps on a server end at its shutdown anyway)."""
    try:
        seconds = float(latency)
    except (TypeError, ValueError):
        return 0.0
    return min(seconds, 86_400.0) if seconds > 0 else 0.0
