"""Raw responses: `client.with_raw_response.<method>(...)` makes the same call (limits, retries, deadline,
typed errors) and returns the HTTP response behind its result: status, headers, body, elapsed time and
the request as sent, with whatever the auth flow added (keys, signatures, tokens) masked. `.parse()`
gives the typed result the plain method returns. `iter_<method>` yields one raw response per page.

One implementation for every method: the view calls the generated methods of a copy of the client that
answers raw (see `RawResponses`), so no method exists twice."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import timedelta
from typing import Any, Generic, TypeVar

import httpx
import msgspec

from .auth import OPERATION
from .config import ErrorTable
from .operation import request_id

T = TypeVar("T")
MASK = "***"
SENT = "exchange_bindings.sent"  # a response's extension: its Sending


class Sending(msgspec.Struct, frozen=True):
    """What the client knows of a response's request: its URL and headers before the auth flow signed
    them (None: no flow touched them), and the seconds from sending it to the end of the answer."""

    url: httpx.URL
    headers: list[tuple[bytes, bytes]] | None
    elapsed: float


__all__ = ["MASK", "RawResponse", "RawResponses", "SentRequest"]


class SentRequest(msgspec.Struct, frozen=True):
    """A request as it went out, with every header or query value the auth flow set shown as `***`."""

    method: str
    url: str
    headers: httpx.Headers


def sent_request(request: httpx.Request, unsigned: Sending | None) -> SentRequest:
    """The masked view of a signed request, given its URL and headers before the auth flow touched them
    (without them, every header and query value is masked: nothing says which are secret)."""
    if unsigned is not None and unsigned.headers is None:  # sent as built: nothing secret was added
        return SentRequest(request.method, str(request.url), request.headers)
    url, before = (unsigned.url, unsigned.headers) if unsigned is not None else (None, [])
    plain_headers = {(k.lower(), v) for k, v in before or ()}
    headers = httpx.Headers(
        [(k, v if (k.lower(), v) in plain_headers else MASK.encode()) for k, v in request.headers.raw]
    )
    plain_query = set(url.params.multi_items()) if url is not None else set()
    query = [(k, v if (k, v) in plain_query else MASK) for k, v in request.url.params.multi_items()]
    return SentRequest(request.method, str(request.url.copy_with(params=query or None)), headers)


class RawResponse(msgspec.Struct, Generic[T], frozen=True):
    """The HTTP response behind one call's result (or one page of an `iter_` method). With retries, the
    last attempt's; `parse()` is the typed result, decoded as the plain method decodes it."""

    status_code: int
    headers: httpx.Headers
    content: bytes  # the body, as received
    elapsed: timedelta  # from sending the request to the end of its answer
    request: SentRequest
    request_id: str | None  # the exchange's id of the request, where its answers name one (spec: errors.request_id)
    _result: T

    @classmethod
    def of(cls, response: httpx.Response | None, result: T, errors: ErrorTable) -> RawResponse[T]:
        assert response is not None  # a result came in some response
        sending: Sending | None = response.extensions.get(SENT)
        return cls(
            response.status_code,
            response.headers,
            response.content,
            timedelta(seconds=sending.elapsed) if sending is not None else response.elapsed,
            sent_request(response.request, sending),
            request_id(errors, response.headers, response.content),
            result,
        )

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def parse(self) -> T:
        """The typed result: what the plain method returns (for a page, its items)."""
        return self._result


class LastResponse:
    """The last response a call received to its own request (not to a login or a lookup it made)."""

    def __init__(self, operation: str) -> None:
        self.operation = operation
        self.response: httpx.Response | None = None

    def take(self, response: httpx.Response) -> httpx.Response:
        if self.response is None or response.request.extensions.get(OPERATION) == self.operation:
            self.response = response
        return response


class RawResponses:
    """`client.with_raw_response`: every method of the client, returning a `RawResponse` instead of the
    result (`iter_` methods: an iterator of raw pages). Annotate to keep the result typed:
    `raw: RawResponse[list[models.Market]] = client.with_raw_response.get_markets()`."""

    _names: frozenset[str] = frozenset()  # (before __init__ sets them, e.g. in a copy: no methods)

    def __init__(self, client: Any, names: frozenset[str]) -> None:
        self._client = copy.copy(client)  # shares the HTTP client, limits and credentials
        self._client._raw = True
        self._names = names

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name in self._names or (name.startswith("iter_") and name[5:] in self._names):
            method: Callable[..., Any] | None = getattr(self._client, name, None)
            if method is not None:
                return method
        raise AttributeError(f"{type(self._client).__name__} has no method {name!r}")

    def __dir__(self) -> list[str]:
        return sorted(n for n in dir(self._client) if n in self._names or n[5:] in self._names)
