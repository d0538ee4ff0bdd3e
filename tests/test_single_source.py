"""No exchange-specific fact (name, host, path, header, error code) outside spec/ and generated/."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import APIS, ROOT

HAND_WRITTEN = ["generator", "runtime", "templates", "tests", "benchmarks", "noxfile.py", "pyproject.toml", ".ci"]
# clients and checks written from an exchange's docs alone, to check the stub against code and
# expectations that are not ours: they must repeat the docs' facts, or they would test the spec against itself
DOCS_CLIENTS = "test_docs_client_*.py"


def _facts(api: Any) -> set[str]:
    """Strings that only make sense for one exchange."""
    facts = {api.id, api.title}
    for env in api.config["servers"]["environments"].values():
        urls = [*env.values(), *env.get("hosts", {}).values()]
        facts |= {re.sub(r"^\w+://", "", url).split("/")[0] for url in urls if isinstance(url, str) and "://" in url}
    for scheme in api.config["auth"].get("schemes", {}).values():
        facts |= set(scheme.get("headers", {})) | ({scheme["name"]} if "name" in scheme else set())
    facts |= {code for code in api.config["errors"].get("codes", {}) if len(code) >= 4}
    # paths of two words or more (one word and an id, /orders/{id}, is every REST API's)
    facts |= {ep.path for ep in api.endpoints if len([s for s in ep.path.strip("/").split("/") if "{" not in s]) > 1}
    facts |= {name for name in api.schemas if len(name) > 12}
    return facts


def _files() -> list[Path]:
    out: list[Path] = []
    for name in HAND_WRITTEN:
        path = ROOT / name
        out += (
            [path]
            if path.is_file()
            else [
                p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts and not p.match(DOCS_CLIENTS)
            ]
        )
    return out


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_no_exchange_fact_outside_the_spec(api: Any) -> None:
    facts = _facts(api)
    assert len(facts) > 20, "the fact list must be meaningful"
    # compiled once (hundreds of facts overflow re's cache); a plain substring test first, as most files lack most facts
    patterns = [(fact, re.compile(rf"(?<![\w/-]){re.escape(fact)}(?![\w-])")) for fact in sorted(facts)]
    found = []
    for path in _files():
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [
            f"{path.relative_to(ROOT)}: {fact}" for fact, pattern in patterns if fact in text and pattern.search(text)
        ]
    assert not found, "move these into spec/: " + "; ".join(found)
