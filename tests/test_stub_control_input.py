"""The control surface checks its input: a refused action answers 400 naming the field (in-process:
ControlError with `field`), changes nothing, and no later request is affected. Over HTTP it takes
JSON bodies alone and refuses requests from web pages.

Every case runs on every API's stub: in-process (the methods), and over HTTP both through the
in-process transport and on a real socket.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import APIS, generated
from stub_support import call_endpoint, control_order, public_endpoint, stub_of

from benchmarks.limits import credentials_for, markets_of
from exchange_bindings.runtime.stub.builders import ControlError
from exchange_bindings.runtime.stub.serve import ServerThread
from generator import ir

API_LIST = list(APIS.values())
VIA = ["transport", "socket"]

# each finding of the hostile tester (and its neighbours): the fault and the field it must name
BAD_FAULTS: list[tuple[dict[str, Any], str]] = [
    ({"status": "abc"}, "status"),
    ({"status": 99}, "status"),
    ({"status": 1000}, "status"),
    ({"status": 101}, "status"),  # an interim response is not an answer
    ({"status": 204}, "status"),  # carries no body: a fault's answer has one
    ({"status": True}, "status"),
    ({"latency": "abc"}, "latency"),
    ({"latency": -1}, "latency"),
    ({"latency": 1e9}, "latency"),
    ({"retry_after": "x"}, "retry_after"),
    ({"retry_after": -1}, "retry_after"),
    ({"probability": "x"}, "probability"),
    ({"probability": 1.5}, "probability"),
    ({"times": 0}, "times"),
    ({"times": "2"}, "times"),
    ({"drop": "false"}, "drop"),
    ({"operation": "no_such_operation"}, "operation"),
    ({"code": 1.5}, "code"),  # no API's codes are fractions (an int or text: as the API's codes are, below)
    ({"nonsense": 1}, "nonsense"),
]
# not expressible in JSON: in-process only
BAD_FLOATS: list[tuple[dict[str, Any], str]] = [
    ({"latency": math.nan}, "latency"),
    ({"latency": math.inf}, "latency"),
    ({"retry_after": math.nan}, "retry_after"),
    ({"probability": math.nan}, "probability"),
]
BAD_AMOUNTS: list[Any] = ["abc", "NaN", "Infinity", [1], {"a": 1}, True, None, "1e999999", "1e-40"]
BAD_SIZES: list[Any] = ["abc", "0", 0, -1, "-0.5", "NaN", [1], True]
BAD_RESETS: list[tuple[dict[str, Any], str]] = [
    ({"seed": [1]}, "seed"),
    ({"seed": "1"}, "seed"),
    ({"seed": 1.5}, "seed"),
    ({"book_levels": -1}, "book_levels"),
    ({"book_levels": 100_000}, "book_levels"),
    ({"trades": 100_000}, "trades"),
    ({"trades": "200"}, "trades"),
    ({"nonsense": 1}, "nonsense"),
]


def _account(api: ir.ApiIR, suffix: str = "new") -> dict[str, Any]:
    """A new account like the spec's first demo account, with fresh keys."""
    demo = api.stub["accounts"][0]
    return {
        "id": f"{demo['id']}-{suffix}",
        "balances": dict(demo["balances"]),
        "permissions": list(demo.get("permissions", [])),
        "credentials": {k: f"{v}-{suffix}" for k, v in demo["credentials"].items()},
    }


def _market(api: ir.ApiIR, symbol: str = "ZZZNEW") -> dict[str, Any]:
    return {**markets_of(api)[0], "symbol": symbol}  # of listed assets: some APIs name assets by number


