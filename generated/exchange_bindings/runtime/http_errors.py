"""What an httpx failure means to a caller: a request httpx cannot build is the caller's mistake (nothing
was sent); a failure on the wire says whether the request may have reached the exchange."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .errors import DecodeError, ExchangeError, ParameterError, RequestTimeoutError, TransportError

if TYPE_CHECKING:
    from .operation import Operation


class buildable:
    """A base URL, credential or header httpx cannot send is the caller's mistake: a ParameterError.
    (A class: a generator's context manager costs four times as much, on every call.)"""

    __slots__ = ("op",)

    def __init__(self, op: Operation[Any]) -> None:
        self.op = op

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, exc: BaseException | None, trace: Any) -> None:
        if isinstance(exc, httpx.InvalidURL | UnicodeError):
            message = f"cannot build the request: {type(exc).__name__}: {exc}"
            raise ParameterError(message, operation=self.op.name) from None


_UNSENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)  # nothing of the request left


def transport_error(exc: httpx.HTTPError, op: Operation[Any], own: bool = True) -> ExchangeError:
    """The typed error of an httpx failure (the request may have been sent unless it says not, or the
    failed request was not the call's `own`)."""
    if isinstance(exc, httpx.DecodingError):  # e.g. Content-Encoding: gzip on a body that is not
        return DecodeError(f"the body does not decode ({exc})", b"", operation=op.name)
    if isinstance(exc, httpx.LocalProtocolError):  # refused before writing; its text may hold the key
        message = "cannot send the request: a header holds a character HTTP forbids there (a line break in a key?)"
        return ParameterError(message, operation=op.name)
    sent = own and not isinstance(exc, _UNSENT)
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(f"timed out ({type(exc).__name__})", operation=op.name, sent=sent)
    return TransportError(f"{type(exc).__name__}: {exc}", operation=op.name, sent=sent)
