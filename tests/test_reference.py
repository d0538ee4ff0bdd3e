"""The API reference: every endpoint, stream, command, channel, event and struct of the spec is in the
Markdown the package ships (generator/reference.py), and the MkDocs site built from it (generator/site.py)
renders in a real headless browser whose search finds an endpoint."""

from __future__ import annotations

import asyncio
import functools
import html
import http.server
import json
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from importlib import resources
from typing import Any

import httpx
import pytest
from conftest import APIS
from websockets.asyncio.client import connect

from generator import ir, site

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _reference(api: ir.ApiIR) -> str:
    return resources.files("exchange_bindings").joinpath(api.id, "REFERENCE.md").read_text()


@pytest.mark.parametrize("api", list(APIS.values()), ids=lambda a: a.id)
def test_the_reference_names_everything_the_spec_has(api: ir.ApiIR) -> None:
    text = _reference(api)
    headings = set(re.findall(r"^#+ (.+)$", text, re.M))
    assert {ep.group for ep in api.endpoints} <= headings
    assert {f"`{ep.name}`" for ep in api.endpoints} <= headings
    assert {f"`{name}`" for name in api.schemas} <= headings
    for ep in api.endpoints:
        section = text.split(f"### `{ep.name}`\n", 1)[1].split("\n### ", 1)[0]
        assert f"`{ep.method} {ep.path}`" in section
        assert f"Returns `{ep.response_annotation}`" in section
        assert all(f"`{p.python}`" in section for p in ep.params), ep.name
    for st in api.streams:
        assert f"Stream `{st.name}`" in headings
        assert all(f"`{c.name}`" in text for c in st.commands) and all(f"`{c.name}`" in text for c in st.channels)
    for es in api.event_streams:
        assert f"Stream `{es.name}`" in headings and all(f"`{e.name}`" in text for e in es.events)


# -- the site, in a real browser -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("site")
    site.build(root)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.RequestHandlerClass.log_message = lambda *a: None  # type: ignore[assignment]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A headless Chromium (Debian's; .ci/run installs it) with its DevTools socket; stopped by its pid."""
    if CHROMIUM is None:  # pip cannot install a browser: CI installs Debian's (.ci/run), so it runs there
        pytest.skip("no Chromium on this machine (apt-get install chromium): the site is built, not opened")
    profile = tmp_path_factory.mktemp("chromium-profile")
    process = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
         "about:blank"],
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stderr is not None
        for line in process.stderr:  # Chromium says where its DevTools socket listens, then goes on
            if line.startswith("DevTools listening on "):
                yield line.removeprefix("DevTools listening on ").strip()
                break
        else:
            pytest.fail("Chromium did not start its DevTools socket")
    finally:
        process.kill()
        process.wait(timeout=10)


class Page:
    """One tab, driven over the Chrome DevTools Protocol (JSON over the browser's WebSocket)."""

    def __init__(self, socket: Any, session: str) -> None:
        self.socket, self.session, self.ids = socket, session, iter(range(2, 10**6))

    @classmethod
    async def open(cls, socket: Any, url: str) -> Page:
        await socket.send(json.dumps({"id": 0, "method": "Target.createTarget", "params": {"url": url}}))
        target = (await cls._answer(socket, 0))["targetId"]
        attach = {"targetId": target, "flatten": True}
        await socket.send(json.dumps({"id": 1, "method": "Target.attachToTarget", "params": attach}))
        return cls(socket, (await cls._answer(socket, 1))["sessionId"])

    @staticmethod
    async def _answer(socket: Any, ident: int) -> dict[str, Any]:
        while True:
            message = json.loads(await socket.recv())
            if message.get("id") == ident:
                assert "error" not in message, message
                result: dict[str, Any] = message["result"]
                return result

    async def evaluate(self, expression: str) -> Any:
        ident = next(self.ids)
        params = {"expression": expression, "returnByValue": True}
        await self.socket.send(
            json.dumps({"id": ident, "sessionId": self.session, "method": "Runtime.evaluate", "params": params})
        )
        return (await self._answer(self.socket, ident))["result"].get("value")

    async def until(self, expression: str, seconds: float = 30.0) -> Any:
        """The expression's value once it is truthy (polled; bounded)."""
        for _ in range(int(seconds / 0.2)):
            value = await self.evaluate(expression)
            if value:
                return value
            await asyncio.sleep(0.2)
        pytest.fail(f"not within {seconds} s: {expression}")


def test_the_site_has_a_page_per_api_and_a_search_index(served_site: str) -> None:
    """Without a browser: every API's page is served with its title, and the search index lists every endpoint."""
    for api in APIS.values():
        page = httpx.get(f"{served_site}{api.id}/")
        assert page.status_code == 200 and html.escape(api.title, quote=False) in page.text
    index = httpx.get(f"{served_site}search/search_index.json").json()
    locations = {doc["location"] for doc in index["docs"]}
    assert all(f"{api.id}/#{ep.name}" in locations for api in APIS.values() for ep in api.endpoints)


def test_the_site_renders_and_its_search_finds_an_endpoint(served_site: str, browser: str) -> None:
    api = next(iter(APIS.values()))
    endpoint = min(api.endpoints, key=lambda ep: ep.name)

    async def run() -> tuple[str, list[str], list[str]]:
        async with connect(browser, max_size=None) as socket:
            page = await Page.open(socket, f"{served_site}{api.id}/?q={endpoint.name}")
            title = await page.until("document.readyState === 'complete' && document.title")
            nav = await page.until("[...document.querySelectorAll('.md-nav__link')].map(a => a.textContent.trim())")
            found = await page.until(
                "[...document.querySelectorAll('.md-search-result__item a')].map(a => a.href + ' ' + a.textContent.trim())"
            )
            return title, nav, found

    title, nav, found = asyncio.run(asyncio.wait_for(run(), 60))
    assert api.title in title
    assert {a.title for a in APIS.values()} <= set(nav)  # every API's page is in the navigation
    assert any(f"#{endpoint.name}" in hit for hit in found), found  # the endpoint's own section, by its anchor
