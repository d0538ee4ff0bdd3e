"""A stub's verification of who is calling: its API keys (under the spec's key rules) and each auth
scheme's stub side (runtime/auth), for REST requests, the sessions a scheme serves, and stream logins.

The verifier is also the simulator's keyring (sim/subaccounts.py): keys of sub-accounts are issued,
rebound and revoked here, and the requests of a frozen (suspended) account are refused here."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..auth import Answer, Checker, Lookup, Refused, Scheme
from ..config import ApiConfig
from ..sim import SimulatorError
from .builders import ControlError
from .config import KeyRules


@dataclass
class Key:
    account: str
    credentials: dict[str, str]
    permissions: frozenset[str]
    ips: frozenset[str] = frozenset()
    created_ms: int = 0
    enabled: bool = True  # a disabled key is refused until enabled again


class Verifier:
    """The keys of a stub's accounts, and the checks of every auth scheme against them."""

    def __init__(self, config: ApiConfig, rules: KeyRules, clock: Callable[[], int]) -> None:
        self.schemes: Mapping[str, Scheme] = config.auth_schemes
        self.alternatives = config.auth_alternatives
        self.open_as: str | None = None  # served without auth: the account of requests without a valid key
        self.rules = rules  # the spec's key rules
        self.clock = clock
        self.checkers: dict[str, Checker] = {name: s.checker(clock) for name, s in self.schemes.items()}
        # the operations a scheme answers itself (a session's login, refresh and logout), with the scheme
        self.sessions = {op: name for name, checker in self.checkers.items() for op in checker.operations}
        first = next(iter(self.schemes.values()), None)
        self.key_name = first.key if first is not None else "api_key"  # what `keys` is indexed by
        self.keys: dict[str, Key] = {}
        self.suspended: set[str] = set()  # accounts whose every request is refused (frozen sub-accounts)

    def reset(self) -> None:
        self.keys.clear()
        self.suspended.clear()
        for checker in self.checkers.values():
            checker.revoke()

    def names(self, credentials: Mapping[str, str]) -> dict[str, str]:
        """An account's public names: by scheme, the credential that identifies it there (no secret)."""
        return {name: credentials[s.key] for name, s in self.schemes.items() if s.key in credentials}

    # -- keys --------------------------------------------------------------------------------------
    def check_key(self, account_id: str, credentials: Mapping[str, str], ips: list[str]) -> None:
        """A key may be added: it has every credential the API signs with, is not another account's, and
        keeps to the spec's key rules."""
        needed = {c for scheme in self.schemes.values() for c in scheme.credentials}
        missing = sorted(needed - set(credentials))
        if missing:
            raise ControlError("credentials", f"missing {', '.join(missing)}")
        held = self.keys.get(credentials.get(self.key_name, ""))
        if held is not None and held.account != account_id:
            raise ControlError("credentials", "this key belongs to another account")
        rules = self.rules
        owned = sum(1 for k in self.keys.values() if k.account == account_id)
        if rules.max_keys_per_account is not None and owned >= rules.max_keys_per_account:
            raise SimulatorError("too_many_keys", f"an account has at most {rules.max_keys_per_account} API keys")
        if rules.max_ips_per_key is not None and len(ips) > rules.max_ips_per_key:
            raise SimulatorError("too_many_ips", f"a key is bound to at most {rules.max_ips_per_key} IP addresses")

    def store_key(
        self, account_id: str, credentials: Mapping[str, str], permissions: Any, ips: Any, created_ms: int | None
    ) -> None:
        created = self.clock() if created_ms is None else created_ms
        key = credentials.get(self.key_name, "")
        self.keys[key] = Key(account_id, dict(credentials), frozenset(permissions), frozenset(ips), created)

    # -- the simulator's keyring -------------------------------------------------------------------
    def issue(
        self, account: str, permissions: frozenset[str], ips: Sequence[str], seed: str
    ) -> tuple[str, dict[str, str]]:
        """A new key of `account` under the key rules: every credential the API signs with, derived from
        `seed` (deterministic), the key's own name 32 hex digits, the others 64."""
        needed = sorted({c for scheme in self.schemes.values() for c in scheme.credentials} | {self.key_name})
        credentials = {
            name: hashlib.sha256(f"{name}|{seed}".encode()).hexdigest().upper()[: 32 if name == self.key_name else 64]
            for name in needed
        }
        self.check_key(account, credentials, list(ips))
        self.store_key(account, credentials, permissions, ips, None)
        return credentials[self.key_name], credentials

    def rebind(self, key: str, permissions: frozenset[str], ips: Sequence[str]) -> None:
        """New permissions and IPs of a key (under the key rules)."""
        held = self.keys[key]
        most = self.rules.max_ips_per_key
        if most is not None and len(ips) > most:
            raise SimulatorError("too_many_ips", f"a key is bound to at most {most} IP addresses")
        held.permissions, held.ips = frozenset(permissions), frozenset(ips)

    def revoke(self, key: str) -> None:
        self.keys.pop(key, None)

    def enable(self, key: str, enabled: bool) -> None:
        self.keys[key].enabled = enabled

    def expires_ms(self, key: str) -> int | None:
        """When a key expires under the key rules (None: never; keys bound to IPs do not)."""
        held = self.keys[key]
        lifetime = self.rules.expire_without_ip  # seconds
        return None if lifetime is None or held.ips else held.created_ms + int(lifetime * 1000)

    def suspend(self, account: str, suspended: bool) -> None:
        (self.suspended.add if suspended else self.suspended.discard)(account)

    def _active(self, account: str) -> str:
        if account in self.suspended:
            raise Refused("account_frozen", f"account {account} is frozen")
        return account

    def _find(self, scheme: Scheme, value: str) -> Key | None:
        if scheme.key == self.key_name:
            return self.keys.get(value)
        return next((k for k in self.keys.values() if k.credentials.get(scheme.key) == value), None)

    def _lookup(self, scheme: Scheme, client_ip: str | None = None) -> Lookup:
        """Stored credentials by key value; with the client's IP, under the key rules."""

        def lookup(value: str) -> Mapping[str, str] | None:
            key = self._find(scheme, value)
            if key is not None and client_ip is not None:
                self._check_key_rules(key, client_ip)
            return None if key is None else key.credentials

        return lookup

    def _check_key_rules(self, key: Key, client_ip: str) -> None:
        if not key.enabled:
            raise Refused("key_disabled", "the API key is disabled")
        rules = self.rules
        if key.ips and rules.ip_whitelist and client_ip not in key.ips:
            raise Refused("ip_not_allowed", f"the API key may not be used from {client_ip}")
        lifetime = rules.expire_without_ip
        if lifetime is not None and not key.ips and self.clock() - key.created_ms > lifetime * 1000:
            raise Refused("key_expired", "the API key, bound to no IP address, has expired: renew it")

    # -- checks ------------------------------------------------------------------------------------
    def authenticate(self, scheme_name: str, permission: str | None, request: Any, client_ip: str) -> str:
        """The account a request of a signed endpoint (or a stream's handshake) comes from, by its scheme or
        an alternative; raises the refusal that says most (a bad signature or an expired token before "no
        key"). Served open (an environment without auth: `open_as`), a request without a valid key is
        that account's."""
        refusals: list[Refused] = []
        for name in (scheme_name, *self.alternatives.get(scheme_name, ())):
            try:
                return self._authenticate(name, permission, request, client_ip)
            except Refused as refused:
                refusals.append(refused)
        if self.open_as is not None:
            return self.open_as
        raise next((r for r in refusals if r.reason not in ("unknown_key", "no_credentials")), refusals[0])

    def _authenticate(self, scheme_name: str, permission: str | None, request: Any, client_ip: str) -> str:
        scheme = self.schemes[scheme_name]
        value = self.checkers[scheme_name].request(request, self._lookup(scheme, client_ip))
        key = self._find(scheme, value)
        assert key is not None  # the checker found it
        if permission is not None and permission not in key.permissions:
            raise Refused("missing_permission", f"the API key lacks the {permission} permission")
        return self._active(key.account)

    def answer(self, operation: str, request: Any, params: Mapping[str, Any], client_ip: str) -> Answer:
        """A session operation (login, refresh, logout), answered by its scheme's stub side."""
        name = self.sessions[operation]
        return self.checkers[name].answer(operation, request, params, self._lookup(self.schemes[name], client_ip))

    def login(self, scheme_name: str, fields: Mapping[str, Any], challenge: bytes | None) -> str:
        """The account a stream login authenticates as; raises Refused."""
        scheme = self.schemes[scheme_name]
        value = self.checkers[scheme_name].login(fields, challenge, self._lookup(scheme))
        key = self._find(scheme, value)
        assert key is not None
        return self._active(key.account)
