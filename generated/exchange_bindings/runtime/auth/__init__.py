"""Auth schemes as plug-ins: one module per scheme type, each holding its typed configuration, its client
side (an `httpx.Auth`), its stream login and its stub side (see base.py for the interface).

SCHEMES is the registry: a spec's `auth.schemes.*.type` names one of its keys (the loader refuses others).
"""

from __future__ import annotations

import httpx

from .api_key import ApiKey
from .base import OPERATION, Answer, Calls, Checker, Credentials, LoginFields, Lookup, Refused, Scheme
from .basic import Basic
from .ecdsa_challenge import EcdsaChallenge
from .hmac import Hmac
from .jwt_session import JwtSession

SCHEMES: dict[str, type[Scheme]] = {cls.type: cls for cls in (Hmac, ApiKey, Basic, JwtSession, EcdsaChallenge)}

__all__ = [
    "OPERATION",
    "SCHEMES",
    "Answer",
    "Calls",
    "Checker",
    "Credentials",
    "LoginFields",
    "Lookup",
    "Refused",
    "Scheme",
    "sign",
]


def sign(scheme: Scheme, credentials: Credentials, request: httpx.Request) -> httpx.Request:
    """`request` as the scheme's client side sends it first (for schemes that sign requests alone)."""
    return next(scheme.client(credentials).auth_flow(request))
