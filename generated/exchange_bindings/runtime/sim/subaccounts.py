"""Sub-accounts: accounts of the simulator (with their own wallets) that a main account creates, freezes,
funds by transfer and gives API keys.

A sub-account is an ordinary account of the ledger, so it trades, holds balances and transfers between
its wallets like any other; this part keeps what makes it a sub-account: its owner, name, permissions,
frozen state, API keys and the transfers between it and its owner. The keys themselves live in the
`Keyring` (the stub's verifier, where requests are checked): the simulator issues, rebinds and revokes
them there, and a frozen sub-account is suspended there, so requests signed with its keys are refused.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from .accounts import Emit, Ledger
from .model import ZERO, SimulatorError, newest_first


class Keyring(Protocol):
    """Where API keys live and requests are checked against them (under the API's key rules)."""

    def issue(
        self, account: str, permissions: frozenset[str], ips: Sequence[str], seed: str
    ) -> tuple[str, dict[str, str]]:
        """A new key of `account`: the value that names it, and every credential of it."""
        ...

    def rebind(self, key: str, permissions: frozenset[str], ips: Sequence[str]) -> None: ...

    def revoke(self, key: str) -> None: ...

    def enable(self, key: str, enabled: bool) -> None:
        """Accept (or refuse) the requests signed with the key."""
        ...

    def expires_ms(self, key: str) -> int | None:
        """When the key stops working (None: never)."""
        ...

    def suspend(self, account: str, suspended: bool) -> None:
        """Refuse (or again accept) every request of the account."""
        ...


class LocalKeyring:
    """A keyring of the simulator alone (no stub in front): keys are issued and forgotten, nothing checks them."""

    def __init__(self) -> None:
        self.suspended: set[str] = set()

    def issue(
        self, account: str, permissions: frozenset[str], ips: Sequence[str], seed: str
    ) -> tuple[str, dict[str, str]]:
        key = hashlib.sha256(f"key|{seed}".encode()).hexdigest().upper()[:32]
        return key, {"key": key, "secret": hashlib.sha256(f"secret|{seed}".encode()).hexdigest().upper()}

    def rebind(self, key: str, permissions: frozenset[str], ips: Sequence[str]) -> None:
        pass

    def revoke(self, key: str) -> None:
        pass

    def enable(self, key: str, enabled: bool) -> None:
        pass

    def expires_ms(self, key: str) -> int | None:
        return None

    def suspend(self, account: str, suspended: bool) -> None:
        (self.suspended.add if suspended else self.suspended.discard)(account)


@dataclass
class ApiKey:
    """An API key of a sub-account; `key` is the credential that names it in the keyring."""

    id: int
    account: str
    key: str
    credentials: dict[str, str]
    ips: tuple[str, ...]
    permissions: frozenset[str]
    remark: str
    created_ms: int
    expires_ms: int | None = None  # filled in when shown: the keyring's answer


@dataclass
class SubAccount:
    name: str
    owner: str  # the main account's id
    account: str  # its own account id in the ledger
    permissions: tuple[str, ...]
    remark: str
    created_ms: int
    frozen: bool = False
    keys: dict[int, ApiKey] = field(default_factory=dict)


@dataclass
class SubTransfer:
    """A transfer between a main account and one of its sub-accounts, or between two of them (None: the main account)."""

    id: int
    owner: str
    from_name: str | None
    to_name: str | None
    from_wallet: str
    to_wallet: str
    asset: str
    amount: Decimal
    time_ms: int
    status: str = "finished"


class SubAccounts:
    """The sub-accounts of every main account, their keys, and the transfers between them and their owner."""

    def __init__(self, ledger: Ledger, clock: Callable[[], int], emit: Emit, keyring: Keyring | None = None) -> None:
        self.ledger = ledger
        self.clock = clock
        self.emit = emit
        self.keyring: Keyring = keyring or LocalKeyring()
        self.by_name: dict[str, SubAccount] = {}  # names are unique in the exchange
        self.by_account: dict[str, SubAccount] = {}
        self.history: dict[str, list[SubTransfer]] = {}  # by owner
        self._key_ids = itertools.count(1)
        self._transfer_ids = itertools.count(1)

    # -- who may do what ----------------------------------------------------------------------
    def main(self, account_id: str) -> str:
        """The account, refused when it is itself a sub-account (sub-accounts are managed by their owner only)."""
        self.ledger.account(account_id)
        sub = self.by_account.get(account_id)
        if sub is not None:
            raise SimulatorError("not_main_account", f"sub-account {sub.name} may not manage sub-accounts")
        return account_id

    def of(self, owner: str, name: str, *, active: bool = False) -> SubAccount:
        """The owner's sub-account by name (refused when it is another's, or frozen where `active`)."""
        sub = self.by_name.get(name)
        if sub is None or sub.owner != self.main(owner):
            raise SimulatorError("unknown_account", f"no sub-account {name}")
        if active and sub.frozen:
            raise SimulatorError("account_frozen", f"sub-account {name} is frozen")
        return sub

    def info(self, account_id: str) -> SubAccount | None:
        """The sub-account an account is (None: a main account)."""
        self.ledger.account(account_id)
        return self.by_account.get(account_id)

    # -- sub-accounts ---------------------------------------------------------------------------
    def create(
        self, owner: str, name: str, permissions: Iterable[str], remark: str = "", limit: int | None = None
    ) -> SubAccount:
        """A new sub-account of `owner` with no funds (at most `limit` per owner)."""
        self.main(owner)
        if not name:
            raise SimulatorError("missing_parameter", "a sub-account needs a name")
        if name in self.by_name:
            raise SimulatorError("invalid_parameter", f"the name {name} is taken")
        if limit is not None and sum(1 for s in self.by_name.values() if s.owner == owner) >= limit:
            raise SimulatorError("invalid_parameter", f"an account has at most {limit} sub-accounts")
        account_id = f"{owner}/{name}"
        self.ledger.add_account(account_id, {})
        sub = SubAccount(name, owner, account_id, tuple(permissions), remark, self.clock())
        self.by_name[name] = self.by_account[account_id] = sub
        return sub

    def subs(self, owner: str, name: str | None = None, frozen: bool | None = None) -> list[SubAccount]:
        """The owner's sub-accounts (one by name; frozen or active ones), oldest first."""
        self.main(owner)
        return [
            s
            for s in self.by_name.values()
            if s.owner == owner and name in (None, s.name) and frozen in (None, s.frozen)
        ]

    def freeze(self, owner: str, name: str, frozen: bool = True) -> SubAccount:
        sub = self.of(owner, name)
        sub.frozen = frozen
        self.keyring.suspend(sub.account, frozen)
        return sub

    # -- API keys -----------------------------------------------------------------------------
    def add_key(
        self,
        owner: str,
        name: str,
        permissions: Iterable[str],
        ips: Sequence[str] = (),
        remark: str = "",
        *,
        needs: str | None = None,
        key_id: int | None = None,
    ) -> ApiKey:
        """A new API key of a sub-account (which must hold the permission `needs`, where one is named)."""
        sub = self.of(owner, name, active=True)
        if needs is not None and needs not in sub.permissions:
            raise SimulatorError("sub_account_permission", f"sub-account {name} lacks the {needs} permission")
        key_id = next(self._key_ids) if key_id is None else key_id
        if any(key_id in s.keys for s in self.by_name.values()):
            raise SimulatorError("invalid_parameter", f"key {key_id} exists")
        granted = frozenset(permissions)
        key, credentials = self.keyring.issue(sub.account, granted, ips, f"{sub.account}|{key_id}")
        record = ApiKey(key_id, sub.account, key, credentials, tuple(ips), granted, remark, self.clock())
        sub.keys[key_id] = record
        return self._shown(record)

    def key(self, owner: str, key_id: int, name: str | None = None) -> ApiKey:
        """One of the owner's sub-account keys (of the named sub-account, where one is named)."""
        for sub in self.subs(owner, name):
            if key_id in sub.keys:
                return self._shown(sub.keys[key_id])
        raise SimulatorError("invalid_parameter", f"no API key {key_id}")

    def keys(self, owner: str, name: str) -> list[ApiKey]:
        return [self._shown(k) for k in self.of(owner, name).keys.values()]

    def edit_key(
        self,
        owner: str,
        key_id: int,
        name: str | None = None,
        permissions: Iterable[str] | None = None,
        ips: Sequence[str] | None = None,
        remark: str | None = None,
    ) -> ApiKey:
        """Change a key's permissions, IPs or remark (what is not given stays)."""
        record = self.key(owner, key_id, name)
        self.of(owner, self.by_account[record.account].name, active=True)
        granted = record.permissions if permissions is None else frozenset(permissions)
        bound = record.ips if ips is None else tuple(ips)
        self.keyring.rebind(record.key, granted, bound)
        record.permissions, record.ips = granted, bound
        record.remark = record.remark if remark is None else remark
        return self._shown(record)

    def delete_key(self, owner: str, key_id: int, name: str | None = None) -> ApiKey:
        record = self.key(owner, key_id, name)
        self.keyring.revoke(record.key)
        del self.by_account[record.account].keys[key_id]
        return record

    def _shown(self, record: ApiKey) -> ApiKey:
        record.expires_ms = self.keyring.expires_ms(record.key)
        return record

    # -- transfers ------------------------------------------------------------------------------
    def transfer(
        self,
        owner: str,
        asset: str,
        amount: Decimal,
        from_name: str | None,
        to_name: str | None,
        from_wallet: str,
        to_wallet: str,
    ) -> SubTransfer:
        """Move an asset between the owner (a name of None) and its sub-accounts, or between two of them."""
        self.main(owner)
        if from_name == to_name and from_wallet == to_wallet:
            raise SimulatorError("invalid_parameter", "a transfer needs two different accounts or wallets")
        if amount <= 0:
            raise SimulatorError("invalid_parameter", f"the amount must be positive, not {amount}")
        source = owner if from_name is None else self.of(owner, from_name, active=True).account
        target = owner if to_name is None else self.of(owner, to_name, active=True).account
        for wallet in (from_wallet, to_wallet):
            self.ledger.check_wallet(wallet)
        can = self.ledger.transferable(source, asset, from_wallet)
        if can < amount:
            raise SimulatorError("insufficient_funds", f"{asset} transferable from {from_wallet}: {can} < {amount}")
        now = self.clock()
        self.ledger.move(source, from_wallet, target, to_wallet, asset, amount)
        record = SubTransfer(
            next(self._transfer_ids), owner, from_name, to_name, from_wallet, to_wallet, asset, amount, now
        )
        self.history.setdefault(owner, []).append(record)
        return record

    def transfers(
        self,
        owner: str,
        name: str | None = None,
        asset: str | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int | None = None,
    ) -> list[SubTransfer]:
        """The owner's transfers with its sub-accounts (to or from one of them, of one asset), newest first."""
        self.main(owner)
        return newest_first(
            self.history.get(owner, []),
            lambda t: name in (None, t.from_name, t.to_name) and asset in (None, t.asset),
            start_ms,
            end_ms,
            limit,
        )

    def value(self, account_id: str, in_asset: str, prices: Callable[[str, str], Decimal | None]) -> Decimal:
        """What an account holds in every wallet, in `in_asset` at `prices(asset, in_asset)` (assets without a price count nothing)."""
        total = ZERO
        for wallet in self.ledger.account(account_id).wallets.values():
            for asset, balance in wallet.items():
                price = Decimal(1) if asset == in_asset else prices(asset, in_asset)
                total += balance.total * (price or ZERO)
        return total
