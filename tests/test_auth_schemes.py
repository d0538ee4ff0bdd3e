"""The api_key, basic and ecdsa_challenge plug-ins end to end: generated clients and stubs of the APIs of
tests/specs (auth_api_key after CoinAPI, auth_basic_ecdsa after CoinFLEX v1), sync and async; the stub
refuses what does not match; no secret in frames or logs; the loader refuses what no plug-in does."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from fixture_apis import SPECS, fixture_api, ir_of, module
from test_secrets_in_frames import _frame_locals, _leaks

from exchange_bindings import errors
from exchange_bindings.runtime.stub.serve import ServerThread
from generator.loader import SpecError, load_spec

SAMPLE_KEY = "73034021-THIS-IS-SAMPLE-KEY"  # NOTES-coinex-coinapi-perp.md b.3


def _clients(name: str, stub: Any, **credentials: str) -> tuple[Any, Any]:
    api = fixture_api(name)
    sync = api.Client(
        base_url="http://stub.invalid", http_client=httpx.Client(transport=stub.transport()), **credentials
    )
    http = httpx.AsyncClient(transport=stub.async_transport())
    return sync, api.AsyncClient(base_url="http://stub.invalid", http_client=http, **credentials)


def _both(name: str, stub: Any, operation: str, **credentials: str) -> list[Any]:
    """The operation's result through the sync and the async client."""
    sync, asynchronous = _clients(name, stub, **credentials)
    return [getattr(sync, operation)(), asyncio.run(getattr(asynchronous, operation)())]


