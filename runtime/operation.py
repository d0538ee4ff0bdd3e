"""Operations: how a call's arguments become a request, and a response becomes a result."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import msgspec

from .client import DecimalLike as DecimalLike  # where it was before 1.1.0
from .codecs import BODIES, ERROR_BODIES, Scope
from .codecs.bodies import Success, as_text
from .codecs.decimal import fixed
from .codecs.number import EXACT
from .codecs.scaled import ScaleSet
from .codecs.shape import Shape, apply
from .config import ApiConfig, ErrorTable, RetryPolicy
from .errors import APIError, DecodeError, HTTPStatusError, ParameterError, api_error
from .lazy import LazyModule as LazyModule  # where it was before 1.1.0
from .limits import PerItem
from .lookup import resolve

T = TypeVar("T")


class Param(msgspec.Struct, frozen=True):
    wire: str
    python: str
    location: str  # path | query | body | header
    type: Any  # what msgspec validates the value against
    required: bool = False
    decimal: bool = False
    codec: Shape | None = None  # where codecs write the value (scaled amounts, times, JSON numbers)
    explode: bool = False  # a query array as repeated keys (a=1&a=2), not one comma list
    # signed by a client-only argument (location "client", never sent): (its name, the value that makes
    # this amount negative on the wire), e.g. ("side", "sell"): the caller gives a positive amount
    sign: tuple[str, str] | None = None


class Pager(msgspec.Struct, frozen=True):
    """How an endpoint pages: `page` numbers (with `has_next`, the envelope's dotted path saying whether
    another page follows), a `cursor` (the `next_cursor` field of the last item), or a time window whose
    exclusive `start` moves to the `next_time` field of the last item, oldest first (`ascending`: the
    argument and value that ask for that order); `limit` is the page size argument, `default_limit` the
    size the exchange uses when it is not given."""

    style: str  # page | cursor | time_window | offset
    limit: str | None = None
    page: str | None = None
    cursor: str | None = None
    has_next: str | None = None
    next_cursor: str | None = None
    default_limit: int = 10
    start: str | None = None
    next_time: str | None = None
    ascending: tuple[str, str] | None = None


class Operation(msgspec.Struct, Generic[T], frozen=True, dict=True):  # dict: its cached properties
    """One REST endpoint, as the generated clients call it; `T` is its result type."""

    name: str
    method: str
    path: str
    response: Any
    params: tuple[Param, ...] = ()
    auth: str | None = None
    permission: str | None = None
    deprecated: bool = False
    max_items: Mapping[str, int] = msgspec.field(default_factory=dict)
    retry: RetryPolicy | None = None  # its own policy (None: the API's)
    cost: Mapping[str, int | PerItem] = msgspec.field(default_factory=dict)  # rate-limit units per bucket
    envelope: str | None = None  # the body's field holding the result, when the API wraps results
    pager: Pager | None = None  # page/limit or cursor pagination (endpoints that iterate pages)
    reader: Shape | None = None  # where codecs read the result (scaled amounts, times)
    body_encoding: str = "json"  # one of codecs.BODIES
    success: Success | None = None  # a 201 (Location) or 204 answer; None: 200 with the result
    group: str = "general"  # the spec's group of endpoints (for listings and the reference)
    server: str | None = None  # the named server it lives on (ApiConfig.hosts); None: the base URL

    @cached_property
    def body_type(self) -> Any:
        """What a response body decodes to: the result, or an envelope holding it."""
        if self.envelope is None:
            return self.response
        return msgspec.defstruct("Envelope", self._envelope_fields())

    def _envelope_fields(self) -> list[Any]:
        fields: list[Any] = [(self.envelope, self.response)]
        has_next = self.pager.has_next if self.pager is not None else None
        if has_next:  # e.g. pagination.has_next: keep that part of the envelope too
            fields.append((has_next.split(".")[0], Any, None))
        return fields

    @cached_property
    def _flagged(self) -> dict[str, msgspec.json.Decoder[Any] | None]:
        return {}

    def flagged(self, flag: str) -> msgspec.json.Decoder[Any] | None:
        """A decoder of the body into `body_type`'s fields and the envelope's `flag` (an API's success
        field), reading the body once for both; None without an envelope to carry it."""
        if flag not in self._flagged:
            fields = self._envelope_fields() if self.envelope is not None else []
            fits = bool(fields) and all(f[0] != flag for f in fields)
            self._flagged[flag] = (
                msgspec.json.Decoder(msgspec.defstruct("Envelope", [*fields, (flag, Any, None)])) if fits else None
            )
        return self._flagged[flag]

    @cached_property
    def signs(self) -> tuple[tuple[str, str, str, str], ...]:
        """The amounts a client-only argument signs: (field, its name for the caller, the argument, the
        value of it that the wire writes negative)."""
        return tuple((p.wire, p.python, *p.sign) for p in self.params if p.sign is not None)

    @cached_property
    def decoder(self) -> msgspec.json.Decoder[Any]:
        return msgspec.json.Decoder(self.body_type)

    def convert(self, data: Any) -> T:
        """The typed result from builtins in the API's wire shape (as a lookup builds it)."""
        result: T = msgspec.convert(data, self.response, strict=False)
        return result

    def wrap(self, result: T) -> Any:
        """A result as `decoder` would have given it (in its envelope, if the API has one)."""
        return result if self.envelope is None else self.body_type(**{self.envelope: result})

    def has_next(self, decoded: Any) -> bool | None:
        """What the body says about a next page (None when it says nothing)."""
        path = self.pager.has_next if self.pager is not None else None
        if not path or self.envelope is None:
            return None
        value: Any = decoded
        for part in path.split("."):
            value = getattr(value, part, None) if not isinstance(value, dict) else value.get(part)
        return None if value is None else bool(value)

    def next_values(self, values: dict[str, Any], decoded: Any) -> dict[str, Any] | None:
        """The arguments of the next page's request, or None after the last page."""
        pager = self.pager
        items = self.result(decoded)
        if pager is None or not isinstance(items, list) or not items:
            return None
        limit = values.get(pager.limit or "")
        if pager.style == "page" and pager.page is not None:
            page = values.get(pager.page) or 1
            more = self.has_next(decoded)
            if more is False or (more is None and limit is not None and len(items) < limit):
                return None
            return {**values, pager.page: page + 1}
        if pager.style == "time_window":
            # a short page says nothing (the exchange may send fewer than limit): only an empty one ends it
            moved = _item_field(items[-1], pager.next_time)
            if pager.start is None or moved is None or moved == values.get(pager.start):
                return None
            return {**values, pager.start: moved}
        cursor = pager.next_cursor
        if cursor is None or pager.cursor is None or (limit is not None and len(items) < limit):
            return None
        last = msgspec.to_builtins(items[-1])
        return {**values, pager.cursor: last.get(cursor)} if isinstance(last, dict) else None

    def result(self, decoded: Any) -> T:
        """The operation's result from a decoded body (unwrapped from the envelope if any)."""
        value: T = getattr(decoded, self.envelope) if self.envelope is not None and decoded is not None else decoded
        return value


