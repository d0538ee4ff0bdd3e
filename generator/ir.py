"""The intermediate representation: every decision templates need, made in plain Python."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from generator.loader import REF_PREFIX, Spec, SpecError
from generator.located_yaml import Problem
from generator.naming import pascal, snake
from generator.typed import BuildError, at, operations, strip_notes, websocket
from generator.typed.api import api_config, shape_class, split_client_order_id
from generator.typed.sse import EVENT_DIRECTIONS, sse_config
from generator.typed.stub import stub_config
from runtime.codecs import Codec, Options, codec_for
from runtime.codecs.bodies import Success
from runtime.codecs.shape import Shape, classes, shape_of
from runtime.config import ApiConfig, RetryPolicy
from runtime.limits import PerItem
from runtime.operation import Pager
from runtime.stub.config import StubConfig
from runtime.transports.sse import SseConfig
from runtime.transports.websocket.config import WebSocketStream

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
    sign: tuple[str, str] | None = None  # signed by a client-only argument: its name, the negative value


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
    cost: Mapping[str, int | PerItem]  # rate-limit units by bucket
    max_items: dict[str, int]
    pagination: dict[str, Any] | None  # the spec's
    pages: Pager | None  # the runtime's
    retry: dict[str, Any] | None  # the spec's retry section (its client order id resolved)
    examples: tuple[dict[str, Any], ...]
    notes: tuple[str, ...]
    lost_answer: str = ""  # what the client does when an order's answer is lost (order placements)
    reader: Shape | None = None  # where codecs read (and the stub writes) the result
    body_encoding: str = "json"
    success: Success | None = None  # a 201 or 204 answer (None: 200 with the result)
    policy: RetryPolicy | None = None  # the runtime's retry policy, when the endpoint has its own
    server: str | None = None  # the named server it lives on (servers.environments.*.hosts)

    @property
    def codec_classes(self) -> set[str]:
        """The codec and shape classes its parameters' and reader's constructor calls name."""
        return classes(self.reader).union(*(classes(p.codec) for p in self.params))

    @property
    def iterating(self) -> Pager | None:
        """Page/limit, cursor or time-window pagination: these endpoints also get an auto-iterating method."""
        return self.pages if operations.iterates(self.pages, self.response_schema) else None

    @property
    def pager(self) -> dict[str, Any] | None:
        """The spec's pagination of an endpoint with an auto-iterating method."""
        return self.pagination if self.iterating is not None else None

    @property
    def item_annotation(self) -> str:
        return annotation(self.response_schema.get("items", {}), request=False)

    @property
    def iter_params(self) -> tuple[ParamIR, ...]:
        """The parameters of the iterating method: all but the page number or cursor it advances itself, and
        the order a time window is walked in (it sets that)."""
        pages = self.iterating
        own = set() if pages is None else {pages.page, pages.cursor, pages.ascending and pages.ascending[0]}
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
    config: WebSocketStream  # the runtime's view (typed; written as constructor calls)
    replies: tuple[tuple[str, str], ...]  # every command (login, subscribe ... too): name, reply type
    payloads: tuple[tuple[str, str], ...]  # every command with a payload: name, payload type


@dataclass(frozen=True)
class StreamEventIR:
    name: str  # the SSE event name
    summary: str
    private: bool  # only the connection of the account it concerns receives it
    message_annotation: str
    codecs: Shape | None  # where the codecs read its data (scaled integers, times)


@dataclass(frozen=True)
class EventStreamIR:
    """A Server-Sent Events stream: its generated client classes and the events they yield."""

    name: str
    class_name: str  # the sync client; the async one is Async + this
    summary: str
    config: SseConfig
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
    config: dict[str, Any]  # servers, auth, errors, limits, retry: the spec's sections
    credentials: tuple[str, ...]
    stub: dict[str, Any] = field(default_factory=dict)  # the spec's stub data (tests read it)
    streams: tuple[StreamIR, ...] = ()
    envelope: dict[str, Any] | None = None  # how the API wraps each result (its `data` field names it)
    event_streams: tuple[EventStreamIR, ...] = ()  # the SSE streams (`streams` holds the WebSocket ones)
    runtime: ApiConfig | None = None  # the runtime's typed configuration (config.py)
    stub_config: StubConfig | None = None  # the stub's (stub.py)
    example: tuple[str, ...] = ()  # the module docstring's example calls, as Python lines (spec api.example)

    @property
    def codec_imports(self) -> list[str]:
        """Names the client module imports from the runtime's codecs."""
        return sorted(set().union(*(ep.codec_classes for ep in self.endpoints)))

    @property
    def error_classes(self) -> tuple[tuple[str, str], ...]:
        """The classes of the API's error shapes (spec errors.shapes): (class name, shape name)."""
        shapes = self.runtime.errors.shapes if self.runtime is not None else ()
        return tuple((shape_class(s.name), s.name) for s in shapes)

    @property
    def package_names(self) -> list[str]:
        """The package's __all__, in ruff's order (constants, classes, modules)."""
        return [
            "CONFIG",
            "CREDENTIALS",
            *sorted(["AsyncClient", "Client", *(c for c, _ in self.error_classes)]),
            "errors",
            "models",
        ]

    @property
    def uses_datetime(self) -> bool:
        return any("datetime" in p.annotation for ep in self.endpoints for p in ep.params)

    @property
    def host_names(self) -> list[str]:
        """The named servers of the environments (the clients take their URLs as `hosts`)."""
        hosts = self.runtime.hosts if self.runtime is not None else {}
        return sorted({name for urls in hosts.values() for name in urls})

    @property
    def discovery_item(self) -> str | None:
        """The type of a discovered server's description (an item of the discovery operation's list), if any."""
        found = self.runtime.discovery if self.runtime is not None else None
        return next((ep.item_annotation for ep in self.endpoints if found and ep.name == found.operation), None)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def build(spec: Spec) -> ApiIR:
    """The IR of a loaded spec; a value the typed configuration cannot take is a SpecError where it is written."""
    try:
        return _build(spec.data)
    except BuildError as exc:
        raise SpecError([Problem(spec.at(*exc.pointer), f"the runtime cannot take this: {exc}")]) from None


