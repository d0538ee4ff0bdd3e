"""Response templates: the spec says how simulator results look in an API's own shape.

A template is JSON-like data. A string `"{expr}"` is replaced by the value of `expr` (keeping
its type); other strings with `{expr}` parts are formatted. `expr` is a dotted path into the
context with filters: `{order.side|to:side}`, `{item.side|from:side}` (on a list: each word), `{x|default:0}`,
`{a|or:b}` (path b when a has no value), `{x|times:1.1}` (a decimal multiple), `{x|unless:all}` (no value when x is 'all'), `{x|eq:'A'}` (whether x is 'A'), `{x|same:y}` (whether x has path y's value), `{x|has:'A'}` (whether the list x holds 'A'), `str`, `int`, `decimal`, `abs`, `neg`, `len`, `first`,
`upper`, `lower`, `seconds`, `utc_text` and `utc_ms` (milliseconds to 'YYYY-MM-DD hh:mm:ss' in UTC and back), `status_history` (an order's statuses and their times), `split` (a comma list), `sign` (positive, negative or zero), `crc32_book` (a book's checksum: CRC-32 of its levels as
sent, `bid1_price:bid1_size:...:ask1_price:ask1_size...`). `{"$each": expr, "$item": template}` renders a list (the element is
`item`, or `$as`; with `"$flat": true` each item renders a list and they are joined into one);
`{"$concat": [template, ...]}` joins lists; `{"$with": expr, "$as": name, "$item": template}` renders one value under a name (one
item template serves single results, lists and batch items alike); `{"$if": expr, "$then": t, "$else": t}` chooses.

`compile_template(template, schema, schemas)` turns a template into one Python function (through
generated source, once per endpoint), with each value converted to the wire type the response
schema declares (decimal strings, numbers, integers) and None dropped unless the schema allows
null. Requests then only call it.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from ..codecs.conform import REF, coded, conformer, is_nullable, scalar_converter, type_kinds, wire_text
from ..codecs.decimal import fixed
from ..config import seconds
from ..sim.lifecycle import status_history

_EXPR = re.compile(r"\{([^{}]+)\}")
Tables = Mapping[str, Mapping[str, Any]]
Compiled = Callable[["Context"], Any]


class TemplateError(Exception):
    pass


class Context:
    __slots__ = ("tables", "values")

    def __init__(self, values: Mapping[str, Any], tables: Tables) -> None:
        self.values = dict(values)
        self.tables = tables

    def child(self, **values: Any) -> Context:
        return Context({**self.values, **values}, self.tables)


# -- helpers the generated code calls -----------------------------------------------------------
def _get(value: Any, name: str) -> Any:
    if value is None:
        return None
    if type(value) is dict:
        return value.get(name)
    return getattr(value, name, None)


def _index(value: Any, i: int) -> Any:
    return value[i] if isinstance(value, list | tuple) and i < len(value) else None


def _text(value: Any) -> str:  # a value in a text template: decimals as given (fixed point), the rest by str()
    return fixed(value) if isinstance(value, Decimal) else str(value)


def _to(tables: Tables, table: str, value: Any) -> Any:  # simulator word -> API word (each one of a list)
    if isinstance(value, list):
        return [_to(tables, table, v) for v in value]
    return None if value is None else tables[table].get(str(value), value)


def _from(tables: Tables, table: str, value: Any) -> Any:  # API word -> simulator word (each one of a list)
    if value is None:
        return None
    if isinstance(value, list):
        return [_from(tables, table, v) for v in value]
    for sim, api in tables[table].items():
        if str(api) == str(value):
            return sim
    return value


_UTC_TEXT = "%Y-%m-%d %H:%M:%S"  # a time as some APIs write it: '2021-12-08 08:00:00' (UTC)


def _sign(value: Decimal) -> str:
    return "negative" if value < 0 else "positive" if value > 0 else "zero"


def _guard(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda v: None if v is None else fn(v)


def _drop(nullable: frozenset[str], data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None or k in nullable}


_SIMPLE: dict[str, Callable[[Any], Any]] = {
    "str": _guard(_text),
    "int": _guard(int),
    "decimal": _guard(lambda v: Decimal(str(v))),
    "abs": _guard(abs),
    "neg": _guard(lambda v: -v),
    "len": _guard(len),
    "first": _guard(lambda v: v[0] if v else None),
    "upper": _guard(lambda v: str(v).upper()),
    "lower": _guard(lambda v: str(v).lower()),
    "seconds": _guard(lambda v: int(seconds(str(v)))),  # '60s', '5m' -> 60, 300
    "split": _guard(lambda v: [part for part in str(v).split(",") if part]),  # 'A,B' -> ['A', 'B']
    "sign": _guard(lambda v: _sign(Decimal(str(v)))),  # -2 -> 'negative': a side carried by a number's sign
    "crc32_book": _guard(lambda v: _book_crc32(v)),
    "status_history": _guard(status_history),  # an order's statuses with their times (sim/lifecycle.py)
    "utc_text": _guard(lambda v: datetime.fromtimestamp(int(v) / 1000, UTC).strftime(_UTC_TEXT)),  # ms -> text
    "utc_ms": _guard(lambda v: int(datetime.strptime(str(v), _UTC_TEXT).replace(tzinfo=UTC).timestamp() * 1000)),
}


def _book_crc32(book: Any) -> int:
    """CRC-32 of a book's levels as the wire shows them, 'price:size' joined by ':', bids first."""
    levels = [*(_get(book, "bids") or []), *(_get(book, "asks") or [])]
    return zlib.crc32(":".join(f"{wire_text(p)}:{wire_text(q)}" for p, q in levels).encode())


