"""The orders a simulated exchange holds, and the views of them: by id, by client order id, open,
stops, order and fill histories."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from .model import Fill, Order, SimulatorError


class OrderStore:
    """The orders an exchange holds, each found in O(1): by id, by account (in placement order), the
    open ones by account, and by (account, client order id).

    A closed order stays `retention_ms` after it closed (the exchange's window; None: no window), and
    among the newest `max_closed` closed orders (a bound on memory whatever the clock does); then it is
    forgotten, its client order id with it.
    """

    def __init__(self, retention_ms: int | None, max_closed: int, clock: Callable[[], int]) -> None:
        self.clock = clock
        self.retention_ms = retention_ms
        self.max_closed = max_closed
        self.by_id: dict[int, Order] = {}
        self._of_account: dict[str, dict[int, Order]] = {}
        self._open: dict[str, dict[int, Order]] = {}
        self._by_client: dict[tuple[str, int | str], deque[Order]] = {}  # oldest first
        self._closed: deque[tuple[int, Order]] = deque()  # (when it closed, order), oldest first

    def add(self, order: Order) -> None:
        """A new order (its id not held: the exchange checks before it reserves anything)."""
        self.by_id[order.id] = order
        self._of_account.setdefault(order.account, {})[order.id] = order
        self._open.setdefault(order.account, {})[order.id] = order
        if order.client_order_id is not None:
            self._by_client.setdefault((order.account, order.client_order_id), deque()).append(order)

    def renumber(self, order: Order, new_id: int) -> None:
        """An open order under a new id; the old id is forgotten (an exchange that replaces on amend)."""
        for index in (self.by_id, self._of_account[order.account], self._open[order.account]):
            del index[order.id]
            index[new_id] = order
        order.id = new_id

    def closed(self, order: Order, now: int) -> None:
        """An order reached a final status (counted once, however many paths report it)."""
        if self._open.get(order.account, {}).pop(order.id, None) is not None:
            self._closed.append((now, order))

    def prune(self, now: int) -> None:
        """Forget the closed orders past the window, and the oldest beyond max_closed."""
        closed, window = self._closed, self.retention_ms
        while closed and (len(closed) > self.max_closed or (window is not None and closed[0][0] + window <= now)):
            self._forget(closed.popleft()[1])

    def _forget(self, order: Order) -> None:
        del self.by_id[order.id]
        del self._of_account[order.account][order.id]
        if order.client_order_id is not None:
            key = (order.account, order.client_order_id)
            same = self._by_client[key]
            if same[0] is order:  # the usual case: the oldest goes first
                same.popleft()
            else:
                same.remove(order)
            if not same:
                del self._by_client[key]

    def of(self, account_id: str) -> list[Order]:
        """The account's orders, oldest first."""
        return list(self._of_account.get(account_id, {}).values())

    def open_of(self, account_id: str) -> list[Order]:
        """The account's open orders (untriggered stops included), oldest first."""
        return list(self._open.get(account_id, {}).values())

    def with_client_id(self, account_id: str, client_order_id: int | str) -> list[Order]:
        """The account's orders with this client order id, newest first."""
        return list(reversed(self._by_client.get((account_id, client_order_id), ())))

    # -- views (each prunes first: what has aged out is gone) --------------------------------
    @property
    def held(self) -> dict[int, Order]:
        """Every order held (open, and closed ones within the retention window), by id."""
        self.prune(self.clock())
        return self.by_id

    def by_client_id(self, account_id: str, client_order_id: int | str) -> Order | None:
        """The account's newest order with this client order id, open or closed and still held."""
        self.prune(self.clock())
        same = self.with_client_id(account_id, client_order_id)
        return same[0] if same else None

    def find(
        self,
        account_id: str,
        order_id: int | None = None,
        client_order_id: int | str | None = None,
        symbol: str | None = None,
    ) -> Order:
        """An order of the account by id, else the newest with this client order id (in `symbol`)."""
        self.prune(self.clock())
        if order_id is not None:
            found = self.by_id.get(order_id)
            candidates = [found] if found is not None and found.account == account_id else []
        else:
            candidates = [] if client_order_id is None else self.with_client_id(account_id, client_order_id)
        for order in candidates:
            if symbol in (None, order.market):
                return order
        raise SimulatorError(
            "order_not_found", f"order {order_id if order_id is not None else client_order_id} not found"
        )

    def _orders_of(self, account_id: str) -> list[Order]:
        self.prune(self.clock())
        return self.of(account_id)

    def open_orders(self, account_id: str, symbol: str | None = None) -> list[Order]:
        return [o for o in self.open_of(account_id) if symbol is None or o.market == symbol]

    def stop_orders(self, account_id: str, symbol: str | None = None, *, pending: bool = True) -> list[Order]:
        """Untriggered stop orders (`pending`), or the finished ones: triggered, or cancelled before that."""
        return [
            o
            for o in self._orders_of(account_id)
            if o.is_stop and (symbol is None or o.market == symbol) and (o.status == "pending") == pending
        ]

    def order_history(
        self,
        account_id: str,
        symbol: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Order]:
        orders = [
            o
            for o in self._orders_of(account_id)
            if (symbol is None or o.market == symbol)
            and (start_ms is None or o.updated_ms >= start_ms)
            and (end_ms is None or o.created_ms <= end_ms)
        ]
        orders.sort(key=lambda o: (o.updated_ms, o.id), reverse=True)
        return orders[:limit] if limit else orders

    def account_fills(
        self,
        account_id: str,
        symbol: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[Fill]:
        fills = [f for o in self._orders_of(account_id) for f in o.fills if (symbol is None or f.market == symbol)]
        fills = [
            f for f in fills if (start_ms is None or f.time_ms >= start_ms) and (end_ms is None or f.time_ms <= end_ms)
        ]
        fills.sort(key=lambda f: (f.time_ms, f.id), reverse=True)
        return fills[:limit] if limit else fills
