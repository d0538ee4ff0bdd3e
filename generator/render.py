"""Render the IR through the Jinja templates into the files of the generated package."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import jinja2

from generator import asyncapi, openapi, reference
from generator.ir import ApiIR, ParamIR, StreamIR, annotation, user_type
from generator.loader import Spec
from generator.models import generate_models
from generator.pysource import Name, Source
from runtime import environ

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
RUNTIME = ROOT / "runtime"
PACKAGE = "exchange_bindings"
DEPENDENCIES = (
    "aiohttp>=3.10",
    "fastecdsa>=3",
    "httpx>=0.27",
    "httpcore>=1.0",
    "httpx-sse>=0.4",
    "msgspec>=0.18",
    "pyjwt>=2.6",
    "sniffio>=1.3",
    "websockets>=13",
)  # httpcore: runtime/deadline.py wraps its network backend; httpx-sse: the SSE streams' client; fastecdsa: ECDSA challenge logins (secp224k1);
# pyjwt: the expiry of session tokens (clients), issuing and verifying them (stubs); sniffio: httpcore looks
# it up for every async lock and event, and anyio >= 4.11 no longer installs it (1.6x the concurrent calls);
# aiohttp: the async clients' default transport (runtime/transports/aiohttp_http.py, our own adapter: httpx-aiohttp's
# streamed every body through httpx's iterators and resent nothing of its own accord only by luck of aiohttp's defaults)
# Serving stubs over a socket (in-process stubs need nothing more): uvicorn, on httptools' C parser and
# uvloop's event loop (4x the requests a second of h11 on asyncio: benchmarks.stub_throughput).
EXTRAS = {
    "stub": (
        "uvicorn>=0.30",
        "httptools>=0.6",
        "uvloop>=0.19; sys_platform != 'win32' and platform_python_implementation == 'CPython'",
    )
}
TYPED_IMPORTS = "# <typed imports>"  # where a template's typed values put the imports they need


def _check_type(param: ParamIR) -> str:
    """The type msgspec validates an argument against: the schema's constraints included."""
    schema = param.schema
    base = user_type(schema) or param.annotation
    if "x-scale" in schema:  # its bounds are the wire integer's, not the amount's
        return base
    meta = {
        "ge": schema.get("minimum"),
        "le": schema.get("maximum"),
        "min_length": schema.get("minLength", schema.get("minItems")),
        "max_length": schema.get("maxLength", schema.get("maxItems")),
        "pattern": schema.get("pattern"),
    }
    args = ", ".join(f"{k}={v!r}" for k, v in meta.items() if v is not None)
    return f"Annotated[{base}, Meta({args})]" if args else base


def _docstring(text: str, indent: int) -> str:
    pad = " " * indent
    body = "\n".join(
        (pad + line) if line else "" for line in text.replace('"""', "'''").replace("\\", "\\\\").splitlines()
    )
    return '"""' + body.lstrip() + "\n" + pad + '"""'


def _literal(values: list[str]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        pyrepr=repr, check_type=_check_type, docstring=_docstring, literal=_literal, py=_py, py_over=_py_over
    )
    env.filters["is_decimal"] = lambda p: user_type(p.schema) == "Decimal"
    env.filters["variable"] = lambda name, api: environ.variable(api, name)  # where a setting may come from
    env.filters["payload_type"] = lambda schema: "None" if schema is None else annotation(schema, request=True)
    return env


@jinja2.pass_context
def _py(context: jinja2.runtime.Context, value: Any) -> str:
    """A typed value as the constructor calls that rebuild it (the file imports what they name)."""
    source: Source = context["source"]
    return source(value)


@jinja2.pass_context
def _py_over(context: jinja2.runtime.Context, value: Any, base: Any, base_source: str) -> str:
    """A typed value as `base_source` (the expression of `base`) with the fields that differ replaced."""
    source: Source = context["source"]
    return source.over(value, base, base_source)


