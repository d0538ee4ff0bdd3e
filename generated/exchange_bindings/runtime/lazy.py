"""A module imported on first use: how a generated client module names its configuration, operation
table and structs, which load with the first client rather than the import."""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """A module imported on its first attribute access (under the import lock: threads see it whole)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)
