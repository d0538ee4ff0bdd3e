"""A hostile spec file gives `file:line:col: message` problems, never a traceback, in bounded time and memory."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_loader import VALID, problems, run_cli, run_python, write

from generator.bounded_yaml import MAX_BYTES, MAX_DEPTH, MAX_NODES
from generator.loader import load_spec
from generator.located_yaml import load_located

TAG_REFUSED = "is not allowed: a spec has no use for tags"
TOO_MANY = f"more than {MAX_NODES:,} values"


def alias_bomb(leaves: int) -> str:
    """Ten aliases per level: a handful of lines that expand to `leaves` scalars ("billion laughs")."""
    levels = len(str(leaves)) - 1
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


# name -> (file content, line, column, what the message says); line 0 = any line (the bombs, below).
REFUSED: dict[str, tuple[str | bytes, int, int, str]] = {
    "recursive_anchor": ("a: &a [*a]\n", 1, 8, "alias *a is inside its own anchor"),
    "recursive_mapping": ("a: &a {b: {c: *a}}\n", 1, 15, "alias *a is inside its own anchor"),
    "deep_flow_10000": ("k: " + "[" * 10_000 + "]" * 10_000 + "\n", 1, 3 + MAX_DEPTH, f"deeper than {MAX_DEPTH}"),
    "deep_block": ("".join(" " * i + "a:\n" for i in range(1000)), MAX_DEPTH, MAX_DEPTH, f"deeper than {MAX_DEPTH}"),
    "deep_through_alias": (
        f"a: &a {'[' * 40}{']' * 40}\nb: {'[' * 20}*a{']' * 20}\n",
        2,
        24,
        f"alias *a nests deeper than {MAX_DEPTH}",
    ),
    "tag_int_abc": ("k: !!int 'abc'\n", 1, 4, f"'!!int' {TAG_REFUSED}"),
    "tag_bad_timestamp": ("k: !!timestamp 'not a time'\n", 1, 4, f"'!!timestamp' {TAG_REFUSED}"),
    "tag_python_name": ("k: !!python/name:os.system ''\n", 1, 4, f"'!!python/name:os.system' {TAG_REFUSED}"),
    "tag_harmless_str": ("a: 1\nk: !!str text\n", 2, 4, f"'!!str' {TAG_REFUSED}"),
    "tag_non_specific": ("k: ! text\n", 1, 4, f"'!' {TAG_REFUSED}"),
    "tag_on_mapping": ("k:\n  x: !!map {a: 1}\n", 2, 6, f"'!!map' {TAG_REFUSED}"),
    "tag_on_sequence": ("k: !!seq [1]\n", 1, 4, f"'!!seq' {TAG_REFUSED}"),
    "tag_local_on_mapping": ("k: !thing\n  a: 1\n", 1, 4, f"'!thing' {TAG_REFUSED}"),
    "merge_scalar": ("k: {<<: 5}\n", 1, 5, "a merge key '<<' takes a mapping or a list of mappings, not a scalar"),
    "merge_list_with_scalar": ("a: &a {x: 1}\nk:\n  <<: [*a, 5]\n", 3, 3, "merge key '<<' takes a mapping"),
    "merge_alias_of_scalar": ("a: &a text\nk: {<<: *a}\n", 2, 5, "merge key '<<' takes a mapping"),
    "too_many_values": (
        "".join(f"k{i}: [1, 2, 3, 4, 5, 6, 7, 8]\n" for i in range(MAX_NODES // 10 + 1)),
        MAX_NODES // 10,
        30,
        TOO_MANY,
    ),
    "alias_bomb_10e6": (alias_bomb(10**6), 0, 0, f"{TOO_MANY} once alias *a"),
    "alias_bomb_10e7": (alias_bomb(10**7), 0, 0, f"{TOO_MANY} once alias *a"),
    "huge_file": ("k: " + "x" * MAX_BYTES + "\n", 1, 1, f"a spec file may be {MAX_BYTES:,}"),
    "duplicate_key": ("x-a: 1\nx-b: 2\nx-a: 3\n", 3, 1, "duplicate key 'x-a'"),
    "key_sequence": ("? [1, 2]\n: x\n", 1, 3, "mapping keys must be strings or integers"),
    "key_mapping": ("{a: 1}: x\n", 1, 1, "mapping keys must be strings or integers"),
    "key_float": ("x-a: 1\n1.5: x\n", 2, 1, "mapping keys must be strings or integers"),
    "key_null": ("~: x\n", 1, 1, "mapping keys must be strings or integers"),
    "int_too_long": ("x-k: 1" + "0" * 5000 + "\n", 1, 6, "cannot read value"),
    "surrogate_escape": ('x-a: 1\nk: "\\ud83d\\ude00"\n', 2, 4, "'\\ud83d' is a UTF-16 surrogate, not a character"),
    "invalid_utf8": (b"a: 1\nk: caf\xc3\xa9 \xff\n", 2, 9, "not UTF-8"),
    "nul_byte": ("a: 1\nk: a\x00b\n", 2, 5, "U+0000"),
    "two_documents": ("a: 1\n---\nb: 2\n", 2, 1, "expected a single document"),
    "list_not_mapping": ("- a\n- b\n", 1, 1, "a spec file must be a mapping"),
    "null_document": ("~\n", 1, 1, "a spec file must be a mapping"),
    "undefined_alias": ("k: *nope\n", 1, 4, "undefined alias 'nope'"),
    "duplicate_anchor": ("a: &x 1\nb: &x 2\n", 2, 4, "duplicate anchor 'x'"),
}
BOMBS = [name for name, case in REFUSED.items() if case[1] == 0]


def write_case(spec_root: Path, name: str) -> Path:
    """The case's content as the only file of an API folder named after it."""
    content = REFUSED[name][0]
    folder = spec_root / name
    folder.mkdir(parents=True)
    path = folder / "api.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def expected(path: Path, name: str) -> re.Pattern[str]:
    _, line, col, message = REFUSED[name]
    where = f"{line}:{col}" if line else r"\d+:\d+"
    return re.compile(rf"{re.escape(str(path))}:{where}: .*{re.escape(message)}")


