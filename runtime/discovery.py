"""Clients of servers found at run time: an item of the spec's discovery operation (e.g. an endpoint of
the deployment's management API) names a server, and a client is built for it (`Client.from_endpoint`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

from . import environ
from .config import ApiConfig
from .lookup import fill


def discovered(config: ApiConfig, item: Any, options: Mapping[str, Any]) -> dict[str, Any]:
    """The constructor's arguments for the server `item` describes: its REST URL as the base URL, the
    named servers (e.g. the management host) still the environment's unless `options` gives them."""
    if config.discovery is None:
        raise TypeError(f"{config.api}: the spec names no discovery of servers")
    if "base_url" in options:
        raise TypeError("from_endpoint takes its base_url from the endpoint: pass no base_url")
    url = fill(config.discovery.rest, msgspec.to_builtins(item))
    if not isinstance(url, str) or "://" not in url:
        raise ValueError(f"{config.api}: the endpoint gives no server URL ({config.discovery.rest} is {url!r})")
    environment = environ.environment(config.api, options.get("environment"))
    own = config.hosts.get(environment or config.default_environment, {})
    return {**options, "base_url": url, "hosts": {**own, **(options.get("hosts") or {})}}
