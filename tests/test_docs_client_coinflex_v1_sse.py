"""A CoinFLEX v1 Event Stream reader we did not write, against `serve coinflex_v1` in its own process: HTTP
Basic built by hand, `text/event-stream` parsed by hand as the W3C Server-Sent Events format says, asset ids
and scaled integers as EventStream.md, REST.md and SCALE.md print them. It trades through raw REST (form
bodies), sees its order open, match a second account's and close on the stream, and resumes with
Last-Event-ID. Nothing here comes from the spec: the facts are the docs' own."""

from __future__ import annotations

import base64
import hashlib
import json
import queue
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from stub_support import served_cli

XBT, USDT = 63488, 65283  # SCALE.md: 0xF800, 0xFF03; both scaled by 10000, as is the XBT:USDT price
USER = {"user_id": "1", "cookie": "HGREqcILTz8blHa/jsUTVTNBJlg=", "passphrase": "opensesame"}  # AUTH.md's user
TIMEOUT = 10.0


def basic(user: dict[str, str]) -> str:
    """RFC 7617 as EventStream.md describes it: user-id '<user_id>/<cookie>', the passphrase as password."""
    return "Basic " + base64.b64encode(f"{user['user_id']}/{user['cookie']}:{user['passphrase']}".encode()).decode()


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, Any]]:
    """`serve coinflex_v1` on 127.0.0.1 (what it prints with --json), stopped by its pid."""
    with served_cli("coinflex_v1") as info:
        yield info


@pytest.fixture
def rest(served: dict[str, Any]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served["rest"], timeout=TIMEOUT) as client:
        # test setup through the stub's control surface: empty books, so our orders meet only each other
        client.post("/__stub__/reset", json={"seed": 3, "book_levels": 0, "trades": 0}).raise_for_status()
        yield client


class RawEventStream:
    """W3C Server-Sent Events read by hand from a streaming GET: lines `field: value` (one optional space after
    the colon), `:` comments ignored, `data` lines joined with newlines, an event dispatched at a blank line,
    `id` remembered as the last event id."""

    def __init__(self, url: str, user: dict[str, str], last_event_id: str | None = None) -> None:
        headers = {"Authorization": basic(user), "Accept": "text/event-stream"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = last_event_id
        self.http = httpx.Client(timeout=httpx.Timeout(TIMEOUT, read=None))
        self.request = self.http.build_request("GET", url, headers=headers)
        self.events: queue.Queue[tuple[str | None, str, Any]] = queue.Queue()
        self.log: list[tuple[str | None, str, Any]] = []  # every event received, in order
        self.status = 0
        self.content_type = ""
        self._opened = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)

    def __enter__(self) -> RawEventStream:
        self._thread.start()
        assert self._opened.wait(TIMEOUT)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.http.close()

    def _read(self) -> None:
        try:
            response = self.http.send(self.request, stream=True)
            self.status, self.content_type = response.status_code, response.headers.get("content-type", "")
            self._opened.set()
            event_id, name, data = None, "", []
            for line in response.iter_lines():
                if not line:
                    if data:
                        event = (event_id, name or "message", json.loads("\n".join(data)))
                        self.log.append(event)
                        self.events.put(event)
                    name, data = "", []
                    continue
                field, _, value = line.partition(":")
                value = value.removeprefix(" ")
                if field == "id":
                    event_id = value
                elif field == "event":
                    name = value
                elif field == "data":
                    data.append(value)
        except (httpx.HTTPError, RuntimeError):  # closed by __exit__
            self._opened.set()

    def until(self, name: str, **fields: Any) -> tuple[str | None, dict[str, Any], list[tuple[str | None, str, Any]]]:
        """The next `name` event whose data has `fields`; also every event read on the way (it included)."""
        seen = []
        while True:
            event = self.events.get(timeout=TIMEOUT)
            seen.append(event)
            if event[1] == name and all(event[2].get(k) == v for k, v in fields.items()):
                return event[0], event[2], seen


