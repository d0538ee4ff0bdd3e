"""Skip a run whose inputs and outputs are what the last full run left: a no-op check in well under a second.

The fingerprint is two hashes kept in `generated/`: one of everything generation reads (the specs, the
generator, its templates, the runtime it copies, the tools that format the output) and one of what it
wrote. A run whose inputs hash to the recorded value, over a `generated/` that still hashes to what was
written, would change nothing; anything else (a spec edit, a hand edit in `generated/`, a new ruff)
runs in full.
"""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

from generator import loader, output
from generator.render import ROOT, RUNTIME, TEMPLATES

FILE = "inputs.sha256"
# Distributions whose version shapes the output (formatting, struct generation, the templates' engine).
TOOLS = ("ruff", "datamodel-code-generator", "black", "msgspec", "jinja2", "pyyaml")


def _digest(files: list[tuple[str, Path]]) -> str:
    sha = hashlib.sha256()
    for name, path in sorted(files):
        sha.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


def _tree(base: Path, label: str) -> list[tuple[str, Path]]:
    return [
        (f"{label}/{p.relative_to(base).as_posix()}", p)
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    ]


def _versions() -> str:
    found = []
    for tool in TOOLS:
        try:
            found.append(f"{tool}={metadata.version(tool)}")
        except metadata.PackageNotFoundError:
            found.append(f"{tool}=absent")
    return " ".join(found)


def inputs() -> str:
    files = _tree(loader.SPEC_DIR, "spec") + _tree(TEMPLATES, "templates") + _tree(RUNTIME, "runtime")
    files += [*_tree(ROOT / "generator", "generator"), ("pyproject.toml", ROOT / "pyproject.toml")]
    return hashlib.sha256((_digest(files) + _versions()).encode()).hexdigest()


def outputs() -> str:
    return _digest([(p.as_posix(), output.GENERATED / p) for p in output.existing([""]) if p.as_posix() != FILE])


def current() -> str:
    return f"inputs {inputs()}\noutputs {outputs()}\n"


def unchanged() -> bool:
    """True when the last full run's record matches the inputs and generated/ as they are now."""
    recorded = output.GENERATED / FILE
    return recorded.is_file() and recorded.read_text(encoding="utf-8") == current()


def record() -> None:
    (output.GENERATED / FILE).write_text(current(), encoding="utf-8")
