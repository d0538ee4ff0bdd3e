"""The surface diff: every regeneration compares the public surface with the committed one, flags what
breaks callers, bumps the version semver-wise and writes a changelog entry; `--check` catches drift.
Driven by each API's spec: edits are made to a loaded copy and the diff is read back."""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import APIS, SPECS

from generator import ir, output, surface
from generator.loader import SPEC_DIR, Spec, SpecError, load_spec

API_LIST = list(APIS.values())
Edit = Callable[[dict[str, Any]], None]


def _spec(api: str) -> Spec:
    """A private copy of the API's spec as conftest loaded it (loading is the slow part; the data is
    copied so that an edit stays in its test, the locations are only read)."""
    loaded = SPECS[api]
    return dataclasses.replace(loaded, doc=dataclasses.replace(loaded.doc, data=copy.deepcopy(loaded.data)))


def _surface(api: str, edit: Edit | None = None) -> dict[str, Any]:
    if edit is None:
        return _unedited_surface(api)
    spec = _spec(api)
    edit(spec.data)
    return surface.of([ir.build(spec)])


@functools.cache
def _unedited_surface(api: str) -> dict[str, Any]:
    return surface.of([ir.build(_spec(api))])


def _changes(api: ir.ApiIR, edit: Edit) -> list[surface.Change]:
    return surface.diff(_surface(api.id), _surface(api.id, edit))


def _param(api: ir.ApiIR, test: Callable[[dict[str, Any]], bool]) -> tuple[str, str]:
    """An endpoint and one of its parameters that passes `test` (the spec's own words)."""
    spec = SPECS[api.id].data
    return next(
        (name, p["name"])
        for name, ep in sorted(spec["endpoints"].items())
        for p in ep.get("params", [])
        if p.get("in") != "path" and test(p)
    )


def _find(data: dict[str, Any], endpoint: str, param: str) -> dict[str, Any]:
    found: dict[str, Any] = next(p for p in data["endpoints"][endpoint]["params"] if p["name"] == param)
    return found


def _python(api: ir.ApiIR, endpoint: str, wire: str) -> str:
    ep = next(e for e in api.endpoints if e.name == endpoint)
    return next(p.python for p in ep.params if p.wire == wire)


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_the_committed_surface_is_todays(api: ir.ApiIR) -> None:
    version, committed, _ = surface.committed(output.GENERATED)
    assert committed is not None and committed[api.id] == _surface(api.id)[api.id]
    assert version.count(".") == 2


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_a_removed_endpoint_breaks_and_bumps_the_major(api: ir.ApiIR) -> None:
    name = api.endpoints[0].name
    changes = _changes(api, lambda d: d["endpoints"].pop(name))
    assert [(c.what, c.where, c.breaking) for c in changes] == [("removed", f"{api.id} endpoint {name}", True)]
    assert surface.bump("1.4.2", changes) == "2.0.0"


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_a_parameter_made_required_breaks(api: ir.ApiIR) -> None:
    endpoint, param = _param(api, lambda p: not p.get("required"))
    changes = _changes(api, lambda d: _find(d, endpoint, param).update(required=True))
    assert [(c.where, c.detail, c.breaking) for c in changes] == [
        (f"{api.id} endpoint {endpoint} param {_python(api, endpoint, param)}", "now required", True)
    ]


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_a_narrowed_enum_breaks_and_a_widened_one_adds(api: ir.ApiIR) -> None:
    endpoint, param = _param(api, lambda p: len(p.get("schema", {}).get("enum", [])) >= 2)
    last = _find(SPECS[api.id].data, endpoint, param)["schema"]["enum"][-1]
    (narrowed,) = _changes(api, lambda d: _find(d, endpoint, param)["schema"]["enum"].pop())
    assert narrowed.breaking and str(last) in narrowed.detail
    (widened,) = _changes(api, lambda d: _find(d, endpoint, param)["schema"]["enum"].append("brand_new"))
    assert not widened.breaking and "brand_new" in widened.detail
    assert surface.bump("1.4.2", [widened]) == "1.4.3"


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_a_changed_type_breaks_and_an_added_optional_parameter_does_not(api: ir.ApiIR) -> None:
    endpoint, param = _param(  # a text or number parameter (some APIs have no text ones)
        api, lambda p: p.get("schema", {}).get("type") in ("string", "integer", "number") and "enum" not in p["schema"]
    )
    (retyped,) = _changes(api, lambda d: _find(d, endpoint, param).update(schema={"type": "boolean"}))
    assert retyped.breaking and "boolean" in retyped.detail

    def add(d: dict[str, Any]) -> None:
        d["endpoints"][endpoint]["params"].append(
            {"name": "brand_new", "in": "query", "description": "new", "schema": {"type": "string"}}
        )

    (added,) = _changes(api, add)
    assert (added.what, added.breaking) == ("added", False)
    assert surface.bump("1.4.2", [added]) == "1.5.0"


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_a_removed_result_field_breaks(api: ir.ApiIR) -> None:
    name, schema = next(
        (n, s)
        for n, s in sorted(api.schemas.items())
        if n not in api.request_schemas and s.get("properties") and n in json.dumps(surface.of([api]))
    )
    field = sorted(schema["properties"])[0]
    changes = _changes(api, lambda d: d["schemas"][name]["properties"].pop(field))
    assert (f"{api.id} struct {name} field {field}", "removed", True) in [
        (c.where, c.what, c.breaking) for c in changes
    ]


