"""The client's views of a pushed stream's state (an order router's open orders, balances, positions,
symbols per exchange): a snapshot message replaces the rows of its scope, an update message replaces one
row, and a row holding a closing value (a filled or canceled order) leaves the view for good: a late update
of it (one that was overtaken) does not bring it back, only a snapshot listing it does. A new connection
starts from nothing (`clear`): its snapshots say what holds. Turned on by the spec's `state` section; the
stream object offers the views as `stream.state`."""

from __future__ import annotations

import threading
from collections import OrderedDict
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


CLOSED_KEPT = 10_000  # closed rows remembered per view (late updates of older ones are no longer recognised)


def _get(row: Any, name: str) -> Any:
    return row.get(name) if isinstance(row, Mapping) else getattr(row, name, None)


class StreamState:
    """The views of one stream, fed by every push (typed by `typed`: a push type and its raw message ->
    the typed message, or None when it does not decode). Reads give copies: safe from another thread."""

    def __init__(self, views: tuple[StateView, ...], typed: Callable[[str, Mapping[str, Any]], Any]) -> None:
        self.views = {v.name: v for v in views}
        self._typed = typed
        self._rows: dict[str, dict[str, dict[Any, Any]]] = {v.name: {} for v in views}
        self._closed: dict[str, OrderedDict[tuple[str, Any], None]] = {v.name: OrderedDict() for v in views}
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
                closed = self._closed[view.name]
                if is_snapshot:
                    rows = [r for r in _get(typed, view.data) or [] if not self._dropped(view, r)]
                    self._rows[view.name][scope] = {_get(r, view.key): r for r in rows}
                    for key in self._rows[view.name][scope]:  # the snapshot lists it open: it is
                        closed.pop((scope, key), None)
                    continue
                rows_of = self._rows[view.name].setdefault(scope, {})
                key = _get(typed, view.key)
                if self._dropped(view, typed):
                    rows_of.pop(key, None)
                    closed[(scope, key)] = None
                    while len(closed) > CLOSED_KEPT:
                        closed.popitem(last=False)
                elif (scope, key) not in closed:  # an update that arrives after the row closed is stale
                    rows_of[key] = typed

    def clear(self) -> None:
        """Forget every row (a new connection: its snapshots replace all that the last one left)."""
        with self._lock:
            for name in self.views:
                self._rows[name].clear()
                self._closed[name].clear()

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
