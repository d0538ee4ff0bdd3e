"""Every item a spec marks as inferred (`source` or `x-source` with `inferred: true`): where it is and
the model it follows, one line each, so a maintainer can replace them one by one when docs arrive.

    python -m generator.inferred [API...]     (default: every API in spec/)
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
    names = argv or sorted(p.name for p in SPEC.iterdir() if p.is_dir())
    count = 0
    for name in names:
        for where, note in inferred(load_spec(SPEC / name).data):
            print(f"{name}: {where} -- {note}" if len(names) > 1 else f"{where} -- {note}")
            count += 1
    print(f"{count} inferred item(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
