"""Response templates: the spec says how simulator results look in an API's own shape.

A template is JSON-like data. A string `"{expr}"` is replaced by the value of `expr` (keeping
its type); other strings with `{expr}` parts are formatted. `expr` is a dotted path into the
context with filters: `{order.side|to:side}`, `{item.side|from:side}`, `{x|default:0}`,
`{a|or:b}` (path b when a has no value). `{"$each": expr, "$item": template}` renders a list
(the element is `item`, or `$as`); `{"$if": expr, "$then": t, "$else": t}` chooses. A None value
is dropped later unless its schema allows null.

Templates are compiled once into closures (`compile_template`); rendering is calling them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from ..config import seconds

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


def _lookup(values: Mapping[str, Any], parts: tuple[str, ...]) -> Any:
    value = values.get(parts[0])
    for part in parts[1:]:
        if value is None:
            return None
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list | tuple):
            value = value[int(part)] if part.isdigit() and int(part) < len(value) else None
        else:
            value = getattr(value, part, None)
    return value


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


def _fixed(value: Any) -> str:
    return format(value, "f") if isinstance(value, Decimal) else str(value)


_SIMPLE: dict[str, Callable[[Any], Any]] = {
    "str": _fixed,
    "int": int,
    "decimal": lambda v: Decimal(str(v)),
    "abs": abs,
    "neg": lambda v: -v,
    "len": len,
    "first": lambda v: v[0] if v else None,
    "upper": lambda v: str(v).upper(),
    "lower": lambda v: str(v).lower(),
    "seconds": lambda v: int(seconds(str(v))),  # '60s', '5m' -> 60, 300
}


def _filter(name: str, arg: str) -> Callable[[Context, Any], Any]:
    if name == "default":
        fallback = _literal(arg)
        return lambda ctx, v: fallback if v is None else v
    if name == "or":
        other = tuple(arg.split("."))
        return lambda ctx, v: _lookup(ctx.values, other) if v is None else v
    if name == "to":  # simulator word -> API word
        return lambda ctx, v: None if v is None else ctx.tables[arg].get(str(v), v)
    if name == "from":  # API word -> simulator word

        def from_table(ctx: Context, v: Any) -> Any:
            if v is None:
                return None
            reverse = {str(api): sim for sim, api in ctx.tables[arg].items()}
            return reverse.get(str(v), v)

        return from_table
    simple = _SIMPLE.get(name)
    if simple is None:
        raise TemplateError(f"unknown filter {name!r}")
    return lambda ctx, v: None if v is None else simple(v)


def compile_expression(expr: str) -> Compiled:
    path, *specs = [p.strip() for p in expr.split("|")]
    filters = [_filter(*spec.partition(":")[::2]) for spec in specs]
    if _is_literal(path):
        constant = _literal(path)

        def start(ctx: Context) -> Any:
            return constant
    else:
        parts = tuple(path.split("."))

        def start(ctx: Context) -> Any:
            return _lookup(ctx.values, parts)

    if not filters:
        return start

    def evaluate(ctx: Context) -> Any:
        value = start(ctx)
        for f in filters:
            value = f(ctx, value)
        return value

    return evaluate


def compile_template(node: Any) -> Compiled:
    if isinstance(node, str):
        whole = _EXPR.fullmatch(node)
        if whole:
            return compile_expression(whole.group(1))
        if "{" not in node:
            return lambda ctx: node
        pieces: list[Compiled] = []
        last = 0
        for match in _EXPR.finditer(node):
            text = node[last : match.start()]
            pieces.append(lambda ctx, text=text: text)
            value = compile_expression(match.group(1))
            pieces.append(lambda ctx, value=value: "" if (v := value(ctx)) is None else _fixed(v))
            last = match.end()
        tail = node[last:]
        pieces.append(lambda ctx: tail)
        return lambda ctx: "".join(p(ctx) for p in pieces)
    if isinstance(node, list):
        items = [compile_template(v) for v in node]
        return lambda ctx: [item(ctx) for item in items]
    if isinstance(node, dict):
        if "$each" in node:
            source = compile_expression(node["$each"])
            element = compile_template(node["$item"])
            name = node.get("$as", "item")
            return lambda ctx: [element(ctx.child(**{name: v, "index": i})) for i, v in enumerate(source(ctx) or [])]
        if "$if" in node:
            condition = compile_expression(node["$if"])
            then, otherwise = compile_template(node["$then"]), compile_template(node.get("$else"))
            return lambda ctx: then(ctx) if condition(ctx) else otherwise(ctx)
        fields = [(key, compile_template(value)) for key, value in node.items()]
        return lambda ctx: {key: value(ctx) for key, value in fields}
    return lambda ctx: node


def render(node: Any, ctx: Context) -> Any:
    """Compile and render once (for templates used once; hot paths keep the compiled form)."""
    return compile_template(node)(ctx)
