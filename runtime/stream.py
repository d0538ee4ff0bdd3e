"""The names stream users imported from here before the WebSocket transport moved to
runtime/transports/websocket/ (the errors now live in runtime/errors.py)."""

from __future__ import annotations

from .errors import CommandOutcomeUnknown, StreamError, StreamStalledError
from .transports.websocket import AsyncStream, Subscription, SyncStream, SyncSubscription

__all__ = [
    "AsyncStream",
    "CommandOutcomeUnknown",
    "StreamError",
    "StreamStalledError",
    "Subscription",
    "SyncStream",
    "SyncSubscription",
]
