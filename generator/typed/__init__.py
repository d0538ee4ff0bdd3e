"""The runtime's typed configuration, built once from a loaded spec (one module per family).

The generator writes these frozen objects into the generated package as constructor calls
(generator/pysource.py), so the runtime never parses spec data. A value the spec format lets
through but a builder cannot take raises BuildError with where it was written (the loader turns it
into a `file:line:col` problem).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from generator.located_yaml import Pointer


class BuildError(ValueError):
    """A spec value no typed configuration can hold; `pointer` is where the spec writes it."""

    def __init__(self, pointer: Pointer, message: str) -> None:
        super().__init__(message)
        self.pointer = pointer


@contextlib.contextmanager
def at(*pointer: str | int) -> Iterator[None]:
    """A builder's failure inside is a BuildError at `pointer` (the innermost `at` names the place)."""
    try:
        yield
    except BuildError:
        raise
    except (ValueError, KeyError, TypeError, ArithmeticError) as exc:
        raise BuildError(pointer, f"{type(exc).__name__}: {exc}") from exc


def strip_notes(node: Any, *, names: bool = False) -> Any:
    """Runtime data keeps facts, not provenance or prose (a struct's property names all stay)."""
    if isinstance(node, dict):
        return {
            k: strip_notes(v, names=k == "properties" and not names)
            for k, v in node.items()
            if names or k not in ("source", "description", "test_vectors", "x-source")
        }
    if isinstance(node, list):
        return [strip_notes(v) for v in node]
    return node
