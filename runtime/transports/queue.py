"""The bounded queue between a stream's reader and a slow consumer, shared by every transport."""

from __future__ import annotations

import asyncio
from typing import Any


class DropOldest(asyncio.Queue[Any]):
    """When full, the oldest item leaves for the new one and is counted in `dropped` (stated policy:
    the newest state wins: book snapshots, tickers)."""

    def __init__(self, maxsize: int) -> None:
        super().__init__(maxsize)
        self.dropped = 0

    def offer(self, item: Any) -> None:
        if self.full():
            self.get_nowait()
            self.dropped += 1
        self.put_nowait(item)
