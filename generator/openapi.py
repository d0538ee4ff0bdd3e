"""OpenAPI 3.1 export of an API's REST spec, so tools people already use (Swagger UI, schemathesis,
Prism, openapi-generator) can read it. Built from the loaded spec, the one source of truth: servers,
security schemes, every operation with its parameters, body, answers and the exchange's error answers,
examples, and our own facts as `x-` fields (costs, retry and idempotency, permissions, provenance).
"""

from __future__ import annotations

import json
from typing import Any

from generator.loader import REF_PREFIX, Spec

OPENAPI = "3.1.0"
COMPONENTS = "#/components/schemas/"
_FORM = "application/x-www-form-urlencoded"
_CONTENT = {"json": "application/json", "form": _FORM}
_ERROR_CONTENT = {"json": "application/json", "text": "text/plain"}


def document(spec: Spec, version: str) -> dict[str, Any]:
    """The OpenAPI document of one API."""
    data = spec.data
    info = data["api"]
    doc: dict[str, Any] = {
        "openapi": OPENAPI,
        "info": {**info_of(spec, version), "x-api": spec.api_id},
        "servers": _servers(data.get("servers", {})),
        "paths": {},
        "components": {
            "schemas": refs(data.get("schemas", {})),
            "securitySchemes": {
                name: _security(scheme) for name, scheme in data.get("auth", {}).get("schemes", {}).items()
            },
        },
    }
    if info.get("docs"):
        doc["externalDocs"] = {"url": info["docs"]}
    error = _error_schema(data.get("errors", {}))
    if error is not None:
        doc["components"]["schemas"]["_Error"] = error
    for name, ep in sorted(data.get("endpoints", {}).items()):
        doc["paths"].setdefault(ep["path"], {})[ep["method"].lower()] = _operation(name, ep, data)
    return doc


def text(spec: Spec, version: str) -> str:
    """The document as the generated package ships it (stable JSON: the drift check compares bytes)."""
    return json.dumps(document(spec, version), indent=1, ensure_ascii=False) + "\n"


def info_of(spec: Spec, version: str) -> dict[str, Any]:
    """The document's `info`: the API's title and description, the package's version (OpenAPI and AsyncAPI alike)."""
    api = spec.data["api"]
    return {
        "title": api.get("title", spec.api_id),
        "version": version,
        "description": " ".join(str(api.get("description", "")).split()),
    }


