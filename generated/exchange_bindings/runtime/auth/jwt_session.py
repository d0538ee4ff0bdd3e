"""Token sessions: log in with a request the spec names, carry the token (a JWT) in a header, refresh
it before it expires and after a 401 (with the refresh cookie the login set, else by logging in again),
and forget it on logout. The stub side issues HS256 tokens (PyJWT), verifies bearers and expires them."""

from __future__ import annotations

import contextlib
import secrets
import threading
import time
import uuid
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from http.cookies import CookieError, SimpleCookie
from typing import TYPE_CHECKING, Any

import httpx
import msgspec

from ..credentials import Credentials
from ..errors import DecodeError, ExchangeError
from .base import OPERATION, Answer, Calls, Checker, Incoming, Lookup, Refused, Scheme, fill, read, same

if TYPE_CHECKING:
    import asyncio

Flow = Generator[httpx.Request, httpx.Response, None]


class Ticket(msgspec.Struct, frozen=True):
    """An endpoint that opens a session from a one-time ticket (`param` carries it), as the login does;
    the stub's tickets last `lifetime` seconds (None: until used) and it starts with `seed` (ticket -> the
    key credential's value it logs in as)."""

    operation: str
    param: str
    lifetime: float | None = None
    seed: Mapping[str, str] = msgspec.field(default_factory=dict)


class JwtSession(Scheme, frozen=True, kw_only=True):
    type = "jwt_session"
    stream = False  # streams of such APIs log in otherwise (a listen key ...)
    login: str  # the operation that opens a session
    login_args: Mapping[str, Any]  # its arguments: a template over the credentials
    refresh: str | None = None  # the operation that renews the token (with the refresh cookie)
    logout: str | None = None  # the operation that ends the session
    token: str = "token"  # where the login's and refresh's result holds the token (a dotted path)
    expires_in: str | None = None  # where it says in how many seconds the token expires (else: the token's exp)
    refresh_cookie: str | None = None  # the cookie the login sets for the refresh
    header: str = "Authorization"
    prefix: str = "Bearer "
    refresh_before: float = 30.0  # seconds before expiry the client renews
    lifetime: float = 900.0  # the stub's tokens (s)
    refresh_lifetime: float = 86400.0  # the stub's refresh cookies (s)
    answer_fields: Mapping[str, Any] = msgspec.field(default_factory=dict)  # fixed fields beside the token (stub side)
    logout_cookie: bool = False  # the logout sends the refresh cookie too (and the stub needs it)
    tickets: tuple[Ticket, ...] = ()  # other ways in: one-time tickets exchanged for a session

    @property
    def operations(self) -> tuple[str, ...]:
        """The operations of a session (the stub side answers them)."""
        ops = (self.login, self.refresh, self.logout, *(t.operation for t in self.tickets))
        return tuple(op for op in ops if op is not None)

    @property
    def openers(self) -> tuple[str, ...]:
        """The operations whose answer is a session (when the caller makes them, the client keeps it)."""
        ops = (self.login, self.refresh, *(t.operation for t in self.tickets))
        return tuple(op for op in ops if op is not None)

    def client(self, credentials: Credentials, calls: Calls | None = None) -> httpx.Auth:
        if calls is None:
            raise ValueError("a token session sends requests of its own: it needs the client's calls")
        return JwtSessionAuth(self, credentials, calls)

    def checker(self, clock: Callable[[], int]) -> Checker:
        return JwtChecker(self, clock)


def _at(data: Any, path: str) -> Any:
    for part in path.split("."):
        data = data.get(part) if isinstance(data, dict) else None
    return data


def _cookie(response: httpx.Response, name: str) -> str | None:
    for header in response.headers.get_list("set-cookie"):
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(header)
        except CookieError:
            continue
        if name in jar:
            return jar[name].value
    return None


