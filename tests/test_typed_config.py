"""The typed IR (issue 11): the generator builds every fact the runtime reads as a frozen configuration
object and writes it as constructor calls; the runtime parses no spec data; a value the typed build
refuses is a located spec problem."""

from __future__ import annotations

import ast
import dataclasses
import re
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import msgspec
import pytest
from conftest import loaded
from fixture_apis import SPECS

from generator import ir
from generator.loader import SpecError, api_folders, load_spec
from generator.pysource import Source

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "runtime"
SPEC_PARAMETERS = {"spec", "stub_spec"}
FOLDERS = [*api_folders(), *(api_folders(SPECS) if SPECS.is_dir() else [])]


def _spec_parsing(path: Path) -> list[str]:
    """Where a runtime module defines or calls a `from_spec`, or takes spec data as a parameter."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if node.name == "from_spec":
                found.append(f"line {node.lineno}: defines from_spec")
            names = {a.arg for a in [*node.args.args, *node.args.kwonlyargs, *node.args.posonlyargs]}
            if names & SPEC_PARAMETERS:
                found.append(f"line {node.lineno}: {node.name}() takes {sorted(names & SPEC_PARAMETERS)}")
        elif isinstance(node, ast.Attribute) and node.attr == "from_spec":
            found.append(f"line {node.lineno}: calls from_spec")
    return found


def test_no_runtime_module_parses_spec_data() -> None:
    offenders = {
        name: found
        for path in sorted(RUNTIME.rglob("*.py"))
        if (found := _spec_parsing(path)) and (name := path.relative_to(RUNTIME).as_posix())
    }
    assert not offenders, f"runtime modules that parse spec data: {offenders}"


def _typed(api: ir.ApiIR) -> Iterator[tuple[str, Any]]:
    """Every typed configuration object the generator writes into an API's package."""
    yield "config", api.runtime
    yield "stub", api.stub_config
    for ep in api.endpoints:
        for part in ("policy", "cost", "pages", "success"):
            if getattr(ep, part):
                yield f"{ep.name}.{part}", getattr(ep, part)
    for st in api.event_streams:
        yield f"{st.name}.config", st.config
    for ws in api.streams:
        yield f"{ws.name}.config", ws.config


CASES = [(folder, name, value) for folder in FOLDERS for name, value in _typed(ir.build(loaded(folder)))]


@pytest.mark.parametrize(("folder", "name", "value"), CASES, ids=[f"{f.name}.{n}" for f, n, _ in CASES])
def test_the_written_source_rebuilds_the_object(folder: Path, name: str, value: Any) -> None:
    source = Source()
    text = source(value)
    namespace: dict[str, Any] = {}
    for line in source.import_lines():
        exec(line, namespace)
    assert eval(text, namespace) == value
    assert source(eval(text, namespace)) == text  # and writes the same source again


def _fields(value: Any) -> list[tuple[str, str]]:
    """A struct's or dataclass's fields: (name, its annotation as written)."""
    if isinstance(value, msgspec.Struct):
        notes = {k: v for c in reversed(type(value).__mro__) for k, v in vars(c).get("__annotations__", {}).items()}
        return [(name, str(notes[name])) for name in value.__struct_fields__]
    return [(f.name, str(f.type)) for f in dataclasses.fields(value)]


def _lists(value: Any, where: str) -> Iterator[str]:
    """Lists or dicts where a typed configuration should hold tuples or Mappings it types (JSON data, a
    field typed Any, may hold either)."""
    if isinstance(value, list):
        yield where
    elif isinstance(value, msgspec.Struct) or (dataclasses.is_dataclass(value) and not isinstance(value, type)):
        for name, annotation in _fields(value):
            if not {"Any", "Json"} & set(re.findall(r"\w+", annotation)):  # JSON data may hold lists
                yield from _lists(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, tuple | frozenset):
        for i, item in enumerate(value):
            yield from _lists(item, f"{where}[{i}]")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _lists(item, f"{where}[{key!r}]")


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_typed_configuration_holds_no_lists(folder: Path) -> None:
    api = ir.build(load_spec(folder))
    found = [where for name, value in _typed(api) for where in _lists(value, name)]
    assert not found, found


def test_a_value_the_typed_build_refuses_is_a_located_problem(tmp_path: Path) -> None:
    """The format schema takes any string as a market's tick size; the typed build needs a decimal: the
    loader's error names the market's line, not a traceback."""
    folder = tmp_path / "toy"
    shutil.copytree(SPECS / "toy", folder)
    spec = folder / "api.yaml"
    lines = spec.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(i for i, text in enumerate(lines) if 'tick_size: "0.01"' in text)
    lines[line] = lines[line].replace('tick_size: "0.01"', 'tick_size: "not-a-number"')
    spec.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        ir.build(load_spec(folder))
    (problem,) = caught.value.problems
    assert (problem.where.file, problem.where.line) == (spec, line + 1), problem
    assert "InvalidOperation" in problem.message, problem


def test_source_imports_runtime_classes_from_the_generated_package() -> None:
    """The generated package imports what a value names from its own runtime copy; decimals read as written."""
    from decimal import Decimal

    from runtime.limits import Bucket, PerItem

    source = Source({"runtime": "exchange_bindings.runtime"})
    text = source({"orders": PerItem("orders"), "spot": Bucket("spot", 10, 1.0, "ip"), "tick": Decimal("1E-8")})
    assert text == (
        "{'orders': PerItem(param='orders'), 'spot': Bucket(name='spot', limit=10, per=1.0, scope='ip'), "
        "'tick': Decimal('0.00000001')}"
    )
    assert source.import_lines() == [
        "from decimal import Decimal",
        "from exchange_bindings.runtime.limits import Bucket, PerItem",
    ]


def test_an_operation_policy_is_written_over_the_apis() -> None:
    """An operation's retry policy is written as the API's with what differs replaced, and evaluates equal."""
    from runtime.config import RetryPolicy

    base, own = RetryPolicy(attempts=3, kinds=frozenset({"rate_limit"})), RetryPolicy(attempts=3, idempotency="never")
    source = Source()
    text = source.over(own, base, "BASE")
    assert text == "replace(BASE, kinds=frozenset(), idempotency='never')"
    namespace: dict[str, Any] = {"BASE": base}
    for line in source.import_lines():
        exec(line, namespace)
    assert eval(text, namespace) == own
    assert source.over(base, base, "BASE") == "BASE"


def test_every_auth_plugin_has_a_builder() -> None:
    from generator.typed.auth import BUILDERS
    from runtime.auth import SCHEMES

    assert set(BUILDERS) == set(SCHEMES)
