"""`python -m exchange_bindings`: `serve <api>` runs a stub server, `endpoints <api>` lists an API's
endpoints, `--version` says which version is installed."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from typing import Any


def _apis() -> list[str]:
    package = importlib.import_module("exchange_bindings")
    apis: list[str] = package.APIS
    return apis


def _endpoints(api: str, group: str | None) -> int:
    """A table of the API's endpoints, by group; 2 when the group has none."""
    operations = importlib.import_module(f"exchange_bindings.{api}.operations").OPERATIONS.values()
    rows = sorted(
        (
            op.group,
            op.name,
            op.method,
            op.path,
            "-" if op.auth is None else op.auth + (" deprecated" if op.deprecated else ""),
        )
        for op in operations
        if group is None or op.group == group
    )
    if not rows:
        print(f"no endpoints in group {group!r}", file=sys.stderr)
        return 2
    header = ("group", "name", "method", "path", "auth")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    print(f"{len(rows)} endpoints")
    return 0


def main(argv: list[str] | None = None) -> int:
    package = importlib.import_module("exchange_bindings")
    parser = argparse.ArgumentParser(prog="python -m exchange_bindings", description="exchange-bindings tools")
    parser.add_argument("--version", action="version", version=f"exchange-bindings {package.__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("endpoints", help="list an API's endpoints (group, name, method, path, auth)")
    listing.add_argument("api", choices=_apis(), metavar="api", help=f"the API: {', '.join(_apis())}")
    listing.add_argument("--group", help="only the endpoints of this group")
    serve = commands.add_parser("serve", help="run an API's stub server (a test double that trades)")
    serve.add_argument("api", choices=_apis(), metavar="api", help=f"the API whose stub to serve: {', '.join(_apis())}")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=0, help="port (default 0: a free one)")
    serve.add_argument("--seed", type=int, default=0, help="seed of the simulated state")
    serve.add_argument("--json", action="store_true", help="print one JSON line for programs, then serve")
    serve.add_argument(
        "--environment",
        help="the spec's environment the stub acts as (one without auth, e.g. a self-hosted one, needs no key)",
    )
    serve.add_argument(
        "--log-level",
        default="warning",
        choices=["critical", "error", "warning", "info", "debug"],
        help="the server's log level (default warning); debug logs each request in one line",
    )
    args = parser.parse_args(argv)
    if args.command == "endpoints":
        return _endpoints(args.api, args.group)

    from .stub.serve import bind, serve_forever
    from .transports import TRANSPORTS

    module = importlib.import_module(f"exchange_bindings.{args.api}.stub")
    try:
        stub = module.create_stub(seed=args.seed, environment=args.environment)
    except ValueError as exc:
        parser.error(str(exc))
    sock = bind(args.host, args.port)
    host, port = sock.getsockname()[:2]
    shown_host = f"[{host}]" if ":" in host else host
    streams = {  # each stream's URL, in its transport's scheme (ws://, or http:// for SSE)
        name: f"{TRANSPORTS[stub.stream_transport(name)].scheme}://{shown_host}:{port}{path}"
        for name, path in stub.stream_paths().items()
    }
    info: dict[str, Any] = {
        "api": args.api,
        "rest": f"http://{shown_host}:{port}",
        "ws": next((url for url in streams.values() if url.startswith("ws:")), None),
        "streams": streams,
        "credentials": stub.credentials,
    }

    def announce() -> None:
        if args.json:
            print(json.dumps(info), flush=True)
            return
        print(f"{args.api} stub server (seed {args.seed})")
        print(f"  REST:        {info['rest']}")
        for name, url in info["streams"].items() or [("", "none (this API has no stream)")]:
            print(f"  {'SSE:' if url.startswith('http') else 'WebSocket:':<12} {url}{f' ({name})' if name else ''}")
        print(f"  control:     {info['rest']}/__stub__/ (reset, faults, requests, accounts, orders, state)")
        for name, value in info["credentials"].items():
            print(f"  {name + ':':<12} {value}")
        print("Ctrl-C stops it.", flush=True)

    requests = logging.StreamHandler()  # the stub's own log: with --log-level debug, a line per request
    requests.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    logging.getLogger("exchange_bindings.stub").addHandler(requests)
    logging.getLogger("exchange_bindings.stub").setLevel(args.log_level.upper())
    serve_forever(stub, sock, args.log_level, ready=announce)
    return 0


if __name__ == "__main__":
    sys.exit(main())