def _item_field(item: Any, name: str | None) -> Any:
    """A field of a decoded item (a struct or a mapping), as decoded."""
    if name is None:
        return None
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


class PreparedCall(msgspec.Struct, frozen=True):
    method: str
    path: str
    query: list[tuple[str, str | int | float | bool | None]]
    body: bytes | None
    headers: dict[str, str]
    content_type: str | None = None  # of the body


_KEPT = (Decimal, datetime, date)  # left to the codecs by to_builtins
_TYPED = (str, int, Decimal, datetime)  # values whose type check is msgspec's alone (bool is an int)


def _decimal_strings(value: Any) -> Any:
    """Body data with every Decimal left (nested in structs too) a decimal string: the default encoding."""
    if isinstance(value, Decimal):
        return fixed(value)
    if isinstance(value, dict):
        return {k: _decimal_strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decimal_strings(v) for v in value]
    return value


def _number(value: Any) -> Decimal | None:
    """A caller's amount as a finite Decimal (None: not one; a float stays for its own check to refuse)."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        return None
    try:
        number = Decimal(value)
    except ArithmeticError:
        return None
    return number if number.is_finite() else None


def _signed(op: Operation[Any], values: dict[str, Any]) -> dict[str, Any]:
    return signed_amounts(values, op.signs, op.name) if op.signs else values


def signed_amounts(
    values: dict[str, Any], signs: Iterable[tuple[str, str, str, str]], operation: str
) -> dict[str, Any]:
    """The values with each amount a client-only argument signs (field, its name for the caller, the argument,
    the value of it that the wire writes negative): the caller gives it positive, and that side negates it.
    A negative amount with a side says two things at once: refused. Without the side, the signed amount
    passes as given (REST arguments and stream commands alike)."""
    out = values
    for wire, python, by, negative_when in signs:
        if values.get(wire) is None or values.get(by) is None:
            continue
        value = values[wire]
        amount = _number(value)
        if amount is None:
            continue  # not a number: the argument's own check refuses it
        if amount < 0:
            raise ParameterError(
                f"'{python}' is negative and '{by}' is given: pass a positive '{python}' with '{by}' "
                f"(or a signed '{python}' without it)",
                operation=operation,
            )
        if values[by] == negative_when:
            out = {**out, wire: -amount if not isinstance(value, int) else -value}
    return out


def payload_as_sent(
    values: dict[str, Any], signs: Iterable[tuple[str, str, str]], client_fields: Collection[str], operation: str
) -> dict[str, Any]:
    """A stream command's payload as sent: the amounts its client-only fields (a side) sign, signed; those
    fields dropped."""
    if not client_fields:
        return values
    signed = signed_amounts(values, [(amount, amount, by, negative) for amount, by, negative in signs], operation)
    return {k: v for k, v in signed.items() if k not in client_fields}


def prepare(op: Operation[Any], values: dict[str, Any], scales: ScaleSet | None = None) -> PreparedCall:
    """Validate the arguments and lay them out as the API wants; raise ParameterError first."""
    if op.deprecated:
        warnings.warn(
            f"{op.name}: the exchange has deprecated this endpoint", DeprecationWarning, stacklevel=6
        )  # the caller of the generated method
    path = op.path
    query: list[tuple[str, str | int | float | bool | None]] = []
    body: dict[str, Any] = {}
    headers: dict[str, str] = {}
    values = _signed(op, values)
    scope: Scope | None = None  # made for the first codec: a scale's key may be another argument (the market)
    for param in op.params:
        value = values.get(param.wire)
        if value is None:
            if param.required:
                raise ParameterError(f"missing required argument '{param.python}'", operation=op.name)
            continue
        limit = op.max_items.get(param.wire)
        if limit is not None and isinstance(value, list | tuple) and len(value) > limit:
            raise ParameterError(f"'{param.python}' takes at most {limit} items, got {len(value)}", operation=op.name)
        try:
            if type(value) is str and param.type is str:  # the commonest case: nothing to check
                pass
            elif isinstance(value, _TYPED):  # the common case: a plain value msgspec checks alone
                value = msgspec.convert(value, param.type, strict=not param.decimal)
            else:  # a float (money?), or structs: checked at any depth
                from .codecs.checks import checked  # loaded when first needed (msgspec.inspect is slow to load)

                value = checked(value, param.type, strict=not param.decimal)
            if param.location == "body":
                value = msgspec.to_builtins(value, builtin_types=_KEPT)
            if param.codec is not None:
                scope = scope or Scope(scales, (values,))
                value = apply(param.codec, value, "encode", scope)
            text = None if param.location == "body" else as_text(value)
        except ValueError as exc:  # msgspec's ValidationError too
            raise ParameterError(f"invalid '{param.python}': {exc}", operation=op.name) from None
        if param.location == "client":  # checked, not sent: it signed another argument
            continue
        if param.location == "path":
            path = path.replace("{" + param.wire + "}", quote(str(text), safe=""))
        elif param.location == "query" and param.explode and isinstance(value, list | tuple):
            query.extend((param.wire, as_text(item)) for item in value)
        elif param.location == "query":
            query.append((param.wire, text))
        elif param.location == "header":
            headers[param.wire] = str(text)
        else:
            body[param.wire] = _decimal_strings(value)
    if op.method == "GET" or not (body or any(p.location == "body" for p in op.params)):
        return PreparedCall(op.method, path, query, None, headers)
    encoding = BODIES[op.body_encoding]
    try:
        content = encoding.encode(body)
    except ValueError as exc:
        raise ParameterError(f"cannot write the {op.body_encoding} body: {exc}", operation=op.name) from None
    return PreparedCall(op.method, path, query, content, headers, encoding.content_type)


def _field(data: Any, name: str | None) -> Any:
    return data.get(name) if name is not None and isinstance(data, dict) else None


def _failed(table: Any, status: int, data: Any) -> bool:
    if status >= 400:
        return True
    if not isinstance(data, dict):
        return False
    if (
        table.failure_field is not None
        and table.failure_field in data
        and data[table.failure_field] in table.failure_values
    ):
        return True
    return (
        table.success_field is not None
        and table.success_field in data
        and data[table.success_field] not in table.success_values
    )


def error_from_body(
    config: ApiConfig,
    op: Operation[Any],
    status: int,
    body: bytes,
    retry_after: Callable[[], float | None] | None = None,
) -> APIError | None:
    """The typed API error a body describes, or None when it is not an error body of this API."""
    table = config.errors
    try:
        data = msgspec.json.decode(body)
    except (msgspec.DecodeError, RecursionError):  # not JSON, or nested deeper than anyone sends
        data = None
    if not _failed(table, status, data):
        return None
    shape = next((s for s in table.shapes if isinstance(data, dict) and s.when in data), None)
    code = _field(data, shape.code_field if shape is not None else table.code_field)
    code_text = None if code is None else str(code)
    if code_text is None and table.texts:
        code_text = _code_by_text(table, status, body)
    kind = table.codes.get(code_text or "") or table.statuses.get(status)
    if kind is None and code_text is None and status >= 400:
        return None  # an error status with nothing the spec knows: HTTPStatusError
    message = ERROR_BODIES[table.body].message(data, body, table.message_field)  # JSON, text or nothing
    if shape is not None:
        message = _shaped_message(data, shape.message_fields) or message
    return api_error(
        kind,
        table.code(code if code is not None else code_text),  # in the type the spec gives the API's codes
        message if message is not None else f"HTTP {status}",
        status=status,
        body=body,
        operation=op.name,
        retry_after=retry_after() if retry_after is not None else None,
        shape=(config.api, shape.name) if shape is not None else None,
        fields=data if shape is not None else None,
    )


def _shaped_message(data: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The message fields a shape's body has, joined; an object of field -> messages as `field: message; ...`."""
    parts = []
    for name in names:
        value = data.get(name)
        if isinstance(value, dict):
            value = "; ".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in value.items())
        if value not in (None, ""):
            parts.append(str(value))
    return ": ".join(parts) or None


