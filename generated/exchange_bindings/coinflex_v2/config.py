"""Runtime facts of the CoinFLEX v2 API (servers, auth, errors, limits, retries), from spec/coinflex_v2; do not edit."""

from exchange_bindings.runtime.config import ApiConfig

CREDENTIALS = ("api_key", "api_secret")
"""Keyword arguments of the clients that hold credentials."""

CONFIG = ApiConfig.from_spec(
    {
        "api": "coinflex_v2",
        "servers": {
            "default": "live",
            "environments": {
                "live": {"rest": "https://v2api.coinflex.com", "ws": "wss://v2api.coinflex.com/v2/websocket"},
                "stage": {"rest": "https://v2stgapi.coinflex.com", "ws": "wss://v2stgapi.coinflex.com/v2/websocket"},
            },
        },
        "auth": {
            "default": "hmac",
            "schemes": {
                "hmac": {
                    "type": "hmac",
                    "credentials": ["api_key", "api_secret"],
                    "secret": "api_secret",
                    "algorithm": "sha256",
                    "encoding": "base64",
                    "timestamp": "iso8601_seconds",
                    "nonce": "monotonic_ms",
                    "message": {"join": "\n", "parts": ["timestamp", "nonce", "method", "host", "path", "payload"]},
                    "headers": {
                        "AccessKey": "{api_key}",
                        "Timestamp": "{timestamp}",
                        "Signature": "{signature}",
                        "Nonce": "{nonce}",
                    },
                },
                "ws_login": {
                    "type": "hmac",
                    "credentials": ["api_key", "api_secret"],
                    "secret": "api_secret",
                    "algorithm": "sha256",
                    "encoding": "base64",
                    "timestamp": "unix_ms",
                    "nonce": "none",
                    "message": {"parts": ["timestamp", {"literal": "GET/auth/self/verify"}]},
                },
            },
            "permissions": {
                "read": "every API key (keys are read-only by default)",
                "trade": 'the key\'s "Can Trade" permission',
            },
        },
        "errors": {
            "code_field": "code",
            "message_field": "message",
            "failure_when": {"field": "success", "values": [False, "false"]},
            "statuses": {
                "400": "invalid_request",
                "401": "authentication",
                "403": "permission",
                "404": "not_found",
                "429": "rate_limit",
                "500": "server",
                "502": "unavailable",
                "503": "unavailable",
                "504": "timeout",
            },
            "codes": {
                "05001": {"kind": "permission", "message": "Your operation authority is invalid"},
                "20000": {"kind": "authentication", "message": "Signature is invalid"},
                "20001": {"kind": "server", "message": "Operation failed, please contact system administrator"},
                "20002": {
                    "kind": "invalid_request",
                    "message": "Unexpected error, please check if your request data complies with the specification.",
                },
                "20003": {"kind": "invalid_request", "message": "Unrecognized operation"},
                "20005": {"kind": "authentication", "message": "Already logged in"},
                "20006": {"kind": "invalid_request", "message": "Quantity must be greater than zero"},
                "20007": {"kind": "rate_limit", "message": "You are accessing server too rapidly"},
                "20008": {"kind": "invalid_request", "message": "clientOrderId must be greater than zero if provided"},
                "20009": {"kind": "invalid_request", "message": "JSON data format is invalid"},
                "20010": {"kind": "invalid_request", "message": "Either clientOrderId or orderId is required"},
                "20011": {"kind": "invalid_request", "message": "marketCode is required"},
                "20012": {"kind": "invalid_request", "message": "side is required"},
                "20013": {"kind": "invalid_request", "message": "orderType is required"},
                "20014": {"kind": "invalid_request", "message": "clientOrderId is not long type"},
                "20015": {"kind": "invalid_request", "message": "marketCode is invalid"},
                "20016": {"kind": "invalid_request", "message": "side is invalid"},
                "20017": {"kind": "invalid_request", "message": "orderType is invalid"},
                "20018": {"kind": "invalid_request", "message": "timeInForce is invalid"},
                "20019": {"kind": "invalid_request", "message": "orderId is invalid"},
                "20020": {"kind": "invalid_request", "message": "stopPrice or limitPrice is invalid"},
                "20021": {"kind": "invalid_request", "message": "price is invalid"},
                "20022": {"kind": "invalid_request", "message": "price is required for LIMIT order"},
                "20023": {"kind": "invalid_request", "message": "timestamp is required"},
                "20024": {"kind": "invalid_request", "message": "timestamp exceeds the threshold"},
                "20025": {"kind": "authentication", "message": "API key is invalid"},
                "20026": {"kind": "authentication", "message": "Token is invalid or expired"},
                "20027": {"kind": "invalid_request", "message": "The length of the message exceeds the maximum length"},
                "20028": {
                    "kind": "invalid_request",
                    "message": "price or stopPrice or limitPrice must be greater than zero",
                },
                "20029": {
                    "kind": "invalid_request",
                    "message": "stopPrice must be less than limitPrice for Buy Stop Order",
                },
                "20030": {
                    "kind": "invalid_request",
                    "message": "limitPrice must be less than stopPrice for Sell Stop Order",
                },
                "20031": {"kind": "unavailable", "message": "The marketCode is closed for trading temporarily"},
                "20032": {"kind": "timeout", "message": "Failed to submit due to timeout in server side"},
                "20033": {"kind": "invalid_request", "message": "triggerType is invalid"},
                "20034": {"kind": "invalid_request", "message": "The size of tag must be less than 32"},
                "300011": {
                    "kind": "order_rejected",
                    "message": "Repo market orders are not allowed during the auction window",
                },
                "300012": {
                    "kind": "order_rejected",
                    "message": "Repo bids above 0 and offers below 0 are not allowed during the auction window",
                },
                "100004": {"kind": "not_found", "message": "Order request was rejected"},
                "100005": {"kind": "not_found", "message": "Open order not found with id"},
                "100006": {"kind": "permission", "message": "Open order does not match to the given account"},
                "200050": {"kind": "unavailable", "message": "The market is not active"},
                "710002": {
                    "kind": "order_rejected",
                    "message": "FAILED sanity bound check as price (.....) < lower bound (.....)",
                },
                "710003": {
                    "kind": "order_rejected",
                    "message": "FAILED sanity bound check as price (.....) > upper bound (.....)",
                },
                "710004": {
                    "kind": "order_rejected",
                    "message": "FAILED net position check as position (.....) > threshold (.....)",
                },
                "710005": {
                    "kind": "insufficient_funds",
                    "message": "FAILED margin check as collateral (.....) < var (.....)",
                },
                "710006": {
                    "kind": "insufficient_funds",
                    "message": "FAILED balance check as balance (.....) < value (.....)",
                },
                "40032": {"kind": "invalid_request", "message": "Invalid request data", "transports": ["rest"]},
                "40035": {"kind": "not_found", "message": "Open order not found with id", "transports": ["rest"]},
                "429": {"kind": "rate_limit", "message": "Rate limit reached", "transports": ["rest"]},
                "10001": {"kind": "unavailable", "message": "General networking failure", "transports": ["rest"]},
                "30001": {"kind": "invalid_request", "message": "Missing parameter", "transports": ["rest"]},
                "40001": {"kind": "invalid_request", "message": "Alert from the server", "transports": ["rest"]},
                "50001": {"kind": "server", "message": "Unknown server error", "transports": ["rest"]},
            },
        },
        "rate_limits": {
            "buckets": {
                "rest_per_second": {"limit": 100, "per": "1s", "scope": "ip", "transport": "rest"},
                "rest_per_5_minutes": {"limit": 2500, "per": "5m", "scope": "ip", "transport": "rest"},
                "delivery_orders": {"limit": 2, "per": "10s", "scope": "account", "transport": "rest"},
                "ws_connect": {"limit": 200, "per": "1m", "scope": "ip", "transport": "connect"},
                "ws_auth_messages": {"limit": 50, "per": "1s", "scope": "connection", "transport": "ws"},
                "ws_public_messages": {"limit": 1, "per": "1s", "scope": "connection", "transport": "ws"},
                "ws_orders": {"limit": 50, "per": "1s", "scope": "account", "transport": "ws"},
            },
            "default_cost": {"rest_per_second": 1, "rest_per_5_minutes": 1},
            "retry_after": True,
        },
        "retry": {
            "deadline": "30s",
            "client_order_ids": {"duplicates": "accept"},
            "default": {
                "attempts": 3,
                "statuses": [429, 500, 502, 503, 504],
                "kinds": ["rate_limit", "unavailable"],
                "transport_errors": True,
                "backoff": {"initial": 0.25, "max": 4, "multiplier": 2, "jitter": 0.5},
                "retry_after_cap": "10s",
            },
        },
        "response": {},
    }
)
