"""Client behaviour driven by each API's spec: errors, validation, retries, timeouts, secrets."""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from typing import Any

import httpx
import pytest
from conftest import APIS, ENDPOINTS, endpoint_id, generated

from benchmarks import limits as figures
from exchange_bindings import errors
from generator import ir

SECRET = "s3cr3t-never-shown"
CREDS = {"api_key": "key-1", "api_secret": SECRET}


def _client(api: ir.ApiIR, handler: Any, **options: Any) -> Any:
    creds = {c: CREDS.get(c, "x") for c in api.credentials}
    return generated(api.id).Client(
        **creds, http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options
    )


def _values(ep: ir.EndpointIR) -> dict[str, Any]:
    """Valid keyword arguments for `ep`: the first example's params, else samples."""
    wire = dict(ep.examples[0].get("params", {})) if ep.examples else {}
    for p in ep.required_params:
        wire.setdefault(p.wire, p.sample)
    op = generated(ep_api(ep).id, "operations").OPERATIONS[ep.name]
    import msgspec

    types = {p.wire: p.type for p in op.params}
    python = {p.wire: p.python for p in ep.params}
    return {python[k]: msgspec.convert(v, types[k], strict=False) for k, v in wire.items()}


def ep_api(ep: ir.EndpointIR) -> ir.ApiIR:
    return next(api for api, e in ENDPOINTS if e is ep)


def _never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent: {request.method} {request.url}")


def _public_get(api: ir.ApiIR) -> ir.EndpointIR:
    """A GET with an example: public where the API has one (the clients here always hold credentials)."""
    return min((ep for ep in api.endpoints if ep.method == "GET" and ep.examples), key=lambda ep: ep.auth is not None)


def _signed_post(api: ir.ApiIR) -> ir.EndpointIR:
    """A signed POST that is not harmless to repeat (not declared safe, no repeated order id recognised)."""
    return next(
        ep
        for ep in api.endpoints
        if ep.method == "POST" and ep.auth is not None and ep.examples
        if (ep.retry or {}).get("idempotency") != "safe"
        and (not (ep.retry or {}).get("client_order_id") or figures.duplicates(api, ep) == "accept")
    )


# -- errors mapped from the spec ------------------------------------------------------------
ERROR_CODES = [  # codes a REST error body carries (an API whose REST errors are text or empty has none)
    (api, code, entry)
    for api in APIS.values()
    if "code_field" in api.config["errors"]
    for code, entry in api.config["errors"].get("codes", {}).items()
    if "rest" in entry.get("transports", ["rest"])
]


def _kind_of(error: BaseException) -> type:
    """The kind's class of an error: its own, or (an API's error shape, errors.shapes) the one it also is."""
    kinds = [k for k in type(error).__mro__ if k in errors.ERROR_KINDS.values() or k is errors.APIError]
    return kinds[0]


@pytest.mark.parametrize("case", ERROR_CODES, ids=lambda c: f"{c[0].id}:{c[1]}")
def test_error_code_maps_to_its_kind(case: tuple[ir.ApiIR, str, dict[str, Any]]) -> None:
    api, code, entry = case
    table = api.config["errors"]
    ep = _public_get(api)
    body = {table["code_field"]: code, table["message_field"]: entry["message"]}
    if "failure_when" in table:
        body[table["failure_when"]["field"]] = table["failure_when"]["values"][0]
    client = _client(api, lambda r: httpx.Response(400, json=body), max_retries=0)
    with pytest.raises(errors.APIError) as caught:
        getattr(client, ep.name)(**_values(ep))
    error = caught.value
    assert _kind_of(error) is errors.ERROR_KINDS[entry["kind"]]
    assert (str(error.code), error.message, error.status, error.operation) == (code, entry["message"], 400, ep.name)
    assert json.loads(error.body) == body


STATUSES = [
    (api, int(status), kind)
    for api in APIS.values()
    for status, kind in api.config["errors"].get("statuses", {}).items()
]


@pytest.mark.parametrize("case", STATUSES, ids=lambda c: f"{c[0].id}:{c[1]}")
def test_status_without_code_maps_to_its_kind(case: tuple[ir.ApiIR, int, str]) -> None:
    api, status, kind = case
    ep = _public_get(api)
    client = _client(api, lambda r: httpx.Response(status, text="<html>busy</html>"), max_retries=0)
    with pytest.raises(errors.APIError) as caught:
        getattr(client, ep.name)(**_values(ep))
    assert _kind_of(caught.value) is errors.ERROR_KINDS[kind] and caught.value.status == status


