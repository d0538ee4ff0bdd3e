"""The stub side's per-account sequence numbers (tonces): a command that carries one must carry a value
above the last one the account gave since its last reset; resetting commands start it again at zero.
The spec turns it on (a stream's `sequence`) and says which commands carry or reset it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...sim import SimulatorError
from .config import Sequence


class Sequences:
    def __init__(self, rule: Sequence) -> None:
        self.rule = rule
        self._last: dict[str, int] = {}
        self._exchange: object = None  # the simulator they belong to: a reset starts them afresh

    def _table(self, exchange: object) -> dict[str, int]:
        if exchange is not self._exchange:
            self._exchange, self._last = exchange, {}
        return self._last

    def check(self, exchange: object, account: str, command: str, data: Mapping[str, Any]) -> None:
        """Refuse a value not above the account's last one (before the command runs)."""
        value = data.get(self.rule.field)
        if command not in self.rule.commands or value is None:
            return
        last = self._table(exchange).get(account, 0)
        if int(value) <= last:
            raise SimulatorError("out_of_sequence", f"{self.rule.field} {value} is not above {last}")

    def record(self, exchange: object, account: str, command: str, data: Mapping[str, Any]) -> None:
        """After a command succeeded: its value is the account's last one, or a reset starts again."""
        table = self._table(exchange)
        if command in self.rule.reset_by:
            table[account] = 0
        elif command in self.rule.commands and data.get(self.rule.field) is not None:
            table[account] = int(data[self.rule.field])
