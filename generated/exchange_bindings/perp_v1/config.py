"""Runtime facts of the Perp v1 API (servers, auth, errors, limits, retries), from spec/perp_v1; do not edit."""

from exchange_bindings.runtime.config import ApiConfig

CREDENTIALS = ("api_key", "api_secret", "username", "password")
"""Keyword arguments of the clients that hold credentials."""

CONFIG = ApiConfig.from_spec(
    {
        "api": "perp_v1",
        "servers": {
            "default": "live",
            "environments": {
                "live": {
                    "rest": "https://api.perp-v1.invalid",
                    "ws": "wss://stream.perp-v1.invalid",
                    "streams": {"user_data": "wss://stream.perp-v1.invalid"},
                }
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
                    "encoding": "hex",
                    "timestamp": "unix_ms",
                    "nonce": "none",
                    "window": "5s",
                    "message": {"parts": ["timestamp", "method", "path_query", "body"]},
                    "headers": {
                        "ACCESS-KEY": "{api_key}",
                        "ACCESS-SIGN": "{signature}",
                        "ACCESS-TIMESTAMP": "{timestamp}",
                    },
                },
                "session": {
                    "type": "jwt_session",
                    "credentials": ["username", "password"],
                    "login": {"operation": "login", "args": {"username": "{username}", "password": "{password}"}},
                    "refresh": {"operation": "refresh_token"},
                    "logout": {"operation": "logout"},
                    "token": "accessToken",
                    "expires_in": "expiresIn",
                    "refresh_cookie": "refreshToken",
                    "header": "Authorization",
                    "prefix": "Bearer ",
                    "refresh_before": "60s",
                    "lifetime": "15m",
                    "refresh_lifetime": "7d",
                    "answer_fields": {"tokenType": "Bearer"},
                    "logout_cookie": True,
                },
            },
            "alternatives": {"hmac": ["session"]},
            "permissions": {
                "read": "the seed's Read: an API key's read permission (every key has it), or a JWT session",
                "trade": "the seed's trade permission (order and position endpoints): an API key with TRADE, or a JWT session",
                "jwt_only": "the seed's JWT-only endpoints (API-key management; logout needs the JWT and its cookie): a JWT session, never an API key",
            },
        },
        "errors": {
            "code_field": "code",
            "message_field": "msg",
            "success_when": {"field": "code", "values": [0]},
            "statuses": {
                "400": "invalid_request",
                "401": "authentication",
                "403": "permission",
                "404": "not_found",
                "409": "invalid_request",
                "418": "rate_limit",
                "429": "rate_limit",
                "500": "server",
                "502": "unavailable",
                "503": "unavailable",
                "504": "timeout",
            },
            "codes": {
                "-1000": {"kind": "server", "message": "An unknown error occurred while processing the request."},
                "-1001": {
                    "kind": "unavailable",
                    "message": "Internal error; unable to process your request. Please try again.",
                },
                "-1002": {"kind": "authentication", "message": "You are not authorized to execute this request."},
                "-1003": {
                    "kind": "rate_limit",
                    "message": "Too many requests; please use the websocket for live updates.",
                },
                "-1007": {
                    "kind": "timeout",
                    "message": "Timeout waiting for response from backend server. Send status unknown; execution status unknown.",
                },
                "-1015": {"kind": "rate_limit", "message": "Too many new orders."},
                "-1021": {
                    "kind": "authentication",
                    "message": "Timestamp for this request is outside of the recvWindow.",
                },
                "-1022": {"kind": "authentication", "message": "Signature for this request is not valid."},
                "-1102": {
                    "kind": "invalid_request",
                    "message": "A mandatory parameter was not sent, was empty/null, or malformed.",
                },
                "-1111": {
                    "kind": "invalid_request",
                    "message": "Precision is over the maximum defined for this asset.",
                },
                "-1121": {"kind": "invalid_request", "message": "Invalid symbol."},
                "-1125": {"kind": "authentication", "message": "This listenKey does not exist."},
                "-1130": {"kind": "invalid_request", "message": "Data sent for a parameter is not valid."},
                "-2011": {"kind": "not_found", "message": "Unknown order sent."},
                "-2013": {"kind": "not_found", "message": "Order does not exist."},
                "-2014": {"kind": "authentication", "message": "API-key format invalid."},
                "-2015": {"kind": "permission", "message": "Invalid API-key, IP, or permissions for action."},
                "-2018": {"kind": "insufficient_funds", "message": "Balance is insufficient."},
                "-2019": {"kind": "insufficient_funds", "message": "Margin is insufficient."},
                "-2022": {"kind": "order_rejected", "message": "ReduceOnly Order is rejected."},
                "-4014": {"kind": "invalid_request", "message": "Price not increased by tick size."},
                "-4023": {"kind": "invalid_request", "message": "Qty not increased by step size."},
                "-4028": {"kind": "invalid_request", "message": "Leverage is not valid."},
                "-4046": {"kind": "invalid_request", "message": "No need to change margin type."},
                "-4047": {
                    "kind": "order_rejected",
                    "message": "Margin type cannot be changed if there exists open orders.",
                },
                "-4048": {
                    "kind": "order_rejected",
                    "message": "Margin type cannot be changed if there exists position.",
                },
                "-4116": {"kind": "invalid_request", "message": "ClientOrderId is duplicated."},
                "-4164": {
                    "kind": "order_rejected",
                    "message": "Order's notional must be no smaller than the symbol's minimum notional.",
                },
                "-5021": {
                    "kind": "order_rejected",
                    "message": "Due to the order could not be filled immediately, the FOK order has been rejected.",
                },
                "-5022": {
                    "kind": "order_rejected",
                    "message": "Due to the order could not be executed as maker, the Post Only order will be rejected.",
                },
                "-7001": {"kind": "authentication", "message": "Invalid username or password."},
                "-7002": {"kind": "authentication", "message": "Access token expired."},
                "-7003": {
                    "kind": "authentication",
                    "message": "Refresh token missing or expired; please log in again.",
                },
                "-7004": {"kind": "authentication", "message": "Agent ticket or embed token invalid, used or expired."},
                "-7005": {"kind": "permission", "message": "This endpoint accepts only a login session (JWT)."},
                "-7006": {"kind": "not_found", "message": "API key not found."},
                "-7007": {"kind": "invalid_request", "message": "Too many API keys."},
                "-7008": {"kind": "invalid_request", "message": "Too many IP addresses in the whitelist."},
                "-7009": {"kind": "authentication", "message": "API key expired or disabled."},
            },
        },
        "rate_limits": {
            "buckets": {
                "ip_weight": {"limit": 2400, "per": "1m", "scope": "ip", "transport": "rest"},
                "orders_10s": {"limit": 300, "per": "10s", "scope": "account", "transport": "rest"},
                "orders_1m": {"limit": 1200, "per": "1m", "scope": "account", "transport": "rest"},
                "login": {"limit": 10, "per": "1m", "scope": "ip", "transport": "rest"},
                "ws_connect": {"limit": 300, "per": "5m", "scope": "ip", "transport": "connect"},
            },
            "default_cost": {"ip_weight": 1},
            "retry_after": True,
        },
        "retry": {
            "deadline": "30s",
            "client_order_ids": {"duplicates": "accept"},
            "default": {
                "attempts": 3,
                "statuses": [429, 502, 503, 504],
                "codes": ["-1001", "-1003", "-1007"],
                "kinds": ["rate_limit", "unavailable"],
                "transport_errors": True,
                "backoff": {"initial": 0.25, "max": 4, "multiplier": 2, "jitter": 0.5},
                "retry_after_cap": "10s",
            },
        },
        "response": {
            "envelope": {
                "data": "data",
                "required": ["code", "msg"],
                "fields": {
                    "code": {"type": "integer"},
                    "msg": {"type": "string"},
                    "hasNext": {"type": "boolean"},
                    "total": {"type": "integer"},
                },
            }
        },
    }
)
