"""Control actions that read or change a venue's simulator directly: the state a test author sees
(`stub.state()`, `GET /__stub__/state`), deposits arriving (`POST /__stub__/deposits`), index prices
moving (`POST /__stub__/prices`) and referrals (`POST /__stub__/referrals`)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..sim import SimulatorError
from ..sim.funds import Deposit
from ..sim.referrals import Relation

if TYPE_CHECKING:
    from .app import Stub
    from .builders import NewDeposit, NewPrice, NewReferral


def move_index(stub: Stub, new: NewPrice) -> dict[str, Any]:
    """Move a market's index price (sim/market_data.py): its mark price follows, stops watching them trigger."""
    exchange = stub.venue(new.venue)
    if not exchange.data.marks:
        raise SimulatorError(
            "invalid_parameter", "this stub's mark and index prices are its last price (no mark_price)"
        )
    exchange.catch_up()
    exchange.set_index(new.symbol, new.index)
    return {"symbol": new.symbol, "index": exchange.data.index(new.symbol), "mark": exchange.data.mark(new.symbol)}


def deposit(stub: Stub, new: NewDeposit) -> Deposit:
    """A deposit arriving in a venue (by default the default one), credited at once."""
    return stub.venue(new.venue).funds.deposit(new.account, new.asset, Decimal(new.amount), new.chain, new.tx_id)


def refer(stub: Stub, new: NewReferral) -> Relation:
    """One account refers another in a venue (by default the default one)."""
    ex = stub.venue(new.venue)
    ex.catch_up()
    return ex.referrals.refer(new.referrer, new.referee, new.agent)


def state(stub: Stub, venue: str | None = None) -> dict[str, Any]:
    """Every account's balances (and every wallet, margin held included), positions and open orders in
    a venue (by default the default one); the market maker's are left out."""
    ex = stub.venue(venue)
    ex.catch_up()
    return {
        "accounts": {
            a.id: {
                "balances": {k: {"total": b.total, "reserved": b.reserved} for k, b in a.balances.items()},
                "wallets": {
                    wallet: {k: {"total": b.total, "reserved": b.reserved, "margin": b.margin} for k, b in w.items()}
                    for wallet, w in a.wallets.items()
                },
                "positions": {s: p.quantity for s, p in a.positions.items()},
            }
            for a in ex.accounts.values()
            if a.id != ex.MAKER
        },
        "open_orders": [
            {
                "id": o.id,
                "account": o.account,
                "market": o.market,
                "side": o.side,
                "price": o.price,
                "remaining": o.remaining,
            }
            for o in ex.orders.values()
            if o.is_open and o.account != ex.MAKER
        ],
    }