def _render(env: jinja2.Environment, template: str, context: dict[str, Any]) -> str:
    """A template rendered, with the imports its typed values need where it says TYPED_IMPORTS."""
    source = Source({"runtime": f"{PACKAGE}.runtime"})
    text = env.get_template(template).render({**context, "source": source, "typed_imports": TYPED_IMPORTS})
    return text.replace(TYPED_IMPORTS, "\n".join(source.import_lines()))


def render_api(env: jinja2.Environment, api: ApiIR) -> dict[Path, str]:
    """Files of one API's subpackage, by path relative to generated/."""
    base = Path(PACKAGE) / api.id
    context: dict[str, Any] = {"api": api, "stub_view": _stub_view(api)}
    return {
        base / "__init__.py": _render(env, "api_init.py.jinja", context),
        base / "client.py": _render(env, "client.py.jinja", context),
        base / "operations.py": _render(env, "operations.py.jinja", context),
        base / "config.py": _render(env, "config.py.jinja", context),
        base / "models.py": generate_models(api),
        base / "stub.py": _render(env, "stub.py.jinja", context),
        **({base / "streams.py": _render(env, "streams.py.jinja", context)} if api.streams else {}),
        **({base / "event_streams.py": _render(env, "event_streams.py.jinja", context)} if api.event_streams else {}),
    }


def stream_config_name(st: StreamIR) -> str:
    """The streams module's name of a stream's typed configuration."""
    return f"_{st.name.upper()}_CONFIG"


def _stub_view(api: ApiIR) -> Any:
    """The stub's configuration as its module writes it: the WebSocket streams' configurations are the
    streams module's (the same objects, written once)."""
    if api.stub_config is None or not api.streams:
        return api.stub_config
    named: dict[str, Any] = {st.name: Name(f"streams.{stream_config_name(st)}") for st in api.streams}
    return dataclasses.replace(api.stub_config, streams={**api.stub_config.streams, **named})


def exports(spec: Spec, api: ApiIR, version: str) -> dict[Path, str]:
    """Documents people and other tools read, written from the spec itself: the OpenAPI 3.1 document of its
    REST API, the AsyncAPI 3.0 document of its streams, and its API reference in Markdown."""
    base = Path(PACKAGE) / spec.api_id
    files = {
        base / "openapi.json": openapi.text(spec, version),
        base / "REFERENCE.md": reference.markdown(spec, api, version),
    }
    streams = asyncapi.text(spec, version)  # AsyncAPI 3.0 for an API's streams, where it has any
    return files | ({base / "asyncapi.json": streams} if streams is not None else {})


def struct_count(models: str) -> int:
    """How many structs a generated models module defines."""
    return models.count("(Struct") + models.count("(Checked")  # Checked: a struct with enumerated fields


def render_package(
    env: jinja2.Environment, apis: list[ApiIR], structs: dict[str, int], version: str
) -> dict[Path, str]:
    """Files shared by every API: package metadata, the top-level modules, the runtime copy.
    `structs`: each API's count of structs (its models module), for the README."""
    context: dict[str, Any] = {
        "apis": apis,
        "version": version,
        "dependencies": DEPENDENCIES,
        "extras": EXTRAS,
        "structs": structs,
    }
    files = {
        Path("pyproject.toml"): env.get_template("pyproject.toml.jinja").render(context),
        Path("README.md"): env.get_template("README.md.jinja").render(context),
        Path(PACKAGE) / "__init__.py": env.get_template("package_init.py.jinja").render(context),
        Path(PACKAGE) / "errors.py": env.get_template("errors.py.jinja").render(context),
        Path(PACKAGE) / "__main__.py": env.get_template("package_main.py.jinja").render(context),
        Path(PACKAGE) / "py.typed": "",
    }
    for source in sorted(RUNTIME.rglob("*.py")):
        files[Path(PACKAGE) / "runtime" / source.relative_to(RUNTIME)] = source.read_text(encoding="utf-8")
    return files
