"""Auth schemes, parameterised by the spec: HMAC request signing, API keys, HTTP Basic."""

from __future__ import annotations

import base64
import hashlib
import hmac
import threading
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import httpx


class Credentials:
    """Credential values by name; never shown in a repr, a log line or an error message."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, str | None]) -> None:
        self._values = {k: v for k, v in values.items() if v is not None}

    def __getitem__(self, name: str) -> str:
        return self._values[name]

    def has(self, names: tuple[str, ...] | list[str]) -> bool:
        return all(n in self._values for n in names)

    def as_dict(self) -> dict[str, str]:
        """The values by name (to hand them on; keep the result out of anything long-lived)."""
        return dict(self._values)

    def values(self) -> tuple[str, ...]:
        return tuple(self._values.values())

    def __repr__(self) -> str:
        return "Credentials(" + ", ".join(f"{k}=***" for k in sorted(self._values)) + ")"

    __str__ = __repr__


class _Clock:
    """Timestamps and nonces in the formats a scheme asks for; nonces strictly increase."""

    def __init__(self) -> None:
        self._last_nonce = 0
        self._lock = threading.Lock()

    def timestamp(self, style: str) -> str:
        now = time.time()
        if style == "unix_ms":
            return str(int(now * 1000))
        if style == "unix_s":
            return str(int(now))
        moment = datetime.fromtimestamp(now, UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%f" if style == "iso8601_micros" else "%Y-%m-%dT%H:%M:%S")

    def nonce(self) -> str:
        with self._lock:
            self._last_nonce = max(self._last_nonce + 1, int(time.time() * 1000))
            return str(self._last_nonce)


def hmac_message(scheme: Mapping[str, Any], parts: Mapping[str, str]) -> str:
    """The string to sign: the scheme's parts, in order, joined by its separator."""
    message = scheme["message"]
    pieces = [p["literal"] if isinstance(p, dict) else parts[p] for p in message["parts"]]
    joiner: str = message.get("join", "")
    return joiner.join(pieces)


def hmac_signature(scheme: Mapping[str, Any], secret: str, message: str) -> str:
    digest = hmac.new(secret.encode(), message.encode(), getattr(hashlib, scheme["algorithm"])).digest()
    encoding = scheme["encoding"]
    if encoding == "base64":
        return base64.b64encode(digest).decode()
    return digest.hex().upper() if encoding == "hex_upper" else digest.hex()


def same_signature(expected: str, given: str) -> bool:
    """Whether a client's signature is the expected one, compared in constant time whatever characters it
    holds (compare_digest refuses non-ASCII text)."""
    return hmac.compare_digest(expected.encode(), given.encode("utf-8", "surrogatepass"))


def sign_parts(method: str, host: str, path: str, query: str, body: str) -> dict[str, str]:
    """The pieces of a request that signatures are made of, exactly as they go on the wire."""
    return {
        "method": method.upper(),
        "host": host,
        "path": path,
        "query": query,
        "path_query": f"{path}?{query}" if query else path,
        "body": body,
        "payload": body if body else query,
    }


def request_parts(request: httpx.Request) -> dict[str, str]:
    raw_path, _, query = request.url.raw_path.decode("ascii").partition("?")
    default_port = {"http": 80, "https": 443}.get(request.url.scheme)
    host = request.url.host if request.url.port in (None, default_port) else f"{request.url.host}:{request.url.port}"
    return sign_parts(request.method, host, raw_path, query, request.content.decode())


class Signer:
    """Applies one auth scheme of the spec to outgoing requests."""

    def __init__(self, name: str, scheme: Mapping[str, Any], credentials: Credentials) -> None:
        self.name = name
        self.scheme = scheme
        self.credentials = credentials
        self._clock = _Clock()
        missing = [c for c in scheme["credentials"] if not credentials.has([c])]
        self.missing = tuple(missing)

    def apply(self, request: httpx.Request) -> None:
        kind = self.scheme["type"]
        if kind == "hmac":
            self._hmac(request)
        elif kind == "api_key":
            self._api_key(request)
        elif kind == "basic":
            self._basic(request)
        else:  # challenge and token schemes authenticate a session, not a request
            raise NotImplementedError(f"auth scheme type {kind!r} is not supported for REST requests yet")

    def _fields(self) -> dict[str, str]:
        return {c: self.credentials[c] for c in self.scheme["credentials"]}

    def _hmac(self, request: httpx.Request) -> None:
        scheme = self.scheme
        parts = request_parts(request)
        parts["timestamp"] = self._clock.timestamp(scheme["timestamp"])
        parts["nonce"] = self._clock.nonce() if scheme.get("nonce", "none") != "none" else ""
        signature = hmac_signature(scheme, self.credentials[scheme["secret"]], hmac_message(scheme, parts))
        values = {**self._fields(), "timestamp": parts["timestamp"], "nonce": parts["nonce"], "signature": signature}
        for header, template in scheme["headers"].items():
            request.headers[header] = template.format_map(values)

    def _api_key(self, request: httpx.Request) -> None:
        value = self.credentials[self.scheme["credentials"][0]]
        if self.scheme["in"] == "header":
            request.headers[self.scheme["name"]] = value
        else:
            request.url = request.url.copy_merge_params({self.scheme["name"]: value})

    def _basic(self, request: httpx.Request) -> None:
        fields = self._fields()
        user = self.scheme["username"].format_map(fields)
        password = self.scheme["password"].format_map(fields)
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        request.headers["Authorization"] = f"Basic {token}"
