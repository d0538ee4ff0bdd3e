"""Runtime facts of the CoinEx v2 API (servers, auth, errors, limits, retries), from spec/coinex_v2; do not edit."""

from exchange_bindings.runtime.config import ApiConfig

CREDENTIALS = ("api_key", "api_secret")
"""Keyword arguments of the clients that hold credentials."""

CONFIG = ApiConfig.from_spec(
    {
        "api": "coinex_v2",
        "servers": {
            "default": "live",
            "environments": {
                "live": {
                    "rest": "https://api.coinex.com",
                    "ws": "wss://socket.coinex.com/v2/spot",
                    "streams": {
                        "spot": "wss://socket.coinex.com/v2/spot",
                        "futures": "wss://socket.coinex.com/v2/futures",
                    },
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
                    "window": "5000ms",
                    "also_accept": ["sha256_with_secret"],
                    "message": {"parts": ["method", "path_query", "body", "timestamp"]},
                    "headers": {
                        "X-COINEX-KEY": "{api_key}",
                        "X-COINEX-SIGN": "{signature}",
                        "X-COINEX-TIMESTAMP": "{timestamp}",
                    },
                },
                "ws_sign": {
                    "type": "hmac",
                    "credentials": ["api_key", "api_secret"],
                    "secret": "api_secret",
                    "algorithm": "sha256",
                    "encoding": "hex",
                    "timestamp": "unix_ms",
                    "nonce": "none",
                    "message": {"parts": ["timestamp"]},
                },
            },
            "permissions": {
                "read": "every API key",
                "trade": "the key's trading permission (seed 002)",
                "withdraw": "the key's withdrawal permission (seed 002)",
            },
        },
        "errors": {
            "code_field": "code",
            "message_field": "message",
            "success_when": {"field": "code", "values": [0]},
            "statuses": {
                "429": "rate_limit",
                "500": "server",
                "502": "unavailable",
                "503": "unavailable",
                "504": "timeout",
            },
            "codes": {
                "3008": {"kind": "unavailable", "message": "service too busy"},
                "3109": {"kind": "insufficient_funds", "message": "insufficient balance"},
                "3127": {"kind": "order_rejected", "message": "The order amount is below the minimum requirement"},
                "3606": {
                    "kind": "order_rejected",
                    "message": "The price difference between the order price and the latest price is too large",
                },
                "3610": {
                    "kind": "order_rejected",
                    "message": "Order cancellation prohibited during the Call Auction period",
                },
                "3612": {
                    "kind": "order_rejected",
                    "message": "The est. ask price is lower than the current bottom ask price",
                },
                "3613": {
                    "kind": "order_rejected",
                    "message": "The est. bid price is higher than the current top bid price",
                },
                "3614": {
                    "kind": "order_rejected",
                    "message": "The deviation between your est. filled price and the index price",
                },
                "3615": {
                    "kind": "order_rejected",
                    "message": "The deviation between your order price and the index price is too high",
                },
                "3616": {"kind": "order_rejected", "message": "The order price exceeds the current top bid price"},
                "3617": {"kind": "order_rejected", "message": "The order price exceeds the current bottom ask price"},
                "3618": {
                    "kind": "order_rejected",
                    "message": "The deviation between your order price and the index price is too high",
                },
                "3619": {
                    "kind": "order_rejected",
                    "message": "The deviation between your order price and the trigger price is too high",
                },
                "3620": {
                    "kind": "order_rejected",
                    "message": "Market order submission is temporarily unavailable due to insufficient depth",
                },
                "3621": {
                    "kind": "order_rejected",
                    "message": "This order can't be completely executed and has been canceled",
                },
                "3622": {
                    "kind": "order_rejected",
                    "message": "This order can't be set as Maker Only and has been canceled",
                },
                "3627": {"kind": "order_rejected", "message": "The current market depth is low"},
                "3628": {"kind": "order_rejected", "message": "The current market depth is low"},
                "3629": {"kind": "order_rejected", "message": "The current market depth is low"},
                "3632": {"kind": "order_rejected", "message": "The order price exceeds the current top bid price"},
                "3633": {"kind": "order_rejected", "message": "The order price exceeds the current bottom ask price"},
                "3634": {
                    "kind": "order_rejected",
                    "message": "The deviation between your est. filled price and the index price is too high",
                },
                "3635": {
                    "kind": "order_rejected",
                    "message": "The deviation between your est. filled price and the index price is too high",
                },
                "3638": {
                    "kind": "order_rejected",
                    "message": "Protection period: only Maker Only limit orders and cancellations are allowed",
                },
                "3639": {"kind": "invalid_request", "message": "The request parameters are incorrect"},
                "3600": {"kind": "not_found", "message": "Order not found"},
                "4001": {"kind": "unavailable", "message": "Service unavailable"},
                "4002": {"kind": "timeout", "message": "Service request timed out"},
                "4003": {"kind": "server", "message": "Internal error"},
                "4004": {"kind": "invalid_request", "message": "Parameter error"},
                "4005": {"kind": "authentication", "message": "Abnormal access_id"},
                "4006": {"kind": "authentication", "message": "Signature verification failed"},
                "4007": {"kind": "permission", "message": "IP prohibited"},
                "4008": {"kind": "authentication", "message": "Abnormal X-COIN-SIGN value"},
                "4009": {"kind": "invalid_request", "message": "Abnormal request method"},
                "4010": {"kind": "authentication", "message": "Expired request"},
                "4011": {"kind": "permission", "message": "User prohibited from accessing"},
                "4017": {"kind": "authentication", "message": "Signature expired"},
                "4018": {"kind": "not_found", "message": "The endpoint has been deprecated"},
                "4115": {"kind": "permission", "message": "User prohibited from trading"},
                "4117": {"kind": "permission", "message": "Trading prohibited in this market"},
                "4130": {"kind": "permission", "message": "Futures trading prohibited"},
                "4158": {"kind": "permission", "message": "Trading prohibited"},
                "4159": {"kind": "permission", "message": "API trading is unavailable in this market"},
                "4213": {"kind": "rate_limit", "message": "The request is too frequent"},
                "4512": {"kind": "permission", "message": "Insufficient sub-account permissions"},
                "20001": {"kind": "invalid_request", "message": "invalid parameters", "transports": ["ws"]},
                "20002": {"kind": "invalid_request", "message": "method not found", "transports": ["ws"]},
                "21001": {"kind": "authentication", "message": "require auth", "transports": ["ws"]},
                "21002": {"kind": "authentication", "message": "auth fail", "transports": ["ws"]},
                "23001": {"kind": "timeout", "message": "request timeout", "transports": ["ws"]},
                "23002": {"kind": "rate_limit", "message": "too many requests", "transports": ["ws"]},
                "24001": {"kind": "server", "message": "internal error", "transports": ["ws"]},
                "24002": {"kind": "unavailable", "message": "service unavailable", "transports": ["ws"]},
                "30001": {"kind": "invalid_request", "message": "invalid parameters", "transports": ["ws"]},
                "30002": {"kind": "invalid_request", "message": "method not found", "transports": ["ws"]},
                "31001": {"kind": "authentication", "message": "require auth", "transports": ["ws"]},
                "31002": {"kind": "authentication", "message": "auth fail", "transports": ["ws"]},
                "33001": {"kind": "timeout", "message": "request timeout", "transports": ["ws"]},
                "33002": {"kind": "rate_limit", "message": "too many requests", "transports": ["ws"]},
                "34001": {"kind": "server", "message": "internal error", "transports": ["ws"]},
                "34002": {"kind": "unavailable", "message": "service unavailable", "transports": ["ws"]},
            },
        },
        "rate_limits": {
            "buckets": {
                "ip": {"limit": 400, "per": "1s", "scope": "ip", "transport": "rest", "algorithm": "token_bucket"},
                "spot_order": {
                    "limit": 30,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "spot_cancel": {
                    "limit": 60,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "spot_batch_cancel": {
                    "limit": 40,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "spot_query": {
                    "limit": 50,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "spot_history": {
                    "limit": 10,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "spot_account_modify": {
                    "limit": 10,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "spot_account_query": {
                    "limit": 10,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "spot_account_history": {
                    "limit": 10,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "futures_order": {
                    "limit": 20,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "futures_cancel": {
                    "limit": 40,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "futures_batch_cancel": {
                    "limit": 20,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "futures_query": {
                    "limit": 50,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "futures_history": {
                    "limit": 10,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
                "futures_account_query": {
                    "limit": 10,
                    "per": "1s",
                    "scope": "account",
                    "transport": "rest",
                    "algorithm": "token_bucket",
                },
            },
            "default_cost": {"ip": 1},
            "headers": {"limit": "X-RateLimit-Limit", "remaining": "X-RateLimit-Remaining", "reports": "account"},
        },
        "retry": {
            "deadline": "30s",
            "client_order_ids": {"duplicates": "accept"},
            "default": {
                "attempts": 3,
                "statuses": [429, 500, 502, 503, 504],
                "codes": ["3008", "4001", "4213"],
                "kinds": ["rate_limit", "unavailable"],
                "transport_errors": True,
                "backoff": {"initial": 0.25, "max": 4, "multiplier": 2, "jitter": 0.5},
                "retry_after_cap": "10s",
            },
        },
        "response": {
            "envelope": {
                "data": "data",
                "required": ["code", "message"],
                "fields": {
                    "code": {"type": "integer"},
                    "message": {"type": "string"},
                    "pagination": {
                        "type": "object",
                        "properties": {"has_next": {"type": "boolean"}, "total": {"type": "integer"}},
                    },
                },
            }
        },
    }
)
