"""The intermediate representation: every decision templates need, made in plain Python."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from generator.loader import REF_PREFIX, Spec
from generator.naming import pascal, snake
from runtime.codecs import Codec, Options, codec_for
from runtime.codecs.bodies import Success
from runtime.codecs.shape import Shape, classes, shape_of

DOC_WIDTH = 92  # docstring text width; methods indent it by 8
# a parameter's codecs run as the client writes it and as the stub reads it; a result's, the other way
PARAM_DIRECTIONS = ("encode", "accept")
RESULT_DIRECTIONS = ("decode", "render")


@dataclass(frozen=True)
class ParamIR:
    wire: str
    python: str
    location: str  # path | query | body | header
    required: bool
    annotation: str  # Python type of the argument, as source text
    description: str
    schema: dict[str, Any]
    sample: Any  # a valid wire value, for tests and docs
    codec: Shape | None = None  # where codecs write (and the stub reads) the value: scaled amounts, times
    explode: bool = False  # a query array as repeated keys (a=1&a=2), not a comma list


@dataclass(frozen=True)
class EndpointIR:
    name: str
    method: str
    path: str
    summary: str
    description: str
    docs: str
    group: str
    auth: str | None  # scheme name, or None for public endpoints
    permission: str | None
    deprecated: bool
    params: tuple[ParamIR, ...]
    response_annotation: str  # Python type of the result, as source text
    response_schema: dict[str, Any]
    cost: dict[str, Any]
    max_items: dict[str, int]
    pagination: dict[str, Any] | None
    retry: dict[str, Any] | None
    examples: tuple[dict[str, Any], ...]
    notes: tuple[str, ...]
    lost_answer: str = ""  # what the client does when an order's answer is lost (order placements)
    reader: Shape | None = None  # where codecs read (and the stub writes) the result
    body_encoding: str = "json"
    success: Success | None = None  # a 201 or 204 answer (None: 200 with the result)

    @property
    def codec_classes(self) -> set[str]:
        """The codec and shape classes its constructor calls name."""
        found = classes(self.reader).union(*(classes(p.codec) for p in self.params))
        return found | ({"Success"} if self.success is not None else set())

    @property
    def pager(self) -> dict[str, Any] | None:
        """Page/limit or cursor pagination: these endpoints also get an auto-iterating method."""
        pages = self.pagination or {}
        iterable = pages.get("style") == "page" or (pages.get("style") == "cursor" and "next_cursor" in pages)
        return pages if iterable and self.response_schema.get("type") == "array" else None

    @property
    def item_annotation(self) -> str:
        return annotation(self.response_schema.get("items", {}), request=False)

    @property
    def iter_params(self) -> tuple[ParamIR, ...]:
        """The parameters of the iterating method: all but the page number or cursor it advances itself."""
        pages = self.pager or {}
        own = {pages.get("page"), pages.get("cursor")}
        return tuple(p for p in self.params if p.wire not in own)

    @property
    def required_params(self) -> tuple[ParamIR, ...]:
        return tuple(p for p in self.params if p.required)

    @property
    def optional_params(self) -> tuple[ParamIR, ...]:
        return tuple(p for p in self.params if not p.required)

    @property
    def docstring(self) -> str:
        """Summary, description, arguments and notes, as the method's docstring."""
        lines = [self.summary.rstrip(".") + "."]
        if self.description and self.description.strip() != self.summary.strip():
            lines += ["", *textwrap.wrap(_one_line(self.description), DOC_WIDTH)]
        lines += [
            "",
            f"``{self.method} {self.path}``"
            + ("" if self.auth is None else f" (signed, permission: {self.permission or 'any'})"),
        ]
        if self.deprecated:
            lines += ["", ".. deprecated:: The exchange no longer documents this endpoint."]
        if self.params:
            lines += ["", "Args:"]
            for p in self.params:
                text = (_one_line(p.description) or p.wire) + ("" if p.wire == p.python else f" (``{p.wire}``)")
                lines += textwrap.wrap(
                    f"{p.python}: {text}", DOC_WIDTH, initial_indent="    ", subsequent_indent="        "
                )
        if self.lost_answer:
            lines += [
                "",
                "Lost answers:",
                *textwrap.wrap(self.lost_answer, DOC_WIDTH, initial_indent="    ", subsequent_indent="    "),
            ]
        if self.notes:  # the spec's recorded choices and ambiguities, where users meet them
            lines += ["", "Notes:"]
            for note in self.notes:
                lines += textwrap.wrap(note, DOC_WIDTH, initial_indent="    - ", subsequent_indent="      ")
        if self.docs:
            lines += ["", f"Docs: {self.docs}"]
        return "\n".join(lines)


