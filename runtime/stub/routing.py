"""Which endpoint a request is for, and its parameters read from where the spec puts them (path,
query, JSON body, headers), checked against their declared types."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, unquote

import msgspec

from ..codecs import BODIES, Scope
from ..codecs.shape import apply
from ..operation import Operation
from .inbound import misread_decimal
from .messages import Rejection, StubRequest


class Router:
    """The endpoints of one API by method and path: fixed paths in a table, templated ones
    (`/orders/{id}`) as patterns tried in order."""

    def __init__(self, operations: Iterable[Operation[Any]]) -> None:
        operations = list(operations)
        self._exact = {(op.method, op.path): op for op in operations if "{" not in op.path}
        self._patterns = [
            (op.method, re.compile("^" + re.sub(r"\\\{([^{}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path)) + "$"), op)
            for op in operations
            if "{" in op.path
        ]

    def route(self, method: str, path: str) -> tuple[Operation[Any] | None, dict[str, str], list[str]]:
        """The endpoint and its path parameters (percent-encoded); with none, the methods the path takes."""
        exact = self._exact.get((method, path))
        if exact is not None:
            return exact, {}, []
        for wanted, pattern, op in self._patterns:
            if wanted == method:
                match = pattern.match(path)
                if match:
                    return op, match.groupdict(), []
        allowed = {m for m, p in self._exact if p == path}
        allowed |= {m for m, pattern, _ in self._patterns if pattern.match(path)}
        return None, {}, sorted(allowed)


def read_params(
    op: Operation[Any], request: StubRequest, path_params: dict[str, str], scales: Any = None
) -> dict[str, Any]:
    """The endpoint's parameters by wire name, each from its declared place and of its declared type;
    those with codecs (scaled integers, times) in the simulator's terms (Decimal, milliseconds)."""
    try:  # percent-encoded bytes that are not UTF-8 text are refused, not replaced
        pairs = parse_qsl(request.query, keep_blank_values=True, errors="strict") if request.query else []
        query: dict[str, Any] = dict(pairs)
        for param in op.params:  # a query array sent as repeated keys: every one of them
            if param.explode and param.wire in query:
                query[param.wire] = [v for k, v in pairs if k == param.wire]
        if path_params:
            path_params = {k: unquote(v, errors="strict") for k, v in path_params.items()}
    except UnicodeDecodeError as exc:
        raise Rejection("invalid_parameter", f"a parameter is not UTF-8 text: {exc.reason}") from None
    body: Any = {}
    encoding = BODIES[op.body_encoding]
    if request.body.strip():
        try:
            body = encoding.decode(request.body)  # JSON (numbers exactly as written), or a form
        except ValueError as exc:
            raise Rejection("invalid_parameter", str(exc)) from None
    sources = {"path": path_params, "query": query, "body": body, "header": request.headers}
    values: dict[str, Any] = {}
    coded: list[Any] = []
    for param in op.params:
        source = sources.get(param.location)
        if source is None:  # a client-only argument: never sent
            continue
        key = param.wire.lower() if param.location == "header" else param.wire
        if key not in source or source[key] is None:
            if param.required:
                raise Rejection("missing_parameter", f"{param.wire} is required", param.wire)
            continue
        raw = source[key]
        limit = op.max_items.get(param.wire)
        if limit is not None and isinstance(raw, list) and len(raw) > limit:
            raise Rejection("too_many_items", f"{param.wire} takes at most {limit} items", param.wire)
        if param.codec is not None:  # read by its codecs, once every parameter is known (scale keys)
            coded.append(param)
            values[param.wire] = raw
            continue
        try:
            msgspec.convert(raw, param.type, strict=param.location == "body" and encoding.typed and not param.decimal)
        except msgspec.ValidationError as exc:
            raise Rejection("invalid_parameter", f"{param.wire}: {exc}", param.wire) from None
        misread = misread_decimal(raw, param.type)
        if misread is not None:
            raise Rejection("invalid_parameter", f"{param.wire}: {misread} is not a number", param.wire)
        values[param.wire] = raw
    return _accept(coded, values, encoding.typed, scales) if coded else values


def _accept(params: list[Any], values: dict[str, Any], typed: bool, scales: Any) -> dict[str, Any]:
    """Parameters read by their codecs: checked as a client would read them (a scaled integer, a time in
    any form the exchange takes), then in the simulator's terms (Decimal, milliseconds). Only a typed
    body's values must have their JSON type: path and query values are text."""
    scope = Scope(scales, (values,))
    accepted = dict(values)
    for param in params:
        raw = values[param.wire]
        strict = typed and param.location == "body"
        try:
            msgspec.convert(apply(param.codec, raw, "decode", scope), param.type, strict=strict)
            accepted[param.wire] = apply(param.codec, raw, "accept", scope)
        except (ValueError, msgspec.ValidationError) as exc:
            raise Rejection("invalid_parameter", f"{param.wire}: {exc}", param.wire) from None
    return accepted
