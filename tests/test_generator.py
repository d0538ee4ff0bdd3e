"""The generator is deterministic, reports drift, and owns every file under generated/."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import APIS, ROOT

from generator import fingerprint, loader, output, render, surface
from generator.loader import SPEC_DIR, load_spec


def _render_all() -> dict[Path, str]:
    env = render.environment()
    files: dict[Path, str] = {}
    structs: dict[str, int] = {}
    version = surface.committed(output.GENERATED)[0]
    for api in APIS.values():
        files |= output.formatted(render.render_api(env, api)) | render.exports(
            load_spec(SPEC_DIR / api.id), api, version
        )
        structs[api.id] = render.struct_count(files[Path(render.PACKAGE) / api.id / "models.py"])
    files |= output.formatted(render.render_package(env, list(APIS.values()), structs, version))
    return files


def test_the_package_readme_counts_what_was_generated() -> None:
    """Each API's endpoints and structs in the generated README are those of its generated modules."""
    readme = (ROOT / "generated" / "README.md").read_text()
    for api in APIS.values():
        models = (ROOT / "generated" / render.PACKAGE / api.id / "models.py").read_text()
        row = next(line for line in readme.splitlines() if f"`exchange_bindings.{api.id}`" in line)
        cells = [c.strip() for c in row.split("|")]
        assert cells[3:5] == [str(len(api.endpoints)), str(models.count("(Struct") + models.count("(Checked"))], row


def test_two_runs_give_identical_bytes() -> None:
    assert _render_all() == _render_all()


def test_committed_package_is_up_to_date() -> None:
    """In full (--force), not trusting the fingerprint: every file rendered and compared."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--check", "--force"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout and "unchanged" not in result.stdout


def test_committed_fingerprint_matches_and_skips_the_run(capsys: pytest.CaptureFixture[str]) -> None:
    """The committed fingerprint is the inputs' and generated/'s: a no-op check loads no spec."""
    from generator import __main__ as generator_main

    assert fingerprint.unchanged(), "generated/inputs.sha256 is stale: run python -m generator"
    assert generator_main.main(["--check"]) == 0
    out = capsys.readouterr().out
    assert "deprecated)" not in out and "are what the last full run left" in out  # (full runs count deprecated ones)
    assert all(f"{api}: " in out and f"{len(APIS[api].endpoints)} endpoints" in out for api in APIS)


def test_fingerprint_moves_with_every_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A byte of a spec, a hand edit in generated/ or another formatter version each force a full run."""
    before = fingerprint.current()
    spec_copy = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_copy)
    monkeypatch.setattr(loader, "SPEC_DIR", spec_copy)
    assert fingerprint.current() == before
    edited = next(spec_copy.rglob("api.yaml"))
    edited.write_text(edited.read_text() + "\n")
    assert fingerprint.current() != before
    monkeypatch.setattr(loader, "SPEC_DIR", SPEC_DIR)

    generated_copy = tmp_path / "generated"
    shutil.copytree(output.GENERATED, generated_copy, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    monkeypatch.setattr(output, "GENERATED", generated_copy)
    assert fingerprint.unchanged()
    client = generated_copy / render.PACKAGE / next(iter(APIS)) / "client.py"  # (not a build/ copy pip left)
    client.write_text(client.read_text() + "# hand edit\n")
    assert not fingerprint.unchanged()
    client.write_text(client.read_text().removesuffix("# hand edit\n"))
    assert fingerprint.unchanged()

    real_version = fingerprint.metadata.version
    monkeypatch.setattr(fingerprint.metadata, "version", lambda d: "0.0.0" if d == "ruff" else real_version(d))
    assert not fingerprint.unchanged()


def test_check_lists_changed_and_stale_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", copy, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    monkeypatch.setattr(output, "GENERATED", copy)
    files = _render_all()
    owned = sorted({str(p.parts[0]) if len(p.parts) == 1 else "/".join(p.parts[:2]) for p in files})
    assert output.changes(files, owned) == ([], [])
    edited = next(p for p in files if p.name == "client.py")
    (copy / edited).write_text((copy / edited).read_text() + "# hand edit\n")
    stale = edited.parent / "leftover.py"
    (copy / stale).write_text("x = 1\n")
    assert output.changes(files, owned) == ([edited], [stale])
    to_write, to_delete = output.changes(files, owned)
    output.apply(files, to_write, to_delete)
    assert output.changes(files, owned) == ([], [])
    assert not (copy / stale).exists()


def test_runtime_is_copied_verbatim() -> None:
    for source in (ROOT / "runtime").glob("*.py"):
        copy = ROOT / "generated" / "exchange_bindings" / "runtime" / source.name
        assert copy.read_text() == source.read_text(), f"{copy} differs from {source}: run nox -s generate"