@dataclass(frozen=True)
class StreamCommandIR:
    name: str
    op: str
    summary: str
    docstring: str
    batch: bool
    auth: bool
    params: tuple[ParamIR, ...]  # fields of the payload (one item's, for a batch)
    data_annotation: str | None
    reply_annotation: str


@dataclass(frozen=True)
class StreamChannelIR:
    name: str
    pattern: str
    tables: tuple[str, ...]  # values of the push's channel field: the first, then any others
    summary: str
    docstring: str
    auth: bool
    params: tuple[ParamIR, ...]
    message_annotation: str
    interval: float | str | None  # the spec's duration between pushes when the channel is periodic
    subscription: dict[str, Any] | None  # the channel's own subscribe/unsubscribe commands


@dataclass(frozen=True)
class StreamIR:
    name: str
    class_name: str  # the sync client; the async one is Async + this
    summary: str
    commands: tuple[StreamCommandIR, ...]
    channels: tuple[StreamChannelIR, ...]
    spec: dict[str, Any]  # the runtime's view: protocol, login, heartbeat, server
    schemas: dict[str, Any]  # the structs command payloads refer to (to send numbers and strings right)
    command_table: tuple[
        tuple[str, str, str, bool, bool, Any], ...
    ]  # every command: name, op, reply type, batch, auth, payload schema


@dataclass(frozen=True)
class StreamEventIR:
    name: str  # the SSE event name
    summary: str
    private: bool  # only the connection of the account it concerns receives it
    message_annotation: str


@dataclass(frozen=True)
class EventStreamIR:
    """A Server-Sent Events stream: its generated client classes and the events they yield."""

    name: str
    class_name: str  # the sync client; the async one is Async + this
    summary: str
    config: dict[str, Any]  # the runtime's view (SseConfig.from_spec)
    events: tuple[StreamEventIR, ...]

    @property
    def data_annotation(self) -> str:
        """The type of an event's data: the union of every event's type."""
        return " | ".join(dict.fromkeys(e.message_annotation for e in self.events))


