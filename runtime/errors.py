"""Typed errors: one base, and a subclass for every way a call can fail."""

from __future__ import annotations

import contextlib
from typing import Any, ClassVar

__all__ = [
    "ERROR_KINDS",
    "APIError",
    "AuthenticationError",
    "CommandOutcomeUnknown",
    "DecodeError",
    "ExchangeError",
    "ExchangeServerError",
    "ExchangeTimeoutError",
    "HTTPStatusError",
    "InsufficientFundsError",
    "InvalidRequestError",
    "LoginRequiredError",
    "NotFoundError",
    "OrderRejectedError",
    "OutcomeUnknownError",
    "ParameterError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ServiceUnavailableError",
    "ShapedError",
    "StreamError",
    "StreamStalledError",
    "TransportError",
]

_BODY_PREVIEW = 500


def _preview(body: bytes | str) -> str:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    return text if len(text) <= _BODY_PREVIEW else text[:_BODY_PREVIEW] + "..."


class ExchangeError(Exception):
    """Base of every error raised by exchange-bindings."""

    operation: str | None = None
    attempts: int = 0  # requests the call had sent when it gave up (0: it failed before sending one)
    request_id: str | None = (
        None  # the exchange's id of the request, where its answer names one (spec: errors.request_id)
    )

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        self.operation = operation
        super().__init__(f"{operation}: {message}" if operation else message)


class ParameterError(ExchangeError, ValueError):
    """A parameter was missing or invalid; nothing was sent."""


class LoginRequiredError(ParameterError):
    """A private channel or command was asked for on a stream that has not logged in (no credentials
    given, or the login not done yet); nothing was sent: this is the client's own refusal, not the exchange's."""


class TransportError(ExchangeError):
    """The request could not be sent or the response not received (connection, TLS, protocol).

    `sent` is False when the connection never opened, so the server cannot have seen the request.
    """

    def __init__(self, message: str, *, operation: str | None = None, sent: bool = True) -> None:
        self.sent = sent
        super().__init__(message, operation=operation)


class RequestTimeoutError(TransportError, TimeoutError):
    """No complete response within the timeout or the call's deadline."""


class OutcomeUnknownError(TransportError):
    """An order may or may not have been placed, and the client could not find out.

    Raised instead of sending an order again when the exchange might place it twice: its answer
    was lost, and looking it up by its client order id failed or was not possible in time. Look
    the order up by `client_order_ids` (one per order of a batch still unknown) before placing it
    again. The error that lost the answer is `__cause__`. (Stream commands raise the subclass
    `CommandOutcomeUnknown`.)
    """

    def __init__(self, message: str, client_order_ids: tuple[str, ...] = (), *, operation: str | None = None) -> None:
        self.client_order_ids = client_order_ids
        ids = f"; client order id(s) {', '.join(client_order_ids)}" if client_order_ids else ""
        super().__init__(message + ids, operation=operation)


class HTTPStatusError(ExchangeError):
    """The server answered with an error status and no error the spec knows."""

    def __init__(self, status: int, body: bytes, *, operation: str | None = None) -> None:
        self.status = status
        self.body = body
        super().__init__(f"HTTP {status}: {_preview(body)}", operation=operation)


class DecodeError(ExchangeError):
    """The response did not match the documented shape; `body` holds it unchanged."""

    def __init__(self, detail: str, body: bytes, *, operation: str | None = None) -> None:
        self.detail = detail
        self.body = body
        super().__init__(f"cannot decode response ({detail}): {_preview(body)}", operation=operation)


