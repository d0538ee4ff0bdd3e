"""The codecs against the documented vectors, both directions: what a client encodes the stub side
accepts, what the stub writes a client decodes, and a malformed or unrepresentable value is refused.

Vectors: NOTES-coinflex.md A9 (scaled amounts and prices, the tick-rounding table, the reservation
formula) and NOTES-coinex-coinapi-perp.md b.7 (ISO-8601 input formats, 7-digit output)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, Literal

import msgspec
import pytest
from typed_support import scale_set

from exchange_bindings.runtime.codecs import BODIES, Scope, codec_for
from exchange_bindings.runtime.codecs.bodies import as_text, load_json
from exchange_bindings.runtime.codecs.checks import checked
from exchange_bindings.runtime.codecs.number import EXACT, JsonNumber
from exchange_bindings.runtime.codecs.scaled import Rounding, Scaled, on_tick
from exchange_bindings.runtime.codecs.shape import Fields, Items, apply, shape_of
from exchange_bindings.runtime.codecs.timestamps import IsoTime, UnixTime, format_iso, parse_iso

D = Decimal
# NOTES A9: every asset and price has the scale 10000; ticks (scaled) of the pair table
SCALES = scale_set(
    {
        "amount": {"by": "asset", "default": 10000},
        "price": {
            "by": "market",
            "default": 10000,
            "ticks": {"XBT:USDT": 10000, "ETH:USDT": 1000, "FLEX:USDT": 50, "DOTF:USDTDOT": 20_000}
            | {"BCH:USDT": 2500, "USDC:USDT": 10},
            "rounding": {"side": "side", "down": ["buy"], "up": ["sell"]},
        },
    }
)
AMOUNT = Scaled("amount", "{asset}")
PRICE = Scaled("price", "{base}:{counter}")


def _at(**fields: Any) -> Scope:
    return Scope(SCALES, (fields,))


# -- A9: amounts and prices ---------------------------------------------------------------------------
A9_AMOUNTS = [("XBT", "12.3456", 123456), ("USDT", "1.654", 16540), ("XBT", "1.5", 15000), ("USDC", "20", 200000)]
A9_PRICES = [("XBT", "USDT", "4443", 44430000), ("USDC", "USDT", "1.011", 10110)]


@pytest.mark.parametrize(("asset", "amount", "wire"), A9_AMOUNTS)
def test_a9_amounts_both_ways(asset: str, amount: str, wire: int) -> None:
    scope = _at(asset=asset)
    assert AMOUNT.encode(D(amount), scope) == wire  # the client writes the documented integer
    assert AMOUNT.accept(wire, scope) == D(amount)  # which the stub reads as the amount
    assert AMOUNT.render(D(amount), scope) == wire  # the stub writes it back
    assert AMOUNT.decode(wire, scope) == D(amount)  # and the client reads the amount
    assert AMOUNT.encode(amount, scope) == wire  # a numeric string is money too


@pytest.mark.parametrize(("base", "counter", "price", "wire"), A9_PRICES)
def test_a9_prices_both_ways(base: str, counter: str, price: str, wire: int) -> None:
    scope = _at(base=base, counter=counter)
    assert PRICE.decode(PRICE.encode(D(price), scope), scope) == D(price)
    assert PRICE.encode(D(price), scope) == wire and PRICE.accept(wire, scope) == D(price)


@pytest.mark.parametrize("amount", ["12.34567", "0.00001", D("1E-5")])
def test_an_amount_the_scale_cannot_represent_is_refused(amount: Any) -> None:
    with pytest.raises(ValueError, match="whole multiples of 1/10000"):
        AMOUNT.encode(amount, _at(asset="XBT"))


@pytest.mark.parametrize("bad", [0.1 + 0.2, 1.5, True, "1.2.3", "NaN", None, "1 "])
def test_a_float_or_non_number_is_never_money(bad: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        AMOUNT.encode(bad, _at(asset="XBT"))


@pytest.mark.parametrize("wire", [1.5, "1.5", "abc", True, D("0.5"), [1], None])
def test_the_stub_refuses_a_scaled_value_that_is_not_an_integer(wire: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        AMOUNT.accept(wire, _at(asset="XBT"))


def test_a_price_off_the_tick_is_refused_by_the_client() -> None:
    with pytest.raises(ValueError, match="not on the tick of XBT:USDT: a multiple of 1 is needed"):
        PRICE.encode(D("4000.0001"), _at(base="XBT", counter="USDT"))
    assert PRICE.encode(D(4_001), _at(base="XBT", counter="USDT")) == 40010000


def test_an_unknown_key_without_a_default_is_refused() -> None:
    scales = scale_set({"amount": {"factors": {"XBT": 10000}}})
    with pytest.raises(ValueError, match="no amount scale is known for 'ETH'"):
        AMOUNT.encode(D(1), Scope(scales, ({"asset": "ETH"},)))
    with pytest.raises(ValueError, match="no 'asset' to tell the scale by"):
        AMOUNT.encode(D(1), Scope(scales, ({},)))


# -- A9: the tick-rounding table: bids down, asks up ---------------------------------------------------
TICK_TABLE = [  # placed as (side, base, counter, qty, price) -> opened price, as documented
    ("sell", "XBT", "USDT", -1, 40000001, 40010000),
    ("buy", "ETH", "USDT", 10, 1601900, 1601000),
    ("buy", "FLEX", "USDT", 15000, 102060, 102050),
    ("buy", "DOTF", "USDTDOT", 32000, 10033000, 10020000),
    ("sell", "BCH", "USDT", 10_001, 2687600, 2690000),
    ("buy", "XBT", "USDT", 11234, 39999999, 39990000),
    ("sell", "USDC", "USDT", -10_001, 10_001, 10010),
    ("buy", "USDC", "USDT", 10019, 11299, 11290),
]


@pytest.mark.parametrize("row", TICK_TABLE, ids=lambda r: f"{r[0]}-{r[1]}@{r[4]}")
def test_a9_tick_rounding_table(row: tuple[str, str, str, int, int, int]) -> None:
    side, base, counter, _, placed, opened = row
    scope = _at(base=base, counter=counter, side=side)
    price = PRICE.accept(placed, scope)  # the stub rounds as the exchange does
    assert PRICE.render(price, scope) == opened
    assert on_tick(placed, SCALES.tick("price", f"{base}:{counter}") or 0, "down" if side == "buy" else "up") == opened


@pytest.mark.parametrize("row", TICK_TABLE, ids=lambda r: f"{r[0]}-{r[1]}@{r[4]}")
def test_a9_tick_rounding_by_the_sign_of_the_quantity(row: tuple[str, str, str, int, int, int]) -> None:
    """CoinFLEX v1 tells the side by the quantity's sign (negative: sell); a rule can say so."""
    side, base, counter, quantity, placed, opened = row
    rule = Rounding("quantity", down=("positive",), up=("negative",))
    assert rule.mode(Scope(None, ({"quantity": quantity if side == "buy" else -abs(quantity)},))) == (
        "down" if side == "buy" else "up"
    )
    tick = SCALES.tick("price", f"{base}:{counter}") or 0
    assert on_tick(placed, tick, rule.mode(Scope(None, ({"quantity": -1 if side == "sell" else 1},))) or "") == opened


