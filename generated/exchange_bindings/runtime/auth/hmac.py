"""HMAC request signing, by the spec's recipe: the parts of the request signed and how they are joined,
the digest and its encoding, timestamp and nonce styles, the headers; the older SHA-256(message + secret)
as a variant (a scheme may sign with it, and the stub may also accept it). Client, stream and stub sides."""

from __future__ import annotations

import base64
import hashlib
import hmac
import threading
import time
from collections.abc import Callable, Generator, Mapping
from datetime import UTC, datetime
from typing import Any

import httpx
import msgspec

from ..credentials import Credentials
from .base import Checker, Incoming, LoginFields, Lookup, Refused, Scheme, same


def _hmac(scheme: Hmac, secret: str, message: str) -> bytes:
    return hmac.new(secret.encode(), message.encode(), getattr(hashlib, scheme.algorithm)).digest()


def _sha256_with_secret(scheme: Hmac, secret: str, message: str) -> bytes:
    return hashlib.sha256((message + secret).encode()).digest()


VARIANTS: dict[str, Callable[[Hmac, str, str], bytes]] = {
    "hmac": _hmac,  # HMAC of the message with the secret as key
    "sha256_with_secret": _sha256_with_secret,  # the older SHA-256 of the message followed by the secret
}
ENCODINGS: dict[str, Callable[[bytes], str]] = {
    "base64": lambda digest: base64.b64encode(digest).decode(),
    "hex": bytes.hex,
    "hex_upper": lambda digest: digest.hex().upper(),
}


class Literal(msgspec.Struct, frozen=True):
    """A fixed piece of the signed message."""

    text: str


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


def fresh(stamp: str, style: str, window: float, now_ms: int) -> bool:
    """Whether a timestamp of this style is within `window` seconds of the stub's clock."""
    try:
        if style in ("unix_ms", "unix_s"):
            if not (stamp.isascii() and stamp.isdigit()):  # int() would also read " 1" and other digits
                return False
            moment = int(stamp) * (1 if style == "unix_ms" else 1000)
        else:
            moment = int(datetime.fromisoformat(stamp).replace(tzinfo=UTC).timestamp() * 1000)
    except (ValueError, OverflowError):
        return False
    return abs(now_ms - moment) <= window * 1000


class Hmac(Scheme, frozen=True, kw_only=True):
    """A signature over parts of the request (or of a stream login) with a secret credential."""

    type = "hmac"
    secret: str
    parts: tuple[str | Literal, ...]
    join: str = ""
    algorithm: str = "sha256"
    encoding: str = "hex"
    variant: str = "hmac"  # how the client signs (a key of VARIANTS)
    also_accept: tuple[str, ...] = ()  # variants the stub accepts besides
    timestamp: str = "unix_ms"
    nonce: str = "none"
    headers: tuple[tuple[str, str], ...] = ()  # header -> template over credentials, timestamp, nonce, signature
    window: float | None = None  # the stub refuses a timestamp further than this from its clock (s)

    @property
    def key(self) -> str:
        return next(c for c in self.credentials if c != self.secret)

    def message(self, parts: Mapping[str, str]) -> str:
        """The string to sign: the scheme's parts, in order, joined by its separator."""
        return self.join.join(p.text if isinstance(p, Literal) else parts[p] for p in self.parts)

    def signature(self, secret: str, message: str, variant: str | None = None) -> str:
        return ENCODINGS[self.encoding](VARIANTS[variant or self.variant](self, secret, message))

    def accepts(self, secret: str, message: str, given: str) -> bool:
        """Whether `given` signs `message`, by the scheme's variant or one it also accepts."""
        variants = (self.variant, *self.also_accept)
        return any(same(self.signature(secret, message, v), given) for v in variants)

    def _stamps(self, clock: _Clock) -> dict[str, str]:
        return {"timestamp": clock.timestamp(self.timestamp), "nonce": clock.nonce() if self.nonce != "none" else ""}

    # -- client side -------------------------------------------------------------------------------
    def client(self, credentials: Credentials, calls: object = None) -> httpx.Auth:
        return HmacAuth(self, credentials)

    def sign(self, request: httpx.Request, credentials: Credentials, clock: _Clock) -> None:
        parts = {**request_parts(request), **self._stamps(clock)}
        signature = self.signature(credentials[self.secret], self.message(parts))
        values = {**{c: credentials[c] for c in self.credentials}, **parts, "signature": signature}
        for header, template in self.headers:
            request.headers[header] = template.format_map(values)

    def login_fields(self, credentials: Credentials, challenge: bytes | None = None) -> LoginFields:
        stamps = self._stamps(_Clock())
        signature = self.signature(credentials[self.secret], self.message(stamps))
        return LoginFields(
            {**{c: credentials[c] for c in self.credentials}, **stamps, "signature": signature}, (signature,)
        )

    # -- stub side ---------------------------------------------------------------------------------
    def checker(self, clock: Callable[[], int]) -> Checker:
        return HmacChecker(self, clock)

    # -- vectors -----------------------------------------------------------------------------------
    def sign_vector(self, vector: Mapping[str, Any]) -> str:
        message = self.message(vector["parts"]) if "parts" in vector else vector["message"]
        return self.signature(vector["secret"], message)

    def verify_vector(self, vector: Mapping[str, Any], output: Any) -> bool:
        return isinstance(output, str) and self.accepts(vector["secret"], vector["message"], output)


class HmacAuth(httpx.Auth):
    """Signs each request as its scheme says (headers with the key, timestamp, nonce, signature)."""

    requires_request_body = True

    def __init__(self, scheme: Hmac, credentials: Credentials) -> None:
        self.scheme = scheme
        self._credentials = credentials
        self._clock = _Clock()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.scheme.sign(request, self._credentials, self._clock)
        yield request

    def __repr__(self) -> str:
        return f"<HmacAuth {self.scheme.name}>"


class HmacChecker(Checker):
    scheme: Hmac

    def request(self, request: Incoming, lookup: Lookup) -> str:
        scheme = self.scheme
        fields: dict[str, str] = {}
        for header, template in scheme.headers:
            name = template.strip("{}") if template.startswith("{") and template.endswith("}") else None
            if name is not None:
                value = request.headers.get(header.lower())
                if value is None:
                    raise Refused("no_credentials", f"missing header {header}", header)
                fields[name] = value
        stored = self.stored(lookup, fields.get(scheme.key, ""))
        window = scheme.window
        if window is not None and not fresh(fields.get("timestamp", ""), scheme.timestamp, window, self.clock()):
            raise Refused("stale_timestamp", "timestamp outside the allowed window")
        parts = sign_parts(
            request.method, request.host, request.path, request.query, request.body.decode("utf-8", "replace")
        )
        message = scheme.message({**parts, "timestamp": fields.get("timestamp", ""), "nonce": fields.get("nonce", "")})
        if not scheme.accepts(stored[scheme.secret], message, fields.get("signature", "")):
            raise Refused("bad_signature", "signature does not match the request")
        return stored[scheme.key]

    def login(self, fields: Mapping[str, Any], challenge: bytes | None, lookup: Lookup) -> str:
        scheme = self.scheme
        stored = self.stored(lookup, str(fields.get(scheme.key)))
        stamps = {"timestamp": str(fields.get("timestamp")), "nonce": str(fields.get("nonce", ""))}
        if not scheme.accepts(stored[scheme.secret], scheme.message(stamps), str(fields.get("signature"))):
            raise Refused("bad_signature", "signature does not match")
        return stored[scheme.key]
