"""What every auth plug-in is: a typed, frozen configuration (`Scheme`) that makes its client side (an
`httpx.Auth`), its stream login fields and its stub side (`Checker`), and runs the spec's test vectors."""

from __future__ import annotations

import hmac
import re
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Protocol

import httpx
import msgspec

from ..credentials import Credentials as Credentials  # also here: the plug-ins' interface

OPERATION = "exchange_bindings.operation"
"""Request extension naming the operation a request belongs to (schemes act on some, e.g. a logout)."""
PLACEHOLDER = re.compile(r"\{(\w+)\}")  # "{name}" in templates


class Refused(Exception):
    """The stub side refuses: `reason` is a generic rejection reason (the spec maps it to the API's code).
    A request that carries no credential of the scheme at all is refused as `no_credentials` (answered
    with the code of `unknown_key` where the API has none of its own), so a stream that serves anonymous
    clients can tell them from clients with wrong credentials."""

    def __init__(self, reason: str, detail: str, parameter: str | None = None) -> None:
        self.reason = reason
        self.detail = detail
        self.parameter = parameter  # the request parameter (or header) at fault, where one is
        super().__init__(f"{reason}: {detail}")


class Incoming(Protocol):
    """A request as a stub received it (header names in lower case; path and query percent-encoded)."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    host: str


Lookup = Callable[[str], Mapping[str, str] | None]
"""A key's stored credentials, by the value of its scheme's key credential (None: no such key)."""


class Calls(Protocol):
    """What a client lends a scheme whose flow sends requests of its own (a login, a refresh)."""

    def request(self, operation: str, values: Mapping[str, Any], like: httpx.Request) -> httpx.Request:
        """The request of `operation` with these arguments, with the timeout and deadline of `like`."""
        ...

    def result(self, operation: str, response: httpx.Response) -> Any:
        """The operation's result from its response, or its typed error."""
        ...


class LoginFields(msgspec.Struct, frozen=True):
    """What a stream login's data template is filled with, and the values a log must mask."""

    values: dict[str, Any]
    secrets: tuple[str, ...] = ()


class Answer(msgspec.Struct):
    """The stub side's own answer to an operation it serves (a session login, refresh or logout)."""

    data: Any
    headers: dict[str, str] = msgspec.field(default_factory=dict)


def same(expected: str, given: str) -> bool:
    """Whether a client's value is the expected one, compared in constant time whatever characters it
    holds (compare_digest refuses non-ASCII text)."""
    return hmac.compare_digest(expected.encode("utf-8", "surrogatepass"), given.encode("utf-8", "surrogatepass"))


def fill(template: Any, values: Mapping[str, Any]) -> Any:
    """A template over values: a whole placeholder keeps the value's type; dicts and lists recursively."""
    if isinstance(template, dict):
        return {k: fill(t, values) for k, t in template.items()}
    if isinstance(template, list):
        return [fill(t, values) for t in template]
    if not isinstance(template, str):
        return template
    whole = PLACEHOLDER.fullmatch(template)
    return values[whole.group(1)] if whole else template.format_map(values)


def read(template: Any, data: Any) -> dict[str, Any]:
    """The values a message holds where its template has whole placeholders (what is absent is left out)."""
    if isinstance(template, dict):
        found: dict[str, Any] = {}
        for key, part in template.items():
            if isinstance(data, dict) and key in data:
                found.update(read(part, data[key]))
        return found
    if isinstance(template, list):
        pairs = zip(template, data, strict=False) if isinstance(data, list) else ()
        return {k: v for t, d in pairs for k, v in read(t, d).items()}
    whole = PLACEHOLDER.fullmatch(template) if isinstance(template, str) else None
    return {whole.group(1): data} if whole else {}


