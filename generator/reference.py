"""The API reference of one API, in Markdown, written from the spec and its IR (the one source of truth):
servers, auth schemes, errors with the typed exception each raises, rate limits; every endpoint by the
spec's `group` (method, path, auth and permission, parameters, result type, cost, retry and idempotency,
pagination, the docs link and provenance notes, inferred items flagged); every stream's commands, channels
and events; every struct with its fields. The package ships it as `<api>/REFERENCE.md`; `nox -s docs`
builds a browsable site from these files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from generator.inferred import inferred
from generator.ir import ApiIR, EndpointIR, EventStreamIR, ParamIR, StreamIR
from generator.loader import REF_PREFIX, Spec
from runtime.errors import ERROR_KINDS, APIError

INFERRED = "**inferred**"


def markdown(spec: Spec, api: ApiIR, version: str) -> str:
    """The whole reference of one API."""
    marks = dict(inferred(spec.data))
    parts = [
        _head(api, version),
        _servers(spec.data.get("servers", {})),
        _auth(spec.data.get("auth", {})),
        _errors(spec.data.get("errors", {})),
        _limits(spec.data.get("rate_limits", {})),
        *_endpoints(api, marks),
        *(_stream(st) for st in api.streams),
        *(_event_stream(st) for st in api.event_streams),
        _structs(api),
    ]
    return "\n\n".join(p.rstrip() for p in parts if p) + "\n"


def _cell(text: Any) -> str:
    """A value as one Markdown table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|") if text not in (None, "") else ""


def _table(head: Iterable[str], rows: Iterable[Iterable[Any]]) -> str:
    head = list(head)
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) if len(lines) > 2 else ""


def _head(api: ApiIR, version: str) -> str:
    groups = sorted({ep.group for ep in api.endpoints})
    contents = [f"- [{g}](#{_anchor(g)}) ({sum(ep.group == g for ep in api.endpoints)})" for g in groups]
    names = [st.name for st in api.streams] + [st.name for st in api.event_streams]
    contents += [f"- [stream `{name}`](#stream-{_anchor(name)})" for name in names]
    contents.append(f"- [structs](#structs) ({len(api.schemas)})")
    docs = f"Exchange docs: <{api.docs}>. " if api.docs else ""
    return (
        f"# {api.title} (`{api.id}`)\n\n{' '.join(api.description.split())}\n\n"
        f"{docs}Package version {version}. `from exchange_bindings.{api.id} import Client, AsyncClient`; "
        f"{len(api.endpoints)} endpoints, {len(api.streams) + len(api.event_streams)} streams, "
        f"{len(api.schemas)} structs. Items marked {INFERRED} are not in the exchange's docs: they follow the "
        f"model their note names (`python -m generator.inferred {api.id}` lists them).\n\n" + "\n".join(contents)
    )


