"""The public surface of the generated package, and what changed in it since the committed one.

A regeneration compares the surface it would write with `generated/surface.json` (committed with the
package) and lists added, removed and changed endpoints, parameters, struct fields, enum values,
channels, commands and events, flagging what breaks callers: a removed endpoint, parameter, field or
channel, a parameter that became required (or a new required one), a narrowed enum, a changed type.
The package's version moves by semver (major for a break, minor for an addition, patch otherwise) and
`CHANGELOG.md` gains an entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.ir import ApiIR
from generator.loader import REF_PREFIX

FILE = "surface.json"
CHANGELOG = "CHANGELOG.md"
FIRST_VERSION = "0.1.0"


@dataclass(frozen=True)
class Change:
    where: str  # "<api> endpoint <name> param <name>"
    what: str  # added | removed | changed
    detail: str = ""
    breaking: bool = False

    def __str__(self) -> str:
        flag = " BREAKING" if self.breaking else ""
        return f"{self.what:<8}{self.where}{': ' + self.detail if self.detail else ''}{flag}"


def _type(schema: dict[str, Any]) -> str:
    """A schema's type as callers meet it, enums aside (they are compared as sets)."""
    if "$ref" in schema:
        return str(schema["$ref"]).removeprefix(REF_PREFIX)
    kinds = schema.get("type", "any")
    text = "|".join(kinds) if isinstance(kinds, list) else str(kinds)
    if schema.get("format"):
        text += f"({schema['format']})"
    if "items" in schema:
        text += f"[{_type(schema['items'])}]"
    for key in ("anyOf", "oneOf"):
        if key in schema:
            text += f"{key}[{', '.join(_type(s) for s in schema[key])}]"
    return text


def _field(schema: dict[str, Any], required: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"required": required, "type": _type(schema)}
    if "enum" in schema:
        out["enum"] = sorted(map(str, schema["enum"]))
    return out


def of(apis: list[ApiIR]) -> dict[str, Any]:
    """The surface of every API: what a caller can name and pass, and the types they get back."""
    return {api.id: _api(api) for api in apis}


