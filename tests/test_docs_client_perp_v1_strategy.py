"""perp_v1's strategy orders and trailing stops as its REFERENCE describes them, with a client we did not
write: raw `httpx` signing the HMAC scheme by hand (the helper of test_docs_client_perp_v1_ws.py: hex
HMAC-SHA256 of timestamp + METHOD + path?query + body, ACCESS-* headers) against `serve perp_v1` in its own
process. An OCO placed in one request, read back by strategyId, its above leg taken by another account (the
control surface's POST /__stub__/orders) and its sibling cancelled; a malformed unit refused in the
{code, msg, data} envelope; a trailing stop following the mark price (moved by POST /__stub__/prices)."""

from __future__ import annotations

import json
from typing import Any

import httpx
from test_docs_client_perp_v1_ws import TIMEOUT, served, signed

__all__ = ["served"]  # the module's server (a fixture of the stream test, started once for this module too)

PLACE = "/v1/private/order/place-strategy"
QUERY = "/v1/private/order/strategy"


def _control(info: dict[str, Any], path: str, body: dict[str, Any]) -> dict[str, Any]:
    answer = httpx.post(info["rest"] + "/__stub__/" + path, json=body, timeout=TIMEOUT)
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def _body(data: dict[str, Any]) -> str:
    return json.dumps(data, separators=(",", ":"))


def _strategy(info: dict[str, Any], strategy_id: int) -> dict[str, Any]:
    answer = signed(info, "GET", f"{QUERY}?strategyId={strategy_id}")
    assert answer.status_code == 200 and answer.json()["code"] == 0, answer.text
    return dict(answer.json()["data"])


def test_a_raw_client_places_an_oco_and_sees_one_leg_cancel_the_other(served: dict[str, Any]) -> None:
    _control(served, "reset", {"book_levels": 0, "trades": 0})
    oco = {
        "symbol": "BTCUSDT",
        "strategyType": "OCO",
        "clientStrategyId": "docs-oco-1",
        "pendingAbove": {"type": "LIMIT", "side": "SELL", "quantity": "0.010", "price": "62000.0"},
        "pendingBelow": {"type": "STOP_MARKET", "side": "SELL", "quantity": "0.010", "triggerPrice": "58000.0"},
    }
    placed = signed(served, "POST", PLACE, _body(oco))
    assert placed.status_code == 200 and placed.json()["code"] == 0, placed.text
    data = placed.json()["data"]
    assert (data["strategyType"], data["status"], data["clientStrategyId"]) == ("OCO", "EXECUTING", "docs-oco-1")
    legs = {leg["role"]: leg for leg in data["legs"]}
    assert (legs["PENDING_ABOVE"]["status"], legs["PENDING_BELOW"]["status"]) == ("NEW", "NEW")
    assert legs["PENDING_BELOW"]["triggerPriceType"] == "MARK_PRICE", "condition legs watch the mark price by default"
    assert _strategy(served, data["strategyId"])["legs"] == data["legs"]

    order = {"symbol": "BTCUSDT", "side": "buy", "type": "limit", "quantity": "0.010", "price": "62000.0"}
    _control(served, "orders", {"account": "100002", **order})
    done = _strategy(served, data["strategyId"])
    assert done["status"] == "ALL_DONE"
    assert [(leg["role"], leg["status"]) for leg in done["legs"]] == [
        ("PENDING_ABOVE", "FILLED"),
        ("PENDING_BELOW", "CANCELED"),
    ]


def test_a_raw_client_is_refused_a_malformed_unit_in_the_envelope(served: dict[str, Any]) -> None:
    oto = {
        "symbol": "BTCUSDT",
        "strategyType": "OTO",
        "working": {"type": "LIMIT", "side": "BUY", "quantity": "0.010", "price": "59000.0"},
    }
    refused = signed(served, "POST", PLACE, _body(oto))
    assert refused.status_code == 400
    assert str(refused.json()["code"]) == "-1102", refused.text


def test_a_raw_client_places_a_trailing_stop_that_follows_the_mark_price(served: dict[str, Any]) -> None:
    _control(served, "reset", {"book_levels": 0, "trades": 0})
    _control(
        served,
        "orders",
        {
            "account": "100002",
            "symbol": "BTCUSDT",
            "side": "buy",
            "type": "limit",
            "quantity": "0.050",
            "price": "55000.0",
        },
    )
    trail = {
        "symbol": "BTCUSDT",
        "side": "SELL",
        "type": "TRAILING_STOP_MARKET",
        "quantity": "0.010",
        "activationPrice": "61000.0",
        "callbackRate": "1",
        "clientOrderId": "docs-trail-1",
    }
    placed = signed(served, "POST", "/v1/private/order/place-condition", _body(trail))
    assert placed.json()["code"] == 0, placed.text
    for index in ("61000.0", "62000.0", "61500.0"):
        assert _control(served, "prices", {"symbol": "BTCUSDT", "index": index})["mark"] == float(index)
    (open_order,) = signed(served, "GET", "/v1/private/order/current-condition?symbol=BTCUSDT").json()["data"]
    assert (open_order["status"], float(open_order["triggerPrice"])) == ("NEW", 61380.0), "1 % under the best, 62000"
    _control(served, "prices", {"symbol": "BTCUSDT", "index": "61380.0"})
    history = signed(served, "GET", "/v1/private/order/history-condition?symbol=BTCUSDT").json()["data"]
    assert [(o["clientOrderId"], o["status"]) for o in history] == [("docs-trail-1", "TRIGGERED")]
