"""Every stub conforms to its own OpenAPI export (schemathesis generates the requests; benchmarks/conformance.py),
and the check is able to fail: a stub whose answers break the export is caught."""

from __future__ import annotations

import json

import httpx
import pytest
from conftest import APIS

from benchmarks import conformance
from generator import ir

EXAMPLES = 3  # generated cases per operation here; `nox -s conformance` runs 20


@pytest.mark.parametrize("api", list(APIS.values()), ids=lambda a: a.id)
def test_every_stub_answers_as_its_export_says(api: ir.ApiIR) -> None:
    figures = conformance.run_api(api.id, EXAMPLES)
    assert figures.operations == len(api.endpoints)
    assert figures.cases >= figures.operations  # every operation was called
    assert figures.server_errors == 0, figures.failures
    assert figures.violations == 0, figures.failures


class _Broken(httpx.BaseTransport):
    """The stub's transport, with every successful JSON answer replaced by `body` (or by a 500)."""

    def __init__(self, inner: httpx.BaseTransport, body: object = None) -> None:
        self.inner, self.body = inner, body

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.body is None:
            return httpx.Response(500, json={"error": "boom"})
        if response.status_code < 300:
            return httpx.Response(
                response.status_code, content=json.dumps(self.body).encode(), headers=response.headers
            )
        return response


SMALLEST = min(APIS.values(), key=lambda a: len(a.endpoints)).id  # the checks below need any one API


def test_server_errors_are_counted() -> None:
    figures = conformance.run_api(SMALLEST, 1, wrap=_Broken)
    assert figures.server_errors == figures.cases > 0 and not figures.ok


def test_answers_that_break_the_schema_are_counted() -> None:
    figures = conformance.run_api(SMALLEST, 1, wrap=lambda t: _Broken(t, body="not what any operation answers"))
    assert figures.violations > 0 and figures.server_errors == 0 and not figures.ok
    assert any("violates schema" in f for f in figures.failures)