def _unaffected(api: ir.ApiIR, stub: Any, control: httpx.Client | None = None) -> None:
    """Later requests work: a public endpoint answers, the state renders, no fault waits."""
    ep = public_endpoint(api)
    client = generated(api.id).Client(
        base_url="http://stub.invalid",
        http_client=httpx.Client(transport=stub.transport()),
        max_retries=0,
        **credentials_for(api, ep),
    )
    call_endpoint(api, client, ep)
    assert stub.control.faults == []
    assert stub.control.limits is True
    if control is not None:
        state = control.get("/state")
        assert state.status_code == 200 and set(state.json()) == {"accounts", "open_orders"}


@pytest.fixture(scope="module")
def servers() -> Iterator[Any]:
    """One real-socket stub per API for the module (each test starts from a reset)."""
    running: dict[str, tuple[Any, ServerThread]] = {}

    def get(api: ir.ApiIR) -> tuple[Any, str]:
        if api.id not in running:
            stub = stub_of(api)
            running[api.id] = (stub, ServerThread(stub))
            running[api.id][1].start()
        stub, thread = running[api.id]
        stub.reset(seed=0)
        stub.control.limits = True
        return stub, thread.url

    yield get
    for _, thread in running.values():
        thread.stop()


@pytest.fixture
def over_http(request: pytest.FixtureRequest, servers: Any) -> Iterator[tuple[ir.ApiIR, Any, httpx.Client]]:
    """(api, stub, a client of its control surface) for the test's `api` and `via` parameters."""
    api, via = request.param
    if via == "socket":
        stub, url = servers(api)
        client = httpx.Client(base_url=url + "/__stub__")
    else:
        stub = stub_of(api)
        client = httpx.Client(transport=stub.transport(), base_url="http://stub.invalid/__stub__")
    with client:
        yield api, stub, client


HTTP_CASES = [(api, via) for api in API_LIST for via in VIA]


def _http_id(case: tuple[ir.ApiIR, str]) -> str:
    return f"{case[0].id}-{case[1]}"


def _refused(response: httpx.Response, field: str | None, status: int = 400) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body.get("field") == field and body["error"], body
    if field is not None:
        assert field in body["error"]


# -- faults --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
@pytest.mark.parametrize("case", BAD_FAULTS + BAD_FLOATS, ids=lambda c: f"{c[1]}={c[0][c[1]]!r}")
def test_a_bad_fault_is_refused_in_process(api: ir.ApiIR, case: tuple[dict[str, Any], str]) -> None:
    fault, field = case
    stub = stub_of(api)
    with pytest.raises(ControlError) as refused:
        stub.control.add_fault(**fault)
    assert refused.value.field == field and field in str(refused.value)
    _unaffected(api, stub)


@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
@pytest.mark.parametrize("case", BAD_FAULTS, ids=lambda c: f"{c[1]}={c[0][c[1]]!r}")
def test_a_bad_fault_is_refused_over_http(over_http: Any, case: tuple[dict[str, Any], str]) -> None:
    api, stub, control = over_http
    fault, field = case
    _refused(control.post("/faults", json={"times": 1, **fault}), field)
    _unaffected(api, stub, control)


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_an_unknown_operation_is_named_with_known_ones(api: ir.ApiIR) -> None:
    stub = stub_of(api)
    with pytest.raises(ControlError) as refused:
        stub.control.add_fault(operation="place_an_order_please")
    assert "place_an_order_please" in refused.value.message
    assert public_endpoint(api).name in stub.control.operations
    assert any(name in refused.value.message for name in stub.control.operations)
    stub.control.add_fault(operation=public_endpoint(api).name, status=503)  # a known one is taken
    assert len(stub.control.faults) == 1


# -- limits --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
@pytest.mark.parametrize("enforce", ["false", 0, None, "no"], ids=repr)
def test_enforce_must_be_a_json_boolean(over_http: Any, enforce: Any) -> None:
    api, stub, control = over_http
    _refused(control.post("/limits", json={"enforce": enforce}), "enforce")
    assert stub.control.limits is True  # "false" used to be truthy: limits stayed on, silently
    with pytest.raises(ControlError) as refused:
        stub.control.limits = enforce
    assert refused.value.field == "limits"
    assert control.post("/limits", json={"enforce": False}).json() == {"enforce": False}
    assert stub.control.limits is False
    stub.control.limits = True
    _unaffected(api, stub, control)


