"""HTTP Basic auth (RFC 7617) whose username and password are built from named credentials, e.g. a
username `{user_id}/{cookie}` and a password `{passphrase}`; optionally a second password the stub also
takes, a key derived from the credentials (a digest of their bytes, e.g. base64 SHA-224 of user id and
passphrase), which a client holding that key instead of the password sends."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable, Generator, Mapping
from typing import Any
from urllib.parse import parse_qsl

import httpx
import msgspec

from ..credentials import Credentials
from .base import PLACEHOLDER, Checker, Incoming, Lookup, Refused, Scheme, same
from .ecdsa_challenge import Part

ENCODINGS: dict[str, Callable[[bytes], str]] = {
    "base64": lambda raw: base64.b64encode(raw).decode(),
    "hex": bytes.hex,
}


class DerivedPassword(msgspec.Struct, frozen=True):
    """A password derived from other credentials: `encoding(digest(parts))`. A client given the derived
    value (credential `credential`) sends it instead of the password; the stub derives it from what it
    stores to check it."""

    credential: str
    digest: str  # a hashlib algorithm
    parts: tuple[Part, ...]
    encoding: str = "base64"  # a key of ENCODINGS

    def derive(self, values: Mapping[str, str]) -> str | None:
        """The derived password (None: credentials it cannot read, e.g. a user id that is no number)."""
        try:
            seed = b"".join(p.bytes(values) for p in self.parts)
        except (ValueError, OverflowError):
            return None
        return ENCODINGS[self.encoding](hashlib.new(self.digest, seed).digest())


class Basic(Scheme, frozen=True, kw_only=True):
    type = "basic"
    username: str  # template over credentials
    password: str
    query: str | None = None  # a query parameter the stub also takes the token from (for EventSource clients)
    alternative: DerivedPassword | None = None  # a second password, derived from the credentials

    @property
    def key(self) -> str:
        """The first credential of the username (the account's id)."""
        return str(PLACEHOLDER.findall(self.username)[0])

    @property
    def _replaced(self) -> set[str]:
        """The credentials the derived password stands in for (those of the password template)."""
        return set(PLACEHOLDER.findall(self.password)) - set(PLACEHOLDER.findall(self.username))

    def _derived_only(self, values: Mapping[str, str]) -> bool:
        """Whether these values hold the derived password but not what the password is made of."""
        alt = self.alternative
        return alt is not None and alt.credential in values and not self._replaced <= set(values)

    def missing(self, credentials: Credentials) -> tuple[str, ...]:
        if self._derived_only(credentials.as_dict()):
            return tuple(c for c in self.credentials if c not in self._replaced and not credentials.has([c]))
        return super().missing(credentials)

    def passwords(self, values: Mapping[str, str]) -> tuple[str, ...]:
        """The passwords the stub takes for stored credentials: the template's, and the derived one."""
        derived = None if self.alternative is None else self.alternative.derive(values)
        return (self.password.format_map(values), *(() if derived is None else (derived,)))

    def token(self, values: Mapping[str, str]) -> str:
        """The base64 of `username:password` (what follows `Basic ` in the header): the password, or the
        derived one when only that is given."""
        alt = self.alternative
        password = values[alt.credential] if alt is not None and self._derived_only(values) else None
        pair = f"{self.username.format_map(values)}:{password or self.password.format_map(values)}"
        return base64.b64encode(pair.encode()).decode()

    def client(self, credentials: Credentials, calls: object = None) -> httpx.Auth:
        return BasicAuth(self, credentials)

    def checker(self, clock: Callable[[], int]) -> Checker:
        return BasicChecker(self, clock)

    def sign_vector(self, vector: Mapping[str, Any]) -> str:
        return self.token(vector["credentials"])

    def verify_vector(self, vector: Mapping[str, Any], output: Any) -> bool:
        """Whether the stub side, storing the vector's `stored` credentials (default: its credentials),
        takes the token."""
        request = httpx.Request("GET", "http://vector.invalid/", headers={"Authorization": f"Basic {output}"})
        return self.verifies(request, vector.get("stored", vector["credentials"]))


class BasicAuth(httpx.Auth):
    def __init__(self, scheme: Basic, credentials: Credentials) -> None:
        self.scheme = scheme
        self._credentials = credentials

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = "Basic " + self.scheme.token(self._credentials.as_dict())
        yield request

    def __repr__(self) -> str:
        return f"<BasicAuth {self.scheme.name}>"


class BasicChecker(Checker):
    scheme: Basic

    def __init__(self, scheme: Basic, clock: Callable[[], int]) -> None:
        super().__init__(scheme, clock)
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+?)", re.escape(scheme.username))
        self._username = re.compile(f"^{pattern}$", re.DOTALL)

    def request(self, request: Incoming, lookup: Lookup) -> str:
        kind, _, token = request.headers.get("authorization", "").partition(" ")
        query = self.scheme.query
        if "authorization" not in request.headers and query is not None:
            kind, token = "basic", dict(parse_qsl(request.query)).get(query, "")
        if kind.lower() != "basic":
            raise Refused("no_credentials", "no Basic credentials (Authorization header)")
        try:
            username, colon, password = base64.b64decode(token, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            username, colon, password = "", "", ""
        match = self._username.match(username) if colon else None
        if match is None:
            raise Refused("unknown_key", "the Basic credentials are not in the documented form")
        stored = self.stored(lookup, match.group(self.scheme.key))
        known = same(self.scheme.username.format_map(stored), username)
        if not (known & any([same(p, password) for p in self.scheme.passwords(stored)])):
            raise Refused("bad_signature", "the credentials do not match")
        return stored[self.scheme.key]
