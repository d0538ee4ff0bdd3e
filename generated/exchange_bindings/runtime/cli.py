"""`python -m exchange_bindings serve <api> [--host H] [--port P] [--json] [--seed N]`."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from typing import Any


def _apis() -> list[str]:
    package = importlib.import_module("exchange_bindings")
    apis: list[str] = package.APIS
    return apis


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m exchange_bindings", description="exchange-bindings tools")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run an API's stub server (a test double that trades)")
    serve.add_argument("api", choices=_apis())
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=0, help="port (default 0: a free one)")
    serve.add_argument("--seed", type=int, default=0, help="seed of the simulated state")
    serve.add_argument("--json", action="store_true", help="print one JSON line for programs, then serve")
    serve.add_argument("--log-level", default="warning")
    args = parser.parse_args(argv)

    from .stub.serve import bind, serve_forever
    from .transports import TRANSPORTS

    module = importlib.import_module(f"exchange_bindings.{args.api}.stub")
    stub = module.create_stub(seed=args.seed)
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

    serve_forever(stub, sock, args.log_level, ready=announce)
    return 0


if __name__ == "__main__":
    sys.exit(main())