def place(rest: httpx.Client, user: dict[str, str], quantity: int, price: int) -> httpx.Response:
    """REST.md POST /orders/: a form body; a negative quantity sells."""
    fields = {"base": XBT, "counter": USDT, "quantity": quantity, "price": price}
    return rest.post("/orders/", data={k: str(v) for k, v in fields.items()}, headers={"Authorization": basic(user)})


def balances(rest: httpx.Client, user: dict[str, str]) -> dict[int, dict[str, int]]:
    """REST.md GET /balances/: one row per asset id."""
    return {row["id"]: row for row in rest.get("/balances/", headers={"Authorization": basic(user)}).json()}


def test_an_order_opens_matches_and_closes_on_the_event_stream(served: dict[str, Any], rest: httpx.Client) -> None:
    second = dict(served["credentials"])  # the stub's account 1 is USER; --json prints it, account 2 is ours
    second.update(user_id="2", cookie="TwgaFk2yJ0yYkTcz1oqYrDFZSXA=", passphrase="opensesame-2")
    url = served["rest"] + "/event-stream"  # EventStream.md: GET /event-stream on the REST host
    with RawEventStream(url, USER) as mine, RawEventStream(url, second) as theirs:
        assert mine.status == 200 and mine.content_type.startswith("text/event-stream")
        before = balances(rest, USER)[USDT]["available"]
        # sell 1.5 XBT (-15000) at 4443 USDT (44430000)
        opened = place(rest, USER, -15000, 44430000)
        assert opened.status_code == 201, opened.text
        order_id = int(opened.headers["Location"])
        opened_id, event, _ = mine.until("OrderOpened", id=order_id)
        assert (event["base"], event["counter"], event["quantity"], event["price"]) == (XBT, USDT, -15000, 44430000)
        assert "tonce" in event  # the owner's view ("null" here: REST orders carry no tonce)
        _, public, _ = theirs.until("OrderOpened", id=order_id)
        assert "tonce" not in public and public["quantity"] == -15000

        # the second account buys 1 XBT of it: 4443 USDT change hands, less 0.04% (1.7772 USDT) of fees
        assert place(rest, second, 10000, 44430000).status_code in (200, 201)
        _, matched, _ = mine.until("OrdersMatched", ask=order_id)
        assert (matched["quantity"], matched["price"], matched["total"], matched["ask_rem"]) == (
            10000,
            44430000,
            44430000,
            5000,
        )
        assert matched["ask_counter_fee"] == 17772 and "bid_counter_fee" not in matched
        _, theirs_matched, _ = theirs.until("OrdersMatched", ask=order_id)
        assert theirs_matched["bid_counter_fee"] == 17772 and "ask_counter_fee" not in theirs_matched
        # the seller's USDT moved by the scaled total less the fee, on the stream as through REST
        usdt = before + 44430000 - 17772
        assert balances(rest, USER)[USDT]["available"] == usdt
        mine.until("BalanceChanged", asset=USDT, balance=usdt)
        # IMPL-GUIDE: "An OrdersMatched notice always precedes the BalanceChanged notices that result from the trade"
        names = [(e[1], e[2]) for e in mine.log]
        assert names.index(("BalanceChanged", {"asset": USDT, "balance": usdt})) > names.index(
            ("OrdersMatched", matched)
        )

        # cancel what remains: 0.5 XBT
        assert rest.delete(f"/orders/{order_id}", headers={"Authorization": basic(USER)}).status_code == 200
        closed_id, closed, _ = mine.until("OrderClosed", id=order_id)
        assert (closed["quantity"], closed["price"]) == (-5000, 44430000)
        with pytest.raises(queue.Empty):  # read to the end of what the trading raised
            while True:
                mine.events.get(timeout=0.5)

    assert opened_id is not None and closed_id is not None
    log = [event for event in mine.log]  # every event of the first connection, in order
    after = log[[e[0] for e in log].index(opened_id) + 1 :]
    assert closed_id in [e[0] for e in after]

    # a reconnect with Last-Event-ID resumes right after that event: the same events, none lost, none twice
    with RawEventStream(url, USER, last_event_id=opened_id) as resumed:
        again = [resumed.events.get(timeout=TIMEOUT) for _ in after]
        with pytest.raises(queue.Empty):
            resumed.events.get(timeout=0.5)
    assert again == after