# -- reset -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
@pytest.mark.parametrize("case", BAD_RESETS, ids=lambda c: f"{c[1]}={c[0][c[1]]!r}")
def test_a_bad_reset_changes_nothing(over_http: Any, case: tuple[dict[str, Any], str]) -> None:
    api, stub, control = over_http
    body, field = case
    before, seed = stub.exchange, stub.seed
    _refused(control.post("/reset", json=body), field)
    assert stub.exchange is before and stub.seed == seed
    if field != "nonsense":  # in-process, an unknown keyword is Python's TypeError
        with pytest.raises(ControlError) as refused:
            stub.reset(**body)
        assert refused.value.field == field and stub.exchange is before and stub.seed == seed
    assert control.post("/reset", json={"seed": 3}).json() == {"seed": 3}  # later resets work
    assert control.post("/reset", json={}).json() == {"seed": 3}
    _unaffected(api, stub, control)


# -- accounts and keys -----------------------------------------------------------------------------------
@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
@pytest.mark.parametrize("amount", BAD_AMOUNTS, ids=repr)
def test_a_bad_balance_is_refused(over_http: Any, amount: Any) -> None:
    api, stub, control = over_http
    account = _account(api)
    asset = next(iter(account["balances"]))
    bad = {**account, "balances": {**account["balances"], asset: amount}}
    _refused(control.post("/accounts", json=bad), "balances")
    assert account["id"] not in stub.exchange.accounts
    with pytest.raises(ControlError) as refused:
        stub.add_account(bad["id"], bad["balances"], bad["permissions"], bad["credentials"])
    assert refused.value.field == "balances" and account["id"] not in stub.exchange.accounts
    assert not any(k.account == account["id"] for k in stub.keys.values())  # no key either
    wallets = api.stub.get("wallets", [])[1:]
    if wallets:
        in_wallet = {**account, "wallets": {wallets[0]: {asset: amount}}}
        _refused(control.post("/accounts", json=in_wallet), "wallets")
    _unaffected(api, stub, control)
    assert control.post("/accounts", json=account).json() == {"account": account["id"]}


@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
def test_an_account_is_added_whole_or_not_at_all(over_http: Any) -> None:
    api, stub, control = over_http
    account = _account(api)
    for secret in account["credentials"].keys() - {next(iter(api.stub["accounts"][0]["credentials"]))}:
        no_secret = {**account, "credentials": {k: v for k, v in account["credentials"].items() if k != secret}}
        _refused(control.post("/accounts", json=no_secret), "credentials")  # it could never sign a request
    _refused(control.post("/accounts", json={**account, "wallets": {"no-such-wallet": {"X": "1"}}}), "wallets")
    _refused(control.post("/accounts", json={**account, "permissions": "trade"}), "permissions")
    _refused(control.post("/accounts", json={**account, "id": ""}), "id")
    _refused(control.post("/accounts", json=[account]), None)
    assert account["id"] not in stub.exchange.accounts
    assert control.post("/accounts", json=account).status_code == 200
    _refused(control.post("/accounts", json=account), "id")  # an account in use is not replaced
    taken = {**_account(api, "other"), "credentials": account["credentials"]}
    _refused(control.post("/accounts", json=taken), "credentials")  # nor is its key taken over
    assert taken["id"] not in stub.exchange.accounts
    _unaffected(api, stub, control)


