"""The stub's configuration (runtime/stub/config.py) from the spec's `stub` section and endpoints."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from runtime.config import seconds
from runtime.sim.amm_bots import BotConfig
from runtime.sim.amm_pools import PoolConfig, PoolTerms
from runtime.sim.basis import BasisConfig
from runtime.sim.borrowing import BorrowingConfig
from runtime.sim.delivery import DeliveryConfig
from runtime.sim.funding import HOUR_MS, FundingConfig, FundingTerms
from runtime.sim.funds import Chain, FundsConfig
from runtime.sim.lending import LendingConfig, Offer
from runtime.sim.loans import LoansConfig, LoanTerms
from runtime.sim.model import DEFAULT_WALLET, Market
from runtime.sim.referrals import ReferralConfig
from runtime.sim.rounding import RoundingConfig
from runtime.sim.settlement import SettlementConfig
from runtime.sim.venues import DEFAULT, Venue, VenueConfig
from runtime.stub.config import (
    DEFAULT_ERROR,
    Account,
    EndpointStub,
    ErrorResponse,
    Funds,
    KeyRules,
    RecvWindow,
    StubConfig,
)
from runtime.stub.records import Collection
from runtime.transports.websocket.config import WebSocketStream

from . import at, strip_notes
from .operations import pager
from .sse import sse_stub
from .websocket import Shaper

_DECIMALS = frozenset(
    {"tick_size", "lot_size", "min_quantity", "price", "leverage", "maker_fee", "taker_fee", "max_leverage"}
)
_TEXTS = frozenset({"symbol", "base", "quote", "kind", "wallet", "listed_ms"})


def stub_config(
    data: Mapping[str, Any], websockets: Mapping[str, WebSocketStream] | None = None, shape: Shaper | None = None
) -> StubConfig:
    """A stub's configuration from a (note-free) spec; `shape` tells where the codecs act in stream payloads."""
    stub = strip_notes(data.get("stub", {}))
    endpoints = data["endpoints"]
    with at("stub"):
        kept = stub.get("closed_orders", {}).get("kept_for")
        retention = None if kept is None else int(seconds(kept) * 1000)
        rules = stub.get("key_rules", {})
        expiry = rules.get("expire_without_ip")
        key_rules = KeyRules(
            rules.get("max_keys_per_account"),
            rules.get("max_ips_per_key"),
            bool(rules.get("ip_whitelist", False)),
            None if expiry is None else seconds(expiry),
        )
    streams = strip_notes(data.get("streams", {}))
    return StubConfig(
        venues=_venues(stub),
        wallets=tuple(stub.get("wallets", (DEFAULT_WALLET,))),
        accounts=tuple(_account(i, a) for i, a in enumerate(stub.get("accounts", []))),
        values=stub.get("values", {}),
        rejections=stub.get("rejections", {}),
        messages={str(code): entry["message"] for code, entry in data.get("errors", {}).get("codes", {}).items()},
        retention_ms=retention,
        key_rules=key_rules,
        error_status=stub.get("error_status"),
        error_response=stub.get("error_response", DEFAULT_ERROR),
        error_responses=tuple(
            ErrorResponse(tuple(r["reasons"]), r["status"], strip_notes(r["body"]))
            for r in stub.get("error_responses", [])
        ),
        success_response=stub.get("success_response"),
        endpoints={
            name: _endpoint(name, ep)
            for name, ep in sorted(endpoints.items())
            if ep.get("stub", {}).get("action", "example") != "example"
        },
        examples={name: ep["examples"][0]["response"] for name, ep in sorted(endpoints.items()) if ep.get("examples")},
        schemas=strip_notes(data.get("schemas", {})),
        event_streams={name: sse_stub(name, st, shape) for name, st in streams.items() if st["transport"] == "sse"},
        streams=dict(websockets or {}),  # built with the streams (generator/typed/websocket.py)
        funds=funds_config(stub.get("funds", {})),
        loans=loans_config(stub.get("loans", {})),
        borrowing=BorrowingConfig(
            tuple(stub.get("borrowing", {}).get("assets", ())),
            Decimal(str(stub.get("borrowing", {}).get("loan_to_value", 1))),
        ),
        lending=lending_config(stub.get("lending", {})),
        funding=funding_config(stub),
        marks="mark_price" in stub,
        rounding=rounding_config(stub.get("trade_rounding", {})),
        delivery=DeliveryConfig(_milliseconds(stub.get("delivery", {}).get("auction_every"))),
        amm_bots=BotConfig(**{k: v for k, v in stub.get("amm_bots", {}).items() if k in ("levels", "token")}),
        records={name: Collection(c["key"], tuple(c.get("seed", ()))) for name, c in stub.get("records", {}).items()},
        amm=amm_config(stub.get("amm", {})),
        referrals=referral_config(stub.get("referrals", {})),
        basis=BasisConfig(_duration_ms(stub.get("basis", {}).get("every"))),
        settlement=SettlementConfig(_duration_ms(stub.get("settlement", {}).get("every"))),
    )