def request_id(table: ErrorTable, headers: Mapping[str, str], body: bytes) -> str | None:
    """The exchange's id of a request, where its answer names one (a header, or a field of the body)."""
    if table.request_id_header is not None:
        return headers.get(table.request_id_header)
    if table.request_id_field is None:
        return None
    try:
        value: Any = msgspec.json.decode(body)
    except (msgspec.DecodeError, RecursionError):
        return None
    value = resolve(value, table.request_id_field)
    return None if value is None or isinstance(value, dict | list) else str(value)


def _code_by_text(table: ErrorTable, status: int, body: bytes) -> str | None:
    """The code a text (or empty) error body names by its message; of several, the one of the status's kind."""
    codes = table.texts.get(body.decode("utf-8", "replace").strip() if table.body == "text" else "", ())
    fitting = [c for c in codes if table.codes.get(c) == table.statuses.get(status)] or codes
    return fitting[0] if len(fitting) == 1 else None


def interpret(
    config: ApiConfig,
    op: Operation[T],
    status: int,
    body: bytes,
    retry_after: Callable[[], float | None] | None = None,
    location: str | None = None,
    scope: Scope | None = None,
) -> Any:
    """Decode a response body (the envelope included; `op.result` unwraps it), or raise its typed error.

    `location` is the answer's Location header; `scope` what the result's codecs may need besides
    it (the scales, and the call's arguments, whose asset or market may be a scale's key)."""
    table = config.errors
    suspicious = status >= 400 or (
        table.failure_field is not None and f'"{table.failure_field}"'.encode() in body[:4096]
    )
    flag = table.success_field
    if not suspicious and flag is not None and op.reader is None and op.success is None:
        decoder = op.flagged(flag)  # the success field read with the result: one pass over the body
        try:
            decoded = decoder.decode(body) if decoder is not None else None
        except (msgspec.DecodeError, RecursionError):
            decoded = None  # below, the field alone says whether this is an error body
        if decoded is not None and getattr(decoded, flag) in table.success_values:
            return decoded
    if not suspicious and flag is not None:
        suspicious = _outcome(config, body) not in table.success_values
    if suspicious:
        error = error_from_body(config, op, status, body, retry_after)
        if error is not None:
            raise error
        if status >= 400:
            raise HTTPStatusError(status, body, operation=op.name)
    if status == 204 or (op.success is not None and op.success.body == "empty"):
        return None  # no content: the result is None
    if op.success is not None and op.success.body == "text":
        return body.decode("utf-8", "replace")  # text/plain: the result is the text
    try:
        if op.reader is None and op.success is None:
            return op.decoder.decode(body)  # straight into the structs: numbers exact, nothing to convert
        return _decoded(op, body, location, scope or Scope())
    except msgspec.DecodeError as exc:  # ValidationError is a DecodeError
        raise DecodeError(str(exc), body, operation=op.name) from None
    except RecursionError:
        raise DecodeError("nested too deeply", body, operation=op.name) from None
    except ValueError as exc:  # a codec's: an integer where a scaled amount should be, a time that is none
        raise DecodeError(str(exc), body, operation=op.name) from None


