"""Records a stub keeps for each account beside its simulated exchanges, in named collections the spec
declares (`stub.records`): each record named by one of its fields (`key`), every account starting from
the collection's `seed`. An order router's management API keeps its exchange accounts here, and lists
fixed data (exchanges, locations) the same way.

One store serves every venue of a stub (a router's accounts are not a venue's) and a reset starts a
fresh one; the actions `records`, `put_record`, `delete_records` and `clear_records`
(stub/actions/records.py) are what a spec maps endpoints onto."""

from __future__ import annotations

import copy
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..sim import Exchange, SimulatorError


@dataclass(frozen=True)
class Collection:
    """A kind of record: the field that names one, and the records every account starts with."""

    key: str
    seed: tuple[Mapping[str, Any], ...] = ()


class Records:
    """Each account's records, by collection and key, in the order they were first stored."""

    def __init__(self, collections: Mapping[str, Collection]) -> None:
        self.collections = collections
        self._held: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}

    def _of(self, account: str, name: str) -> tuple[Collection, dict[str, dict[str, Any]]]:
        collection = self.collections.get(name)
        if collection is None:
            raise SimulatorError("invalid_parameter", f"no record collection {name}")
        held = self._held.get((account, name))
        if held is None:  # first use: the account's copy of the seed
            held = self._held[(account, name)] = {
                str(r[collection.key]): copy.deepcopy(dict(r)) for r in collection.seed
            }
        return collection, held

    def list(self, account: str, name: str, keys: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """The account's records (those named by `keys`, when given)."""
        held = self._of(account, name)[1]
        wanted = None if keys is None else set(keys)
        return [dict(r) for k, r in held.items() if wanted is None or k in wanted]

    def put(self, account: str, name: str, record: Mapping[str, Any], merge: bool = False) -> None:
        """Store a record, replacing the one with the same key (`merge`: only the fields given, not None,
        replace the stored record's: settings changed one at a time)."""
        collection, held = self._of(account, name)
        key = record.get(collection.key)
        if key is None or key == "":
            raise SimulatorError("missing_parameter", f"{collection.key} is required")
        given = {k: v for k, v in record.items() if v is not None} if merge else dict(record)
        held[str(key)] = {**(held.get(str(key), {}) if merge else {}), **copy.deepcopy(given)}

    def delete(self, account: str, name: str, keys: Iterable[str]) -> None:
        """Delete the named records; none is deleted when one of them does not exist."""
        held = self._of(account, name)[1]
        keys = [str(k) for k in keys]
        missing = [k for k in keys if k not in held]
        if missing:
            raise SimulatorError("not_found", f"no {name} {', '.join(missing)}")
        for key in keys:
            del held[key]

    def clear(self, account: str, name: str) -> None:
        self._of(account, name)[1].clear()


_STORES: weakref.WeakKeyDictionary[Exchange, Records] = weakref.WeakKeyDictionary()


def attach(exchanges: Iterable[Exchange], collections: Mapping[str, Collection]) -> None:
    """One fresh store, shared by these exchanges (a stub's venues)."""
    store = Records(collections)
    for exchange in exchanges:
        _STORES[exchange] = store


def records_of(exchange: Exchange) -> Records:
    """The store beside an exchange (an empty one for an exchange no stub attached one to)."""
    found = _STORES.get(exchange)
    if found is None:
        found = _STORES[exchange] = Records({})
    return found