def _build(data: dict[str, Any]) -> ApiIR:
    schemas: dict[str, Any] = data.get("schemas", {})
    auth = data.get("auth", {})
    default_cost = data.get("rate_limits", {}).get("default_cost", {})
    duplicates = data.get("retry", {}).get("client_order_ids", {}).get("duplicates", "accept")
    wire = Wire(data)
    runtime = api_config(data)
    endpoints = tuple(
        _endpoint(name, ep, auth, default_cost, schemas, duplicates, wire, runtime.retry)
        for name, ep in sorted(data["endpoints"].items())
    )
    stream_payloads = [
        c.get("data") for st in data.get("streams", {}).values() for c in st.get("commands", {}).values()
    ]
    request_schemas = frozenset(
        {ref for ep in endpoints for p in ep.params for ref in _refs(p.schema, schemas)}
        | {ref for payload in stream_payloads for ref in _refs(payload, schemas)}
    )

    credentials = tuple(dict.fromkeys(c for s in auth.get("schemes", {}).values() for c in _credentials_of(s)))
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
    streams = tuple(
        _stream(name, stream, schemas, wire)
        for name, stream in sorted(data.get("streams", {}).items())
        if stream["transport"] == "websocket"
    )
    return ApiIR(
        id=api["id"],
        title=api["title"],
        description=_one_line(api.get("description", "")),
        docs=api["docs"],
        endpoints=endpoints,
        schemas=schemas,
        request_schemas=request_schemas,
        config=strip_notes(config),
        credentials=credentials,
        stub=_stub_data(data, streams),
        runtime=runtime,
        stub_config=stub_config(data, {st.name: st.config for st in streams}, wire.shape),
        envelope=data.get("response", {}).get("envelope"),
        streams=streams,
        example=_example(api.get("example", []), endpoints),
        event_streams=tuple(
            _event_stream(name, stream, wire)
            for name, stream in sorted(data.get("streams", {}).items())
            if stream["transport"] == "sse"
        ),
    )


def _example(steps: list[dict[str, Any]], endpoints: tuple[EndpointIR, ...]) -> tuple[str, ...]:
    """The spec's example session as Python lines (`order = client.place_order(...)`), arguments by their
    Python names; a `{result: order.id}` value reads an earlier result's field."""
    if not steps:  # none chosen: the first endpoint
        return (f"result = client.{endpoints[0].name}(...)",) if endpoints else ()
    python = {ep.name: {p.wire: p.python for p in ep.params} for ep in endpoints}
    lines = []
    for step in steps:
        args = ", ".join(f"{python[step['call']][k]}={_py(v)}" for k, v in step.get("args", {}).items())
        lines.append(f"{step['as'] + ' = ' if 'as' in step else ''}client.{step['call']}({args})")
    return tuple(lines)


def _py(value: Any) -> str:
    """An example argument as Python source (a `{result: ...}` mapping: the expression it names)."""
    if isinstance(value, dict):
        if set(value) == {"result"}:
            return str(value["result"])
        return "{" + ", ".join(f"{k!r}: {_py(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_py(v) for v in value) + "]"
    return repr(value)


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


def _stream(name: str, stream: dict[str, Any], schemas: dict[str, Any], wire: Wire) -> StreamIR:
    payloads = [c.get("data") for c in stream.get("commands", {}).values()]
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
            subscription=strip_notes(c["subscription"]) if "subscription" in c else None,
        )
        for cname, c in sorted(stream.get("channels", {}).items())
    )
    return StreamIR(
        name=name,
        class_name=pascal(name) + "Stream",
        summary=_one_line(stream.get("summary", "")),
        commands=commands,
        channels=channels,
        config=websocket.stream(
            name,
            strip_notes(stream),
            {n: strip_notes(schemas[n]) for n in sorted(_refs(payloads, schemas))},
            lambda schema, directions: wire.shape(schema, directions),
        ),
        replies=tuple(
            (cname, annotation(c["reply"], request=False)) for cname, c in sorted(stream.get("commands", {}).items())
        ),
        payloads=tuple(
            (cname, annotation(c["data"], request=True))
            for cname, c in sorted(stream.get("commands", {}).items())
            if "data" in c
        ),
    )


