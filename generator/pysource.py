"""Python source that rebuilds a value: the generator hands the runtime typed configuration this way.

The generator builds the runtime's frozen configuration objects from the spec once, then writes them
into the generated package as constructor calls (`ApiConfig(api="...", errors=ErrorTable(...))`), so
the runtime never parses spec data. `source(value)` gives the expression and `imports` collects the
classes it names, by module.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import msgspec


class Name(str):
    """A name the generated module has, written as it is (not as a string): a value defined elsewhere."""


class Source:
    """Expressions for values, and the imports they need."""

    def __init__(self, module_of: Mapping[str, str] | None = None) -> None:
        # where classes are imported from in the generated package, by module or package prefix
        # ({"runtime": "exchange_bindings.runtime"}: runtime.x -> exchange_bindings.runtime.x)
        self.module_of = dict(module_of or {})
        self.imports: dict[str, set[str]] = {}

    def module(self, name: str) -> str:
        """The module a class of module `name` is imported from (the longest prefix mapped wins)."""
        parts = name.split(".")
        for n in range(len(parts), 0, -1):
            found = self.module_of.get(".".join(parts[:n]))
            if found is not None:
                return ".".join([found, *parts[n:]])
        return name

    def name(self, named: Any) -> str:
        """The name of a class (or function) the source calls, imported."""
        self.imports.setdefault(self.module(named.__module__), set()).add(named.__name__)
        name: str = named.__name__
        return name

    def __call__(self, value: Any) -> str:
        if isinstance(value, Name):
            return str(value)
        if value is None or isinstance(value, bool | int | str | bytes):
            return repr(value)
        if isinstance(value, float):
            return repr(value) if value == value and value not in (float("inf"), -float("inf")) else f'float("{value}")'
        if isinstance(value, Decimal):
            text = str(value) if int(value.as_tuple().exponent) > 0 else f"{value:f}"  # 0.00000001, not 1E-8
            return f"{self.name(Decimal)}({text!r})"
        if isinstance(value, enum.Enum):
            return f"{self.name(type(value))}.{value.name}"
        if isinstance(value, msgspec.Struct) or (dataclasses.is_dataclass(value) and not isinstance(value, type)):
            return self._call(type(value), _changed_fields(value))
        if isinstance(value, dict):
            return "{" + ", ".join(f"{self(k)}: {self(v)}" for k, v in value.items()) + "}"
        if isinstance(value, tuple):
            parts = [self(v) for v in value]
            return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
        if isinstance(value, list):
            return "[" + ", ".join(self(v) for v in value) + "]"
        if isinstance(value, frozenset | set):
            if not value:
                return "frozenset()" if isinstance(value, frozenset) else "set()"
            items = ", ".join(self(v) for v in sorted(value, key=repr))  # deterministic output
            return f"frozenset({{{items}}})" if isinstance(value, frozenset) else "{" + items + "}"
        raise TypeError(f"no source for a {type(value).__name__}: {value!r}")

    def over(self, value: Any, base: Any, base_source: str) -> str:
        """A struct (or dataclass) `value` written as `base` (whose expression is `base_source`) with the
        fields that differ replaced: `replace(CONFIG.retry, idempotency="never")`."""
        if type(value) is not type(base):
            return self(value)
        changed = [(k, v) for k, v, _ in _init_fields(value) if v != getattr(base, k)]
        if not changed:
            return base_source
        fields = ", ".join(f"{k}={self(v)}" for k, v in changed)
        if not isinstance(value, msgspec.Struct):
            return f"{self.name(dataclasses.replace)}({base_source}, {fields})"
        self.imports.setdefault("msgspec.structs", set()).add("replace")  # (its __module__ is private)
        return f"replace({base_source}, {fields})"

    def _call(self, cls: type, fields: list[tuple[str, Any]]) -> str:
        return f"{self.name(cls)}(" + ", ".join(f"{k}={self(v)}" for k, v in fields) + ")"

    def import_lines(self) -> list[str]:
        return [f"from {module} import {', '.join(sorted(names))}" for module, names in sorted(self.imports.items())]


_REQUIRED = object()


def _init_fields(value: Any) -> list[tuple[str, Any, Any]]:
    """A struct's or dataclass's constructor fields: (name, value, default), the default _REQUIRED when
    there is none (read without resolving the annotations, which may name what only type checkers import)."""
    if isinstance(value, msgspec.Struct):
        names = value.__struct_fields__
        given = value.__struct_defaults__
        # a default_factory is held as msgspec's Factory (not public): an object with the callable `factory`
        made = tuple(
            d.factory() if type(d).__module__ == "msgspec._core" and hasattr(d, "factory") else d for d in given
        )
        defaults = (_REQUIRED,) * (len(names) - len(given)) + made
        return [(k, getattr(value, k), d) for k, d in zip(names, defaults, strict=True)]
    out = []
    for f in dataclasses.fields(value):
        if f.init:
            factory = f.default_factory
            default = f.default if factory is dataclasses.MISSING else factory()
            out.append((f.name, getattr(value, f.name), _REQUIRED if default is dataclasses.MISSING else default))
    return out


def _changed_fields(value: Any) -> list[tuple[str, Any]]:
    """The constructor fields that differ from their defaults (the constructor fills the rest)."""
    return [(k, v) for k, v, default in _init_fields(value) if default is _REQUIRED or v != default]
