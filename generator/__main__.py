"""`python -m generator [--check] [API ...]`: regenerate the package from spec/ (or check for drift)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from generator import fingerprint, ir, output, render, surface
from generator.loader import SPEC_DIR, SpecError, api_folders, load_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("apis", nargs="*", help="API ids to generate (default: every folder in spec/)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 listing files that would change")
    parser.add_argument(
        "--accept-breaking",
        action="store_true",
        help="write a change of the public surface that breaks callers (the version's major part goes up)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="run in full even when the inputs and generated/ are what the last run left",
    )
    args = parser.parse_args(argv)

    folders = {f.name: f for f in api_folders()}
    unknown = [a for a in args.apis if a not in folders]
    if unknown:
        print(f"unknown API {', '.join(unknown)}; spec/ has: {', '.join(folders)}", file=sys.stderr)
        return 2

    started = time.perf_counter()
    if not args.apis and not args.force and fingerprint.unchanged():
        for api_id, counts in surface.counts(output.GENERATED).items():
            print(f"{api_id}: {counts}, unchanged")
        verb = "check" if args.check else "generated"
        print(
            f"{verb}: {len(folders)} API(s), 0 file(s): inputs and generated/ are what the last full run left, "
            f"generated/ is up to date in {time.perf_counter() - started:.2f}s (--force runs in full)"
        )
        return 0
    apis, specs, problems = [], {}, []
    for folder in folders.values():  # every spec is validated, even when one is selected
        try:
            specs[folder.name] = load_spec(folder)
            apis.append(ir.build(specs[folder.name]))
        except SpecError as exc:
            problems += exc.problems
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s) in {SPEC_DIR}; nothing written", file=sys.stderr)
        return 1

    env = render.environment()
    selected = [a for a in apis if not args.apis or a.id in args.apis]
    version, before, changelog = surface.committed(output.GENERATED)
    changes = [] if args.apis or before is None else surface.diff(before, surface.of(apis))
    if changes:  # what callers will see; only a full run records it (the shared files describe every API)
        version = surface.bump(version, changes)
        print(f"surface: {len(changes)} change(s), {sum(c.breaking for c in changes)} breaking; version {version}")
        for change in changes:
            print(f"  {change}")
        if any(c.breaking for c in changes) and not args.check and not args.accept_breaking:
            print("breaking changes: nothing written (rerun with --accept-breaking to release them)", file=sys.stderr)
            return 1
    pending: list[tuple[str, Path]] = []
    summaries: list[str] = []
    structs: dict[str, int] = {}  # per API, for the package's README
    for api in selected:
        t0 = time.perf_counter()
        files = output.formatted(render.render_api(env, api)) | render.exports(specs[api.id], api, version)
        owned = [f"{render.PACKAGE}/{api.id}"]
        pending += _sync(files, owned, args.check)
        structs[api.id] = render.struct_count(files[Path(render.PACKAGE) / api.id / "models.py"])
        written = sum(1 for _, p in pending if p.parts[1:2] == (api.id,))
        summaries.append(
            f"{api.id}: {len(api.endpoints)} endpoints ({sum(e.deprecated for e in api.endpoints)} deprecated), "
            f"{structs[api.id]} structs, {written} file(s) {'to change' if args.check else 'written'}, {time.perf_counter() - t0:.2f}s"
        )
    if not args.apis:  # the shared files describe every API, so only a full run owns them
        shared = output.formatted(render.render_package(env, apis, structs, version)) | {
            Path(surface.FILE): surface.text(version, surface.of(apis)),
            Path(surface.CHANGELOG): surface.changelog(changelog, version, changes),
        }
        # Files at the package root, and whole folders below it (the runtime copy).
        owned = sorted({"/".join(p.parts[: min(len(p.parts), 2)]) for p in shared})
        pending += _sync(shared, owned, args.check)
    for line in summaries:
        print(line)
    total = f"{len(selected)} API(s), {len(pending)} file(s)"
    if args.check:
        for action, path in pending:
            print(f"  would {action}: generated/{path}")
        print(f"check: {total} out of date" if pending else f"check: {total}, generated/ is up to date")
        return 1 if pending else 0
    if not args.apis:
        fingerprint.record()
    print(f"generated: {total} changed in {time.perf_counter() - started:.2f}s")
    return 0


def _sync(files: dict[Path, str], owned: list[str], check: bool) -> list[tuple[str, Path]]:
    to_write, stale = output.changes(files, owned)
    if not check:
        output.apply(files, to_write, stale)
    return [("write", p) for p in to_write] + [("delete", p) for p in stale]


if __name__ == "__main__":
    sys.exit(main())
