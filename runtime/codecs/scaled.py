"""Scaled integers: the wire carries 123456 where the amount is 12.3456 (scale 10000), callers pass and
get Decimal.

A field names its scale and the key its factor depends on (`x-scale: {scale: amount, key: "{base}"}`:
the asset in the object's `base` field; `{base}:{counter}` a market; no key: one factor for all).
The spec's `scales` section gives each scale's factors and ticks by key, the rule by which the
exchange rounds to the tick (bids down, asks up), and the endpoint whose answer refreshes them at run
time (`refresh_scales()` on a client). A caller's value that the factor or the tick cannot represent
exactly is refused, never rounded; the stub rounds where the exchange does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal, Inexact, localcontext
from typing import Any, ClassVar

import msgspec

from .base import DIRECTIONS, Codec, Scope
from .decimal import money, plain

_ROUNDINGS = {"half_even": ROUND_HALF_EVEN, "up": ROUND_CEILING, "down": ROUND_FLOOR}


class Refresh(msgspec.Struct, frozen=True):
    """An endpoint whose answer lists current factors and ticks: each item's `key` (a template over its
    fields), `factor` and `tick` fields; `items` is the path of the list in the result ("": the result)."""

    operation: str
    key: str
    factor: str | None = None
    tick: str | None = None
    items: str = ""


class Rounding(msgspec.Struct, frozen=True):
    """How the exchange puts a price on the tick: the `side` field's value (a word, or the sign of a
    number: 'positive', 'negative') says whether it rounds down or up."""

    side: str
    down: tuple[str, ...] = ()
    up: tuple[str, ...] = ()

    def mode(self, scope: Scope) -> str | None:
        side = scope.field(self.side)
        if side is None:
            return None
        words = {str(side)}
        if not isinstance(side, bool):
            try:
                sign = Decimal(str(side))
                words.add("positive" if sign > 0 else "negative" if sign < 0 else "zero")
            except ArithmeticError:
                pass
        if words & set(self.down):
            return "down"
        return "up" if words & set(self.up) else None


class Scale(msgspec.Struct, frozen=True):
    """One scale: its factor (and tick, in scaled units) by key, or `default` for keys it does not list."""

    name: str
    by: str = "constant"  # asset | market | constant: what the keys are (for readers of the spec)
    factors: Mapping[str, int] = msgspec.field(default_factory=dict)
    default: int | None = None
    ticks: Mapping[str, int] = msgspec.field(default_factory=dict)
    rounding: Rounding | None = None
    refresh: Refresh | None = None


class ScaleSet:
    """The current factors and ticks of every scale (a client's own copy: `refresh` replaces them)."""

    def __init__(self, scales: Iterable[Scale] = ()) -> None:
        self.scales = {s.name: s for s in scales}
        self._factors = {s.name: dict(s.factors) for s in self.scales.values()}
        self._ticks = {s.name: dict(s.ticks) for s in self.scales.values()}

    def __bool__(self) -> bool:
        return bool(self.scales)

    def copy(self) -> ScaleSet:
        twin = ScaleSet(self.scales.values())
        twin._factors = {k: dict(v) for k, v in self._factors.items()}
        twin._ticks = {k: dict(v) for k, v in self._ticks.items()}
        return twin

    def factor(self, name: str, key: str) -> int:
        found = self._factors[name].get(key, self.scales[name].default)
        if found is None:
            raise ValueError(f"no {name} scale is known for {key!r} (refresh_scales() may learn it)")
        return found

    def tick(self, name: str, key: str) -> int | None:
        return self._ticks[name].get(key)

    def update(self, name: str, items: Iterable[Any]) -> int:
        """Take the factors and ticks of a refresh answer's items (plain data); how many items had a key."""
        refresh = self.scales[name].refresh
        assert refresh is not None
        factors, ticks, seen = dict(self._factors[name]), dict(self._ticks[name]), 0
        for item in items:
            if not isinstance(item, Mapping):
                continue
            key = Scope(None, (item,)).fill(refresh.key)
            seen += 1
            if refresh.factor is not None and item.get(refresh.factor) is not None:
                factors[key] = _positive(item[refresh.factor], f"{name} factor of {key}")
            if refresh.tick is not None and item.get(refresh.tick) is not None:
                ticks[key] = _positive(item[refresh.tick], f"{name} tick of {key}")
        self._factors[name], self._ticks[name] = factors, ticks  # swapped whole: readers never see half
        return seen


def _positive(value: Any, what: str) -> int:
    number = _integer(value)
    if number <= 0:
        raise ValueError(f"the {what} must be a positive integer, got {value!r}")
    return number


def _integer(value: Any) -> int:
    """A wire integer: a JSON integer or its digits as text (form bodies, query strings)."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not an integer")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit() and value.isascii():
        return int(value)
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    raise ValueError(f"{value!r} is not an integer: this field carries a scaled integer")


def on_tick(value: int, tick: int, mode: str) -> int:
    """`value` rounded to a multiple of `tick`, `down` or `up` (the exchange's rule, e.g. bids down)."""
    if mode == "down":
        return (value // tick) * tick
    return -((-value) // tick) * tick


def scaled(value: Decimal, factor: int) -> int | None:
    """value x factor when that is a whole number (None when the factor cannot represent it)."""
    product = value * factor
    return int(product) if product == product.to_integral_value() else None


def unscaled(value: int, factor: int) -> Decimal:
    """The amount a wire integer stands for: value / factor, exactly."""
    with localcontext() as ctx:
        ctx.prec = len(str(abs(value))) + len(str(factor)) + 2
        ctx.traps[Inexact] = True
        try:
            return Decimal(value) / factor
        except Inexact:
            raise ValueError(f"{value} / {factor} is not an exact decimal") from None


class Scaled(msgspec.Struct, Codec, frozen=True):
    """`{type: integer, x-scale: {scale, key, round}}`: Decimal for callers, an integer on the wire.
    `round` is how the exchange writes a value finer than the scale (half_even; up, as for what an
    order reserves: ceil(quantity x price / factor); down)."""

    scale: str
    key: str = ""
    round: str = "half_even"
    acts: ClassVar[frozenset[str]] = frozenset(DIRECTIONS)
    python: ClassVar[str | None] = "Decimal"

    def _lookup(self, scope: Scope) -> tuple[int, int | None, str]:
        if scope.scales is None:
            raise ValueError(f"no scale tables for the {self.scale} scale")
        key = scope.fill(self.key)
        return scope.scales.factor(self.scale, key), scope.scales.tick(self.scale, key), key

    def encode(self, value: Any, scope: Scope) -> Any:
        amount = money(value)
        factor, tick, key = self._lookup(scope)
        whole = scaled(amount, factor)
        of = f" of {key}" if key else ""
        if whole is None:
            raise ValueError(f"{plain(amount)} cannot be sent: {self.scale}s{of} are whole multiples of 1/{factor}")
        if tick is not None and whole % tick:
            step = plain(unscaled(tick, factor))
            raise ValueError(f"{plain(amount)} is not on the tick{of}: a multiple of {step} is needed")
        return whole

    def decode(self, value: Any, scope: Scope) -> Any:
        factor, _, _ = self._lookup(scope)
        return unscaled(_integer(value), factor)

    def accept(self, value: Any, scope: Scope) -> Any:
        factor, tick, _ = self._lookup(scope)
        whole = _integer(value)
        rule = scope.scales.scales[self.scale].rounding if scope.scales is not None else None
        mode = rule.mode(scope) if rule is not None and tick is not None else None
        if mode is not None and tick is not None:
            whole = on_tick(whole, tick, mode)  # as the exchange does: e.g. bids down, asks up
        return unscaled(whole, factor)

    def render(self, value: Any, scope: Scope) -> Any:
        if not isinstance(value, Decimal | int) or isinstance(value, bool):
            return value  # not an amount (a template's text): left for the type check to show
        factor, _, _ = self._lookup(scope)
        # the simulator computes more digits than the wire carries (fees, averages, reservations)
        return int((Decimal(value) * factor).quantize(Decimal(1), _ROUNDINGS[self.round]))
