"""YAML loading that remembers where every value came from, for `file:line:col` messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.bounded_yaml import BoundedLoader, Unreadable, compose_file

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
    """Parse one YAML file into a LocatedDocument; every flaw is a located Problem, never an exception."""
    try:
        root = compose_file(path)
    except Unreadable as exc:
        return None, [Problem(Location(path, exc.line, exc.col), exc.message)]
    problems: list[Problem] = []
    doc = LocatedDocument(data={}, fallback=Location(path, 1, 1))
    if root is None:
        return doc, []
    constructor = BoundedLoader("")

    def build(node: yaml.Node, pointer: Pointer) -> Any:
        # The composer bounded the depth (so this recursion) and the expansion of aliases (so its work).
        doc.locations[pointer] = _location(path, node)
        if isinstance(node, yaml.MappingNode):
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
                if not isinstance(key, str | int | bool):
                    problems.append(Problem(_location(path, key_node), "mapping keys must be strings or integers"))
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
        return scalar(node)

    def scalar(node: yaml.Node) -> Any:
        try:
            return constructor.construct_object(node)
        except (ValueError, yaml.YAMLError) as exc:  # e.g. an integer of more digits than Python converts
            problems.append(Problem(_location(path, node), f"cannot read value: {exc}"))
            return None

    data = build(root, ())
    if not isinstance(data, dict):
        return None, [Problem(_location(path, root), "a spec file must be a mapping")]
    doc.data = data
    return doc, problems
