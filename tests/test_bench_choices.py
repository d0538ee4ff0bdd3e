"""The bench finds what it measures in every API's spec (`nox -s bench` stopped at the first API that had
no public GET, or whose lists are the whole response, before this was checked)."""

from __future__ import annotations

import pytest
from conftest import APIS

from benchmarks.__main__ import public_list_endpoint, widest_list
from generator import ir


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_every_api_gives_the_bench_a_get_and_a_list(api: ir.ApiIR) -> None:
    ep = public_list_endpoint(api)
    assert ep.method == "GET" and not ep.required_params and ep.examples
    fields, listed_by, response, key = widest_list(api)
    listed = response if key is None else response[key]
    assert fields > 0 and isinstance(listed, list) and listed_by.examples


def test_the_stream_bench_finds_a_public_channel_or_says_it_skips(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import streams

    apis = [api for api in APIS.values() if api.streams]
    subscribable = [a for a in apis if any(not ch.auth and ch.params for _, ch, _ in streams._examples(a))]
    assert subscribable, "the end-to-end stream row measures at least one API"
    skipped = [a for a in apis if a not in subscribable]
    for api in skipped:
        streams.bench_end_to_end(api, print, count=1)
        assert "skipped" in capsys.readouterr().out


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_the_stub_throughput_row_has_a_public_path_unless_every_endpoint_is_signed(api: ir.ApiIR) -> None:
    from benchmarks.stub_throughput import public_path

    found = public_path(api)
    public = [ep for ep in api.endpoints if ep.method == "GET" and ep.auth is None and not ep.required_params]
    assert (found is None) == (not public)
    if found is not None:
        name, path = found
        assert any(ep.name == name and ep.path == path for ep in public)


@pytest.mark.parametrize("api", APIS.values(), ids=lambda a: a.id)
def test_the_limiter_overhead_row_runs_on_every_api_with_buckets(api: ir.ApiIR) -> None:
    from benchmarks import limits

    if not limits.rest_buckets(api):
        return  # an API that publishes no REST limit: the row says it skips
    with_, without, ratio = limits.overhead(api, n=3, rounds=1)  # raised before: a cancel of no order
    assert with_ > 0 and without > 0 and ratio > 0
