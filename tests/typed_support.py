"""The generator's typed configuration as the generated package holds it: built from spec data by
generator/typed, written as source by generator/pysource and evaluated against exchange_bindings'
own classes (so tests meet the very objects generated modules construct)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.pysource import Source
from generator.render import PACKAGE
from generator.typed.api import scales
from generator.typed.auth import scheme
from generator.typed.sse import sse_config


def generated(value: Any) -> Any:
    """`value` rebuilt from the source the generator writes for it."""
    source = Source({"runtime": f"{PACKAGE}.runtime"})
    text = source(value)
    namespace: dict[str, Any] = {}
    for line in source.import_lines():
        exec(line, namespace)
    return eval(text, namespace)


def scheme_of(name: str, data: Mapping[str, Any]) -> Any:
    """An auth scheme's typed configuration (exchange_bindings' plug-in class)."""
    return generated(scheme(name, data))


def sse_of(name: str, data: Mapping[str, Any]) -> Any:
    return generated(sse_config(name, data))


def scale_set(data: Mapping[str, Any]) -> Any:
    """The ScaleSet of a spec's `scales` section."""
    from exchange_bindings.runtime.codecs.scaled import ScaleSet

    return ScaleSet(generated(scales(data)))
