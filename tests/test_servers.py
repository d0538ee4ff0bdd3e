"""Servers per endpoint, servers found at run time, and deployments without auth (spec `servers`).

Every endpoint that names a server (`server: <name>`) goes to that server's URL: the environment's, the
one given in `hosts`, or the base URL when only that is given (a stub serving every endpoint); the others
go to the base URL. A client of an environment that authenticates nobody sends no credential, and a stub
acting as it accepts requests without one (the other environments' stubs still refuse them). A client
built from a discovered server trades there. Driven from the spec: every API, endpoint and environment.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest
from conftest import APIS, generated, stream_spec
from stub_support import call_endpoint, demo_client, served_cli, stub_of

from exchange_bindings import errors
from generator import ir

HOSTED = [api for api in APIS.values() if api.host_names]
ROUTED = [pytest.param(api, ep, id=f"{api.id}.{ep.name}") for api in HOSTED for ep in api.endpoints]
OPEN = [
    pytest.param(api, name, id=f"{api.id}.{name}")
    for api in APIS.values()
    for name, env in api.config["servers"]["environments"].items()
    if env.get("auth") == "none"
]
DISCOVERING = [api for api in APIS.values() if api.discovery_item is not None]
SECRET = "servers-test-secret-0123456789"


def _sent(api: ir.ApiIR, ep: ir.EndpointIR, **options: Any) -> httpx.Request:
    """The request the generated client sends for `ep`, holding credentials (answered 418, so it goes once)."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(418)

    creds = {c: SECRET for c in api.credentials}
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = generated(api.id).Client(http_client=http, max_retries=0, **creds, **options)
    with client, pytest.raises(errors.ExchangeError):
        call_endpoint(api, client, ep)
    assert len(sent) == 1
    return sent[0]


def _sent_to(api: ir.ApiIR, ep: ir.EndpointIR, **options: Any) -> httpx.URL:
    return _sent(api, ep, **options).url


def _origin(url: httpx.URL) -> str:
    return f"{url.scheme}://{url.netloc.decode()}"


@pytest.mark.parametrize(("api", "ep"), ROUTED)
def test_each_endpoint_goes_to_its_server(api: ir.ApiIR, ep: ir.EndpointIR) -> None:
    hosts = {name: f"http://{name.replace('_', '-')}.invalid" for name in api.host_names}
    given = _sent_to(api, ep, base_url="http://trading.invalid", hosts=hosts)
    assert _origin(given) == (hosts[ep.server] if ep.server else "http://trading.invalid")
    # the base URL alone (a stub, a gateway) serves every endpoint
    assert _origin(_sent_to(api, ep, base_url="http://only.invalid")) == "http://only.invalid"
    for name, env in api.config["servers"]["environments"].items():
        if env.get("rest") is None:
            continue
        url = env.get("hosts", {}).get(ep.server, env["rest"]) if ep.server else env["rest"]
        assert _origin(_sent_to(api, ep, environment=name)) == url.rstrip("/"), name


@pytest.mark.parametrize("api", HOSTED, ids=lambda a: a.id)
def test_an_unknown_server_is_refused(api: ir.ApiIR) -> None:
    with pytest.raises(ValueError, match="unknown server"):
        generated(api.id).Client(hosts={"nowhere": "http://nowhere.invalid"})


def _signed(api: ir.ApiIR) -> list[ir.EndpointIR]:
    return [ep for ep in api.endpoints if ep.auth is not None]


@pytest.mark.parametrize(("api", "environment"), OPEN)
def test_a_client_of_an_environment_without_auth_sends_no_credential(api: ir.ApiIR, environment: str) -> None:
    for ep in _signed(api):
        request = _sent(api, ep, base_url="http://gateway.invalid", environment=environment)
        wire = f"{request.url} {list(request.headers.items())} {request.content!r}"
        assert SECRET not in wire, f"{ep.name} sent a credential to a deployment without auth"
        names = {p["name"].lower() for s in api.config["auth"]["schemes"].values() for p in _places(s)}
        assert not names & {k.lower() for k in request.headers}, ep.name
        assert not names & {k.lower() for k in request.url.params}, ep.name


