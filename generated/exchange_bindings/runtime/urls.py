"""Request URLs without parsing each one again.

httpx parses every URL string it is given (a sixth of an async call's own cost): here the base URL is
parsed once, and each request's URL is that parse with the endpoint's path and query put in. The path
comes from the spec's template with each argument percent-encoded whole, and the query is
`urlencode`'s; both are already in the form httpx's parser would give them. A path in any other form
(a character httpx would encode, a dot segment it would remove) is parsed as a string, like before.
tests/test_urls.py checks the two agree on any path and query.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

import httpx

# what httpx's parser leaves as it is in a path: unreserved and sub-delimiter characters, ':', '@', '/'
# and percent escapes (it would encode the rest, and remove '.' and '..' segments)
_PLAIN = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*")
_DOT_SEGMENT = re.compile(r"(?:^|/)\.\.?(?:/|$)")
_KEPT = 512  # URLs a base keeps (all are dropped when full: a call's URL costs a parse at worst)
_LONGEST = 2048  # bytes of path and query a kept URL may have (at most 1 MB kept per base)


class Base:
    """A base URL, parsed once; `join` gives each request's httpx.URL."""

    def __init__(self, url: str) -> None:
        self.text = url
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL:
            parsed = None  # the request's build reports it
        reference = getattr(parsed, "_uri_reference", None)  # httpx's parse (a NamedTuple), if this httpx has one
        usable = (
            parsed is not None
            and parsed.is_absolute_url
            and hasattr(reference, "_replace")
            and not (parsed.query or parsed.fragment)
        )
        self._reference = reference if usable else None
        self._made: dict[tuple[Any, ...], httpx.URL] = {}

    def join(self, path: str, query: Sequence[tuple[str, Any]]) -> httpx.URL:
        """The URL of `path` with `query` (pairs of text) on this base. A URL once made is kept: a client
        polls the same few (httpx.URL is immutable), as yarl keeps the URLs it parsed."""
        key = (path, *query)
        url = self._made.get(key)
        if url is None:
            url = self._join(path, query)
            if len(url.raw_path) <= _LONGEST:  # a hostile caller's huge arguments are not kept
                if len(self._made) >= _KEPT:
                    self._made.clear()
                self._made[key] = url
        return url

    def _join(self, path: str, query: Sequence[tuple[str, Any]]) -> httpx.URL:
        encoded = urlencode(query) if query else None
        reference = self._reference
        if reference is None or not _PLAIN.fullmatch(path) or _DOT_SEGMENT.search(reference.path + path):
            return httpx.URL(self.text + path + ("?" + encoded if encoded else ""))
        url = _Joined.__new__(_Joined)
        url._uri_reference = reference._replace(path=reference.path + path, query=encoded)
        return url


class _Joined(httpx.URL):
    """A URL a base keeps: it is written out (for the transport, and to hash it) once."""

    _text: str | None = None

    def __str__(self) -> str:
        if self._text is None:
            self._text = super().__str__()
        return self._text
