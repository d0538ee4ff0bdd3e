"""An account's own API keys, managed by the account itself (create, list, update, delete).

The keys live in the `Keyring` (the stub's verifier, where requests are checked, as sub-accounts' keys
do): creating one issues it there, a change of permissions or IPs rebinds it, a disabled key is refused
there until enabled again, and a deleted one is revoked. This part keeps what the account sees of them:
label, status and times. The secret is the caller's to keep: `create` hands it back, nothing else does.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .model import SimulatorError
from .subaccounts import Keyring


@dataclass
class OwnKey:
    key: str  # the credential that names it in the keyring
    account: str
    label: str
    permissions: frozenset[str]
    ips: tuple[str, ...]
    created_ms: int
    updated_ms: int
    enabled: bool = True
    credentials: dict[str, str] = field(default_factory=dict, repr=False)  # only create's answer shows them
    expires_ms: int | None = None  # filled in when shown: the keyring's answer


class AccountKeys:
    """Every account's own API keys, oldest first."""

    def __init__(self, keyring: Keyring, clock: Callable[[], int]) -> None:
        self.keyring = keyring
        self.clock = clock
        self.by_key: dict[str, OwnKey] = {}
        self._seeds = itertools.count(1)

    def create(self, account: str, label: str, permissions: Iterable[str], ips: Sequence[str]) -> OwnKey:
        granted = frozenset(permissions)
        key, credentials = self.keyring.issue(account, granted, ips, f"own|{account}|{next(self._seeds)}")
        now = self.clock()
        record = OwnKey(key, account, label, granted, tuple(ips), now, now, credentials=credentials)
        self.by_key[key] = record
        return self._shown(record)

    def adopt(
        self, account: str, key: str, permissions: Iterable[str], ips: Sequence[str] = (), label: str = ""
    ) -> OwnKey:
        """A key the keyring already holds (given to the stub from outside) becomes one the account manages."""
        now = self.clock()
        record = OwnKey(key, account, label, frozenset(permissions), tuple(ips), now, now)
        self.by_key[key] = record
        return self._shown(record)

    def keys(self, account: str) -> list[OwnKey]:
        return [self._shown(k) for k in self.by_key.values() if k.account == account]

    def key(self, account: str, key: str) -> OwnKey:
        record = self.by_key.get(key)
        if record is None or record.account != account:  # another account's key is not found either
            raise SimulatorError("unknown_api_key", f"no API key {key}")
        return record

    def update(
        self,
        account: str,
        key: str,
        label: str | None = None,
        permissions: Iterable[str] | None = None,
        ips: Sequence[str] | None = None,
        enabled: bool | None = None,
    ) -> OwnKey:
        """Change what is given; the rest stays."""
        record = self.key(account, key)
        granted = record.permissions if permissions is None else frozenset(permissions)
        bound = record.ips if ips is None else tuple(ips)
        self.keyring.rebind(key, granted, bound)
        record.permissions, record.ips = granted, bound
        if enabled is not None:
            self.keyring.enable(key, enabled)
            record.enabled = enabled
        record.label = record.label if label is None else label
        record.updated_ms = self.clock()
        return self._shown(record)

    def delete(self, account: str, key: str) -> OwnKey:
        record = self.key(account, key)
        self.keyring.revoke(key)
        del self.by_key[key]
        return record

    def delete_all(self, account: str) -> list[OwnKey]:
        return [self.delete(account, k.key) for k in self.keys(account)]

    def _shown(self, record: OwnKey) -> OwnKey:
        record.expires_ms = self.keyring.expires_ms(record.key)
        return record