@dataclass(frozen=True)
class ApiIR:
    id: str
    title: str
    description: str
    docs: str
    endpoints: tuple[EndpointIR, ...]
    schemas: dict[str, Any]
    request_schemas: frozenset[str]  # structs users build (batch items); enums stay closed there
    config: dict[str, Any]  # servers, auth, errors, limits, retry: runtime data
    credentials: tuple[str, ...]
    stub: dict[str, Any] = field(default_factory=dict)  # what the generated stub server needs
    streams: tuple[StreamIR, ...] = ()
    envelope: dict[str, Any] | None = None  # how the API wraps each result (its `data` field names it)
    event_streams: tuple[EventStreamIR, ...] = ()  # the SSE streams (`streams` holds the WebSocket ones)

    @property
    def codec_imports(self) -> list[str]:
        """Names the client module imports from the runtime's codecs."""
        return sorted(set().union(*(ep.codec_classes for ep in self.endpoints)))

    @property
    def uses_datetime(self) -> bool:
        return any("datetime" in p.annotation for ep in self.endpoints for p in ep.params)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def build(spec: Spec) -> ApiIR:
    data = spec.data
    schemas: dict[str, Any] = data.get("schemas", {})
    auth = data.get("auth", {})
    default_cost = data.get("rate_limits", {}).get("default_cost", {})
    duplicates = data.get("retry", {}).get("client_order_ids", {}).get("duplicates", "accept")
    wire = Wire(data)
    endpoints = tuple(
        _endpoint(name, ep, auth, default_cost, schemas, duplicates, wire)
        for name, ep in sorted(data["endpoints"].items())
    )
    stream_payloads = [
        c.get("data") for st in data.get("streams", {}).values() for c in st.get("commands", {}).values()
    ]
    request_schemas = frozenset(
        {ref for ep in endpoints for p in ep.params for ref in _refs(p.schema, schemas)}
        | {ref for payload in stream_payloads for ref in _refs(payload, schemas)}
    )

    credentials = tuple(dict.fromkeys(c for s in auth.get("schemes", {}).values() for c in s["credentials"]))
    config = {
        "api": data["api"]["id"],
        "servers": data["servers"],
        "auth": auth,
        "errors": data.get("errors", {}),
        "rate_limits": data.get("rate_limits", {}),
        "retry": data.get("retry", {}),
        "response": data.get("response", {}),
        **({"scales": data["scales"]} if "scales" in data else {}),
    }
    api = data["api"]
    return ApiIR(
        id=api["id"],
        title=api["title"],
        description=_one_line(api.get("description", "")),
        docs=api["docs"],
        endpoints=endpoints,
        schemas=schemas,
        request_schemas=request_schemas,
        config=_strip_notes(config),
        credentials=credentials,
        stub=_stub_data(data),
        envelope=data.get("response", {}).get("envelope"),
        streams=tuple(
            _stream(name, stream, schemas)
            for name, stream in sorted(data.get("streams", {}).items())
            if stream["transport"] == "websocket"
        ),
        event_streams=tuple(
            _event_stream(name, stream)
            for name, stream in sorted(data.get("streams", {}).items())
            if stream["transport"] == "sse"
        ),
    )


class Wire:
    """How an API's values go on the wire: its codecs, by field schema, and where they act."""

    def __init__(self, data: dict[str, Any]) -> None:
        api = data["api"]
        self.options = Options(fraction_digits=api.get("date_time", {}).get("fraction_digits", 3))
        self.schemas: dict[str, Any] = data.get("schemas", {})
        self.body_encoding: str = api.get("body_encoding", "json")

    def codec(self, schema: Mapping[str, Any]) -> Codec | None:
        return codec_for(schema, self.options)

    def shape(self, schema: dict[str, Any] | None, directions: tuple[str, ...]) -> Shape | None:
        return shape_of(schema, self.schemas, self.codec, directions)


def _doc(summary: str, description: str, docs: str) -> str:
    lines = [summary.rstrip(".") + "."]
    if description and description.strip() != summary.strip():
        lines += ["", *textwrap.wrap(_one_line(description), DOC_WIDTH)]
    if docs:
        lines += ["", f"Docs: {docs}"]
    return "\n".join(lines)


def _fields(schema: dict[str, Any] | None, schemas: dict[str, Any]) -> tuple[ParamIR, ...]:
    """A payload struct's fields as keyword parameters (required first)."""
    if schema is None:
        return ()
    if "$ref" in schema:
        schema = schemas[schema["$ref"].removeprefix(REF_PREFIX)]
    required = set(schema.get("required", []))
    params = [
        _param(
            {
                "name": n,
                "in": "body",
                "required": n in required,
                "schema": sub,
                "description": sub.get("description", ""),
            }
        )
        for n, sub in schema.get("properties", {}).items()
    ]
    return tuple(sorted(params, key=lambda p: not p.required))


