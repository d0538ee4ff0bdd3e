"""Runtime facts of the CoinEx v2 API (servers, auth, errors, limits, retries), from spec/coinex_v2; do not edit."""

from exchange_bindings.runtime.auth.hmac import Hmac
from exchange_bindings.runtime.config import ApiConfig, ErrorTable, RateLimits, RetryPolicy
from exchange_bindings.runtime.limits import Bucket

CREDENTIALS = ("api_key", "api_secret")
"""Keyword arguments of the clients that hold credentials."""

CONFIG = ApiConfig(
    api="coinex_v2",
    environments={
        "live": {
            "rest": "https://api.coinex.com",
            "ws": "wss://socket.coinex.com/v2/spot",
            "spot": "wss://socket.coinex.com/v2/spot",
            "futures": "wss://socket.coinex.com/v2/futures",
        }
    },
    default_environment="live",
    auth_schemes={
        "hmac": Hmac(
            name="hmac",
            credentials=("api_key", "api_secret"),
            secret="api_secret",
            parts=("method", "path_query", "body", "timestamp"),
            also_accept=("sha256_with_secret",),
            headers=(
                ("X-COINEX-KEY", "{api_key}"),
                ("X-COINEX-SIGN", "{signature}"),
                ("X-COINEX-TIMESTAMP", "{timestamp}"),
            ),
            window=5.0,
        ),
        "ws_sign": Hmac(
            name="ws_sign", credentials=("api_key", "api_secret"), secret="api_secret", parts=("timestamp",)
        ),
    },
    errors=ErrorTable(
        code_field="code",
        message_field="message",
        success_field="code",
        success_values=(0,),
        statuses={429: "rate_limit", 500: "server", 502: "unavailable", 503: "unavailable", 504: "timeout"},
        codes={
            "3008": "unavailable",
            "3109": "insufficient_funds",
            "3127": "order_rejected",
            "3606": "order_rejected",
            "3610": "order_rejected",
            "3612": "order_rejected",
            "3613": "order_rejected",
            "3614": "order_rejected",
            "3615": "order_rejected",
            "3616": "order_rejected",
            "3617": "order_rejected",
            "3618": "order_rejected",
            "3619": "order_rejected",
            "3620": "order_rejected",
            "3621": "order_rejected",
            "3622": "order_rejected",
            "3627": "order_rejected",
            "3628": "order_rejected",
            "3629": "order_rejected",
            "3632": "order_rejected",
            "3633": "order_rejected",
            "3634": "order_rejected",
            "3635": "order_rejected",
            "3638": "order_rejected",
            "3639": "invalid_request",
            "3600": "not_found",
            "4001": "unavailable",
            "4002": "timeout",
            "4003": "server",
            "4004": "invalid_request",
            "4005": "authentication",
            "4006": "authentication",
            "4007": "permission",
            "4008": "authentication",
            "4009": "invalid_request",
            "4010": "authentication",
            "4011": "permission",
            "4017": "authentication",
            "4018": "not_found",
            "4115": "permission",
            "4117": "permission",
            "4130": "permission",
            "4158": "permission",
            "4159": "permission",
            "4213": "rate_limit",
            "4512": "permission",
            "20001": "invalid_request",
            "20002": "invalid_request",
            "21001": "authentication",
            "21002": "authentication",
            "23001": "timeout",
            "23002": "rate_limit",
            "24001": "server",
            "24002": "unavailable",
            "30001": "invalid_request",
            "30002": "invalid_request",
            "31001": "authentication",
            "31002": "authentication",
            "33001": "timeout",
            "33002": "rate_limit",
            "34001": "server",
            "34002": "unavailable",
        },
        integer_codes=True,
    ),
    retry=RetryPolicy(
        attempts=3,
        statuses=frozenset({429, 500, 502, 503, 504}),
        codes=frozenset({"3008", "4001", "4213"}),
        kinds=frozenset({"rate_limit", "unavailable"}),
        transport_errors=True,
    ),
    deadline=30.0,
    limits=RateLimits(
        buckets={
            "ip": Bucket(name="ip", limit=400, per=1.0, scope="ip", algorithm="token_bucket"),
            "spot_order": Bucket(name="spot_order", limit=30, per=1.0, scope="account", algorithm="token_bucket"),
            "spot_cancel": Bucket(name="spot_cancel", limit=60, per=1.0, scope="account", algorithm="token_bucket"),
            "spot_batch_cancel": Bucket(
                name="spot_batch_cancel", limit=40, per=1.0, scope="account", algorithm="token_bucket"
            ),
            "spot_query": Bucket(name="spot_query", limit=50, per=1.0, scope="account", algorithm="token_bucket"),
            "spot_history": Bucket(name="spot_history", limit=10, per=1.0, scope="account", algorithm="token_bucket"),
            "spot_account_modify": Bucket(
                name="spot_account_modify", limit=10, per=1.0, scope="account", algorithm="token_bucket"
            ),
            "spot_account_query": Bucket(
                name="spot_account_query", limit=10, per=1.0, scope="account", algorithm="token_bucket"
            ),
            "spot_account_history": Bucket(
                name="spot_account_history", limit=10, per=1.0, scope="account", algorithm="token_bucket"
            ),
            "futures_order": Bucket(name="futures_order", limit=20, per=1.0, scope="account", algorithm="token_bucket"),
            "futures_cancel": Bucket(
                name="futures_cancel", limit=40, per=1.0, scope="account", algorithm="token_bucket"
            ),
            "futures_batch_cancel": Bucket(
                name="futures_batch_cancel", limit=20, per=1.0, scope="account", algorithm="token_bucket"
            ),
            "futures_query": Bucket(name="futures_query", limit=50, per=1.0, scope="account", algorithm="token_bucket"),
            "futures_history": Bucket(
                name="futures_history", limit=10, per=1.0, scope="account", algorithm="token_bucket"
            ),
            "futures_account_query": Bucket(
                name="futures_account_query", limit=10, per=1.0, scope="account", algorithm="token_bucket"
            ),
        },
        default_cost={"ip": 1},
        remaining_header="X-RateLimit-Remaining",
        limit_header="X-RateLimit-Limit",
    ),
)
