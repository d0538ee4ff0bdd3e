"""The APIs of tests/specs (for features no shipped API uses yet) generate, import and serve."""

from __future__ import annotations

import httpx
import pytest
from fixture_apis import fixture_api, ir_of, module, names


@pytest.mark.parametrize("name", names())
def test_a_fixture_api_generates_and_answers_every_endpoint(name: str) -> None:
    api = fixture_api(name)
    stub = module(name, "stub").create_stub(seed=1)
    with api.Client(base_url="http://stub.invalid", http_client=httpx.Client(transport=stub.transport())) as client:
        schemes = ir_of(name).config.get("auth", {}).get("schemes", {}).values()
        sessions = {s.get(role, {}).get("operation") for s in schemes for role in ("refresh", "logout")}
        for ep in ir_of(name).endpoints:  # (a session's refresh needs the cookie its login set)
            if not ep.required_params and ep.auth is None and ep.name not in sessions:
                assert getattr(client, ep.name)() is not None