class JwtSessionAuth(httpx.Auth):
    """A session's token on every request: logged in, refreshed and cleared as the scheme says. Calls that
    meet an expiry together (threads of a Client, tasks of an AsyncClient) wait for one renewal."""

    requires_response_body = True  # the login's and refresh's answers are read inside the flow

    def __init__(
        self, scheme: JwtSession, credentials: Credentials, calls: Calls, clock: Callable[[], float] = time.time
    ) -> None:
        self.scheme = scheme
        self.clock = clock  # seconds (tests may move it)
        self._credentials = credentials
        self._calls = calls
        self._lock = threading.Lock()  # concurrent calls share the session
        self._renewing = threading.Lock()  # one renewal at a time for a Client's threads
        self._renewing_async: asyncio.Lock | None = None  # and for an AsyncClient's tasks (made in its loop)
        self._token: str | None = None
        self._expires_at = 0.0
        self._cookie: str | None = None
        self.logins = 0
        self.refreshes = 0

    def __repr__(self) -> str:
        return f"<JwtSessionAuth {self.scheme.name} {'open' if self._token else 'closed'}>"

    @property
    def open(self) -> bool:
        """A session is open (logged in, or opened by a ticket): calls may go without credentials."""
        return self._token is not None

    def _stale(self, request: httpx.Request) -> bool:
        """The call needs the session renewed first (not one that opens a session itself)."""
        if request.extensions.get(OPERATION) in self.scheme.openers:
            return False
        return self._token is None or self.clock() >= self._expires_at - self.scheme.refresh_before

    def sync_auth_flow(self, request: httpx.Request) -> Flow:
        for renewal in (True, False):  # a renewal first when the session is stale (under the lock), then the call
            if renewal and not self._stale(request):
                continue
            with self._renewing if renewal else contextlib.nullcontext():
                if renewal and not self._stale(request):  # renewed meanwhile by another thread
                    continue
                flow = self._renew(request) if renewal else self.auth_flow(request)
                sent = _step(flow, None)
                while sent is not None:
                    response = yield sent
                    response.read()
                    sent = _step(flow, response)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        for renewal in (True, False):  # a renewal first when the session is stale (under the lock), then the call
            if renewal and not self._stale(request):
                continue
            if renewal and self._renewing_async is None:
                import asyncio  # loaded by the running loop: importing the package does not load it

                self._renewing_async = asyncio.Lock()
            async with self._renewing_async if renewal and self._renewing_async else contextlib.nullcontext():
                if renewal and not self._stale(request):  # renewed meanwhile by another task
                    continue
                flow = self._renew(request) if renewal else self.auth_flow(request)
                sent = _step(flow, None)
                while sent is not None:
                    response = yield sent
                    await response.aread()
                    sent = _step(flow, response)

    def auth_flow(self, request: httpx.Request) -> Flow:
        operation = request.extensions.get(OPERATION)
        if isinstance(operation, str) and operation in self.scheme.openers:
            # called by the user: its answer opens or renews the session
            yield from self._own(operation, request)
            return
        now = self.clock()
        if self._token is None or now >= self._expires_at - self.scheme.refresh_before:
            yield from self._renew(request)
        logout = operation == self.scheme.logout
        self._apply(request, logout)
        response = yield request
        if response.status_code == 401:  # revoked, or expired early: renew once and send again
            yield from self._renew(request)
            self._apply(request, logout)
            response = yield request
        if logout and response.status_code < 400:
            self.clear()

    def _own(self, operation: str, request: httpx.Request) -> Flow:
        """A login or refresh the caller makes: sent as asked (a refresh with the cookie, logging in
        first for one), its answer kept as the session; a refusal is the caller's to see."""
        if operation == self.scheme.refresh:
            if self._cookie is None:
                yield from self._renew(request)
            self._with_cookie(request)
        response = yield request
        if response.status_code < 400:
            with contextlib.suppress(ExchangeError, DecodeError):  # the client raises it for the call itself
                self._take(operation, response)

    def clear(self) -> None:
        with self._lock:
            self._token, self._expires_at, self._cookie = None, 0.0, None

    def _apply(self, request: httpx.Request, logout: bool = False) -> None:
        request.headers[self.scheme.header] = self.scheme.prefix + (self._token or "")
        if logout and self.scheme.logout_cookie:
            self._with_cookie(request)

    def _with_cookie(self, request: httpx.Request) -> None:
        if self.scheme.refresh_cookie is not None and self._cookie is not None:
            request.headers["Cookie"] = f"{self.scheme.refresh_cookie}={self._cookie}"

    def _renew(self, request: httpx.Request) -> Flow:
        """Refresh with the cookie when there is one; log in when there is none or the refresh fails."""
        scheme = self.scheme
        if scheme.refresh is not None and self._cookie is not None:
            try:
                yield from self._open(scheme.refresh, {}, request)
                self.refreshes += 1
                return
            except ExchangeError:  # an expired or revoked refresh cookie: a new session
                self.clear()
        yield from self._open(scheme.login, fill(scheme.login_args, self._credentials.as_dict()), request)
        self.logins += 1

    def _open(self, operation: str, values: Mapping[str, Any], like: httpx.Request) -> Flow:
        sent = self._calls.request(operation, values, like)
        if operation == self.scheme.refresh:
            self._with_cookie(sent)
        response = yield sent
        self._take(operation, response)

    def _take(self, operation: str, response: httpx.Response) -> None:
        """The token (and the refresh cookie) of a login's or refresh's answer; raises on a refusal."""
        scheme = self.scheme
        result = self._calls.result(operation, response)
        token = _at(result, scheme.token)
        if not isinstance(token, str) or not token:
            # the body (it may hold a token elsewhere) stays out of the error
            raise DecodeError(f"the answer holds no token at '{scheme.token}'", b"", operation=operation)
        lasts = _at(result, scheme.expires_in) if scheme.expires_in is not None else None
        expires_at = self.clock() + float(lasts) if isinstance(lasts, int | float) else _expiry(token)
        cookie = _cookie(response, scheme.refresh_cookie) if scheme.refresh_cookie is not None else None
        with self._lock:
            self._token, self._expires_at = token, expires_at
            self._cookie = cookie or self._cookie


