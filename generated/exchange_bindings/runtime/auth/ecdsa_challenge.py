"""ECDSA challenge/response for stream logins: the server greets each connection with a nonce; the client
signs (account bytes, server nonce, client nonce) with a private key derived from its credentials (a
digest of credential bytes), curve and digest as the spec names them; r and s go out as fixed-size
base64. Signing and verifying are fastecdsa's (it ships secp224k1 among its curves)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Callable, Mapping
from typing import Any

import msgspec

from ..credentials import Credentials
from .base import Checker, LoginFields, Lookup, Refused, Scheme, same

ENCODINGS: dict[str, Callable[[str], bytes]] = {
    "utf8": str.encode,
    "uint64_be": lambda text: int(text).to_bytes(8, "big"),
}
NONCES = ("server_nonce", "client_nonce")
_RESIGN = 64  # signatures tried before giving up (one in ~2^93 has an r or s wider than 28 bytes)


class Part(msgspec.Struct, frozen=True):
    """A piece of the derivation seed or the signed message: a credential's bytes, or a nonce."""

    name: str  # a credential, or server_nonce / client_nonce
    encoding: str = "utf8"  # of a credential: a key of ENCODINGS

    def bytes(self, values: Mapping[str, Any]) -> bytes:
        value = values[self.name]
        return value if isinstance(value, bytes) else ENCODINGS[self.encoding](value)


class EcdsaChallenge(Scheme, frozen=True, kw_only=True):
    type = "ecdsa_challenge"
    rest = False  # a stream login only (REST of such APIs takes another scheme)
    deterministic = False  # the documented signatures used a random k
    challenge = True
    curve: str  # a curve of fastecdsa.curve
    digest: str  # a hashlib algorithm, for the key derivation and the signature
    derivation: tuple[Part, ...]  # private key = int(digest(these bytes))
    message: tuple[Part, ...]  # signed: digest(these bytes)
    nonce_bytes: int = 16  # of the client nonce
    signature_bytes: int = 28  # r and s, each big-endian, zero-padded

    @property
    def sent(self) -> tuple[str, ...]:
        """The credentials a login carries in the clear (the ones the key is not derived from)."""
        derived = {p.name for p in self.derivation}
        return tuple(c for c in self.credentials if c not in derived or c == self.key)

    @property
    def _hashfunc(self) -> Callable[..., Any]:
        found: Callable[..., Any] = getattr(hashlib, self.digest)
        return found

    def _hash(self, data: bytes) -> bytes:
        return bytes(self._hashfunc(data).digest())

    def private_key(self, values: Mapping[str, str]) -> int:
        return int.from_bytes(self._hash(b"".join(p.bytes(values) for p in self.derivation)), "big")

    def _curve(self) -> Any:
        from fastecdsa import curve

        found = getattr(curve, self.curve, None)
        if not hasattr(found, "q"):  # a curve has an order
            raise ValueError(f"fastecdsa has no curve {self.curve!r}")
        return found

    def _signed(self, values: Mapping[str, Any]) -> bytes:
        return b"".join(p.bytes(values) for p in self.message)

    def sign(self, values: Mapping[str, str], server_nonce: bytes, client_nonce: bytes) -> tuple[str, str] | None:
        """r and s in base64, or None when one does not fit the fixed size (sign again, another nonce)."""
        from fastecdsa import ecdsa

        message = self._signed({**values, "server_nonce": server_nonce, "client_nonce": client_nonce})
        r, s = ecdsa.sign(message, self.private_key(values), curve=self._curve(), hashfunc=self._hashfunc)
        size = self.signature_bytes
        if max(r, s) >= 1 << (8 * size):
            return None
        return base64.b64encode(r.to_bytes(size, "big")).decode(), base64.b64encode(s.to_bytes(size, "big")).decode()

    def verify(self, stored: Mapping[str, str], server_nonce: bytes, client_nonce: str, r: str, s: str) -> bool:
        from fastecdsa import ecdsa, keys

        try:
            nonce = base64.b64decode(client_nonce, validate=True)
            raw = [base64.b64decode(v, validate=True) for v in (r, s)]
        except (binascii.Error, ValueError):
            return False
        if any(len(v) != self.signature_bytes for v in raw):  # exactly this wide, as the docs say
            return False
        numbers = [int.from_bytes(v, "big") for v in raw]
        curve = self._curve()
        public = keys.get_public_key(self.private_key(stored), curve)
        message = self._signed({**stored, "server_nonce": server_nonce, "client_nonce": nonce})
        try:
            return bool(ecdsa.verify((numbers[0], numbers[1]), message, public, curve=curve, hashfunc=self._hashfunc))
        except ValueError:  # r or s out of range
            return False

    # -- client side -------------------------------------------------------------------------------
    def login_fields(self, credentials: Credentials, challenge: bytes | None = None) -> LoginFields:
        if challenge is None:
            raise ValueError("an ECDSA challenge login needs the server's nonce")
        values = credentials.as_dict()
        for _ in range(_RESIGN):
            nonce = os.urandom(self.nonce_bytes)
            signed = self.sign(values, challenge, nonce)
            if signed is not None:
                fields = {c: credentials[c] for c in self.sent}
                return LoginFields(
                    {**fields, "client_nonce": base64.b64encode(nonce).decode(), "r": signed[0], "s": signed[1]}, signed
                )
        raise ValueError("no signature fits its fixed size")

    # -- stub side ---------------------------------------------------------------------------------
    def checker(self, clock: Callable[[], int]) -> Checker:
        return EcdsaChecker(self, clock)

    # -- vectors -----------------------------------------------------------------------------------
    def _vector_nonces(self, vector: Mapping[str, Any]) -> tuple[bytes, bytes]:
        return base64.b64decode(vector["server_nonce"]), base64.b64decode(vector["client_nonce"])

    def sign_vector(self, vector: Mapping[str, Any]) -> list[str] | None:
        signed = self.sign(vector["credentials"], *self._vector_nonces(vector))
        return None if signed is None else list(signed)

    def verify_vector(self, vector: Mapping[str, Any], output: Any) -> bool:
        server, _ = self._vector_nonces(vector)
        r, s = output
        return self.verify(vector["credentials"], server, vector["client_nonce"], r, s)


class EcdsaChecker(Checker):
    scheme: EcdsaChallenge

    def login(self, fields: Mapping[str, Any], challenge: bytes | None, lookup: Lookup) -> str:
        scheme = self.scheme
        stored = self.stored(lookup, str(fields.get(scheme.key)))
        for name in scheme.sent:
            if not same(stored[name], str(fields.get(name, ""))):
                raise Refused("unknown_key", f"{name} does not match")
        nonce, r, s = (fields.get(n) for n in ("client_nonce", "r", "s"))
        if challenge is None or not (isinstance(nonce, str) and isinstance(r, str) and isinstance(s, str)):
            raise Refused("bad_signature", "a nonce and a signature (r, s) are required")
        if not scheme.verify(stored, challenge, nonce, r, s):
            raise Refused("bad_signature", "signature does not verify")
        return stored[scheme.key]
