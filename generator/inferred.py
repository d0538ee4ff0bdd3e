"""Every item a spec marks as inferred (`source` or `x-source` with `inferred: true`): where it is and
the model it follows, one line each, so a maintainer can replace them one by one when docs arrive.

    python -m generator.inferred perp_v1
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .loader import load_spec

SPEC = Path(__file__).resolve().parent.parent / "spec"


def inferred(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[str, str]]:
    """(dotted path of the marked item, its note), in the spec's order."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("source", "x-source") and isinstance(value, dict) and value.get("inferred"):
                yield "/".join(map(str, path)), str(value.get("note", ""))
            else:
                yield from inferred(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from inferred(value, (*path, index))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m generator.inferred <api>", file=sys.stderr)
        return 2
    items = list(inferred(load_spec(SPEC / argv[0]).data))
    for where, note in items:
        print(f"{where} -- {note}")
    print(f"{len(items)} inferred item(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