@pytest.mark.parametrize("name", [n for n in REFUSED if n not in BOMBS])
def test_hostile_input_is_one_located_problem(tmp_path: Path, name: str) -> None:
    path = write_case(tmp_path, name)
    found = problems(path.parent)
    assert len(found) == 1 and expected(path, name).match(found[0]), found


MEASURE = """
import json, sys, time, tracemalloc
from pathlib import Path
from generator.located_yaml import load_located
tracemalloc.start()
started = time.perf_counter()
doc, problems = load_located(Path(sys.argv[1]))
seconds = time.perf_counter() - started
print(json.dumps({"problems": [str(p) for p in problems], "peak": tracemalloc.get_traced_memory()[1], "s": seconds}))
"""


@pytest.mark.parametrize("name", BOMBS)
def test_alias_bomb_is_refused_before_expansion(tmp_path: Path, name: str) -> None:
    """Refused while composing, at the alias that passes the budget: the expansion never happens, so the
    peak memory stays that of the small file (expanding 10^6 leaves took ~300 MB, 10^7 ran out of memory).
    Run in a child whose address space is capped, so that a regression fails instead of exhausting the host."""
    path = write_case(tmp_path, name)
    child = run_python(MEASURE, str(path), memory_limit=1 << 30)
    assert child.returncode == 0, child.stderr[-2000:]
    measured = json.loads(child.stdout)
    print(f"{name}: refused in {measured['s']:.3f} s, peak {measured['peak'] / 1e3:.0f} kB traced")
    assert len(measured["problems"]) == 1 and expected(path, name).match(measured["problems"][0]), measured
    last_line = len(REFUSED[name][0].splitlines())
    assert int(measured["problems"][0].split(":")[1]) < last_line  # long before the biggest aliases
    assert measured["peak"] < 20e6


