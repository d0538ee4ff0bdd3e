"""A stub's view of one HTTP exchange, whatever carries it (ASGI, an httpx transport), and the refusal
that any step of answering may raise."""

from __future__ import annotations

import msgspec

from ..auth import Refused


class StubRequest(msgspec.Struct):  # msgspec Structs: built in C, one of each per request
    method: str
    path: str  # raw (percent-encoded), without the query
    query: str
    headers: dict[str, str]  # lower-case names
    body: bytes
    host: str
    client_ip: str = "127.0.0.1"


class StubResponse(msgspec.Struct):
    status: int
    body: bytes
    headers: dict[str, str] = {}
    drop: bool = False
    latency: float = 0.0
    content_type: str | None = "application/json"
    code: str | int | None = None  # the exchange's error code, when it refused the request (typed as the API's)
    refused: str | None = None  # why: the check that failed and its detail ("unknown_market: no market FOO")
    parameter: str | None = None  # the request parameter (or header) it found at fault


Rejection = Refused
"""A request refused for a generic reason (answered with the API's code for it); the auth plug-ins'
stub sides refuse with the same exception."""
