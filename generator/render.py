"""Render the IR through the Jinja templates into the files of the generated package."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from generator.ir import ApiIR, ParamIR, StreamIR, annotation, user_type
from generator.models import generate_models
from generator.typed.websocket import Name, RuntimeSource

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
RUNTIME = ROOT / "runtime"
PACKAGE = "exchange_bindings"
VERSION = "0.1.0"
DEPENDENCIES = (
    "fastecdsa>=3",
    "httpx>=0.27",
    "httpcore>=1.0",
    "httpx-sse>=0.4",
    "msgspec>=0.18",
    "pyjwt>=2.6",
    "websockets>=13",
)  # httpcore: runtime/deadline.py wraps its network backend; httpx-sse: the SSE streams' client; fastecdsa: ECDSA challenge logins (secp224k1);
# pyjwt: the expiry of session tokens (clients), issuing and verifying them (stubs)
EXTRAS = {"stub": ("uvicorn>=0.30",)}  # serving stubs over a socket; in-process stubs need nothing more


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
    env.filters.update(pyrepr=repr, check_type=_check_type, docstring=_docstring, literal=_literal)
    env.filters["is_decimal"] = lambda p: user_type(p.schema) == "Decimal"
    env.filters["payload_type"] = lambda schema: "None" if schema is None else annotation(schema, request=True)
    return env


def render_api(env: jinja2.Environment, api: ApiIR) -> dict[Path, str]:
    """Files of one API's subpackage, by path relative to generated/."""
    base = Path(PACKAGE) / api.id
    context: dict[str, Any] = {"api": api, **_typed_sources(api)}
    return {
        base / "__init__.py": env.get_template("api_init.py.jinja").render(context),
        base / "client.py": env.get_template("client.py.jinja").render(context),
        base / "config.py": env.get_template("config.py.jinja").render(context),
        base / "models.py": generate_models(api),
        base / "stub.py": env.get_template("stub.py.jinja").render(context),
        **({base / "streams.py": env.get_template("streams.py.jinja").render(context)} if api.streams else {}),
        **(
            {base / "event_streams.py": env.get_template("event_streams.py.jinja").render(context)}
            if api.event_streams
            else {}
        ),
    }


def stream_config_name(st: StreamIR) -> str:
    """The streams module's name of a stream's typed configuration."""
    return f"_{st.name.upper()}_CONFIG"


def _typed_sources(api: ApiIR) -> dict[str, Any]:
    """Constructor calls of the typed configuration the streams module and the stub hold, with their imports."""
    streams = RuntimeSource()
    stub = RuntimeSource()
    # the stub holds the streams module's configurations (the same objects, written once)
    typed = {st.name: Name(f"streams.{stream_config_name(st)}") for st in api.streams}
    spec = {**api.stub, "streams": {name: typed.get(name, st) for name, st in api.stub.get("streams", {}).items()}}
    return {
        "stream_sources": {st.name: streams(st.config) for st in api.streams},
        "stream_imports": streams.import_lines(),
        "stub_source": stub(spec),
        "stub_imports": stub.import_lines() + (["from . import streams"] if api.streams else []),
    }


def render_package(env: jinja2.Environment, apis: list[ApiIR]) -> dict[Path, str]:
    """Files shared by every API: package metadata, the top-level modules, the runtime copy."""
    context: dict[str, Any] = {"apis": apis, "version": VERSION, "dependencies": DEPENDENCIES, "extras": EXTRAS}
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
