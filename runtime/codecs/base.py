"""What every codec is: how one kind of field goes on the wire and back, on both sides.

A codec has four directions. The client `encode`s a caller's value for the wire and `decode`s a
server's; the stub `accept`s a client's wire value into the simulator's terms and `render`s the
simulator's value for the wire. Client directions are strict: a value the wire cannot carry is a
`ValueError` (the client turns it into a ParameterError before sending). The stub reads what any
client sends strictly too, and writes what the exchange would write (rounding where it rounds).

`Scope` is what a codec may need besides the value: the scale tables, and the objects around the
value (innermost first) whose fields name its scale's key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from .scaled import ScaleSet

DIRECTIONS = ("encode", "decode", "accept", "render")
_FIELD = re.compile(r"\{(\w+)\}")


class Scope:
    """The scale tables and the objects around a value (innermost first)."""

    __slots__ = ("chain", "scales")

    def __init__(self, scales: ScaleSet | None = None, chain: tuple[Mapping[str, Any], ...] = ()) -> None:
        self.scales = scales
        self.chain = chain

    def inside(self, obj: Mapping[str, Any]) -> Scope:
        return Scope(self.scales, (obj, *self.chain))

    def field(self, name: str) -> Any:
        """The nearest object's value of `name` (None when no object around has one)."""
        for obj in self.chain:
            value = obj.get(name)
            if value is not None:
                return value
        return None

    def fill(self, template: str) -> str:
        """A key template such as '{base}:{counter}' over the fields around; ValueError when one is missing."""

        def one(match: re.Match[str]) -> str:
            value = self.field(match.group(1))
            if value is None:
                raise ValueError(f"no '{match.group(1)}' to tell the scale by")
            return str(value)

        return _FIELD.sub(one, template)


def fields_of(template: str) -> list[str]:
    """The field names a key template refers to."""
    return _FIELD.findall(template)


class Codec:
    """How one kind of field goes on the wire and back (subclasses are frozen msgspec structs, so the
    generator writes them as constructor calls). `acts` lists the directions in which it changes a
    value; elsewhere the value passes as it is and shapes leave the field out."""

    __slots__ = ()  # a mixin of structs

    acts: ClassVar[frozenset[str]] = frozenset()
    python: ClassVar[str | None] = None  # the type callers pass and get, as source text (None: the schema's)

    def does(self, direction: str) -> bool:
        """Whether this codec changes values in `direction` (one of DIRECTIONS)."""
        return direction in self.acts

    def encode(self, value: Any, scope: Scope) -> Any:
        return value

    def decode(self, value: Any, scope: Scope) -> Any:
        return value

    def accept(self, value: Any, scope: Scope) -> Any:
        return value

    def render(self, value: Any, scope: Scope) -> Any:
        return value
