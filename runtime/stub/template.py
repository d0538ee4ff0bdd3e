"""Response templates: the spec says how simulator results look in an API's own shape.

A template is JSON-like data. A string `"{expr}"` is replaced by the value of `expr` (keeping
its type); other strings with `{expr}` parts are formatted. `expr` is a dotted path into the
context with filters: `{order.side|to:side}`, `{item.side|from:side}`, `{x|default:0}`.
`{"$each": expr, "$item": template}` renders a list (the element is `item`, or `$as`);
`{"$if": expr, "$then": t, "$else": t}` chooses; `{a|or:b}` falls back to path b. A None value is dropped unless its schema allows null.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ..config import seconds

_EXPR = re.compile(r"\{([^{}]+)\}")
MISSING = object()


class TemplateError(Exception):
    pass


class Context:
    def __init__(self, values: Mapping[str, Any], tables: Mapping[str, Mapping[str, Any]]) -> None:
        self.values = dict(values)
        self.tables = tables

    def child(self, **values: Any) -> Context:
        return Context({**self.values, **values}, self.tables)

    def lookup(self, path: str) -> Any:
        head, *rest = path.split(".")
        value = self.values.get(head, MISSING)
        for part in rest:
            if value is None or value is MISSING:
                return None
            if isinstance(value, Mapping):
                value = value.get(part)
            elif isinstance(value, list | tuple) and part.isdigit():
                value = value[int(part)] if int(part) < len(value) else None
            else:
                value = getattr(value, part, None)
        return None if value is MISSING else value

    def evaluate(self, expr: str) -> Any:
        path, *filters = [p.strip() for p in expr.split("|")]
        value = self.lookup(path) if not _is_literal(path) else _literal(path)
        for spec in filters:
            name, _, arg = spec.partition(":")
            value = self._filter(name, arg, value)
        return value

    def _filter(self, name: str, arg: str, value: Any) -> Any:
        if name == "default":
            return _literal(arg) if value is None else value
        if name == "or":  # another path when this one has no value
            return self.lookup(arg) if value is None else value
        if value is None:
            return None
        if name == "to":  # simulator word -> API word
            return self.tables[arg].get(str(value), value)
        if name == "from":  # API word -> simulator word
            reverse = {str(v): k for k, v in self.tables[arg].items()}
            return reverse.get(str(value), value)
        if name == "str":
            return format(value, "f") if isinstance(value, Decimal) else str(value)
        if name == "int":
            return int(value)
        if name == "decimal":
            return Decimal(str(value))
        if name == "seconds":  # '60s', '5m' -> 60, 300
            return int(seconds(str(value)))
        if name == "abs":
            return abs(value)
        if name == "neg":
            return -value
        if name == "len":
            return len(value)
        if name == "first":
            return value[0] if value else None
        if name == "upper":
            return str(value).upper()
        if name == "lower":
            return str(value).lower()
        raise TemplateError(f"unknown filter {name!r}")


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


def render(node: Any, ctx: Context) -> Any:
    if isinstance(node, str):
        whole = _EXPR.fullmatch(node)
        if whole:
            return ctx.evaluate(whole.group(1))
        return _EXPR.sub(lambda m: _text(ctx.evaluate(m.group(1))), node) if "{" in node else node
    if isinstance(node, list):
        return [render(v, ctx) for v in node]
    if isinstance(node, dict):
        if "$each" in node:
            items = ctx.evaluate(node["$each"]) or []
            name = node.get("$as", "item")
            return [render(node["$item"], ctx.child(**{name: item, "index": i})) for i, item in enumerate(items)]
        if "$if" in node:
            branch = node["$then"] if ctx.evaluate(node["$if"]) else node.get("$else")
            return render(branch, ctx)
        # None stays: conform() drops it unless the schema allows null.
        return {key: render(value, ctx) for key, value in node.items()}
    return node


def _text(value: Any) -> str:
    if value is None:
        return ""
    return format(value, "f") if isinstance(value, Decimal) else str(value)
