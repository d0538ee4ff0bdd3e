"""`nox -s official`: a stub against the exchange's OWN OpenAPI documents, driven by schemathesis.

An API whose spec folder has `conformance/official.yaml` ships copies of the exchange's documents there, each
with the RFC 6902 JSON Patches that mend its recorded defects (and nothing else). The stub is served for real
(`python -m exchange_bindings serve <api> --host 127.0.0.1 --port 0 --json`, a subprocess stopped at the end),
every operation of every document is run with schemathesis (derandomised, so a failure reproduces), each
request signed by our client's auth for the operation of the same method and path. Then each documented status
not yet answered is provoked: a fault scripted over the stub's control surface for that operation answers it
(the API's error code of that status's kind, e.g. an exchange unreachable), and the operation runs again.

`python -m benchmarks.official [--examples N] [api ...]` prints the figures; exit 1 when a must-be figure is
missed (a server error, a schema violation, a documented status never answered).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import jsonpatch
import yaml

from benchmarks import conformance
from benchmarks.conformance import Figures, operation_names, run_document
from generator.loader import SPEC_DIR

FILE = Path("conformance") / "official.yaml"
CONTROL = "/__stub__"  # the stub's control surface (runtime/stub/control.py)


class _JsonLoader(yaml.SafeLoader):
    """YAML as JSON reads it: a timestamp stays the text it is (an example time, 2022-05-01T00:00:00)."""


_JsonLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def apis() -> list[str]:
    """The APIs with official documents to conform to."""
    return sorted(folder.name for folder in SPEC_DIR.iterdir() if (folder / FILE).is_file())


def setup(api: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((SPEC_DIR / api / FILE).read_text())
    return loaded


def documents(api: str) -> dict[str, dict[str, Any]]:
    """Each official document of `api` by file name, checked against its recorded sha256, patched."""
    folder = (SPEC_DIR / api / FILE).parent
    found = {}
    for entry in setup(api)["documents"]:
        raw = (folder / entry["file"]).read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        if digest != entry["sha256"]:
            raise ValueError(f"{entry['file']} is not the recorded copy (sha256 {digest})")
        document = yaml.load(raw, _JsonLoader)
        patch = [op for group in entry["patches"] for op in group["operations"]]
        found[entry["file"]] = jsonpatch.apply_patch(document, patch)
    return found


def documented(document: dict[str, Any]) -> dict[str, set[int]]:
    """The statuses each operation documents, by "METHOD /path"."""
    return {
        f"{method.upper()} {path}": {int(status) for status in op.get("responses", {}) if status.isdigit()}
        for path, ops in document["paths"].items()
        for method, op in ops.items()
    }


@dataclass
class Served:
    """A `serve --json` subprocess on 127.0.0.1 and what it announced."""

    api: str
    proc: subprocess.Popen[str] = field(init=False)
    info: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        command = [sys.executable, "-m", "exchange_bindings", "serve", self.api, "--host", "127.0.0.1", "--port", "0"]
        self.proc = subprocess.Popen([*command, "--json"], stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        self.info = json.loads(self.proc.stdout.readline())

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@contextlib.contextmanager
def served(api: str) -> Iterator[Served]:
    server = Served(api)
    try:
        yield server
    finally:
        server.stop()


FAR_SIDE = ("unavailable", "timeout")  # error kinds of what lies beyond the API (an exchange down or slow)


def _errors(api: str) -> Any:
    return importlib.import_module(f"exchange_bindings.{api}").CONFIG.errors


def far_side(api: str, status: int) -> bool:
    """Whether `status` tells of the far side (a fault may provoke it); any other status a request must earn."""
    return _errors(api).statuses.get(status) in FAR_SIDE


def fault_for(api: str, status: int) -> dict[str, Any]:
    """A fault that answers `status`: with the API's first error code of that status's kind, if it has one."""
    errors = _errors(api)
    kind = errors.statuses.get(status)
    code = next((c for c, k in errors.codes.items() if k == kind), None)
    return {"status": status, "times": None} | ({"code": code} if code is not None else {})


def _merge(into: Figures, more: Figures) -> None:
    into.cases += more.cases
    into.server_errors += more.server_errors
    into.violations += more.violations
    into.unsent += more.unsent
    into.statuses.update(more.statuses)
    for key, statuses in more.seen.items():
        into.seen.setdefault(key, set()).update(statuses)
    into.failures += more.failures[: max(0, conformance.FAILURES_KEPT - len(into.failures))]


def run(api: str, examples: int) -> tuple[Figures, dict[str, set[int]]]:
    """Every official document of `api` against its served stub; the figures and the statuses documented."""
    figures, wanted = Figures(api), {}
    with served(api) as server, httpx.Client(base_url=server.info["rest"]) as control:
        base, credentials = server.info["rest"], server.info["credentials"]
        for document in documents(api).values():
            wanted |= documented(document)
            first = run_document(api, document, base, credentials, examples)
            _merge(figures, first)
            figures.operations += first.operations
            progress = True
            while progress and (faults := _provoking(api, documented(document), figures)):  # one fault per operation
                before = sum(map(len, figures.seen.values()))
                for fault in faults:
                    control.post(f"{CONTROL}/faults", json=fault).raise_for_status()
                only = {fault["operation"] for fault in faults}
                _merge(figures, run_document(api, document, base, credentials, 1, only))
                control.delete(f"{CONTROL}/faults").raise_for_status()
                progress = sum(map(len, figures.seen.values())) > before  # else a fault answered otherwise: reported
    return figures, wanted


def _provoking(api: str, documented: dict[str, set[int]], figures: Figures) -> list[dict[str, Any]]:
    """For each operation with a far-side status documented and not yet answered, a fault answering it."""
    names, faults = operation_names(api), []
    for key, statuses in documented.items():
        missing = sorted(s for s in statuses - figures.seen.get(key, set()) if far_side(api, s))
        if missing:
            method, path = key.split(" ", 1)
            faults.append(fault_for(api, missing[0]) | {"operation": names[(method, path)]})
    return faults


def report(figures: Figures, wanted: dict[str, set[int]]) -> str:
    lines = [
        f"{figures.api}: {figures.operations} operations, {figures.cases} cases, {figures.server_errors} server errors,"
        f" {figures.violations} schema violations, {figures.unsent} unsent",
        "statuses answered: " + " ".join(f"{s}:{n}" for s, n in sorted(figures.statuses.items())),
    ]
    for key in sorted(wanted):
        seen, documented_ = figures.seen.get(key, set()), wanted[key]
        missing = sorted(documented_ - seen)
        lines.append(
            f"  {key:<40} documented {sorted(documented_)} seen {sorted(seen)}"
            + (f" MISSING {missing}" if missing else "")
        )
    lines += [f"  failure: {f}" for f in figures.failures]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.official", description=__doc__.splitlines()[0])
    parser.add_argument("apis", nargs="*", help=f"APIs to check (default: {', '.join(apis())})")
    parser.add_argument("--examples", type=int, default=20, help="generated cases per operation (default 20)")
    args = parser.parse_args(argv)
    ok = True
    for api in args.apis or apis():
        figures, wanted = run(api, args.examples)
        print(report(figures, wanted))
        ok = ok and figures.ok and all(wanted[k] <= figures.seen.get(k, set()) for k in wanted)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