def _stream(name: str, stream: dict[str, Any], schemas: dict[str, Any]) -> StreamIR:
    commands = tuple(
        StreamCommandIR(
            name=cname,
            op=c["op"],
            summary=_one_line(c["summary"]),
            docstring=_doc(c["summary"], c.get("description", ""), c.get("docs", "")),
            batch=bool(c.get("batch", False)),
            auth=bool(c.get("auth", False)),
            params=() if c.get("batch") else _fields(c.get("data"), schemas),
            data_annotation=annotation(c["data"], request=True) if "data" in c else None,
            reply_annotation=annotation(c["reply"], request=False),
        )
        for cname, c in sorted(stream.get("commands", {}).items())
        if cname not in (stream.get("subscribe"), stream.get("unsubscribe"), stream.get("login", {}).get("command"))
    )
    channels = tuple(
        StreamChannelIR(
            name=cname,
            pattern=c.get("pattern") or ":".join([cname, *(f"{{{p['name']}}}" for p in c.get("params", []))]),
            tables=(c["table"], *c.get("more_tables", [])),
            summary=_one_line(c["summary"]),
            docstring=_doc(c["summary"], c.get("description", ""), c.get("docs", "")),
            auth=bool(c.get("auth", False)),
            params=tuple(_param(p) for p in c.get("params", [])),
            message_annotation=annotation(c["message"], request=False),
            interval=c.get("interval"),
            subscription=_strip_notes(c["subscription"]) if "subscription" in c else None,
        )
        for cname, c in sorted(stream.get("channels", {}).items())
    )
    runtime = {
        k: v
        for k, v in stream.items()
        if k in ("server", "protocol", "login", "heartbeat", "subscribe", "unsubscribe", "compression", "rate_limits")
    }
    costs = {cname: c["cost"] for cname, c in sorted(stream.get("commands", {}).items()) if "cost" in c}
    if costs:  # per-command rate-limit units (the runtime waits for them before sending)
        runtime["costs"] = costs
    data_refs = set().union(*(_refs(c.get("data"), schemas) for c in stream.get("commands", {}).values()))
    return StreamIR(
        name=name,
        class_name=pascal(name) + "Stream",
        summary=_one_line(stream.get("summary", "")),
        commands=commands,
        channels=channels,
        spec=_strip_notes(runtime),
        schemas={n: _strip_notes(schemas[n]) for n in sorted(data_refs)},
        command_table=tuple(
            (
                cname,
                c["op"],
                annotation(c["reply"], request=False),
                bool(c.get("batch")),
                bool(c.get("auth")),
                c.get("data"),
            )
            for cname, c in sorted(stream.get("commands", {}).items())
        ),
    )


def _event_stream(name: str, stream: dict[str, Any]) -> EventStreamIR:
    runtime = ("server", "path", "auth", "heartbeat", "retry", "history")
    return EventStreamIR(
        name=name,
        class_name=pascal(name) + "Stream",
        summary=_one_line(stream.get("summary", "")),
        config=_strip_notes({k: v for k, v in stream.items() if k in runtime}),
        events=tuple(
            StreamEventIR(
                name=event_name,
                summary=_one_line(event["summary"]),
                private=bool(event.get("auth", False)),
                message_annotation=annotation(event["message"], request=False),
            )
            for event_name, event in stream["events"].items()
        ),
    )


def _pager(ep: dict[str, Any]) -> dict[str, Any]:
    """An endpoint's pagination, with the page size its limit parameter defaults to."""
    pages = dict(ep["pagination"])
    limit = next((p for p in ep.get("params", []) if p["name"] == pages.get("limit")), None)
    pages["default_limit"] = (limit or {}).get("schema", {}).get("default", 10)
    return pages


def _stub_data(data: dict[str, Any]) -> dict[str, Any]:
    """The spec's stub section plus, per endpoint, its mapping, first example and response schema."""
    stub = _strip_notes(data.get("stub", {}))
    endpoints = data["endpoints"]
    return {
        **stub,
        "messages": {code: entry["message"] for code, entry in data.get("errors", {}).get("codes", {}).items()},
        "endpoints": {name: _strip_notes(ep["stub"]) for name, ep in sorted(endpoints.items()) if "stub" in ep},
        "examples": {
            name: ep["examples"][0]["response"] for name, ep in sorted(endpoints.items()) if ep.get("examples")
        },
        "responses": {name: _strip_notes(ep["response"]) for name, ep in sorted(endpoints.items())},
        "pagination": {name: _pager(ep) for name, ep in sorted(endpoints.items()) if "pagination" in ep},
        "schemas": _strip_notes(data.get("schemas", {})),
        "streams": _strip_notes(data.get("streams", {})),
    }