def test_a9_reservation_formula() -> None:
    """A bid reserves ceil(quantity x price / 10000): qty 12345 @ 1234500 reserves 1523991."""
    reserved = Scaled("amount", "{asset}", round="up")
    scope = _at(asset="USDT")
    amount = AMOUNT.accept(12345, scope) * PRICE.accept(1234500, _at(base="FLEX", counter="USDT"))
    assert amount == D("152.399025") and reserved.render(amount, scope) == 1523991
    assert AMOUNT.render(amount, scope) == 1523990  # half-even, where the exchange rounds that way


# -- b.7: ISO-8601 -----------------------------------------------------------------------------------
MOMENT = datetime(2020, 5, 27, 11, 16, 20, 167770, tzinfo=UTC)
B7_INPUTS = [  # every accepted input format of NOTES b.7, no zone meaning UTC
    ("2020-05-27T11:16:20.1677709", MOMENT),
    ("2020-05-27T11:16:20.167", MOMENT.replace(microsecond=167000)),
    ("2020-05-27T11:16:20", MOMENT.replace(microsecond=0)),
    ("2020-05-27T11:16", MOMENT.replace(second=0, microsecond=0)),
    ("2020-05-27T11", MOMENT.replace(minute=0, second=0, microsecond=0)),
    ("2020-05-27", datetime(2020, 5, 27, tzinfo=UTC)),
    ("20200527T1116201677709", MOMENT),
    ("20200527T111620167", MOMENT.replace(microsecond=167000)),
    ("20200527T111620", MOMENT.replace(microsecond=0)),
    ("20200527T1116", MOMENT.replace(second=0, microsecond=0)),
    ("20200527T11", MOMENT.replace(minute=0, second=0, microsecond=0)),
    ("20200527", datetime(2020, 5, 27, tzinfo=UTC)),
    # the output format, and zones
    ("2020-05-27T11:16:20.1677709Z", MOMENT),
    ("2020-05-27T13:16:20.1677709+02:00", MOMENT),
    ("2020-05-27T06:16:20.1677709-0500", MOMENT),
]
ISO = IsoTime(7)