def _places(scheme: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": scheme["name"]}, *scheme.get("alternatives", [])] if "name" in scheme else []


def _open_order(api: ir.ApiIR, client: Any) -> tuple[Any, str]:
    """An order placed through the API's first order placement (with its documented example)."""
    placing = next(ep for ep in api.endpoints if (ep.retry or {}).get("client_order_id"))
    result = call_endpoint(api, client, placing)
    return result, placing.name


@pytest.mark.parametrize(("api", "environment"), OPEN)
def test_a_stub_acting_as_an_environment_without_auth_takes_requests_without_a_key(
    api: ir.ApiIR, environment: str
) -> None:
    stub = generated(api.id, "stub").create_stub(seed=2, environment=environment)
    module = generated(api.id)
    http = httpx.Client(transport=stub.transport())
    with module.Client(base_url="http://gateway.invalid", environment=environment, http_client=http) as client:
        for ep in _signed(api):
            if ep.method == "GET" and not ep.required_params:
                call_endpoint(api, client, ep)  # answered, not refused
        result, placing = _open_order(api, client)
    logged = [r for r in stub.control.requests() if r["operation"] == placing]
    assert [r["status"] for r in logged] == [200], logged
    # the order is the demo account's: a client with its key sees it
    placed = msgspec.to_builtins(result)
    with demo_client(api, stub) as keyed:
        listed = json.dumps(msgspec.to_builtins(call_endpoint(api, keyed, _listing(api))))
    assert str(placed["client_order_id"]) in listed


def _listing(api: ir.ApiIR) -> ir.EndpointIR:
    mapped = api.stub["endpoints"]
    return next(ep for ep in api.endpoints if mapped.get(ep.name, {}).get("action") == "open_orders")


@pytest.mark.parametrize(("api", "environment"), OPEN)
def test_the_other_environments_stubs_still_refuse_a_missing_key(api: ir.ApiIR, environment: str) -> None:
    module = generated(api.id)
    for other in api.config["servers"]["environments"]:
        if other == environment or other in [p.values[1] for p in OPEN if p.values[0] is api]:
            continue
        stub = generated(api.id, "stub").create_stub(seed=2, environment=other)
        http = httpx.Client(transport=stub.transport())
        with module.Client(base_url="http://stub.invalid", environment=environment, http_client=http) as client:
            for ep in _signed(api):
                with pytest.raises(errors.APIError):
                    call_endpoint(api, client, ep)
                # refused for want of a key (answered with the API's code for it)
                assert stub.control.requests()[-1]["refused"].startswith("no_credentials"), ep.name
    with pytest.raises(ValueError, match="unknown environment"):
        generated(api.id, "stub").create_stub(environment="nowhere")


@pytest.mark.parametrize(("api", "environment"), OPEN)
def test_serve_acts_as_an_environment_without_auth(api: ir.ApiIR, environment: str) -> None:
    """`serve <api> --environment <name>`: a client without credentials trades; without the option it is refused."""
    ep = _listing(api)
    for options, refused in (((), True), (("--environment", environment), False)):
        with (
            served_cli(api.id, *options) as info,
            generated(api.id).Client(base_url=info["rest"], environment=environment) as client,
        ):
            if refused:
                with pytest.raises(errors.APIError):
                    call_endpoint(api, client, ep)
            else:
                call_endpoint(api, client, ep)


@pytest.mark.parametrize("api", DISCOVERING, ids=lambda a: a.id)
def test_a_client_built_from_a_discovered_server_trades_there(api: ir.ApiIR) -> None:
    """Discover the servers through the management client, build a client from one, place an order
    through it, and see the order through the management client."""
    module = generated(api.id)
    discovery = generated(api.id, "config").CONFIG.discovery
    stub = stub_of(api, seed=4)
    creds = api.stub["accounts"][0]["credentials"]
    sent: list[httpx.URL] = []
    inner = stub.transport()

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url)
        return inner.handle_request(request)

    def http() -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(handler))

    hosts = {name: "http://management.invalid" for name in api.host_names}
    with module.Client(base_url="http://first.invalid", hosts=hosts, http_client=http(), **creds) as management:
        found = getattr(management, discovery.operation)()
        assert found and all(isinstance(item, msgspec.Struct) for item in found)
        item = found[0]
        url = str(msgspec.to_builtins(item)[discovery.rest.strip("{}")]).rstrip("/")
        assert url.startswith("http://management.invalid"), "the stub answers its own address"
        with module.Client.from_endpoint(item, hosts=hosts, http_client=http(), **creds) as trading:
            assert trading.base_url == url
            sent.clear()
            result, _ = _open_order(api, trading)
            assert sent and all(_origin(u) == url for u in sent)
        placed = msgspec.to_builtins(result)
        listed = json.dumps(msgspec.to_builtins(call_endpoint(api, management, _listing(api))))
        assert str(placed["client_order_id"]) in listed
    with pytest.raises(TypeError, match="base_url"):
        module.Client.from_endpoint(item, base_url="http://elsewhere.invalid")


