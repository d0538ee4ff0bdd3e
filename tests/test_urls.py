"""A request's URL built from the base URL's one parse (runtime/urls.py) is the URL httpx builds from
the whole string, for every endpoint's path and for any path and query (hypothesis)."""

from __future__ import annotations

import re
from urllib.parse import quote, urlencode

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchange_bindings.runtime.urls import Base
from tests.conftest import ENDPOINTS, endpoint_id

BASES = [
    "https://api.example.com",
    "http://127.0.0.1:8123",
    "https://EXAMPLE.com:443/api/v3",
    "http://[::1]:9000/gateway",
    "https://user:pass@host.example/p%20q",
]
HOSTILE = ["..", ".", "a/b", "ä €", "%zz", "?x=1#f", "", "a%2Fb", "~!$&'()*+,;=:@"]


def same(ours: httpx.URL, theirs: httpx.URL) -> None:
    assert str(ours) == str(theirs)
    assert ours.raw_path == theirs.raw_path
    assert (ours.scheme, ours.host, ours.port, ours.path) == (theirs.scheme, theirs.host, theirs.port, theirs.path)
    assert ours.params.multi_items() == theirs.params.multi_items()
    assert ours == theirs


@pytest.mark.parametrize("case", ENDPOINTS, ids=endpoint_id)
def test_every_endpoint_path_with_hostile_arguments(case) -> None:
    _, ep = case
    for value in HOSTILE:
        path = re.sub(r"\{[^}]+\}", quote(value, safe=""), ep.path)  # as the client's prepare fills it in
        query = [("symbol", value), ("limit", "10")]
        for base in BASES:
            # what the client sent before: httpx's parse of the whole URL, its query merged in
            same(Base(base).join(path, query), httpx.Request(ep.method, base + path, params=query).url)


def test_a_plain_path_is_not_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    base = Base("https://api.example.com/v1")

    def parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(httpx._urls, "urlparse", parse)
    plain = base.join("/orders/abc-1%20", [("a", "b c")])
    assert str(plain) == "https://api.example.com/v1/orders/abc-1%20?a=b+c"
    with pytest.raises(AssertionError, match="parsed again"):  # a dot segment is httpx's to remove
        base.join("/orders/..", [])


def test_a_base_httpx_cannot_parse_still_fails_when_the_request_is_built() -> None:
    base = Base("http://[zz]")
    with pytest.raises(httpx.InvalidURL):
        base.join("/x", [])


paths = st.lists(
    st.one_of(st.text(max_size=12), st.text(max_size=12).map(lambda s: quote(s, safe=""))), max_size=5
).map(lambda parts: "/" + "/".join(parts))
queries = st.lists(st.tuples(st.text(max_size=8), st.text(max_size=8)), max_size=4)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(base=st.sampled_from(BASES), path=paths, query=queries)
def test_any_path_and_query(base: str, path: str, query: list[tuple[str, str]]) -> None:
    try:
        expected = httpx.URL(base + path + ("?" + urlencode(query) if query else ""))
    except httpx.InvalidURL:
        with pytest.raises(httpx.InvalidURL):
            Base(base).join(path, query)
        return
    same(Base(base).join(path, query), expected)


def test_urls_are_kept_for_polling_but_not_without_bound() -> None:
    base = Base("https://api.example.com")
    assert base.join("/t", [("m", "BTC")]) is base.join("/t", [("m", "BTC")])  # a poll reuses its URL
    huge = [("m", "x" * 5000)]
    assert base.join("/t", huge) is not base.join("/t", huge)  # a huge argument is not kept
    for i in range(600):  # a caller with ever new arguments: the store stays bounded
        base.join("/t", [("i", str(i))])
    assert len(base._made) <= 512
