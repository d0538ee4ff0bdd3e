"""Auto-settlement of perpetual positions (the spec's `settlement`): at every `every_ms` boundary, each open
position's unrealised PnL at the mark price (the last price where the exchange keeps no mark of its own)
is realised into the position's margin and the wallet, and the position's entry price becomes that price
(CoinEx's position settlement). Settled lazily (at `settle`, which the exchange calls as it catches up),
each boundary passed once, at the prices of the moment it is seen; each settlement is recorded with the
position as it stands after it, as margin changes are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .accounts import Ledger
from .market_data import MarketData
from .model import MAKER, MONEY_STEP
from .positions import Positions


@dataclass(frozen=True)
class SettlementConfig:
    every_ms: int | None = None  # None: positions are never settled


class Settlements:
    def __init__(
        self, config: SettlementConfig, ledger: Ledger, data: MarketData, positions: Positions, clock: Callable[[], int]
    ) -> None:
        self.config = config
        self.ledger = ledger
        self.data = data
        self.positions = positions
        self.clock = clock
        self._last_ms = self._boundary()

    def _boundary(self) -> int:
        every = self.config.every_ms
        return 0 if every is None else self.clock() - self.clock() % every

    def settle(self) -> None:
        every, boundary = self.config.every_ms, self._boundary()
        if every is None:
            return
        while self._last_ms < boundary:
            self._last_ms += every
            for account in self.ledger.accounts.values():
                if account.id != MAKER:
                    for position in list(account.positions.values()):
                        if position.quantity and self.data.markets[position.market].kind == "perpetual":
                            self._settle(account.id, position.market)

    def _settle(self, account_id: str, symbol: str) -> None:
        account, market = self.ledger.account(account_id), self.data.market(symbol)
        position = account.positions[symbol]
        price = self.data.mark(symbol)
        pnl = ((price - position.entry_price) * position.quantity).quantize(MONEY_STEP)  # as the wallet shows it
        wallet = self.ledger.wallet_of(market)
        position.realized_pnl += pnl
        position.margin += pnl
        account.balance(market.margin_asset, wallet).margin += pnl
        self.ledger.change(account, market.margin_asset, wallet, pnl, "settlement", market=symbol)
        position.entry_price, position.updated_ms = price, self.clock()
        account.settlements.append(self.positions.margin_record(account, market, position, pnl))