def _duration_ms(value: Any) -> int | None:
    return None if value is None else int(seconds(value) * 1000)


def referral_config(data: Mapping[str, Any]) -> ReferralConfig:
    """The stub's `referrals`: the rates of referrers, agents and referees, the rebate asset and wallet."""
    rates = {k: Decimal(str(data.get(k, 0))) for k in ("referrer_rate", "agent_rate", "referee_rate")}
    return ReferralConfig(**rates, asset=data.get("asset", ""), wallet=data.get("wallet"))


def amm_config(amm: Mapping[str, Any]) -> PoolConfig:
    """The stub's `amm`: the wallet liquidity comes from, how often income is settled, the pools."""
    return PoolConfig(
        amm.get("wallet"),
        int(seconds(amm.get("settle_every", "1d")) * 1000),
        tuple(
            PoolTerms(
                p["market"], Decimal(str(p["base_amount"])), Decimal(str(p["fee_share"])), p.get("type", "infinite")
            )
            for p in amm.get("pools", ())
        ),
    )


def rounding_config(data: Mapping[str, Any]) -> RoundingConfig:
    """stub.trade_rounding: how trade totals and fees round (default: exactly)."""
    default = RoundingConfig()
    return RoundingConfig(data.get("method", default.method), Decimal(str(data.get("unit", default.unit))))


_CHAIN_DECIMALS = ("withdraw_fee", "min_withdraw", "min_deposit")
_CHAIN_FIELDS = {"asset", "chain", "precision", "deposit_enabled", "withdraw_enabled", "memo", "address_prefix"}


def chain(data: Mapping[str, Any]) -> Chain:
    """An asset on a chain: the fields the simulator uses typed, the rest kept for templates."""
    fields: dict[str, Any] = {k: v for k, v in data.items() if k in _CHAIN_FIELDS}
    fields.update({k: Decimal(str(v)) for k, v in data.items() if k in _CHAIN_DECIMALS})
    return Chain(**fields, extra={k: v for k, v in data.items() if k not in fields})


def funds_config(funds: Mapping[str, Any]) -> FundsConfig:
    """The stub's `funds`: chains, fees, how long a withdrawal stays cancellable, wrapped assets."""
    settle, every = funds.get("settle_after"), funds.get("redeem_every")
    return FundsConfig(
        tuple(chain(c) for c in funds.get("chains", ())),
        bool(funds.get("fee_included", True)),
        None if settle is None else int(seconds(settle) * 1000),
        tuple(funds.get("wrapped", {}).items()),
        None if every is None else int(seconds(every) * 1000),
    )


def loans_config(loans: Mapping[str, Any]) -> LoansConfig:
    """The stub's `loans`: the wallet loans are paid into, their period, the leverage reported, terms by asset."""
    return LoansConfig(
        loans.get("wallet"),
        int(seconds(loans.get("period", "1d")) * 1000),
        Decimal(str(loans.get("leverage", 10))),
        tuple(
            LoanTerms(
                t["asset"],
                Decimal(str(t["daily_rate"])),
                Decimal(str(t.get("min_amount", 0))),
                _optional(t.get("max_amount")),
            )
            for t in loans.get("assets", ())
        ),
    )


def _milliseconds(duration: Any) -> int | None:
    return None if duration is None else int(seconds(duration) * 1000)


