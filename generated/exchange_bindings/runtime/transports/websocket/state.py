"""The client's views of a pushed stream's state (an order router's open orders, balances, positions,
symbols per exchange): a snapshot message replaces the rows of its scope, an update message replaces one
row, and a row holding a closing value (a filled or canceled order) leaves the view. Turned on by the
spec's `state` section; the stream object offers the views as `stream.state`."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class StateView:
    """One view: which push types feed it, and how its rows are scoped and keyed."""

    name: str
    snapshot: str  # the push type whose `data` list replaces a scope's rows
    scope: str  # the message field naming the scope (an exchange id)
    key: str  # the row field identifying a row
    update: str | None = None  # the push type that is one row
    data: str = "data"
    drop: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)  # field -> values that remove a row


def _get(row: Any, name: str) -> Any:
    return row.get(name) if isinstance(row, Mapping) else getattr(row, name, None)


class StreamState:
    """The views of one stream, fed by every push (typed by `typed`: a push type and its raw message ->
    the typed message, or None when it does not decode). Reads give copies: safe from another thread."""

    def __init__(self, views: tuple[StateView, ...], typed: Callable[[str, Mapping[str, Any]], Any]) -> None:
        self.views = {v.name: v for v in views}
        self._typed = typed
        self._rows: dict[str, dict[str, dict[Any, Any]]] = {v.name: {} for v in views}
        self._lock = threading.Lock()
        self._by_type: dict[str, list[tuple[StateView, bool]]] = {}
        for view in views:
            self._by_type.setdefault(view.snapshot, []).append((view, True))
            if view.update is not None:
                self._by_type.setdefault(view.update, []).append((view, False))

    def __bool__(self) -> bool:
        return bool(self.views)

    def apply(self, kind: str, message: Mapping[str, Any]) -> None:
        """A push of type `kind` applied to the views it feeds."""
        fed = self._by_type.get(kind)
        if not fed:
            return
        typed = self._typed(kind, message)
        if typed is None:
            return
        with self._lock:
            for view, is_snapshot in fed:
                scope = str(_get(typed, view.scope))
                if is_snapshot:
                    rows = [r for r in _get(typed, view.data) or [] if not self._dropped(view, r)]
                    self._rows[view.name][scope] = {_get(r, view.key): r for r in rows}
                    continue
                rows_of = self._rows[view.name].setdefault(scope, {})
                if self._dropped(view, typed):
                    rows_of.pop(_get(typed, view.key), None)
                else:
                    rows_of[_get(typed, view.key)] = typed

    @staticmethod
    def _dropped(view: StateView, row: Any) -> bool:
        return any(_get(row, name) in values for name, values in view.drop.items())

    def scopes(self, view: str) -> list[str]:
        """The scopes (exchange ids) a view holds rows for."""
        with self._lock:
            return sorted(self._rows[view])

    def rows(self, view: str, scope: str) -> dict[Any, Any]:
        """The rows of a view in one scope, by key (a copy)."""
        with self._lock:
            return dict(self._rows[view].get(scope, {}))

    def __getattr__(self, name: str) -> Callable[[str], dict[Any, Any]]:
        """`state.orders("KRAKEN")`: a view by its name."""
        views = self.__dict__.get("views", {})
        if name not in views:
            raise AttributeError(name)
        return lambda scope: self.rows(name, scope)