def test_the_changelog_gains_an_entry_on_top() -> None:
    first = surface.changelog("", "0.1.0", [])
    second = surface.changelog(first, "0.2.0", [surface.Change("x endpoint a", "added")])
    third = surface.changelog(second, "1.0.0", [surface.Change("x endpoint a", "removed", breaking=True)])
    assert third.index("## 1.0.0") < third.index("## 0.2.0") and "BREAKING" in third
    assert surface.changelog(third, "1.0.0", []) == third


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_an_example_without_a_now_required_parameter_is_a_spec_error(api: ir.ApiIR, tmp_path: Path) -> None:
    """Make required a parameter that an endpoint's call example leaves out: the loader refuses the spec."""
    folder = tmp_path / api.id
    shutil.copytree(SPEC_DIR / api.id, folder)
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text())
        for ep in (data or {}).get("endpoints", {}).values():
            example = next((e for e in ep.get("examples", []) if "params" in e), None)
            left_out = [p for p in ep.get("params", []) if example and p["name"] not in example["params"]]
            if left_out:
                left_out[0]["required"] = True
                path.write_text(yaml.safe_dump(data, sort_keys=False))
                with pytest.raises(SpecError, match=f"example lacks the required parameter '{left_out[0]['name']}'"):
                    load_spec(folder)
                return
    pytest.fail("no endpoint example leaves out a parameter")


@pytest.mark.parametrize("api", API_LIST[:1], ids=lambda a: a.id)
def test_check_fails_when_the_surface_moved(
    api: ir.ApiIR, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """A spec change that moves the surface is drift until regenerated: --check names the surface file
    and the changelog, and says what changed (here: an endpoint the committed surface lacks)."""
    from generator import __main__ as generator_main

    copy_of = tmp_path / "generated"
    shutil.copytree(output.GENERATED, copy_of, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    committed = json.loads((copy_of / surface.FILE).read_text())
    name = api.endpoints[0].name
    del committed["apis"][api.id]["endpoints"][name]
    (copy_of / surface.FILE).write_text(json.dumps(committed))
    monkeypatch.setattr(output, "GENERATED", copy_of)
    assert generator_main.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert f"added   {api.id} endpoint {name}" in out
    assert "would write: generated/surface.json" in out and "would write: generated/CHANGELOG.md" in out