def _strip_notes(node: Any, *, names: bool = False) -> Any:
    """Runtime data keeps facts, not provenance or prose (a struct's property names all stay)."""
    if isinstance(node, dict):
        return {
            k: _strip_notes(v, names=k == "properties" and not names)
            for k, v in node.items()
            if names or k not in ("source", "description", "test_vectors", "x-source")
        }
    if isinstance(node, list):
        return [_strip_notes(v) for v in node]
    return node


def _refs(schema: Any, schemas: dict[str, Any], seen: set[str] | None = None) -> set[str]:
    """Names of every struct reachable from `schema`."""
    seen = set() if seen is None else seen
    if schema is None:
        return seen
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref.removeprefix(REF_PREFIX)
            if name not in seen:
                seen.add(name)
                _refs(schemas.get(name, {}), schemas, seen)
        for key, value in schema.items():
            if key not in ("examples", "default", "const", "enum"):
                _refs(value, schemas, seen)
    elif isinstance(schema, list):
        for value in schema:
            _refs(value, schemas, seen)
    return seen


def _retry(ep: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any] | None:
    """An endpoint's retry override; its client order id resolved to where it sits and what it is."""
    retry = ep.get("retry")
    if retry is None or "client_order_id" not in retry:
        return retry
    param_name, _, item_field = retry["client_order_id"].partition("[].")
    param = next(p for p in ep.get("params", []) if p["name"] == param_name)
    schema = param["schema"]
    if item_field:
        items = schema.get("items", {})
        if "$ref" in items:
            items = schemas[items["$ref"].removeprefix(REF_PREFIX)]
        schema = items.get("properties", {})[item_field]
    kind = schema.get("type")
    coid: dict[str, Any] = {"param": param_name}
    if item_field:
        coid["field"] = item_field
    if kind == "integer":
        coid.update(kind="integer", maximum=int(schema.get("maximum", 2**63 - 1)))
    else:
        coid.update(kind="string", max_length=int(schema.get("maxLength", 32)))
    return {**retry, "client_order_id": coid}


def _endpoint(
    name: str,
    ep: dict[str, Any],
    auth: dict[str, Any],
    default_cost: dict[str, Any],
    schemas: dict[str, Any],
    duplicates: str = "accept",
    wire: Wire | None = None,
) -> EndpointIR:
    mode = ep.get("auth", "none")
    scheme = None if mode == "none" else auth.get("default") if mode == "required" else mode
    order = {"path": 0, "query": 1, "body": 2, "header": 3}
    wire = wire or Wire({"api": {}, "schemas": schemas})
    params = tuple(
        sorted(
            (_param(p, wire) for p in ep.get("params", [])),
            key=lambda p: (not p.required, order[p.location]),
        )
    )
    success = ep.get("success")
    notes = tuple(_one_line(n) for n in _notes(ep))
    return EndpointIR(
        name=name,
        method=ep["method"],
        path=ep["path"],
        summary=_one_line(ep["summary"]),
        description=ep.get("description", ""),
        docs=ep.get("docs", ""),
        group=ep.get("group", "general"),
        auth=scheme,
        permission=ep.get("permission"),
        deprecated=bool(ep.get("deprecated", False)),
        params=params,
        response_annotation=annotation(ep["response"], request=False),
        response_schema=ep["response"],
        cost={k: v for k, v in {**default_cost, **ep.get("cost", {})}.items() if v},
        max_items=ep.get("max_items", {}),
        pagination=ep.get("pagination"),
        retry=_retry(ep, schemas),
        examples=tuple(ep.get("examples", [])),
        notes=notes,
        lost_answer=_lost_answer(ep.get("retry", {}), duplicates),
        reader=wire.shape(ep["response"], RESULT_DIRECTIONS),
        body_encoding=ep.get("body_encoding", wire.body_encoding),
        success=None if success is None else Success(success.get("status", 200), success.get("location")),
    )