def _decoded(op: Operation[Any], body: bytes, location: str | None, scope: Scope) -> Any:
    """A body whose result the codecs read first (scaled amounts, times) or that takes the Location header."""
    data: Any = EXACT.decode(body) if body.strip() else {}
    result = data.get(op.envelope) if op.envelope is not None and isinstance(data, Mapping) else data
    if op.success is not None and op.success.location is not None and location is not None:
        result = result if isinstance(result, Mapping) else {}
        if result.get(op.success.location) is None:  # the header fills in what the body leaves out (typed there)
            result = {**result, op.success.location: location}
    if op.reader is not None:
        result = apply(op.reader, result, "decode", scope)
    wrapped = op.envelope is not None and isinstance(data, Mapping)
    return msgspec.convert({**data, op.envelope: result} if wrapped else result, op.body_type)


_OUTCOME_DECODERS: dict[str, msgspec.json.Decoder[Any]] = {}


def _outcome(config: ApiConfig, body: bytes) -> Any:
    """Only the success field of a body (cheap: everything else is skipped), or None."""
    name = config.errors.success_field
    assert name is not None
    decoder = _OUTCOME_DECODERS.get(name)
    if decoder is None:
        decoder = _OUTCOME_DECODERS[name] = msgspec.json.Decoder(msgspec.defstruct("Outcome", [(name, Any, None)]))
    try:
        return getattr(decoder.decode(body), name)
    except (msgspec.DecodeError, RecursionError):
        return None
