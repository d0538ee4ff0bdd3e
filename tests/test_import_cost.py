"""Importing an API's clients loads what a REST call needs and nothing more (issue 17, import).

The stub's server (uvicorn), the streams' libraries (websockets, httpx-sse), the async stack (asyncio,
aiohttp), httpcore (httpx loads it with its first transport) and the ECDSA and JWT libraries are each
loaded by what uses them: a fresh interpreter that imports every API module, as a REST user does,
has none of them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import APIS

LATER = ("aiohttp", "asyncio", "fastecdsa", "httpcore", "httpx_sse", "jwt", "uvicorn", "websockets")


def _loaded_after(statement: str) -> list[str]:
    code = f"import sys; {statement}; import json; print(json.dumps(sorted(sys.modules)))"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    return [m for m in json.loads(out) if m.split(".")[0] in LATER]


@pytest.mark.parametrize("api", sorted(APIS))
def test_an_api_module_loads_no_server_stream_async_or_crypto_library(api: str) -> None:
    assert _loaded_after(f"import exchange_bindings.{api}") == []


def test_the_probe_sees_what_an_async_client_loads() -> None:
    # the check can fail: an AsyncClient's first request loads the async stack (port 9: refused)
    api = sorted(APIS)[0]
    statement = (
        f"import asyncio, httpx, exchange_bindings.{api} as m\n"
        "c = m.AsyncClient(base_url='http://127.0.0.1:9')\n"
        "async def go():\n"
        "    try:\n"
        "        await c._http.send(c._http.build_request('GET', httpx.URL('http://127.0.0.1:9/')))\n"
        "    except httpx.ConnectError:\n"
        "        pass\n"
        "asyncio.run(go())"
    )
    loaded = _loaded_after(statement)
    assert "aiohttp" in loaded and "asyncio" in loaded
