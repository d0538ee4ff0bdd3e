"""The README's examples run as written, against a stub started with the README's command."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from mypy import api as mypy_api

BLOCKS = re.findall(r"```python\n(# example: [^\n]*\n.*?)```", (ROOT / "README.md").read_text(), re.S)


def _serve(api: str) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "exchange_bindings", "serve", api, "--json"], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    return proc, json.loads(proc.stdout.readline())


def test_readme_has_runnable_examples() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.splitlines()[0].removeprefix("# example: "))
def test_readme_example(block: str, tmp_path: Path) -> None:
    api = re.search(r"exchange_bindings\.(\w+)", block).group(1)  # type: ignore[union-attr]
    proc, info = _serve(api)
    try:
        script = tmp_path / "example.py"
        script.write_text(f"info = {info!r}\n" + block)
        for run in ("first", "second"):  # twice against the same server: an example must not rely on a fresh stub
            result = subprocess.run(
                [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
            )
            assert result.returncode == 0, f"{run} run: {result.stderr[-2000:]}"
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0


PYTEST_BLOCKS = re.findall(r"```python\n(# pytest example: [^\n]*\n.*?)```", (ROOT / "README.md").read_text(), re.S)


@pytest.mark.parametrize("block", PYTEST_BLOCKS, ids=lambda b: b.splitlines()[0].removeprefix("# pytest example: "))
def test_readme_pytest_example(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test of the README's runs as written with the package's plugin (no conftest), twice, and passes
    strict type checking (the handle's clients and builders are typed, not Any)."""
    script = tmp_path / "test_example.py"
    script.write_text(block)
    for run in ("first", "second"):
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error", str(script)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
            check=False,
        )
        tests = len(re.findall(r"^(?:async )?def test_", block, re.M))  # every one ran (the async one under anyio)
        assert result.returncode == 0 and f"\n{tests} passed" in result.stdout, f"{run} run: {result.stdout[-3000:]}"
        assert "skipped" not in result.stdout and "deselected" not in result.stdout
    monkeypatch.setenv("MYPYPATH", str(ROOT / "generated"))  # an editable install: mypy does not follow it
    out, err, status = mypy_api.run(["--strict", "--no-incremental", str(script)])
    assert status == 0, out + err


def test_readme_has_a_pytest_example() -> None:
    assert PYTEST_BLOCKS and all("exchange_stub" in block for block in PYTEST_BLOCKS)
