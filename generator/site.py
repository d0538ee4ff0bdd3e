"""The browsable API reference: an MkDocs site (Material theme, with its search) built from the Markdown
reference the package ships for each API (`<api>/REFERENCE.md`, written by generator/reference.py).

    python -m generator.site [OUT]     (default: build/site; `nox -s docs` runs it)

MkDocs and its theme are not dependencies of the generator: the `docs` session installs them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.loader import api_folders
from generator.output import GENERATED

PACKAGE = GENERATED / "exchange_bindings"
CONFIG = """site_name: exchange-bindings API reference
theme:
  name: material
  features: [navigation.sections, search.suggest, search.highlight]
plugins: [search]
nav:
  - Home: index.md
{nav}
"""


def sources(into: Path) -> dict[str, str]:
    """Write the site's Markdown pages into `into` (index and one page per API); each API's title by id."""
    titles = {}
    lines = ["# exchange-bindings API reference", "", "One page per API, from its spec (`spec/<api>/`):", ""]
    for api in (folder.name for folder in api_folders()):
        page = (PACKAGE / api / "REFERENCE.md").read_text()
        (into / f"{api}.md").write_text(page)
        titles[api] = page.splitlines()[0].removeprefix("# ").removesuffix(f" (`{api}`)")
        lines.append(f"- [{titles[api]}]({api}.md) (`{api}`)")
    (into / "index.md").write_text("\n".join(lines) + "\n")
    return titles


def build(out: Path) -> Path:
    """Build the site into `out` (replaced); the path of its index page."""
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        (root / "docs").mkdir()
        titles = sources(root / "docs")
        nav = "\n".join(f"  - {json.dumps(title)}: {api}.md" for api, title in titles.items())  # JSON is YAML
        (root / "mkdocs.yml").write_text(CONFIG.format(nav=nav))
        if out.exists():
            shutil.rmtree(out)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--quiet",
                "--strict",
                "-f",
                str(root / "mkdocs.yml"),
                "-d",
                str(out.resolve()),
            ],
            check=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
    return out / "index.html"


if __name__ == "__main__":
    index = build(Path(sys.argv[1] if len(sys.argv) > 1 else "build/site"))
    print(f"site: {index}")
