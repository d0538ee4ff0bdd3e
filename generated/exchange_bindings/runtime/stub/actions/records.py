"""Actions on the records a stub keeps per account (stub/records.py): list, store, delete, clear."""

from __future__ import annotations

from typing import Any

from ...sim import Exchange, SimulatorError
from ..records import records_of
from .base import Action, account_of, flag, words


def _keys(value: Any) -> list[str] | None:
    """A list of keys from a parameter: a list, one value, or nothing (None: also an empty one)."""
    return words(None if value in ("", []) else value)


def _records(ex: Exchange, account: str | None, args: dict[str, Any]) -> list[dict[str, Any]]:
    """A collection's records, those named by `keys` when given."""
    return records_of(ex).list(account_of(account), str(args["collection"]), _keys(args.get("keys")))


def _put_record(ex: Exchange, account: str | None, args: dict[str, Any]) -> None:
    """Store a record: every argument but `collection`, `requires` and `merge` is one of its fields.

    `requires` {collection, key, field, given}: the names the record at `key` of that collection lists in
    `field` must all be among `given` (an exchange account must carry every credential its exchange needs);
    `merge`: the fields given change, the others stay (a setting changed alone)."""
    if args.get("requires"):
        _check_required(ex, account_of(account), args["requires"])
    record = {k: v for k, v in args.items() if k not in ("collection", "requires", "merge")}
    records_of(ex).put(account_of(account), str(args["collection"]), record, merge=bool(flag(args.get("merge"))))


def _check_required(ex: Exchange, account: str, requires: dict[str, Any]) -> None:
    keys = _keys(requires.get("key")) or []
    found = records_of(ex).list(account, str(requires["collection"]), keys) if keys else []
    wanted = words(found[0].get(str(requires["field"]))) or [] if found else []
    missing = [name for name in wanted if name not in (words(requires.get("given")) or [])]
    if missing:
        raise SimulatorError("incomplete", f"{', '.join(missing)} required")


def _delete_records(ex: Exchange, account: str | None, args: dict[str, Any]) -> None:
    keys = _keys(args.get("keys"))
    if keys is None:
        raise SimulatorError("missing_parameter", "the records to delete are required")
    records_of(ex).delete(account_of(account), str(args["collection"]), keys)


def _clear_records(ex: Exchange, account: str | None, args: dict[str, Any]) -> None:
    records_of(ex).clear(account_of(account), str(args["collection"]))


RECORDS: dict[str, Action] = {
    "records": _records,
    "put_record": _put_record,
    "delete_records": _delete_records,
    "clear_records": _clear_records,
}