@pytest.mark.parametrize("api", DISCOVERING, ids=lambda a: a.id)
def test_a_discovered_clients_named_servers_stay_the_environments(api: ir.ApiIR) -> None:
    """A client of a discovered server still sends the named servers' endpoints to the environment's hosts."""
    module = generated(api.id)
    config = generated(api.id, "config").CONFIG
    with demo_client(api, stub_of(api)) as management:
        item = getattr(management, config.discovery.operation)()[0]
    url = str(msgspec.to_builtins(item)[config.discovery.rest.strip("{}")]).rstrip("/")
    routed = [ep for ep in api.endpoints if ep.server]
    for name, hosts in config.hosts.items():
        for cls in (module.Client, module.AsyncClient):
            assert cls.from_endpoint(item, environment=name).base_url == url
        for ep in routed:
            assert _origin(_sent_to(api, ep, **_rebuilt(item, name))) == hosts[ep.server].rstrip("/")
        assert _origin(_sent_to(api, _unrouted(api), **_rebuilt(item, name))) == url


def _rebuilt(item: Any, environment: str) -> dict[str, Any]:
    """The constructor's arguments from_endpoint makes for `item` (with its environment)."""
    from exchange_bindings.runtime.discovery import discovered

    config = generated(type(item).__module__.split(".")[1], "config").CONFIG
    return {k: v for k, v in discovered(config, item, {"environment": environment}).items()}


def _unrouted(api: ir.ApiIR) -> ir.EndpointIR:
    return next(ep for ep in api.endpoints if not ep.server and not ep.required_params)


def test_the_spec_has_servers_to_test() -> None:
    assert ROUTED and OPEN and DISCOVERING
    assert any(ep.server for p in ROUTED for ep in [p.values[1]])


@pytest.mark.parametrize(("api", "ep"), [p for p in ROUTED if p.values[1].server])
def test_the_openapi_export_puts_an_endpoint_on_its_server(api: ir.ApiIR, ep: ir.EndpointIR) -> None:
    doc = json.loads((Path(generated(api.id).__file__).parent / "openapi.json").read_text())
    environments = api.config["servers"]["environments"].values()
    urls = sorted(env["hosts"][ep.server] for env in environments if ep.server in env.get("hosts", {}))
    assert sorted(s["url"] for s in doc["paths"][ep.path][ep.method.lower()]["servers"]) == urls
    assert doc["servers"] and all(s["url"] for s in doc["servers"]), "an environment without a URL is left out"


@pytest.mark.parametrize(("api", "environment"), OPEN)
def test_a_stub_without_auth_opens_its_handshake_streams_without_a_key(api: ir.ApiIR, environment: str) -> None:
    """The stream handshake of a deployment without auth takes a connection that carries no key; another
    environment's stub closes it (1008) before it opens."""
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    from exchange_bindings.runtime.stub.serve import ServerThread

    handshaked = [st for st in api.streams if stream_spec(api.id, st.name).get("handshake")]
    assert handshaked, f"{api.id} has no stream with a handshake to test"
    others = [e for e in api.config["servers"]["environments"] if e not in [p.values[1] for p in OPEN]]
    for env, opens in ((environment, True), (others[0], False)):
        stub = generated(api.id, "stub").create_stub(seed=2, environment=env)
        with ServerThread(stub) as base:
            for st in handshaked:
                url = base.replace("http", "ws") + stub.stream_paths()[st.name]
                if opens:
                    with connect(url, open_timeout=10) as socket:
                        assert json.loads(socket.recv(timeout=10)), "nothing pushed on an open stream"
                else:
                    with pytest.raises(InvalidStatus), connect(url, open_timeout=10) as socket:
                        socket.recv(timeout=10)
