"""SSE streams: the clients' configuration and what the stub raises, from a stream of the spec."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from runtime.config import seconds
from runtime.transports.sse import EventStub, SseConfig, SseStub

from . import at
from .websocket import Shaper

EVENT_DIRECTIONS = ("decode",)  # the client reads an event's data
_RENDER = ("render",)  # the stub writes it


def sse_config(name: str, data: Mapping[str, Any]) -> SseConfig:
    auth = data.get("auth") or {}
    heartbeat = data.get("heartbeat") or {}
    with at("streams", name):
        keepalive = seconds(heartbeat["interval"]) if "interval" in heartbeat else None
        watchdog = seconds(heartbeat["timeout"]) if "timeout" in heartbeat else None
        return SseConfig(
            server=data["server"],
            path=data.get("path"),
            auth_scheme=auth.get("scheme"),
            auth_required=bool(auth.get("required", True)),
            keepalive=keepalive,
            watchdog=watchdog if watchdog is not None or keepalive is None else 3 * keepalive,
            retry=seconds(data["retry"]) if "retry" in data else None,
            history=int(data.get("history", 1000)),
        )


def sse_stub(name: str, data: Mapping[str, Any], shape: Shaper | None = None) -> SseStub:
    """The stream as a stub serves it: its events with a `stub` mapping."""
    return SseStub(
        sse_config(name, data),
        tuple(_event(event, e, shape) for event, e in data.get("events", {}).items() if "stub" in e),
    )


def _event(name: str, event: Mapping[str, Any], shape: Shaper | None) -> EventStub:
    stub = event["stub"]
    return EventStub(
        name=name,
        push_on=frozenset(stub["push_on"]),
        respond=stub["respond"],
        message=event["message"],
        private=bool(event.get("auth", False)),
        when=stub.get("when"),
        action=stub.get("action"),
        args=stub.get("args") if "action" in stub else None,
        many=isinstance(stub["respond"], Mapping) and "$each" in stub["respond"],
        codecs=shape(event["message"], _RENDER) if shape is not None else None,
        owner_fields=tuple((owner, tuple(fields)) for owner, fields in stub.get("owner_fields", {}).items()),
    )
