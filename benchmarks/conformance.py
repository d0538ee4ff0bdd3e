"""`nox -s conformance`: every stub against its own OpenAPI export, driven by schemathesis.

For each API, schemathesis reads the export the package ships (`exchange_bindings/<api>/openapi.json`)
and generates requests for every operation: valid ones and, by mutating them, invalid ones. Each is
signed by our client's auth scheme for the operation (HMAC, API key, Basic, a session's token), sent to
the stub in-process, and the answer is checked against the export: no server error (5xx), a status the
operation documents, the documented content type and the documented schema for that status. A table
per API: operations, cases run, server errors (must be 0), schema violations (must be 0).

`python -m benchmarks.conformance [--examples N] [api ...]`; exit 1 when a must-be figure is missed.
The generation is derandomised (the same cases every run), so a failure reproduces.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import resources
from typing import Any

import httpx
import hypothesis
import schemathesis
from hypothesis import HealthCheck, Phase
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from exchange_bindings.errors import ExchangeError
from exchange_bindings.runtime.auth import OPERATION
from generator.loader import api_folders

BASE = "http://stub.invalid"
Wrap = Callable[[httpx.BaseTransport], httpx.BaseTransport]
FAILURES_KEPT = 10  # failures kept for the report (the first ones)
SCHEMA_CHECKS = (status_code_conformance, content_type_conformance, response_schema_conformance)


@dataclass
class Figures:
    api: str
    operations: int = 0
    cases: int = 0
    server_errors: int = 0
    violations: int = 0
    unsent: int = 0  # cases whose session login the stub refused (a throttle), so never sent
    statuses: Counter[int] = field(default_factory=Counter)
    seen: dict[str, set[int]] = field(default_factory=dict)  # statuses answered, by "METHOD /path"
    failures: list[str] = field(default_factory=list)  # the first few, for the report

    @property
    def ok(self) -> bool:
        return self.server_errors == 0 and self.violations == 0


def _same(transport: httpx.BaseTransport) -> httpx.BaseTransport:
    return transport


def export(api: str) -> dict[str, Any]:
    """The OpenAPI document the package ships for `api`."""
    text = resources.files("exchange_bindings").joinpath(api, "openapi.json").read_text()
    document: dict[str, Any] = json.loads(text)
    return document


def run_api(api: str, examples: int, seed: int = 0, wrap: Wrap | None = None) -> Figures:
    """Every operation of `api`'s export, `examples` generated cases each, against a fresh stub (its
    transport passed through `wrap`, which tests use to break the stub's answers)."""
    package = importlib.import_module(f"exchange_bindings.{api}")
    stub = importlib.import_module(f"exchange_bindings.{api}.stub").create_stub(seed=seed)
    schema = schemathesis.openapi.from_dict(export(api))
    figures = Figures(api)
    with (
        package.Client(base_url=BASE, max_retries=0, **stub.credentials) as client,
        httpx.Client(transport=(wrap or _same)(stub.transport()), base_url=BASE) as http,
    ):
        core = client._core  # its auth flows sign as the client does, sessions included
        for result in schema.get_all_operations():
            operation = result.ok()
            figures.operations += 1
            name = operation.definition.raw["operationId"]
            _run_operation(operation, name, _auth(core, name), http, examples, figures)
    return figures


def _auth(core: Any, name: str) -> httpx.Auth | None:
    """How our client signs operation `name` (None: it is public)."""
    scheme = core.scheme(core.operations[name])
    auth: httpx.Auth | None = core.auths.get(scheme) if scheme is not None else None
    return auth


def operation_names(api: str) -> dict[tuple[str, str], str]:
    """Our operation names by (METHOD, path), from the export: a foreign document's operations map onto them."""
    paths = export(api)["paths"]
    return {(method.upper(), path): op["operationId"] for path, ops in paths.items() for method, op in ops.items()}


def run_document(
    api: str,
    document: dict[str, Any],
    base_url: str,
    credentials: dict[str, str],
    examples: int,
    only: set[str] | None = None,
) -> Figures:
    """Every operation of a foreign OpenAPI `document` (e.g. the exchange's own) against a stub served at
    `base_url`, signed by our client as `credentials` (each operation as ours of the same method and path);
    `only` limits the run to those operations (our names)."""
    package = importlib.import_module(f"exchange_bindings.{api}")
    names = operation_names(api)
    schema = schemathesis.openapi.from_dict(document)
    figures = Figures(api)
    with (
        package.Client(base_url=base_url, max_retries=0, **credentials) as client,
        httpx.Client(base_url=base_url, timeout=30) as http,
    ):
        for result in schema.get_all_operations():
            operation = result.ok()
            name = names[(operation.method.upper(), operation.path)]
            if only is not None and name not in only:
                continue
            figures.operations += 1
            _run_operation(operation, name, _auth(client._core, name), http, examples, figures, base_url, True)
    return figures