class APIError(ExchangeError):
    """The exchange rejected the request with its own error code and message; `code` has the type the
    API sends it in (an int where its codes are JSON numbers, text where they are strings)."""

    kind = "api"

    def __init__(
        self,
        code: str | int | None,
        message: str,
        *,
        status: int | None = None,
        body: bytes = b"",
        operation: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.status = status
        self.body = body
        self.retry_after = retry_after
        label = f"[{code}] " if code is not None else ""
        super().__init__(f"{label}{message}" + (f" (HTTP {status})" if status else ""), operation=operation)


class AuthenticationError(APIError):
    kind = "authentication"


class PermissionDeniedError(APIError):
    kind = "permission"


class RateLimitError(APIError):
    kind = "rate_limit"


class InvalidRequestError(APIError):
    kind = "invalid_request"


class NotFoundError(APIError):
    kind = "not_found"


class InsufficientFundsError(APIError):
    kind = "insufficient_funds"


class OrderRejectedError(APIError):
    kind = "order_rejected"


class ExchangeServerError(APIError):
    kind = "server"


class ServiceUnavailableError(APIError):
    kind = "unavailable"


class ExchangeTimeoutError(APIError):
    """The exchange itself reported a timeout; the outcome of the request is unknown."""

    kind = "timeout"


class StreamError(ExchangeError):
    """A stream could not be opened, or was closed."""


class CommandOutcomeUnknown(StreamError, OutcomeUnknownError):
    """The connection dropped after a stream command was sent and before its reply: it may or may not
    have been carried out. It is never sent again automatically."""


class StreamStalledError(StreamError):
    """Nothing arrived on a stream for longer than its watchdog allows, and reconnecting is off."""


ERROR_KINDS: dict[str, type[APIError]] = {
    cls.kind: cls
    for cls in (
        AuthenticationError,
        PermissionDeniedError,
        RateLimitError,
        InvalidRequestError,
        NotFoundError,
        InsufficientFundsError,
        OrderRejectedError,
        ExchangeServerError,
        ServiceUnavailableError,
        ExchangeTimeoutError,
    )
}


class ShapedError(APIError):
    """An error answered in one of an API's several error bodies (spec: errors.shapes). Each shape is a class of
    the API's package (`exchange_bindings.<api>.MessageRejectError`, ...); what is raised is that class and the
    kind's (NotFoundError, ...) at once, so either catches it. `fields` is the body's JSON object."""

    api: ClassVar[str] = ""
    shape: ClassVar[str] = ""
    fields: dict[str, Any]

    def __init_subclass__(cls, api: str = "", shape: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if api:  # a shape's class in an API's package (not the combinations below)
            cls.api, cls.shape = api, shape
            SHAPES[(api, shape)] = cls


SHAPES: dict[tuple[str, str], type[ShapedError]] = {}  # by (api, shape name)
_COMBINED: dict[tuple[type[ShapedError], type[APIError]], type[APIError]] = {}


def _combined(shape: type[ShapedError], kind: type[APIError]) -> type[APIError]:
    """The class that is both the shape's and the kind's (made once per pair)."""
    found = _COMBINED.get((shape, kind))
    if found is None:
        found = _COMBINED[(shape, kind)] = type(shape.__name__, (shape, kind), {"__module__": shape.__module__})
    return found


def api_error(
    kind: str | None,
    code: str | int | None,
    message: str,
    shape: tuple[str, str] | None = None,
    fields: dict[str, Any] | None = None,
    **kwargs: Any,
) -> APIError:
    """The APIError subclass for `kind` (from the spec's error table); with the (api, name) of a shape its class
    registered, that class too, `fields` the body."""
    cls = ERROR_KINDS.get(kind or "", APIError)
    shaped = SHAPES.get(shape) if shape is not None else None
    error = (_combined(shaped, cls) if shaped is not None else cls)(code, message, **kwargs)
    if shaped is not None:
        error.fields = fields or {}  # type: ignore[attr-defined]  # a ShapedError's
    return error


def scrub(exc: BaseException) -> None:
    """Clear the locals of the frames an exception has left behind (its own and its chained
    exceptions'), before it leaves the package; their lines stay in the traceback. A frame that
    signed a request or a login holds the secret or the signature, and whatever prints locals
    (pytest -l, rich, an error tracker) would show them. The frame still running keeps its own."""
    seen: set[int] = set()
    chain: list[BaseException] = [exc]
    while chain:
        current = chain.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        tb = current.__traceback__
        while tb is not None:
            with contextlib.suppress(RuntimeError):  # a frame still executing
                tb.tb_frame.clear()
            tb = tb.tb_next
        chain += [c for c in (current.__cause__, current.__context__) if c is not None]
