"""Timestamps: unix seconds, milliseconds or microseconds, and ISO-8601 text.

Unix times are integers in the field's unit for callers, as on the wire; the stub's simulator counts
milliseconds, so its side converts. ISO-8601 times are aware `datetime`s (UTC) for callers and
milliseconds for the simulator. They are read in every form servers accept (extended or basic, down
to the day or the hour, with 0 to 9 fractional digits, with a zone or without one, meaning UTC) and
written as `yyyy-MM-ddTHH:mm:ss.fffffffZ` with the spec's number of fractional digits. A datetime
holds microseconds: digits past the sixth are dropped when reading and written as zeros.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, ClassVar

import msgspec

from .base import Codec, Scope

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


# the extended and basic forms (ASCII digits)
_EXTENDED = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?",
    re.ASCII,
)
_BASIC = re.compile(
    r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(?:(\d{2})(?:(\d{2})(?:[.,]?(\d{1,9}))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?",
    re.ASCII,
)


def parse_iso(text: str) -> datetime:
    """An ISO-8601 time in any form of NOTES b.7 (yyyy-MM-dd[THH[:mm[:ss[.f...]]]], or the same without
    separators: yyyyMMdd[THH[mm[ss[f...]]]]), as an aware datetime; no zone means UTC. ValueError else."""
    match = _EXTENDED.fullmatch(text) or _BASIC.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not an ISO-8601 time")
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micros = int((fraction or "0")[:6].ljust(6, "0"))
    moment = datetime(
        int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), micros, _zone(zone)
    )
    return moment.astimezone(UTC)


def _zone(text: str | None) -> timezone:
    if text is None or text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def format_iso(moment: datetime, digits: int = 7) -> str:
    """`yyyy-MM-ddTHH:mm:ss.fffffffZ` in UTC with `digits` fractional digits (0: none); a naive datetime is UTC."""
    utc = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    text = utc.strftime("%Y-%m-%dT%H:%M:%S")
    if digits:
        text += "." + f"{utc.microsecond:06d}".ljust(digits, "0")[:digits]
    return text + "Z"


def from_ms(ms: int) -> datetime:
    return _EPOCH + timedelta(milliseconds=ms)


def to_ms(moment: datetime) -> int:
    utc = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return (utc - _EPOCH) // timedelta(milliseconds=1)


def _whole(value: Any) -> int:
    """An integer time as sent: a JSON integer or its digits as text."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a time")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.lstrip("-").isdigit():
        return int(value)
    raise ValueError(f"{value!r} is not a unix time")


class UnixTime(msgspec.Struct, Codec, frozen=True):
    """`format: unix_s | unix_ms | unix_us`: integers in that unit (a datetime is also taken from callers)."""

    unit: str = "unix_ms"
    acts: ClassVar[frozenset[str]] = frozenset({"accept", "render"})

    def does(self, direction: str) -> bool:
        # milliseconds are the simulator's own unit; callers always deal in the field's unit
        return self.unit != "unix_ms" and direction in self.acts

    def encode(self, value: Any, scope: Scope) -> Any:
        if isinstance(value, datetime):
            ms = to_ms(value)
            return ms // 1000 if self.unit == "unix_s" else ms * 1000 if self.unit == "unix_us" else ms
        return value

    def accept(self, value: Any, scope: Scope) -> Any:
        number = _whole(value)
        return number * 1000 if self.unit == "unix_s" else number // 1000 if self.unit == "unix_us" else number

    def render(self, value: Any, scope: Scope) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return value
        return value // 1000 if self.unit == "unix_s" else value * 1000 if self.unit == "unix_us" else value


class IsoTime(msgspec.Struct, Codec, frozen=True):
    """`{type: string, format: date-time}`: an aware datetime for callers, ISO-8601 text on the wire."""

    digits: int = 3
    acts: ClassVar[frozenset[str]] = frozenset({"encode", "decode", "accept", "render"})
    python: ClassVar[str | None] = "datetime"

    def encode(self, value: Any, scope: Scope) -> Any:
        if isinstance(value, str):
            value = parse_iso(value)  # a caller's text is checked, then written the API's way
        if not isinstance(value, datetime):
            raise ValueError(f"{value!r} is not a datetime")
        return format_iso(value, self.digits)

    def decode(self, value: Any, scope: Scope) -> Any:
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not an ISO-8601 time")
        return parse_iso(value)

    def accept(self, value: Any, scope: Scope) -> Any:
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not an ISO-8601 time")
        return to_ms(parse_iso(value))

    def render(self, value: Any, scope: Scope) -> Any:
        if isinstance(value, datetime):
            return format_iso(value, self.digits)
        if not isinstance(value, int) or isinstance(value, bool):
            return value
        return format_iso(from_ms(value), self.digits)