@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
def test_a_bad_key_is_refused(over_http: Any) -> None:
    api, stub, control = over_http
    demo = api.stub["accounts"][0]
    creds = _account(api, "key")["credentials"]
    keys = len(stub.keys)
    _refused(control.post("/keys", json={"account": "nobody", "credentials": creds}), "account")
    _refused(control.post("/keys", json={"account": demo["id"], "credentials": {"x": "y"}}), "credentials")
    _refused(control.post("/keys", json={"account": demo["id"], "credentials": creds, "created_ms": "x"}), "created_ms")
    _refused(control.post("/keys", json={"account": demo["id"], "credentials": creds, "ips": "10.0.0.1"}), "ips")
    assert len(stub.keys) == keys
    _unaffected(api, stub, control)


# -- markets and orders ------------------------------------------------------------------------------------
@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
@pytest.mark.parametrize("field", ["tick_size", "lot_size", "min_quantity", "price"])
@pytest.mark.parametrize("size", BAD_SIZES, ids=repr)
def test_a_bad_market_size_is_refused(over_http: Any, field: str, size: Any) -> None:
    api, stub, control = over_http
    market = {**_market(api), field: size}
    _refused(control.post("/markets", json=market), field)
    with pytest.raises(ControlError):
        stub.add_market(**market)
    assert market["symbol"] not in stub.exchange.markets
    _unaffected(api, stub, control)


@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
def test_a_market_is_new_and_well_formed(over_http: Any) -> None:
    api, stub, control = over_http
    listed = markets_of(api)[0]
    _refused(control.post("/markets", json={**listed}), "symbol")  # a listed market never changes
    _refused(control.post("/markets", json={**_market(api), "kind": "option"}), "kind")
    _refused(control.post("/markets", json={**_market(api), "wallet": "no-such-wallet"}), "wallet")
    _refused(control.post("/markets", json={"symbol": "ZZZNEW"}), "base")
    # fields the templates read (precisions, leverage lists, ...) must look like the spec's markets'
    extra = next(((k, v) for m in markets_of(api) for k, v in m.items() if isinstance(v, int | list)), None)
    if extra is not None:
        name, example = extra
        _refused(control.post("/markets", json={**_market(api), name: "abc" if isinstance(example, int) else 5}), name)
    assert "ZZZNEW" not in stub.exchange.markets
    assert control.post("/markets", json=_market(api)).json() == {"market": "ZZZNEW"}
    _unaffected(api, stub, control)


@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
def test_a_bad_order_is_refused(over_http: Any) -> None:
    api, stub, control = over_http
    order = control_order(api)
    before = stub.state()
    _refused(control.post("/orders", json={**order, "quantity": "NaN"}), "quantity")
    _refused(control.post("/orders", json={**order, "price": [1]}), "price")
    _refused(control.post("/orders", json={**order, "reduce_only": "yes"}), "reduce_only")
    _refused(control.post("/orders", json={**order, "colour": "red"}), "colour")
    simulator = control.post("/orders", json={**order, "time_in_force": "forever"})
    assert simulator.status_code == 400 and simulator.json()["reason"] == "invalid_parameter"
    assert "time_in_force" in simulator.json()["error"]
    assert stub.state() == before
    assert control.post("/orders", json=order).status_code == 200
    _unaffected(api, stub, control)


# -- streams -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
def test_stream_controls_are_bounded(over_http: Any) -> None:
    api, stub, control = over_http
    _refused(control.post("/ws/push", params={"count": "many"}, json={"x": 1}), "count")
    _refused(control.post("/ws/push", params={"count": 10**9}, json={"x": 1}), "count")
    _refused(control.post("/ws/stall", json={"seconds": "x"}), "seconds")
    _refused(control.post("/ws/stall", json={"seconds": 1e9}), "seconds")
    with pytest.raises(ControlError):
        stub.ws_stall(math.inf)
    with pytest.raises(ControlError):
        stub.ws_push({"x": 1}, count=0)
    assert control.post("/ws/push", params={"count": 2}, json={"x": 1}).status_code == 200
    _unaffected(api, stub, control)


