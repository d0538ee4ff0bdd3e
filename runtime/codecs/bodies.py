"""Bodies: how request parameters travel (`json`, `form`), how success answers (200, 201 with
`Location`, 204) and error bodies (a JSON envelope, `text/plain`, or nothing) look, on both sides.

`as_text` is how a value is written where only text goes: paths, query strings, headers, form fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urlencode

import msgspec

from .decimal import fixed

MAX_DEPTH = 32  # nesting of arrays and objects in a client's JSON (exchange requests nest a few levels)
_ENCODER = msgspec.json.Encoder()


def _bounded(text: str) -> Decimal:
    """A client's number exactly as written, within the range exchanges read (a double's)."""
    number = Decimal(text)
    if number and number.adjusted() > 308:
        raise ValueError(f"the number {text} is out of range")
    return number


_CLIENT_JSON: msgspec.json.Decoder[Any] = msgspec.json.Decoder(float_hook=_bounded)


def as_text(value: Any) -> str:
    """A value as text: Decimal in fixed point (exchanges reject exponents), booleans in lower case, a
    list comma-joined; an object has no text form (ValueError)."""
    if type(value) is str:  # the common case, first
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return fixed(value)
    if isinstance(value, msgspec.Raw):  # a JSON number, digit for digit
        return bytes(value).decode()
    if isinstance(value, list | tuple):
        return ",".join(as_text(v) for v in value)
    if isinstance(value, Mapping):
        raise ValueError("an object cannot be written as text")
    return str(value)


def load_json(data: bytes | str) -> Any:
    """A client's JSON, numbers exactly as written; ValueError when it is not JSON (or not UTF-8, or
    holds a lone surrogate, or a number out of range) or nests deeper than MAX_DEPTH."""
    try:
        value = _CLIENT_JSON.decode(data)
    except RecursionError:
        raise ValueError(f"the JSON nests deeper than {MAX_DEPTH} levels") from None
    except msgspec.DecodeError as exc:
        raise ValueError(f"the JSON is malformed: {exc}") from None
    if _depth(value) > MAX_DEPTH:
        raise ValueError(f"the JSON nests deeper than {MAX_DEPTH} levels")
    return value


def _depth(value: Any) -> int:
    """How deeply arrays and objects nest in a decoded value (a scalar: 0), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest


# -- request bodies -------------------------------------------------------------------------------
class JsonBody(msgspec.Struct, frozen=True):
    """A JSON object of the body parameters; values keep their types (numbers, booleans, nesting)."""

    content_type: str = "application/json"
    typed: bool = True

    def encode(self, fields: Mapping[str, Any]) -> bytes:
        return _ENCODER.encode(fields)

    def decode(self, body: bytes) -> dict[str, Any]:
        value = load_json(body)
        if not isinstance(value, dict):
            raise ValueError("the body must be a JSON object")
        return value


class FormBody(msgspec.Struct, frozen=True):
    """`application/x-www-form-urlencoded`: every value as text, a list as the key repeated."""

    content_type: str = "application/x-www-form-urlencoded"
    typed: bool = False

    def encode(self, fields: Mapping[str, Any]) -> bytes:
        pairs = [
            (name, as_text(item))
            for name, value in fields.items()
            for item in (value if isinstance(value, list | tuple) else [value])
        ]
        return urlencode(pairs).encode("ascii")

    def decode(self, body: bytes) -> dict[str, Any]:
        try:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict")
        except UnicodeDecodeError as exc:
            raise ValueError(f"a form body is UTF-8 text: {exc.reason}") from None
        fields: dict[str, Any] = {}
        for name, value in pairs:
            held = fields.get(name)
            fields[name] = value if held is None else [*held, value] if isinstance(held, list) else [held, value]
        return fields


BodyEncoding = JsonBody | FormBody


# -- answers --------------------------------------------------------------------------------------
SUCCESS_STATUSES = (200, 201, 204)


TEXT_PLAIN = "text/plain; charset=utf-8"


class Success(msgspec.Struct, frozen=True):
    """How an endpoint answers success: 200 with its result; 201 with `Location` (its value is the
    result's `location` field, the body may be empty); or 204 with nothing (the result is None).
    `body`: `json` (the default), `text` (text/plain: the result is the text) or `empty` (nothing, even
    under 200: the result is None)."""

    status: int = 200
    location: str | None = None
    body: str = "json"


class JsonErrors(msgspec.Struct, frozen=True):
    """Errors as a JSON object (the spec's code and message fields; the stub's error template)."""

    content_type: str | None = "application/json"

    def message(self, data: Any, body: bytes, field: str | None) -> str | None:
        value = data.get(field) if field is not None and isinstance(data, dict) else None
        return None if value is None else str(value)


class TextErrors(msgspec.Struct, frozen=True):
    """Errors as `text/plain`: the body is the message; the status tells the kind."""

    content_type: str | None = TEXT_PLAIN

    def message(self, data: Any, body: bytes, field: str | None) -> str | None:
        text = body.decode("utf-8", "replace").strip()
        return text or None


class EmptyErrors(msgspec.Struct, frozen=True):
    """Errors with no body at all: the status tells everything."""

    content_type: str | None = None

    def message(self, data: Any, body: bytes, field: str | None) -> str | None:
        return None


ErrorBody = JsonErrors | TextErrors | EmptyErrors
