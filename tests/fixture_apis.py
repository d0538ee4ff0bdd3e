"""APIs that exist only for tests: spec folders under tests/specs/, generated on first use into a
temporary package `fixture_packages` (beside the installed `exchange_bindings`, whose runtime they use).

They exercise what no shipped API uses yet (an auth scheme, a transport, a codec) end to end:
spec -> generator -> client, streams and stub. `python -m generator` never sees them.

    api = fixture_api("toy_auth")          # the generated subpackage: api.Client, api.stub, api.models ...
    ir_of("toy_auth")                      # its IR
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from functools import cache
from pathlib import Path
from types import ModuleType

from generator import ir, output, render
from generator.loader import api_folders

SPECS = Path(__file__).resolve().parent / "specs"
PACKAGE = "fixture_packages"


@cache
def _root() -> Path:
    root = Path(tempfile.mkdtemp(prefix="fixture-apis-"))
    (root / PACKAGE).mkdir()
    (root / PACKAGE / "__init__.py").write_text('"""APIs generated from tests/specs for the tests."""\n')
    sys.path.insert(0, str(root))
    return root


def names() -> list[str]:
    return [folder.name for folder in api_folders(SPECS)] if SPECS.is_dir() else []


@cache
def ir_of(name: str) -> ir.ApiIR:
    from conftest import loaded

    return ir.build(loaded(SPECS / name))


@cache
def fixture_api(name: str) -> ModuleType:
    """The generated subpackage of tests/specs/<name> (generated once per test session)."""
    api = ir_of(name)
    files = output.formatted(render.render_api(render.environment(), api))
    root = _root()
    for rel, text in files.items():
        parts = rel.parts
        assert parts[0] == render.PACKAGE, rel
        target = root.joinpath(PACKAGE, *parts[1:])
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    importlib.invalidate_caches()
    return importlib.import_module(f"{PACKAGE}.{api.id}")


def module(name: str, part: str) -> ModuleType:
    """One module of a fixture API: "client", "stub", "streams", "models", "config"."""
    return importlib.import_module(f"{fixture_api(name).__name__}.{part}")
