"""Benchmarks of the generated package, each against a baseline measured in the same run.

1. a `Client` call vs raw `httpx.Client` + `json.loads`, same local server (target ratio <= 1.05)
2. an `AsyncClient` call vs raw `httpx.AsyncClient` + `json.loads`
3. decoding a large list response into the structs vs pydantic v2 models of the same schema; what
   Decimal fields cost (benchmarks/decimals.py: vs str fields, and vs converting on access)
4. import time of each API module vs `import httpx` (and ccxt, where installed), and the import with a
   first Client vs httpx's with a first httpx.Client; `--import` runs only these
5. a full regeneration vs rendering the models alone
6. stub servers: requests/s and p99 of a public GET under wrk at concurrency 1 and 32, against a
   bare ASGI hello-world on the same uvicorn set-up (targets at 32: at least 60% of its rate, p99 within
   1.5x; medians of 5 alternating rounds), and at 32
   against Prism mocking the API's own OpenAPI export where node and npm are (target: 3x);
   `--stubs` runs only these
   peers (benchmarks/peers.py): Client and AsyncClient vs ccxt sync and async, raw httpx and raw
   aiohttp on the same stub endpoint, per call and from 32 tasks (`--peers` runs only these)
7. streams: messages/s decoded into structs (vs json.loads), and end to end from the stub's
   socket to a typed subscription (vs a raw websockets client with json.loads)
8. limits (benchmarks/limits.py): per API and REST bucket, a burst of 3x the limit from 4
   tasks against the stub's own count (throttles, achieved/declared rate); the limiter's
   overhead per call (limiter on vs off); a fault storm over 1,000 order placements (each
   placed once?); a 2 s deadline against a stalled stub. `--limits` runs only these.
The machine is shared and noisy: rounds alternate between contender and baseline, and the
median round is reported.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import msgspec

from benchmarks import decimals, limits, peers, streams, stub_throughput
from generator import ir
from generator.loader import api_folders, load_spec
from generator.models import json_schema_document

ROUNDS = 7


def median_ratio(contender: Callable[[], float], baseline: Callable[[], float]) -> tuple[float, float, float]:
    """(contender s, baseline s, ratio): per-round times, alternating, medians."""
    pairs = [(contender(), baseline()) for _ in range(ROUNDS)]
    ratios = [c / b for c, b in pairs]
    return statistics.median(c for c, _ in pairs), statistics.median(b for _, b in pairs), statistics.median(ratios)


def timed(fn: Callable[[], Any], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


def report(
    name: str, contender: float, baseline: float, ratio: float, unit: str = "us", scale: float = 1e6, target: str = ""
) -> None:
    print(
        f"{name:<58} {contender * scale:10.1f} {unit} vs {baseline * scale:10.1f} {unit}   ratio {ratio:5.2f}{target}"
    )


def public_list_endpoint(api: ir.ApiIR) -> ir.EndpointIR:
    """The public GET without arguments whose example carries the longest list (e.g. tickers); for an API
    with no public GET (an order router), its signed GET of the kind."""
    gets = [ep for ep in api.endpoints if ep.method == "GET" and not ep.required_params and ep.examples]
    candidates = [ep for ep in gets if ep.auth is None] or gets
    return max(candidates, key=lambda ep: len(json.dumps(ep.examples[0]["response"])))


def start_server(body: bytes, seconds: float) -> tuple[subprocess.Popen[str], str]:
    tmp = Path(tempfile.mkdtemp()) / "body.json"
    tmp.write_bytes(body)
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.fixture_server", str(tmp), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}"


def bench_client(api: ir.ApiIR, n: int) -> None:
    ep = public_list_endpoint(api)
    body = json.dumps(ep.examples[0]["response"]).encode()
    proc, url = start_server(body, seconds=300)
    try:
        module = importlib.import_module(f"exchange_bindings.{api.id}")
        path = ep.path
        # the spec's rate limits would pace this loop (that is their job): the client's own overhead
        # is measured without them, the limiter's in its own line (bench_limits)
        creds = {c: "x" for c in api.credentials} if ep.auth is not None else {}  # the server checks no signature
        with httpx.Client() as raw_http, module.Client(base_url=url, rate_limits=False, **creds) as client:
            method = getattr(client, ep.name)
            for _ in range(200):  # warm both connection pools
                method()
                json.loads(raw_http.get(url + path).content)
            c, b, r = median_ratio(
                lambda: timed(method, n), lambda: timed(lambda: json.loads(raw_http.get(url + path).content), n)
            )
            report(f"{api.id}.Client.{ep.name} vs httpx.Client+json.loads", c, b, r, target="  (target <= 1.05)")

        async def run() -> tuple[float, float, float]:
            async with (
                httpx.AsyncClient() as raw,
                module.AsyncClient(base_url=url, rate_limits=False, **creds) as aclient,
            ):
                amethod = getattr(aclient, ep.name)

                async def ours() -> float:
                    start = time.perf_counter()
                    for _ in range(n):
                        await amethod()
                    return (time.perf_counter() - start) / n

                async def base() -> float:
                    start = time.perf_counter()
                    for _ in range(n):
                        json.loads((await raw.get(url + path)).content)
                    return (time.perf_counter() - start) / n

                await ours()
                await base()
                pairs = [(await ours(), await base()) for _ in range(ROUNDS)]
                return (
                    statistics.median(p[0] for p in pairs),
                    statistics.median(p[1] for p in pairs),
                    statistics.median(p[0] / p[1] for p in pairs),
                )

        report(f"{api.id}.AsyncClient.{ep.name} vs httpx.AsyncClient+json.loads", *asyncio.run(run()))
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def widest_list(api: ir.ApiIR) -> tuple[int, ir.EndpointIR, Any, str | None]:
    """The example response whose list has the most fields per item: (fields, endpoint, response, the
    list's field, or None when the response is the list)."""
    best: tuple[int, ir.EndpointIR, Any, str | None] | None = None
    for ep in api.endpoints:
        for example in ep.examples:
            response = example["response"]
            # a list in the body (key: its field), or the body a list itself (key None)
            lists = list(response.items()) if isinstance(response, dict) else [(None, response)]
            for key, value in lists:
                if (
                    isinstance(value, list)
                    and value
                    and isinstance(value[0], dict)
                    and (best is None or len(value[0]) > best[0])
                ):
                    best = (len(value[0]), ep, response, key)
    assert best is not None, f"{api.id}: no example response carries a list of objects"
    return best


def bench_decoding(api: ir.ApiIR, items: int) -> None:
    """The response with the most fields per list item, its list grown to `items` entries."""
    _, ep, response, key = widest_list(api)
    listed = response if key is None else response[key]
    grown_list = (listed * (items // len(listed) + 1))[:items]
    grown = grown_list if key is None else {**response, key: grown_list}
    models = importlib.import_module(f"exchange_bindings.{api.id}.models")
    if key is None or (api.envelope and key == api.envelope["data"]):  # the result is the list: decode just that
        body = json.dumps(grown_list).encode()
        item = ep.response_schema["items"]["$ref"].removeprefix("#/schemas/")
        ours: Any = msgspec.json.Decoder(list[getattr(models, item)])  # type: ignore[misc]
        from pydantic import TypeAdapter

        twin: Any = TypeAdapter(list[pydantic_twin(api, item)])  # type: ignore[misc]
        label = f"list[models.{item}]"

        def theirs() -> Any:
            return twin.validate_json(body)
    else:
        body = json.dumps(grown).encode()
        name = ep.response_annotation.removeprefix("models.")
        ours = msgspec.json.Decoder(getattr(models, name))
        model = pydantic_twin(api, name)
        label = ep.response_annotation

        def theirs() -> Any:
            return model.model_validate_json(body)

    ours.decode(body)
    try:
        theirs()
    except ValueError as exc:  # pydantic's ValidationError: the twin is stricter than the spec somewhere
        first = str(exc).splitlines()[1:3]
        print(f"decode {label} vs pydantic v2: skipped, the pydantic twin refuses the example ({' '.join(first)})")
        return
    c, b, r = median_ratio(lambda: timed(lambda: ours.decode(body), 3), lambda: timed(theirs, 3))
    report(f"decode {label} ({items} items) vs pydantic v2", c, b, r, unit="ms", scale=1e3)


def _plain(schema: Any) -> Any:
    """The schema without our structs' base class (a msgspec Struct): the twins are plain pydantic models."""
    if isinstance(schema, dict):
        return {k: _plain(v) for k, v in schema.items() if k != "customBasePath"}
    return [_plain(v) for v in schema] if isinstance(schema, list) else schema


def pydantic_twin(api: ir.ApiIR, name: str) -> Any:
    """Pydantic v2 models of the same JSON Schema, made by the same datamodel-code-generator."""
    import warnings

    from datamodel_code_generator import InputFileType, PythonVersion, generate
    from datamodel_code_generator.enums import DataModelType

    warnings.simplefilter("ignore")
    source = generate(
        json.dumps(_plain(json_schema_document(api))),
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        snake_case_field=True,
        use_standard_collections=True,
        use_union_operator=True,
    )
    assert isinstance(source, str)
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<pydantic twin of {api.id}>", "exec"), namespace)
    model = namespace[name]
    model.model_rebuild(_types_namespace=namespace)
    return model


def bench_import(api: ir.ApiIR) -> None:
    """A fresh interpreter importing the API module vs importing httpx (and ccxt, when the bench session
    installed it), each best of 5 after a first run that writes the bytecode caches (which an installed
    package has; PYTHONDONTWRITEBYTECODE would make every run compile). The import leaves the call
    machinery to the first client, so the import and a first client are measured alike: the second row
    is what a program pays before its first call, against httpx's import and first client."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run_time(statement: str) -> float:
        subprocess.run([sys.executable, "-c", statement], check=True, env=env)
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", statement], check=True, env=env)
            runs.append(time.perf_counter() - start)
        return min(runs)

    ours = f"exchange_bindings.{api.id}"
    rows = [(f"import {ours}", "import httpx", "  (target <= 1.2)")]
    url = "base_url='http://127.0.0.1:9'"  # nothing is sent
    rows.append((f"import {ours} as m; m.Client({url})", f"import httpx; httpx.Client({url})", ""))
    if importlib.util.find_spec("ccxt") is not None:
        rows.append((f"import {ours}", "import ccxt", ""))
    for contender, baseline, target in rows:
        pairs = [(run_time(contender), run_time(baseline)) for _ in range(3)]
        c, b = min(p[0] for p in pairs), min(p[1] for p in pairs)
        report(f"python -c '{contender}' vs '{baseline}'", c, b, c / b, unit="ms", scale=1e3, target=target)


def bench_generation() -> None:
    def run(*argv: str) -> Callable[[], float]:
        def timed_run() -> float:
            start = time.perf_counter()
            subprocess.run([sys.executable, *argv], check=True, capture_output=True)
            return time.perf_counter() - start

        return timed_run

    rows = [
        (
            "full regeneration (every API) vs datamodel-codegen step alone",
            ["-m", "generator", "--check", "--force"],
            ["-c", MODELS_ONLY],
        ),
        ("no-op regeneration check (fingerprint) vs python -c pass", ["-m", "generator", "--check"], ["-c", "pass"]),
    ]
    for label, contender, baseline in rows:
        pairs = [(run(*contender)(), run(*baseline)()) for _ in range(3)]
        c, b = statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)
        report(label, c, b, c / b, unit="s", scale=1)


MODELS_ONLY = (
    "from generator import ir, models; from generator.loader import api_folders, load_spec\n"
    "for f in api_folders(): models.generate_models(ir.build(load_spec(f)))"
)


def main() -> None:
    quick = "--quick" in sys.argv
    apis = [ir.build(load_spec(folder)) for folder in api_folders()]

    def imports() -> None:
        for api in apis:
            bench_import(api)

    only: dict[str, Callable[[], None]] = {  # a flag runs one part alone
        "--limits": lambda: limits.bench(apis, quick),
        "--peers": lambda: peers.bench(quick),
        "--import": imports,
        "--stubs": lambda: stub_throughput.bench(apis),
    }
    for flag, part in only.items():
        if flag in sys.argv:
            part()
            return
    print(f"{'benchmark':<58} {'contender':>13}    {'baseline':>13}   ratio (lower is better)")
    for api in apis:
        bench_client(api, n=50 if quick else 300)
        bench_decoding(api, items=2_000 if quick else 20_000)
        decimals.bench(api, report)
        bench_import(api)
    peers.bench(quick)
    bench_generation()
    streams.bench(apis, report, quick)
    stub_throughput.bench(apis)
    limits.bench(apis, quick)


if __name__ == "__main__":
    main()
