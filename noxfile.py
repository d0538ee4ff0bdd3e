"""Sessions: generate, check (drift), lint, typecheck, tests, bench, limits, faults, conformance, official, docs. `nox -l` lists them."""

from __future__ import annotations

import hashlib
from pathlib import Path

import nox

nox.options.sessions = ["generate", "tests"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"
GENERATOR = ["-e", "."]  # the generator's own dependencies, from pyproject.toml
PACKAGE = "./generated[stub]"  # the package downstream installs, with the stub servers' extra
# the validator checks each API's OpenAPI export; schemathesis drives each stub from it (conformance)
# mkdocs-material builds the reference site, which a test opens in headless Chromium (.ci/run installs it)
# asyncapi3 validates each API's AsyncAPI 3.0 export (its object model is the 3.0 schema in pydantic)
# pytest-xdist runs the tests in parallel worker processes
# mypy: a test asks it what the generated structs' enumerated fields are to a type checker (Literal)
# jsonpatch applies the RFC 6902 patches that mend an exchange's own OpenAPI for the conformance run (official.py)
# hypothesis: property tests over any input (tests/test_urls.py: request URLs against httpx's own parse)
TEST_TOOLS = [
    "pytest",
    "pytest-xdist",
    "openapi-spec-validator",
    "schemathesis",
    "mkdocs-material",
    "asyncapi3",
    "mypy",
    "jsonpatch",
    "hypothesis",
]
# Most tests wait on sockets, deadlines and sleeps rather than the CPU, so more workers than cores pay off
# (4 on a 2-core CI machine); `nox -s tests -- -n 0` runs serially, later options win.
PYTEST_PARALLEL = ["-n", "4", "--dist", "worksteal"]


def _install(session: nox.Session, *requirements: str) -> None:
    """session.install, skipped when the reused virtualenv already got these requirements from these sources
    (the pyproject files, and the generated package's files when it is installed as a copy, not editable)."""
    key = "\0".join(requirements)
    stamp = Path(str(session.virtualenv.location)) / f".installed-{hashlib.sha256(key.encode()).hexdigest()[:12]}"
    sha = hashlib.sha256(key.encode())
    sources = [Path("pyproject.toml"), Path("generated/pyproject.toml")]
    if PACKAGE in requirements:
        sources += sorted(
            p for p in Path("generated/exchange_bindings").rglob("*") if p.is_file() and p.suffix != ".pyc"
        )
    for source in sources:
        sha.update(source.as_posix().encode() + b"\0" + source.read_bytes())
    if stamp.is_file() and stamp.read_text() == sha.hexdigest():
        session.log("requirements and their sources unchanged since this virtualenv installed them: install skipped")
        return
    session.install(*requirements)
    stamp.write_text(sha.hexdigest())


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from spec/ and print a summary per API."""
    _install(session, *GENERATOR)
    session.run("python", "-m", "generator", *session.posargs)


@nox.session(python=PYTHON)
def check(session: nox.Session) -> None:
    """Fail when generated/ is not exactly what the spec and templates produce."""
    _install(session, *GENERATOR)
    session.run("python", "-m", "generator", "--check", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check over everything, generated code included."""
    _install(session, *GENERATOR)  # the pinned ruff
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the generator, the runtime and the generated package."""
    _install(session, *GENERATOR, PACKAGE, "mypy", "pytest", "types-PyYAML", "types-jsonschema")
    session.run("mypy", "generator", "generated/exchange_bindings")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """pytest over the generator, the runtime and every generated API."""
    _install(session, *GENERATOR, PACKAGE, *TEST_TOOLS)
    session.run("pytest", *PYTEST_PARALLEL, *session.posargs)


@nox.session(python=PYTHON)
def limits(session: nox.Session) -> None:
    """The limits figures alone: burst accuracy, limiter overhead, fault storm, deadline (per API)."""
    _install(session, *GENERATOR, PACKAGE)
    session.run("python", "-m", "benchmarks", "--limits", *session.posargs)


@nox.session(python=PYTHON)
def faults(session: nox.Session) -> None:
    """Lost answers, deadlines and shutdown against every API; a table (0 placed twice, 0 late calls, stops < 2 s)."""
    _install(session, *GENERATOR, PACKAGE)
    session.run("python", "-m", "benchmarks.faults", *session.posargs)


@nox.session(python=PYTHON)
def conformance(session: nox.Session) -> None:
    """Each stub against its own OpenAPI export (schemathesis); a table: cases, server errors and schema violations (both must be 0)."""
    _install(session, *GENERATOR, PACKAGE, "schemathesis")
    session.run("python", "-m", "benchmarks.conformance", *session.posargs)


@nox.session(python=PYTHON)
def official(session: nox.Session) -> None:
    """Each stub with official documents (spec/<api>/conformance/) served and driven by schemathesis from them;
    the figures: operations, cases, server errors, schema violations, statuses answered per operation."""
    _install(session, *GENERATOR, PACKAGE, "schemathesis", "jsonpatch")
    session.run("python", "-m", "benchmarks.official", *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """The browsable API reference: an MkDocs (Material) site from each API's REFERENCE.md, in build/site."""
    _install(session, *GENERATOR, "mkdocs-material")
    session.run("python", "-m", "generator.site", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Ratios against baselines measured in the same run: client overhead, decoding, import, generation."""
    # ccxt only here: the peer the clients are measured against (the release the spec's x-peers names)
    _install(session, *GENERATOR, PACKAGE, "pydantic>=2", "ccxt==4.5.85")
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session(python=PYTHON)
def inferred(session: nox.Session) -> None:
    """List every item a spec marks as inferred, with the model it follows (`-- <api>` for one API)."""
    _install(session, *GENERATOR)
    session.run("python", "-m", "generator.inferred", *session.posargs)
