"""The venues a stub hosts: each a simulated exchange with its own markets, accounts and books.

An order router (one API in front of several exchanges) names the venue of each request in a
parameter the spec names (`venues.param`); the value may carry an account tag after one of
`venues.tag_separators` (`BITSTAMP/2574`: the venue BITSTAMP). A spec without a `venues` section has
one venue, DEFAULT, with its top-level markets. Account ids (and so API keys) are the stub's: every
account exists in every venue, with the venue's own balances.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .exchange import Exchange
from .model import Market, SimulatorError

DEFAULT = "default"  # the one venue of a spec without a venues section


@dataclass(frozen=True)
class Venue:
    """One venue of the spec: its id and its markets."""

    id: str
    markets: tuple[Market, ...] = ()


@dataclass(frozen=True)
class VenueConfig:
    """The venues of a stub (the first is the default: requests that name none go there), and how a
    request names one."""

    venues: tuple[Venue, ...]
    param: str | None = None
    tag_separators: str = ""
    ids: tuple[str, ...] = field(init=False)  # in the spec's order

    def __post_init__(self) -> None:
        object.__setattr__(self, "ids", tuple(v.id for v in self.venues))

    @property
    def default(self) -> str:
        return self.venues[0].id

    def venue_of(self, given: Any) -> str:
        """The venue a request's value names: the whole value, or the part before an account tag;
        nothing named (None, ""), the default. An unknown venue is refused (`unknown_venue`)."""
        if given is None or given == "":
            return self.default
        text = str(given)
        if text in self.ids:
            return text
        cut = min((i for i in map(text.find, self.tag_separators) if i > 0), default=-1)
        if cut > 0 and text[:cut] in self.ids:
            return text[:cut]
        raise SimulatorError("unknown_venue", f"unknown venue {text} (venues: {', '.join(self.ids)})")

    def markets(self, venue: str) -> tuple[Market, ...]:
        return next(v.markets for v in self.venues if v.id == venue)


class Venues:
    """The simulated exchanges of a stub, one per venue, built by `build` (given the venue)."""

    def __init__(self, config: VenueConfig, build: Callable[[Venue], Exchange]) -> None:
        self.config = config
        self.exchanges = {venue.id: build(venue) for venue in config.venues}
        self._default = (config.default, self.exchanges[config.default])

    @property
    def default(self) -> Exchange:
        return self._default[1]

    def select(self, given: Any = None) -> tuple[str, Exchange]:
        """The venue a request's value names (see VenueConfig.venue_of), and its exchange."""
        if given is None or given == "":  # most requests: the default venue, at once
            return self._default
        venue = self.config.venue_of(given)
        return venue, self.exchanges[venue]

    def __iter__(self) -> Iterator[tuple[str, Exchange]]:
        return iter(self.exchanges.items())

    def __len__(self) -> int:
        return len(self.exchanges)
