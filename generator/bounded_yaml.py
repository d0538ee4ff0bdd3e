"""A YAML loader that a hostile spec file cannot crash or exhaust.

PyYAML's composer turns aliases into shared nodes, so a document is cheap to compose even when its
expansion is huge ("billion laughs") or infinite (an anchor inside itself); the expansion happens when
the nodes are turned into plain data. This loader counts, while composing, what that expansion will
produce and refuses, at the offending node, anything past these bounds.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 2 * 2**20  # per file; the largest real spec file is ~120 KB
# Values per file, aliases expanded (real specs: < 9,000): each costs ~1 KB and ~40 µs to load, and a
# few aliases can stand for billions of them.
MAX_NODES = 100_000
# Levels of nesting with aliases expanded (real specs: 13). Composing, converting and validating a level
# each costs a few Python frames, and the recursion limit is 1,000 frames.
MAX_DEPTH = 50

_CORE = "tag:yaml.org,2002:"
MERGE = _CORE + "merge"
_SURROGATE = re.compile("[\ud800-\udfff]")


class Unreadable(Exception):
    """Why a file gives no YAML node graph, and where (1-based line and column)."""

    def __init__(self, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.line, self.col, self.message = line, col, message


def compose_file(path: Path) -> yaml.Node | None:
    """The file's node graph (aliases shared, not expanded), or Unreadable saying where and why not."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise Unreadable(1, 1, f"cannot read: {exc}") from exc
    if len(raw) > MAX_BYTES:
        raise Unreadable(1, 1, f"file is {len(raw):,} bytes; a spec file may be {MAX_BYTES:,}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8")
        raise Unreadable(
            *_position(before, len(before)), f"not UTF-8: {exc.reason} (byte {raw[exc.start]:#04x})"
        ) from exc
    try:
        return _compose(text)
    except Refused as exc:
        raise Unreadable(*_mark_position(exc.problem_mark), str(exc.problem)) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        context = (
            f"{exc.context} (line {exc.context_mark.line + 1})" if exc.context and exc.context_mark else exc.context
        )
        message = ", ".join(part for part in (context, exc.problem) if part) or str(exc)
        raise Unreadable(*_mark_position(mark), f"YAML syntax: {message}") from exc
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, e.g. NUL
        raise Unreadable(*_position(text, exc.position), f"YAML: {exc.reason}: U+{exc.character:04X}") from exc


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=FastBoundedLoader)
    except Refused:
        raise
    except yaml.YAMLError:  # libyaml's messages say less (and where): the Python parser's, for the rare bad file
        return yaml.compose(text, Loader=BoundedLoader)


