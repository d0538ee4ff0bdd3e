"""A WebSocket stream's typed configuration, built once from the spec (the runtime reads it, never the
spec): runtime/transports/websocket/config.py's classes, written into the generated package as
constructor calls by generator/pysource.py."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from generator.typed.auth import stream_login
from runtime.codecs.shape import Shape
from runtime.config import seconds
from runtime.transports.websocket.config import (
    Channel,
    Command,
    Framing,
    Handshake,
    Heartbeat,
    ItemList,
    Param,
    Sequence,
    StubMapping,
    UrlCredential,
    Watch,
    WebSocketStream,
)
from runtime.transports.websocket.state import StateView

Shaper = Callable[[Any, tuple[str, ...]], Shape | None]  # (type schema, directions) -> where codecs act
_PAYLOAD = ("encode", "decode", "accept")  # the client writes it; the stub reads it as the exchange would
_RESULT = ("decode", "render")  # the client reads it; the stub writes it


def _duration(value: Any) -> float | None:
    return None if value is None else seconds(value)


def framing(protocol: Mapping[str, Any]) -> Framing:
    top_level = protocol.get("payload") == "top_level"
    correlate = protocol.get("correlate") or {}
    data = None if top_level else protocol.get("data", "data")
    return Framing(
        op=protocol["op"],
        tag=protocol.get("tag"),
        tag_type=protocol.get("tag_type", "string"),
        tag_max_length=protocol.get("tag_max_length"),
        args=protocol.get("args", "args"),
        data=data,
        batch_data=protocol.get("batch_data"),
        reply_data=None if top_level else protocol.get("reply_data", data),
        reply_event=protocol.get("reply_event"),
        reply_ok=tuple(protocol.get("reply_ok", ())),
        reply_ok_code=protocol.get("reply_ok_code"),
        reply_ok_message=protocol.get("reply_ok_message"),
        reply_code=protocol.get("reply_code"),
        reply_message=protocol.get("reply_message"),
        reply_channel=protocol.get("reply_channel", "channel"),
        push_channel=protocol.get("push_channel"),
        timestamp=protocol.get("timestamp"),
        correlate=correlate.get("field"),
        rejected=correlate.get("rejected"),
        rejected_request=correlate.get("rejected_request"),
    )


def heartbeat(spec: Mapping[str, Any]) -> Heartbeat:
    return Heartbeat(
        kind=spec.get("kind", "none"),
        interval=_duration(spec.get("interval")),
        timeout=_duration(spec.get("timeout")),
        command=spec.get("command"),
        server_pings=_pings(spec.get("server_pings")),
    )


def _pings(spec: Mapping[str, Any] | None) -> tuple[float, float] | None:
    return None if spec is None else (seconds(spec["interval"]), seconds(spec["timeout"]))


def stub_mapping(spec: Mapping[str, Any] | None) -> StubMapping | None:
    if spec is None:
        return None
    return StubMapping(
        action=spec.get("action"),
        args=spec.get("args"),
        respond=spec.get("respond"),
        push_on=tuple(spec.get("push_on", ())),
        refuse=spec.get("refuse"),
        until_disconnect=spec.get("until_disconnect"),
        watch=Watch(tuple(spec["watch"]["channels"]), spec["watch"]["while"]) if "watch" in spec else None,
        owner_fields=tuple((owner, tuple(fields)) for owner, fields in spec.get("owner_fields", {}).items()),
        changed_only=tuple(spec.get("changed_only", ())),
        messages=dict(spec.get("messages", {})),
        endpoint=spec.get("endpoint"),
        venues=spec.get("venues"),
        snapshot=bool(spec.get("snapshot", True)),
    )


def command(name: str, spec: Mapping[str, Any], shape: Shaper, schemas: Mapping[str, Any]) -> Command:
    data = spec.get("data") or {}
    fields = schemas.get(data.get("$ref", "").rpartition("/")[2], data).get("properties", {})
    return Command(
        name=name,
        op=spec["op"],
        batch=bool(spec.get("batch", False)),
        auth=bool(spec.get("auth", False)),
        max_items=spec.get("max_items"),
        cost={k: v for k, v in spec.get("cost", {}).items() if isinstance(v, int)},
        data=spec.get("data"),
        reply=spec.get("reply"),
        payload_codecs=shape(spec.get("data"), _PAYLOAD),
        reply_codecs=shape(spec.get("reply"), _RESULT),
        answers=tuple(spec.get("answers", ())),
        correlate=tuple(spec.get("correlate", ())),
        stub=stub_mapping(spec.get("stub")),
        client_fields=tuple(n for n, f in fields.items() if f.get("x-client")),
        signs=tuple(
            (n, f["x-client-sign"]["by"], f["x-client-sign"]["negative_when"])
            for n, f in fields.items()
            if "x-client-sign" in f
        ),
    )


def channel(name: str, spec: Mapping[str, Any], shape: Shaper) -> Channel:
    params = spec.get("params", [])
    own = spec.get("subscription")
    return Channel(
        name=name,
        pattern=spec.get("pattern") or ":".join([name, *(f"{{{p['name']}}}" for p in params)]),
        tables=(spec["table"], *spec.get("more_tables", [])),
        message=spec["message"],
        params=tuple(Param(p["name"], p["schema"]) for p in params),
        auth=bool(spec.get("auth", False)),
        interval=_duration(spec.get("interval")),
        subscription=None
        if own is None
        else ItemList(own["subscribe"], own["unsubscribe"], own["list"], own["item"], own.get("unsubscribe_item")),
        message_codecs=shape(spec["message"], _RESULT),
        stub=stub_mapping(spec.get("stub")),
    )


def stream(name: str, spec: Mapping[str, Any], schemas: Mapping[str, Any], shape: Shaper) -> WebSocketStream:
    """The typed configuration of the WebSocket stream `name`, from its spec section without notes and the
    structs its payloads refer to."""
    commands = spec.get("commands", {})
    held = spec.get("url_credential")
    return WebSocketStream(
        name=name,
        server=spec["server"],
        framing=framing(spec["protocol"]),
        path=spec.get("path"),
        compression=spec.get("compression", "none"),
        login=stream_login(spec["login"]) if "login" in spec else None,
        handshake=Handshake(spec["handshake"]["scheme"]) if "handshake" in spec else None,
        url_credential=url_credential(held),
        heartbeat=heartbeat(spec.get("heartbeat", {})),
        subscribe=spec.get("subscribe"),
        unsubscribe=spec.get("unsubscribe"),
        pushed=spec.get("subscriptions") == "none",
        rate_limits=dict(spec.get("rate_limits", {})),
        commands={n: command(n, c, shape, schemas) for n, c in sorted(commands.items())},
        channels={n: channel(n, c, shape) for n, c in sorted(spec.get("channels", {}).items())},
        schemas=dict(schemas),
        reply=spec.get("reply"),
        rejections={k: v for k, v in spec.get("rejections", {}).items() if k != "source"},
        sequence=sequence(spec.get("sequence")),
        state=tuple(state_view(n, v) for n, v in sorted(spec.get("state", {}).items()) if n != "source"),
    )


def state_view(name: str, spec: Mapping[str, Any]) -> StateView:
    return StateView(
        name=name,
        snapshot=spec["snapshot"],
        scope=spec["scope"],
        key=spec["key"],
        update=spec.get("update"),
        data=spec.get("data", "data"),
        drop={k: tuple(v) for k, v in spec.get("drop", {}).items()},
    )


def url_credential(spec: Mapping[str, Any] | None) -> UrlCredential | None:
    if spec is None:
        return None
    expiry = spec.get("on_expiry", {})
    return UrlCredential(
        create=spec["create"],
        field=spec["field"],
        keep_alive=spec.get("keep_alive"),
        every=_duration(spec.get("every")),
        expired_push=expiry.get("push"),
        close_code=expiry.get("close_code"),
        refused_close=spec.get("unknown_close_code"),
    )


def sequence(spec: Mapping[str, Any] | None) -> Sequence | None:
    if spec is None:
        return None
    return Sequence(spec["field"], tuple(spec["commands"]), tuple(spec.get("reset_by", ())))