def test_cli_lists_every_hostile_input_and_writes_nothing(tmp_path: Path) -> None:
    """`python -m generator` over all of them: exit 1, each problem printed where it is, no traceback."""
    spec_root = tmp_path / "spec"
    paths = {name: write_case(spec_root, name) for name in REFUSED}
    result = run_cli(spec_root, tmp_path / "out", memory_limit=2 << 30)
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    for name, path in paths.items():
        assert any(expected(path, name).match(line) for line in lines), (name, result.stderr[-3000:])
    assert f"{len(REFUSED)} problem(s)" in result.stderr
    assert not (tmp_path / "out").exists()


def test_depth_limit_is_exact(tmp_path: Path) -> None:
    """MAX_DEPTH levels load; one more is refused (the root mapping is level 1, `k`'s value level 2)."""
    at_limit = tmp_path / "at.yaml"
    at_limit.write_text("k: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n")
    doc, found = load_located(at_limit)
    assert doc is not None and not found, found
    past = tmp_path / "past.yaml"
    past.write_text("k: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n")
    assert [str(p) for p in load_located(past)[1]] == [
        f"{past}:1:{3 + MAX_DEPTH}: nesting deeper than {MAX_DEPTH} levels"
    ]


def test_spec_nested_to_the_limit_generates(tmp_path: Path) -> None:
    """The depth limit is low enough for the whole pipeline (validation, IR, rendering, formatting) to
    handle a spec nested that deep in each free-form place, without reaching Python's recursion limit."""

    def nest(levels: int) -> str:
        return "[" * (levels - 1) + "1" + "]" * (levels - 1)

    schema = "{type: string}"
    for _ in range((MAX_DEPTH - 5) // 2):  # schemas(2) Thing(3) properties(4) deep(5), two levels per object
        schema = "{type: object, properties: {a: " + schema + "}}"
    price = "      price: {type: string, format: decimal}\n"
    text = VALID.replace(
        price, price + f"      deep: {schema}\n      fixed: {{const: {nest(MAX_DEPTH - 6)}}}\n"
    ).replace("    examples:\n", f"    stub: {{action: example, respond: {nest(MAX_DEPTH - 5)}}}\n    examples:\n")
    text += f"x-deep: {nest(MAX_DEPTH - 1)}\n"
    (tmp_path / "spec").mkdir()
    write(tmp_path / "spec", text)
    result = run_cli(tmp_path / "spec", tmp_path / "out", "demo")
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "out" / "exchange_bindings" / "demo" / "models.py").is_file()


MERGES = """\
x-base: &base {a: 1, b: 2}
x-other: &other {b: 3, c: 4}
x-merged:
  <<: [*base, *other]
  a: 0
"""


def test_harmless_inputs_are_accepted(tmp_path: Path) -> None:
    """A BOM, an empty or comment-only file, a large scalar, date-like, `=` and `<<` values (text, as the
    spec is JSON data), and merge keys (explicit keys override merged ones; the first merged mapping wins)."""
    folder = write(tmp_path, "\ufeff" + VALID)
    (folder / "empty.yaml").write_text("")
    (folder / "comments.yaml").write_text("# nothing yet\n")
    big = "y" * (MAX_BYTES // 2)
    (folder / "more.yaml").write_text(
        f'x-big: "{big}"\nx-date: 2001-13-45\nx-day: 2024-01-01\nx-eq: =\nx-lt: <<\n' + MERGES
    )
    data = load_spec(folder).data
    assert data["x-big"] == big
    assert (data["x-date"], data["x-day"], data["x-eq"], data["x-lt"]) == ("2001-13-45", "2024-01-01", "=", "<<")
    assert data["x-merged"] == {"a": 0, "b": 2, "c": 4}


def test_bom_does_not_shift_columns(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_text("\ufeffk: !!int 1\n", encoding="utf-8")
    assert str(load_located(path)[1][0]).startswith(f"{path}:1:4: ")
