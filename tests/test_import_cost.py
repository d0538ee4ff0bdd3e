"""Importing an API's clients loads their classes and nothing more; the first client loads what a
REST call needs (issue 17, import).

The stub's server (uvicorn), the streams' libraries (websockets, httpx-sse), the async stack (asyncio,
aiohttp), httpcore (httpx loads it with its first transport) and the ECDSA and JWT libraries are each
loaded by what uses them: a fresh interpreter that imports every API module, as a REST user does,
has none of them.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import APIS

from exchange_bindings.runtime.auth import SCHEMES

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


def _run(code: str) -> Any:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    return json.loads(out)


AUTH = Path(__file__).resolve().parent.parent / "runtime" / "auth"


def _with_their_imports(plugins: set[str]) -> set[str]:
    """Auth plug-in modules and the plug-in modules they import (transitively, read from their source)."""
    found: set[str] = set()
    todo = list(plugins)
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            tree = ast.parse((AUTH / f"{name}.py").read_text(encoding="utf-8"))
            todo += [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 1 and n.module]
    return found & set(SCHEMES)


@pytest.mark.parametrize("api", sorted(APIS))
def test_an_api_s_configuration_loads_the_auth_plugins_its_spec_names_and_no_other(api: str) -> None:
    """The registry imports a plug-in when it is looked up: an API's configuration (which its first client
    loads) loads its schemes' modules (and the plug-ins they import), not every plug-in there is."""
    loaded, named = _run(
        f"import json, sys; import exchange_bindings.{api} as m; schemes = m.CONFIG.auth_schemes; print(json.dumps(["
        "sorted(k.split('.')[-1] for k in sys.modules if k.startswith('exchange_bindings.runtime.auth.')),"
        " sorted({type(s).__module__.split('.')[-1] for s in schemes.values()})]))"
    )
    plugins = set(loaded) & set(SCHEMES)
    assert plugins == _with_their_imports(set(named)), f"{api} names {named}, loads {sorted(plugins)}"


@pytest.mark.parametrize("api", sorted(APIS))
def test_the_classes_an_api_module_defines_are_cheap_to_define(api: str) -> None:
    """A dataclass costs ~0.5 ms to define (it compiles its methods), a msgspec Struct ~0.01 ms: the
    modules an API's import loads define none (issue 17: import within 1.2x of httpx)."""
    found = _run(
        f"import dataclasses, json, sys; import exchange_bindings.{api}; print(json.dumps(sorted("
        "f'{n}.{k}' for n, m in list(sys.modules.items()) if n.startswith('exchange_bindings')"
        " for k, v in vars(m).items() if isinstance(v, type) and v.__module__ == n and dataclasses.is_dataclass(v))))"
    )
    assert found == [], f"dataclasses defined on import: {found}"


@pytest.mark.parametrize("api", sorted(APIS))
def test_an_api_s_import_loads_its_client_classes_and_the_first_client_the_rest(api: str) -> None:
    """Importing an API loads its client classes and nothing a call needs: not msgspec, not the call
    machinery (runtime.core), not the API's configuration, operation table or structs. The first client
    loads the rest; a method's hints resolve before any client exists (and load the structs they name)."""
    parts = ["msgspec", "exchange_bindings.runtime.core", *(f"exchange_bindings.{api}.{m}" for m in LOADED_LATER)]
    imported, made, hints, init_hints = _run(
        "import json, sys, typing\n"
        f"import exchange_bindings.{api} as m\n"
        f"parts = {parts!r}\n"
        "imported = [p for p in parts if p in sys.modules]\n"
        "m.Client(base_url='http://127.0.0.1:9')\n"
        "made = [p for p in parts if p in sys.modules]\n"
        "print(json.dumps([imported, made]))"
    ) + _run(
        f"import json, typing; import exchange_bindings.{api} as m\n"
        "method = next(getattr(m.Client, n) for n in sorted(vars(m.Client)) if not n.startswith('_'))\n"
        "print(json.dumps([sorted(typing.get_type_hints(method)), sorted(typing.get_type_hints(m.Client.__init__))]))"
    )
    assert imported == [], f"loaded by the import: {imported}"
    assert made == parts, "the first client loads the call machinery, configuration, operations and structs"
    assert "return" in hints and {"on_retry", "on_limit_wait", "timeout"} <= set(init_hints)


LOADED_LATER = ("config", "operations", "models")


@pytest.mark.parametrize("api", sorted(APIS))
def test_what_an_import_leaves_for_later_is_there_when_named(api: str) -> None:
    """The package's CONFIG, CREDENTIALS and submodules, the client module's OPERATIONS and CONFIG (its
    globals before 1.1.0) and the base clients' RetryEvent and LimitWait load when first named; dir()
    lists them before."""
    package = importlib.import_module(f"exchange_bindings.{api}")
    client = importlib.import_module(f"exchange_bindings.{api}.client")
    config = importlib.import_module(f"exchange_bindings.{api}.config")
    table = importlib.import_module(f"exchange_bindings.{api}.operations").OPERATIONS
    base = importlib.import_module("exchange_bindings.runtime.client")
    assert {*LOADED_LATER, "CONFIG", "CREDENTIALS"} <= set(dir(package))
    assert (package.CONFIG, package.CREDENTIALS, package.config) == (config.CONFIG, config.CREDENTIALS, config)
    arguments = inspect.signature(package.Client).parameters  # CREDENTIALS: the clients' credential arguments
    assert package.CONFIG.api == api and package.CREDENTIALS and set(package.CREDENTIALS) <= set(arguments)
    assert {"OPERATIONS", "CONFIG"} <= set(dir(client)) and {"RetryEvent", "LimitWait"} <= set(dir(base))
    assert client.OPERATIONS is table and client.CONFIG is config.CONFIG and len(table) == len(APIS[api].endpoints)
    assert base.RetryEvent.__module__.endswith("retrying") and base.LimitWait.__module__.endswith("limits")
    for module in (package, client, base):
        with pytest.raises(AttributeError, match="no attribute 'OPERATION'"):
            _ = module.OPERATION


def test_two_threads_making_the_first_clients_at_once_both_get_working_clients() -> None:
    """The first client imports the call machinery: threads racing to make it each see it whole."""
    api = max(APIS, key=lambda a: len(APIS[a].endpoints))
    made = _run(
        "import json, threading\n"
        f"import exchange_bindings.{api} as m\n"
        "go, out = threading.Barrier(4), []\n"
        "def make():\n"
        "    go.wait()\n"
        "    c = m.Client(base_url='http://127.0.0.1:9')\n"
        "    out.append(len(c._operations) == len(m.operations.OPERATIONS) and type(c._core).__name__)\n"
        "threads = [threading.Thread(target=make) for _ in range(4)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "print(json.dumps(out))"
    )
    assert made == ["Core"] * 4
