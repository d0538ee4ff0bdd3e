"""Each API's streams as an AsyncAPI 3.0 document (generator/asyncapi.py): valid by the asyncapi3 object model,
every reference resolves, and every command, channel and event of the spec is an operation."""

from __future__ import annotations

import copy
import json
import warnings
from importlib import resources
from typing import Any

import pydantic
import pytest
from conftest import APIS

from generator import ir
from generator.loader import SPEC_DIR, load_spec

with warnings.catch_warnings():  # the model's own field names shadow pydantic's (its warning, not ours)
    warnings.simplefilter("ignore")
    from asyncapi3 import AsyncAPI3

STREAMING = [api for api in APIS.values() if api.streams or api.event_streams]


def _shipped(api: ir.ApiIR) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        resources.files("exchange_bindings").joinpath(api.id, "asyncapi.json").read_text()
    )
    return document


def _resolve(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [node["$ref"]] if isinstance(node.get("$ref"), str) else [r for v in node.values() for r in _refs(v)]
    return [r for v in node for r in _refs(v)] if isinstance(node, list) else []


def test_every_api_with_streams_ships_one() -> None:
    assert STREAMING, "some API has streams"
    for api in APIS.values():
        shipped = resources.files("exchange_bindings").joinpath(api.id, "asyncapi.json").is_file()
        assert shipped == (api in STREAMING), api.id


@pytest.mark.parametrize("api", STREAMING, ids=lambda a: a.id)
def test_the_export_is_valid_asyncapi_3(api: ir.ApiIR) -> None:
    document = _shipped(api)
    assert document["asyncapi"] == "3.0.0"
    AsyncAPI3.model_validate(document)
    for ref in _refs(document):
        assert _resolve(document, ref) is not None, ref


@pytest.mark.parametrize("api", STREAMING, ids=lambda a: a.id)
def test_every_command_channel_and_event_is_an_operation(api: ir.ApiIR) -> None:
    document = _shipped(api)
    operations = document["operations"]
    streams = load_spec(SPEC_DIR / api.id).data["streams"]
    for st in api.streams:
        spec = streams[st.name]
        expected = [*spec.get("commands", {}), *spec.get("channels", {}), *spec.get("events", {})]
        assert {c.name for c in st.commands} | {c.name for c in st.channels} <= set(expected)
        for name in expected:
            operation = operations[f"{st.name}_{name}".replace(".", "_")]
            channel = _resolve(document, operation["channel"]["$ref"])
            for message in operation["messages"]:  # an operation's messages are its channel's
                key = message["$ref"].rsplit("/", 1)[1]
                assert key in channel["messages"], (name, key)
    for es in api.event_streams:
        for event in es.events:
            assert operations[f"{es.name}_{event.name}"]["action"] == "receive"


def test_the_validator_refuses_a_broken_document() -> None:
    """The check can fail: an operation whose action is AsyncAPI 2's 'publish' is not AsyncAPI 3."""
    document = copy.deepcopy(_shipped(STREAMING[0]))
    next(iter(document["operations"].values()))["action"] = "publish"
    with pytest.raises(pydantic.ValidationError):
        AsyncAPI3.model_validate(document)