@pytest.mark.parametrize(("text", "moment"), B7_INPUTS, ids=[t for t, _ in B7_INPUTS])
def test_b7_every_input_format(text: str, moment: datetime) -> None:
    assert parse_iso(text) == moment and parse_iso(text).tzinfo is UTC
    assert ISO.decode(text, Scope()) == moment  # a client reads it
    assert ISO.accept(text, Scope()) == (moment - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(
        milliseconds=1
    )  # the stub: ms


def test_b7_output_has_seven_fractional_digits() -> None:
    assert ISO.encode(MOMENT, Scope()) == "2020-05-27T11:16:20.1677700Z"
    assert ISO.encode(datetime(2020, 1, 1, 10, 45, 20), Scope()) == "2020-01-01T10:45:20.0000000Z"  # naive is UTC
    assert ISO.encode(MOMENT.astimezone(timezone(timedelta(hours=-3))), Scope()) == "2020-05-27T11:16:20.1677700Z"
    assert ISO.render(1590578180167, Scope()) == "2020-05-27T11:16:20.1670000Z"  # the stub's milliseconds
    assert format_iso(MOMENT, 3) == "2020-05-27T11:16:20.167Z" and format_iso(MOMENT, 0) == "2020-05-27T11:16:20Z"
    # what the client writes the stub reads back to the same moment
    assert ISO.decode(ISO.encode(MOMENT, Scope()), Scope()) == MOMENT


@pytest.mark.parametrize(
    "bad", ["2020-13-01", "2020-05-27T25", "2020-05-32", "yesterday", "2020-05-27T11:16:20.1234567890", "2020-5-27", ""]
)
def test_b7_malformed_times_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        ISO.accept(bad, Scope())
    with pytest.raises(ValueError):
        ISO.decode(bad, Scope())


@pytest.mark.parametrize(
    ("unit", "wire", "ms"), [("unix_s", 1700000000, 1700000000000), ("unix_us", 1700000000123456, 1700000000123)]
)
def test_unix_times_both_ways(unit: str, wire: int, ms: int) -> None:
    codec = UnixTime(unit)
    assert codec.accept(wire, Scope()) == ms and codec.accept(str(wire), Scope()) == ms
    assert codec.render(ms, Scope()) == wire - wire % (1000 if unit == "unix_us" else 1)
    assert codec.encode(wire, Scope()) == wire and codec.decode(wire, Scope()) == wire  # callers keep the unit
    with pytest.raises(ValueError):
        codec.accept("1.5", Scope())


# -- doubles ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["0.0783", "0.07830000000000001", "12345678901234567890.123456789", "-0.00000001", "1E-8", "100"]
)
def test_json_numbers_are_read_exactly_as_written(text: str) -> None:
    assert EXACT.decode(f"[{text}]".encode()) == [D(text) if "." in text or "E" in text else int(text)]
    assert load_json(f'{{"price": {text}}}'.encode()) == {"price": D(text) if "." in text or "E" in text else 100}
    assert msgspec.json.decode(text.encode(), type=D) == D(text)  # typed structs, likewise


@pytest.mark.parametrize(("value", "wire"), [(D("0.0783"), b"0.0783"), (D("1E-8"), b"0.00000001"), ("1.50", b"1.50")])
def test_decimals_go_out_as_json_numbers_without_float_rounding(value: Any, wire: bytes) -> None:
    raw = JsonNumber().encode(value, Scope())
    assert msgspec.json.encode({"price": raw}) == b'{"price":' + wire + b"}"
    assert load_json(msgspec.json.encode({"price": raw})) == {"price": D(wire.decode())}  # the stub reads it back
    with pytest.raises(ValueError, match="never a float"):
        JsonNumber().encode(0.0783, Scope())


