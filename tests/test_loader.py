"""The loader reports every spec problem as file:line:col, all in one run, with exit 1 and no output."""

from __future__ import annotations

import re
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.loader import SpecError, load_spec

VALID = """\
api:
  id: demo
  title: Demo
  docs: https://example.invalid/docs
servers:
  default: live
  environments:
    live: {rest: "https://api.example.invalid"}
auth:
  default: hmac
  schemes:
    hmac:
      type: hmac
      credentials: [api_key, api_secret]
      secret: api_secret
      algorithm: sha256
      encoding: hex
      timestamp: unix_ms
      message: {parts: [method, path_query, body, timestamp]}
      headers: {X-KEY: "{api_key}", X-SIGN: "{signature}", X-TS: "{timestamp}"}
  permissions: {read: any key}
rate_limits:
  buckets:
    ip: {limit: 10, per: 1s, scope: ip}
  default_cost: {ip: 1}
endpoints:
  get_thing:
    method: GET
    path: /things/{id}
    summary: One thing.
    auth: required
    permission: read
    params:
      - {name: id, in: path, required: true, schema: {type: string}}
      - {name: limit, in: query, schema: {type: integer, maximum: 100}}
    response: {$ref: "#/schemas/Thing"}
    examples:
      - params: {id: a, limit: 5}
        response: {id: a, price: "1.5"}
schemas:
  Thing:
    type: object
    required: [id]
    properties:
      id: {type: string}
      price: {type: string, format: decimal}
"""


def write(tmp_path: Path, text: str, name: str = "api.yaml", folder: str = "demo") -> Path:
    spec = tmp_path / folder
    spec.mkdir(exist_ok=True)
    (spec / name).write_text(text)
    return spec


def problems(folder: Path) -> list[str]:
    with pytest.raises(SpecError) as caught:
        load_spec(folder)
    return [str(p) for p in caught.value.problems]


def line_of(text: str, needle: str, nth: int = 0) -> int:
    lines = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    return lines[nth]


