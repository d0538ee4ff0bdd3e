"""Every signing test vector in the spec, through the runtime's signer."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from conftest import APIS, loaded
from typed_support import scheme_of

from exchange_bindings.runtime.auth import Credentials


def _vectors() -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    from generator.loader import api_folders

    out = []
    for folder in api_folders():
        for name, scheme in loaded(folder).data.get("auth", {}).get("schemes", {}).items():
            out += [(folder.name, name, scheme, vector) for vector in scheme.get("test_vectors", [])]
    return out


@pytest.mark.parametrize(
    "case", [c for c in _vectors() if c[2]["type"] == "hmac"], ids=lambda c: f"{c[0]}.{c[1]}:{c[3]['expected'][:8]}"
)
def test_vector(case: tuple[str, str, dict[str, Any], dict[str, Any]]) -> None:
    _, name, data, vector = case
    scheme = scheme_of(name, data)
    if "parts" in vector:
        assert scheme.message(vector["parts"]) == vector["message"]
    assert scheme.signature(vector["secret"], vector["message"]) == vector["expected"]


def test_every_hmac_scheme_has_a_vector() -> None:
    schemes = {(api, name) for api, name, scheme, _ in _vectors() if scheme["type"] == "hmac"}
    for api in APIS.values():
        for name, scheme in api.config["auth"].get("schemes", {}).items():
            if scheme["type"] == "hmac":
                assert (api.id, name) in schemes, f"{api.id}.{name} has no test vector"


def test_credentials_never_shown() -> None:
    creds = Credentials({"api_key": "KEY-123", "api_secret": "SECRET-456"})
    assert "SECRET-456" not in repr(creds) and "KEY-123" not in str(creds)
    for api in APIS.values():
        for name, scheme in api.config["auth"].get("schemes", {}).items():
            made = scheme_of(name, scheme)
            if not made.rest:  # a stream login only (its frames and logs: tests/test_secrets_in_frames.py)
                continue
            auth = made.client(creds, SimpleNamespace())  # (a session needs the client's calls)
            assert "SECRET" not in repr(auth) and "SECRET" not in repr(vars(auth))