@pytest.mark.parametrize("api", [a for a in APIS.values() if "failure_when" in a.config["errors"]], ids=lambda a: a.id)
def test_failure_flag_under_http_200(api: ir.ApiIR) -> None:
    table = api.config["errors"]
    ep = _public_get(api)
    body = {table["failure_when"]["field"]: table["failure_when"]["values"][0], table["message_field"]: "nope"}
    with pytest.raises(errors.APIError) as caught:
        getattr(_client(api, lambda r: httpx.Response(200, json=body)), ep.name)(**_values(ep))
    assert caught.value.message == "nope" and caught.value.code is None


@pytest.mark.parametrize(
    "case",
    [(api, code) for api, code, entry in ERROR_CODES if "success_when" in api.config["errors"]],
    ids=lambda c: f"{c[0].id}:{c[1]}",
)
def test_error_code_under_http_200(case: tuple[ir.ApiIR, str]) -> None:
    """APIs that report errors in the body of a 200 (e.g. code != 0) raise the typed error of the code."""
    api, code = case
    table = api.config["errors"]
    entry = table["codes"][code]
    body = {
        table["code_field"]: int(code) if code.lstrip("-").isdigit() else code,
        table["message_field"]: entry["message"],
    }
    ep = _public_get(api)
    with pytest.raises(errors.APIError) as caught:
        getattr(_client(api, lambda r: httpx.Response(200, json=body), max_retries=0), ep.name)(**_values(ep))
    assert (
        _kind_of(caught.value) is errors.ERROR_KINDS[entry["kind"]]
        and caught.value.code == body[table["code_field"]]  # typed as sent: a number stays a number
        and caught.value.status == 200
    )


@pytest.mark.parametrize("api", [a for a in APIS.values() if "success_when" in a.config["errors"]], ids=lambda a: a.id)
def test_error_code_beside_a_result_that_decodes(api: ir.ApiIR) -> None:
    """The success field is read with the result (one pass over the body): a result that decodes does
    not hide an error code beside it."""
    table = api.config["errors"]
    ep = _public_get(api)
    code = next(iter(table["codes"]))
    body = {**ep.examples[0]["response"], table["code_field"]: int(code) if code.lstrip("-").isdigit() else code}
    assert body[table["success_when"]["field"]] not in table["success_when"]["values"]
    with pytest.raises(errors.APIError) as caught:
        getattr(_client(api, lambda r: httpx.Response(200, json=body), max_retries=0), ep.name)(**_values(ep))
    assert caught.value.code == body[table["code_field"]] and caught.value.status == 200


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_unknown_status_and_bad_body(api: ir.ApiIR) -> None:
    ep = _public_get(api)
    # a status the API gives no meaning (Binance-like APIs answer 418 for an IP ban)
    mapped = api.config["errors"].get("statuses", {})
    unknown = next(status for status in (418, 419, 499) if str(status) not in mapped)
    with pytest.raises(errors.HTTPStatusError) as status_error:
        getattr(_client(api, lambda r: httpx.Response(unknown, text="teapot"), max_retries=0), ep.name)(**_values(ep))
    assert status_error.value.status == unknown and status_error.value.body == b"teapot"
    with pytest.raises(errors.DecodeError) as decode_error:
        getattr(_client(api, lambda r: httpx.Response(200, text='{"unexpected": [1, 2')), ep.name)(**_values(ep))
    assert decode_error.value.body == b'{"unexpected": [1, 2' and decode_error.value.operation == ep.name


# -- parameters are checked before anything is sent ------------------------------------------
BAD_ARGUMENTS = [
    (api, ep, p.python, bad, why)
    for api, ep in ENDPOINTS
    for p in ep.params
    for bad, why in (
        ([object()], "wrong type"),
        *([("NOT-A-VALUE", "not in enum")] if "enum" in p.schema else []),
        *([(0.1, "float money")] if p.schema.get("format") == "decimal" else []),
        *(
            [(p.schema["maximum"] + 1, "above maximum")]
            if "maximum" in p.schema and p.schema.get("type") == "integer"
            else []
        ),
    )
]


@pytest.mark.parametrize("case", BAD_ARGUMENTS, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2]}:{c[4]}")
def test_bad_argument_fails_before_sending(case: tuple[ir.ApiIR, ir.EndpointIR, str, Any, str]) -> None:
    api, ep, name, bad, _ = case
    values = {**_values(ep), name: bad}
    with pytest.raises(errors.ParameterError) as caught:
        getattr(_client(api, _never), ep.name)(**values)
    assert name in str(caught.value) and caught.value.operation == ep.name