def _is_literal(text: str) -> bool:
    return (
        text.startswith(("'", '"'))
        or text.lstrip("-").replace(".", "", 1).isdigit()
        or text in ("true", "false", "null")
    )


def _literal(text: str) -> Any:
    if text.startswith(("'", '"')):
        return text[1:-1]
    if text in ("true", "false"):
        return text == "true"
    if text == "null":
        return None
    return Decimal(text) if "." in text else int(text) if text.lstrip("-").isdigit() else text


class _Generator:
    """Writes one Python expression for a template; constants and converters go in a namespace."""

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self.schemas = schemas
        self.namespace: dict[str, Any] = {
            "_get": _get,
            "_index": _index,
            "_text": _text,
            "_to": _to,
            "_from": _from,
            "_drop": _drop,
        }
        self.cache: dict[str, Any] = {}
        self.counter = 0

    def const(self, value: Any) -> str:
        self.counter += 1
        name = f"_c{self.counter}"
        self.namespace[name] = value
        return name

    def resolve(self, schema: dict[str, Any] | None) -> dict[str, Any] | None:
        while schema is not None and "$ref" in schema:
            schema = self.schemas[schema["$ref"].removeprefix(REF)]
        return schema

    def pick(self, schema: dict[str, Any] | None, shape: str) -> dict[str, Any] | None:
        """The alternative of a union (or the schema itself) that has this shape."""
        schema = self.resolve(schema)
        if schema is None:
            return None
        for key in ("anyOf", "oneOf"):
            if key in schema:
                for alternative in schema[key]:
                    resolved = self.resolve(alternative)
                    if resolved is not None and shape in type_kinds(resolved):
                        return resolved
                return None
        return schema

    def expression(self, text: str, scope: dict[str, str]) -> str:
        path, *filters = [p.strip() for p in text.split("|")]
        if _is_literal(path):
            code = self.const(_literal(path))
        else:
            head, *rest = path.split(".")
            code = scope.get(head) or f"V.get({head!r})"
            for part in rest:
                code = f"_index({code}, {int(part)})" if part.isdigit() else f"_get({code}, {part!r})"
        for spec in filters:
            name, _, arg = spec.partition(":")
            if name == "default":
                code = f"(lambda v: {self.const(_literal(arg))} if v is None else v)({code})"
            elif name == "or":
                code = f"(lambda v: {self.expression(arg, scope)} if v is None else v)({code})"
            elif name == "unless":  # a wildcard word (e.g. 'all') means no value
                code = f"(lambda v: None if v == {self.const(_literal(arg))} else v)({code})"
            elif name == "has":  # true when a list holds this word (a key's permissions: trade_enabled)
                code = f"(lambda v: v is not None and {self.const(_literal(arg))} in v)({code})"
            elif name == "eq":  # true when the value is this word (for $if)
                code = f"(lambda v: v == {self.const(_literal(arg))})({code})"
            elif name == "same":  # true when the value is that of another path (an order's account: the reader's)
                code = f"(lambda v: v is not None and v == {self.expression(arg, scope)})({code})"
            elif name == "times":  # a decimal multiple (a price band around a price)
                code = f"(lambda v: None if v is None else {self.const(Decimal)}(str(v)) * {self.const(Decimal(arg))})({code})"
            elif name in ("to", "from"):
                code = f"_{name}(T, {arg!r}, {code})"
            elif name in _SIMPLE:
                code = f"{self.const(_SIMPLE[name])}({code})"
            else:
                raise TemplateError(f"unknown filter {name!r} in {{{text}}}")
        return code

    def constant(self, value: Any, schema: dict[str, Any] | None) -> str:
        """A constant, converted to the wire type now rather than on every request."""
        resolved = self.resolve(schema)
        if (
            resolved is None
            or not type_kinds(resolved)
            or {"object", "array"} & set(type_kinds(resolved))
            or coded(resolved)
        ):
            return self.leaf(self.const(value), schema)
        return self.const(scalar_converter(type_kinds(resolved))(value))

    def leaf(self, code: str, schema: dict[str, Any] | None) -> str:
        """Convert a value to the schema's wire type (a structure gets the full conformer)."""
        schema = self.resolve(schema)
        if schema is None or coded(schema):  # its codec writes it, with the fields around it (see shape.py)
            return code
        kinds = type_kinds(schema)
        if "object" in kinds or "array" in kinds or "anyOf" in schema or "oneOf" in schema:
            return f"{self.const(conformer(schema, self.schemas, self.cache))}({code})"
        return f"{self.const(scalar_converter(kinds))}({code})" if kinds else code

    def node(self, node: Any, schema: dict[str, Any] | None, scope: dict[str, str]) -> str:
        if isinstance(node, str):
            whole = _EXPR.fullmatch(node)
            if whole:
                return self.leaf(self.expression(whole.group(1), scope), schema)
            if "{" not in node:
                return self.constant(node, schema)
            parts: list[str] = []
            last = 0
            for match in _EXPR.finditer(node):
                parts.append(repr(node[last : match.start()]))
                parts.append(f"(lambda v: '' if v is None else _text(v))({self.expression(match.group(1), scope)})")
                last = match.end()
            parts.append(repr(node[last:]))
            return self.leaf("''.join((" + ", ".join(parts) + ",))", schema)
        if isinstance(node, list):
            array = self.pick(schema, "array")
            items = array.get("items") if array else None
            prefix = array.get("prefixItems", []) if array else []
            return (
                "["
                + ", ".join(self.node(v, prefix[i] if i < len(prefix) else items, scope) for i, v in enumerate(node))
                + "]"
            )
        if isinstance(node, dict):
            if "$each" in node:
                array = self.pick(schema, "array")
                self.counter += 1
                var, index = f"_v{self.counter}", f"_i{self.counter}"
                inner = {**scope, node.get("$as", "item"): var, "index": index}
                source = f"enumerate({self.expression(node['$each'], scope)} or ())"
                if node.get("$flat"):  # each item renders a list: their items, one list (groups flattened)
                    item = self.node(node["$item"], schema, inner)
                    return f"[_x for {index}, {var} in {source} for _x in ({item} or ())]"
                item = self.node(node["$item"], array.get("items") if array else None, inner)
                return f"[{item} for {index}, {var} in {source}]"
            if "$concat" in node:  # lists one after the other: {"$concat": [template, ...]}
                return "[" + ", ".join(f"*({self.node(part, schema, scope)} or ())" for part in node["$concat"]) + "]"
            if "$with" in node:  # one value under a name: {"$with": expr, "$as": name, "$item": template}
                self.counter += 1
                var = f"_w{self.counter}"
                body = self.node(node["$item"], schema, {**scope, node.get("$as", "it"): var})
                return f"(lambda {var}: {body})({self.expression(node['$with'], scope)})"
            if "$if" in node:
                then = self.node(node["$then"], schema, scope)
                otherwise = self.node(node.get("$else"), schema, scope)
                return f"({then} if {self.expression(node['$if'], scope)} else {otherwise})"
            obj = self.pick(schema, "object")
            props = obj.get("properties", {}) if obj else {}
            fields = ", ".join(
                f"{key!r}: {self.node(value, props.get(key) if obj else None, scope)}" for key, value in node.items()
            )
            nullable = frozenset(k for k, sub in props.items() if is_nullable(self.resolve(sub) or {}))
            return f"_drop({self.const(nullable)}, {{{fields}}})"
        return self.constant(node, schema)


def compile_template(
    node: Any, schema: dict[str, Any] | None = None, schemas: Mapping[str, Any] | None = None
) -> Compiled:
    generator = _Generator(schemas or {})
    source = f"lambda V, T: {generator.node(node, schema, {})}"
    function = eval(compile(source, "<stub template>", "eval"), generator.namespace)  # our own generated code

    def run(ctx: Context) -> Any:
        return function(ctx.values, ctx.tables)

    return run


def render(node: Any, ctx: Context) -> Any:
    """Compile and render once (for templates used once; hot paths keep the compiled form)."""
    return compile_template(node)(ctx)