def _lost_answer(retry: dict[str, Any], duplicates: str) -> str:
    """What happens to an order whose answer is lost, in words (for the method's docstring)."""
    if "client_order_id" not in retry:
        return ""
    field = retry["client_order_id"].partition("[].")[2] or retry["client_order_id"]
    made = f"The client makes a `{field}` when none is given, the same for every attempt. "
    duplicates = retry.get("duplicates", duplicates)
    if duplicates == "replay":
        return made + "The exchange answers a repeated one with the order already placed, so a lost answer is retried."
    if duplicates == "reject":
        return (
            made + "The exchange refuses a repeated one, so a lost answer is retried (a repeat that landed is refused)."
        )
    lookup = retry.get("lookup")
    if lookup is None:
        return made + (
            "The exchange may place a repeated order again, and no endpoint finds it by that id: a lost "
            "answer raises OutcomeUnknownError with the id, and the order is never sent again."
        )
    queries = ", ".join(dict.fromkeys(q["operation"] for q in lookup["queries"]))
    return made + (
        "The exchange may place a repeated order again, so a lost answer (dropped connection, timeout, "
        f"5xx, unreadable body) is never simply retried: {_duration(lookup.get('settle', 0))} after sending, "
        f"the client looks the order(s) up by that id ({queries}) and returns what it finds; an order is "
        "sent again only when the lookup shows it was not placed, and OutcomeUnknownError (with the ids) "
        "is raised when that cannot be told by the deadline."
    )


def _duration(value: Any) -> str:
    return f"{value} s" if isinstance(value, int | float) else str(value)


def _notes(node: Any) -> list[str]:
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("source", "x-source") and isinstance(value, dict) and "note" in value:
                out.append(value["note"])
            elif key != "examples":
                out += _notes(value)
    elif isinstance(node, list):
        for value in node:
            out += _notes(value)
    return out


def _param(p: dict[str, Any], wire: Wire | None = None) -> ParamIR:
    schema = p["schema"]
    return ParamIR(
        wire=p["name"],
        python=snake(p["name"]),
        location=p["in"],
        required=bool(p.get("required", False)),
        annotation=annotation(schema, request=True),
        description=p.get("description", "") or schema.get("description", ""),
        schema=schema,
        sample=p["example"] if "example" in p else sample_value(schema),
        codec=None if wire is None else wire.shape(schema, PARAM_DIRECTIONS),
        explode=bool(p.get("explode", False)),
    )


def annotation(schema: dict[str, Any], *, request: bool) -> str:
    """Python type (as source text) for a spec type schema.

    Requests get closed types (Literal for enums) so mistakes fail before sending; results
    get open ones (a new enum value from the exchange must not break users).
    """
    if "$ref" in schema:
        return "models." + str(schema["$ref"]).removeprefix(REF_PREFIX)
    if request and "enum" in schema:
        return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
    if request and "const" in schema:
        return f"Literal[{schema['const']!r}]"
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(annotation({**schema, "type": k}, request=request) for k in kind)
    python = user_type(schema)
    if python == "Decimal":
        return "DecimalLike" if request else "Decimal"
    if python is not None:
        return python
    if kind == "array":
        return f"list[{annotation(schema.get('items', {}), request=request)}]"
    if kind == "object":
        return "dict[str, Any]"
    return {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}.get(
        str(kind), "Any"
    )


def user_type(schema: dict[str, Any]) -> str | None:
    """The type a field's codec gives callers (Decimal, datetime), as source text; None: by its type."""
    codec = codec_for(schema)
    return None if codec is None else codec.python


def sample_value(schema: dict[str, Any]) -> Any:
    """A wire value that satisfies a simple param schema (used when the spec gives no example)."""
    for key in ("default", "const"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    if schema.get("examples"):
        return schema["examples"][0]
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    if schema.get("format") == "decimal":
        return str(Decimal(1)) if kind == "string" else 1
    if schema.get("format") == "date-time":
        return "2024-01-02T03:04:05.1234567Z"
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample_value(schema.get("items", {"type": "string"}))] if "$ref" not in schema.get("items", {}) else []
    return "x"