def _step(flow: Flow, response: httpx.Response | None) -> httpx.Request | None:
    """The next request of a flow given the last one's answer (None: the flow is done)."""
    try:
        return next(flow) if response is None else flow.send(response)
    except StopIteration:
        return None


def _expiry(token: str) -> float:
    """The token's own expiry (its exp claim, read without verifying: the server verifies)."""
    import jwt

    try:
        exp = jwt.decode(token, options={"verify_signature": False}).get("exp")
    except jwt.PyJWTError:
        exp = None
    return float(exp) if isinstance(exp, int | float) else float("inf")


class JwtChecker(Checker):
    """Issues tokens on login and refresh, verifies bearers, expires and revokes them."""

    scheme: JwtSession

    def __init__(self, scheme: JwtSession, clock: Callable[[], int]) -> None:
        super().__init__(scheme, clock)
        self.operations = frozenset(scheme.operations)
        self._secret = secrets.token_bytes(32)
        self._tokens: dict[str, str] = {}  # live token id -> key value
        self._refresh: dict[str, tuple[str, float]] = {}  # refresh cookie -> key value, expiry (ms)
        self._tickets: dict[str, tuple[str, str, float]] = {}  # ticket -> operation, key value, expiry (ms)
        self.lifetime = scheme.lifetime  # of the tokens it issues (s): a stub's control surface shortens it
        self.revoke()

    def revoke(self) -> None:
        """Forget every session; the tickets are the seeded ones again, the token lifetime the scheme's."""
        self.lifetime = self.scheme.lifetime
        self._tokens.clear()
        self._refresh.clear()
        self._tickets = {
            t: (ticket.operation, key, float("inf")) for ticket in self.scheme.tickets for t, key in ticket.seed.items()
        }

    def issue_ticket(self, operation: str, key: str) -> str:
        """A new one-time ticket for the ticket endpoint `operation`, opening a session as `key`."""
        (ticket,) = [t for t in self.scheme.tickets if t.operation == operation]
        value = secrets.token_urlsafe(16)
        lasts = float("inf") if ticket.lifetime is None else self.clock() + ticket.lifetime * 1000
        self._tickets[value] = (operation, key, lasts)
        return value

    def request(self, request: Incoming, lookup: Lookup) -> str:
        import jwt

        scheme = self.scheme
        given = request.headers.get(scheme.header.lower(), "")
        if not given.startswith(scheme.prefix):
            raise Refused("unknown_key", f"no session token ({scheme.header})")
        try:
            # times are checked below by the stub's clock (which tests move), not by the machine's
            claims = jwt.decode(
                given[len(scheme.prefix) :],
                self._secret,
                algorithms=["HS256"],
                options={"verify_exp": False, "verify_iat": False, "verify_nbf": False},
            )
        except jwt.PyJWTError:
            raise Refused("unknown_key", "not a token of this server") from None
        key = self._tokens.get(str(claims.get("jti")))
        if key is None or self.clock() >= float(claims.get("exp", 0)) * 1000:
            raise Refused("token_expired", "the session token has expired or was revoked")
        return self.stored(lookup, key)[scheme.key]

    def answer(self, operation: str, request: Incoming, params: Mapping[str, Any], lookup: Lookup) -> Answer:
        scheme = self.scheme
        if operation == scheme.login:
            given = read(scheme.login_args, params)
            stored = self.stored(lookup, given.get(scheme.key))
            if not all(same(stored[name], str(value)) for name, value in given.items()):
                raise Refused("bad_signature", "the credentials do not match")
            return self._issue(stored[scheme.key])
        for ticket in scheme.tickets:
            if operation == ticket.operation:
                spent = self._tickets.pop(str(params.get(ticket.param, "")), None)
                if spent is None or spent[0] != operation or self.clock() >= spent[2]:
                    raise Refused("ticket_invalid", "the ticket is unknown, used or expired")
                return self._issue(self.stored(lookup, spent[1])[scheme.key])
        if operation == scheme.refresh:
            held = self._refresh.pop(self._given_cookie(request), None)
            if held is None or self.clock() >= held[1]:
                raise Refused("refresh_required", "no live refresh cookie: log in again")
            return self._issue(held[0])
        key = self.request(request, lookup)  # the logout
        if scheme.logout_cookie and self._refresh.get(self._given_cookie(request), ("",))[0] != key:
            raise Refused("refresh_required", "a logout sends the session's refresh cookie too")
        self._tokens = {jti: k for jti, k in self._tokens.items() if k != key}
        self._refresh = {c: held for c, held in self._refresh.items() if held[0] != key}
        return Answer(None)

    def _given_cookie(self, request: Incoming) -> str:
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(request.headers.get("cookie", ""))
        except CookieError:
            return ""
        name = self.scheme.refresh_cookie or ""
        return jar[name].value if name in jar else ""

    def _issue(self, key: str) -> Answer:
        import jwt

        scheme, now = self.scheme, self.clock()
        jti = uuid.uuid4().hex
        self._tokens[jti] = key
        claims = {"sub": key, "jti": jti, "iat": now // 1000, "exp": int(now / 1000 + self.lifetime)}
        data: dict[str, Any] = dict(scheme.answer_fields)
        _put(data, scheme.token, jwt.encode(claims, self._secret, algorithm="HS256"))
        if scheme.expires_in is not None:
            _put(data, scheme.expires_in, int(self.lifetime))
        headers = {}
        if scheme.refresh_cookie is not None:
            cookie = secrets.token_urlsafe(32)
            self._refresh[cookie] = (key, now + scheme.refresh_lifetime * 1000)
            headers["Set-Cookie"] = (
                f"{scheme.refresh_cookie}={cookie}; HttpOnly; Max-Age={int(scheme.refresh_lifetime)}"
            )
        return Answer(data, headers)


def _put(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[last] = value