def _api(api: ApiIR) -> dict[str, Any]:
    return {
        "endpoints": {
            ep.name: {
                "method": ep.method,
                "path": ep.path,
                "params": {p.python: _field(p.schema, p.required) for p in ep.params},
                "result": ep.response_annotation,
            }
            for ep in api.endpoints
        },
        "structs": {
            name: {
                "request": name in api.request_schemas,
                "fields": {
                    field: _field(prop, field in schema.get("required", []))
                    for field, prop in schema.get("properties", {}).items()
                },
            }
            for name, schema in sorted(api.schemas.items())
            if isinstance(schema, dict)
        },
        "channels": {
            f"{st.name}.{ch.name}": sorted(p.python for p in ch.params) for st in api.streams for ch in st.channels
        },
        "commands": {
            f"{st.name}.{c.name}": sorted(p.python for p in c.params) for st in api.streams for c in st.commands
        },
        "events": {f"{st.name}.{ev.name}": ev.message_annotation for st in api.event_streams for ev in st.events},
    }


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new`, APIs and items in order."""
    changes: list[Change] = []
    for api in sorted(old.keys() | new.keys()):
        if api not in new:
            changes.append(Change(api, "removed", "the whole API", breaking=True))
        elif api not in old:
            changes.append(Change(api, "added", "a new API"))
        else:
            changes += _api_diff(api, old[api], new[api])
    return changes


def _keys(kind: str, old: dict[str, Any], new: dict[str, Any], where: str) -> tuple[list[Change], list[str]]:
    """Added and removed items of one kind (removed ones break callers); the names both have."""
    changes = [Change(f"{where} {kind} {k}", "removed", breaking=True) for k in sorted(old.keys() - new.keys())]
    changes += [Change(f"{where} {kind} {k}", "added") for k in sorted(new.keys() - old.keys())]
    return changes, sorted(old.keys() & new.keys())


def _api_diff(api: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes, both = _keys("endpoint", old["endpoints"], new["endpoints"], api)
    for name in both:
        a, b = old["endpoints"][name], new["endpoints"][name]
        where = f"{api} endpoint {name}"
        for key in ("method", "path", "result"):
            if a[key] != b[key]:
                changes.append(Change(where, "changed", f"{key} {a[key]} -> {b[key]}", breaking=True))
        changes += _fields(where, "param", a["params"], b["params"], request=True)
    found, both = _keys("struct", old["structs"], new["structs"], api)
    changes += found
    for name in both:
        a, b = old["structs"][name], new["structs"][name]
        changes += _fields(f"{api} struct {name}", "field", a["fields"], b["fields"], request=b["request"])
    for kind in ("channels", "commands", "events"):
        found, both = _keys(kind[:-1], old[kind], new[kind], api)
        changes += found
        changes += [
            Change(f"{api} {kind[:-1]} {name}", "changed", f"{old[kind][name]} -> {new[kind][name]}", breaking=True)
            for name in both
            if old[kind][name] != new[kind][name]
        ]
    return changes


def _fields(where: str, kind: str, old: dict[str, Any], new: dict[str, Any], *, request: bool) -> list[Change]:
    """Parameters or struct fields. A caller passes parameters and request fields (a new required one
    breaks it) and reads result fields (a removed one breaks it)."""
    changes, both = _keys(kind, old, new, where)
    for name in sorted(new.keys() - old.keys()):
        if request and new[name]["required"]:
            changes = [c for c in changes if c.where != f"{where} {kind} {name}"]
            changes.append(Change(f"{where} {kind} {name}", "added", "required", breaking=True))
    for name in both:
        a, b, at = old[name], new[name], f"{where} {kind} {name}"
        if a["type"] != b["type"]:
            changes.append(Change(at, "changed", f"type {a['type']} -> {b['type']}", breaking=True))
        if a["required"] != b["required"]:
            became = "required" if b["required"] else "optional"
            # a caller must now pass it (request) or may now not get it (result)
            changes.append(Change(at, "changed", f"now {became}", breaking=b["required"] == request))
        gone = sorted(set(a.get("enum", [])) - set(b.get("enum", []))) if "enum" in b else []
        more = sorted(set(b.get("enum", [])) - set(a.get("enum", []))) if "enum" in a else []
        if gone:  # a narrowed enum refuses what callers send; result enums are open in the structs anyway
            changes.append(Change(at, "changed", f"enum values removed: {', '.join(gone)}", breaking=request))
        if more:
            changes.append(Change(at, "changed", f"enum values added: {', '.join(more)}"))
        if "enum" in a and "enum" not in b:
            changes.append(Change(at, "changed", "enum lifted"))
    return changes


def bump(version: str, changes: list[Change]) -> str:
    """The next version: major for a break, minor for an addition, patch for any other change."""
    if not changes:
        return version
    major, minor, patch = (int(part) for part in version.split("."))
    if any(c.breaking for c in changes):
        return f"{major + 1}.0.0"
    if any(c.what == "added" for c in changes):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def committed(generated: Path) -> tuple[str, dict[str, Any] | None, str]:
    """The committed surface's version and APIs (None before the first), and the changelog so far."""
    path, log = generated / FILE, generated / CHANGELOG
    previous = log.read_text(encoding="utf-8") if log.is_file() else ""
    if not path.is_file():
        return FIRST_VERSION, None, previous
    data = json.loads(path.read_text(encoding="utf-8"))
    return str(data["version"]), data["apis"], previous


def counts(generated: Path) -> dict[str, str]:
    """Per API, what its committed surface holds, in words (the summary of a run that changed nothing); its
    structs are left out: the surface counts the streams' too, the full run's summary the models' alone."""
    _, apis, _ = committed(generated)
    return {
        api: ", ".join(f"{len(members)} {kind}" for kind, members in sorted(parts.items()) if kind != "structs")
        for api, parts in sorted((apis or {}).items())
    }


def text(version: str, surface: dict[str, Any]) -> str:
    return json.dumps({"version": version, "apis": surface}, indent=1, sort_keys=True) + "\n"


def changelog(previous: str, version: str, changes: list[Change]) -> str:
    """CHANGELOG.md with an entry for `version` on top (unchanged when nothing changed)."""
    head = "# Changelog of the generated package\n\nEach regeneration that changes the public surface adds an entry.\n"
    body = previous.removeprefix(head).lstrip("\n") if previous else ""
    if not changes:
        return previous or head
    lines = [f"## {version}", ""]
    lines += [f"- {c}" for c in changes if c.breaking] + [f"- {c}" for c in changes if not c.breaking]
    return head + "\n" + "\n".join(lines) + "\n" + ("\n" + body if body else "")
