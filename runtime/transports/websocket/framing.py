"""How commands, replies and pushes look on the wire, for both sides: where a command's payload goes
(under a data field, or its fields at the top level beside the op and tag), how a reply says it
succeeded (true/false fields, or a code), what identifies a push (its channel field), how a refusal
names the request it refuses, and how frames are compressed."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import msgspec

from ...codecs.number import number
from .config import Command, Framing

ENCODER = msgspec.json.Encoder(decimal_format="number")  # string-typed decimals are already strings


def _inflate_raw(raw: bytes) -> bytes:
    return zlib.decompress(raw, -zlib.MAX_WBITS)


INFLATERS: dict[str, Callable[[bytes], bytes]] = {"gzip": gzip.decompress, "deflate": _inflate_raw}


def compress(compression: str, text: str) -> bytes | None:
    """A frame as the server sends it (None: as text)."""
    if compression == "gzip":
        return gzip.compress(text.encode(), 1, mtime=0)
    if compression == "deflate":
        packer = zlib.compressobj(1, zlib.DEFLATED, -zlib.MAX_WBITS)
        return packer.compress(text.encode()) + packer.flush()
    return None


def command(
    framing: Framing, op: str, tag: Any, payload: Mapping[str, Any] | None, fields: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """A command frame: the op, the tag (if the framing has one), framing `fields` (a subscription's
    channel list, a batch's items), and the payload where the framing puts it."""
    message: dict[str, Any] = {framing.op: op}
    if framing.tag is not None and tag is not None:
        message[framing.tag] = tag
    message.update(fields or {})
    if payload is not None:
        message.update(payload if framing.data is None else {framing.data: payload})
    return message


def payload_of(framing: Framing, message: Mapping[str, Any]) -> Any:
    """A received command's payload: its data field, or the message without the framing's own fields."""
    if framing.data is not None:
        return message.get(framing.data)
    own = {framing.op, framing.tag}
    rest = {k: v for k, v in message.items() if k not in own}
    return rest or None


def tag_value(framing: Framing, number: int) -> Any:
    return number if framing.tag_type == "integer" else str(number)


def ok(framing: Framing, reply: Mapping[str, Any]) -> bool:
    """Whether a reply says the command succeeded."""
    if framing.rejected is not None and all(reply.get(k) == v for k, v in framing.rejected.items()):
        return False
    if framing.reply_ok_code is not None:
        return str(reply.get(framing.reply_code or "")) == str(framing.reply_ok_code)
    flags = [reply[f] for f in framing.reply_ok if f in reply]
    return all(f is True or str(f).lower() == "true" for f in flags)


def failure_fields(framing: Framing, code: Any, message: Any) -> dict[str, Any]:
    """A failed reply's code and message fields (absent values left out)."""
    fields = {framing.reply_code or "code": code, framing.reply_message or "message": message}
    return {k: v for k, v in fields.items() if v is not None}


def success_fields(framing: Framing) -> dict[str, Any]:
    """A successful reply's code (and message), for framings whose replies say so by a code."""
    fields: dict[str, Any] = {framing.reply_code or "code": framing.reply_ok_code}
    if framing.reply_ok_message is not None:
        fields[framing.reply_message or "message"] = framing.reply_ok_message
    return fields


def with_result(framing: Framing, reply: dict[str, Any], result: Any) -> dict[str, Any]:
    """A reply with a command's result: under the reply's data field, or its fields at the top level."""
    if framing.reply_data is None:
        if isinstance(result, Mapping):
            reply.update({k: v for k, v in result.items() if k not in reply})
        return reply
    reply[framing.reply_data] = result
    return reply


def correlation_fields(framing: Framing, command: Command | None) -> tuple[str, ...]:
    """The payload fields that identify a command's answer: its own, else the framing's."""
    if command is not None and command.correlate:
        return command.correlate
    return () if framing.correlate is None else (framing.correlate,)


def command_key(framing: Framing, command: Command | None, payload: Mapping[str, Any] | None) -> str | None:
    """The key a command's answer will carry: the first of its correlation fields its payload holds."""
    for name in correlation_fields(framing, command):
        value = (payload or {}).get(name)
        if value is not None:
            return f"{name}={value}"
    return None


def answer_keys(framing: Framing, message: Mapping[str, Any], fields: tuple[str, ...]) -> list[str]:
    """The keys (of `fields`) a message answers: its own fields, or those of the refused request it holds."""
    keys = []
    for name in fields:
        value = correlation(framing, message, name)
        if value is not None:
            keys.append(f"{name}={value}")
    return keys


def correlation(framing: Framing, message: Mapping[str, Any], key: str | None = None) -> Any:
    """The value of the correlation field `key` (default: the framing's) a message answers (a flat API's
    reply or refusal); None: it answers nothing."""
    key = key or framing.correlate
    if key is None:
        return None
    if key in message:
        return message[key]
    request = message.get(framing.rejected_request or "")
    if isinstance(request, str):
        try:
            request = json.loads(request)
        except ValueError:
            return None
    return request.get(key) if isinstance(request, Mapping) else None


def failed(framing: Framing, command: Command | None, reply: Mapping[str, Any]) -> bool:
    """Whether a reply is a failure. A command answered by a message shaped like a refusal (a cancel-all's
    result message) fails only when that message holds the refused request."""
    if ok(framing, reply):
        return False
    own = command is not None and reply.get(framing.push_channel or "") in command.answers
    return not own or bool(reply.get(framing.rejected_request or ""))


def numbers(value: Any) -> Any:
    """A conformed payload with the Decimals its schema wants as JSON numbers written digit for digit."""
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, dict):
        return {k: numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [numbers(v) for v in value]
    return value
