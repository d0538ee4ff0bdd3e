"""Stream logins: the login command's data filled from a scheme's login fields (client side) and read
back (stub side); for challenge schemes, the server's greeting that carries the nonce to sign."""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..credentials import Credentials
from .base import Scheme, fill, read


@dataclass(frozen=True)
class Challenge:
    """The message a server greets each connection with: these fields, and a base64 nonce in `field`."""

    message: Mapping[str, Any]
    field: str
    size: int = 16  # bytes of the nonce a stub sends

    def nonce(self, message: Mapping[str, Any]) -> bytes | None:
        """The nonce, when `message` is the greeting (else None)."""
        if any(message.get(k) != v for k, v in self.message.items()) or not isinstance(message.get(self.field), str):
            return None
        try:
            return base64.b64decode(message[self.field], validate=True)
        except (binascii.Error, ValueError):
            return None

    def greeting(self) -> tuple[dict[str, Any], bytes]:
        """A greeting with a fresh nonce (the stub side), and the nonce."""
        nonce = os.urandom(self.size)
        return {**self.message, self.field: base64.b64encode(nonce).decode()}, nonce


@dataclass(frozen=True)
class StreamLogin:
    """A stream's login: the command, the scheme, the data template and the greeting, if any."""

    command: str
    scheme: str
    data: Any
    challenge: Challenge | None = None

    def payload(self, scheme: Scheme, credentials: Credentials, nonce: bytes | None) -> tuple[Any, tuple[str, ...]]:
        """The login command's data, and the values in it that logs must mask (signatures)."""
        fields = scheme.login_fields(credentials, nonce)
        return fill(self.data, fields.values), fields.secrets

    def fields(self, data: Any) -> dict[str, Any]:
        """What a received login's data holds, by name."""
        return read(self.data, data)