def _optional(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def lending_config(lending: Mapping[str, Any]) -> LendingConfig:
    """The stub's `lending`: standing loan offers, convertible pairs, the amounts' step, the apr's year."""
    offers = tuple(
        Offer(
            int(o["id"]),
            o["asset"],
            Decimal(str(o["amount"])),
            int(seconds(o["term"])),
            Decimal(str(o["initial_margin"])),
            Decimal(str(o["maintenance_margin"])),
            Decimal(str(o["apr"])),
            int(o.get("created_ms", 0)),
            _optional(o.get("min_amount")),
            _optional(o.get("max_amount")),
            tuple(o.get("qualifiers", ())),
        )
        for o in lending.get("offers", ())
    )
    defaults = LendingConfig()
    return LendingConfig(
        offers,
        tuple((c["from"], c["to"]) for c in lending.get("conversions", ())),
        defaults.step if lending.get("step") is None else Decimal(str(lending["step"])),
        int(seconds(lending["year"]) * 1000) if "year" in lending else defaults.year_ms,
    )


# a market's own funding terms (its fields) over the spec's `funding`
_MARKET_FUNDING = {"interest_rate": "interest_rate", "min_funding_rate": "min_rate", "max_funding_rate": "max_rate"}


def funding_config(stub: Mapping[str, Any]) -> FundingConfig:
    """The stub's `funding` (absent: no funding), with the terms markets give of their own."""
    funding = stub.get("funding")
    if funding is None:
        return FundingConfig()
    defaults = FundingTerms()
    terms = FundingTerms(
        int(seconds(funding["interval"]) * 1000) if "interval" in funding else defaults.interval_ms,
        *(
            Decimal(str(funding[name])) if name in funding else getattr(defaults, name)
            for name in ("interest_rate", "min_rate", "max_rate", "premium_step", "step")
        ),
    )
    markets = [m for venue in _venues(stub).venues for m in venue.markets]
    own = {m.symbol: _own_funding(m.extra) for m in markets}
    return FundingConfig(terms, {s: replace(terms, **o) for s, o in own.items() if o})


def _own_funding(extra: Mapping[str, Any]) -> dict[str, Any]:
    own: dict[str, Any] = {_MARKET_FUNDING[k]: Decimal(str(v)) for k, v in extra.items() if k in _MARKET_FUNDING}
    if "funding_interval_hours" in extra:
        own["interval_ms"] = int(extra["funding_interval_hours"]) * HOUR_MS
    return own


def _endpoint(name: str, ep: Mapping[str, Any]) -> EndpointStub:
    mapping = strip_notes(ep["stub"])
    window = mapping.get("recv_window")
    with at("endpoints", name, "stub"):
        return EndpointStub(
            action=mapping["action"],
            response=strip_notes(ep["response"]),
            args=mapping.get("args", {}),
            respond=mapping.get("respond"),
            batch=mapping.get("batch"),
            recv_window=None if window is None else RecvWindow(**window),
            venues=mapping.get("venues"),
            rejections=mapping.get("rejections", {}),
            pager=pager(ep) if ep.get("pagination", {}).get("style") == "page" else None,
        )


def market(data: Mapping[str, Any]) -> Market:
    """A market of the spec: known fields typed, the rest kept for templates."""
    return Market(
        symbol=data["symbol"],
        base=data["base"],
        quote=data["quote"],
        kind=data.get("kind", "spot"),
        wallet=data.get("wallet"),
        listed_ms=int(data.get("listed_ms", 0)),
        extra={k: v for k, v in data.items() if k not in _DECIMALS | _TEXTS},
        **{k: Decimal(str(v)) for k, v in data.items() if k in _DECIMALS},
    )


def _markets(markets: list[Mapping[str, Any]], at_: tuple[str | int, ...]) -> tuple[Market, ...]:
    out = []
    for i, m in enumerate(markets):
        with at(*at_, i):
            out.append(market(m))
    return tuple(out)


def _venues(stub: Mapping[str, Any]) -> VenueConfig:
    section = stub.get("venues")
    if section is None:
        return VenueConfig((Venue(DEFAULT, _markets(stub.get("markets", []), ("stub", "markets"))),))
    return VenueConfig(
        tuple(
            Venue(name, _markets(venue.get("markets", []), ("stub", "venues", "list", name, "markets")))
            for name, venue in section["list"].items()
        ),
        section["param"],
        section.get("tag_separators", ""),
    )


def _funds(data: Mapping[str, Any]) -> Funds:
    return Funds(
        {a: Decimal(str(v)) for a, v in data.get("balances", {}).items()},
        {w: {a: Decimal(str(v)) for a, v in assets.items()} for w, assets in data.get("wallets", {}).items()},
    )


def _account(index: int, data: Mapping[str, Any]) -> Account:
    with at("stub", "accounts", index):
        return Account(
            id=str(data["id"]),
            funds=_funds(data),
            permissions=tuple(data.get("permissions", ())),
            credentials=dict(data.get("credentials", {})),
            ips=tuple(data.get("ips", ())),
            venues={v: _funds(funds) for v, funds in data.get("venues", {}).items()},
        )
