"""AsyncAPI 3.0 export of an API's streams, so event-driven tools (AsyncAPI Studio, generators, validators)
can read them. Built from the loaded spec, like the OpenAPI export: one server per stream and
environment, one channel per stream connection (a WebSocket or an event stream), a message per command,
reply, channel push and event, and an operation per command (`send`, with its reply) and per push or event
(`receive`). Our own facts ride along as `x-` fields: the subscription pattern of each channel and its
parameters, the login flow (the command that signs in and the scheme it uses), the protocol's field names.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from generator.loader import Spec
from generator.openapi import info_of, refs

ASYNCAPI = "3.0.0"
_KEY = re.compile(r"[^A-Za-z0-9_\-]")


def document(spec: Spec, version: str) -> dict[str, Any] | None:
    """The AsyncAPI document of one API's streams (None for an API without streams)."""
    data = spec.data
    streams = data.get("streams", {})
    if not streams:
        return None
    doc: dict[str, Any] = {
        "asyncapi": ASYNCAPI,
        "info": info_of(spec, version),
        "servers": {},
        "channels": {},
        "operations": {},
        "components": {"schemas": refs(data.get("schemas", {})), "messages": {}},
    }
    for name, stream in streams.items():
        servers = _servers(data.get("servers", {}), name, stream)
        doc["servers"].update(servers)
        _stream(doc, _key(name), stream, list(servers))
    return doc


def text(spec: Spec, version: str) -> str | None:
    found = document(spec, version)
    return None if found is None else json.dumps(found, indent=1, ensure_ascii=False) + "\n"


def _key(text: str) -> str:
    """An id AsyncAPI accepts as a component or map key."""
    return _KEY.sub("_", text)


def _servers(servers: dict[str, Any], name: str, stream: dict[str, Any]) -> dict[str, Any]:
    """Each environment's URL of the stream: its own under `streams`, else the server it names."""
    out = {}
    for env, urls in servers.get("environments", {}).items():
        url = urls.get("streams", {}).get(name) or urls.get(stream.get("server", ""))
        if not isinstance(url, str) or "://" not in url:
            continue
        parts = urlsplit(url)
        server: dict[str, Any] = {"host": parts.netloc, "protocol": parts.scheme}
        if parts.path not in ("", "/"):
            server["pathname"] = parts.path
        if stream.get("transport") == "sse":
            server["description"] = "Server-Sent Events (text/event-stream) over HTTP"
        out[f"{env}_{_key(name)}"] = server
    return out


def _stream(doc: dict[str, Any], name: str, stream: dict[str, Any], servers: list[str]) -> None:
    messages = doc["components"]["messages"]
    channel: dict[str, Any] = {
        "address": stream.get("path") or None,
        "title": name,
        "description": " ".join(str(stream.get("summary", "")).split()),
        "servers": [{"$ref": f"#/servers/{s}"} for s in servers],
        "messages": {},
        "x-transport": stream.get("transport", "websocket"),
    }
    for field in ("protocol", "subscribe", "unsubscribe", "heartbeat"):
        if field in stream:
            channel[f"x-{field}"] = refs(stream[field])
    doc["channels"][name] = channel
    here = {"$ref": f"#/channels/{name}"}

    def message(key: str, title: str, payload: Any, summary: str = "") -> dict[str, str]:
        messages[key] = {"name": title, "payload": refs(payload) if payload else {"type": "object"}}
        if summary:
            messages[key]["summary"] = " ".join(summary.split())
        channel["messages"][key] = {"$ref": f"#/components/messages/{key}"}
        return {"$ref": f"#/channels/{name}/messages/{key}"}

    login = stream.get("login", {}).get("command")
    for cmd, spec in stream.get("commands", {}).items():
        sent = message(_key(f"{name}_{cmd}"), spec.get("op", cmd), spec.get("data"), spec.get("summary", ""))
        operation: dict[str, Any] = {"action": "send", "channel": here, "messages": [sent]}
        if spec.get("reply"):
            replied = message(_key(f"{name}_{cmd}_reply"), f"{spec.get('op', cmd)} reply", spec["reply"])
            operation["reply"] = {"channel": here, "messages": [replied]}
        if cmd == login:
            operation["x-login"] = {"scheme": stream["login"].get("scheme"), "data": stream["login"].get("data")}
        doc["operations"][_key(f"{name}_{cmd}")] = operation
    for ch, spec in stream.get("channels", {}).items():
        pushed = message(_key(f"{name}_{ch}"), ch, spec.get("message"), spec.get("summary", ""))
        operation = {"action": "receive", "channel": here, "messages": [pushed], "x-pattern": spec.get("pattern")}
        if spec.get("params"):
            operation["x-parameters"] = refs(spec["params"])
        doc["operations"][_key(f"{name}_{ch}")] = operation
    for event, spec in stream.get("events", {}).items():
        pushed = message(_key(f"{name}_{event}"), event, spec.get("message"), spec.get("summary", ""))
        doc["operations"][_key(f"{name}_{event}")] = {"action": "receive", "channel": here, "messages": [pushed]}