def refs(node: Any) -> Any:
    """The spec's schema references (`#/schemas/X`) as OpenAPI's and AsyncAPI's (`#/components/schemas/X`)."""
    if isinstance(node, dict):
        return {
            k: (COMPONENTS + v.removeprefix(REF_PREFIX) if k == "$ref" and isinstance(v, str) else refs(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [refs(v) for v in node]
    return node


def _servers(servers: dict[str, Any], host: str | None = None) -> list[dict[str, Any]]:
    """Each environment's REST URL (or that of its named server `host`) that it gives, the default first."""
    default = servers.get("default")
    environments = servers.get("environments", {})
    ordered = sorted(environments, key=lambda env: env != default)  # the default first
    urls = [
        (env, environments[env].get("hosts", {}).get(host) if host else environments[env].get("rest"))
        for env in ordered
    ]
    return [{"url": url, "description": env} for env, url in urls if url]


def _security(scheme: dict[str, Any]) -> dict[str, Any]:
    """An auth scheme as OpenAPI can say it; how it signs stays in `x-scheme` (the spec's own words)."""
    kind = scheme.get("type")
    described = {"description": " ".join(str(scheme.get("description", kind)).split()), "x-scheme": refs(scheme)}
    if kind == "basic":
        return {"type": "http", "scheme": "basic", **described}
    if kind == "jwt_session":
        return {"type": "http", "scheme": "bearer", "bearerFormat": "JWT", **described}
    place = scheme.get("in", "header")
    names = list(scheme.get("headers", {})) or [scheme.get("name") or "Authorization"]
    return {"type": "apiKey", "in": "query" if place == "query" else "header", "name": names[0], **described}


def _error_schema(errors: dict[str, Any]) -> dict[str, Any] | None:
    """The exchange's error body (JSON APIs), with its codes and what they mean."""
    if errors.get("body", "json") != "json" or not errors.get("code_field"):
        return None
    fields: dict[str, Any] = {errors["code_field"]: {"type": ["integer", "string"]}}
    if errors.get("message_field"):
        fields[errors["message_field"]] = {"type": "string"}
    codes = {
        str(code): {"kind": entry.get("kind"), "message": entry.get("message")}
        for code, entry in errors.get("codes", {}).items()
    }
    return {"type": "object", "properties": fields, "required": [errors["code_field"]], "x-codes": codes}


def _operation(name: str, ep: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": name,
        "summary": ep.get("summary", name),
        "tags": [ep.get("group", "general")],
        "parameters": [_parameter(p) for p in ep.get("params", []) if p.get("in") not in ("body", "client")],
        "responses": _responses(ep, data),
    }
    if ep.get("description"):
        op["description"] = " ".join(str(ep["description"]).split())
    if ep.get("docs"):
        op["externalDocs"] = {"url": ep["docs"]}
    if ep.get("deprecated"):
        op["deprecated"] = True
    if ep.get("server"):  # an endpoint on a named server of its own
        op["servers"] = _servers(data["servers"], ep["server"])
    mode = ep.get("auth", "none")  # none, required (the default scheme) or a scheme's name, as the IR reads it
    scheme = None if mode == "none" else data.get("auth", {}).get("default") if mode == "required" else mode
    op["security"] = [{scheme: []}] if scheme else []
    body = [p for p in ep.get("params", []) if p.get("in") == "body"]
    if body or ep.get("request"):
        op["requestBody"] = _request_body(ep, body)
    client = [p for p in ep.get("params", []) if p.get("in") == "client"]
    if client:  # arguments our clients take but never send (x-client-sign on the fields they sign)
        op["x-client-params"] = [{k: refs(v) for k, v in p.items() if k != "in"} for p in client]
    for key in ("permission", "cost", "retry", "source", "pagination", "max_items"):
        if key in ep:
            op[f"x-{key}"] = refs(ep[key])
    return op


def _parameter(param: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": param["name"],
        "in": param["in"],
        "required": bool(param.get("required")) or param["in"] == "path",
        "schema": refs(param.get("schema", {})),
    }
    if param.get("description"):
        out["description"] = " ".join(str(param["description"]).split())
    if "example" in param:
        out["example"] = param["example"]
    if param.get("explode") is not None:
        out["explode"] = param["explode"]
    return out


def _property(param: dict[str, Any]) -> dict[str, Any]:
    """A body field's schema; one a client-only argument signs says so (x-client-sign)."""
    schema = refs(param.get("schema", {}))
    return {**schema, "x-client-sign": param["client_sign"]} if "client_sign" in param else schema


def _request_body(ep: dict[str, Any], body: list[dict[str, Any]]) -> dict[str, Any]:
    if ep.get("request"):  # a body that is one schema rather than named fields
        schema = refs(ep["request"])
    else:
        schema = {
            "type": "object",
            "properties": {p["name"]: _property(p) for p in body},
            "required": [p["name"] for p in body if p.get("required")],
        }
    content_type = _CONTENT.get(ep.get("body_encoding", "json"), "application/json")
    return {"required": any(p.get("required") for p in body), "content": {content_type: {"schema": schema}}}


def _responses(ep: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    result = refs(ep.get("response", {}))
    envelope = data.get("response", {}).get("envelope")
    if envelope and result:
        result = {
            "type": "object",
            "required": [envelope["data"], *envelope.get("required", [])],
            "properties": {envelope["data"]: result, **refs(envelope.get("fields", {}))},
        }
    errors = data.get("errors", {})
    error_ref = {"$ref": COMPONENTS + "_Error"} if _error_schema(errors) is not None else None
    under_200 = "success_when" in errors or "failure_when" in errors  # errors come with a 200 too
    success = ep.get("success", {})
    status = str(success.get("status", 200))
    answer: dict[str, Any] = {"description": ep.get("summary", "the result")}
    body = success.get("body", "json")
    if body == "text":
        answer["content"] = {"text/plain": {"schema": {"type": "string"}}}
    elif status != "204" and body != "empty":
        schema = {"anyOf": [result, error_ref]} if under_200 and error_ref is not None and result else result
        media: dict[str, Any] = {"schema": schema}
        examples = {
            f"example_{i}": {"value": e["response"]} for i, e in enumerate(ep.get("examples", [])) if "response" in e
        }
        if examples:
            media["examples"] = examples
        answer["content"] = {"application/json": media}
    if status == "201" and success.get("location"):
        answer["headers"] = {"Location": {"schema": {"type": "string"}, "description": "the new resource"}}
    responses: dict[str, Any] = {status: answer}
    kind = errors.get("body", "json")
    failure: dict[str, Any] = {"description": "the exchange's error answer"}
    if kind in _ERROR_CONTENT:
        failure["content"] = {
            _ERROR_CONTENT[kind]: {"schema": error_ref if kind == "json" and error_ref else {"type": "string"}}
        }
    responses["default"] = failure
    return responses