def _position(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _mark_position(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


class Refused(yaml.MarkedYAMLError):
    """Well-formed YAML that a spec file may not contain."""

    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(problem=message, problem_mark=mark)


class BoundedLoader(yaml.SafeLoader):
    """SafeLoader refusing explicit tags, recursive or exploding aliases and deep nesting while composing."""

    # Plain scalars resolve to JSON types only: `2024-01-01` and `=` stay text, as the generator expects.
    yaml_implicit_resolvers: dict[Any, list[tuple[Any, Any]]] = {  # noqa: RUF012 (PyYAML's own layout)
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in (_CORE + "timestamp", _CORE + "value")]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0  # level of the node being composed, aliases expanded
        self.deepest = 0  # deepest level reached inside the node being composed
        self.nodes = 0  # nodes composed so far, aliases expanded
        self.expansion: dict[Any, tuple[int, int]] = {}  # anchor -> its node's size and height, expanded

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: Any = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent):
            self._count_alias(event)
            return super().compose_node(parent, index)
        if event.tag is not None:
            tag = event.tag.replace(_CORE, "!!")
            raise Refused(
                f"YAML tag '{tag}' is not allowed: a spec has no use for tags (quote a value meant as text)",
                event.start_mark,
            )
        if isinstance(event, yaml.ScalarEvent) and (surrogate := _SURROGATE.search(event.value)):
            # Only an escape makes one; it is not a character, so no file could hold what is generated from it.
            raise Refused(
                f"'\\u{ord(surrogate.group()):04x}' is a UTF-16 surrogate, not a character"
                " (write the character itself, or a \\U0001xxxx escape)",
                event.start_mark,
            )
        if self.depth == MAX_DEPTH:
            raise Refused(f"nesting deeper than {MAX_DEPTH} levels", event.start_mark)
        nodes, outer_deepest = self.nodes, self.deepest
        self.depth += 1
        self.deepest = self.depth
        self._count(1, event, "")
        node = super().compose_node(parent, index)
        if event.anchor is not None:
            self.expansion[event.anchor] = (self.nodes - nodes, self.deepest - self.depth)
        self.depth -= 1
        self.deepest = max(outer_deepest, self.deepest)
        return node

    def _count_alias(self, event: Any) -> None:
        if event.anchor in self.anchors and event.anchor not in self.expansion:
            raise Refused(f"alias *{event.anchor} is inside its own anchor (a recursive structure)", event.start_mark)
        size, height = self.expansion.get(event.anchor, (0, 0))  # an undefined alias is the composer's error
        self._count(size, event, f" once alias *{event.anchor} is expanded")
        if self.depth + 1 + height > MAX_DEPTH:
            raise Refused(f"alias *{event.anchor} nests deeper than {MAX_DEPTH} levels here", event.start_mark)
        self.deepest = max(self.deepest, self.depth + 1 + height)

    def _count(self, nodes: int, event: Any, how: str) -> None:
        self.nodes += nodes
        if self.nodes > MAX_NODES:
            raise Refused(f"the file holds more than {MAX_NODES:,} values{how}", event.start_mark)

    def compose_mapping_node(self, anchor: Any) -> yaml.MappingNode:
        """Merge keys (`<<`) are resolved here, once per mapping: explicit keys override merged ones,
        and of several merged mappings the first listed wins, so neither is a duplicate key."""
        node = super().compose_mapping_node(anchor)
        own = [(key, value) for key, value in node.value if key.tag != MERGE]
        merged: dict[Any, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            if key.tag != MERGE:
                continue
            for source in value.value if isinstance(value, yaml.SequenceNode) else [value]:
                if not isinstance(source, yaml.MappingNode):  # located at `<<`: an alias's node is elsewhere
                    raise Refused(
                        f"a merge key '<<' takes a mapping or a list of mappings, not a {source.id}", key.start_mark
                    )
                for item in source.value:  # already resolved: sources are composed first, here
                    merged.setdefault(_identity(item[0]), item)
        for key, _ in own:
            merged.pop(_identity(key), None)
        node.value = [*merged.values(), *own]
        return node


try:
    from yaml._yaml import CParser
except ImportError:  # a PyYAML built without libyaml: the pure-Python parser, half the speed
    FastBoundedLoader: type[BoundedLoader] = BoundedLoader
else:

    class _CBoundedLoader(CParser, BoundedLoader):
        """BoundedLoader over libyaml's scanner and parser (composes twice as fast): libyaml makes the events, the
        bounded composer above turns them into nodes (libyaml's own composer would skip the bounds)."""

        check_node = yaml.composer.Composer.check_node
        get_node = yaml.composer.Composer.get_node
        get_single_node = yaml.composer.Composer.get_single_node

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            BoundedLoader.__init__(self, stream)

    FastBoundedLoader = _CBoundedLoader


# A plain `<<` anywhere but as a key is text.
def _text(loader: BoundedLoader, node: yaml.ScalarNode) -> str:
    return str(node.value)


BoundedLoader.add_constructor(MERGE, _text)


def _identity(key: yaml.Node) -> Any:
    """What makes two mapping keys the same, as far as merging goes."""
    return key.value if isinstance(key, yaml.ScalarNode) else id(key)
