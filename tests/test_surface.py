"""The surface diff: every regeneration compares the public surface with the committed one, flags what
breaks callers, bumps the version semver-wise and writes a changelog entry; `--check` catches drift."""

from __future__ import annotations

from typing import Any

import pytest

from generator import ir, output, surface
from generator.loader import SPEC_DIR, load_spec


def _surface(edit: Any = None) -> dict[str, Any]:
    spec = load_spec(SPEC_DIR / "coinex_v2")
    if edit is not None:
        edit(spec.data)
    return surface.of([ir.build(spec)])


@pytest.fixture(scope="module")
def base() -> dict[str, Any]:
    return _surface()


def _changes(base: dict[str, Any], edit: Any) -> list[surface.Change]:
    return surface.diff(base, _surface(edit))


def _param(data: dict[str, Any], endpoint: str, name: str) -> dict[str, Any]:
    return next(p for p in data["endpoints"][endpoint]["params"] if p["name"] == name)


def test_the_committed_surface_is_todays(base: dict[str, Any]) -> None:
    version, committed, _ = surface.committed(output.GENERATED)
    assert committed is not None and committed["coinex_v2"] == base["coinex_v2"]
    assert version.count(".") == 2


def test_a_removed_endpoint_breaks_and_bumps_the_major(base: dict[str, Any]) -> None:
    changes = _changes(base, lambda d: d["endpoints"].pop("spot_get_order"))
    assert [(c.what, c.where, c.breaking) for c in changes] == [("removed", "coinex_v2 endpoint spot_get_order", True)]
    assert surface.bump("1.4.2", changes) == "2.0.0"


def test_a_parameter_made_required_breaks(base: dict[str, Any]) -> None:
    changes = _changes(base, lambda d: _param(d, "spot_place_order", "client_id").update(required=True))
    assert [(c.where, c.detail, c.breaking) for c in changes] == [
        ("coinex_v2 endpoint spot_place_order param client_id", "now required", True)
    ]


def test_a_narrowed_enum_breaks_and_a_widened_one_adds(base: dict[str, Any]) -> None:
    def narrow(d: dict[str, Any]) -> None:
        _param(d, "spot_place_order", "type")["schema"]["enum"].remove("fok")

    def widen(d: dict[str, Any]) -> None:
        _param(d, "spot_place_order", "type")["schema"]["enum"].append("twap")

    (narrowed,) = _changes(base, narrow)
    assert narrowed.breaking and "fok" in narrowed.detail
    (widened,) = _changes(base, widen)
    assert not widened.breaking and "twap" in widened.detail
    assert surface.bump("1.4.2", [widened]) == "1.4.3"


def test_a_changed_type_breaks_and_an_added_optional_parameter_does_not(base: dict[str, Any]) -> None:
    def retype(d: dict[str, Any]) -> None:
        _param(d, "spot_place_order", "amount")["schema"] = {"type": "integer"}

    def add(d: dict[str, Any]) -> None:
        d["endpoints"]["spot_place_order"]["params"].append(
            {"name": "note", "in": "body", "description": "a note", "schema": {"type": "string"}}
        )

    (retyped,) = _changes(base, retype)
    assert retyped.breaking and "integer" in retyped.detail
    (added,) = _changes(base, add)
    assert (added.what, added.breaking) == ("added", False)
    assert surface.bump("1.4.2", [added]) == "1.5.0"


def test_a_removed_result_field_breaks(base: dict[str, Any]) -> None:
    changes = _changes(base, lambda d: d["schemas"]["SpotOrder"]["properties"].pop("ccy"))
    assert [(c.where, c.what, c.breaking) for c in changes] == [
        ("coinex_v2 struct SpotOrder field ccy", "removed", True)
    ]


def test_the_changelog_gains_an_entry_on_top() -> None:
    first = surface.changelog("", "0.1.0", [])
    second = surface.changelog(first, "0.2.0", [surface.Change("x endpoint a", "added")])
    third = surface.changelog(second, "1.0.0", [surface.Change("x endpoint a", "removed", breaking=True)])
    assert third.index("## 1.0.0") < third.index("## 0.2.0") and "BREAKING" in third
    assert surface.changelog(third, "1.0.0", []) == third


def test_an_example_without_a_now_required_parameter_is_a_spec_error(tmp_path: Any) -> None:
    import shutil

    folder = tmp_path / "coinex_v2"
    shutil.copytree(SPEC_DIR / "coinex_v2", folder)
    spot = folder / "rest-spot.yaml"
    text = spot.read_text()
    marker = "      - name: stp_mode\n        in: body\n"
    assert marker in text
    spot.write_text(text.replace(marker, marker + "        required: true\n", 1))
    from generator.loader import SpecError

    with pytest.raises(SpecError) as caught:
        load_spec(folder)
    assert "example lacks the required parameter 'stp_mode'" in str(caught.value)


def test_check_fails_when_the_surface_moved(tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    """A spec change that moves the surface is drift until regenerated: --check names the surface file
    and the changelog, and says what changed (here: an endpoint the committed surface lacks)."""
    import json
    import shutil

    from generator import __main__ as generator_main

    copy_of = tmp_path / "generated"
    shutil.copytree(output.GENERATED, copy_of, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    committed = json.loads((copy_of / surface.FILE).read_text())
    del committed["apis"]["coinex_v2"]["endpoints"]["spot_get_order"]
    (copy_of / surface.FILE).write_text(json.dumps(committed))
    monkeypatch.setattr(output, "GENERATED", copy_of)
    assert generator_main.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "added   coinex_v2 endpoint spot_get_order" in out
    assert "would write: generated/surface.json" in out and "would write: generated/CHANGELOG.md" in out
