"""Every auth scheme's test vectors (shipped APIs and the APIs of tests/specs) through its plug-in, both
ways: the client side makes the documented output (where signing is deterministic), the stub side takes
the documented output and ours, and refuses a tampered one."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import pytest
from conftest import loaded
from fixture_apis import SPECS
from typed_support import scheme_of

from exchange_bindings.runtime.auth import SCHEMES, Refused, Scheme
from exchange_bindings.runtime.auth.ecdsa_challenge import EcdsaChallenge
from generator.loader import api_folders


def _schemes() -> list[tuple[str, Scheme, list[dict[str, Any]]]]:
    out = []
    for folder in [*api_folders(), *api_folders(SPECS)]:
        for name, data in loaded(folder).data.get("auth", {}).get("schemes", {}).items():
            out.append((f"{folder.name}.{name}", scheme_of(name, data), list(data.get("test_vectors", []))))
    return out


SCHEMES_SEEN = _schemes()
VECTORS = [(where, scheme, vector) for where, scheme, vectors in SCHEMES_SEEN for vector in vectors]


def _tampered(output: Any) -> Any:
    """The output with one character changed (the last of its last string)."""
    if isinstance(output, list):
        return [*output[:-1], _tampered(output[-1])]
    text = str(output)
    return text[:-2] + ("A" if text[-2] != "A" else "B") + text[-1]


@pytest.mark.parametrize("case", VECTORS, ids=lambda c: f"{c[0]}:{str(c[2]['expected'])[:12]}")
def test_a_vector_both_ways(case: tuple[str, Scheme, dict[str, Any]]) -> None:
    _, scheme, vector = case
    ours = scheme.sign_vector(vector)
    if scheme.deterministic:
        assert ours == vector["expected"]
    assert scheme.verify_vector(vector, vector["expected"]), "the stub side refuses the documented output"
    assert scheme.verify_vector(vector, ours), "the stub side refuses what the client side made"
    assert not scheme.verify_vector(vector, _tampered(vector["expected"]))
    assert not scheme.verify_vector(vector, _tampered(ours))


def test_every_plug_in_but_sessions_has_a_documented_vector() -> None:
    covered = {scheme.type for _, scheme, vectors in SCHEMES_SEEN if vectors}
    assert covered >= set(SCHEMES) - {"jwt_session"}, (
        "no documented token vectors: tests/test_auth_jwt.py runs sessions"
    )


HMAC = [(where, s, v) for where, s, v in VECTORS if s.type == "hmac" and "message" in v]


@pytest.mark.parametrize("case", HMAC, ids=lambda c: f"{c[0]}:{c[2]['expected'][:8]}")
def test_the_older_sha256_signature_is_a_variant_taken_where_the_spec_says(
    case: tuple[str, Any, dict[str, Any]],
) -> None:
    """SHA-256(message + secret), an older signature clients still send: made on demand, accepted only
    by schemes whose `also_accept` names it."""
    _, scheme, vector = case
    secret, message = vector["secret"], vector["message"]
    older = hashlib.sha256((message + secret).encode()).digest()
    made = scheme.signature(secret, message, "sha256_with_secret")
    assert made == (base64.b64encode(older).decode() if scheme.encoding == "base64" else older.hex())
    assert scheme.accepts(secret, message, made) == ("sha256_with_secret" in scheme.also_accept)
    assert not scheme.accepts(secret, message, _tampered(made))


def test_some_scheme_also_accepts_the_older_signature() -> None:
    assert any("sha256_with_secret" in s.also_accept for _, s, _ in HMAC), "the variant would go untested"


ECDSA = [(where, s, v) for where, s, v in VECTORS if isinstance(s, EcdsaChallenge)]


@pytest.mark.parametrize("case", ECDSA, ids=lambda c: c[0])
def test_the_ecdsa_key_is_derived_as_documented(case: tuple[str, EcdsaChallenge, dict[str, Any]]) -> None:
    """NOTES A2.1: private key = SHA-224(uint64_be(user_id) || passphrase), public key Q as computed."""
    from fastecdsa import keys
    from fastecdsa.curve import secp224k1

    _, scheme, vector = case
    private = scheme.private_key(vector["credentials"])
    assert base64.b64encode(private.to_bytes(28, "big")).decode() == vector["private_key"]
    public = keys.get_public_key(private, secp224k1)
    assert (public.x, public.y) == (
        0x5ED25789E8CD97F803C82B75200B36154C9DAC32BDFB87113A7498C1,
        0x0AB6400CBEA516FBAB7B76E863FB4FAFEF31EBC1C75AC10C49DFD917,
    )


@pytest.mark.parametrize("case", ECDSA, ids=lambda c: c[0])
def test_a_signature_too_wide_is_made_again(case: tuple[str, EcdsaChallenge, dict[str, Any]], monkeypatch: Any) -> None:
    """r and s go out as exactly 28 bytes each; secp224k1's order exceeds 2^224, so a signature whose r or
    s does not fit is made again (with another client nonce)."""
    from fastecdsa import ecdsa

    from exchange_bindings.runtime.auth import Credentials

    _, scheme, vector = case
    real, calls = ecdsa.sign, []

    def sign(*args: Any, **kwargs: Any) -> tuple[int, int]:
        calls.append(args[0])
        r, s = real(*args, **kwargs)
        return (r, 1 << 224) if len(calls) == 1 else (r, s)

    monkeypatch.setattr(ecdsa, "sign", sign)
    server = base64.b64decode(vector["server_nonce"])
    fields = scheme.login_fields(Credentials(vector["credentials"]), server)
    assert len(calls) == 2 and calls[0] != calls[1], "signed again, over another client nonce"
    assert all(len(base64.b64decode(fields.values[p])) == 28 for p in ("r", "s"))
    assert scheme.verify(
        vector["credentials"], server, fields.values["client_nonce"], fields.values["r"], fields.values["s"]
    )


@pytest.mark.parametrize("style", ["unix_ms", "unix_s", "iso8601_seconds", "iso8601_micros"])
def test_an_hmac_stream_login_stamps_as_its_scheme_says(style: str) -> None:
    """The login signs the timestamp in the scheme's own style (and a nonce, when it has one); the stub
    side takes it and refuses it tampered."""
    import re

    from exchange_bindings.runtime.auth import Credentials

    scheme = scheme_of(
        "ws",
        {
            "type": "hmac",
            "credentials": ["api_key", "api_secret"],
            "secret": "api_secret",
            "algorithm": "sha256",
            "encoding": "base64",
            "timestamp": style,
            "nonce": "monotonic_ms",
            "message": {"parts": ["timestamp", "nonce", {"literal": "GET/auth/self/verify"}], "join": "\n"},
        },
    )
    stored = {"api_key": "k", "api_secret": "s3cr3t"}
    fields = scheme.login_fields(Credentials(stored)).values
    shapes = {"unix_ms": r"\d{13}", "unix_s": r"\d{10}", "iso8601_seconds": r"[\d-]{10}T[\d:]{8}"}
    assert re.fullmatch(shapes.get(style, r"[\d-]{10}T[\d:]{8}\.\d{6}"), fields["timestamp"])
    assert fields["nonce"].isdigit()
    checker = scheme.checker(lambda: 0)
    assert checker.login(fields, None, lambda key: stored if key == "k" else None) == "k"
    for tampered in (
        {"timestamp": fields["timestamp"] + "0"},
        {"nonce": "1"},
        {"signature": _tampered(fields["signature"])},
    ):
        with pytest.raises(Refused):
            checker.login({**fields, **tampered}, None, lambda key: stored if key == "k" else None)


DERIVED = [(where, s, v) for where, s, v in VECTORS if getattr(s, "alternative", None) is not None and "stored" in v]


@pytest.mark.parametrize("case", DERIVED, ids=lambda c: c[0])
def test_a_derived_basic_password_is_the_documented_key(case: tuple[str, Any, dict[str, Any]]) -> None:
    """NOTES A2.2: the stub derives the alternative password from the stored credentials (the base64
    private key of A2.1); a client given only that key sends it and needs no passphrase, and the stub
    still takes the passphrase itself."""
    from exchange_bindings.runtime.auth import Credentials

    _, scheme, vector = case
    stored, given = vector["stored"], vector["credentials"]
    assert scheme.alternative.derive(stored) == given[scheme.alternative.credential]
    assert scheme.alternative.derive({**stored, scheme.key: "not-a-number"}) is None  # no derived password, no crash
    assert scheme.missing(Credentials(given)) == ()
    assert scheme.missing(Credentials({k: v for k, v in given.items() if k != scheme.alternative.credential}))
    assert scheme.verify_vector({"credentials": stored}, scheme.sign_vector({"credentials": stored}))


def test_some_basic_scheme_has_a_derived_password() -> None:
    assert DERIVED, "the derived Basic password would go untested"
