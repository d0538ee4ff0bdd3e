"""An account's own statistics, settings and profile on simulator state (seed 004's user and position
endpoints, issue 14), through Client and AsyncClient in strict mode: every endpoint sees a change made
through another one (orders placed, funding collected as the clock passes, settings chosen, an account
added through the control surface). The API is the one whose spec maps an endpoint onto the change log;
endpoints are found by the action they map onto, never by name."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from decimal import Decimal
from itertools import pairwise
from typing import Any

import httpx
import pytest
from conftest import APIS, generated
from stub_support import stub_of

from exchange_bindings.runtime.errors import APIError
from exchange_bindings.runtime.sim import Exchange

API = next(a for a in APIS.values() if any(m.get("action") == "account_changes" for m in a.stub["endpoints"].values()))
ACTION = {m["action"]: name for name, m in API.stub["endpoints"].items() if "action" in m}
SESSION = next(n for n, s in API.config["auth"]["schemes"].items() if s["type"] == "jwt_session")
KINDS = API.stub["values"]["change_type"]  # the simulator's kinds of balance change -> the API's words
SIDE = API.stub["values"]["side"]
MODE = API.stub["values"]["margin_mode"]
MARKET = next(m for m in API.stub["markets"] if m.get("kind") == "perpetual")
SYMBOL, PRICE, SIZE = MARKET["symbol"], Decimal(MARKET["price"]), Decimal(MARKET["min_quantity"]) * 10
ASSET = MARKET["quote"]
ACCOUNTS = [str(a["id"]) for a in API.stub["accounts"]]
SESSION_CREDENTIALS = API.config["auth"]["schemes"][SESSION]["credentials"]
LOGINS = [a["credentials"][SESSION_CREDENTIALS[0]] for a in API.stub["accounts"]]  # the login names
DAY_MS = 86_400_000  # a UTC day of the simulator's clock


def _refused(call: Callable[[], Any], reason: str) -> None:
    with pytest.raises(APIError) as raised:
        call()
    assert str(raised.value.code) == API.stub["rejections"][reason]


class Calls:
    """A demo account's calls by action, through a Client or an AsyncClient (one event loop), strict."""

    def __init__(self, kind: str, stub: Any, loop: asyncio.AbstractEventLoop, account: int = 0, **given: str) -> None:
        credentials = given or API.stub["accounts"][account]["credentials"]
        self.loop = loop
        module = generated(API.id)
        if kind == "sync":
            http: Any = httpx.Client(transport=stub.transport())
            self.client = module.Client(base_url="http://stub.invalid", http_client=http, strict=True, **credentials)
        else:
            http = httpx.AsyncClient(transport=stub.async_transport())
            self.client = module.AsyncClient(
                base_url="http://stub.invalid", http_client=http, strict=True, **credentials
            )

    def __call__(self, action: str, **params: Any) -> Any:
        answer = getattr(self.client, ACTION[action])(**params)
        return self.loop.run_until_complete(answer) if asyncio.iscoroutine(answer) else answer


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.param


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    running = asyncio.new_event_loop()
    yield running
    running.close()


class Market:
    """A stub with empty books whose simulator clock the test moves (requests are signed on the real
    clock), the second demo account trading against the first's resting orders through the API."""

    def __init__(self, kind: str, loop: asyncio.AbstractEventLoop, seed: int = 3) -> None:
        self.stub = stub_of(API, seed=seed)
        self.stub.reset(seed, book_levels=0, trades=0)
        self.ex: Exchange = self.stub.exchange
        self.now = [self.ex.clock()]
        self.ex.clock = lambda: self.now[0]
        self.maker, self.trader = ACCOUNTS[0], ACCOUNTS[1]
        self.calls = Calls(kind, self.stub, loop, account=1)
        self.other = Calls(kind, self.stub, loop, account=0)

    def trade(self, side: str, price: Decimal, size: Decimal = SIZE) -> None:
        """The trader takes `size` at `price` from a resting order of the maker's (placed by control)."""
        opposite = "sell" if side == "buy" else "buy"
        self.stub.place_order(
            self.maker, symbol=SYMBOL, side=opposite, type="limit", quantity=str(size), price=str(price)
        )
        self.calls("place_order", symbol=SYMBOL, side=SIDE[side], type="MARKET", quantity=str(size))

    def fund(self) -> None:
        """Move the clock to the market's next funding time (collected at the next request)."""
        self.now[0] = self.ex.funding.next_ms(SYMBOL)

    def wallet(self, calls: Calls | None = None) -> Decimal:
        (row,) = (calls or self.calls)("balances", asset=ASSET)
        return Decimal(row.wallet_balance)


