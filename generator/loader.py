"""Load an API spec folder, validate it against spec.schema.json and its own cross-references.

Every problem is reported as `file:line:col: message`, all of them in one pass.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from generator.codec_checks import CodecChecks
from generator.located_yaml import LocatedDocument, Location, Pointer, Problem, load_located
from generator.naming import RESERVED_ARGUMENTS, snake
from generator.template_uses import resolve_uses
from generator.typed import BuildError
from generator.typed.api import split_client_order_id
from generator.typed.auth import scheme as build_scheme
from runtime.auth import SCHEMES
from runtime.transports import TRANSPORTS

SPEC_DIR = Path(__file__).resolve().parent.parent / "spec"
SCHEMA_FILE = SPEC_DIR / "spec.schema.json"
# Top-level keys whose entries may be spread over several files of one API folder.
MERGED_SECTIONS = ("endpoints", "schemas", "streams")
REF_PREFIX = "#/schemas/"
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


class SpecError(Exception):
    """A spec failed validation; `problems` holds every finding."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (str(p.where.file), p.where.line, p.where.col))
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class Spec:
    """One API's merged spec: plain data, and where each value was written."""

    api_id: str
    folder: Path
    doc: LocatedDocument

    @property
    def data(self) -> dict[str, Any]:
        return self.doc.data

    def at(self, *pointer: str | int) -> Location:
        return self.doc.at(pointer)


@cache
def format_schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return loaded


def api_folders(root: Path = SPEC_DIR) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("*.yaml")))


def load_spec(folder: Path) -> Spec:
    """Load and validate one API folder; raise SpecError listing every problem."""
    problems: list[Problem] = []
    merged = LocatedDocument(data={}, fallback=Location(folder, 1, 1))
    validator = jsonschema.Draft202012Validator(format_schema())
    for path in sorted(folder.glob("*.yaml")):
        doc, found = load_located(path)
        problems += found
        if doc is None:
            continue
        problems += _schema_problems(validator, doc)
        _merge(merged, doc, problems)
    if not problems:
        resolve_uses(merged, problems)
    spec = Spec(api_id=folder.name, folder=folder, doc=merged)
    if not problems:  # cross-checks assume the shapes the format schema guarantees
        problems += CrossCheck(spec).run()
    if problems:
        raise SpecError(problems)
    return spec


def _schema_problems(validator: jsonschema.Draft202012Validator, doc: LocatedDocument) -> list[Problem]:
    out: list[Problem] = []
    for error in validator.iter_errors(doc.data):
        error = _deepest(error)
        pointer: Pointer = tuple(error.absolute_path)
        is_key = error.validator in ("additionalProperties", "propertyNames")
        where = doc.at(pointer, key=is_key)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            schema = error.schema if isinstance(error.schema, dict) else {}
            allowed = set(schema.get("properties", {}))
            for key in error.instance:
                if key not in allowed and not key.startswith("x-"):
                    out.append(Problem(doc.at((*pointer, key), key=True), f"unknown key '{key}'" + _in(pointer)))
            continue
        out.append(Problem(where, _short(error.message) + _in(pointer)))
    return out