@pytest.mark.parametrize("case", [c for c in ENDPOINTS if c[1].required_params], ids=endpoint_id)
def test_missing_required_argument(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    first = ep.required_params[0].python
    with pytest.raises(errors.ParameterError, match=f"missing required argument '{first}'"):
        getattr(_client(api, _never), ep.name)(**{**_values(ep), first: None})


@pytest.mark.parametrize("case", [c for c in ENDPOINTS if c[1].max_items], ids=endpoint_id)
def test_batch_size_limit(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    values = _values(ep)
    for wire, limit in ep.max_items.items():
        name = next(p.python for p in ep.params if p.wire == wire)
        items = values[name] or pytest.fail("the example must give items")
        with pytest.raises(errors.ParameterError, match=f"at most {limit}"):
            getattr(_client(api, _never), ep.name)(**{**values, name: (items * (limit + 1))[: limit + 1]})


@pytest.mark.parametrize("case", [c for c in ENDPOINTS if c[1].auth], ids=endpoint_id)
def test_signed_endpoint_needs_credentials(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    client = generated(api.id).Client(http_client=httpx.Client(transport=httpx.MockTransport(_never)))
    with pytest.raises(errors.ParameterError, match="needs credentials"):
        getattr(client, ep.name)(**_values(ep))


# -- retries, timeouts, deadline -------------------------------------------------------------
@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_safe_request_retried_until_success(api: ir.ApiIR) -> None:
    ep = _public_get(api)
    status = sorted(api.config["retry"]["default"]["statuses"])[-1]
    answers = [httpx.Response(status, text="busy"), httpx.Response(200, json=ep.examples[0]["response"])]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers[len(seen) - 1]

    getattr(_client(api, handler), ep.name)(**_values(ep))
    assert len(seen) == 2


def _fake_clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The client's clock and sleep, faked: each wait is recorded and moves the clock on at once."""
    waits: list[float] = []
    clock = [100.0]

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock[0] += seconds

    monkeypatch.setattr("exchange_bindings.runtime.core.time.monotonic", lambda: clock[0])
    monkeypatch.setattr("exchange_bindings.runtime.client.time.sleep", sleep)
    return waits


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_order_like_post_never_repeated_after_it_may_have_arrived(
    api: ir.ApiIR, monkeypatch: pytest.MonkeyPatch
) -> None:
    ep = _signed_post(api)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise httpx.ReadError("connection reset", request=request)

    _fake_clock(monkeypatch)  # the settle and the lookups' backoffs pass at once: the requests are the same
    with pytest.raises(errors.TransportError):
        getattr(_client(api, handler, max_retries=5), ep.name)(**_values(ep))
    # (a placement with a lookup lists orders after the loss: those GETs are not the order again)
    assert len([r for r in seen if r.method == "POST" and r.url.path == ep.path]) == 1


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_retry_after_is_honoured_and_retries_stop(api: ir.ApiIR, monkeypatch: pytest.MonkeyPatch) -> None:
    ep = _public_get(api)
    waits = _fake_clock(monkeypatch)
    client = _client(api, lambda r: httpx.Response(429, headers={"Retry-After": "2"}, text="slow down"), max_retries=2)
    with pytest.raises(errors.RateLimitError) as caught:
        getattr(client, ep.name)(**_values(ep))
    assert caught.value.retry_after == 2.0
    assert len(waits) == 2 and all(w >= 2.0 for w in waits)


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_timeout_is_typed(api: ir.ApiIR) -> None:
    ep = _public_get(api)

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.extensions["timeout"]["read"] == 0.5
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(errors.RequestTimeoutError) as caught:
        getattr(_client(api, handler, max_retries=0), ep.name)(**_values(ep), timeout=0.5)
    assert isinstance(caught.value, TimeoutError) and caught.value.operation == ep.name


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_deadline_bounds_all_attempts(api: ir.ApiIR, monkeypatch: pytest.MonkeyPatch) -> None:
    """Waits and per-attempt timeouts are cut so that no attempt can end past the deadline."""
    ep = _public_get(api)
    clock = [0.0]
    attempts: list[tuple[float, float]] = []
    monkeypatch.setattr("exchange_bindings.runtime.core.time.monotonic", lambda: clock[0])
    monkeypatch.setattr("exchange_bindings.runtime.client.time.sleep", lambda s: clock.__setitem__(0, clock[0] + s))

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append((clock[0], request.extensions["timeout"]["read"]))
        clock[0] += 1.0
        return httpx.Response(503, text="busy")

    with pytest.raises(errors.APIError):
        getattr(_client(api, handler, max_retries=100, deadline=3.0), ep.name)(**_values(ep))
    assert len(attempts) >= 2
    assert all(start + timeout <= 3.0 + 1e-9 for start, timeout in attempts), attempts


# -- options and secrets ---------------------------------------------------------------------
@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_environments_and_base_url(api: ir.ApiIR) -> None:
    module = generated(api.id)
    for name, env in api.config["servers"]["environments"].items():
        if env["rest"] is None:  # a deployment of the user's own: its address is theirs to give
            with pytest.raises(ValueError, match="pass base_url"):
                module.Client(environment=name)
            assert module.Client(environment=name, base_url="http://own.invalid/").base_url == "http://own.invalid"
            continue
        assert module.Client(environment=name).base_url == env["rest"].rstrip("/")
    assert module.Client().base_url == api.config["servers"]["environments"][api.config["servers"]["default"]][
        "rest"
    ].rstrip("/")
    assert module.Client(base_url="http://127.0.0.1:1/").base_url == "http://127.0.0.1:1"
    with pytest.raises(ValueError, match="unknown environment"):
        module.Client(environment="nowhere")


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_user_http_client_left_open(api: ir.ApiIR) -> None:
    http = httpx.Client(transport=httpx.MockTransport(_never))
    with generated(api.id).Client(http_client=http):
        pass
    assert not http.is_closed


@pytest.mark.parametrize("case", [c for c in ENDPOINTS if c[1].auth], ids=endpoint_id)
def test_secret_never_in_repr_log_or_error(
    case: tuple[ir.ApiIR, ir.EndpointIR], caplog: pytest.LogCaptureFixture
) -> None:
    api, ep = case
    caplog.set_level(logging.DEBUG)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, text="busy")

    client = _client(api, handler, max_retries=1)
    with figures.use_settle(api, 0.01), pytest.raises(errors.ExchangeError) as caught:  # a lookup logs too
        getattr(client, ep.name)(**_values(ep))
    seen = " ".join([repr(client), str(caught.value), repr(caught.value), caplog.text, repr(vars(caught.value))])
    assert SECRET not in seen


DECIMAL_ARGUMENTS = [
    (api, ep, p)
    for api, ep in ENDPOINTS
    for p in ep.params
    if p.schema.get("format") == "decimal" and p.location in ("query", "body")
]


@pytest.mark.parametrize("case", DECIMAL_ARGUMENTS, ids=lambda c: f"{c[0].id}.{c[1].name}.{c[2].python}")
def test_decimal_argument_sent_exactly(case: tuple[ir.ApiIR, ir.EndpointIR, ir.ParamIR]) -> None:
    api, ep, param = case
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=ep.examples[0]["response"])

    getattr(_client(api, handler), ep.name)(**{**_values(ep), param.python: Decimal("0.000000012345678901")})
    raw = sent[0].content.decode() + sent[0].url.query.decode()
    assert "0.000000012345678901" in raw


@pytest.mark.parametrize("case", [c for c in ENDPOINTS if c[1].deprecated], ids=endpoint_id)
def test_deprecated_endpoint_warns_at_the_callers_line(case: tuple[ir.ApiIR, ir.EndpointIR]) -> None:
    api, ep = case
    client = _client(api, lambda r: httpx.Response(200, json=ep.examples[0]["response"]))
    with pytest.warns(DeprecationWarning, match=ep.name) as caught:
        getattr(client, ep.name)(**_values(ep))
    assert caught[0].filename == __file__


@pytest.mark.parametrize("api", list(APIS.values()), ids=lambda a: a.id)
def test_error_codes_have_the_type_the_api_sends(api: ir.ApiIR) -> None:
    """One type per API: an int where the API's envelope carries numbers, text where it carries strings."""
    from stub_support import stub_of

    stub = stub_of(api)
    code = api.stub["rejections"]["unknown_route"]
    response = httpx.Client(transport=stub.transport(), base_url="http://stub.invalid").get("/no/such/path")
    if api.config["errors"].get("body", "json") == "json":
        sent = response.json()[api.config["errors"]["code_field"]]
    else:  # a text or empty body carries no code: the client names it by its message, the spec's code as text
        sent = str(code)
    client = _client(api, lambda r: httpx.Response(response.status_code, content=response.content), max_retries=0)
    ep = _public_get(api)
    with pytest.raises(errors.APIError) as caught:
        getattr(client, ep.name)(**_values(ep))
    assert type(caught.value.code) is type(sent) and str(caught.value.code) == str(code)
