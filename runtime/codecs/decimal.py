"""Decimal strings: money as text ("0.0783"), Decimal on our side, never a float.

`fixed` writes a caller's value as given (exchanges reject exponents: 1E-8 goes out as 0.00000001);
`plain` writes the stub's values without trailing zeros (as exchanges show them); `parse` reads a
number as a client wrote it, strictly (no spaces, NaN or "1_000", which Decimal() would take).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, ClassVar

import msgspec

from .base import Codec, Scope

# a number as text: ASCII digits, an optional sign, point and exponent; no spaces, no NaN or Infinity
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)


def fixed(value: Decimal) -> str:
    """Fixed-point notation, digits as given: Decimal('1E-8') -> '0.00000001', Decimal('1.50') -> '1.50'."""
    return format(value, "f")


def plain(value: Decimal) -> str:
    """Fixed-point notation without trailing zeros: Decimal('1.50') -> '1.5', Decimal('100') -> '100'."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def parse(value: Any) -> Decimal:
    """A number as a client sent it (a JSON number or a numeric string), read strictly; ValueError when
    the exchange would not read it as a number."""
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise ValueError(f"{value!r} is not a number")
    if isinstance(value, str) and not _NUMBER.fullmatch(value):
        raise ValueError(f"{value!r} is not a number")
    number = Decimal(value if isinstance(value, str | Decimal) else str(value))
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a number")
    return number


def money(value: Any) -> Decimal:
    """A caller's amount as a Decimal: a Decimal, an int or a numeric str, never a float (a float has
    already lost the digits the caller meant: 0.1 + 0.2 is 0.30000000000000004)."""
    if isinstance(value, float):
        raise ValueError("money is never a float: pass a Decimal or a str")
    number = parse(value)
    return number


class DecimalString(msgspec.Struct, Codec, frozen=True):
    """`{type: string, format: decimal}`: the default for money, so shapes never list it (a request
    body writes every Decimal left in it this way; stub templates conform by the field's type)."""

    python: ClassVar[str | None] = "Decimal"

    def encode(self, value: Any, scope: Scope) -> Any:
        return fixed(money(value))

    def decode(self, value: Any, scope: Scope) -> Any:
        return parse(value)

    def accept(self, value: Any, scope: Scope) -> Any:
        return parse(value)

    def render(self, value: Any, scope: Scope) -> Any:
        return plain(value) if isinstance(value, Decimal) else str(value)
