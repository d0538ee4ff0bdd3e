"""A bare API key in a header or a query parameter (and, where the API allows, in other places too)."""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from typing import Any
from urllib.parse import parse_qsl

import httpx
import msgspec

from ..credentials import Credentials
from .base import Checker, Incoming, Lookup, Refused, Scheme


class Place(msgspec.Struct, frozen=True):
    """Where a key goes: `header` or `query`, under `name`."""

    location: str
    name: str

    def put(self, request: httpx.Request, value: str) -> None:
        if self.location == "header":
            request.headers[self.name] = value
        else:
            request.url = request.url.copy_merge_params({self.name: value})

    def take(self, request: Incoming) -> str | None:
        if self.location == "header":
            return request.headers.get(self.name.lower())
        return dict(parse_qsl(request.query, keep_blank_values=True)).get(self.name)


class ApiKey(Scheme, frozen=True, kw_only=True):
    """The key as it is: the client sends it in the first place, the server takes it from any."""

    type = "api_key"
    places: tuple[Place, ...]

    def client(self, credentials: Credentials, calls: object = None) -> httpx.Auth:
        return ApiKeyAuth(self, credentials)

    def checker(self, clock: Callable[[], int]) -> Checker:
        return ApiKeyChecker(self, clock)

    def sign_vector(self, vector: Mapping[str, Any]) -> str:
        """The key where the vector's `in` says (the first place by default), as `Name: value` or `name=value`."""
        place = self._place(vector)
        request = httpx.Request("GET", "http://vector.invalid/")
        place.put(request, vector["credentials"][self.key])
        if place.location == "header":
            return f"{place.name}: {request.headers[place.name]}"
        return request.url.query.decode()

    def verify_vector(self, vector: Mapping[str, Any], output: Any) -> bool:
        place, text = self._place(vector), str(output)
        request = httpx.Request("GET", "http://vector.invalid/" + ("" if place.location == "header" else "?" + text))
        if place.location == "header":
            name, _, value = text.partition(": ")
            request.headers[name] = value
        return self.verifies(request, vector["credentials"])

    def _place(self, vector: Mapping[str, Any]) -> Place:
        return next((p for p in self.places if p.location == vector.get("in", p.location)), self.places[0])


class ApiKeyAuth(httpx.Auth):
    def __init__(self, scheme: ApiKey, credentials: Credentials) -> None:
        self.scheme = scheme
        self._credentials = credentials

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.scheme.places[0].put(request, self._credentials[self.scheme.key])
        yield request

    def __repr__(self) -> str:
        return f"<ApiKeyAuth {self.scheme.name}>"


class ApiKeyChecker(Checker):
    scheme: ApiKey

    def request(self, request: Incoming, lookup: Lookup) -> str:
        for place in self.scheme.places:
            given = place.take(request)
            if given is not None:
                return self.stored(lookup, given)[self.scheme.key]
        raise Refused(
            "no_credentials", "no API key in " + " or ".join(f"{p.location} {p.name}" for p in self.scheme.places)
        )