def test_valid_spec_loads(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, VALID))
    assert list(spec.data["endpoints"]) == ["get_thing"]


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        (
            'response: {$ref: "#/schemas/Thing"}',
            'response: {$ref: "#/schemas/Missing"}',
            "#/schemas/Missing",
            "dangling $ref '#/schemas/Missing'",
        ),
        ("    auth: required", "    auth: oauth", "auth: oauth", "unknown auth scheme 'oauth'"),
        (
            "  permissions: {read: any key}",
            "  alternatives: {hmac: [session]}\n  permissions: {read: any key}",
            "alternatives",
            "unknown auth scheme 'session'",
        ),
        ("  default_cost: {ip: 1}", "  default_cost: {ipx: 1}", "default_cost", "unknown rate-limit bucket 'ipx'"),
        (
            "    path: /things/{id}",
            "    path: /things/{id}/{sub}",
            "path: /things",
            "path parameter '{sub}' is not declared",
        ),
        (
            "      - {name: id, in: path, required: true, schema: {type: string}}",
            "      - {name: id, in: query, required: true, schema: {type: string}}",
            "path: /things",
            "path parameter '{id}' is not declared",
        ),
        ("    permission: read", "    permission: admin", "permission: admin", "unknown permission 'admin'"),
        ("    method: GET", "    method: FETCH", "method: FETCH", "'FETCH' is not one of"),
        ("    summary: One thing.", "    summary: One thing.\n    colour: red", "colour: red", "unknown key 'colour'"),
        (
            "      - params: {id: a, limit: 5}",
            "      - params: {id: a, limit: 500}",
            "limit: 500",
            "example does not match its schema",
        ),
        (
            '        response: {id: a, price: "1.5"}',
            '        response: {id: a, price: "1.5", extra: 1}',
            "extra: 1",
            "Additional properties are not allowed",
        ),
        (
            "      secret: api_secret",
            "      secret: password",
            "secret: password",
            "secret 'password' is not one of the credentials",
        ),
        ("  default: live", "  default: prod", "default: prod", "default environment 'prod'"),
        ("    summary: One thing.", "    summary: One thing.\n    server: admin", "server: admin", "server 'admin'"),
        (
            '    live: {rest: "https://api.example.invalid"}',
            "    live: {rest: null, auth: none}",
            "default: live",
            "the default environment needs a rest URL",
        ),
        (
            "  default: live\n",
            "  default: live\n  discovery: {operation: get_things, rest: '{url}'}\n",
            "get_things",
            "unknown operation 'get_things'",
        ),
        ("  id: demo", "  id: other", "id: other", "must equal the folder name"),
        (
            "      - {name: limit, in: query",
            "      - {name: id, in: query",
            "name: id, in: query",
            "parameter 'id' is declared twice",
        ),
        ("      - {name: limit, in: query", "      - {name: timeout, in: query", "name: timeout", "reserved"),
        (
            "      - {name: limit, in: query, schema: {type: integer, maximum: 100}}",
            "      - {name: limit, in: query, schema: {type: integer, maximum: 100}, client_sign: {by: side, negative_when: sell}}",
            "client_sign",
            "'side' is not an optional in: client parameter",
        ),
        (
            "      - {name: limit, in: query, schema: {type: integer, maximum: 100}}",
            "      - {name: limit, in: query, schema: {type: integer, maximum: 100}, client_sign: {by: side, negative_when: short}}\n"
            "      - {name: side, in: client, schema: {type: string, enum: [buy, sell]}}",
            "client_sign",
            "'short' is not a value of 'side'",
        ),
        (
            "      price: {type: string, format: decimal}",
            "      price: {anyOf: [{$ref: '#/schemas/Thing'}, {type: object}]}",
            "anyOf",
            "2 object alternatives",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and " " not in v else None,
)
def test_problem_is_located(tmp_path: Path, old: str, new: str, needle: str, message: str) -> None:
    assert old in VALID
    text = VALID.replace(old, new, 1)
    found = problems(write(tmp_path, text))
    expected = f"{tmp_path / 'demo' / 'api.yaml'}:{line_of(text, needle)}:"
    assert any(p.startswith(expected) and message in p for p in found), found


def test_duplicate_key_and_operation_across_files(tmp_path: Path) -> None:
    folder = write(tmp_path, VALID)
    extra = "endpoints:\n  get_thing:\n    method: GET\n    path: /other\n    summary: Again.\n    response: {type: object}\n"
    (folder / "more.yaml").write_text(extra)
    found = problems(folder)
    assert any(p.startswith(f"{folder / 'more.yaml'}:2:3:") and "duplicate endpoint 'get_thing'" in p for p in found), (
        found
    )
    (folder / "more.yaml").write_text("schemas:\n  A: {type: object}\n  A: {type: string}\n")
    found = problems(folder)
    assert any(p.startswith(f"{folder / 'more.yaml'}:3:3:") and "duplicate key 'A'" in p for p in found), found


def test_yaml_syntax_error_is_located(tmp_path: Path) -> None:
    folder = write(tmp_path, VALID + "schemas2: [unclosed\n")
    found = problems(folder)
    assert len(found) == 1 and re.match(rf"{re.escape(str(folder / 'api.yaml'))}:\d+:\d+: YAML syntax", found[0])


def test_every_problem_reported_in_one_run(tmp_path: Path) -> None:
    text = VALID.replace("    auth: required", "    auth: oauth").replace(
        "    permission: read", "    permission: admin"
    )
    found = problems(write(tmp_path, text))
    assert len(found) == 2, found


