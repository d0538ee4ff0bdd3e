"""The loader knows the codecs: it refuses, as file:line:col, a number encoding, format, body encoding or
error body that no codec implements (the runtime's registries are the one list), and what the codecs
cannot carry out (an unknown scale, a key that is not there, an object in a form body, ...)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_loader import VALID, line_of, problems, write

from generator.loader import format_schema, load_spec
from runtime import codecs

# a valid spec with every codec turned on: to be broken one way per case below
CODECS = (
    VALID.replace(
        "  docs: https://example.invalid/docs\n",
        "  docs: https://example.invalid/docs\n  numbers: scaled_integer\n  body_encoding: form\n",
    )
    .replace("rate_limits:", "errors:\n  body: text\nscales:\n  amount: {by: asset, default: 10000}\nrate_limits:")
    .replace(
        "      price: {type: string, format: decimal}\n",
        "      price: {type: string, format: decimal}\n"
        "      asset: {type: string}\n"
        "      size: {type: integer, x-scale: {scale: amount, key: '{asset}'}}\n"
        "      at: {type: string, format: date-time}\n",
    )
)


def _enum(*path: str) -> set[Any]:
    node: Any = format_schema()["$defs"]
    for part in path:
        node = node[part]
    return set(node["enum"])


def test_the_schema_lists_exactly_what_the_codecs_implement() -> None:
    assert _enum("api", "properties", "numbers") == set(codecs.NUMBERS)
    assert _enum("api", "properties", "body_encoding") == set(codecs.BODIES)
    assert _enum("endpoint", "properties", "body_encoding") == set(codecs.BODIES)
    assert _enum("typeSchema", "properties", "format") == set(codecs.FORMATS)
    assert _enum("errors", "properties", "body") == set(codecs.ERROR_BODIES)


def test_a_spec_with_every_codec_loads(tmp_path: Path) -> None:
    assert load_spec(write(tmp_path, CODECS)).data["api"]["numbers"] == "scaled_integer"


@pytest.mark.parametrize(
    ("registry", "name", "needle", "what"),
    [
        ("NUMBERS", "scaled_integer", "numbers: scaled_integer", "number encoding 'scaled_integer'"),
        ("BODIES", "form", "body_encoding: form", "body encoding 'form'"),
        ("FORMATS", "date-time", "format: date-time", "format 'date-time'"),
        ("ERROR_BODIES", "text", "body: text", "error body 'text'"),
    ],
)
def test_a_name_no_codec_implements_is_refused_where_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, registry: str, name: str, needle: str, what: str
) -> None:
    monkeypatch.delitem(getattr(codecs, registry), name)
    found = problems(write(tmp_path, CODECS))
    where = f"{tmp_path / 'demo' / 'api.yaml'}:{line_of(CODECS, needle)}:"
    assert any(p.startswith(where) and f"no codec implements the {what}" in p for p in found), found


BROKEN = [
    ("scale: amount, key", "scale: volume, key", "size:", "unknown scale 'volume'"),
    ("size: {type: integer, x-scale", "size: {type: string, x-scale", "size:", "give it type: integer"),
    ("key: '{asset}'", "key: '{coin}'", "size:", "the key refers to ['coin'], which are not fields beside it"),
    (
        "by: asset, default: 10000}",
        "by: asset, refresh: {operation: nowhere, key: '{id}'}}",
        "amount:",
        "unknown operation 'nowhere'",
    ),
]


@pytest.mark.parametrize(("old", "new", "needle", "message"), BROKEN, ids=[b[3][:30] for b in BROKEN])
def test_what_a_codec_cannot_carry_out_is_refused(
    tmp_path: Path, old: str, new: str, needle: str, message: str
) -> None:
    text = CODECS.replace(old, new)
    assert text != CODECS
    found = problems(write(tmp_path, text))
    assert any(f":{line_of(text, needle)}:" in p and message in p for p in found), found


ENDPOINT = """\
  put_thing:
    method: POST
    path: /things
    summary: Put a thing.
{more}
"""
ENDPOINT_CASES = [
    (
        "    params:\n      - {name: thing, in: body, schema: {$ref: '#/schemas/Thing'}}\n    response: {type: 'null'}",
        "a form body holds scalars and lists of scalars, not objects",
    ),
    ("    success: {status: 204}\n    response: {type: string}", "a 204 answer has no body"),
    ("    success: {status: 200, location: id}\n    response: {$ref: '#/schemas/Thing'}", "only a 201 answer"),
    ("    success: {status: 201, location: url}\n    response: {$ref: '#/schemas/Thing'}", "no field 'url'"),
]


@pytest.mark.parametrize(("more", "message"), ENDPOINT_CASES, ids=[c[1][:30] for c in ENDPOINT_CASES])
def test_bodies_and_answers_are_described_consistently(tmp_path: Path, more: str, message: str) -> None:
    text = CODECS.replace("schemas:\n", ENDPOINT.format(more=more) + "schemas:\n", 1)
    found = problems(write(tmp_path, text))
    assert any(message in p and "api.yaml:" in p for p in found), found
    ok = more.replace("status: 204}\n    response: {type: string}", "status: 204}\n    response: {type: 'null'}")
    if ok != more:
        load_spec(write(tmp_path, CODECS.replace("schemas:\n", ENDPOINT.format(more=ok) + "schemas:\n", 1)))


def test_a_recursive_struct_with_codec_fields_is_refused(tmp_path: Path) -> None:
    text = CODECS.replace(
        "      at: {type: string, format: date-time}\n",
        "      at: {type: string, format: date-time}\n      next: {$ref: '#/schemas/Thing'}\n",
    )
    found = problems(write(tmp_path, text))
    assert any("Thing refers to itself" in p for p in found), found


_STREAM = """\
streams:
  feed:
    summary: A feed.
    transport: websocket
    server: ws
    protocol: {op: op, tag: tag, data: data, push_channel: channel}
    subscribe: subscribe
    commands:
      subscribe: {op: subscribe, summary: Subscribe., reply: {type: object}}
    channels:
      things: {table: things, pattern: things, summary: Things., message: {$ref: "#/schemas/Thing"}}
"""


def _with_stream(text: str) -> str:
    return (
        text.replace(
            'live: {rest: "https://api.example.invalid"}',
            'live: {rest: "https://api.example.invalid", ws: "wss://ws.example.invalid"}',
        )
        + _STREAM
    )


def test_stream_payloads_with_scaled_integers_and_iso_times_load(tmp_path: Path) -> None:
    """Streams run the codecs as REST does: scaled amounts and ISO times in a push are fine."""
    spec = load_spec(write(tmp_path, _with_stream(CODECS)))
    assert "things" in spec.data["streams"]["feed"]["channels"]


def test_a_recursive_stream_message_with_codec_fields_is_refused_where_the_stream_uses_it(tmp_path: Path) -> None:
    text = (
        _with_stream(CODECS)
        .replace(
            'message: {$ref: "#/schemas/Thing"}',
            "message: {type: object, properties: {self: {$ref: '#/schemas/Loop'}}}",
        )
        .replace(
            "\nschemas:\n",
            "\nschemas:\n  Loop:\n    type: object\n    properties:\n"
            "      at: {type: string, format: date-time}\n      next: {$ref: '#/schemas/Loop'}\n",
        )
    )
    found = problems(write(tmp_path, text))
    where = f"api.yaml:{line_of(text, 'things: {table')}:"
    assert any(where in p and "Loop refers to itself" in p for p in found), found