@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
@pytest.mark.parametrize("body", [b"[" * 100_000 + b"]" * 100_000, b'{"status": ', b"\xff\xfe", rb'"\ud800"'])
def test_a_body_that_is_not_json_a_control_takes_is_refused(over_http: Any, body: bytes) -> None:
    """Deep, cut short, not UTF-8, a lone surrogate: 400, never a 500, nothing changed."""
    api, stub, control = over_http
    for path in ("/faults", "/reset", "/accounts", "/markets", "/ws/push"):
        response = control.post(path, content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 400, (path, response.status_code, response.text[:200])
    assert stub.control.faults == []
    _unaffected(api, stub, control)


# -- who may speak, and how -------------------------------------------------------------------------------
@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_only_json_bodies_are_read(over_http: Any, content_type: str | None) -> None:
    """A web page may POST text/plain anywhere without asking (a CORS-simple request)."""
    api, stub, control = over_http
    headers = {"Content-Type": content_type} if content_type else {}  # raw content: httpx declares no type
    _refused(control.post("/faults", content=b'{"status": 503}', headers=headers), "Content-Type", 415)
    assert stub.control.faults == []
    latin = control.post("/faults", content=b'{"status": 503}', headers={"Content-Type": "text/json"})
    _refused(latin, "Content-Type", 415)
    charset = {"Content-Type": "application/json; charset=latin-1"}
    _refused(control.post("/faults", content=b'{"status": 503}', headers=charset), "Content-Type", 415)
    utf8 = {"Content-Type": "Application/JSON; charset=UTF-8"}
    assert control.post("/faults", content=b'{"status": 503, "times": 1}', headers=utf8).json() == {"faults": 1}
    assert control.post("/ws/drop").status_code == 200  # no body: nothing to declare
    control.delete("/faults")
    _unaffected(api, stub, control)


@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
@pytest.mark.parametrize(
    "header",
    [
        {"Origin": "https://example.org"},
        {"Origin": "null"},
        {"Origin": "http://127.0.0.1:1"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
    ],
    ids=lambda h: "-".join(f"{k}:{v}" for k, v in h.items()),
)
def test_web_pages_are_refused(over_http: Any, header: dict[str, str]) -> None:
    api, stub, control = over_http
    name = next(iter(header))
    _refused(control.post("/faults", json={"status": 503}, headers=header), name, 403)
    _refused(control.post("/reset", json={"seed": 7}, headers=header), name, 403)
    _refused(control.get("/requests", headers=header), name, 403)
    assert stub.control.faults == [] and stub.seed != 7
    typed = control.get("/state", headers={"Sec-Fetch-Site": "none"})  # a person typed the address
    assert typed.status_code == 200
    _unaffected(api, stub, control)


@pytest.mark.parametrize("over_http", HTTP_CASES, ids=_http_id, indirect=True)
def test_unknown_endpoints_and_methods(over_http: Any) -> None:
    api, stub, control = over_http
    missing = control.get("/nothing")
    assert missing.status_code == 404 and "reset" in missing.json()["error"]
    wrong = control.get("/reset")
    assert wrong.status_code == 405 and wrong.headers["Allow"] == "POST"
    _refused(control.post("/faults", content=b"{not json", headers={"Content-Type": "application/json"}), None)
    _unaffected(api, stub, control)


@pytest.mark.parametrize("api", API_LIST, ids=lambda a: a.id)
def test_a_faults_code_is_of_the_type_of_the_apis_codes(api: ir.ApiIR) -> None:
    """Integer codes (the envelope says so) take an int or its numeral; text codes refuse an int."""
    stub = stub_of(api)
    integer = stub.config.errors.integer_codes
    wrong: Any = "not-a-number" if integer else 1
    with pytest.raises(ControlError) as refused:
        stub.control.add_fault(code=wrong)
    assert refused.value.field == "code"
    right = stub.control.add_fault(code=1 if integer else "1")
    assert stub.control.unused_faults() == [right]
