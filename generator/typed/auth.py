"""The auth plug-ins' typed configurations (runtime/auth/*), and stream logins, from a spec's auth section."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from typing import Any

from runtime.auth import SCHEMES, Scheme
from runtime.auth.api_key import ApiKey, Place
from runtime.auth.basic import Basic, DerivedPassword
from runtime.auth.ecdsa_challenge import EcdsaChallenge, Part
from runtime.auth.hmac import Hmac, Literal
from runtime.auth.jwt_session import JwtSession, Ticket
from runtime.auth.login import Challenge, StreamLogin
from runtime.config import seconds

from . import at


def _hmac(name: str, data: Mapping[str, Any]) -> Hmac:
    message = data["message"]
    return Hmac(
        name=name,
        credentials=tuple(data["credentials"]),
        secret=data["secret"],
        parts=tuple(Literal(p["literal"]) if isinstance(p, Mapping) else p for p in message["parts"]),
        join=message.get("join", ""),
        algorithm=data.get("algorithm", "sha256"),
        encoding=data.get("encoding", "hex"),
        variant=data.get("variant", "hmac"),
        also_accept=tuple(data.get("also_accept", ())),
        timestamp=data.get("timestamp", "unix_ms"),
        nonce=data.get("nonce", "none"),
        headers=tuple(data.get("headers", {}).items()),
        window=seconds(data["window"]) if "window" in data else None,
    )


def _api_key(name: str, data: Mapping[str, Any]) -> ApiKey:
    places = [data, *data.get("alternatives", ())]
    return ApiKey(
        name=name, credentials=tuple(data["credentials"]), places=tuple(Place(p["in"], p["name"]) for p in places)
    )


def _basic(name: str, data: Mapping[str, Any]) -> Basic:
    return Basic(
        name=name,
        credentials=tuple(data["credentials"]),
        username=data["username"],
        password=data["password"],
        query=data.get("query"),
        alternative=_derived_password(data["password_alternative"]) if "password_alternative" in data else None,
    )


def _derived_password(data: Mapping[str, Any]) -> DerivedPassword:
    if not callable(getattr(hashlib, data["digest"], None)):
        raise ValueError(f"digest '{data['digest']}' is not a hashlib algorithm")
    return DerivedPassword(
        credential=data["credential"],
        digest=data["digest"],
        parts=tuple(_part(p) for p in data["derivation"]),
        encoding=data.get("encoding", "base64"),
    )


def _jwt_session(name: str, data: Mapping[str, Any]) -> JwtSession:
    texts = ("token", "expires_in", "refresh_cookie", "header", "prefix", "answer_fields", "logout_cookie")
    durations = ("refresh_before", "lifetime", "refresh_lifetime")
    optional = {k: data[k] for k in texts if k in data} | {k: seconds(data[k]) for k in durations if k in data}
    return JwtSession(
        name=name,
        credentials=tuple(data["credentials"]),
        login=data["login"]["operation"],
        login_args=dict(data["login"]["args"]),
        refresh=data.get("refresh", {}).get("operation"),
        logout=data.get("logout", {}).get("operation"),
        tickets=tuple(
            Ticket(
                t["operation"], t["param"], seconds(t["lifetime"]) if "lifetime" in t else None, dict(t.get("seed", {}))
            )
            for t in data.get("tickets", ())
        ),
        **optional,
    )


def _part(data: str | Mapping[str, str]) -> Part:
    return Part(data) if isinstance(data, str) else Part(data["credential"], data.get("as", "utf8"))


def _ecdsa_challenge(name: str, data: Mapping[str, Any]) -> EcdsaChallenge:
    if not callable(getattr(hashlib, data["digest"], None)):
        raise ValueError(f"digest '{data['digest']}' is not a hashlib algorithm")
    return EcdsaChallenge(
        name=name,
        credentials=tuple(data["credentials"]),
        curve=data["curve"],
        digest=data["digest"],
        derivation=tuple(_part(p) for p in data["key_derivation"]),
        message=tuple(_part(p) for p in data["message"]),
        nonce_bytes=int(data.get("nonce_bytes", 16)),
        signature_bytes=int(data.get("signature_bytes", 28)),
    )


BUILDERS: dict[str, Callable[[str, Mapping[str, Any]], Scheme]] = {
    "hmac": _hmac,
    "api_key": _api_key,
    "basic": _basic,
    "jwt_session": _jwt_session,
    "ecdsa_challenge": _ecdsa_challenge,
}
"""One builder per auth plug-in (runtime/auth SCHEMES): a test keeps the two registries equal."""


def scheme(name: str, data: Mapping[str, Any]) -> Scheme:
    """The typed configuration of the spec's scheme `name` (BuildError: a type no plug-in implements, or
    a value its plug-in refuses)."""
    with at("auth", "schemes", name):
        build = BUILDERS.get(data["type"])
        if build is None or data["type"] not in SCHEMES:
            raise ValueError(f"auth scheme type '{data['type']}' has no plug-in; known: {sorted(SCHEMES)}")
        return build(name, data)


def stream_login(data: Mapping[str, Any]) -> StreamLogin:
    """A stream's login section: the command, the scheme, the data template and the greeting, if any."""
    hello = data.get("challenge")
    challenge = None if hello is None else Challenge(dict(hello["message"]), hello["field"], hello.get("bytes", 16))
    return StreamLogin(data["command"], data["scheme"], data["data"], challenge)