class Scheme(msgspec.Struct, frozen=True, kw_only=True):
    """One auth scheme of an API, as its spec configures it (the base of every plug-in's configuration)."""

    type: ClassVar[str]
    rest: ClassVar[bool] = True  # signs REST requests
    stream: ClassVar[bool] = True  # logs in on a stream
    deterministic: ClassVar[bool] = True  # signing a test vector twice gives its expected output
    challenge: ClassVar[bool] = False  # its stream login signs a nonce the server greets with
    name: str
    credentials: tuple[str, ...]

    @property
    def key(self) -> str:
        """The credential that identifies the account (its value is no secret: limits count by it)."""
        return self.credentials[0]

    def identity(self, credentials: Credentials) -> str | None:
        return credentials[self.key] if credentials.has([self.key]) else None

    def missing(self, credentials: Credentials) -> tuple[str, ...]:
        return tuple(c for c in self.credentials if not credentials.has([c]))

    # -- client side -------------------------------------------------------------------------------
    def client(self, credentials: Credentials, calls: Calls | None = None) -> httpx.Auth:
        raise NotImplementedError(f"{self.type} schemes do not sign REST requests")

    def login_fields(self, credentials: Credentials, challenge: bytes | None = None) -> LoginFields:
        """The fields of a stream login (by default the credentials themselves)."""
        return LoginFields({c: credentials[c] for c in self.credentials}, ())

    # -- stub side ---------------------------------------------------------------------------------
    def checker(self, clock: Callable[[], int]) -> Checker:
        """A stub's side of the scheme (with the state it keeps, e.g. sessions); `clock` gives ms."""
        return Checker(self, clock)

    # -- the spec's test vectors -------------------------------------------------------------------
    def sign_vector(self, vector: Mapping[str, Any]) -> Any:
        """What the client side makes of a vector's inputs (its `expected`, when deterministic)."""
        raise NotImplementedError

    def verify_vector(self, vector: Mapping[str, Any], output: Any) -> bool:
        """Whether the stub side accepts `output` for the vector's inputs."""
        raise NotImplementedError

    def verifies(self, request: httpx.Request, stored: Mapping[str, str]) -> bool:
        """Whether the stub side takes `request` as signed by a key holding the `stored` credentials."""
        try:
            self.checker(lambda: 0).request(_Received(request), lambda v: stored if v == stored[self.key] else None)
        except Refused:
            return False
        return True


class _Received:
    """An httpx request as a stub receives it."""

    def __init__(self, request: httpx.Request) -> None:
        self.method = request.method
        self.path, _, self.query = request.url.raw_path.decode("ascii").partition("?")
        self.headers = {k.lower(): v for k, v in request.headers.items()}
        self.body = request.content
        self.host = request.url.netloc.decode("ascii")


class Checker:
    """The stub side of a scheme: checks requests and logins against the stub's keys."""

    operations: frozenset[str] = frozenset()  # operations it answers itself (a session's login ...)

    def __init__(self, scheme: Scheme, clock: Callable[[], int]) -> None:
        self.scheme = scheme
        self.clock = clock

    def stored(self, lookup: Lookup, value: Any) -> Mapping[str, str]:
        """The credentials of the key whose key credential is `value`."""
        found = lookup(value) if isinstance(value, str) else None
        if found is None:
            raise Refused("unknown_key", "unknown API key")
        return found

    def request(self, request: Incoming, lookup: Lookup) -> str:
        """The key value a request authenticates as; raises Refused."""
        raise Refused("unknown_key", f"{self.scheme.type} schemes do not sign REST requests")

    def login(self, fields: Mapping[str, Any], challenge: bytes | None, lookup: Lookup) -> str:
        """The key value a stream login authenticates as (by default: every credential as stored)."""
        stored = self.stored(lookup, fields.get(self.scheme.key))
        for name in self.scheme.credentials:
            if not same(stored[name], str(fields.get(name, ""))):
                raise Refused("bad_signature", f"{name} does not match")
        return stored[self.scheme.key]

    def answer(self, operation: str, request: Incoming, params: Mapping[str, Any], lookup: Lookup) -> Answer:
        raise Refused("unknown_route", f"{operation} is not served by the {self.scheme.type} scheme")

    def revoke(self) -> None:
        """Forget every session (a stub reset)."""