# -- form bodies -----------------------------------------------------------------------------------------
def test_form_bodies_both_ways() -> None:
    form = BODIES["form"]
    fields = {"base": "XBT", "quantity": 123456, "price": D("1E-8"), "post": True, "ids": [1, 2], "note": "a b&c=d"}
    body = form.encode(fields)
    assert body == b"base=XBT&quantity=123456&price=0.00000001&post=true&ids=1&ids=2&note=a+b%26c%3Dd"
    assert form.decode(body) == {
        "base": "XBT",
        "quantity": "123456",
        "price": "0.00000001",
        "post": "true",
        "ids": ["1", "2"],
        "note": "a b&c=d",
    }
    assert form.content_type == "application/x-www-form-urlencoded" and not form.typed
    with pytest.raises(ValueError):
        form.decode(b"a=%ff%fe")  # not UTF-8
    with pytest.raises(ValueError):
        form.encode({"order": {"price": 1}})  # an object has no form
    assert as_text(D("1.50")) == "1.50" and as_text([D("1"), False]) == "1,false"


def test_json_bodies_refuse_what_is_not_an_object() -> None:
    with pytest.raises(ValueError, match="JSON object"):
        BODIES["json"].decode(b"[1, 2]")
    with pytest.raises(ValueError, match="out of range"):
        BODIES["json"].decode(b'{"a": 1e400}')


# -- shapes: codecs at any depth, with the fields around them ----------------------------------------------
SCHEMAS = {
    "Fill": {
        "type": "object",
        "properties": {"price": {"type": "integer", "x-scale": {"scale": "price", "key": "{base}:{counter}"}}},
    },
    "Order": {
        "type": "object",
        "properties": {
            "base": {"type": "string"},
            "counter": {"type": "string"},
            "quantity": {"type": "integer", "x-scale": {"scale": "amount", "key": "{base}"}},
            "at": {"type": "string", "format": "date-time"},
            "note": {"type": "string", "format": "decimal"},
            "fills": {"type": "array", "items": {"$ref": "#/schemas/Fill"}},
        },
    },
}


def test_a_shape_visits_only_the_fields_a_codec_acts_on() -> None:
    shape = shape_of({"type": "array", "items": {"$ref": "#/schemas/Order"}}, SCHEMAS, codec_for, ("decode",))
    assert isinstance(shape, Items) and isinstance(shape.item, Fields)
    assert [name for name, _ in shape.item.fields] == ["quantity", "at", "fills"]  # not base, counter, note
    wire = [{"base": "XBT", "counter": "USDT", "quantity": 15000, "at": "20200527T11", "fills": [{"price": 44430000}]}]
    assert apply(shape, wire, "decode", Scope(SCALES)) == [
        {
            "base": "XBT",
            "counter": "USDT",
            "quantity": D("1.5"),
            "at": datetime(2020, 5, 27, 11, tzinfo=UTC),
            "fills": [{"price": D("4443")}],  # its key's fields are the order's, around it
        }
    ]
    assert shape_of(SCHEMAS["Order"]["properties"]["note"], SCHEMAS, codec_for, ("decode",)) is None


def test_a_recursive_struct_with_codec_fields_is_refused() -> None:
    schemas = {
        "Node": {
            "type": "object",
            "properties": {"at": {"type": "string", "format": "date-time"}, "next": {"$ref": "#/schemas/Node"}},
        }
    }
    with pytest.raises(ValueError, match="refers to itself"):
        shape_of({"$ref": "#/schemas/Node"}, schemas, codec_for, ("decode",))


# -- request structs keep the promises of keyword arguments ------------------------------------------------
class _Order(msgspec.Struct, kw_only=True):
    side: Literal["buy", "sell"]
    quantity: Decimal
    leverage: float | None = None


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ([_Order(side="buy", quantity=0.1 + 0.2)], r"never a float \(at \$\[0\]\.quantity\)"),  # type: ignore[arg-type]
        ([_Order(side="NOPE", quantity=D(1))], "Invalid enum value 'NOPE'"),  # type: ignore[arg-type]
        ([{"side": "buy", "quantity": 0.5}], "never a float"),
        ({"x": [_Order(side="buy", quantity=0.5)]}, r"\$\.x\[0\]\.quantity"),  # type: ignore[arg-type]
    ],
)
def test_structs_are_checked_at_any_depth(value: Any, problem: str) -> None:
    kind = dict[str, list[_Order]] if isinstance(value, dict) and "x" in value else list[_Order]
    with pytest.raises(ValueError, match=problem):
        checked(value, kind)


def test_a_float_where_money_does_not_go_is_fine() -> None:
    assert checked([_Order(side="sell", quantity=D("0.5"), leverage=2.5)], list[_Order]) == [
        _Order(side="sell", quantity=D("0.5"), leverage=2.5)
    ]
