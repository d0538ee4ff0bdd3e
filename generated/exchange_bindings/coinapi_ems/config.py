"""Runtime facts of the CoinAPI EMS API (servers, auth, errors, limits, retries), from spec/coinapi_ems; do not edit."""

from exchange_bindings.runtime.auth.api_key import ApiKey, Place
from exchange_bindings.runtime.config import ApiConfig, Discovery, ErrorShape, ErrorTable, RetryPolicy

CREDENTIALS = ("api_key",)
"""Keyword arguments of the clients that hold credentials."""

CONFIG = ApiConfig(
    api="coinapi_ems",
    environments={
        "managed_cloud": {
            "rest": "https://global.ems.coinapi.net",
            "ws": "wss://global.ems.coinapi.net",
            "description": "The customer's Managed Cloud deployment. The Managed Cloud REST API (the endpoints of groups accounts, exchanges, locations, endpoints and certificate) lives on its own host, https://ems-mgmt.coinapi.io; the trading REST and WebSocket hosts are per location and are discovered at run time from the Managed Cloud's GET /v1/endpoints (endpoint_url per exchange account), so a client is built from a discovered endpoint_url.",
        },
        "dev": {
            "rest": "https://ems-gateway-aws-eu-central-1-dev.coinapi.io",
            "ws": "wss://ems-gateway-aws-eu-central-1-dev.coinapi.io",
            "description": "The server of the official trading OpenAPI (listed as the Managed Cloud Sandbox in its 2022 revision). Its Managed Cloud counterpart is https://ems-mgmt-sandbox.coinapi.io (the Managed Cloud OpenAPI's server).",
        },
        "self_hosted": {
            "description": "A Self-Hosted deployment: the ems-gateway container or executable on the customer's own infrastructure, at an address only the customer knows (pass base_url). It needs no authentication, and has no Managed Cloud API."
        },
    },
    default_environment="managed_cloud",
    auth_schemes={
        "api_key": ApiKey(
            name="api_key",
            credentials=("api_key",),
            places=(Place(location="header", name="X-CoinAPI-Key"), Place(location="query", name="apikey")),
        )
    },
    errors=ErrorTable(
        code_field="reject_reason",
        message_field="message",
        statuses={
            400: "invalid_request",
            401: "authentication",
            403: "permission",
            404: "not_found",
            405: "invalid_request",
            429: "rate_limit",
            490: "unavailable",
            500: "server",
            502: "unavailable",
            503: "unavailable",
            504: "timeout",
        },
        codes={
            "OTHER": "order_rejected",
            "EXCHANGE_UNREACHABLE": "unavailable",
            "EXCHANGE_RESPONSE_TIMEOUT": "timeout",
            "ORDER_ID_NOT_FOUND": "not_found",
            "INVALID_TYPE": "invalid_request",
            "METHOD_NOT_SUPPORTED": "invalid_request",
            "JSON_ERROR": "invalid_request",
        },
        request_id_field="traceId",
        shapes=(
            ErrorShape(
                name="MessageReject", when="reject_reason", code_field="reject_reason", message_fields=("message",)
            ),
            ErrorShape(name="ValidationProblem", when="traceId", message_fields=("title", "errors")),
            ErrorShape(name="MessageError", when="message", message_fields=("message",)),
        ),
    ),
    retry=RetryPolicy(
        attempts=3,
        statuses=frozenset({429, 490, 502, 503, 504}),
        codes=frozenset({"EXCHANGE_RESPONSE_TIMEOUT", "EXCHANGE_UNREACHABLE"}),
        kinds=frozenset({"rate_limit", "timeout", "unavailable"}),
        transport_errors=True,
        duplicates="replay",
    ),
    deadline=30.0,
    hosts={
        "managed_cloud": {"management": "https://ems-mgmt.coinapi.io"},
        "dev": {"management": "https://ems-mgmt-sandbox.coinapi.io"},
    },
    unauthenticated=frozenset({"self_hosted"}),
    discovery=Discovery(operation="get_endpoints", rest="{endpoint_url}", key="exchange_id"),
)
