"""The inferred items of a spec, listed by one command: perp_v1 (seed 004: an endpoint table only)
marks every endpoint, struct and error code it had to infer, each with the model it follows."""

from __future__ import annotations

import subprocess
import sys

from conftest import APIS, ROOT

from generator.inferred import inferred
from generator.loader import load_spec

API = APIS["perp_v1"]


def test_every_endpoint_struct_and_error_code_of_perp_v1_is_marked_with_its_model() -> None:
    items = dict(inferred(load_spec(ROOT / "spec" / "perp_v1").data))
    assert all(note.strip() for note in items.values()), "each inference names the model it follows"
    assert {f"endpoints/{ep.name}" for ep in API.endpoints} <= set(items)
    assert {f"errors/codes/{code}" for code in API.config["errors"]["codes"]} <= set(items)
    assert {f"schemas/{name}" for name in API.schemas} <= set(items)


def test_one_command_lists_them() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator.inferred", "perp_v1"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    lines = done.stdout.splitlines()
    assert "endpoints/login -- " in "\n".join(lines) and done.stderr.strip() == f"{len(lines)} inferred item(s)"