def _event_stream(name: str, stream: dict[str, Any], wire: Wire) -> EventStreamIR:
    return EventStreamIR(
        name=name,
        class_name=pascal(name) + "Stream",
        summary=_one_line(stream.get("summary", "")),
        config=sse_config(name, stream),
        events=tuple(
            StreamEventIR(
                name=event_name,
                summary=_one_line(event["summary"]),
                private=bool(event.get("auth", False)),
                message_annotation=annotation(event["message"], request=False),
                codecs=wire.shape(event["message"], EVENT_DIRECTIONS),
            )
            for event_name, event in stream["events"].items()
        ),
    )


def _stub_data(data: dict[str, Any], websockets: tuple[StreamIR, ...] = ()) -> dict[str, Any]:
    """The spec's stub section plus, per endpoint, its mapping, first example and response schema; per
    stream its configuration (the WebSocket streams' typed)."""
    typed = {st.name: st.config for st in websockets}
    stub = strip_notes(data.get("stub", {}))
    endpoints = data["endpoints"]
    return {
        **stub,
        "endpoints": {name: strip_notes(ep["stub"]) for name, ep in sorted(endpoints.items()) if "stub" in ep},
        "responses": {name: strip_notes(ep["response"]) for name, ep in sorted(endpoints.items())},
        "schemas": strip_notes(data.get("schemas", {})),
        "streams": {name: typed.get(name) or strip_notes(st) for name, st in data.get("streams", {}).items()},
    }


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
    """An endpoint's retry section; its client order id resolved to where it sits and what it is."""
    retry = ep.get("retry")
    if retry is None or "client_order_id" not in retry:
        return retry
    coid = operations.client_order_id(ep, retry["client_order_id"], schemas)
    return {**retry, "client_order_id": {k: v for k, v in coid.items() if v is not None}}


def _endpoint(
    name: str,
    ep: dict[str, Any],
    auth: dict[str, Any],
    default_cost: dict[str, Any],
    schemas: dict[str, Any],
    duplicates: str = "accept",
    wire: Wire | None = None,
    base: RetryPolicy | None = None,
) -> EndpointIR:
    mode = ep.get("auth", "none")
    scheme = None if mode == "none" else auth.get("default") if mode == "required" else mode
    order = {"path": 0, "query": 1, "body": 2, "header": 3, "client": 4}
    wire = wire or Wire({"api": {}, "schemas": schemas})
    params = tuple(
        sorted(
            (_param(p, wire) for p in ep.get("params", [])),
            key=lambda p: (not p.required, order[p.location]),
        )
    )
    notes = tuple(_one_line(n) for n in _notes(ep))
    with at("endpoints", name):
        policy = operations.retry(ep, schemas, base or RetryPolicy())
        cost = operations.costs(ep, default_cost)
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
        cost=cost,
        max_items=ep.get("max_items", {}),
        pagination=ep.get("pagination"),
        pages=operations.pager(ep),
        retry=_retry(ep, schemas),
        examples=tuple(ep.get("examples", [])),
        notes=notes,
        lost_answer=_lost_answer(ep.get("retry", {}), duplicates),
        reader=wire.shape(ep["response"], RESULT_DIRECTIONS),
        body_encoding=ep.get("body_encoding", wire.body_encoding),
        success=operations.success(ep),
        policy=policy,
        server=ep.get("server"),
    )


def _lost_answer(retry: dict[str, Any], duplicates: str) -> str:
    """What happens to an order whose answer is lost, in words (for the method's docstring)."""
    if "client_order_id" not in retry:
        return ""
    param, item = split_client_order_id(retry["client_order_id"])
    field = item or param
    made = f"The client makes a `{field}` when none is given, the same for every attempt. "
    duplicates = retry.get("duplicates", duplicates)
    lookup = retry.get("lookup")
    if duplicates == "replay" and lookup is None:
        return made + "The exchange answers a repeated one with the order already placed, so a lost answer is retried."
    if duplicates == "reject":
        return (
            made + "The exchange refuses a repeated one, so a lost answer is retried (a repeat that landed is refused)."
        )
    if lookup is None:
        return made + (
            "The exchange may place a repeated order again, and no endpoint finds it by that id: a lost "
            "answer raises OutcomeUnknownError with the id, and the order is never sent again."
        )
    queries = ", ".join(dict.fromkeys(q["operation"] for q in lookup["queries"]))
    accepts = duplicates == "accept"
    repeats = "may place a repeated order again, so" if accepts else "answers a repeat with the order placed, yet"
    return made + (
        f"The exchange {repeats} a lost answer (dropped connection, timeout, "
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
        sign=(p["client_sign"]["by"], p["client_sign"]["negative_when"]) if "client_sign" in p else None,
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


def _credentials_of(scheme: dict[str, Any]) -> list[str]:
    """The credentials a client of the scheme may be given: its own, and a derived password's."""
    derived = scheme.get("password_alternative", {}).get("credential")
    return [*scheme["credentials"], *([derived] if derived else [])]