def _anchor(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def _servers(servers: dict[str, Any]) -> str:
    rows = []
    for env, urls in servers.get("environments", {}).items():
        for name, url in urls.items():
            if isinstance(url, str) and "://" in url:
                rows.append((f"{env}{' (default)' if env == servers.get('default') else ''}", name, url))
            elif name == "streams":
                rows += [(env, f"stream {stream}", u) for stream, u in url.items()]
    return "## Servers\n\n" + _table(("environment", "what", "URL"), rows)


def _auth(auth: dict[str, Any]) -> str:
    rows = [
        (f"`{name}`", s["type"], ", ".join(f"`{c}`" for c in s.get("credentials", ())), _note(s))
        for name, s in auth.get("schemes", {}).items()
    ]
    return "## Authentication\n\nClients take the credentials as keyword arguments.\n\n" + _table(
        ("scheme", "type", "credentials", "notes"), rows
    )


def _note(item: dict[str, Any]) -> str:
    source = item.get("source") or item.get("x-source") or {}
    note = source.get("note", "") if isinstance(source, dict) else ""
    return f"{INFERRED}: {note}" if isinstance(source, dict) and source.get("inferred") else note


def _errors(errors: dict[str, Any]) -> str:
    rows = [
        (f"`{code}`", _cell(entry.get("message", "")), entry["kind"], f"`{_error_class(entry['kind'])}`")
        for code, entry in errors.get("codes", {}).items()
    ]
    statuses = [
        (f"HTTP {status}", "", kind, f"`{_error_class(kind)}`") for status, kind in errors.get("statuses", {}).items()
    ]
    return (
        "## Errors\n\nEvery refusal raises a subclass of `exchange_bindings.errors.APIError` by its kind; "
        "`error.code` is the code as the exchange sends it.\n\n"
        + _table(("code", "message", "kind", "raises"), [*rows, *statuses])
    )


def _error_class(kind: str) -> str:
    cls: type[APIError] = ERROR_KINDS.get(kind, APIError)
    return cls.__name__


def _limits(limits: dict[str, Any]) -> str:
    rows = [
        (f"`{name}`", b["limit"], b["per"], b.get("scope", ""), b.get("transport", "rest"), b.get("description", ""))
        for name, b in limits.get("buckets", {}).items()
    ]
    table = _table(("bucket", "limit", "per", "scope", "transport", "what"), rows)
    return (
        "## Rate limits\n\nClients wait for their budget before sending (see each endpoint's cost).\n\n" + table
        if table
        else ""
    )


def _endpoints(api: ApiIR, marks: dict[str, str]) -> Iterator[str]:
    for group in sorted({ep.group for ep in api.endpoints}):
        yield f"## {group}"
        for ep in sorted((e for e in api.endpoints if e.group == group), key=lambda e: e.name):
            yield _endpoint(ep, marks)


def _endpoint(ep: EndpointIR, marks: dict[str, str]) -> str:
    facts = [f"`{ep.method} {ep.path}`"]
    facts.append(
        f"auth: `{ep.auth}`" + (f" (permission `{ep.permission}`)" if ep.permission else "") if ep.auth else "public"
    )
    if ep.cost:
        facts.append("cost: " + ", ".join(f"`{b}` {c}" for b, c in ep.cost.items()))
    if ep.deprecated:
        facts.append("**deprecated**")
    if ep.docs:
        facts.append(f"[docs]({ep.docs})")
    lines = [f"### `{ep.name}`", "", f"{' '.join(ep.summary.split())}", "", " · ".join(facts), ""]
    if ep.description:
        lines += [" ".join(ep.description.split()), ""]
    if ep.params:
        lines += [_params(ep.params), ""]
    lines.append(f"Returns `{ep.response_annotation}`" + (f" (HTTP {ep.success.status})." if ep.success else "."))
    if ep.iterating is not None:
        lines.append(f"`iter_{ep.name}(...)` walks every page.")
    lines.append(_retry(ep))
    notes = [
        f"{INFERRED} `{where.removeprefix(f'endpoints/{ep.name}/')}`: {note}"
        for where, note in marks.items()
        if where.startswith(f"endpoints/{ep.name}/")
    ]
    notes += list(ep.notes)
    if notes:
        lines += ["", *(f"- {n}" for n in notes)]
    return "\n".join(lines)


def _retry(ep: EndpointIR) -> str:
    retry = ep.retry or {}
    if ep.lost_answer:
        return f"Retries: {ep.lost_answer}"
    idempotency = retry.get("idempotency")
    if idempotency == "never":
        return "Retries: never resent once it may have reached the exchange (not idempotent)."
    if idempotency == "client_order_id":
        return f"Retries: resent with the same client order id (`{retry.get('client_order_id', '')}`)."
    return (
        "Retries: safe to resend (idempotent)." if ep.method in ("GET", "DELETE") else "Retries: as the API's default."
    )


def _params(params: Iterable[ParamIR]) -> str:
    return _table(
        ("argument", "in", "type", "required", "description"),
        (
            (
                f"`{p.python}`" + (f" (`{p.wire}`)" if p.wire != p.python else ""),
                p.location,
                f"`{p.annotation}`",
                "yes" if p.required else "",
                p.description,
            )
            for p in params
        ),
    )


def _stream(st: StreamIR) -> str:
    lines = [
        f"## Stream `{st.name}`",
        "",
        f"WebSocket: {' '.join(st.summary.split())} Clients: `{st.class_name}`, `Async{st.class_name}`.",
        "",
    ]
    commands = _table(
        ("command", "sends", "fields", "reply", "signed in"),
        (
            (
                f"`{c.name}`",
                f"`{c.op}`",
                ", ".join(f"`{p.python}`" for p in c.params),
                f"`{c.reply_annotation}`",
                "yes" if c.auth else "",
            )
            for c in st.commands
        ),
    )
    channels = _table(
        ("channel", "pattern", "message", "signed in", "what"),
        (
            (f"`{c.name}`", f"`{c.pattern}`", f"`{c.message_annotation}`", "yes" if c.auth else "", c.summary)
            for c in st.channels
        ),
    )
    if commands:
        lines += ["### Commands", "", commands, ""]
    if channels:
        lines += ["### Channels", "", channels, ""]
    return "\n".join(lines)


def _event_stream(st: EventStreamIR) -> str:
    events = _table(
        ("event", "data", "to", "what"),
        (
            (f"`{e.name}`", f"`{e.message_annotation}`", "its owner" if e.private else "everyone", e.summary)
            for e in st.events
        ),
    )
    return f"## Stream `{st.name}`\n\nServer-Sent Events: {' '.join(st.summary.split())} Clients: `{st.class_name}`, `Async{st.class_name}`.\n\n{events}"


def _structs(api: ApiIR) -> str:
    parts = ["## Structs"]
    for name, schema in sorted(api.schemas.items()):
        parts.append(f"### `{name}`\n\n{_cell(schema.get('description', ''))}")
        if "enum" in schema:
            parts.append("One of: " + ", ".join(f"`{v}`" for v in schema["enum"]))
            continue
        required = set(schema.get("required", ()))
        rows = [
            (f"`{field}`", _type(sub), "yes" if field in required else "", sub.get("description", ""))
            for field, sub in schema.get("properties", {}).items()
        ]
        table = _table(("field", "type", "required", "description"), rows)
        if table:
            parts.append(table)
    return "\n\n".join(parts)


def _type(schema: dict[str, Any]) -> str:
    """A field's schema in a few words: its struct, its type and format, or a list of them."""
    if "$ref" in schema:
        return f"`{schema['$ref'].removeprefix(REF_PREFIX)}`"
    if schema.get("type") == "array":
        return f"list of {_type(schema.get('items', {}))}"
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " or ".join(_type(s) for s in schema[key])
    words = [str(schema.get("type", "any"))]
    if "format" in schema or "x-format" in schema:
        words.append(f"({schema.get('format') or schema.get('x-format')})")
    if "x-scale" in schema:
        words.append(
            f"(scaled: {schema['x-scale'].get('scale', '')})" if isinstance(schema["x-scale"], dict) else "(scaled)"
        )
    if "enum" in schema:
        words.append("one of " + ", ".join(f"`{v}`" for v in schema["enum"]))
    return " ".join(words)
