"""Every struct of every API: it exists, and a decoder can be built for it."""

from __future__ import annotations

import msgspec
import pytest
from conftest import APIS, generated

STRUCTS = [(api.id, name) for api in APIS.values() for name in sorted(api.schemas)]


@pytest.mark.parametrize("case", STRUCTS, ids=lambda c: f"{c[0]}.{c[1]}")
def test_decoder_for_every_struct(case: tuple[str, str]) -> None:
    api_id, name = case
    models = generated(api_id, "models")
    struct = getattr(models, name, None)
    assert struct is not None, f"{name} is in the spec but not in the generated models"
    decoder = msgspec.json.Decoder(struct)
    encoder = msgspec.json.Encoder()
    assert decoder.type is struct
    if isinstance(struct, type) and issubclass(struct, msgspec.Struct):
        # The struct's JSON Schema names exactly the spec's properties (wire names kept).
        spec_props = set(APIS[api_id].schemas[name].get("properties", {}))
        assert set(msgspec.json.schema(struct)["$defs"][name].get("properties", {})) == spec_props
        with pytest.raises(msgspec.DecodeError):
            decoder.decode(encoder.encode([]))


def test_no_struct_outside_the_spec() -> None:
    for api in APIS.values():
        models = generated(api.id, "models")
        defined = {
            n
            for n, v in vars(models).items()
            if isinstance(v, type) and issubclass(v, msgspec.Struct) and v.__module__ == models.__name__
        }
        # enums are Literal aliases, array schemas (e.g. [price, qty]) type aliases: neither is a struct
        aliases = {n for n, s in api.schemas.items() if "enum" in s or s.get("type", "object") != "object"}
        assert defined == set(api.schemas) - aliases
        assert all(hasattr(models, n) for n in aliases), "enum and array schemas are type aliases in the models"
