"""What the actions share: reading their arguments, the markets and orders they name, and `run`."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ...sim import Exchange, Order, SimulatorError
from ..inbound import wire_decimal

Action = Callable[[Exchange, str | None, dict[str, Any]], Any]


def dec(value: Any) -> Decimal | None:
    return None if value is None else wire_decimal(value)


def integer(value: Any) -> int | None:
    return None if value is None else int(value)


def time_window(args: dict[str, Any]) -> dict[str, Any]:
    return {
        "start_ms": integer(args.get("start_ms")),
        "end_ms": integer(args.get("end_ms")),
        "limit": integer(args.get("limit")),
    }


def text(args: dict[str, Any], name: str) -> str | None:
    """A text argument; None when absent or empty."""
    value = args.get(name)
    return None if value is None or value == "" else str(value)


def words(value: Any) -> list[str] | None:
    """A list argument of words (one word: a list of it); None when absent."""
    return None if value is None else [str(v) for v in (value if isinstance(value, list) else [value])]


def client_id(value: Any) -> int | str | None:
    """A client's id for its order: a number where the API uses numbers, else the text."""
    if value is None or value == "":
        return None
    text = str(value)
    return int(text) if text.isdigit() else text


def required_int(args: dict[str, Any], name: str) -> int:
    value = integer(args.get(name))
    if value is None:
        raise SimulatorError("missing_parameter", f"{name} is required")
    return value


def flag(value: Any) -> bool | None:
    """A yes/no argument (true, 'true', 1, ...); None when absent."""
    if value is None or value == "":
        return None
    return str(value).lower() in ("true", "1", "yes")


def run(action: Action, exchange: Exchange, account: str | None, args: dict[str, Any]) -> Any:
    """Run an action on the state the clock has brought (funding boundaries passed are settled first);
    malformed input (a non-number where one is needed, ...) is a rejection, never a crash. An `owner`
    argument (an account the endpoint itself names: a protocol's public books) stands for the signed one."""
    exchange.catch_up()
    owner = text(args, "owner")
    if owner is not None:
        account = exchange.account(owner).id
    try:
        return action(exchange, account, args)
    except (TypeError, ValueError, ArithmeticError, KeyError, AttributeError) as exc:
        raise SimulatorError("invalid_parameter", f"{type(exc).__name__}: {exc}") from None


def worth(ex: Exchange, asset: str, currency: str | None) -> Decimal | None:
    """An asset's last price in `currency` (1 in itself; None when no market trades one for the other)."""
    if currency is None:
        return None
    return Decimal(1) if asset == currency else ex.price_in(asset, currency)


def account_of(account: str | None) -> str:
    if account is None:
        raise SimulatorError("unknown_key", "this action needs a signed request")
    return account


# -- market kinds and order filters ---------------------------------------------------------------
def symbol_of(ex: Exchange, args: dict[str, Any]) -> str | None:
    """The market named by `symbol` (None when none is), refused if unknown or not of `kind` where one is given."""
    symbol = args.get("symbol")
    if symbol is None or symbol == "":
        return None
    ex.market(str(symbol), args.get("kind"))
    return str(symbol)


def required_symbol(ex: Exchange, args: dict[str, Any]) -> str:
    symbol = symbol_of(ex, args)
    if symbol is None:
        raise SimulatorError("missing_parameter", "a market is required")
    ex.market(symbol)
    return symbol


def kind_ok(ex: Exchange, args: dict[str, Any], symbol: str) -> bool:
    kind = args.get("kind")
    return kind is None or ex.markets[symbol].kind == kind


def untriggered(order: Order) -> bool:
    return order.is_stop and not order.triggered


def wanted(ex: Exchange, args: dict[str, Any], order: Order) -> bool:
    """An order passes the endpoint's filters: kind, stop, side, client id, order id."""
    stop = flag(args.get("stop"))
    side, client, order_id = args.get("side"), client_id(args.get("client_order_id")), integer(args.get("order_id"))
    return (
        kind_ok(ex, args, order.market)
        and (stop is None or untriggered(order) == stop)
        and side in (None, "", order.side)
        and client in (None, order.client_order_id)
        and order_id in (None, order.id)
    )


def find_order(ex: Exchange, account: str | None, args: dict[str, Any]) -> Order:
    """The order named by order_id, else (none given, or none by that id) by client_order_id, as this
    endpoint may see it."""
    symbol, order_id, client = (
        symbol_of(ex, args),
        integer(args.get("order_id")),
        client_id(args.get("client_order_id")),
    )
    try:
        order = ex.find(account_of(account), order_id, client, symbol)
    except SimulatorError:
        if order_id is None or client is None:
            raise
        order = ex.find(account_of(account), None, client, symbol)
    stop = flag(args.get("stop"))
    if not kind_ok(ex, args, order.market) or (stop is not None and untriggered(order) != stop):
        raise SimulatorError("order_not_found", f"order {order.id} not found")
    if flag(args.get("open")) and not order.is_open:
        raise SimulatorError("order_not_found", f"order {order.id} is closed")
    return order
