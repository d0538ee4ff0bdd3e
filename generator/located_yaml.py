"""YAML loading that remembers where every value came from, for `file:line:col` messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Pointer = tuple[str | int, ...]


@dataclass(frozen=True)
class Location:
    file: Path
    line: int  # 1-based
    col: int  # 1-based

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True)
class Problem:
    where: Location
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class LocatedDocument:
    """Plain Python data plus the location of each value, keyed by its path in the data."""

    data: dict[str, Any]
    locations: dict[Pointer, Location] = field(default_factory=dict)
    key_locations: dict[Pointer, Location] = field(default_factory=dict)
    fallback: Location | None = None

    def at(self, pointer: Pointer, *, key: bool = False) -> Location:
        """Location of the value at `pointer` (or its key), or of its nearest located parent."""
        table = self.key_locations if key else self.locations
        for n in range(len(pointer), -1, -1):
            found = table.get(pointer[:n]) or self.locations.get(pointer[:n])
            if found is not None:
                return found
        assert self.fallback is not None
        return self.fallback


def _location(path: Path, node: yaml.Node) -> Location:
    return Location(path, node.start_mark.line + 1, node.start_mark.column + 1)


def load_located(path: Path) -> tuple[LocatedDocument | None, list[Problem]]:
    """Parse one YAML file into a LocatedDocument; syntax errors and duplicate keys are Problems."""
    problems: list[Problem] = []
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(path, mark.line + 1, mark.column + 1) if mark else Location(path, 1, 1)
        return None, [Problem(where, f"YAML syntax: {exc.problem or exc}")]
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return None, [Problem(Location(path, 1, 1), f"cannot read: {exc}")]
    doc = LocatedDocument(data={}, fallback=Location(path, 1, 1))
    if root is None:
        return doc, []
    constructor = yaml.SafeLoader("")

    def build(node: yaml.Node, pointer: Pointer) -> Any:
        doc.locations[pointer] = _location(path, node)
        if isinstance(node, yaml.MappingNode):
            constructor.flatten_mapping(node)
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = constructor.construct_object(key_node, deep=True)
                if not isinstance(key, str | int | bool):
                    problems.append(Problem(_location(path, key_node), "mapping keys must be scalars"))
                    continue
                key = str(key) if not isinstance(key, str) else key
                if key in out:
                    problems.append(Problem(_location(path, key_node), f"duplicate key '{key}'"))
                    continue
                doc.key_locations[(*pointer, key)] = _location(path, key_node)
                out[key] = build(value_node, (*pointer, key))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [build(item, (*pointer, i)) for i, item in enumerate(node.value)]
        return constructor.construct_object(node, deep=True)

    data = build(root, ())
    if not isinstance(data, dict):
        return None, [Problem(_location(path, root), "a spec file must be a mapping")]
    doc.data = data
    return doc, problems
