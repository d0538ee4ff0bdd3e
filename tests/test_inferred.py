"""The inferred items of a spec, listed by one command: an API known only by its endpoint table (the
whole API marked inferred) marks every endpoint, struct and error code, each with the model it follows."""

from __future__ import annotations

import subprocess
import sys

from conftest import APIS, ROOT, loaded

from generator.inferred import inferred

SPECS = {api.id: loaded(ROOT / "spec" / api.id).data for api in APIS.values()}
API = next(api for api in APIS.values() if SPECS[api.id]["api"].get("source", {}).get("inferred"))


def test_every_endpoint_struct_and_error_code_of_an_inferred_api_is_marked_with_its_model() -> None:
    items = dict(inferred(SPECS[API.id]))
    assert all(note.strip() for note in items.values()), "each inference names the model it follows"
    assert {f"endpoints/{ep.name}" for ep in API.endpoints} <= set(items)
    assert {f"errors/codes/{code}" for code in API.config["errors"]["codes"]} <= set(items)
    assert {f"schemas/{name}" for name in API.schemas} <= set(items)


def test_one_command_lists_them() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator.inferred", API.id], cwd=ROOT, capture_output=True, text=True, check=True
    )
    lines = done.stdout.splitlines()
    assert "endpoints/login -- " in "\n".join(lines) and done.stderr.strip() == f"{len(lines)} inferred item(s)"
