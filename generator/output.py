"""Format the rendered files with ruff and bring generated/ in line with them (or report drift)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from generator.render import ROOT

GENERATED = ROOT / "generated"
CONFIG = ROOT / "pyproject.toml"
# Build and tool debris that lives in generated/ but is not generator output.
IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", "build", "dist"}


def _ruff(*args: str, cwd: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--config", str(CONFIG), "--quiet", "."],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"ruff {args[0]} failed on generated code:\n{result.stdout}{result.stderr}")


def formatted(files: dict[Path, str]) -> dict[Path, str]:
    """The files as ruff leaves them: imports sorted, unused ones dropped, formatted."""
    with tempfile.TemporaryDirectory(prefix="exchange-bindings-") as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        _ruff("check", "--fix-only", "--select", "I,F401,UP,RUF036", "--exit-zero", cwd=root)
        _ruff("format", cwd=root)
        return {rel: (root / rel).read_text(encoding="utf-8") for rel in files}


def existing(owned: list[str]) -> set[Path]:
    """Files now in generated/ under the paths this run owns."""
    found: set[Path] = set()
    for prefix in owned:
        base = GENERATED / prefix
        if base.is_file():
            found.add(Path(prefix))
        elif base.is_dir():
            found |= {
                p.relative_to(GENERATED)
                for p in base.rglob("*")
                if p.is_file() and not IGNORED_PARTS & set(p.relative_to(GENERATED).parts) and ".egg-info" not in str(p)
            }
    return found


def changes(files: dict[Path, str], owned: list[str]) -> tuple[list[Path], list[Path]]:
    """(paths to write, stale paths to delete) to make generated/ equal `files`."""
    to_write = [
        rel
        for rel, text in sorted(files.items())
        if not (GENERATED / rel).is_file() or (GENERATED / rel).read_text(encoding="utf-8") != text
    ]
    stale = sorted(existing(owned) - set(files))
    return to_write, stale


def apply(files: dict[Path, str], to_write: list[Path], stale: list[Path]) -> None:
    for rel in to_write:
        target = GENERATED / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(files[rel], encoding="utf-8")
    for rel in stale:
        (GENERATED / rel).unlink()
