"""Each API module's docstring shows the session its spec chooses (`api.example`: the markets, a ticker,
placing and cancelling an order), and that session runs, as written, against the API's stub, with
`Client` and (awaited) with `AsyncClient`."""

from __future__ import annotations

import asyncio
import re
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import APIS, SPECS, generated
from stub_support import stub_of
from test_loader import VALID, problems, write

from generator import ir
from generator.loader import load_spec

URL = "http://stub.invalid"


def _session(api: ir.ApiIR) -> str:
    """The code inside the docstring's `with Client(...) as client:` block."""
    doc = generated(api.id).__doc__ or ""
    block = doc.split(" as client:\n", 1)[1].split("\n\n", 1)[0]
    return textwrap.dedent(block)


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_the_docstring_shows_the_spec_s_example(api: ir.ApiIR) -> None:
    steps = SPECS[api.id].data["api"]["example"]
    calls = re.findall(r"client\.(\w+)\(", _session(api))
    assert calls == [step["call"] for step in steps]
    assert len(calls) >= 3 and calls[0] != api.endpoints[0].name  # chosen, not the first name alphabetically


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_the_docstring_example_runs_against_the_stub_sync_and_async(api: ir.ApiIR) -> None:
    code = _session(api)
    credentials = dict(api.stub["accounts"][0]["credentials"])
    module = generated(api.id)
    stub = stub_of(api, seed=1)
    with module.Client(base_url=URL, http_client=httpx.Client(transport=stub.transport()), **credentials) as client:
        exec(compile(code, f"<{api.id} docstring>", "exec"), {"client": client})  # our own docstring
    assert not stub.state()["open_orders"]  # placed, then cancelled

    awaited = "async def session(client):\n" + textwrap.indent(code.replace("client.", "await client."), "    ")
    stub = stub_of(api, seed=1)

    async def run() -> None:
        http = httpx.AsyncClient(transport=stub.async_transport())
        async with module.AsyncClient(base_url=URL, http_client=http, **credentials) as client:
            scope: dict[str, Any] = {}
            exec(compile(awaited, f"<{api.id} docstring, awaited>", "exec"), scope)
            await scope["session"](client)

    asyncio.run(run())
    assert not stub.state()["open_orders"]


@pytest.mark.parametrize(
    ("example", "message"),
    [
        ("[{call: get_nothing}]", "no endpoint 'get_nothing'"),
        ("[{call: get_thing, args: {id: a, colour: red}}]", "'get_thing' has no parameter 'colour'"),
        ("[{call: get_thing}]", "'get_thing' needs its required parameter 'id'"),
        ("[{call: get_thing, args: {id: {result: thing.id}}}]", "no earlier call's result is named 'thing.id'"),
    ],
)
def test_the_loader_refuses_an_example_that_cannot_run(tmp_path: Path, example: str, message: str) -> None:
    text = VALID.replace(
        "  docs: https://example.invalid/docs\n", f"  docs: https://example.invalid/docs\n  example: {example}\n"
    )
    assert any(message in problem and ":" in problem for problem in problems(write(tmp_path, text)))


def test_a_result_named_before_may_be_read(tmp_path: Path) -> None:
    example = "[{call: get_thing, args: {id: a}, as: thing}, {call: get_thing, args: {id: {result: thing.id}}}]"
    text = VALID.replace(
        "  docs: https://example.invalid/docs\n", f"  docs: https://example.invalid/docs\n  example: {example}\n"
    )
    api = ir.build(load_spec(write(tmp_path, text)))
    assert api.example == ("thing = client.get_thing(id='a')", "client.get_thing(id=thing.id)")
