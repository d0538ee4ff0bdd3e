"""The default async stack's own request building (runtime/transports/aiohttp_http.py) gives the
request httpx.Request gives, whatever the method, body and headers."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from exchange_bindings.runtime.transports.aiohttp_http import FITS, _Answer, new_async_http

HEADERS = [None, {}, {"Content-Type": "application/json", "X-API-KEY": "k"}, {"content-length": "3"}, {"HOST": "h"}]


@pytest.mark.parametrize("headers", HEADERS)
@pytest.mark.parametrize("content", [None, b"", b'{"a": 1}'])
@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("url", ["https://api.example.com/v1/x?a=1", "http://127.0.0.1:8080/y", "http://[::1]:80/z"])
def test_the_request_is_httpx_own(url: str, method: str, content: bytes | None, headers: dict | None) -> None:
    http = new_async_http()
    try:
        ours = http.build_request(method, httpx.URL(url), content=content, headers=headers, extensions={"k": 1})
    finally:
        asyncio.run(http.aclose())
    theirs = httpx.Request(method, url, content=content, headers=headers)
    assert (ours.method, ours.url) == (theirs.method, theirs.url)
    assert ours.headers.raw == theirs.headers.raw
    assert ours.content == theirs.content
    assert ours.extensions["k"] == 1 and set(ours.extensions["timeout"]) == {"connect", "read", "write", "pool"}


def test_a_plain_request_skips_httpx_own_preparation(monkeypatch: pytest.MonkeyPatch) -> None:
    def prepare(*args: object) -> None:
        raise AssertionError("prepared by httpx")

    monkeypatch.setattr(httpx.Request, "_prepare", prepare)
    http = new_async_http()
    try:
        request = http.build_request("POST", httpx.URL("http://127.0.0.1/o"), content=b"{}", headers=HEADERS[2])
        assert request.headers["content-length"] == "2" and request.content == b"{}"
        with pytest.raises(AssertionError, match="prepared by httpx"):  # httpx writes its own framing headers
            http.build_request("POST", httpx.URL("http://127.0.0.1/o"), content=b"{}", headers={"Host": "h"})
    finally:
        asyncio.run(http.aclose())


def test_this_httpx_keeps_the_attributes_the_fast_request_and_answer_set() -> None:
    # were it False (a new httpx), requests and answers would take httpx's own __init__: correct, slower
    assert FITS


def test_an_answer_is_the_response_httpx_builds() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/x")
    raw = [(b"Content-Type", b"application/json"), (b"X-Request-Id", b"r1"), (b"Set-Cookie", b"a=1")]
    ours = _Answer(418, raw, b'{"a": 1}', request, {"reason_phrase": b"I'm a teapot"})
    theirs = httpx.Response(418, headers=raw, stream=httpx.ByteStream(b'{"a": 1}'), request=request)
    theirs.read()
    for view in ("status_code", "content", "text", "request", "reason_phrase", "is_error", "encoding", "url"):
        assert getattr(ours, view) == getattr(theirs, view), view
    assert ours.headers.raw == theirs.headers.raw and ours.json() == theirs.json()
    assert ours.is_closed and ours.is_stream_consumed and ours.num_bytes_downloaded == 8
    with pytest.raises(httpx.HTTPStatusError):
        ours.raise_for_status()