def _deepest(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """For oneOf/anyOf failures, the sub-error that got furthest explains the problem best."""
    while error.context:
        error = max(error.context, key=lambda e: (len(e.absolute_path), -len(e.message)))
    return error


def _short(message: str, limit: int = 160) -> str:
    return message if len(message) <= limit else message[: limit - 3] + "..."


def _in(pointer: Pointer) -> str:
    return f" (at {'/'.join(str(p) for p in pointer)})" if pointer else ""


def _merge(merged: LocatedDocument, doc: LocatedDocument, problems: list[Problem]) -> None:
    taken: list[Pointer] = []  # the prefixes whose locations move into `merged`
    for key, value in doc.data.items():
        pointer: Pointer = (key,)
        if key in MERGED_SECTIONS and isinstance(value, dict):
            section = merged.data.setdefault(key, {})
            merged.locations.setdefault(pointer, doc.locations[pointer])
            for name, item in value.items():
                if name in section:
                    first = merged.at((key, name), key=True)
                    problems.append(
                        Problem(
                            doc.at((key, name), key=True), f"duplicate {key[:-1]} '{name}' (first defined at {first})"
                        )
                    )
                    continue
                section[name] = item
                taken.append((key, name))
        elif key in merged.data:
            first = merged.at(pointer, key=True)
            problems.append(Problem(doc.at(pointer, key=True), f"section '{key}' is already defined at {first}"))
        else:
            merged.data[key] = value
            taken.append(pointer)
    _copy_locations(merged, doc, set(taken))


def _copy_locations(merged: LocatedDocument, doc: LocatedDocument, prefixes: set[Pointer]) -> None:
    """Every location in `doc` under one of `prefixes` (of one or two parts), in one pass."""
    for table_name in ("locations", "key_locations"):
        source: dict[Pointer, Location] = getattr(doc, table_name)
        target: dict[Pointer, Location] = getattr(merged, table_name)
        for pointer, where in source.items():
            if pointer[:1] in prefixes or pointer[:2] in prefixes:
                target[pointer] = where


class CrossCheck:
    """Checks that JSON Schema cannot express: references, names, path templates, examples."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.data = spec.data
        self.problems: list[Problem] = []

    def report(self, pointer: Pointer, message: str, *, key: bool = False) -> None:
        self.problems.append(Problem(self.spec.doc.at(pointer, key=key), message))

    def run(self) -> list[Problem]:
        for required in ("api", "servers", "endpoints"):
            if required not in self.data:
                self.report((), f"the API has no '{required}' section in any file of {self.spec.folder}")
        if self.problems:
            return self.problems
        self.check_api()
        self.check_auth()
        self.check_limits()
        self.check_refs(self.data, ())
        self.check_unions(self.data, ())
        # Examples are validated against resolved schemas, so only once every $ref resolves.
        self.check_endpoints(examples=not self.problems)
        self.check_stub()
        self.check_streams(examples=not self.problems)
        self.check_example()
        CodecChecks(self.data, self.report).run()
        return self.problems

    # -- sections -------------------------------------------------------------------------
    def check_api(self) -> None:
        if self.data["api"]["id"] != self.spec.api_id:
            self.report(
                ("api", "id"), f"api id '{self.data['api']['id']}' must equal the folder name '{self.spec.api_id}'"
            )
        servers = self.data["servers"]
        if servers["default"] not in servers["environments"]:
            self.report(
                ("servers", "default"),
                f"default environment '{servers['default']}' is not among {sorted(servers['environments'])}",
            )
        if servers["environments"].get(servers["default"], {}).get("rest", "") is None:
            self.report(("servers", "default"), "the default environment needs a rest URL")
        discovery = servers.get("discovery")
        if discovery is not None and discovery["operation"] not in self.data["endpoints"]:
            self.report(("servers", "discovery", "operation"), f"unknown operation '{discovery['operation']}'")

    def check_example(self) -> None:
        """The docstring example calls endpoints with their parameters, every required one given, and
        reads only results it bound before."""
        bound: set[str] = set()
        for i, step in enumerate(self.data["api"].get("example", [])):
            at: Pointer = ("api", "example", i)
            ep = self.data["endpoints"].get(step["call"])
            if ep is None:
                self.report((*at, "call"), f"no endpoint '{step['call']}'")
                continue
            params = {p["name"]: p for p in ep.get("params", [])}
            args = step.get("args", {})
            for name, value in args.items():
                if name not in params:
                    self.report((*at, "args", name), f"'{step['call']}' has no parameter '{name}'", key=True)
                for read in _results(value):
                    if re.split(r"[.\[]", read)[0] not in bound:
                        self.report((*at, "args", name), f"no earlier call's result is named '{read}'")
            for name in sorted(n for n, p in params.items() if p.get("required") and n not in args):
                self.report((*at, "args"), f"'{step['call']}' needs its required parameter '{name}'")
            bound.update([step["as"]] if "as" in step else [])

    def check_auth(self) -> None:
        auth = self.data.get("auth")
        if auth is None:
            return
        schemes: dict[str, Any] = auth["schemes"]
        if "default" in auth and auth["default"] not in schemes:
            self.report(("auth", "default"), f"unknown auth scheme '{auth['default']}'; declared: {sorted(schemes)}")
        for name, others in auth.get("alternatives", {}).items():
            for i, other in enumerate([name, *others]):
                if other not in schemes:
                    where = ("auth", "alternatives", name, *((i - 1,) if i else ()))
                    self.report(where, f"unknown auth scheme '{other}'; declared: {sorted(schemes)}")
        for name, scheme in schemes.items():
            at: Pointer = ("auth", "schemes", name)
            if scheme["type"] not in SCHEMES:
                self.report(
                    (*at, "type"),
                    f"no plug-in implements auth scheme type '{scheme['type']}'; known: {sorted(SCHEMES)}",
                )
                continue
            try:
                build_scheme(name, scheme)
            except BuildError as exc:
                self.report(at, f"the {scheme['type']} plug-in refuses this scheme: {exc}")
                continue
            creds = set(scheme["credentials"])
            for part, used in _credentials_used(scheme):
                if unknown := used - creds:
                    self.report((*at, part), f"names {sorted(unknown)}, which are not credentials {sorted(creds)}")
            for role in ("login", "refresh", "logout"):
                operation = scheme.get(role, {}).get("operation") if scheme["type"] == "jwt_session" else None
                if operation is not None and operation not in self.data.get("endpoints", {}):
                    self.report((*at, role, "operation"), f"'{operation}' is not an endpoint")
            for i, ticket in enumerate(scheme.get("tickets", ()) if scheme["type"] == "jwt_session" else ()):
                params = {
                    p["name"] for p in self.data.get("endpoints", {}).get(ticket["operation"], {}).get("params", [])
                }
                if ticket["param"] not in params:
                    self.report(
                        (*at, "tickets", i), f"'{ticket['operation']}' is not an endpoint taking '{ticket['param']}'"
                    )
            if scheme["type"] == "hmac":
                if scheme["secret"] not in creds:
                    self.report(
                        ("auth", "schemes", name, "secret"),
                        f"secret '{scheme['secret']}' is not one of the credentials {sorted(creds)}",
                    )
                known = creds | {"timestamp", "nonce", "signature"}
                for header, template in {**scheme.get("headers", {}), **scheme.get("optional_headers", {})}.items():
                    for field in re.findall(r"\{([^{}]*)\}", template):
                        if field not in known:
                            self.report(
                                ("auth", "schemes", name, "headers", header),
                                f"header template uses unknown field '{field}'; known: {sorted(known)}",
                            )

    def check_limits(self) -> None:
        limits = self.data.get("rate_limits", {})
        self.check_cost(limits.get("default_cost", {}), ("rate_limits", "default_cost"), params=None)

    def check_cost(self, cost: dict[str, Any], pointer: Pointer, params: set[str] | None) -> None:
        buckets = self.data.get("rate_limits", {}).get("buckets", {})
        for bucket, amount in cost.items():
            if bucket not in buckets:
                self.report(
                    (*pointer, bucket), f"unknown rate-limit bucket '{bucket}'; declared: {sorted(buckets)}", key=True
                )
            if isinstance(amount, dict) and params is not None and amount["per_item"] not in params:
                self.report(
                    (*pointer, bucket, "per_item"),
                    f"per_item names '{amount['per_item']}', which is not a body parameter",
                )

    def check_client_order_id(self, at: Pointer, ep: dict[str, Any], params: list[dict[str, Any]]) -> None:
        """A client order id names a parameter (or a field of each item of a list parameter) that
        holds an integer or a string, on an endpoint whose idempotency relies on it."""
        retry = ep.get("retry", {})
        if "client_order_id" not in retry:
            return
        where: Pointer = (*at, "retry", "client_order_id")
        if retry.get("idempotency") != "client_order_id":
            self.report(where, "a client order id is used only with idempotency: client_order_id")
        name, item_field = split_client_order_id(retry["client_order_id"])
        param = next((p for p in params if p["name"] == name), None)
        if param is None:
            self.report(where, f"client_order_id names '{name}', which is not a parameter")
            return
        schema: dict[str, Any] = param["schema"]
        if item_field:
            items = schema.get("items", {}) if schema.get("type") == "array" else None
            if items is not None and "$ref" in items:
                items = self.data.get("schemas", {}).get(str(items["$ref"]).removeprefix(REF_PREFIX))
            schema = (items or {}).get("properties", {}).get(item_field)
            if schema is None:
                self.report(where, f"'{name}' is not a list of objects with a field '{item_field}'")
                return
        if schema.get("type") not in ("integer", "string"):
            self.report(where, f"a client order id must be an integer or a string, not {schema.get('type')!r}")

    def check_lookup(self, at: Pointer, ep: dict[str, Any]) -> None:
        """A lookup lists orders through GET endpoints of this API, with arguments they take, made
        of the call's params, the batch item and the client order id."""
        retry = ep.get("retry", {})
        lookup = retry.get("lookup")
        if lookup is None:
            return
        where: Pointer = (*at, "retry", "lookup")
        if "client_order_id" not in retry:
            self.report(where, "a lookup finds orders by their client order id: declare retry.client_order_id")
        batch = split_client_order_id(retry.get("client_order_id", ""))[1] is not None
        endpoints = self.data["endpoints"]
        for i, query in enumerate(lookup["queries"]):
            target = endpoints.get(query["operation"])
            if target is None:
                self.report((*where, "queries", i, "operation"), f"unknown operation '{query['operation']}'")
                continue
            if target["method"] != "GET":
                self.report((*where, "queries", i, "operation"), f"'{query['operation']}' is not a GET endpoint")
            names = {p["name"] for p in target.get("params", [])}
            for arg, template in query.get("args", {}).items():
                if arg not in names:
                    self.report(
                        (*where, "queries", i, "args", arg), f"'{query['operation']}' takes no '{arg}'", key=True
                    )
                for ref in re.findall(r"\{([^{}]*)\}", str(template)):
                    root = ref.split(".")[0]
                    if root not in ("params", "id", *(("item",) if batch else ())):
                        self.report(
                            (*where, "queries", i, "args", arg),
                            f"'{{{ref}}}': arguments refer to params, id{', item' if batch else ''}",
                        )

    def check_refs(self, node: Any, pointer: Pointer) -> None:
        schemas = self.data.get("schemas", {})
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.removeprefix(REF_PREFIX) not in schemas:
                self.report((*pointer, "$ref"), f"dangling $ref '{ref}': no schema of that name")
            for key, value in node.items():
                if key not in ("examples", "example"):
                    self.check_refs(value, (*pointer, key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                self.check_refs(value, (*pointer, i))

    def check_unions(self, node: Any, pointer: Pointer) -> None:
        """Structs decode with msgspec: a union holds at most one object type and one array type."""
        if isinstance(node, dict):
            for key in ("anyOf", "oneOf"):
                shapes = [self.shape(alt) for alt in node.get(key, []) if isinstance(alt, dict)]
                for shape in ("object", "array"):
                    if shapes.count(shape) > 1:
                        self.report(
                            (*pointer, key),
                            f"{key} has {shapes.count(shape)} {shape} alternatives; a decodable union has at most one",
                        )
            for key, value in node.items():
                if key not in ("examples", "example"):
                    self.check_unions(value, (*pointer, key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                self.check_unions(value, (*pointer, i))

    def shape(self, schema: dict[str, Any]) -> str:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            schema = self.data.get("schemas", {}).get(ref.removeprefix(REF_PREFIX), {})
        kind = schema.get("type")
        return kind if kind in ("object", "array") else "other"

    def check_endpoints(self, *, examples: bool) -> None:
        auth = self.data.get("auth", {})
        schemes = auth.get("schemes", {})
        permissions = auth.get("permissions", {})
        routes: dict[tuple[str, str], str] = {}
        for name, ep in self.data["endpoints"].items():
            at: Pointer = ("endpoints", name)
            route = (ep["method"], re.sub(_PATH_PARAM, "{}", ep["path"]))
            if route in routes:
                self.report((*at, "path"), f"{ep['method']} {ep['path']} is also operation '{routes[route]}'")
            routes.setdefault(route, name)
            if "server" in ep and not any(ep["server"] in e.get("hosts", {}) for e in self._environments()):
                self.report((*at, "server"), f"server '{ep['server']}' is not a host of any environment")
            mode = ep.get("auth", "none")
            if mode == "required" and "default" not in auth:
                self.report((*at, "auth"), "auth 'required' needs auth.default to name a scheme")
            elif mode not in ("none", "required") and mode not in schemes:
                self.report(
                    (*at, "auth"), f"unknown auth scheme '{mode}'; declared: {sorted(schemes)} (or 'none', 'required')"
                )
            scheme = schemes.get(auth.get("default") if mode == "required" else mode, {})
            plugin = SCHEMES.get(scheme.get("type", ""))
            if plugin is not None and not plugin.rest:
                self.report((*at, "auth"), f"a {plugin.type} scheme does not sign REST requests")
            if scheme.get("type") == "hmac" and not scheme.get("headers"):
                self.report(
                    (*at, "auth"),
                    "a REST endpoint needs an hmac scheme with headers (this one only signs stream logins)",
                )
            if "permission" in ep and ep["permission"] not in permissions:
                self.report(
                    (*at, "permission"), f"unknown permission '{ep['permission']}'; declared: {sorted(permissions)}"
                )
            params: list[dict[str, Any]] = ep.get("params", [])
            self.check_params(at, ep, params)
            body = {p["name"] for p in params if p["in"] == "body"}
            self.check_cost(ep.get("cost", {}), (*at, "cost"), params=body)
            self.check_client_order_id(at, ep, params)
            self.check_lookup(at, ep)
            for param_name in ep.get("max_items", {}):
                if param_name not in body:
                    self.report(
                        (*at, "max_items", param_name),
                        f"max_items names '{param_name}', which is not a body parameter",
                        key=True,
                    )
            wire = {p["name"] for p in params}
            for role, named in ep.get("pagination", {}).items():
                param_name = named["param"] if role == "ascending" else named
                if (
                    role not in ("style", "max_window", "has_next", "next_cursor", "next_time")
                    and param_name not in wire
                ):
                    self.report(
                        (*at, "pagination", role), f"pagination {role} names '{param_name}', which is not a parameter"
                    )
            if examples:
                self.check_examples(at, ep)

    def check_streams(self, *, examples: bool) -> None:
        schemes = self.data.get("auth", {}).get("schemes", {})
        for name, stream in self.data.get("streams", {}).items():
            at: Pointer = ("streams", name)
            if stream["transport"] not in TRANSPORTS:
                self.report(
                    (*at, "transport"),
                    f"no plug-in implements transport '{stream['transport']}'; known: {', '.join(sorted(TRANSPORTS))}",
                )
                continue
            self.check_stream_server(at, stream["server"])
            if stream["transport"] == "sse":
                self.check_event_stream(at, stream, examples=examples)
                continue
            login = stream.get("login")
            if login is not None:
                plugin = self.stream_scheme((*at, "login", "scheme"), login["scheme"], schemes)
                if plugin is not None and not plugin.stream:
                    self.report((*at, "login", "scheme"), f"a {plugin.type} scheme does not log in on streams")
                elif plugin is not None and plugin.challenge and "challenge" not in login:
                    self.report(
                        (*at, "login"), f"a {plugin.type} login signs the server's nonce: say where (challenge)"
                    )
                if login["command"] not in stream.get("commands", {}):
                    self.report(
                        (*at, "login", "command"), f"login command '{login['command']}' is not among the commands"
                    )
            self.check_stream_access(at, stream, schemes)
            for role in ("subscribe", "unsubscribe"):
                if role in stream and stream[role] not in stream.get("commands", {}):
                    self.report((*at, role), f"{role} command '{stream[role]}' is not among the commands")
            for role, bucket in stream.get("rate_limits", {}).items():
                if bucket not in self.data.get("rate_limits", {}).get("buckets", {}):
                    self.report((*at, "rate_limits", role), f"unknown rate-limit bucket '{bucket}'")
            for command_name, command in stream.get("commands", {}).items():
                self.check_cost(command.get("cost", {}), (*at, "commands", command_name, "cost"), params=None)
                endpoint = command.get("stub", {}).get("endpoint")
                if endpoint is not None and "stub" not in self.data["endpoints"].get(endpoint, {}):
                    self.report(
                        (*at, "commands", command_name, "stub", "endpoint"),
                        f"endpoint '{endpoint}' is not an endpoint with a stub mapping",
                    )
            codes = self.data.get("errors", {}).get("codes", {})
            for reason, code in stream.get("rejections", {}).items():
                if reason != "source" and code not in codes:
                    self.report((*at, "rejections", reason), f"rejection code '{code}' is not in errors.codes")
            for channel_name, channel in stream.get("channels", {}).items():
                declared = {p["name"] for p in channel.get("params", [])}
                where: Pointer = (*at, "channels", channel_name)
                if "subscription" in channel:
                    item = json.dumps(channel["subscription"]["item"])
                    if unknown := set(_PATH_PARAM.findall(item)) - declared:
                        self.report(
                            (*where, "subscription", "item"), f"item parameters {sorted(unknown)} are not params"
                        )
                elif "pattern" not in channel and stream.get("subscriptions") != "none":
                    self.report(where, "a channel needs a pattern (for the subscribe command) or its own subscription")
                elif declared != (used := set(_PATH_PARAM.findall(channel.get("pattern", "")))):
                    self.report(
                        (*where, "pattern"), f"pattern parameters {sorted(used)} differ from params {sorted(declared)}"
                    )
            if examples:
                self.check_stream_examples(at, stream)

    def stream_scheme(self, where: Pointer, name: str, schemes: dict[str, Any]) -> Any:
        """The plug-in of the auth scheme a stream names (None, reported, when the API has no such scheme)."""
        if name not in schemes:
            self.report(where, f"unknown auth scheme '{name}'")
            return None
        return SCHEMES.get(schemes[name].get("type", ""))

    def check_stream_access(self, at: Pointer, stream: dict[str, Any], schemes: dict[str, Any]) -> None:
        """A handshake names a scheme whose client side can sign it; a URL credential names operations
        there are, and the path holds it."""
        handshake = stream.get("handshake")
        if handshake is not None:
            plugin = self.stream_scheme((*at, "handshake", "scheme"), handshake["scheme"], schemes)
            if plugin is not None and not plugin.rest:
                self.report((*at, "handshake", "scheme"), f"a {plugin.type} scheme does not sign requests")
        held = stream.get("url_credential")
        if held is None:
            return
        for role in ("create", "keep_alive"):
            if role in held and held[role] not in self.data["endpoints"]:
                self.report((*at, "url_credential", role), f"unknown operation '{held[role]}'")
        if "{" + held["field"] + "}" not in stream.get("path", ""):
            self.report((*at, "url_credential", "field"), f"the stream's path has no {{{held['field']}}} to hold it")

    def _environments(self) -> list[dict[str, Any]]:
        return list(self.data["servers"]["environments"].values())

    def check_stream_server(self, at: Pointer, server: str) -> None:
        """A stream's server is a URL every environment gives (rest, ws, or one of its streams), but one
        with no URLs of its own (rest null: the user gives them)."""
        lacking = [
            env
            for env, urls in self.data["servers"]["environments"].items()
            if server not in urls and server not in urls.get("streams", {}) and urls.get("rest", "") is not None
        ]
        if lacking:
            self.report((*at, "server"), f"server '{server}' is not a URL of environment(s) {', '.join(lacking)}")

    def check_event_stream(self, at: Pointer, stream: dict[str, Any], *, examples: bool) -> None:
        scheme = stream.get("auth", {}).get("scheme")
        schemes = self.data.get("auth", {}).get("schemes", {})
        if scheme is not None and scheme not in schemes:
            self.report((*at, "auth", "scheme"), f"unknown auth scheme '{scheme}'; declared: {sorted(schemes)}")
        for event_name, event in stream["events"].items():
            where: Pointer = (*at, "events", event_name)
            if "stub" in event:
                self.check_word_tables((*where, "stub"), event["stub"])
            for i, example in enumerate(event.get("examples", []) if examples else []):
                self.check_instance(example["data"], event["message"], (*where, "examples", i, "data"))

    def check_word_tables(self, at: Pointer, mapping: dict[str, Any]) -> None:
        tables = self.data.get("stub", {}).get("values", {})
        for table in re.findall(r"\|(?:to|from):(\w+)", json.dumps(mapping)):
            if table not in tables:
                self.report(at, f"template uses word table '{table}', which stub.values does not define")

    def check_stream_examples(self, at: Pointer, stream: dict[str, Any]) -> None:
        parts = {"commands": ("data", "reply"), "channels": ("message",)}
        for kind, names in parts.items():
            for item_name, item in stream.get(kind, {}).items():
                for i, example in enumerate(item.get("examples", [])):
                    for part in names:
                        if part in example and part in item:
                            self.check_instance(example[part], item[part], (*at, kind, item_name, "examples", i, part))

    def check_stub(self) -> None:
        stub = self.data.get("stub", {})
        codes = self.data.get("errors", {}).get("codes", {})
        for reason, code in stub.get("rejections", {}).items():
            if reason != "source" and code not in codes:
                self.report(("stub", "rejections", reason), f"rejection code '{code}' is not in errors.codes")
        credentials = {c for s in self.data.get("auth", {}).get("schemes", {}).values() for c in s["credentials"]}
        for i, account in enumerate(stub.get("accounts", [])):
            if set(account["credentials"]) - credentials:
                self.report(
                    ("stub", "accounts", i, "credentials"),
                    f"credentials {sorted(set(account['credentials']) - credentials)} are not credentials of any auth scheme",
                )
        wallets = stub.get("wallets", ["main"])
        for listed, markets in self._stub_markets(stub):
            for i, market in enumerate(markets):
                if market.get("wallet", wallets[0]) not in wallets:
                    self.report((*listed, i, "wallet"), f"wallet '{market['wallet']}' is not in stub.wallets")
        venues = stub.get("venues", {}).get("list", {})
        named = {p["name"] for ep in self.data["endpoints"].values() for p in ep.get("params", [])}
        if venues and stub["venues"]["param"] not in named:
            self.report(("stub", "venues", "param"), f"no endpoint has a parameter '{stub['venues']['param']}'")
        for i, account in enumerate(stub.get("accounts", [])):
            for venue, funds in [(None, account), *account.get("venues", {}).items()]:
                where: Pointer = ("stub", "accounts", i) if venue is None else ("stub", "accounts", i, "venues", venue)
                if venue is not None and venue not in venues:
                    self.report(where, f"venue '{venue}' is not in stub.venues.list")
                for wallet in funds.get("wallets", {}):
                    if wallet not in wallets:
                        self.report((*where, "wallets"), f"wallet '{wallet}' is not in stub.wallets")
        for name, ep in self.data["endpoints"].items():
            mapping = ep.get("stub")
            if mapping is None:
                continue
            at: Pointer = ("endpoints", name, "stub")
            wire = {p["name"] for p in ep.get("params", [])}
            if mapping["action"] == "session":  # answered by a session scheme, never run as an action
                if name not in self._session_operations():
                    self.report(at, f"action 'session': '{name}' is no operation of a jwt_session scheme")
            elif mapping["action"] != "example" and "respond" not in mapping:
                self.report(at, f"action '{mapping['action']}' needs a respond template")
            if "batch" in mapping and mapping["batch"] not in wire:
                self.report((*at, "batch"), f"batch names '{mapping['batch']}', which is not a parameter")
            for role in ("timestamp", "window"):
                if role in mapping.get("recv_window", {}) and mapping["recv_window"][role] not in wire:
                    self.report(
                        (*at, "recv_window", role),
                        f"recv_window {role} names '{mapping['recv_window'][role]}', which is not a parameter",
                    )
            if "venues" in mapping and not venues:
                self.report((*at, "venues"), "venues needs a stub.venues section (the venues to run in)")
            self.check_word_tables(at, mapping)

    def _session_operations(self) -> set[str]:
        """The operations a jwt_session scheme answers (its login, refresh, logout and ticket endpoints)."""
        out: set[str] = set()
        for scheme in self.data.get("auth", {}).get("schemes", {}).values():
            if scheme.get("type") == "jwt_session":
                out |= {scheme[r]["operation"] for r in ("login", "refresh", "logout") if r in scheme}
                out |= {t["operation"] for t in scheme.get("tickets", ())}
        return out

    def _stub_markets(self, stub: dict[str, Any]) -> list[tuple[Pointer, list[dict[str, Any]]]]:
        """The stub's market lists by where they are: the top-level one, or each venue's (not both)."""
        venues = stub.get("venues", {}).get("list", {})
        if venues and "markets" in stub:
            self.report(("stub", "markets"), "with stub.venues, each venue lists its own markets (not stub.markets)")
        top: list[tuple[Pointer, list[dict[str, Any]]]] = [(("stub", "markets"), stub.get("markets", []))]
        return top + [(("stub", "venues", "list", name, "markets"), v["markets"]) for name, v in venues.items()]

    def check_params(self, at: Pointer, ep: dict[str, Any], params: list[dict[str, Any]]) -> None:
        in_path = set(_PATH_PARAM.findall(ep["path"]))
        seen: dict[str, int] = {}
        python_names: dict[str, str] = {}
        for i, param in enumerate(params):
            name = param["name"]
            if name in seen:
                self.report((*at, "params", i, "name"), f"parameter '{name}' is declared twice")
            seen[name] = i
            py = snake(name)
            if py in RESERVED_ARGUMENTS:
                self.report(
                    (*at, "params", i, "name"), f"parameter '{name}' would become argument '{py}', which is reserved"
                )
            elif py in python_names and python_names[py] != name:
                self.report(
                    (*at, "params", i, "name"),
                    f"parameters '{python_names[py]}' and '{name}' both become argument '{py}'",
                )
            python_names[py] = name
            if param["in"] == "path":
                if name not in in_path:
                    self.report(
                        (*at, "params", i, "name"), f"path parameter '{name}' does not appear in path {ep['path']}"
                    )
                if param.get("required") is not True:
                    self.report((*at, "params", i), f"path parameter '{name}' must be required: true")
        for name in sorted(in_path):
            if name not in seen or params[seen[name]]["in"] != "path":
                self.report((*at, "path"), f"path parameter '{{{name}}}' is not declared in params with in: path")
        if ep["method"] == "GET" and any(p["in"] == "body" for p in params):
            self.report((*at, "params"), "a GET endpoint cannot take body parameters")
        for i, param in enumerate(params):
            if "client_sign" in param:
                self.check_client_sign((*at, "params", i, "client_sign"), param["client_sign"], params, seen)

    def check_client_sign(self, at: Pointer, sign: dict[str, str], params: list[Any], seen: dict[str, int]) -> None:
        """A signed amount names an optional client-only parameter, and one of its values."""
        by = params[seen[sign["by"]]] if sign["by"] in seen else None
        if by is None or by["in"] != "client" or by.get("required"):
            self.report(at, f"'{sign['by']}' is not an optional in: client parameter")
        elif sign["negative_when"] not in by["schema"].get("enum", []):
            self.report(at, f"'{sign['negative_when']}' is not a value of '{sign['by']}'")

    def check_examples(self, at: Pointer, ep: dict[str, Any]) -> None:
        params = {p["name"]: p for p in ep.get("params", [])}
        for i, example in enumerate(ep.get("examples", [])):
            where: Pointer = (*at, "examples", i)
            given = example.get("params", {})
            if "params" in example:  # an example of a call must make the call: every required parameter
                for name in sorted(n for n, p in params.items() if p.get("required") and n not in given):
                    self.report((*where, "params"), f"example lacks the required parameter '{name}'")
            for name, value in given.items():
                if name not in params:
                    self.report((*where, "params", name), f"example gives unknown parameter '{name}'", key=True)
                else:
                    self.check_instance(value, params[name]["schema"], (*where, "params", name))
            self.check_instance(example["response"], self.body_schema(ep["response"]), (*where, "response"))

    def body_schema(self, response: dict[str, Any]) -> dict[str, Any]:
        return body_schema(self.data.get("response", {}).get("envelope"), response)

    def check_instance(self, value: Any, schema: dict[str, Any], pointer: Pointer) -> None:
        for error in strict_validator(schema, self.data.get("schemas", {})).iter_errors(value):
            error = _deepest(error)
            inner = "/".join(str(p) for p in error.absolute_path)
            self.report(
                (*pointer, *error.absolute_path),
                f"example does not match its schema{' at ' + inner if inner else ''}: {_short(error.message)}",
            )


def body_schema(envelope: dict[str, Any] | None, response: dict[str, Any]) -> dict[str, Any]:
    """The schema of a whole response body: the endpoint's result, inside the API's envelope if any."""
    if envelope is None:
        return response
    return {
        "type": "object",
        "required": [envelope["data"], *envelope.get("required", [])],
        "properties": {**envelope["fields"], envelope["data"]: response},
    }


def to_json_schema(node: Any, *, strict: bool) -> Any:
    """Spec type schema -> standard JSON Schema (refs into $defs; strict closes every object)."""
    if isinstance(node, list):
        return [to_json_schema(v, strict=strict) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref":
            out[key] = "#/$defs/" + value.removeprefix(REF_PREFIX)
        elif key in ("properties", "$defs"):
            out[key] = {k: to_json_schema(v, strict=strict) for k, v in value.items()}
        elif key in ("examples", "default", "const", "enum") or key.startswith("x-"):
            out[key] = value
        elif key == "nullable":
            continue
        else:
            out[key] = to_json_schema(value, strict=strict)
    if node.get("nullable") and "type" in out:
        types = out["type"] if isinstance(out["type"], list) else [out["type"]]
        out["type"] = [*types, "null"]
    if strict and out.get("type") == "object" and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


_DEFS: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}  # by id(schemas): (schemas, their $defs)


def strict_validator(schema: dict[str, Any], schemas: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """A validator of `schema` whose refs resolve into `schemas` (converted once per schemas object: a
    spec's examples are checked against the same ones hundreds of times)."""
    held = _DEFS.get(id(schemas))
    if held is None or held[0] is not schemas:
        held = _DEFS[id(schemas)] = (schemas, {name: to_json_schema(s, strict=True) for name, s in schemas.items()})
    root = to_json_schema(schema, strict=True)
    root["$defs"] = held[1]
    return jsonschema.Draft202012Validator(root)


def _credentials_used(scheme: dict[str, Any]) -> list[tuple[str, set[str]]]:
    """The credentials each part of a scheme names (templates, derivation parts), by part."""
    kind = scheme["type"]
    if kind == "basic":
        derived = [
            p["credential"] for p in scheme.get("password_alternative", {}).get("derivation", ()) if isinstance(p, dict)
        ]
        templates = [(part, set(_PATH_PARAM.findall(scheme[part]))) for part in ("username", "password")]
        return [*templates, ("password_alternative", set(derived))]
    if kind == "jwt_session":
        return [("login", set(_PATH_PARAM.findall(json.dumps(scheme["login"]["args"]))))]
    if kind == "ecdsa_challenge":
        return [
            (part, {p["credential"] for p in scheme[part] if isinstance(p, dict)})
            for part in ("key_derivation", "message")
        ]
    return []


def _results(value: Any) -> list[str]:
    """The earlier results an example argument reads (`{result: order.id}`, at any depth)."""
    if isinstance(value, dict):
        if set(value) == {"result"}:
            return [str(value["result"])]
        return [r for v in value.values() for r in _results(v)]
    if isinstance(value, list):
        return [r for v in value for r in _results(v)]
    return []