def _run_operation(
    operation: Any,
    name: str,
    auth: httpx.Auth | None,
    http: httpx.Client,
    examples: int,
    figures: Figures,
    base_url: str = BASE,
    from_examples: bool = False,
) -> None:
    """`examples` generated cases of the operation, after (`from_examples`) one case per example the document
    gives (requests that are valid where generated ones rarely are: an order on a real market)."""
    seen = figures.seen.setdefault(f"{operation.method.upper()} {operation.path}", set())
    # a 5xx the document declares for the operation (a gateway timeout) is its answer, not a crash
    declared = {int(s) for s in operation.definition.raw.get("responses", {}) if s.isdigit() and int(s) >= 500}
    runs = [(s, 1) for s in operation.get_strategies_from_examples()] if from_examples else []
    for strategy, count in [*runs, (operation.as_strategy(), examples)]:
        _run_strategy(strategy, count, name, auth, http, figures, base_url, seen, declared)


def _run_strategy(
    strategy: Any,
    examples: int,
    name: str,
    auth: httpx.Auth | None,
    http: httpx.Client,
    figures: Figures,
    base_url: str,
    seen: set[int],
    declared: set[int],
) -> None:
    @hypothesis.settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @hypothesis.given(case=strategy)
    def one(case: Any) -> None:
        figures.cases += 1
        request = _request(http, case, name, base_url)
        started = time.monotonic()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                response = http.send(request, auth=auth) if auth is not None else http.send(request)
        except ExchangeError:  # the session's own login refused (throttled by the cases before): not sent
            figures.unsent += 1
            return
        response.elapsed = timedelta(seconds=time.monotonic() - started)  # the checks read it; in-process, unset
        figures.statuses[response.status_code] += 1
        seen.add(response.status_code)
        for check in (not_a_server_error, *SCHEMA_CHECKS):
            if check is not_a_server_error and response.status_code in declared:
                continue
            try:
                case.validate_response(response, checks=[check])
            except (AssertionError, BaseExceptionGroup) as failure:  # a check's failures: counted, not raised
                if check is not_a_server_error:
                    figures.server_errors += 1
                else:
                    figures.violations += 1
                if len(figures.failures) < FAILURES_KEPT:
                    figures.failures.append(
                        f"{name} {request.method} {request.url.raw_path.decode()[:80]} -> {response.status_code}"
                        f" {response.content[:80]!r}: {_said(failure)}"
                    )

    one()


def _said(failure: BaseException) -> str:
    """A check failure in one line: its title and the start of its message."""
    first = failure.exceptions[0] if isinstance(failure, BaseExceptionGroup) else failure
    title, message = getattr(first, "title", type(first).__name__), getattr(first, "message", str(first))
    return f"{title}: {' '.join(str(message).split())[:160]}"


def _request(http: httpx.Client, case: Any, name: str, base_url: str = BASE) -> httpx.Request:
    """The case as schemathesis would send it, as an httpx request naming its operation (for the auth flow)."""
    sent = case.as_transport_kwargs(base_url=base_url)
    body = sent.get("data")
    return http.build_request(
        sent["method"],
        sent["url"],
        params=sent.get("params"),
        headers=sent.get("headers"),
        cookies=sent.get("cookies"),
        json=sent.get("json"),
        data=body if isinstance(body, dict) else None,
        content=body if isinstance(body, (str, bytes)) else None,
        extensions={OPERATION: name},
    )


def table(rows: list[Figures]) -> str:
    head = f"{'api':<13} {'operations':>10} {'cases':>7} {'unsent':>6} {'5xx':>5} {'violations':>10}  statuses"
    lines = [head, "-" * len(head)]
    for f in rows:
        statuses = " ".join(f"{s}:{n}" for s, n in sorted(f.statuses.items()))
        lines.append(
            f"{f.api:<13} {f.operations:>10} {f.cases:>7} {f.unsent:>6} {f.server_errors:>5} {f.violations:>10}  {statuses}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.conformance", description=__doc__.splitlines()[0])
    parser.add_argument("apis", nargs="*", help="APIs to check (default: every API)")
    parser.add_argument("--examples", type=int, default=20, help="generated cases per operation (default 20)")
    args = parser.parse_args(argv)
    apis = args.apis or [folder.name for folder in api_folders()]
    rows = []
    for api in apis:
        figures = run_api(api, args.examples)
        rows.append(figures)
        print(f"{api}: {figures.cases} cases, {figures.server_errors} server errors, {figures.violations} violations")
        for failure in figures.failures:
            print(f"  {failure}")
    print(table(rows))
    return 0 if all(f.ok for f in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