def _by_kind(changes: list[Any]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for change in changes:
        out.setdefault(change.type, []).append(change)
    return out


def test_the_change_log_shows_transfers_fees_realised_pnl_and_funding(kind: str, loop: Any) -> None:
    m = Market(kind, loop)
    m.trade("buy", PRICE)  # opens a long: a fee
    m.fund()  # funding moves the wallet
    m.trade("sell", PRICE + 100 * Decimal(MARKET["tick_size"]))  # closes it at a profit: realised PnL and a fee
    changes = m.calls("account_changes", asset=ASSET)
    kinds = _by_kind(changes)
    assert set(kinds) == {KINDS["transfer"], KINDS["fee"], KINDS["funding"], KINDS["realized_pnl"]}
    assert len(kinds[KINDS["fee"]]) == 2 and len(kinds[KINDS["funding"]]) == 1
    (pnl,) = kinds[KINDS["realized_pnl"]]
    assert Decimal(pnl.amount) == 100 * Decimal(MARKET["tick_size"]) * SIZE and pnl.symbol == SYMBOL
    assert all(c.order_id is not None for c in kinds[KINDS["fee"]] + [pnl])
    # newest first; each balance is the one before it plus its amount, and the last is the wallet's
    oldest = list(reversed(changes))
    assert Decimal(oldest[0].balance) == Decimal(oldest[0].amount)  # the opening balance
    for before, after in pairwise(oldest):
        assert Decimal(after.balance) == Decimal(before.balance) + Decimal(after.amount)
    assert Decimal(changes[0].balance) == m.wallet()
    # the funding record is the payment the simulator made, and the filter by type finds it alone
    (paid,) = m.ex.funding.history(m.trader)
    (funding,) = m.calls("account_changes", type=KINDS["funding"])
    assert Decimal(funding.amount) == paid.payment and funding.time == paid.time_ms
    # the maker's log is its own
    maker = _by_kind(m.other("account_changes"))
    assert len(maker[KINDS["fee"]]) == 2 and Decimal(maker[KINDS["realized_pnl"]][0].amount) == -Decimal(pnl.amount)


def test_position_history_has_its_close_records_and_funding(kind: str, loop: Any) -> None:
    m = Market(kind, loop)
    m.trade("buy", PRICE)
    m.fund()
    half = SIZE / 2
    m.trade("sell", PRICE + 10, half)
    m.trade("sell", PRICE + 20, half)
    (closed,) = m.calls("position_history", symbol=SYMBOL)
    assert [(Decimal(r.price), Decimal(r.quantity)) for r in closed.close_records] == [
        (PRICE + 10, half),
        (PRICE + 20, half),
    ]
    assert sum(Decimal(r.realized_pnl) for r in closed.close_records) == Decimal(closed.realized_pnl)
    (funding,) = m.calls("account_changes", type=KINDS["funding"])
    assert Decimal(closed.funding_fee) == Decimal(funding.amount) != 0


def test_statistics_follow_the_accounts_own_activity(kind: str, loop: Any) -> None:
    m = Market(kind, loop)
    zero = m.calls("volume_stats")
    assert Decimal(zero.volume) == 0 and zero.daily == []
    m.trade("buy", PRICE)
    m.fund()
    m.trade("sell", PRICE + 50)
    volume = m.calls("volume_stats")
    traded = SIZE * PRICE + SIZE * (PRICE + 50)
    assert Decimal(volume.volume) == Decimal(volume.taker_volume) == traded and Decimal(volume.maker_volume) == 0
    changes = _by_kind(m.calls("account_changes"))
    fees = -sum(Decimal(c.amount) for c in changes[KINDS["fee"]])
    assert Decimal(volume.fee) == fees and sum(Decimal(d.volume) for d in volume.daily) == traded
    assert Decimal(m.other("volume_stats").maker_volume) == traded  # the other side's, as maker

    overview = m.calls("trade_overview", period="7D")
    parts = {
        k: sum((Decimal(c.amount) for c in changes.get(KINDS[k], [])), Decimal(0))
        for k in ("realized_pnl", "funding", "fee")
    }
    assert Decimal(overview.realized_pnl) == parts["realized_pnl"] == SIZE * 50
    assert Decimal(overview.funding_fee) == parts["funding"] and Decimal(overview.fee) == parts["fee"]
    assert Decimal(overview.pnl) == sum(parts.values()) and overview.trade_count == 2
    assert Decimal(overview.win_rate) == 1 and Decimal(overview.volume) == traded
    assert len(overview.trend) == 7 and Decimal(overview.trend[-1].cumulative_pnl) == Decimal(overview.pnl)

    summary = m.calls("asset_summary")
    assert Decimal(summary.wallet_balance) == m.wallet() == Decimal(summary.total_equity)
    assert Decimal(summary.pnl7d) == Decimal(summary.pnl30d) == Decimal(overview.pnl)
    trend = m.calls("equity_trend", period="30D")
    assert len(trend) == 30 and Decimal(trend[-1].equity) == Decimal(summary.total_equity)
    assert Decimal(trend[-1].cumulative_pnl) == Decimal(overview.pnl)


def test_balance_history_snapshots_each_day_end(kind: str, loop: Any) -> None:
    m = Market(kind, loop)
    assert m.calls("balance_snapshots") == []
    m.trade("buy", PRICE)
    wallet = m.wallet()
    day_end = (m.now[0] // DAY_MS + 1) * DAY_MS
    m.stub.place_order(m.maker, symbol=SYMBOL, side="buy", type="limit", quantity=str(SIZE), price=str(PRICE - 1))
    m.stub.place_order(m.maker, symbol=SYMBOL, side="sell", type="limit", quantity=str(SIZE), price=str(PRICE + 1))
    m.now[0] = day_end + 1  # a new day: yesterday's snapshot is taken at the next request
    (shot,) = m.calls("balance_snapshots", asset=ASSET)
    assert shot.time == day_end and Decimal(shot.wallet_balance) == wallet
    assert Decimal(shot.margin_balance) == wallet + Decimal(shot.unrealized_profit)
    trend = m.calls("equity_trend", period="7D")
    assert trend[-2].time == day_end - DAY_MS and Decimal(trend[-2].equity) == Decimal(shot.margin_balance)
    m.now[0] = day_end + DAY_MS
    assert [s.time for s in m.calls("balance_snapshots", asset=ASSET)] == [day_end + DAY_MS, day_end]


def test_the_leaderboard_ranks_the_simulated_accounts_by_pnl(kind: str, loop: Any) -> None:
    m = Market(kind, loop)
    m.trade("buy", PRICE)
    m.trade("sell", PRICE + 100)  # the trader wins what the maker loses
    board = m.calls("leaderboard", period="7D")
    assert [e.rank for e in board] == list(range(1, len(ACCOUNTS) + 1))
    assert board[0].nickname == LOGINS[1] and board[-1].nickname == LOGINS[0]
    assert Decimal(board[0].pnl) == Decimal(m.calls("trade_overview", period="7D").pnl) > 0
    assert Decimal(board[0].roi) > 0 > Decimal(board[-1].roi)
    assert len(m.calls("leaderboard", period="30D", limit=1)) == 1


def test_favourites_are_the_accounts_own(kind: str, loop: Any) -> None:
    m = Market(kind, loop)
    symbols = [mk["symbol"] for mk in API.stub["markets"]][::-1]
    assert m.calls("favorites").symbols == []
    assert m.calls("set_favorites", symbols=symbols).symbols == symbols
    assert m.calls("favorites").symbols == symbols and m.other("favorites").symbols == []
    _refused(lambda: m.calls("set_favorites", symbols=["NOPEUSDT"]), "unknown_market")
    assert m.calls("favorites").symbols == symbols  # a refused list changes nothing
    m.calls("set_favorites", symbols=[])
    assert m.calls("favorites").symbols == []


def test_user_info_is_the_accounts_profile(kind: str, loop: Any) -> None:
    m = Market(kind, loop)
    info = m.calls("account")
    assert (info.user_id, info.username, info.can_trade) == (
        m.trader,
        LOGINS[1],
        True,
    )
    creds = {k: f"{v}-new" for k, v in API.stub["accounts"][0]["credentials"].items()}
    m.stub.add_account("200001", {ASSET: "10"}, ["read"], creds)  # through the control surface
    new = Calls(kind, m.stub, loop, **{k: v for k, v in creds.items() if k not in SESSION_CREDENTIALS})
    info = new("account")
    assert (info.user_id, info.username, info.can_trade) == ("200001", creds[SESSION_CREDENTIALS[0]], False)


def test_settings_follow_leverage_and_margin_mode_changes(kind: str, loop: Any) -> None:
    m = Market(kind, loop)
    first = m.calls("position_settings", symbol=SYMBOL)
    assert (first.leverage, first.margin_mode) == (int(MARKET["leverage"]), MODE["cross"])
    m.calls("set_leverage", symbol=SYMBOL, leverage=10)
    assert m.calls("position_settings", symbol=SYMBOL).leverage == 10
    chosen = m.calls("set_margin_mode", symbol=SYMBOL, margin_mode=MODE["isolated"])
    assert (chosen.margin_mode, chosen.leverage) == (MODE["isolated"], 10)
    assert m.calls("position_settings", symbol=SYMBOL).margin_mode == MODE["isolated"]
    assert m.other("position_settings", symbol=SYMBOL).margin_mode == MODE["cross"]  # another account's own
    _refused(lambda: m.calls("set_margin_mode", symbol=SYMBOL, margin_mode=MODE["isolated"]), "no_change")
    m.trade("buy", PRICE)
    (position,) = m.calls("positions", symbol=SYMBOL)
    assert position.margin_mode == MODE["isolated"] and position.leverage == 10
    _refused(lambda: m.calls("set_margin_mode", symbol=SYMBOL, margin_mode=MODE["cross"]), "position_open")
    m.trade("sell", PRICE)
    m.calls(
        "place_order",
        symbol=SYMBOL,
        side=SIDE["buy"],
        type="LIMIT",
        quantity=str(SIZE),
        price=str(PRICE / 2),
        time_in_force="GTC",
    )
    _refused(lambda: m.calls("set_margin_mode", symbol=SYMBOL, margin_mode=MODE["cross"]), "orders_open")
    m.calls("cancel_all_with_strategies", symbol=SYMBOL)
    assert m.calls("set_margin_mode", symbol=SYMBOL, margin_mode=MODE["cross"]).margin_mode == MODE["cross"]
