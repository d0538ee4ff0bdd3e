"""HTTP Basic auth (RFC 7617) whose username and password are built from named credentials, e.g. a
username `{user_id}/{cookie}` and a password `{passphrase}`."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import httpx

from .base import PLACEHOLDER, Checker, Credentials, Incoming, Lookup, Refused, Scheme, same


@dataclass(frozen=True, kw_only=True)
class Basic(Scheme):
    type = "basic"
    username: str  # template over credentials
    password: str
    query: str | None = None  # a query parameter the stub also takes the token from (for EventSource clients)

    @property
    def key(self) -> str:
        """The first credential of the username (the account's id)."""
        return str(PLACEHOLDER.findall(self.username)[0])

    def token(self, values: Mapping[str, str]) -> str:
        """The base64 of `username:password` (what follows `Basic ` in the header)."""
        pair = f"{self.username.format_map(values)}:{self.password.format_map(values)}"
        return base64.b64encode(pair.encode()).decode()

    def client(self, credentials: Credentials, calls: object = None) -> httpx.Auth:
        return BasicAuth(self, credentials)

    def checker(self, clock: Callable[[], int]) -> Checker:
        return BasicChecker(self, clock)

    def sign_vector(self, vector: Mapping[str, Any]) -> str:
        return self.token(vector["credentials"])

    def verify_vector(self, vector: Mapping[str, Any], output: Any) -> bool:
        request = httpx.Request("GET", "http://vector.invalid/", headers={"Authorization": f"Basic {output}"})
        return self.verifies(request, vector["credentials"])


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
        expected = (self.scheme.username.format_map(stored), self.scheme.password.format_map(stored))
        if not (same(expected[0], username) & same(expected[1], password)):
            raise Refused("bad_signature", "the credentials do not match")
        return stored[self.scheme.key]