def run_python(code: str, *args: str, memory_limit: int = 0) -> subprocess.CompletedProcess[str]:
    """`python -c code args` from the repository root; capping its address space makes a runaway fail fast."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        preexec_fn=cap if memory_limit else None,
    )


def run_cli(spec_root: Path, out: Path, *apis: str, memory_limit: int = 0) -> subprocess.CompletedProcess[str]:
    """`python -m generator` over `spec_root`, writing to `out`."""
    code = (
        "import sys, generator.loader as L, generator.__main__ as M, generator.output as O;"
        f"L.SPEC_DIR = __import__('pathlib').Path({str(spec_root)!r});"
        f"O.GENERATED = __import__('pathlib').Path({str(out)!r});"
        f"M.api_folders = lambda: L.api_folders(L.SPEC_DIR); sys.exit(M.main({list(apis)!r}))"
    )
    return run_python(code, memory_limit=memory_limit)


def test_cli_exit_status_and_no_traceback(tmp_path: Path) -> None:
    """`python -m generator` on a bad spec: exit 1, every problem listed, nothing written."""
    spec_root = tmp_path / "spec"
    spec_root.mkdir()
    write(
        spec_root,
        VALID.replace("    auth: required", "    auth: oauth").replace("    permission: read", "    permission: admin"),
    )
    result = run_cli(spec_root, tmp_path / "out")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("api.yaml:") == 2, result.stderr
    assert not (tmp_path / "out").exists()


def test_envelope_examples_are_whole_bodies(tmp_path: Path) -> None:
    """With a response envelope, an endpoint's schema is the data and its examples are whole bodies."""
    envelope = (
        "response:\n  envelope:\n    data: data\n    required: [code]\n    fields:\n      code: {type: integer}\n"
    )
    text = (
        VALID.replace(
            '        response: {id: a, price: "1.5"}', '        response: {code: 0, data: {id: a, price: "1.5"}}'
        )
        + envelope
    )
    assert load_spec(write(tmp_path, text))
    bare = (VALID + envelope).replace("  id: demo", "  id: other")  # the example lacks the envelope
    found = problems(write(tmp_path, bare, folder="other"))
    assert any("example does not match its schema" in p for p in found), found


def test_stub_wallets_must_be_declared(tmp_path: Path) -> None:
    """A market settling in, or an account holding funds in, a wallet the stub does not declare is located."""
    text = (
        VALID
        + """stub:
  wallets: [spot, futures]
  markets:
    - {symbol: A-B, base: A, quote: B, kind: perpetual, wallet: options}
  accounts:
    - id: "1"
      credentials: {api_key: k, api_secret: s}
      balances: {B: "1"}
      wallets: {margin: {B: "1"}}
"""
    )
    found = problems(write(tmp_path, text))
    where = f"{tmp_path / 'demo' / 'api.yaml'}"
    assert any(p.startswith(f"{where}:{line_of(text, 'wallet: options')}:") and "'options'" in p for p in found), found
    assert any(p.startswith(f"{where}:{line_of(text, 'wallets: {margin')}:") and "'margin'" in p for p in found), found


def test_a_stream_command_answered_by_a_missing_endpoint_is_located(tmp_path: Path) -> None:
    """A command's `stub.endpoint` names an endpoint with a stub mapping (the REST mapping it runs)."""
    from conftest import SPECS

    api, where = next(
        (api, spec.at("streams", s, "commands", c, "stub", "endpoint"))
        for api, spec in SPECS.items()
        for s, stream in spec.data.get("streams", {}).items()
        for c, command in stream.get("commands", {}).items()
        if "endpoint" in command.get("stub", {})
    )
    folder = tmp_path / api
    shutil.copytree(Path(where.file).parent, folder)
    changed = folder / Path(where.file).name
    lines = changed.read_text().splitlines(keepends=True)
    lines[where.line - 1] = re.sub(r"endpoint: \w+", "endpoint: nowhere_at_all", lines[where.line - 1])
    changed.write_text("".join(lines))
    found = problems(folder)
    assert any(p.startswith(f"{changed}:{where.line}:") and "'nowhere_at_all'" in p for p in found), found
