"""Auth schemes as plug-ins: one module per scheme type, each holding its typed configuration, its client
side (an `httpx.Auth`), its stream login and its stub side (see base.py for the interface).

SCHEMES is the registry: a spec's `auth.schemes.*.type` names one of its keys (the loader refuses others).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

import httpx

from ..credentials import Credentials
from .base import OPERATION, Answer, Calls, Checker, LoginFields, Lookup, Refused, Scheme


class _Registry(Mapping[str, type[Scheme]]):
    """The plug-ins by scheme type, each module imported when its type is looked up: an API's module
    loads the schemes its spec uses (its generated config imports them), not the others."""

    def __init__(self, classes: Mapping[str, str]) -> None:
        self._classes = classes  # type -> "module:Class"

    def __getitem__(self, name: str) -> type[Scheme]:
        module, _, cls = self._classes[name].partition(":")
        found: type[Scheme] = getattr(importlib.import_module(f"{__name__}.{module}"), cls)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)


SCHEMES: Mapping[str, type[Scheme]] = _Registry(
    {
        "hmac": "hmac:Hmac",
        "api_key": "api_key:ApiKey",
        "basic": "basic:Basic",
        "jwt_session": "jwt_session:JwtSession",
        "ecdsa_challenge": "ecdsa_challenge:EcdsaChallenge",
    }
)

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
