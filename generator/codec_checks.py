"""Cross-checks of how a spec puts values on the wire: every number encoding, format, body encoding
and error body names a codec of runtime/codecs (its registries are the one list of what exists);
scaled fields name a declared scale and keys that are there; form bodies hold only scalars; 201 and
204 answers are described consistently."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.located_yaml import Pointer
from runtime.codecs import BODIES, ERROR_BODIES, FORMATS, NUMBERS, Options, codec_for
from runtime.codecs.base import fields_of
from runtime.codecs.shape import shape_of

REF_PREFIX = "#/schemas/"
Report = Callable[..., None]
_SKIPPED = ("examples", "example", "stub", "source", "x-source", "test_vectors")


def _names(registry: dict[str, Any]) -> str:
    return ", ".join(sorted(registry))


def _kinds(schema: dict[str, Any]) -> list[Any]:
    kinds = schema.get("type")
    return kinds if isinstance(kinds, list) else [kinds]


def _scalar(schema: dict[str, Any]) -> bool:
    return not ({"object", "array"} & set(_kinds(schema)) or "anyOf" in schema or "oneOf" in schema)


class CodecChecks:
    def __init__(self, data: dict[str, Any], report: Report) -> None:
        self.data = data
        self.report = report
        self.schemas: dict[str, Any] = data.get("schemas", {})
        self.scales: dict[str, Any] = data.get("scales", {})
        self.unknown = False  # a name no codec implements: shapes cannot be built

    def run(self) -> None:
        api = self.data["api"]
        self.known(api.get("numbers"), NUMBERS, ("api", "numbers"), "number encoding")
        self.known(api.get("body_encoding"), BODIES, ("api", "body_encoding"), "body encoding")
        self.known(self.data.get("errors", {}).get("body"), ERROR_BODIES, ("errors", "body"), "error body")
        self.walk(self.data, ())
        self.check_scales()
        for name, ep in self.data["endpoints"].items():
            self.check_endpoint(("endpoints", name), ep)
        for name, stream in self.data.get("streams", {}).items():
            self.check_stream(("streams", name), stream)

    def known(self, name: Any, registry: dict[str, Any], pointer: Pointer, what: str) -> None:
        if name is not None and name not in registry:
            self.unknown = True
            self.report(pointer, f"no codec implements the {what} '{name}'; known: {_names(registry)}")

    def walk(self, node: Any, pointer: Pointer) -> None:
        """Every type schema: its format has a codec; its scaled fields a scale and their keys."""
        if isinstance(node, dict):
            if isinstance(node.get("format"), str):
                self.known(node["format"], FORMATS, (*pointer, "format"), "format")
            if "x-scale" in node:
                self.check_scaled(node, pointer)
            properties = node.get("properties")
            if isinstance(properties, dict):
                for field, sub in properties.items():
                    if isinstance(sub, dict) and "x-scale" in sub:
                        self.check_key(sub["x-scale"], set(properties), (*pointer, "properties", field, "x-scale"))
            for key, value in node.items():
                if key not in _SKIPPED:
                    self.walk(value, (*pointer, key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                self.walk(value, (*pointer, i))

    def check_scaled(self, schema: dict[str, Any], pointer: Pointer) -> None:
        scale = schema["x-scale"]
        if scale["scale"] not in self.scales:
            self.report(
                (*pointer, "x-scale", "scale"),
                f"unknown scale '{scale['scale']}'; the scales section declares: {sorted(self.scales) or 'none'}",
            )
        if schema.get("type") != "integer":
            self.report((*pointer, "x-scale"), "a scaled field is an integer on the wire: give it type: integer")

    def check_key(self, scale: dict[str, Any], around: set[str], pointer: Pointer) -> None:
        if scale.get("from") == "request":  # keyed by the command's fields (the scope chains the request)
            return
        missing = [name for name in fields_of(scale.get("key", "")) if name not in around]
        if missing:
            self.report(
                (*pointer, "key"), f"the key refers to {missing}, which are not fields beside it: {sorted(around)}"
            )

    def check_stream(self, at: Pointer, stream: dict[str, Any]) -> None:
        """Stream payloads, replies and pushes go through the codecs as REST does: their shapes must build."""
        parts = [
            ("commands", name, part, c.get(part))
            for name, c in stream.get("commands", {}).items()
            for part in ("data", "reply")
        ]
        parts += [("channels", name, "message", c.get("message")) for name, c in stream.get("channels", {}).items()]
        options = Options(self.data["api"].get("date_time", {}).get("fraction_digits", 3))
        for kind, name, part, schema in parts if not self.unknown else ():
            try:
                shape_of(
                    schema, self.schemas, lambda s: codec_for(s, options), ("encode", "decode", "accept", "render")
                )
            except ValueError as exc:  # a struct that refers to itself and holds codec fields
                self.report((*at, kind, name, part), str(exc))

    def check_scales(self) -> None:
        endpoints = self.data["endpoints"]
        for name, scale in self.scales.items():
            refresh = scale.get("refresh")
            if refresh is None:
                continue
            target = endpoints.get(refresh["operation"])
            where: Pointer = ("scales", name, "refresh", "operation")
            if target is None:
                self.report(where, f"unknown operation '{refresh['operation']}'")
            elif target["method"] != "GET" or any(p.get("required") for p in target.get("params", [])):
                self.report(where, f"'{refresh['operation']}' must be a GET endpoint without required parameters")

    def check_endpoint(self, at: Pointer, ep: dict[str, Any]) -> None:
        self.known(ep.get("body_encoding"), BODIES, (*at, "body_encoding"), "body encoding")
        params: list[dict[str, Any]] = ep.get("params", [])
        names = {p["name"] for p in params}
        options = Options(self.data["api"].get("date_time", {}).get("fraction_digits", 3))
        shapes: list[tuple[Pointer, Any, tuple[str, ...]]] = [((*at, "response"), ep["response"], ("decode", "render"))]
        for i, param in enumerate(params):
            if "x-scale" in param["schema"]:
                self.check_key(param["schema"]["x-scale"], names, (*at, "params", i, "schema", "x-scale"))
            shapes.append(((*at, "params", i, "schema"), param["schema"], ("encode", "accept")))
        for pointer, schema, directions in shapes if not self.unknown else ():
            try:
                shape_of(schema, self.schemas, lambda s: codec_for(s, options), directions)
            except ValueError as exc:  # a struct that refers to itself and holds codec fields
                self.report(pointer, str(exc))
        encoding = ep.get("body_encoding", self.data["api"].get("body_encoding", "json"))
        if encoding == "form":
            for i, param in enumerate(params):
                if param["in"] == "body" and not self.flat(param["schema"]):
                    self.report(
                        (*at, "params", i, "schema"), "a form body holds scalars and lists of scalars, not objects"
                    )
        self.check_success(at, ep)

    def flat(self, schema: dict[str, Any]) -> bool:
        """A scalar, or a list of scalars (what a form field can carry)."""
        resolved = self.resolve(schema)
        if "array" in _kinds(resolved):
            return _scalar(self.resolve(resolved.get("items", {})))
        return _scalar(resolved)

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while isinstance(schema.get("$ref"), str):
            schema = self.schemas.get(str(schema["$ref"]).removeprefix(REF_PREFIX), {})
        return schema

    def check_success(self, at: Pointer, ep: dict[str, Any]) -> None:
        success = ep.get("success")
        if success is None:
            return
        status, location = success.get("status", 200), success.get("location")
        if status == 204 and ep["response"].get("type") != "null":
            self.report((*at, "response"), "a 204 answer has no body: the response is {type: 'null'}")
        if location is not None:
            response = self.resolve(ep["response"])
            if status != 201:
                self.report((*at, "success", "location"), "only a 201 answer carries a Location to take")
            elif location not in response.get("properties", {}):
                self.report(
                    (*at, "success", "location"), f"the response has no field '{location}' to take the Location"
                )
