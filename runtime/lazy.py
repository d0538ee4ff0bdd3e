"""What a module loads on first use: how a generated client module names its configuration, operation
table and structs, which load with the first client rather than the import (LazyModule), and the names
an API package, a client module and the base clients give out before loading them (attributes)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


class LazyModule:
    """A module imported on its first attribute access (under the import lock: threads see it whole)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)


def attributes(
    namespace: Mapping[str, Any], names: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module's `__getattr__` and `__dir__` (pass its `globals()`) for names loaded when first read: each
    name's place is a module relative to the module's package (".models") or an attribute of one
    (".config:CONFIG"). `dir()` lists them before they load."""

    def __getattr__(name: str) -> Any:
        place = names.get(name)
        if place is None:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        module, _, attribute = place.partition(":")
        found = importlib.import_module(module, namespace["__package__"])
        return getattr(found, attribute) if attribute else found

    def __dir__() -> list[str]:
        return sorted({*namespace, *names})

    return __getattr__, __dir__