def _spied(stub: Any) -> tuple[httpx.Client, list[httpx.Request]]:
    """An HTTP client to the stub that keeps every request it sends."""
    sent: list[httpx.Request] = []
    inner = stub.transport()

    def spy(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return inner.handle_request(request)

    return httpx.Client(transport=httpx.MockTransport(spy)), sent


def _raw(stub: Any, request: httpx.Request) -> httpx.Response:
    with httpx.Client(transport=stub.transport()) as http:
        return http.send(request)


# -- api_key ------------------------------------------------------------------------------------------------
def test_the_api_key_goes_in_the_header_and_is_taken_from_either_place() -> None:
    stub = module("auth_api_key", "stub").create_stub(seed=1)
    http, seen = _spied(stub)
    client = fixture_api("auth_api_key").Client(base_url="http://stub.invalid", http_client=http, api_key=SAMPLE_KEY)
    assert client.get_balances().account == "1"
    assert seen[0].headers["X-Api-Key"] == SAMPLE_KEY and "apikey" not in str(seen[0].url)
    assert [r.account for r in _both("auth_api_key", stub, "get_balances", api_key="another-key")] == ["2", "2"]
    url = "http://stub.invalid/api/balances"
    assert _raw(stub, httpx.Request("GET", f"{url}?apikey={SAMPLE_KEY}")).json()["account"] == "1"
    assert _raw(stub, httpx.Request("GET", url, headers={"X-Api-Key": SAMPLE_KEY})).json()["account"] == "1"
    for refused in (
        httpx.Request("GET", url),
        httpx.Request("GET", f"{url}?apikey={SAMPLE_KEY}x"),
        httpx.Request("GET", url, headers={"X-Api-Key": SAMPLE_KEY[:-1]}),
    ):
        response = _raw(stub, refused)
        assert response.status_code == 401 and response.json()["code"] == "401"


# -- basic -----------------------------------------------------------------------------------------------------
def test_basic_credentials_are_the_documented_header_and_checked() -> None:
    """NOTES A2.2: the demo account is the AUTH.md user, so its header is the documented value."""
    stub = module("auth_basic_ecdsa", "stub").create_stub(seed=1)
    creds = stub.credentials
    http, sent = _spied(stub)
    client = fixture_api("auth_basic_ecdsa").Client(base_url="http://stub.invalid", http_client=http, **creds)
    assert client.get_balances().account == "1"
    assert sent[0].headers["Authorization"] == "Basic MS9IR1JFcWNJTFR6OGJsSGEvanNVVFZUTkJKbGc9Om9wZW5zZXNhbWU="
    assert [r.account for r in _both("auth_basic_ecdsa", stub, "get_balances", **creds)] == ["1", "1"]
    for wrong in ({"passphrase": "opensesame!"}, {"cookie": "x" + creds["cookie"]}, {"user_id": "2"}):
        sync, _ = _clients("auth_basic_ecdsa", stub, **{**creds, **wrong})
        with pytest.raises(errors.AuthenticationError) as caught:
            sync.get_balances()
        assert creds["passphrase"] not in str(caught.value)
    url = "http://stub.invalid/api/balances"
    for header in ("Basic !!", "Basic " + "MS9I" * 3, "Bearer x", ""):
        response = _raw(stub, httpx.Request("GET", url, headers={"Authorization": header}))
        assert response.status_code == 401, header
    token = sent[0].headers["Authorization"].removeprefix("Basic ")  # EventSource clients put it in the query
    assert _raw(stub, httpx.Request("GET", url, params={"auth": token})).json()["account"] == "1"
    assert _raw(stub, httpx.Request("GET", url, params={"auth": token[:-4]})).status_code == 401


# -- ecdsa_challenge --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def socket() -> Iterator[tuple[Any, str, type]]:
    stub = module("auth_basic_ecdsa", "stub").create_stub(seed=1)
    server = ServerThread(stub)
    url = server.start().replace("http", "ws") + stub.stream_path()
    streams = module("auth_basic_ecdsa", "streams")
    yield stub, url, streams.AsyncSocketStream
    server.stop()


def test_the_ecdsa_login_signs_the_welcome_nonce(socket: tuple[Any, str, type]) -> None:
    stub, url, cls = socket
    other = {"user_id": "2", "cookie": "c2Vjb25kLWNvb2tpZQ==", "passphrase": "another passphrase"}

    async def run(credentials: dict[str, str]) -> str:
        async with cls(url=url, **credentials) as stream:
            reply = await stream.whoami()
            return str(reply.data.account)

    assert asyncio.run(run(stub.credentials)) == "1"
    assert asyncio.run(run(other)) == "2"
    sync_cls = module("auth_basic_ecdsa", "streams").SocketStream
    with sync_cls(url=url, **stub.credentials) as stream:
        assert stream.whoami().data.account == "1"
    for wrong in ({"passphrase": "opensesame "}, {"cookie": other["cookie"]}, {"user_id": "3"}):
        with pytest.raises(errors.AuthenticationError):
            asyncio.run(run({**stub.credentials, **wrong}))


def test_a_replayed_or_tampered_ecdsa_login_is_refused(socket: tuple[Any, str, type]) -> None:
    """A signature of one connection's nonce does not log in another; a changed r or s never does."""
    from websockets.sync.client import connect

    stub, url, _ = socket
    scheme = module("auth_basic_ecdsa", "config").CONFIG.auth_schemes["challenge"]
    from exchange_bindings.runtime.auth import Credentials

    login = ir_of("auth_basic_ecdsa").stub["streams"]["socket"].login
    assert login.challenge is not None

    def attempt(ws: Any, data: dict[str, Any]) -> int:
        ws.send(json.dumps({"method": "Authenticate", "tag": 1, "data": data}))
        return int(json.loads(ws.recv(timeout=5))["error_code"])

    with connect(url) as first, connect(url) as second:
        nonces = [login.challenge.nonce(json.loads(ws.recv(timeout=5))) for ws in (first, second)]
        data, _ = login.payload(scheme, Credentials(stub.credentials), nonces[0])
        assert attempt(second, data) != 0, "a signature of another connection's nonce"
        r = base64.b64decode(data["signature"][0])
        tampered = {**data, "signature": [base64.b64encode(r[:-1] + bytes([r[-1] ^ 1])).decode(), data["signature"][1]]}
        assert attempt(first, tampered) != 0
        assert attempt(first, {**data, "signature": ["é", "€"]}) != 0
        wide = base64.b64encode(b"\x00" + r).decode()  # the same r, in 29 bytes: not the documented form
        assert attempt(first, {**data, "signature": [wide, data["signature"][1]]}) != 0
        assert attempt(first, data) == 0


def test_a_failed_ecdsa_login_leaves_no_secret_and_logs_are_masked(
    socket: tuple[Any, str, type], caplog: pytest.LogCaptureFixture
) -> None:
    stub, url, cls = socket
    caplog.set_level(logging.DEBUG)
    secret = "a passphrase nobody knows"

    async def run(credentials: dict[str, str]) -> tuple[BaseException | None, list[str]]:
        stream = cls(url=url, **credentials)
        try:
            await stream.connect()
            return None, list(stream._secrets)
        except errors.AuthenticationError as exc:
            return exc, list(stream._secrets)
        finally:
            await stream.close()

    error, masked = asyncio.run(run({**stub.credentials, "passphrase": secret}))
    assert error is not None
    signatures = [s for s in masked if s not in stub.credentials.values() and s != secret]
    assert len(signatures) == 2, "r and s are masked"
    frames = [f for f in _frame_locals(error).splitlines() if not f.startswith("test_a_failed_ecdsa_login")]
    text = "\n".join(frames) + str(error)
    for value in (secret, *signatures):
        assert value not in text
    _, masked = asyncio.run(run(stub.credentials))
    secrets = [stub.credentials["cookie"], stub.credentials["passphrase"], *signatures, *masked[-2:]]
    for value in secrets:  # (the user id, "1", is no secret: a log shows "1" anywhere)
        assert not _leaks(value, caplog.text), "a credential or the signature reached a log line"
    assert "***" in caplog.text


# -- the loader ----------------------------------------------------------------------------------------------
def _variant(tmp_path: Path, name: str, change: Any) -> Path:
    folder = tmp_path / str(len(list(tmp_path.iterdir()))) / name  # the folder is named as the API
    shutil.copytree(SPECS / name, folder)
    data = yaml.safe_load((folder / "api.yaml").read_text())
    change(data)
    (folder / "api.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return folder


def _problems(folder: Path) -> str:
    with pytest.raises(SpecError) as caught:
        load_spec(folder)
    return str(caught.value)


def test_the_loader_refuses_what_no_plug_in_implements(tmp_path: Path) -> None:
    def jwt(data: dict[str, Any]) -> None:
        data["auth"]["schemes"]["key"] = {"type": "jwt", "credentials": ["api_key"], "login": "x", "header": "A"}

    text = _problems(_variant(tmp_path, "auth_api_key", jwt))
    assert "api.yaml:" in text and "no plug-in implements auth scheme type 'jwt'" in text

    def rest_on_challenge(data: dict[str, Any]) -> None:
        data["endpoints"]["get_balances"]["auth"] = "challenge"

    assert "a ecdsa_challenge scheme does not sign REST requests" in _problems(
        _variant(tmp_path, "auth_basic_ecdsa", rest_on_challenge)
    )

    def no_greeting(data: dict[str, Any]) -> None:
        del data["streams"]["socket"]["login"]["challenge"]

    assert "signs the server's nonce" in _problems(_variant(tmp_path, "auth_basic_ecdsa", no_greeting))

    def unknown_credential(data: dict[str, Any]) -> None:
        data["auth"]["schemes"]["basic"]["password"] = "{pass_phrase}"

    assert "names ['pass_phrase']" in _problems(_variant(tmp_path, "auth_basic_ecdsa", unknown_credential))

    def unknown_curve_digest(data: dict[str, Any]) -> None:
        data["auth"]["schemes"]["challenge"]["digest"] = "sha225"

    assert "not a hashlib algorithm" in _problems(_variant(tmp_path, "auth_basic_ecdsa", unknown_curve_digest))


@pytest.mark.parametrize("name", ["auth_api_key", "auth_basic_ecdsa", "auth_jwt"])
def test_a_client_without_credentials_is_built_and_says_what_a_signed_call_needs(name: str) -> None:
    never = httpx.MockTransport(lambda request: pytest.fail("nothing may be sent"))
    client = fixture_api(name).Client(base_url="http://stub.invalid", http_client=httpx.Client(transport=never))
    with pytest.raises(errors.ParameterError, match="needs credentials"):
        client.get_balances()
