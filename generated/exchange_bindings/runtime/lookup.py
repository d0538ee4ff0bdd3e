"""Whether an order whose answer was lost was placed: found by its client order id, never guessed.

An exchange that does not recognise a repeated client order id places a resent order again, so a
placement whose answer was lost is not resent blindly: once the exchange can no longer act on the
first request (the spec's `settle`), the orders are listed through the endpoints the spec names
(`retry.lookup`). Orders found are the call's result; only orders proven absent are sent again.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from typing import Any

import msgspec

from .config import Lookup, LookupQuery, RetryPolicy

_REF = re.compile(r"\{([^{}]+)\}")


def resolve(data: Any, path: str) -> Any:
    """The value at a dotted path ("" is the data itself); None where there is none."""
    for part in filter(None, path.split(".")):
        if isinstance(data, Mapping):
            data = data.get(part)
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return None
    return data


def fill(template: Any, context: Mapping[str, Any]) -> Any:
    """A JSON-like template with its `{path}` references filled from `context`: a string that is one
    reference keeps the value's type, and a key whose value is missing is left out."""
    if isinstance(template, str):
        whole = _REF.fullmatch(template)
        if whole is not None:
            return resolve(context, whole.group(1))
        return _REF.sub(lambda m: str(resolve(context, m.group(1)) or ""), template)
    if isinstance(template, Mapping):
        filled = {key: fill(value, context) for key, value in template.items()}
        return {key: value for key, value in filled.items() if value is not None}
    if isinstance(template, list):
        return [fill(value, context) for value in template]
    return template


class Recovery:
    """The orders of one placing call (one, or each item of a batch) while their fate is unknown."""

    def __init__(self, policy: RetryPolicy, values: Mapping[str, Any]) -> None:
        coid = policy.client_order_id
        assert coid is not None
        self.lookup: Lookup | None = policy.lookup
        self.param = coid.param
        self.batch = coid.field is not None
        self.params = msgspec.to_builtins(dict(values))
        self.items: list[Any] = list(self.params[coid.param]) if self.batch else [self.params]
        id_field = coid.field or coid.param
        self.id_values = [item.get(id_field) for item in self.items]  # as sent (an integer, or a string)
        self.ids = [str(value) for value in self.id_values]
        self.pending = list(range(len(self.items)))
        self.found: dict[int, Any] = {}  # index of an order -> its part of the result (builtins)
        self.listed: Any = None  # a listing that found an order: results may quote it

    def context(self, index: int, **more: Any) -> dict[str, Any]:
        return {"params": self.params, "item": self.items[index], "id": self.id_values[index], **more}

    def queries(self) -> list[tuple[LookupQuery, dict[str, Any], list[int]]]:
        """Each request to make (one per query and distinct arguments) with the orders it may find."""
        assert self.lookup is not None
        requests: dict[tuple[int, bytes], tuple[LookupQuery, dict[str, Any], list[int]]] = {}
        for number, query in enumerate(self.lookup.queries):
            for index in self.pending:
                args = fill(query.args, self.context(index))
                key = (number, msgspec.json.encode(args, order="sorted"))
                requests.setdefault(key, (query, args, []))[2].append(index)
        return list(requests.values())

    def take(self, query: LookupQuery, result: Any, indices: list[int]) -> None:
        """Note the orders a listing shows among those it was asked about (a single query's result is
        the order, or None when there is none)."""
        assert self.lookup is not None
        listed = msgspec.to_builtins(result)
        orders = [listed] if query.single and listed is not None else resolve(listed, query.list)
        by_id: dict[str, Any] = {}
        for order in orders or ():  # listings put the newest first: a reused id finds its newest order
            if isinstance(order, Mapping):
                by_id.setdefault(str(order.get(self.lookup.match)), order)
        now = str(int(time.time() * 1000))
        for index in indices:
            order = by_id.get(self.ids[index])
            if order is not None and index in self.pending:
                self.found[index] = fill(self.lookup.found, self.context(index, order=order, now=now))
                self.pending.remove(index)
                self.listed = listed

    def values(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The call's arguments with only the orders still to be placed."""
        if not self.batch:
            return dict(values)
        orders = list(values[self.param])
        return {**values, self.param: [orders[i] for i in self.pending]}

    def complete(self) -> Any:
        """The call's result (builtins) when every order was found."""
        assert self.lookup is not None and not self.pending
        if not self.batch:
            return self.found[0]
        items = [self.found[i] for i in range(len(self.items))]
        return fill(self.lookup.result, {"items": items, "listed": self.listed, "params": self.params})

    def merge(self, result: Any) -> Any:
        """The result of sending the orders still pending, with the orders found put back in place."""
        if not self.batch or not self.found:
            return result
        assert self.lookup is not None
        plain = msgspec.to_builtins(result)
        sent = iter(resolve(plain, self.lookup.items) or ())
        merged = [self.found[i] if i in self.found else next(sent, None) for i in range(len(self.items))]
        merged = [item for item in merged if item is not None]
        if not self.lookup.items:
            return merged
        *parents, last = self.lookup.items.split(".")
        holder = resolve(plain, ".".join(parents))
        holder[last] = merged
        return plain
