"""JSON numbers as money: read exactly as written, written without float rounding.

`0.0783` on the wire is Decimal('0.0783') here, never 0.07830000000000001: typed structs decode
numbers into Decimal from their text (msgspec does), and untyped JSON is read with `EXACT`, which
makes every non-integer a Decimal rather than a float. A Decimal goes out as a JSON number in
fixed-point notation, digit for digit (`msgspec.Raw`), never through a float.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

import msgspec

from .base import Codec, Scope
from .decimal import fixed, money, parse

EXACT: msgspec.json.Decoder[Any] = msgspec.json.Decoder(float_hook=Decimal)
"""Untyped JSON with every non-integer number a Decimal, exactly as written."""


def number(value: Decimal) -> msgspec.Raw:
    """A JSON number in fixed-point notation: Decimal('1E-8') -> 0.00000001."""
    return msgspec.Raw(fixed(value).encode())


class JsonNumber(msgspec.Struct, Codec, frozen=True):
    """`{type: number, format: decimal}`. Decoding needs nothing (typed decoding and `EXACT` are exact)
    and the stub's Decimals are written as numbers by its encoder: only a client's request acts."""

    acts: ClassVar[frozenset[str]] = frozenset({"encode"})
    python: ClassVar[str | None] = "Decimal"

    def encode(self, value: Any, scope: Scope) -> Any:
        return number(money(value))

    def decode(self, value: Any, scope: Scope) -> Any:
        return parse(value)

    def accept(self, value: Any, scope: Scope) -> Any:
        return parse(value)
