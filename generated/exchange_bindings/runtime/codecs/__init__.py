"""Codecs: how every value goes on the wire and back, for clients, streams and stubs, in one place.

The spec turns them on by name; these registries are the names there are (the loader refuses any
other, and spec.schema.json lists the same):

- NUMBERS: an API's money encoding (`api.numbers`): decimal strings, JSON numbers, scaled integers;
- FORMATS: a field's `format`, by the codec that reads and writes it (`codec_for`); a field with
  `x-scale` is a scaled integer whatever its format;
- BODIES: request body encodings (`body_encoding`): json, form;
- ERROR_BODIES: what error answers carry (`errors.body`): a JSON object, text, or nothing.

Modules: base (the codec interface), decimal, number, scaled, timestamps (the codecs), shape (where
in a value they act), conform (wire types by schema, for stub answers and stream payloads), checks
(callers' values by type, at any depth), bodies (request bodies and answers).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import msgspec

from .base import Codec, Scope
from .bodies import BodyEncoding, EmptyErrors, ErrorBody, FormBody, JsonBody, JsonErrors, Success, TextErrors
from .decimal import DecimalString
from .number import JsonNumber
from .scaled import Scaled
from .shape import Either, Fields, Items, Shape, Values
from .timestamps import IsoTime, UnixTime

__all__ = [  # the generated clients build their shapes from these names
    "BODIES",
    "ERROR_BODIES",
    "FORMATS",
    "NUMBERS",
    "Codec",
    "DecimalString",
    "Either",
    "Fields",
    "IsoTime",
    "Items",
    "JsonNumber",
    "Options",
    "Scaled",
    "Scope",
    "Shape",
    "Success",
    "UnixTime",
    "Values",
    "codec_for",
]


class Options(msgspec.Struct, frozen=True):
    """API-wide choices that shape codecs: the fractional digits ISO-8601 times are written with."""

    fraction_digits: int = 3


def _decimal(schema: Mapping[str, Any], options: Options) -> Codec:
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return DecimalString() if "string" in kinds or "number" not in kinds else JsonNumber()


def _plain(schema: Mapping[str, Any], options: Options) -> Codec | None:
    return None


NUMBERS: dict[str, type[Codec]] = {
    "decimal_string": DecimalString,
    "json_number": JsonNumber,
    "scaled_integer": Scaled,
}
FORMATS: dict[str, Callable[[Mapping[str, Any], Options], Codec | None]] = {
    "decimal": _decimal,
    "unix_s": lambda schema, options: UnixTime("unix_s"),
    "unix_ms": lambda schema, options: UnixTime("unix_ms"),
    "unix_us": lambda schema, options: UnixTime("unix_us"),
    "date-time": lambda schema, options: IsoTime(options.fraction_digits),
    # text or integers the codecs leave as they are
    "date": _plain,
    "int64": _plain,
    "uuid": _plain,
    "uri": _plain,
}
_DEFAULT = Options()
BODIES: dict[str, BodyEncoding] = {"json": JsonBody(), "form": FormBody()}
ERROR_BODIES: dict[str, ErrorBody] = {"json": JsonErrors(), "text": TextErrors(), "empty": EmptyErrors()}


def codec_for(schema: Mapping[str, Any], options: Options | None = None) -> Codec | None:
    """The codec of a field's type schema (None: plain, written by its type alone)."""
    scale = schema.get("x-scale")
    if isinstance(scale, Mapping):
        return Scaled(scale["scale"], scale.get("key", ""), scale.get("round", "half_even"))
    fmt = schema.get("format")
    return None if fmt is None else FORMATS[fmt](schema, options or _DEFAULT)