def test_the_borrower_events_take_the_basic_string_in_the_auth_query_parameter(
    served: dict[str, Any], rest: httpx.Client
) -> None:
    """FUTURES.md: "the Base64-encoded HTTP Basic authentication string may be passed to this resource in an
    `auth` query string parameter rather than in the standard Authorization request header"; without either,
    the stream is refused. The user's collateral follows its balances."""
    url = served["rest"] + "/borrower/events"
    token = basic(USER).removeprefix("Basic ")
    assert rest.get("/borrower/events").status_code == 401
    assert rest.get("/event-stream").status_code == 401  # EventStream.md Version 1: authentication required
    stream = RawEventStream(url + "?auth=" + token, USER)
    stream.request.headers.pop("Authorization")  # as an EventSource that cannot set headers
    with stream:
        assert stream.status == 200 and stream.content_type.startswith("text/event-stream")
        assert place(rest, USER, 10000, 40000000).status_code == 201  # reserves 4000 USDT: collateral changes
        _, collateral, _ = stream.until("Collateral")
        usdt = next(row for row in collateral if row["asset_id"] == USDT)
        assert usdt["available"] == balances(rest, USER)[USDT]["available"]
        assert usdt["total"] - usdt["available"] == 40000000


def test_the_event_stream_takes_the_private_key_as_password(served: dict[str, Any]) -> None:
    """EventStream.md: the password may be the passphrase or the base64 private key, SHA-224(user id as 8
    big-endian bytes || passphrase) (AUTH.md, NOTES A2.2); the borrower stream takes the passphrase only
    (FUTURES.md; our choice, A13 #6)."""
    key = hashlib.sha224(int(USER["user_id"]).to_bytes(8, "big") + USER["passphrase"].encode()).digest()
    header = {
        "Authorization": basic({**USER, "passphrase": base64.b64encode(key).decode()}),
        "Accept": "text/event-stream",
    }
    with httpx.Client(base_url=served["rest"], timeout=TIMEOUT) as client:
        with client.stream("GET", "/event-stream", headers=header) as answer:
            assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/event-stream")
        with client.stream("GET", "/borrower/events", headers=header) as refused:
            assert refused.status_code == 401


def test_the_borrower_events_follow_an_offer_as_it_is_lent(served: dict[str, Any], rest: httpx.Client) -> None:
    """FUTURES.md: OfferUpdated carries the <offer>, whose `amount` is what it still offers: a loan taken from
    it makes it drop, for every borrower (a second account's stream sees it too), and repaying it in full
    (DELETE /borrower/loans/<id>) brings it back."""
    url = served["rest"] + "/borrower/events"
    second = {"user_id": "2", "cookie": "TwgaFk2yJ0yYkTcz1oqYrDFZSXA=", "passphrase": "opensesame-2"}
    auth = {"Authorization": basic(USER)}
    (offer,) = [o for o in rest.get("/borrower/offers/", headers=auth).json() if o["asset_id"] == USDT]
    with RawEventStream(url, USER) as mine, RawEventStream(url, second) as theirs:
        taken = rest.post("/borrower/loans/", data={"offer_id": offer["id"], "amount": 100000000}, headers=auth)
        assert taken.status_code == 201, taken.text
        left = offer["amount"] - 100000000  # 10000 USDT lent
        for stream in (mine, theirs):
            _, offers, _ = stream.until("Offers")  # the whole list, then the change
            assert next(o for o in offers if o["id"] == offer["id"])["amount"] == left
            _, updated, _ = stream.until("OfferUpdated", id=offer["id"])
            assert updated == {**offer, "amount": left}
        assert rest.delete(f"/borrower/loans/{taken.json()['id']}", headers=auth).status_code == 204
        _, back, _ = mine.until("OfferUpdated", id=offer["id"])
        assert back == offer
