"""Structs: the spec's schemas -> JSON Schema -> datamodel-code-generator -> msgspec source."""

from __future__ import annotations

import json
import re
import warnings
from typing import Any

from datamodel_code_generator import DatetimeClassType, InputFileType, LiteralType, PythonVersion, generate
from datamodel_code_generator.enums import DataModelType

from generator.ir import ApiIR
from generator.loader import to_json_schema

OPEN = "__open_enum__"  # marks an enum of a result struct in the schema handed to dcg (see _known)
CHECKED = "exchange_bindings.runtime.known.Checked"  # base of the result structs with enumerated fields


def _open_enums(node: Any) -> Any:
    """Enums and consts of result structs become `Known[...]` (runtime/known.py): `Literal` to type
    checkers, while a value the exchange adds later still decodes (reported once, or refused when strict).

    Each is marked here (dcg writes `Literal[..., '__open_enum__']`, which `_known` rewrites); an object
    with such a field directly gets the `Checked` base, which checks the values after decoding."""
    if isinstance(node, list):
        return [_open_enums(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _open_enums(v) for k, v in node.items() if k not in ("enum", "const")}
    known = node.get("enum") or ([node["const"]] if "const" in node else None)
    if known and all(isinstance(v, str | int) and not isinstance(v, bool) for v in known):  # Literal's kinds
        out["enum"] = [*known, OPEN]
    if any(_enumerated(p) for p in out.get("properties", {}).values()):
        out["customBasePath"] = CHECKED
    return out


def _enumerated(node: Any) -> bool:
    """Whether a field's schema lists values itself (in it, its items or alternatives; not in a nested
    object or a referenced struct, which are structs of their own)."""
    if not isinstance(node, dict) or "properties" in node or "$ref" in node:
        return False
    if OPEN in node.get("enum", ()):
        return True
    parts = [node.get("items"), node.get("additionalProperties"), *node.get("anyOf", ()), *node.get("oneOf", ())]
    return any(_enumerated(p) for p in parts)


_OPEN_LITERAL = re.compile(r"Literal\[([^\[\]]*?), '" + OPEN + r"'\]")


def _known(source: str) -> str:
    """dcg's marked `Literal[...]`s as `Known[...]`, imported from the runtime."""
    source, count = _OPEN_LITERAL.subn(r"Known[\1]", source)
    assert OPEN not in source, "an enum dcg wrote otherwise"
    if not count:
        return source
    module = CHECKED.rpartition(".")[0]
    future = "from __future__ import annotations\n"
    return source.replace(future, f"{future}from {module} import Literal as Known\n", 1)


def _user_types(node: Any) -> Any:
    """Fields as callers see them: a scaled integer is a Decimal, a date a plain string (times are
    datetimes: see `output_datetime_class`)."""
    if isinstance(node, list):
        return [_user_types(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _user_types(v) for k, v in node.items()}
    if "x-scale" in node:  # the wire's integer bounds say nothing about the amount
        out = {k: v for k, v in out.items() if k not in ("minimum", "maximum", "x-scale")}
        out.update(type="string", format="decimal")
    elif node.get("format") == "date":
        del out["format"]
    return out


def json_schema_document(api: ApiIR) -> dict[str, Any]:
    defs: dict[str, Any] = {}
    for name, schema in sorted(api.schemas.items()):
        closed = name in api.request_schemas
        defs[name] = to_json_schema(_user_types(schema if closed else _open_enums(schema)), strict=False)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": defs}


def generate_models(api: ApiIR) -> str:
    """msgspec Struct source for every schema of the API (unformatted; the writer formats)."""
    document = json_schema_document(api)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = generate(
            json.dumps(document),
            input_file_type=InputFileType.JsonSchema,
            output_model_type=DataModelType.MsgspecStruct,
            target_python_version=PythonVersion.PY_311,
            snake_case_field=True,
            use_annotated=True,
            use_standard_collections=True,
            use_union_operator=True,
            use_schema_description=True,
            use_field_description=True,
            enum_field_as_literal=LiteralType.All,
            disable_timestamp=True,
            output_datetime_class=DatetimeClassType.Datetime,
            use_exact_imports=True,
            keyword_only=True,
            formatters=[],  # no black: the writer formats every file with ruff
            custom_file_header=f'"""Structs of the {api.title} API, generated from spec/{api.id}; do not edit."""',
        )
    assert isinstance(source, str)
    # The schema document itself has no root type; dcg names it `Model: TypeAlias = Any`.
    return _known("\n".join(line for line in source.splitlines() if not line.startswith("Model: TypeAlias")) + "\n")
