"""Credentials as a client holds them: kept out of reprs, logs and error messages.

Its own module, apart from the auth plug-ins: a generated client wraps its arguments in it at
construction, and importing an API loads nothing of the call machinery (auth/ holds the schemes)."""

from __future__ import annotations

from collections.abc import Mapping


class Credentials:
    """Credential values by name; never shown in a repr, a log line or an error message."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, str | None]) -> None:
        self._values = {k: v for k, v in values.items() if v is not None}

    def __getitem__(self, name: str) -> str:
        return self._values[name]

    def has(self, names: tuple[str, ...] | list[str]) -> bool:
        return all(n in self._values for n in names)

    def as_dict(self) -> dict[str, str]:
        """The values by name (to hand them on; keep the result out of anything long-lived)."""
        return dict(self._values)

    def values(self) -> tuple[str, ...]:
        return tuple(self._values.values())

    def __repr__(self) -> str:
        return "Credentials(" + ", ".join(f"{k}=***" for k in sorted(self._values)) + ")"

    __str__ = __repr__
