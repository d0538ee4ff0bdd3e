"""Runtime facts of the CoinAPI EMS API (servers, auth, errors, limits, retries), from spec/coinapi_ems; do not edit."""

from exchange_bindings.runtime.config import ApiConfig

CREDENTIALS = ("api_key",)
"""Keyword arguments of the clients that hold credentials."""

CONFIG = ApiConfig.from_spec(
    {
        "api": "coinapi_ems",
        "servers": {
            "default": "managed_cloud",
            "environments": {
                "managed_cloud": {"rest": "https://global.ems.coinapi.net", "ws": "wss://global.ems.coinapi.net"},
                "dev": {"rest": "https://ems-gateway-aws-eu-central-1-dev.coinapi.io"},
            },
        },
        "auth": {
            "default": "api_key",
            "schemes": {
                "api_key": {
                    "type": "api_key",
                    "credentials": ["api_key"],
                    "in": "header",
                    "name": "X-CoinAPI-Key",
                    "alternatives": [{"in": "query", "name": "apikey"}],
                }
            },
        },
        "errors": {
            "code_field": "reject_reason",
            "message_field": "message",
            "statuses": {
                "400": "invalid_request",
                "401": "authentication",
                "403": "permission",
                "404": "not_found",
                "405": "invalid_request",
                "429": "rate_limit",
                "490": "unavailable",
                "500": "server",
                "502": "unavailable",
                "503": "unavailable",
                "504": "timeout",
            },
            "codes": {
                "OTHER": {"kind": "order_rejected", "message": "The request was rejected for another reason"},
                "EXCHANGE_UNREACHABLE": {"kind": "unavailable", "message": "Exchange is unreachable"},
                "EXCHANGE_RESPONSE_TIMEOUT": {
                    "kind": "timeout",
                    "message": "Exchange didn't respond in the defined timeout",
                },
                "ORDER_ID_NOT_FOUND": {"kind": "not_found", "message": "Order not found"},
                "INVALID_TYPE": {"kind": "invalid_request", "message": "Invalid message type"},
                "METHOD_NOT_SUPPORTED": {"kind": "invalid_request", "message": "Method not supported"},
                "JSON_ERROR": {"kind": "invalid_request", "message": "The request is not valid JSON"},
            },
        },
        "rate_limits": {},
        "retry": {
            "deadline": "30s",
            "client_order_ids": {"duplicates": "replay"},
            "default": {
                "attempts": 3,
                "statuses": [429, 490, 502, 503, 504],
                "codes": ["EXCHANGE_UNREACHABLE", "EXCHANGE_RESPONSE_TIMEOUT"],
                "kinds": ["rate_limit", "unavailable", "timeout"],
                "transport_errors": True,
                "backoff": {"initial": 0.25, "max": 4, "multiplier": 2, "jitter": 0.5},
                "retry_after_cap": "10s",
            },
        },
        "response": {},
    }
)
