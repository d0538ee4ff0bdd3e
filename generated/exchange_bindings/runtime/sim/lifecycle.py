"""An order's status history, derived from what the simulator keeps of it (creation, fills, close).

Routers report each status an order went through with its time (EMS's `status_history`); the simulator
records no history, but an order's life is fully told by its creation, its fills and how it closed:
`open` when it was placed (unless it closed at once without trading: it never rested), `partially_filled`
or `filled` at each fill, and its outcome (`cancelled:user`, `rejected`, ...) when it closed otherwise.
"""

from __future__ import annotations

from typing import Any

from .model import ZERO, Order


def status_history(order: Order) -> list[dict[str, Any]]:
    """[{status, time_ms}], oldest first, in the simulator's words (`outcome` for the closing step)."""
    never_rested = not order.fills and not order.is_open and order.updated_ms <= order.created_ms
    steps: list[dict[str, Any]] = [] if never_rested else [{"status": "open", "time_ms": order.created_ms}]
    running = ZERO
    for fill in order.fills:
        running += fill.quantity
        status = "filled" if running >= order.quantity else "partially_filled"
        if not steps or steps[-1]["status"] != status:  # a change of status (more fills: the same one)
            steps.append({"status": status, "time_ms": fill.time_ms})
    if not order.is_open and order.status != "filled":
        steps.append({"status": order.outcome, "time_ms": max(order.updated_ms, order.created_ms)})
    return steps
