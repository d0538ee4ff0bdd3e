"""Enumerated response fields: `Literal` types for the type checker, open when decoding.

A response field whose values the spec lists is written `Known["buy", "sell"]` in the generated structs,
`Known` being this module's `Literal`: `typing.Literal` to type checkers (and to ruff: pyproject.toml's
`typing-modules`); at run time the plain type of the values with them attached, so msgspec
decodes a value the exchange has added since the spec was written (it rejects unknown `Literal` values).
The struct (a `Checked`) then looks at the value once decoded: an unknown one is reported once per field
and value (an `UnknownValueWarning`), or refused where the caller asked for strict decoding
(`strict_values()`, a client's `strict=True`): our own tests run strict so the spec stays exact."""

from __future__ import annotations

import contextlib
import contextvars
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

import msgspec

__all__ = ["Checked", "Literal", "UnknownValueWarning", "strict_values"]

_STRICT = contextvars.ContextVar("exchange_bindings.strict_values", default=False)
_REPORTED: set[tuple[str, str, Any]] = set()  # (struct, field, value) already reported


class UnknownValueWarning(UserWarning):
    """A response field carried a value the spec does not list (the exchange added one?)."""


@contextlib.contextmanager
def strict_values(strict: bool = True) -> Iterator[None]:
    """Within the block (this thread or task), an unknown enumerated value fails decoding."""
    token = _STRICT.set(strict)
    try:
        yield
    finally:
        _STRICT.reset(token)


class Values(tuple[Any, ...]):
    """The values a field's `Known[...]` lists (its annotation's metadata at run time)."""


if TYPE_CHECKING:
    from typing import Literal as Literal
else:

    class Literal:
        """`Literal["a", "b"]` to type checkers; to msgspec, the values' type (str, int) with the values."""

        def __class_getitem__(cls, values: Any) -> Any:
            values = values if isinstance(values, tuple) else (values,)
            kinds = tuple(dict.fromkeys(type(v) for v in values))
            base = kinds[0] if len(kinds) == 1 else kinds[0] | kinds[1] if len(kinds) == 2 else Any
            return Annotated[base, Values(values)]


class Checked(msgspec.Struct):
    """Base of the structs with enumerated fields: checks each such field's value after decoding."""

    __known__: ClassVar[dict[type, tuple[tuple[str, frozenset[Any]], ...]]] = {}

    def __post_init__(self) -> None:
        for name, values in _enumerated(type(self)):
            value = getattr(self, name)
            for item in value if isinstance(value, list) else value.values() if isinstance(value, dict) else (value,):
                if isinstance(item, str | int) and item not in values:
                    _unknown(type(self), name, item, values)


def _enumerated(cls: type) -> tuple[tuple[str, frozenset[Any]], ...]:
    """The fields of a struct class that list their values, with the values (found once per class)."""
    found = Checked.__known__.get(cls)
    if found is None:
        found = tuple(
            (info.name, frozenset(values))
            for info in msgspec.structs.fields(cls)
            if (values := _values(info.type)) is not None
        )
        Checked.__known__[cls] = found
    return found


def _values(kind: Any) -> Values | None:
    """The `Values` of an annotation, looking into optionals and containers."""
    for meta in getattr(kind, "__metadata__", ()):
        if isinstance(meta, Values):
            return meta
    for arg in getattr(kind, "__args__", ()):
        found = _values(arg)
        if found is not None:
            return found
    return None


def _unknown(cls: type, name: str, value: Any, values: frozenset[Any]) -> None:
    strict = _STRICT.get()
    key = (f"{cls.__module__}.{cls.__qualname__}", name, value)
    if not strict and key in _REPORTED:  # a list of 10,000 items with a new value: said once, cheaply
        return
    listed = ", ".join(sorted(map(repr, values)))
    if strict:
        raise ValueError(f"{cls.__name__}.{name}: {value!r} is not one of the values the spec lists ({listed})")
    if key not in _REPORTED:
        _REPORTED.add(key)
        warnings.warn(
            UnknownValueWarning(f"{cls.__name__}.{name}: {value!r} is not one the spec lists ({listed}); kept as is"),
            stacklevel=2,
        )
